"""An event's attributes besides its actors: its date and whether it is still to come (eventdates with datecues,
leadday, plandates, tripaims, anniversarydays, modality, celebrations, eve, begun) and the pillar of diplomacy it
belongs to (channel, localchannel, localparty). It imports common and finding."""
