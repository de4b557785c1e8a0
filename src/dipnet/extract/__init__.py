"""Extract stage: events, facts and relations from a recognized, dated Document."""
