"""The host of a visit told only by leading a delegation on an invitation (ev6, issue 13): 应柬埔寨人民党主席
洪森的邀请,苏林率领…代表团主持…会晤 — the inviter's country hosts. And the hosts of a visit named back
(ev18): 应甲国总统某某、乙国总统某某邀请,…将对上述两国进行国事访问 — each country the invitation names."""

from __future__ import annotations

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.cues import cue
from dipnet.extract.common.eventwords import words_of
from dipnet.extract.common.page import EventPage, country_name
from dipnet.extract.participants.lands import land_of


def inviters_land(page: EventPage, c: Clause, k: int, trig: str, visitors_lands: set[str | None]) -> list[str]:
    """The country of the last person named in the invitation before a lead word (率领), unless it is the
    visitor's own."""
    if trig not in words_of("invited_lead_words"):
        return []
    text = page.doc.text
    spans = list(rx.compile(cue("invitation_span")).finditer(text, c.sentence[0], k))
    if not spans:
        return []
    people = [m for m in page.in_span(spans[-1].start(), spans[-1].end()) if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
    if people:
        land = land_of(page, people[-1])
        name = country_name(land) if land and land not in visitors_lands else None
        return [name] if name else []
    # (应洪都拉斯、尼加拉瓜和萨尔瓦多三国元首的邀请前往访问: the posts name no one, each country named hosts; fp2)
    return [n for land in _post_lands(page, spans[-1].start(), spans[-1].end())
            if land not in visitors_lands and (n := country_name(land))]


def _post_lands(page: EventPage, start: int, end: int) -> list[str]:
    """The lands of inviters told by posts with no name (应美国国防部长的邀请, ev64; 应甲、乙两国元首的邀请, fp2):
    the countries the invitation names, alone or inside a body's name, each once, in the text's order."""
    lands = [land for m in page.overlapping(start, end) if (e := page.entities.get(m.entity_id)) is not None
             and (land := e.country if e.type == "COUNTRY" else page.country_by_name.get(e.name) if e.type == "ORG" else None)]
    return list(dict.fromkeys(lands))


def referred_hosts(page: EventPage, c: Clause, k: int, trig: str, visitors_lands: set[str | None]) -> list[str]:
    """The countries named in the sentence before the clause (from its invitation 应…, where it has one),
    each by its name or its person's title, when the clause names its hosts back (对上述三国, 访问上述国家);
    never the visitors' own."""
    text = page.doc.text
    back = rx.compile(cue("hosts_referred_back"))
    dui = text.rfind("对", c.start, k)
    if not (dui != -1 and back.match(text, dui + 1)) and not back.match(text, k + len(trig)):
        return []
    asked = text.rfind("应", c.sentence[0], c.start)
    out: list[str] = []
    # (the countries inside a ministry's name too: 吉布提外交与国际合作部长优素福)
    for m in page.overlapping(asked if asked != -1 else c.sentence[0], c.start):
        e = page.entities.get(m.entity_id)
        land = (e.country if e.type == "COUNTRY" else land_of(page, m) if e.type == "PERSON" else None) if e else None
        name = country_name(land) if land and land not in visitors_lands else None
        if name and name not in out:
            out.append(name)
    return out
