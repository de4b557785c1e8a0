"""A country and a body of its own, both among one event's actors (issue 13, ev2): the open gold names one side
once, almost never a land beside its own ministry, party or assembly (1 event of the 833 of seeds, dev, dev2, fp1,
fp2 and fp3 TUNE). Which one stays is read off the event's sentence:

- the land the sentence names on its own (越南向中国援助…, 对老挝进行国事访问) and the body only inside a stated
  title (越共中央总书记苏林, 外交部发言人, 老挝人民革命党中央委员会总书记访华期间): the body qualifies a person, the land
  is the side; the body goes;
- the land named only inside the names of bodies that act (中澳签署《中国商务部与澳大利亚外交贸易部…》, 菲律宾外交部
  公布…两国外长会签署协议, 驻中非使馆向…捐赠) stays: the gold names the lands of a signing or a gift (75 lands, 14
  bodies), and the 303-page pool had none of four such drops right.

A sentence naming both on their own, or neither, keeps both (the tellings merged may differ). A protest is between
lands (the open gold names a body in 1 of 38 protests' actors): its body goes where the land is named on its own and
the body is not, and its land stays. An election keeps both: the body is the post's (当选越南国会主席);
but an assembly that elects stands for its land (electingassembly.py).

A message's body named only inside a post, beside a person on its side (致电祝贺阮氏金银就任越南国会主席), is no sender or
recipient of its own either (SPEC: the people where the text names them); nor are talks' lands whose leader the talks
name, where the sentence names the land only inside titles or names (越南国家主席张晋创会见…: a meeting between named
people). A conference's land named only in titles or as its attendee's delegation: attendeelands.py (ac1)."""

from __future__ import annotations

import re
from functools import cache

from dipnet.extract.common.page import EventPage
from dipnet.extract.participants.attendeelands import attendee_lands
from dipnet.extract.participants.electingassembly import electing_lands
from dipnet.extract.participants.localitylands import locality_lands
from dipnet.extract.participants.shortpairs import sentence_pair
from dipnet.kb import load_kb
from dipnet.model import Event, Mention

_OWN_POSTS = ("ELECTION",)  # (当选越南国会主席: the post's body is the election's, beside the land it is in)


def own_sides(page: EventPage, events: list[Event]) -> list[Event]:
    """The events, each with a land or a body of its own that stands for the same side dropped (above)."""
    for ev in events:
        gone = _doubled(page, ev) if ev.type not in _OWN_POSTS else set()
        gone |= _post_bodies(page, ev) if ev.type == "MESSAGE" else set()
        gone |= _leaders_lands(page, ev) if ev.type in ("MEET", "CALL") else set()
        gone |= attendee_lands(page, ev, _titled) if ev.type == "CONFERENCE" else set()
        gone |= electing_lands(page, ev, _titled) if ev.type == "ELECTION" else set()
        gone |= locality_lands(page, ev, _titled)  # (越南昆嵩省与老挝占巴塞省签署: the localities, not their lands)
        if gone:
            ev.drop_actors(gone)
    return events


def _doubled(page: EventPage, ev: Event) -> set[str]:
    """The actors of `ev` that a land-and-body pair of one country doubles (above)."""
    lands: dict[str, str] = {}
    bodies: dict[str, list[str]] = {}
    for p in ev.participants:
        e = page.by_name.get(p)
        types = page.types_of.get(p, set())
        if e is None or not e.country or len(types) != 1:
            continue
        if "COUNTRY" in types:
            lands[e.country] = p
        elif "ORG" in types:
            bodies.setdefault(e.country, []).append(p)
    pairs = [(lands[c], bs) for c, bs in bodies.items() if c in lands]
    if not pairs:
        return set()
    free, titled = _told(page, ev)
    protest = ev.type == "DISAPPROVE"
    gone: set[str] = set()
    for land, own in pairs:
        acting = [b for b in own if b in free]
        if land in free and not acting and all(b in titled or (protest and b not in free) for b in own):
            gone.update(own)
    return gone


def _post_bodies(page: EventPage, ev: Event) -> set[str]:
    """A message's bodies the sentence names only inside a post (致电祝贺阮氏金银就任越南国会主席), on a side where a person
    stands: SPEC names the senders and recipients by their people where the text names them, the body only where no one
    is named."""
    people = page.people
    sides = [side for side in (ev.source, ev.target) if any(p in people for p in side)]
    bodies = {p for side in sides for p in side if page.types_of.get(p) == {"ORG"}}
    if not bodies:
        return set()
    free, titled = _told(page, ev)
    return {b for b in bodies if b in titled and b not in free}


def _leaders_lands(page: EventPage, ev: Event) -> set[str]:
    """Talks' lands whose person the talks name (越南国家主席张晋创会见了…大使, 率越南高级代表团…共同主持): the land the
    sentence names only inside titles or names stands for its leader there, no side of its own (SPEC: a meeting
    between named people). A land the sentence names on its own (中欧领导人会晤, 韩国和中国外长) stays."""
    theirs = {page.country_by_name.get(p) for p in ev.participants if p in page.people} - {None}
    lands = {p for p in ev.participants if page.types_of.get(p) == {"COUNTRY"} and page.country_by_name.get(p) in theirs}
    if not lands:
        return set()
    free, _ = _told(page, ev)
    paired = set(sentence_pair(page, ev.start, ev.end))  # (新马领导人非正式峰会: the two lands the compound names meet)
    gone = {p for p in lands if p not in free and p not in paired}
    return gone if len(ev.participants) - len(gone) >= 2 else set()


def _told(page: EventPage, ev: Event) -> tuple[set[str], set[str]]:
    """The names the event's sentence tells on their own (no longer name holds them, no title), and those it tells
    inside a title: a stated one, or a post right after the name with no holder named (外交部发言人, 驻德大使)."""
    free: set[str] = set()
    titled: set[str] = set()
    ents = page.entities
    for m in page.overlapping(ev.start, ev.end):
        e = ents.get(m.entity_id)
        if e is None or m.start < ev.start or m.end > ev.end:
            continue
        if _titled(page, m):
            titled.add(e.name)
    for m in page.in_span(ev.start, ev.end):
        e = ents.get(m.entity_id)
        if e is not None and not _titled(page, m):
            free.add(e.name)
    return free, titled


def _titled(page: EventPage, m: Mention) -> bool:
    return page.in_title_word(m.start, m.end) or page.in_title_span(m.start, m.end) or \
        _posts().match(page.doc.text, m.end) is not None


@cache
def _posts() -> re.Pattern[str]:
    """The posts of the title list (kind post: 总书记, 发言人, 大使, 主席), longest first."""
    posts = sorted((t for t, info in load_kb().titles().items() if info.kind == "post"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, posts)))
