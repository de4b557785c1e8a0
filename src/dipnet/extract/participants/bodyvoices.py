"""A body's words told where the page names the body's spokesperson (st6, issue 13): 外交部发言人幽默回应 in a
headline over 外交部发言人耿爽主持例行记者会; 在北京,外交部强调… beside 外交部发言人汪文斌:「…」; 对此,总统府表达感谢并
强调… above 总统府发言人黄重谚今天下午指出. SPEC: a STATEMENT is a named official's, a spokesperson's answer
among them; the official gold gives the words of a ministry whose spokesperson the page names to that person
(dev2 n25 越南外交部举行例行新闻发布会。外交部发言人黎氏秋姮主持该新闻发布会 → 黎氏秋姮), and keeps a body's own
statement where the only spokesperson named is another land's (dev2 n16, n41, n42). Where the spokesperson is
named in a line no clause is read from (a heading, an 原标题 line) or without a verb of their own, the body's
statement is theirs; a press statement put out in writing (中华人民共和国外交部声明) stays the body's, and so do words on
a day other than every one the spokesperson is told speaking on (越南外交部举行例行记者会 on the page's day beside 发言人
某某3月5日表示: spoken_for's test, merging)."""

from __future__ import annotations

from dipnet.extract.common.page import EventPage, iso
from dipnet.extract.finding.sameday import dates_agree
from dipnet.extract.participants.words import participant_pattern
from dipnet.model import Event

_WRITTEN = ("press statement", "written statement")


def _voices(page: EventPage) -> list[tuple[str, str, str | None, int | None]]:
    """The page's spokespeople: (person, the body part of their title, their country, their brief)."""
    title = participant_pattern("spokesperson_title")
    out = []
    for r in page.doc.roles:
        m = title.search(r.title)
        if m is None or m.start() < 2:
            continue
        out.append((r.person, r.title[:m.start()], r.country, page.doc.brief_at(r.start)))
    return out


def _speaks_for(body: str, mentions: list[str], part: str) -> bool:
    """Does the title's body part (外交部, 总统府, 中国外交部) name the body?"""
    return part == body or part in mentions or body.endswith(part)


def body_voices(page: EventPage, events: list[Event]) -> None:
    """A body's STATEMENT (its first actor a body, in place) becomes that of the one spokesperson the page names for
    the body, of the body's own country, in the same brief."""
    voices = _voices(page)
    if not voices:
        return
    bodies = {e.name: e for e in page.doc.entities if e.type == "ORG"}
    for ev in events:
        if ev.type != "STATEMENT" or not ev.participants or ev.attributes.get("kind") in _WRITTEN:
            continue
        body = bodies.get(ev.participants[0])
        if body is None:
            continue
        land = body.country or iso(page, body.name)
        named = {p for p, part, country, brief in voices if brief == ev.brief and land and country == land
                 and _speaks_for(body.name, body.mentions, part)}
        if len(named) != 1:
            continue
        who = named.pop()
        own = [o for o in events if o.type == "STATEMENT" and o.brief == ev.brief and o.participants[:1] == [who]]
        if all(dates_agree(o, ev) for o in own):
            ev.participants, ev.source, ev.target = [who], [who], []
