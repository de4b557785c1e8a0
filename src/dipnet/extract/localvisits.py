"""Visits between localities (SPEC): 广宁省委书记某某率领广宁省代表团对中国广西壮族自治区进行工作访问 is a visit
of 广宁省 to 广西 — the locality whose delegation travels and the locality after 对 host it, not the host
locality's country."""

from __future__ import annotations

from dipnet.extract.clauses import Clause
from dipnet.extract.codes import codebook
from dipnet.extract.page import EventPage, country_name


def between_localities(page: EventPage, c: Clause, k: int, trig: str, participants: list[str]) -> list[str]:
    """The participants of a visit whose traveller is a locality's delegation (某省代表团, before 对 or the
    visit word) and whose host, after 对 or right after the word (访问中国广西), is a locality (a country
    before it, if any, is only where that locality lies)."""
    text = page.doc.text
    dui = text.rfind("对", c.start, k)
    if dui != -1:
        lo, hi = dui + 1, k
    else:
        lo = k + len(trig)
        hi = next((m.end for m in page.in_span(lo, c.end) if (e := page.entities.get(m.entity_id)) is not None
                   and e.type == "LOCATION"), lo)
    words = codebook().delegation_words
    visiting = [e.name for m in page.in_span(c.sentence[0], dui if dui != -1 else k)
                if (e := page.entities.get(m.entity_id)) is not None and e.type == "LOCATION" and text.startswith(words, m.end)]
    after = [(m, e) for m in page.in_span(lo, hi) if (e := page.entities.get(m.entity_id)) is not None]
    if not visiting or not after or after[-1][1].type != "LOCATION" or after[0][0].start != lo:
        return participants
    host = after[-1][1].name
    if any(e.type not in ("COUNTRY", "LOCATION") for _, e in after) or host in visiting:
        return participants
    lands = {e.name for _, e in after if e.type == "COUNTRY"} | {country_name(after[-1][1].country)}
    kept = [p for p in participants if p not in lands and p not in visiting and p != host]
    return kept + visiting[-1:] + [host]
