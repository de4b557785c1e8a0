"""The type a page's entity is reported under. A territory (香港, 台湾, 澳门: kind `territory` in
countries.tsv) is read as a country throughout the pipeline, since it acts like one (it trades,
invests, signs and is protested about), but its entity is reported as a place: it is not a state."""

from __future__ import annotations

from dipnet.kb import LOCATION, load_kb
from dipnet.model import Entity


def reported_type(ent: Entity) -> str:
    entry = load_kb().entries.get(ent.kb_id) if ent.kb_id else None
    return LOCATION if entry is not None and entry.kind == "territory" else ent.type
