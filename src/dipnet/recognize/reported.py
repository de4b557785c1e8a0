"""How a page's entity is reported in the output record.

The type: a territory (香港, 台湾, 澳门: kind `territory` in countries.tsv) is read as a country
throughout the pipeline, since it acts like one (it trades, invests, signs and is protested about),
but its entity is reported as a place: it is not a state.

The mentions: the pipeline reads a page in Simplified script, but a page written in Traditional
script names its entities in that script (紐西蘭懷卡托大學, 沙烏地阿拉伯), and those are the surface
forms seen. Each mention's form as written is reported beside its Simplified form, where the two
differ only by script."""

from __future__ import annotations

from collections import defaultdict

from dipnet.kb import LOCATION, load_kb
from dipnet.model import Document, Entity
from dipnet.normalize import _to_simplified


def reported_type(ent: Entity) -> str:
    entry = load_kb().entries.get(ent.kb_id) if ent.kb_id else None
    return LOCATION if entry is not None and entry.kind == "territory" else ent.type


def written_forms(doc: Document) -> dict[str, list[str]]:
    """entity id -> the forms as written of its mentions that differ from their Simplified form by
    script alone."""
    out: dict[str, list[str]] = defaultdict(list)
    text, raw, offsets = doc.text, doc.raw, doc.offsets
    # (the mentions written otherwise than seen, in one comprehension: most are written as seen; an empty
    # span is written as it is seen, ""; raw[…] is doc.original_text without its two calls)
    differ = [(m, written) for m in doc.mentions if m.entity_id and m.end > m.start
              and (written := raw[offsets[m.start]:offsets[m.end - 1] + 1]) != text[m.start:m.end]]
    for m, written in differ:
        seen = text[m.start:m.end]
        if len(written) == len(seen) and _to_simplified(written) == seen and written not in out[m.entity_id]:
            out[m.entity_id].append(written)
    return out


def reported_mentions(ent: Entity, written: dict[str, list[str]]) -> list[str]:
    """The entity's mentions, then the forms as written; a form the entity is named by that ends a
    longer one as written (西奥勒冈大学 in 美國西奧勒岡大學) is reported in that script too."""
    forms = written.get(ent.id, [])
    if not forms:  # (most entities: no form written in another script)
        return list(ent.mentions)
    tails = [w[len(w) - len(x):] for w in forms for x in ent.mentions
             if len(x) < len(w) and _to_simplified(w).endswith(x) and w[len(w) - len(x):] != x]
    out = list(ent.mentions)
    for w in forms + tails:
        if w not in out:
            out.append(w)
    return out
