"""Events: trigger words (data/events.toml) in each clause, their actors from the clause's
mentions, status, date, channel, attributes and codes; one event per real-world event on a page."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dipnet.extract.codes import Codebook, EventType, codebook
from dipnet.extract.merge import merge_events
from dipnet.model import Document, Entity, Event, Mention, TimeExpr

_ZONES = ("title", "lead", "body", "caption", "brief_headline", "brief_summary", "brief_caption")
_SENTENCE = re.compile(r"[^。!?;\n]+[。!?;]?")
_CLAUSE_END = ",;:"
_MEDIA_SECTORS = {"media"}
_LIST_SPLIT = {"AID", "DEPLOYMENT", "RELATION_CHANGE", "MESSAGE", "MULTILATERAL_ROLE"}
_MULTI = {"VISIT", "MESSAGE", "MEET"}


@dataclass
class Clause:
    start: int
    end: int
    sentence: tuple[int, int]
    brief: int | None


def _clauses(doc: Document) -> list[Clause]:
    out = []
    for seg in doc.segments:
        if seg.kind not in _ZONES:
            continue
        for m in _SENTENCE.finditer(doc.text, seg.start, seg.end):
            s_start, s_end = m.start(), min(m.end(), seg.end)
            depth, start = 0, s_start
            for i in range(s_start, s_end):
                ch = doc.text[i]
                depth += ch in "“(《" and 1 or 0
                depth -= ch in "”)》" and 1 or 0
                if ch in _CLAUSE_END and depth <= 0:
                    out.append(Clause(start, i, (s_start, s_end), seg.brief))
                    start = i + 1
            if start < s_end:
                out.append(Clause(start, s_end, (s_start, s_end), seg.brief))
    return out


def _quoted(text: str, start: int, pos: int) -> bool:
    """Is pos inside “…” (speech content, theme titles) counting from the sentence start?"""
    seg = text[start:pos]
    return seg.count("“") > seg.count("”")


class _Page:
    """What the extractor needs to know about a page, computed once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.entities: dict[str, Entity] = {e.id: e for e in doc.entities}
        self.mentions = sorted(doc.mentions, key=lambda m: m.start)
        self.home = self._home()
        # the spans of stated titles (越南驻古巴大使…): the bodies and countries named inside a
        # title qualify a person and are not actors of their own
        self.title_spans, self.title_words = self._titles()
        self.pair = self._pair()
        self.story_day = self._story_day()
        self.itinerary: list[str] = []

    def _story_day(self) -> str | None:
        """The day the main article reports: the first full day in its opening paragraphs, when it
        is no later than the page's date (a dateline's 4日 for a page stamped the 5th)."""
        pub = self.doc.published.date if self.doc.published else None
        opening = [s for s in self.doc.segments if s.kind in ("lead", "body", "dateline")][:3]
        for t in self.doc.times:
            if any(s.start <= t.start < s.end for s in opening) and t.precision == "day" and t.value \
                    and t.kind in ("date", "range", "relative") and (not pub or (t.value.startswith(pub[:7])
                                                                                 and t.value <= pub)):
                return t.value
        return None

    def _titles(self) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Every place a stated title stands before a person's name (a page repeats 越共中央总书记苏林)."""
        text = self.doc.text
        starts = {m.start: m.end for m in self.mentions if m.type == "PERSON"}
        spans, words = [], []
        for title in {r.title for r in self.doc.roles}:
            k = text.find(title)
            while k != -1:
                end = k + len(title)
                # the person this title belongs to: right after it, or after the rest of a chain of
                # titles (越共中央总书记、中央军委书记苏林)
                run = re.match(r"[^,。;:!?“”()]{0,30}", text[end:])
                person = next((s for s in range(end, end + (run.end() if run else 0) + 1) if s in starts), None)
                if person is not None:
                    words.append((k, end))
                    spans.append((k, starts[person]))
                k = text.find(title, end)
        spans += [(r.start, r.end) for r in self.doc.roles]
        words += [(r.start, r.start + len(r.title)) for r in self.doc.roles if text.startswith(r.title, r.start)]
        return spans, words

    def _home(self) -> str | None:
        counts: dict[str, int] = {}
        for m in self.mentions:
            e = self.entities.get(m.entity_id)
            if e and e.type == "COUNTRY":
                counts[e.name] = counts.get(e.name, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def _pair(self) -> list[str]:
        counts: dict[str, int] = {}
        for m in self.mentions:
            e = self.entities.get(m.entity_id)
            if e and e.type == "COUNTRY":
                counts[e.name] = counts.get(e.name, 0) + 1
        return sorted(counts, key=lambda k: -counts[k])[:2]

    def in_span(self, start: int, end: int) -> list[Mention]:
        inside = [m for m in self.mentions if start <= m.start and m.end <= end]
        # a mention nested in a longer one (越南 in 越南外交部, 古巴 in 越南驻古巴大使…) is not an actor
        return [m for m in inside if not any(o is not m and o.start <= m.start and m.end <= o.end
                                             and (o.end - o.start) > (m.end - m.start) for o in inside)]

    def entity(self, m: Mention) -> Entity | None:
        return self.entities.get(m.entity_id)

    def anchor(self, brief: int | None) -> tuple[str | None, str | None]:
        d = self.doc.briefs[brief].published if brief is not None and brief < len(self.doc.briefs) else self.doc.published
        return (d.date, d.precision) if d else (None, None)


def _find_triggers(page: _Page, c: Clause, t: EventType, cb: Codebook) -> list[tuple[int, str]]:
    """Every place in the clause where a trigger of this type stands as a verb or noun of its own,
    leftmost first and not overlapping (two visits in one clause are two events)."""
    text = page.doc.text
    hits: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for trig in t.triggers:  # longest first
        k = text.find(trig, c.start, c.end)
        while k != -1:
            end = k + len(trig)
            after = text[end:c.end]
            inside_title = any(a <= k < b and not (a <= end - 1 >= b) for a, b in page.title_words)
            # a trigger never straddles a name's edge: 会议 in 国民议会议长 is no meeting
            straddles = any((m.start < k < m.end < end) or (k < m.start < end < m.end) for m in page.mentions)
            frame = t.name == "MEET" and "在" in text[max(c.start, k - 2):k] and after.startswith(cb.frame_after)
            if not (inside_title or frame or straddles or _quoted(text, c.sentence[0], k)
                    or any(after.startswith(x) for x in t.exclude_after)
                    or any(a < end and k < b for a, b in taken)):
                hits.append((k, trig))
                taken.append((k, end))
            k = text.find(trig, end, c.end)
    return sorted(hits)


def _sub_clauses(text: str, c: Clause, hits: list[tuple[int, str]]) -> list[tuple[Clause, int, str]]:
    """Split a clause with several triggers of one type between them: 甲对乙进行访问(2015年4月)和丙对丁
    进行国事访问(2015年11月) → one part per visit, each with its parenthesis."""
    if len(hits) == 1:
        return [(c, *hits[0])]
    out = []
    start = c.start
    for n, (k, trig) in enumerate(hits):
        end = k + len(trig)
        if text.startswith("(", end):
            close = text.find(")", end, c.end)
            end = close + 1 if close != -1 else end
        stop = c.end if n == len(hits) - 1 else end
        out.append((Clause(start, stop, c.sentence, c.brief), k, trig))
        start = end
    return out


def _names(page: _Page, mentions: list[Mention], types: tuple[str, ...], meetings: bool = False) -> list[str]:
    out: list[str] = []
    for m in mentions:
        e = page.entity(m)
        if e is None or e.type not in types or (e.type == "ORG" and e.sector in _MEDIA_SECTORS):
            continue
        if e.type == "ORG" and not meetings and e.name.endswith(codebook().meeting_suffixes):
            continue
        if e.type != "PERSON" and any(a <= m.start and m.end <= b for a, b in page.title_spans):
            continue
        if e.name not in out:
            out.append(e.name)
    return out


def _date(page: _Page, c: Clause, lo: int, hi: int, etype: str) -> tuple[str | None, str | None, str | None]:
    """The clause's own time expression; else one earlier in its sentence (what follows the clause is
    what was said, not when); else the last day named earlier in its paragraph; else the day the story
    reports (its lead's date); else the date of its page or brief."""
    times: list[TimeExpr] = page.doc.times

    def usable(t: TimeExpr) -> bool:
        return bool(t.value) and t.kind != "duration" and (t.kind != "anniversary" or etype == "ANNIVERSARY")

    for a, b in ((lo, hi), (c.sentence[0], lo)):
        got = [t for t in times if a <= t.start < b and usable(t)]
        if got:
            t = got[0] if (a, b) == (lo, hi) else got[-1]
            return t.value, t.precision, t.end_value
    seg = next((s for s in page.doc.segments if s.start <= c.start < s.end), None)
    earlier = [t for t in times if seg and seg.start <= t.start < c.start and t.value
               and t.kind in ("date", "range", "relative") and t.precision == "day"]
    if earlier:  # the story goes on at the day it last named
        return earlier[-1].value, earlier[-1].precision, None
    if c.brief is None and page.story_day:
        return page.story_day, "day", None
    date, precision = page.anchor(c.brief)
    return date, precision, None


def _post_sector(page: _Page, m: Mention) -> str | None:
    """The sector of the post written nearest a person's name (越共中央总书记、国家主席阮富仲 → state):
    the body named in that title if any (中央对外部 → party), else the title's own sector."""
    from dipnet.kb import load_kb

    text = page.doc.text
    near = [(a, b) for a, b in page.title_words if b <= m.start and re.fullmatch(r"[、兼\s]*", text[b:m.start])]
    if not near:
        return None
    a, b = max(near, key=lambda w: w[1])
    bodies = [x for x in page.mentions if a <= x.start and x.end <= b and (e := page.entity(x)) and e.type == "ORG"
              and e.sector]
    if bodies:
        return page.entity(bodies[-1]).sector  # type: ignore[union-attr]
    titles = load_kb().titles()
    title = text[a:b]
    return next((titles[title[k:]].sector for k in range(len(title)) if title[k:] in titles), None)


def _untitled(page: _Page, start: int, end: int) -> str:
    """The clause's own words, without the titles it states (they qualify people, not the act) and
    without the names of papers (人民军队报 is a newspaper, not the army)."""
    text = page.doc.text
    masked = list(page.title_words) + [(m.start, m.end) for m in page.mentions if start <= m.start < end
                                       and (e := page.entity(m)) and e.sector in _MEDIA_SECTORS]
    return "".join(ch for i, ch in enumerate(text[start:end], start) if not any(a <= i < b for a, b in masked))


def _locality(e: Entity) -> bool:
    """A province, city or district (not a capital standing for its state, nor a sea)."""
    from dipnet.kb import load_kb

    if e.type != "LOCATION":
        return False
    entry = load_kb().get(e.kb_id) if e.kb_id else None
    return entry is None or entry.kind in ("province", "city", "district", "region")


def _channel(page: _Page, cb: Codebook, c: Clause, actors: list[Mention], t: EventType, kind: str | None) -> str:
    """The pillar: the bodies of the actors and the posts written by their names, then the clause's
    own words (its sentence's, for defence and security), then the type's default."""
    text = _untitled(page, c.start, c.end)
    sentence = _untitled(page, *c.sentence)
    sectors = {e.sector for m in actors if (e := page.entity(m)) and e.type != "PERSON"}
    for m in actors:
        e = page.entity(m)
        if e is None or e.type != "PERSON":
            continue
        post = _post_sector(page, m)
        if post:
            sectors.add(cb.sector_channel.get(post, "state"))
        elif e.sector in ("military", "security"):  # a defence minister named without his title again
            sectors.add(cb.sector_channel.get(e.sector, "state"))
    sectors = {{"military": "military", "defence": "military"}.get(s, s) for s in sectors if s}
    if any(_locality(e) for m in actors if (e := page.entity(m))) and t.name in ("VISIT", "MEET", "AGREEMENT"):
        sectors.add("people")  # provinces and cities dealing with each other: people's diplomacy
    if "military" in sectors or any(w in text for w in cb.channel_words["defence"]):
        return "defence"
    if "security" in sectors or any(w in text for w in cb.channel_words["security"]):
        return "security"
    if t.name == "VISIT" and kind in ("state", "official", "working", "official friendly"):
        return "state"
    if "party" in sectors or any(w in text for w in cb.channel_words["party"]):
        return "party"
    if t.channel:
        return t.channel
    if any(w in sentence for w in cb.channel_words["defence"]):
        return "defence"
    if "people" in sectors or any(w in text for w in cb.channel_words["people"]):
        return "people"
    return "state"


def _kind(t: EventType, text: str) -> str | None:
    for word, kind in sorted(t.kinds.items(), key=lambda kv: -len(kv[0])):
        if word in text:
            return kind
    return None


def _country_name(iso: str | None) -> str | None:
    from dipnet.kb import load_kb

    entry = load_kb().get(f"country:{iso}") if iso else None
    return entry.name if entry else None


def _visit_actors(page: _Page, c: Clause, k: int, trig: str,
                  mentions: list[Mention]) -> tuple[list[str], list[str], str | None]:
    """Visitors and host countries: 甲对乙进行访问 (visitor before, host after 对/访问/抵达/赴), and
    到访的/在古访问的 + a titled person (the visitor follows; the host is where it happens)."""
    from dipnet.kb import load_kb

    kb = load_kb()
    text = page.doc.text
    untitled = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in page.title_spans)]
    location = None
    follow = [m for m in mentions if m.start > k and (e := page.entity(m)) and e.type == "PERSON"]
    received = follow and "的" in text[k:follow[0].start] and any(
        w in text[c.start:k] for w in codebook().type("MEET").triggers)  # 会见了率团赴越出席…的洪森
    if follow and (text.startswith("的", k + len(trig)) or received):
        visitor = page.entity(follow[0])
        zai = text.rfind("在", c.start, k)
        between = [m for m in untitled if zai != -1 and zai < m.start < k]
        hosts = _names(page, between, ("COUNTRY",))
        for m in between:  # 在莫斯科会见到访的…: the city's country hosts
            place = kb.get(page.entity(m).kb_id or "") if page.entity(m) else None  # type: ignore[union-attr]
            if not hosts and place is not None and place.type == "LOCATION" and _country_name(place.country):
                hosts = [_country_name(place.country)]  # type: ignore[list-item]
                location = place.name
        if not hosts:
            others = [page.entity(m) for m in page.in_span(c.sentence[0], k) if (e := page.entity(m))
                      and e.type == "PERSON" and e.country and e.country != visitor.country]  # type: ignore[union-attr]
            hosts = [n for n in [_country_name(others[0].country)] if n] if others else []  # type: ignore[union-attr]
        return [visitor.name], hosts, location  # type: ignore[union-attr]
    before = [m for m in mentions if m.start < k]
    dui = text.rfind("对", c.start, k)
    after_dui = [m for m in before if m.start > dui and (e := page.entity(m)) and e.type == "PERSON"] if dui != -1 else []
    visitors = _names(page, after_dui or before, ("PERSON",))
    if not visitors:
        visitors = _names(page, before, ("ORG", "LOCATION"))[:1]
    hosts: list[str] = []
    for m in untitled:
        e = page.entity(m)
        if e is None or e.name in visitors or e.name in hosts:
            continue
        if e.type == "COUNTRY" and (m.start > k or dui != -1 and dui < m.start < k):
            hosts.append(e.name)
        elif e.type == "LOCATION" and m.start >= k and location is None:
            location = e.name
            entry = kb.get(e.kb_id) if e.kb_id else None
            country = _country_name(entry.country) if entry else None
            if not hosts:
                hosts.append(country or e.name)  # a province visited by a province's delegation
    return visitors, hosts, location


def _speaker(page: _Page, c: Clause, k: int, mentions: list[Mention]) -> list[str]:
    """Who speaks: the clause's first person before the verb, else the nearest person or body
    (a paper for its article) before it in the sentence."""
    people = [m for m in mentions if (e := page.entity(m)) and e.type == "PERSON" and m.start <= k]
    if people:
        return _names(page, people[:1], ("PERSON",))
    text = page.doc.text
    spokesman = [m for m in page.in_span(c.sentence[0], k) if (e := page.entity(m)) and e.type == "ORG"
                 and text.startswith("发言人", m.end)]
    if spokesman:  # 外交部发言人表示: the ministry speaks
        return _names(page, spokesman[:1], ("ORG",))
    before = page.in_span(c.sentence[0], k)
    named = _names(page, [m for m in before if (e := page.entity(m)) and e.type == "PERSON"], ("PERSON",))
    if named:
        return named[-1:]
    # a body speaks when it stands right before the verb (外交部表示) or is a paper or agency
    bodies = [m for m in before if (e := page.entity(m)) and e.type == "ORG" and
              (k - m.end <= 12 or e.sector in _MEDIA_SECTORS)]
    return [page.entity(bodies[-1]).name] if bodies else []  # type: ignore[union-attr]


def _conference_name(text: str, c: Clause, k: int, trig: str, stops: tuple[str, ...]) -> str:
    """The named meeting the trigger closes: 第30届外交工作会议, 全国对外工作会议."""
    j = k
    while j > c.start and (text[j - 1].isalnum() or text[j - 1] in "-·") and not text.endswith(stops, 0, j):
        j -= 1
    return text[j:k + len(trig)]


def _actors(page: _Page, cb: Codebook, t: EventType, c: Clause, k: int, trig: str,
            mentions: list[Mention]) -> tuple[list[str], str | None] | None:
    text = page.doc.text
    clause = text[c.start:c.end]
    location = None
    if t.name == "VISIT":
        visitors, hosts, location = _visit_actors(page, c, k, trig, mentions)
        if not visitors:
            return None
        page.itinerary = hosts[1:]  # a trip through several countries: one visit per country
        return visitors + hosts[:1], location
    if t.single_actor:
        speaker = _speaker(page, c, k, mentions)
        return (speaker, None) if speaker else None
    if t.name in ("RELATION_CHANGE", "AGREEMENT", "AID", "DISAPPROVE"):  # partners often stand in another clause
        mentions = page.in_span(*c.sentence)
    participants = _names(page, mentions, t.actors, meetings=t.name == "CONFERENCE")
    if len(participants) < t.min_actors and t.fallback_actors:
        participants += [n for n in _names(page, mentions, t.fallback_actors) if n not in participants]
    has_person = any((e := page.entity(m)) and e.type == "PERSON" for m in mentions)
    if "PERSON" in t.actors and not has_person and (not t.attend_words or any(w in clause for w in t.attend_words)):
        subject = _subject(page, c)
        if subject and subject not in participants:
            participants.insert(0, subject)
    if t.requires_sector and not any((e := page.entity(m)) and e.sector == t.requires_sector for m in mentions):
        return None
    for name in list(participants):  # 东盟峰会 → 东盟, 联合国维和部队 → 联合国: the body behind its organ
        parent = _parent_body(page, name)
        if parent and parent not in participants and t.name in ("CONFERENCE", "DEPLOYMENT", "MULTILATERAL_ROLE"):
            participants.append(parent)
    if t.requires_person_or and not has_person and not any(w in clause for w in t.requires_person_or):
        return None
    if t.name in ("AGREEMENT", "RELATION_CHANGE", "AID", "DISAPPROVE", "MULTILATERAL_ROLE", "DEPLOYMENT"):
        countries = _names(page, mentions, ("COUNTRY",))
        if ("两国" in clause or "双方" in clause) and len(countries) < 2:
            participants += [p for p in page.pair if p not in participants]
        elif not countries and page.home and page.home not in participants:
            participants.insert(0, page.home)
    if t.name == "ANNIVERSARY" and ("两国" in clause or "双方" in clause) and "建交" in clause:
        participants += [p for p in page.pair if p not in participants]
    if t.name == "ANNIVERSARY" and "建党" in clause:
        party = cb.ruling_party.get(_iso(page, page.home)) if page.home else None
        if party and party not in participants:
            participants.insert(0, party)
    if t.foreign and len(_countries_of(page, participants)) < 2:
        return None
    return participants, location


def _parent_body(page: _Page, name: str) -> str | None:
    from dipnet.kb import load_kb

    kb = load_kb()
    ent = next((e for e in page.entities.values() if e.name == name and e.kb_id), None)
    entry = kb.get(ent.kb_id) if ent and ent.kb_id else None
    parent = kb.get(entry.parent) if entry and entry.parent else None
    while parent is not None and parent.sector == "international" and parent.parent and kb.get(parent.parent):
        up = kb.get(parent.parent)
        if up is None or up.sector != "international":
            break
        parent = up
    return parent.name if parent is not None and parent.sector == "international" else None


def _countries_of(page: _Page, names: list[str]) -> set[str]:
    """The countries the named actors belong to (an international body counts as its own)."""
    out: set[str] = set()
    for n in names:
        e = next((x for x in page.entities.values() if x.name == n), None)
        if e is None:
            continue
        out.add(e.country or (e.name if e.type in ("ORG", "LOCATION") and e.sector == "international" else "")
                or ("?" + e.name if e.type == "LOCATION" else ""))
    return {c for c in out if c}


def _one(page: _Page, cb: Codebook, t: EventType, c: Clause, k: int, trig: str) -> list[Event]:
    text = page.doc.text
    clause = text[c.start:c.end]
    if t.requires and not any(r in text[c.sentence[0]:c.sentence[1]] for r in t.requires):
        return []
    if any(n in clause for n in cb.negation):
        return []
    mentions = page.in_span(c.start, c.end)
    got = _actors(page, cb, t, c, k, trig, mentions)
    if got is None:
        return []
    participants, location = got
    if len(participants) < t.min_actors:
        return []
    attributes: dict[str, object] = {"trigger": trig, "mode": t.mode}
    if t.name == "CONFERENCE":
        name = _conference_name(text, c, k, trig, cb.name_stops)
        if len(name) <= len(trig) + 1 or name.startswith(cb.reference_openers):
            return []  # 该会议, 此次会议: a conference already reported, not a new one
        attributes["name"] = name
    if location is None:
        locs = [m for m in mentions if (e := page.entity(m)) and e.type == "LOCATION" and m.start < k + len(trig) + 12]
        location = page.entity(locs[0]).name if locs else None  # type: ignore[union-attr]
    date, precision, end_date = _date(page, c, c.start, c.end, t.name)
    anchor, _ = page.anchor(c.brief)
    later = bool(date and anchor and len(date) >= len(anchor) and date[:len(anchor)] > anchor)
    # what the clause announces before its verb ("将于2月6日…进行国事访问"), not what a speaker
    # says will come ("强调…将为增进…")
    ahead = cb.planned.search(text[c.start:k]) or "前夕" in clause
    planned = t.name != "STATEMENT" and bool(ahead or later)
    kind = _kind(t, clause)
    if kind:
        attributes[t.attribute] = kind
    actor_mentions = [m for m in mentions if (e := page.entity(m)) and e.name in participants]
    ev = Event(type=t.name, status="planned" if planned else "occurred", start=c.sentence[0], end=c.sentence[1],
               participants=participants, location=location, date=date, date_precision=precision,
               end_date=end_date, cameo=t.cameo or None, plover=t.plover or None, brief=c.brief,
               channel=_channel(page, cb, c, actor_mentions, t, kind), attributes=attributes)
    if t.name == "VISIT":
        ev.source, ev.target = participants[:-1] or participants, participants[-1:]
        legs = [ev]
        for host in getattr(page, "itinerary", []):
            leg = Event(**{**ev.__dict__, "participants": ev.source + [host], "target": [host],
                           "attributes": dict(ev.attributes), "location": None})
            legs.append(leg)
        if len(legs) > 1:
            for leg in legs:
                leg.attributes["itinerary"] = "+".join(x.target[0] for x in legs)
        page.itinerary = []
        return legs
    ev.source, ev.target = participants[:1], participants[1:2]
    return _split_lists(page, ev, clause)


def _subject(page: _Page, c: Clause) -> str | None:
    """The person a sentence is about, when a later clause goes on without naming them."""
    before = [m for m in page.in_span(c.sentence[0], c.start) if (e := page.entity(m)) and e.type == "PERSON"]
    return page.entity(before[-1]).name if before else None  # type: ignore[union-attr]


def _iso(page: _Page, name: str | None) -> str:
    for e in page.entities.values():
        if e.name == name and e.country:
            return e.country
    return ""


def _split_lists(page: _Page, ev: Event, clause: str) -> list[Event]:
    """A clause listing several partners (向老挝、柬埔寨、美国…提供) is one event per partner."""
    if ev.type not in _LIST_SPLIT or "、" not in page.doc.text[ev.start:ev.end]:
        return [ev]
    kinds = ("ORG",) if ev.type == "MULTILATERAL_ROLE" else ("COUNTRY", "LOCATION")
    listed = [p for p in ev.participants if any(e.name == p and e.type in kinds for e in page.entities.values())]
    base = [p for p in ev.participants if p not in listed]
    if ev.type != "MULTILATERAL_ROLE" and page.home in listed:
        listed.remove(page.home)
        base.insert(0, page.home)  # type: ignore[arg-type]
    if len(listed) < 2:
        return [ev]
    out = []
    for p in listed:
        e = Event(**{**ev.__dict__, "participants": base + [p], "attributes": dict(ev.attributes),
                     "source": base[:1], "target": [p]})
        at = next((m.start for m in page.mentions if ev.start <= m.start < ev.end and (x := page.entity(m))
                   and x.name == p), None)
        own = [t for t in page.doc.times if ev.start <= t.start and at is not None and t.end <= at and t.value
               and t.kind not in ("duration", "anniversary")]
        if own:  # 2017年亚太经合组织…、2020年东盟…: each partner with the date written before it
            e.date, e.date_precision, e.end_date = own[-1].value, own[-1].precision, own[-1].end_value
        out.append(e)
    return out


def extract_events(doc: Document) -> list[Event]:
    """Events of every type in the main article and in each brief, merged within the page."""
    cb = codebook()
    page = _Page(doc)
    events: list[Event] = []
    for c in _clauses(doc):
        for t in cb.types:
            hits = _find_triggers(page, c, t, cb)
            if not hits:
                continue
            # several triggers of one type: a part per trigger when each part names its own actors
            parts = _sub_clauses(doc.text, c, hits) if t.name in _MULTI else [(c, *hits[0])]
            for part, k, trig in parts:
                events += _one(page, cb, t, part, k, trig)
    return merge_events(events)
