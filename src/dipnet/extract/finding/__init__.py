"""Which events a clause tells: where a type's trigger words stand as the event told (triggers, senses, splits of
meaning), the meeting names and kinds of conference words (meetingname, kinds), and the readings that tell an event
or no event: dialogues, protests in quoted answers, instruments referred back, signings and words of no signing,
statements (spoken, with sameday's test of two tellings' days) and visits between localities. It imports only
common."""
