"""Shared readers of the extract stage: a page's clauses (clauses), what the page knows once (page, bystanders,
shortrefs), the cue words and codebook data (cues, codes, codebook, eventwords, datewords) and the positional
indexes every extractor shares (timeindex). Nothing here imports another sub-package of extract."""
