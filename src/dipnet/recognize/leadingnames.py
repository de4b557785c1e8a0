"""One person read on a page by a transliterated name and by a leading part of it (阿比·艾哈迈德 …
阿比·艾哈迈德·阿里, a name cut short: 某某·洪翁 … 某某·洪翁孙): the shorter form holds a joining dot and the
longer opens with it, so both are that one person. The person the knowledge base knows keeps the identity;
of two people read by rule the longer form does. Two people the knowledge base knows apart stay apart, and a
short form two longer people open with is left alone."""

from __future__ import annotations

import re

from dipnet.model import Document, Entity

# the dots that join the parts of a transliterated name, read as one
_DOTS = "·•‧・"
_ANY_DOT = re.compile(f"[{_DOTS}]")


def _plain(form: str) -> str:
    for d in _DOTS[1:]:
        form = form.replace(d, _DOTS[0])
    return form


def merge_leading_names(doc: Document) -> None:
    """Each person named by a dotted leading part of exactly one other person's name on the page becomes
    that person (see the module's note): mentions and roles move to the one kept."""
    people = [e for e in doc.entities if e.type == "PERSON"]
    if len(people) < 2:
        return
    merged: dict[str, Entity] = {}
    # each person's dotted forms, plain: read once, again for the one a merge adds to (issue 17); only a dotted
    # form can open with a dotted one, so the undotted are never kept (most people have none dotted)
    forms: dict[int, frozenset[str]] = {}

    def forms_of(e: Entity) -> frozenset[str]:
        got = forms.get(id(e))
        if got is None:
            got = forms[id(e)] = frozenset(_plain(f) for f in {e.name, *e.mentions} if _ANY_DOT.search(f))
        return got

    for short in people:
        shorts = forms_of(short)  # (its dotted forms, as _opens reads them)
        if not shorts:
            continue  # (no dotted form: it opens no one's name, as most people's, and no pair is tried)
        # (the people one of whose forms opens with a longer-than-it dotted form of this one)
        longs = [e for e in people if e is not short and e.id not in merged and (lfs := forms_of(e))
                 and any(lf != sf and lf.startswith(sf) for sf in shorts for lf in lfs)]
        if len(longs) != 1 or short.id in merged:
            continue
        long = longs[0]
        if short.kb_id and long.kb_id and short.kb_id != long.kb_id:
            continue  # two people the knowledge base tells apart
        keep, gone = (short, long) if short.kb_id and not long.kb_id else (long, short)
        keep.mentions = list(dict.fromkeys([*keep.mentions, *gone.mentions]))
        if keep is short:
            keep.mentions = list(dict.fromkeys([*keep.mentions, long.name]))
        merged[gone.id] = keep
        forms.pop(id(keep), None)
    if not merged:
        return
    for m in doc.mentions:
        if m.entity_id in merged:
            keep = merged[m.entity_id]
            m.entity_id, m.kb_id = keep.id, keep.kb_id
    for r in doc.roles:
        if r.person_id in merged:
            keep = merged[r.person_id]
            r.person_id, r.person = keep.id, keep.name
    doc.entities = [e for e in doc.entities if e.id not in merged]
