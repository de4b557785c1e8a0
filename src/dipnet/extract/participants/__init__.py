"""Who takes part in an event: actors.py reads each event type's actors from its clause, helped by the readers of
visitors and hosts (visits, visitrefs, invited, hosts, homeguests), both sides of talks (sides, shortpairs,
pairleaders, pronouns, carry), speakers, senders and receivers of messages (speaker, messages, conveyed,
senderspan), delegations and their leaders, signers, lists of partners (lists, splits) and a person's country
(lands). It imports common, finding and attributes."""
