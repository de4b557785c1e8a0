"""What a page's events come to: the events a trigger found that the page does not report as happening, pruned
(prune, with discussed, since, speakerless, newssources), and one event per real-world event (merge, merge_index,
headsums, trips, tripdays, retold, summaries, undated, speakers, summons, bylines, seatlists, handover). It imports
every event sub-package above it, and nothing imports it but events.py."""
