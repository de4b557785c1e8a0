"""The helpers of facts.py (quantitative claims) and relations.py: the page's fact context (factcontext,
sharedcontext, factwords), quantities, numbers and units (quantities, numbers, tenths, yuan, moneywords, lastmatch),
the year a figure holds for (asof), who holds a figure (holders and the readers it asks: gifts, givers, delegations,
pairs, factpairs, localities, unnamed, ...), and the two sides of a relation's level word (relationpartners). It
imports common only; its modules name facts.Context for type checking alone."""
