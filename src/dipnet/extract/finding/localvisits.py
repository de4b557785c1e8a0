"""Visits between localities (SPEC): 广宁省委书记某某率领广宁省代表团对中国广西壮族自治区进行工作访问 is a visit
of 广宁省 to 广西 — the locality whose delegation travels and the locality after 对 host it, not the host
locality's country."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue
from dipnet.extract.common.page import EventPage, country_name


def between_localities(page: EventPage, c: Clause, k: int, trig: str, participants: list[str]) -> list[str]:
    """The participants of a visit whose traveller is a locality's delegation (某省代表团, before 对 or the
    visit word) and whose host, after 对 or right after the word (访问中国广西), is a locality (a country
    before it, if any, is only where that locality lies)."""
    text = page.doc.text
    received = _received_localities(page, c, k, trig)
    if received:
        return received
    dui = text.rfind("对", c.start, k)
    if dui != -1:
        lo, hi = dui + 1, k
    else:
        lo = k + len(trig)
        hi = next((m.end for m in page.in_span(lo, c.end) if (e := page.entities.get(m.entity_id)) is not None
                   and e.type == "LOCATION"), lo)
    words, heads = codebook().delegation_words, rx.compile(cue("locality_delegation_after"))
    # (某省代表团, 某省青年代表团, 某道知事某某率领的代表团: the locality whose delegation it is, ev40)
    visiting = [e.name for m in page.in_span(c.sentence[0], dui if dui != -1 else k)
                if (e := page.entities.get(m.entity_id)) is not None and e.type == "LOCATION"
                and (text.startswith(words, m.end) or heads.match(text, m.end, dui if dui != -1 else k))]
    after = [(m, e) for m in page.in_span(lo, hi) if (e := page.entities.get(m.entity_id)) is not None]
    if not visiting or not after or after[-1][1].type != "LOCATION" or after[0][0].start != lo:
        return participants
    host = after[-1][1].name
    if any(e.type not in ("COUNTRY", "LOCATION") for _, e in after) or host in visiting:
        return participants
    lands = {e.name for _, e in after if e.type == "COUNTRY"} | {country_name(after[-1][1].country)}
    kept = [p for p in participants if p not in lands and p not in visiting and p != host]
    return kept + visiting[-1:] + [host]


def localities_only(page: EventPage, c: Clause, k: int, trig: str, got: tuple[list[str], str | None] | None,
                    least: int) -> tuple[list[str], str | None] | None:
    """A visit whose sides the clause names only as localities (某地代表团考察外国某省; 某省委书记某某率领
    某省代表团对越南某省进行工作访问, the host locality no land of its own): the visiting and the host locality (SPEC),
    where the actors read otherwise fall short of a visit's two sides (ev40)."""
    if got is not None and len(got[0]) >= least:
        return got
    both = between_localities(page, c, k, trig, got[0] if got else [])
    places = [p for p in both if "LOCATION" in page.types_of.get(p, set())]
    return (both, got[1] if got else None) if len(places) >= 2 else got


def _received_localities(page: EventPage, c: Clause, k: int, trig: str) -> list[str]:
    """胡志明市人民委员会主席某某会见了正在该市进行工作访问的老挝琅勃拉邦省省长某某率领的代表团 (ev16): the visit a
    relative clause tells on a foreign locality's delegation received, the host told as 该市/该省: the
    delegation's locality visits the receiver's (the locality its body's name opens with)."""
    text = page.doc.text
    if not rx.compile(cue("visit_here_before")).search(text, c.start, k):
        return []
    led = text.find("代表团", k, c.end)
    if led == -1:
        return []
    visiting = [e for m in page.in_span(k + len(trig), led) if (e := page.entity(m)) is not None and e.type == "LOCATION"]
    places = {n for n, kinds in page.types_of.items() if "LOCATION" in kinds}
    receiving = [e for m in page.in_span(c.sentence[0], k) if (e := page.entity(m)) is not None and e.type in ("ORG", "LOCATION")]
    host = next((p for e in receiving for p in places if e.name.startswith(p)), None)
    if not visiting or host is None or visiting[0].name == host:
        return []
    return [visiting[0].name, host]
