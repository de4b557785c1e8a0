"""The pillar of diplomacy an event belongs to: party, state, defence, security, people, other."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from dipnet.extract.attributes.localchannel import locality_pair
from dipnet.extract.attributes.localparty import local_party_post, party_leader_among
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import Codebook, EventType, codebook
from dipnet.extract.common.cues import cue, cues
from dipnet.extract.common.page import MEDIA_SECTORS, EventPage
from dipnet.kb import load_kb
from dipnet.model import Entity, Mention
from dipnet.rx import plain as _plain


def post_sector(page: EventPage, m: Mention) -> str | None:
    """The sector of the post written nearest a person's name (越共中央总书记、国家主席阮富仲 → state):
    the body named in that title if any (中央对外部 → party), else the title's own sector. Remembered
    per name's start on the page: every event a person acts in asks it again (it reads nothing else)."""
    done: dict[int, str | None] = page.__dict__.setdefault("_post_sector", {})
    if m.start not in done:
        done[m.start] = _post_sector(page, m.start)
    return done[m.start]


def post_span(page: EventPage, start: int) -> tuple[int, int] | None:
    """The post written right before a name (a state post's sector is None: this tells that one is there).
    Remembered per name's start on the page (it reads only the page's text and titles)."""
    done: dict[int, tuple[int, int] | None] = page.__dict__.setdefault("_post_span", {})
    if start not in done:
        done[start] = _post_span(page, start)
    return done[start]


def _post_span(page: EventPage, start: int) -> tuple[int, int] | None:
    text = page.doc.text
    g = start  # the post may stand apart from the name by 、, 兼 and spaces only
    while g > 0 and (text[g - 1] in "、兼" or text[g - 1].isspace()):
        g -= 1
    near = [(a, b) for a, b in titled if g <= b <= start] if (titled := page.titles_near(g, start + 1)) else []
    return max(near, key=lambda w: (w[1], w[1] - w[0])) if near else None  # the nearest, and of those the longest


def _post_sector(page: EventPage, start: int) -> str | None:
    text = page.doc.text
    span = post_span(page, start)
    if span is None:
        return None
    a, b = span
    # the body named in the title, or standing right before it (国会 + 主席: a generic post takes its
    # body's sector)
    bodies = [x for x in page.overlapping(max(0, a - 1), b) if (a <= x.start and x.end <= b or x.end == a)
              and (e := page.entities.get(x.entity_id)) and e.type == "ORG" and e.sector]
    if bodies:
        return page.entities.get(bodies[-1].entity_id).sector  # type: ignore[union-attr]
    titles = load_kb().titles()
    title = text[a:b]
    sector = next((titles[title[k:]].sector for k in range(len(title)) if title[k:] in titles), None)
    # a bare generic post (主席, 主任, 委员) says nothing of its body's pillar
    return None if sector == "people" and len(title) <= 3 else sector


def untitled(page: EventPage, start: int, end: int) -> str:
    """The clause's own words, without the titles it states (they qualify people, not the act) and
    without the names of papers (人民军队报 is a newspaper, not the army). Remembered per span on
    the page: every event of a sentence asks for that sentence's words again."""
    done: dict[tuple[int, int], str] = page.__dict__.setdefault("_untitled", {})
    got = done.get((start, end))
    if got is None:
        got = done[(start, end)] = _untitled(page, start, end)
    return got


def _untitled(page: EventPage, start: int, end: int) -> str:
    text = page.doc.text
    spans = [(a, b) for a, b in near if a < end and b > start] if (near := page.titles_near(start, end)) else []
    spans += [(m.start, m.end) for m in papers if start <= m.start < end and m.end > start] if (papers := _papers(page)) else []
    if not spans:
        return text[start:end]
    out, pos = [], start
    for a, b in sorted(spans):
        if a > pos:
            out.append(text[pos:a])
        pos = max(pos, b)
    out.append(text[pos:end])
    return "".join(out)


def _papers(page: EventPage) -> list[Mention]:
    """The page's mentions of papers and other media, by start: found once per page (few pages name any),
    not per span among the mentions overlapping it."""
    got: list[Mention] | None = page.__dict__.get("_papers")
    if got is None:
        got = page.__dict__["_papers"] = [m for m in page.mentions
                                          if (e := page.entities.get(m.entity_id)) and e.sector in MEDIA_SECTORS]
    return got


def locality(e: Entity) -> bool:
    """A province, city or district (not a capital standing for its state, nor a sea)."""
    if e.type != "LOCATION":
        return False
    entry = load_kb().get(e.kb_id) if e.kb_id else None
    return entry is None or entry.kind in ("province", "city", "district", "region")


@cache
def _channel_words() -> dict[str, re.Pattern[str]]:
    """Each pillar's words (events.toml) as one expression: is any of them in the text, in one pass."""
    return {k: _plain("|".join(map(re.escape, v)) or "(?!)") for k, v in codebook().channel_words.items()}


def channel(page: EventPage, cb: Codebook, c: Clause, actors: list[Mention], t: EventType, kind: str | None,
            names: list[str] | None = None, parties: list[str] | None = None) -> str:
    """The pillar: the bodies of the actors and the posts written by their names, then the clause's
    own words (its sentence's, for defence and security), then the type's default. `names`: all the
    event's parties, read where last named when the clause names no one (双方举行了会谈, 二人会见); `parties`: the
    event's parties where `names` is not given (a split part's: 甲相继与乙,以及丙会面 → 甲 and 丙), read by who they are."""
    text = untitled(page, c.start, c.end)
    if names and t.name in cues("carried_post_types") and not any((e := page.entities.get(m.entity_id)) and e.type == "PERSON" for m in actors):
        actors = actors + carried(page, c.start, actors, names)  # (the clause names nobody: 双方, 二人)
    says = _channel_words()
    sectors = {e.sector for m in actors if (e := page.entities.get(m.entity_id)) and e.type != "PERSON"}
    statesman = False  # a party holds a national post of state, government or legislature
    local = bare = False  # a party holds a locality's party post; one of national government is named bare
    for m in actors:
        e = page.entities.get(m.entity_id)
        if e is None or e.type != "PERSON":
            continue
        post = post_sector(page, m)
        if post == "party" and (span := post_span(page, m.start)) and local_party_post(page.doc.text[span[0]:span[1]]):
            local = True  # (a city's or province's party secretary acts for the locality: extract/attributes/localparty.py)
        elif post:
            sectors.add(cb.sector_channel.get(post, "state"))
            statesman = statesman or national_post(page, m, post)
        elif e.sector in ("military", "security"):  # a defence minister named without his title again
            sectors.add(cb.sector_channel.get(e.sector, "state"))
        elif e.sector == "state" and post_span(page, m.start) is None:  # a head of state named without his title
            statesman = True
        elif e.sector in cues("statesman_sectors") and post_span(page, m.start) is None:
            bare = True  # (a minister or deputy premier named without his title: national beside a locality's secretary)
    statesman = statesman or (local and bare)
    if local and party_leader_among(page.doc.text, actors, _designations):
        sectors.add("party")  # (a locality's secretary received by a party's general secretary: the parties' channel)
    sectors = {_FORCES.get(s, s) for s in sectors if s} if sectors else sectors
    # (people's diplomacy by the actors is read only at the end, where it decides: see `_people_sides`)
    held = commemorated(page, c, text, t) if t.name == "ANNIVERSARY" and not sectors & {"military", "security"} else None
    if held:
        return held
    topical = t.name not in cues("topic_free_types")  # (what a statement is about is no pillar of it)
    force = text
    if not topical:  # only the words that name the actors' bodies (公安部消防救援局副局长某某大校就…强调) make it
        # defence or security (a person's as written where the page first names them: 某某大校表示 again later)
        people = [m for m in actors if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
        first = first_named(page) if people else {}
        force = _designations(page.doc.text, [first.get(m.entity_id, m) for m in people] + people)
    if "military" in sectors or says["defence"].search(force):
        return "defence"
    if "security" in sectors or says["security"].search(force):
        return "security"
    if t.name in cues("crowd_protest_types") and any(w in text for w in cues("crowd_protest_words")) and not any(
            (e := page.entities.get(m.entity_id)) and e.type == "PERSON" for m in actors):
        return "people"  # (citizens take to the streets: 数百人在河内示威; an envoy's protest at it names its person)
    # a party leader dealing with the head, government or legislature of a land no party rules (美国总统, 英国首相) has
    # no party across: the state's diplomacy, unless the clause's own words say the parties' (两党)
    # (越南共产党 in 越南共产党总书记某某 is the person's word, not the act's)
    across = bool(("party" in sectors or says["party"].search(text)) and _unruled_statesman(page, cb, c, actors, names or parties)
                  and not says["party"].search(_undesignated(page, c, actors)))
    statesman = statesman or across
    if not statesman and locality_pair(t.name, actors, page.entities, locality):
        return "people"  # (provinces or cities deal with each other: extract/attributes/localchannel.py)
    if t.name == "VISIT" and kind in ("state", "official", "working", "official friendly"):
        # a party leader's or a party delegation's official or working visit is party diplomacy (only a
        # state visit is the state's whatever the visitor's post)
        party = not across and ("party" in sectors or says["party"].search(text))
        if party and kind in cues("party_visit_kinds"):
            return "party"
        # (a locality's delegation led by its party secretary is people's diplomacy: extract/attributes/localparty.py)
        return "people" if local and not statesman else "state"
    if not across and ("party" in sectors or says["party"].search(text)):
        return "party"
    if t.channel:
        return t.channel
    if topical and says["defence"].search(untitled(page, *c.sentence)):  # (the sentence's words only when asked)
        return "defence"
    # a business, a political consultative body or a city received by a national leader or minister is the state's
    # (economic diplomacy), not people's diplomacy
    if t.name == "AGREEMENT" and not statesman and _signing_localities(page, names):
        return "people"  # (双方领导签署… where the headline pairs two localities: they sign, extract/participants/localsigners.py)
    if (not statesman and ("people" in sectors or local or _people_sides(page, actors, t))) or says["people"].search(text):
        return "people"
    return "state"


def _undesignated(page: EventPage, c: Clause, actors: list[Mention]) -> str:
    """The clause's words without what is written before each person among the actors (their bodies and posts)."""
    text, out, pos = page.doc.text, [], c.start
    for m in sorted(actors, key=lambda m: m.start):
        if c.start <= m.start < c.end and (e := page.entities.get(m.entity_id)) and e.type == "PERSON":
            out.append(text[pos:_designated_from(page, c, actors, m)])
            pos = max(pos, m.end)
    return "".join(out) + text[pos:c.end]


def _designated_from(page: EventPage, c: Clause, actors: list[Mention], m: Mention) -> int:
    """Where the words written before a person's name begin: back to the clause's last stop (as _designations
    reads), not past the clause's start nor the name of another actor before it."""
    a = max([c.start, m.start - 16] + [x.end for x in actors if x.end <= m.start])
    stop = _LAST_STOP.match(page.doc.text, a, m.start)
    return a if stop is None else stop.end()


def _unruled_statesman(page: EventPage, cb: Codebook, c: Clause, actors: list[Mention], names: list[str] | None) -> bool:
    """A party to the event is a person of state, government or legislature (by the post written by the name, else
    by who they are; one the clause does not name, by who they are) of a land that no party rules (codebook
    ruling_party). (A visit's host land alone decides nothing: a general secretary's visit to such a land is read
    as the party's or the state's by its kind and words.)"""
    # (who they are counts only where no post is written by the name, and a designation that names a party makes the
    # person the party's: 某国共产党中央政治局副委员长兼国际局局长某某, whatever seat the person also holds)
    party, text = _channel_words()["party"], page.doc.text
    told = [(e, None if party.search(text[_designated_from(page, c, actors, m):m.start]) else
             post_sector(page, m) if post_span(page, m.start) else e.sector) for m in actors
            if (e := page.entities.get(m.entity_id))]
    seen = {e.name for e, _ in told}
    told += [(e, e.sector) for n in names or () if n not in seen and (e := page.by_name.get(n)) is not None]
    return any(e.type == "PERSON" and e.country and e.country not in cb.ruling_party
               and sector in cues("statesman_sectors") for e, sector in told)


def _people_sides(page: EventPage, actors: list[Mention], t: EventType) -> bool:
    """A city's or province's council or committee, or its officer, is a party; or provinces and cities deal
    with each other (a visit, meeting or agreement): people's diplomacy."""
    return local_organ(page, actors) or (t.name in ("VISIT", "MEET", "AGREEMENT") and any(
        locality(e) for m in actors if (e := page.entities.get(m.entity_id))))


def _signing_localities(page: EventPage, names: list[str] | None) -> bool:
    """Two or more of an agreement's parties are provinces or cities (named in the headline, not its clause)."""
    return len([n for n in names or () if (e := page.by_name.get(n)) is not None and locality(e)]) >= 2


def carried(page: EventPage, start: int, actors: list[Mention], names: list[str]) -> list[Mention]:
    """The people among an event's parties whom the clause does not name (欢迎仪式结束后双方举行了会谈, 二人曾会见):
    each one's last mention before the clause that has a post written by the name: the post tells the pillar."""
    own = {e.name for m in actors if (e := page.entities.get(m.entity_id))}
    out = []
    for name in names:
        if name in own:
            continue
        told = [m for m in page.mentions[:bisect_left(page._starts, start)] if (e := page.entities.get(m.entity_id))
                and e.type == "PERSON" and e.name == name]
        # the last with a post by it (吴春历大将主持仪式 after 越南国防部部长吴春历), else the last
        out += next(([m] for m in reversed(told) if post_span(page, m.start)), told[-1:])
    return out


def commemorated(page: EventPage, c: Clause, text: str, t: EventType) -> str | None:
    """An anniversary's pillar is its holder's, else its occasion's: a friendship body or front that holds it in the
    sentence (友好组织联合会举行见面会,庆祝某国国庆; not one in a guest list or a meeting's name) makes it people's diplomacy; the anniversary of diplomatic
    relations (建交75周年) is the states' whatever else the clause says (两党两国…共同庆祝建交75周年)."""
    if t.name != "ANNIVERSARY":
        return None
    if _people_host().search(untitled(page, *c.sentence)):
        return "people"
    return "state" if any(w in text for w in cues("anniversary_state_occasions")) else None


@cache
def _people_host() -> re.Pattern[str]:
    return re.compile(cue("anniversary_people_host"))


def national_post(page: EventPage, m: Mention, sector: str) -> bool:
    """The post written by a person's name is a national one of state, government or legislature (国家主席, 政府总理,
    外交部副部长, 国会主席), not a locality's (胡志明市人民委员会主席, 市长)."""
    if sector not in cues("statesman_sectors"):
        return False
    span = post_span(page, m.start)
    return span is not None and not any(w in page.doc.text[span[0]:span[1]] for w in cues("local_post_words"))


@cache
def _local() -> re.Pattern[str]:
    return re.compile(cue("local_organ"))


def local_organ(page: EventPage, actors: list[Mention]) -> bool:
    """An actor is a locality's organ (胡志明市人民委员会) or holds a post of one written by the name (胡志明市人民议会
    副主席, 重庆市人大常委会副主任), not of its party committee (市委书记: the party's)."""
    local = _local()
    # (a person's answer is remembered per name's start: it reads only the post written there)
    done: dict[int, bool] = page.__dict__.setdefault("_local_organ", {})
    for m in actors:
        e = page.entities.get(m.entity_id)
        if e is None:
            continue
        if e.type == "ORG" and local.search(e.name):
            return True
        if e.type == "PERSON":
            got = done.get(m.start)
            if got is None:
                span = post_span(page, m.start)
                got = done[m.start] = bool(span and local.search(page.doc.text[span[0]:span[1]])
                                           and post_sector(page, m) != "party")
            if got:
                return True
    return False


def first_named(page: EventPage) -> dict[str | None, Mention]:
    """entity id -> the page's first mention of it. Made once per page (its mentions are fixed): every
    statement's pillar asks it again."""
    got: dict[str | None, Mention] | None = page.__dict__.get("_first_named")
    if got is None:  # (reversed: the earliest mention of an id is the last one written, and stays)
        got = page.__dict__["_first_named"] = {m.entity_id: m for m in reversed(page.mentions)}
    return got


_FORCES = {"military": "military", "defence": "military"}  # (a force's sectors: one channel)
_LAST_STOP = re.compile(r'.*[,，。;；:：“"]', re.S)  # (greedy: its end is just past the span's last stop)


def _designations(text: str, actors: list[Mention]) -> str:
    """The words written right before each person's name, back to the clause's last stop (越南公安部救援队副队长 of
    …副队长某某): the body a speaker belongs to, not the subject of what the speaker says (a body or land is its
    own name: its sector is the entity's)."""
    out = []
    for m in actors:
        a = max(0, m.start - 16)
        stop = _LAST_STOP.match(text, a, m.start)
        out.append(text[a if stop is None else stop.end():m.end])
    return " ".join(out)
