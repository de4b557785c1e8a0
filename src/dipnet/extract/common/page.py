"""What event extraction knows about one page, computed once: its entities, mentions, home country
and main pair, the spans of stated titles, the day its story reports."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate, compress, count, islice
from operator import attrgetter, eq, ge

import ahocorasick_rs

from dipnet import rx
from dipnet.extract.common.clauses import Clause
from dipnet.extract.common.codes import codebook
from dipnet.extract.common.cues import cue, cues
from dipnet.kb import load_kb
from dipnet.model import Coverage, Document, Entity, Mention, SpanIndex
from dipnet.recognize.scan import lacks, page_words
from dipnet.rx import plain as _plain
from dipnet.rxneeds import may_hold

from .bystanders import bystander
from .countrefs import count_references
from .regions import REGION, region_party
from .shortrefs import short_references
from .surnamerefs import surname_references
from .timeindex import TimeIndex, dispatched_before

MEDIA_SECTORS = {"media"}
_END = attrgetter("end")
_RUN = _plain(r"[^,。;:!?“”()]{0,30}")
_UNBRACKET = _plain(r"\([^()]{0,60}\)")


def _occurrences(text: str, words: list[str]) -> list[list[int]]:
    """For each word, where it stands in the text left to right, each after the end of the one
    before (what repeated `text.find(word, end)` gives), all words found in one pass."""
    if (len(words) <= 24 or len(words) * len(text) <= 150_000) and all(words):  # a pass per word: cheaper than
        return [_find_after_each(text, w) for w in words]  # building an automaton for so few words or so short a text
    # (an automaton without a DFA for a text of a page's size: building one cost more than the pass saved, issue 17)
    kind = ahocorasick_rs.Implementation.NoncontiguousNFA if len(text) <= 20_000 else None
    at: list[list[int]] = [[] for _ in words]
    for i, s, _ in ahocorasick_rs.AhoCorasick(words, implementation=kind).find_matches_as_indexes(text, overlapping=True):
        if not at[i] or s >= at[i][-1] + len(words[i]):
            at[i].append(s)
    return at


def _find_after_each(text: str, word: str) -> list[int]:
    out, k = [], text.find(word)
    while k != -1:
        out.append(k)
        k = text.find(word, k + len(word))
    return out


def _matches_at_each_start(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[tuple[int, int]]:
    """(start, end) of each pattern's match at every position where `pattern.match(text, at)` succeeds,
    sorted: `search` from one position past the last start tries the positions in order, as a `match` at
    each would (lookbehinds see the text before either way)."""
    out: list[tuple[int, int]] = []
    held = page_words(text)  # (the page's text: which words it holds, read off recognition's one pass)
    for pattern in patterns:
        if held is not None and lacks(held, pattern):
            continue  # (a word every match holds is nowhere on the page: no search of it; most pages hold none)
        if not may_hold(pattern, text):
            continue  # (the words one of which every match holds, looked for first: most pages hold none)
        m = pattern.search(text)
        while m is not None:
            out.append((m.start(), m.end()))
            m = pattern.search(text, m.start() + 1) if m.start() < len(text) else None
    return sorted(out)


@lru_cache(maxsize=8)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of the words (the engine skips to their first characters, where a look-ahead (?=…) over
    them would be entered at every character)."""
    return _plain("|".join(map(re.escape, words)) or "(?!)")


def _starts_of(text: str, words: tuple[str, ...]) -> set[int]:
    """Every position where one of the words starts (overlapping starts found too)."""
    return {a for a, _ in _matches_at_each_start(text, (_any_of(words),))}


class EventPage:
    """What the extractor needs to know about a page, computed once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.entities: dict[str, Entity] = {e.id: e for e in doc.entities}
        # 这是李强担任总理后首次访问越南: a bare title after a verb of taking office is the post the
        # person before takes, not someone else holding it (no actor)
        # (越共总书记特使黎怀忠: the one a bare title names sends the envoy, and takes no part)
        # (苏林总书记特使黎怀忠: so does the one named with the principal's title before the word)
        posts, envoys = codebook().post_verbs, codebook().envoy_after
        # (两国元首在巴西利亚总统官邸举行会谈, 在总统府会见: a bare title opening a building's name is no one)
        envoys = envoys + cues("title_venue_after")
        named_envoy = codebook().envoy_named
        # (蔡总统, 麻生首相, 总统16日会晤…: a person named again by surname and post, or by post opening a clause)
        told = doc.mentions + short_references(doc, doc.mentions, self.entities) + \
            surname_references(doc, doc.mentions, self.entities) + \
            count_references(doc, doc.mentions)  # (温…。温此行将出访…: the surname alone, fm2; …四国: the four)
        self.mentions = sorted([m for m in told  # (a list made in one comprehension, no generator resumed per mention)
                                if not (m.type == "PERSON" and (doc.text.endswith(posts, 0, m.start)
                                                                or doc.text.startswith(envoys, m.end))
                                        and (e := self.entities_of(doc, m)) is not None and m.text != e.name)
                                and not (m.type == "PERSON" and named_envoy.match(doc.text, m.end))],
                               key=attrgetter("start"))
        self._starts = [m.start for m in self.mentions]
        self._longest = max([m.end - m.start for m in self.mentions], default=0)
        self._holders = self._holding()
        self.times = TimeIndex(doc.times)
        self.home = self._home()
        # the spans of stated titles (越南驻古巴大使…): the bodies and countries named inside a
        # title qualify a person and are not actors of their own
        self.title_spans, self.title_words = self._titles()
        self._title_span_index = SpanIndex(self.title_spans)
        self._title_word_index = SpanIndex(self.title_words)
        self._title_order = sorted(self.title_words)
        self._title_starts = [a for a, _ in self._title_order]
        self._title_longest = max((b - a for a, b in self.title_words), default=0)
        self._span_cover = Coverage(len(doc.text), self.title_spans)
        self._title_cover = Coverage(len(doc.text), self.title_words)
        self.pair = self._pair()
        self.story_day = self._story_day()
        self.itinerary: list[str] = []
        # the sender and recipient groups of the message being read (one event per sending country)
        self.message_groups: list[tuple[list[str], list[str], list[str], list[str]]] = []
        # the ones the last message of each brief was addressed to (a lead 多国领导人致电祝贺苏林 names them for
        # the per-sender messages below it that name none: 迪亚斯-卡内尔也致贺电)
        self.message_to: dict[int | None, list[Mention]] = {}
        self.trigger_hits = codebook().trigger_hits(doc.text)
        self.delegations = self._delegations()
        # the entities by name, asked per actor of every event: the first of each name (as a pass
        # over `entities` finds it), the first with a KB id, the first with a country, the types
        self.by_name: dict[str, Entity] = {}
        self.kb_by_name: dict[str, Entity] = {}
        self.country_by_name: dict[str, str] = {}
        self.types_of: dict[str, set[str]] = {}
        for e in self.entities.values():
            self.by_name.setdefault(e.name, e)
            if e.kb_id:
                self.kb_by_name.setdefault(e.name, e)
            if e.country:
                self.country_by_name.setdefault(e.name, e.country)
            self.types_of.setdefault(e.name, set()).add(e.type)
        self.people = {e.name for e in self.entities.values() if e.type == "PERSON"}
        self.lands = {e.name for e in self.entities.values() if e.type == "COUNTRY"}
        self._not_trigger_at: list[tuple[int, int]] | None = None

    @staticmethod
    def entities_of(doc: Document, m: Mention) -> Entity | None:
        return next((e for e in doc.entities if e.id == m.entity_id), None)

    def hits_in(self, start: int, end: int) -> list[tuple[int, str]]:
        """The trigger words starting in [start, end), by start (without a copy of the rest of the page's)."""
        hits = self.trigger_hits
        return hits[bisect_left(hits, (start, "")):bisect_left(hits, (end, ""))]

    def inside_not_trigger(self, start: int, end: int) -> bool:
        """Does a match of one of the codebook's not_triggers (议会议长), starting at most 12 characters
        before `start`, cover [start, end)? The matches at every start are found once per page, on the
        first trigger asked about, instead of a `match` per pattern and position per trigger."""
        if self._not_trigger_at is None:
            self._not_trigger_at = _matches_at_each_start(self.doc.text, codebook().not_triggers)
        at = self._not_trigger_at
        lo = bisect_left(at, (max(0, start - 12), -1))
        return any(e >= end for _, e in at[lo:bisect_right(at, (start, len(self.doc.text) + 1))])

    def _delegations(self) -> dict[str, str]:
        """Each body that travels as a delegation (…越南共产党代表团) and the person who heads it, where
        the page says so (以何氏洁为团长的…, 由武仲金率领的…): the first head the page names."""
        text, cb = self.doc.text, codebook()
        out: dict[str, str] = {}
        # where a delegation word starts (one pass; most pages have none): only the names ending there are read
        words_at = _starts_of(text, cb.delegation_words)
        if not words_at:
            return out
        people = [m for m in self.mentions if (e := self.entities.get(m.entity_id)) and e.type == "PERSON"]
        for m in self.mentions:
            if m.end not in words_at:
                continue
            e = self.entities.get(m.entity_id)
            if e is None or e.type not in ("ORG", "LOCATION") or not text.startswith(cb.delegation_words, m.end):
                continue
            # the head's name, then a title or rank at most, then the leader words, right before the body
            before = text[max(0, m.start - 40):m.start]
            cut = max((before.rfind(w) for w in cb.leader_words if w in before[-14:]), default=-1)
            if cut == -1:
                continue
            at = m.start - len(before) + cut
            # (由甲率领的A代表团和B代表团: a delegation word joined to what follows closes the one led; B is led by no one here)
            if rx.compile(cue("delegation_closed")).search(text, at, m.start):
                continue
            # (a name's romanization in brackets may stand between: 维莱翁•布达康(Vilayvong Buddakham)率领的)
            head = [p for p in people if at - 80 <= p.end <= at and not rx.compile(r"[,。;]").search(gap := _UNBRACKET.sub(
                "", text[p.end:at])) and len(gap) <= 12]
            if head and e.name not in out:
                out[e.name] = self.entity(head[-1]).name  # type: ignore[union-attr]
        return out

    def _story_day(self) -> str | None:
        """The day the main article reports: the first full day in its opening paragraphs, when it
        is no later than the page's date (a dateline's 4日 for a page stamped the 5th), at the page date's
        precision (a page dated only to its month holds every day of that month)."""
        pub = self.doc.published.date if self.doc.published else None
        opening = [s for s in self.doc.segments if s.kind in ("title", "lead", "body", "dateline")][:3]
        for t in self.doc.times:
            if any(s.start <= t.start < s.end for s in opening) and t.precision == "day" and t.value \
                    and t.kind in ("date", "range", "relative") and (not pub or (t.value.startswith(pub[:7])
                                                                                 and t.value[:len(pub)] <= pub)
                                                                     or dispatched_before(self.doc.text, t, pub)):
                return t.value
        return None

    def _titles(self) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Every place a stated title stands before a person's name (a page repeats 越共中央总书记苏林)."""
        text = self.doc.text
        starts = {m.start: m.end for m in self.mentions if m.type == "PERSON"}
        ends = {m.end for m in self.mentions if m.type == "PERSON"}
        spans, words = [], []
        titles = sorted(sorted({r.title for r in self.doc.roles}), key=len, reverse=True)  # (longest first, then by text)
        for title, at in zip(titles, _occurrences(text, titles), strict=True):
            for k in at:
                end = k + len(title)
                if k in ends:  # 范红河部长向…: a title right after a name is that person's, not the next one's
                    k = text.find(title, end)
                    continue
                # the person this title belongs to: right after it, or after the rest of a chain of
                # titles (越共中央总书记、中央军委书记苏林)
                run = _RUN.match(text, end)  # (at end, not on a copy of the rest of the page)
                person = next((s for s in range(end, (run.end() if run else end) + 1) if s in starts), None)
                if person is not None:
                    words.append((k, end))
                    spans.append((k, starts[person]))
        spans += [(r.start, r.end) for r in self.doc.roles]
        words += [(r.start, r.start + len(r.title)) for r in self.doc.roles if text.startswith(r.title, r.start)]
        return spans, words

    def _home(self) -> str | None:
        named = {i: e.name for i, e in self.entities.items() if e.type == "COUNTRY"}  # (looked up per entity, not per mention)
        counts = Counter([named[m.entity_id] for m in self.mentions if m.entity_id in named])  # (by first mention)
        return max(counts, key=counts.__getitem__) if counts else None

    def _pair(self) -> list[str]:
        """The two countries the page is about: the ones named most, a person's land counting as a
        mention of it (苏林 for 越南 where the page names 越南 itself only inside titles)."""
        lands = {c.country: c.name for c in self.entities.values() if c.type == "COUNTRY" and c.country}
        sides = {i: name for i, e in self.entities.items()  # (each entity's side found once, not per mention)
                 if (name := e.name if e.type == "COUNTRY" else lands.get(e.country) if e.type == "PERSON" and e.country else None)}
        counts = Counter([sides[m.entity_id] for m in self.mentions if m.entity_id in sides])  # (by first mention)
        return sorted(counts, key=counts.__getitem__, reverse=True)[:2]  # (stable: ties in their order, as before)

    def titles_near(self, start: int, end: int) -> list[tuple[int, int]]:
        """The title words that may share a character with [start, end) or end at `start`, in
        their order: those starting from one title's length before `start` to before `end`."""
        return self._title_order[bisect_left(self._title_starts, start - self._title_longest):
                                 bisect_left(self._title_starts, end)]

    def in_title_span(self, start: int, end: int) -> bool:
        """[start, end) lies inside a stated title with its holder (越南驻古巴大使…)."""
        if not self._span_cover._marks[start]:  # (Coverage.at, inline)
            return False
        return any(a <= start and end <= b for a, b in self._title_span_index.near(start, end))

    def in_title_word(self, start: int, end: int) -> bool:
        """[start, end) lies inside a stated title (会议 in 国民议会议长)."""
        if not self._title_cover._marks[start]:  # (Coverage.at, inline)
            return False
        return any(a <= start and end <= b for a, b in self._title_word_index.near(start, end))

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions that share a character with [start, end)."""
        near = self.mentions[bisect_left(self._starts, start - self._longest):bisect_left(self._starts, end)]
        return [m for m in near if m.end > start] if near else near

    def named_in(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        """The mentions in [start, end) with the entities they name, in text order."""
        return [(m, e) for m in self.in_span(start, end) if (e := self.entities.get(m.entity_id)) is not None]

    def in_span(self, start: int, end: int) -> list[Mention]:
        # (remembered per span: a sentence's and a clause's mentions are asked for event after event;
        # each caller gets its own list)
        done: dict[tuple[int, int], list[Mention]] | None = self.__dict__.get("_in_span")
        if done is None:  # (made on the first question, not a new empty dict handed to setdefault per call)
            done = self.__dict__["_in_span"] = {}
        got = done.get((start, end))
        if got is None:
            holders, mentions = self._holders, self.mentions
            lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
            if any(holders[lo:hi]):
                got = done[(start, end)] = [m for i in range(lo, hi) if (m := mentions[i]).end <= end
                                            and not (holders[i] and self._nested(i, start, end))]
            else:  # (none of them held by a longer one, as in most spans: the ends alone tell)
                got = done[(start, end)] = near if not (near := mentions[lo:hi]) or max(map(_END, near)) <= end \
                    else [m for m in near if m.end <= end]  # (the slice itself where no mention runs past the end)
        return list(got)

    def in_order(self, start: int, end: int) -> list[Mention]:
        """The mentions starting in [start, end), by start."""
        return self.mentions[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def last_in_span(self, start: int, end: int, keep: Callable[[Mention], bool]) -> Mention | None:
        """The last of `in_span(start, end)` that `keep` accepts, read from the end: a paragraph's
        last person before a sentence costs the mentions after that person, not all before it."""
        lo = bisect_left(self._starts, start)
        for i in range(bisect_left(self._starts, end) - 1, lo - 1, -1):
            m = self.mentions[i]
            if m.end <= end and keep(m) and not (self._holders[i] and self._nested(i, start, end)):
                return m
        return None

    def _nested(self, i: int, start: int, end: int) -> bool:
        """The i-th mention is nested in a longer one inside [start, end) (越南 in 越南外交部, 古巴 in 越南驻古巴
        大使…), and so is not an actor."""
        return any(start <= o.start and o.end <= end for o in self._holders[i])

    def _holding(self) -> list[list[Mention]]:
        """For each mention, the longer ones that hold it (start no later, end no earlier): found once per
        page, not per span asked. Only mentions starting at most the longest length before it can; and
        one is held at all only if a mention before it in start order ends no earlier, or the next one
        starts with it (found for all in C: the search runs for the few that pass, and for those that
        pass without being held it finds none)."""
        starts, mentions = self._starts, self.mentions
        out: list[list[Mention]] = [[] for _ in mentions]
        ends = list(map(_END, mentions))
        reach = accumulate(ends, max)  # the furthest end of the mentions up to each one
        maybe = sorted({*compress(count(1), map(ge, reach, islice(ends, 1, None))),  # one before ends no earlier
                        *compress(count(), map(eq, starts, islice(starts, 1, None)))})  # the next starts with it
        for x in maybe:
            m = mentions[x]
            lo, hi = bisect_left(starts, m.end - self._longest), bisect_right(starts, m.start)
            out[x] = [o for o in mentions[lo:hi] if o is not m and m.end <= o.end
                      and (o.end - o.start) > (m.end - m.start)]
        return out

    def entity(self, m: Mention) -> Entity | None:
        return self.entities.get(m.entity_id)

    def anchor(self, brief: int | None) -> tuple[str | None, str | None]:
        d = self.doc.briefs[brief].published if brief is not None and brief < len(self.doc.briefs) else self.doc.published
        return (d.date, d.precision) if d else (None, None)


def names(page: EventPage, mentions: list[Mention], types: tuple[str, ...], meetings: bool = False,
          in_titles: bool = False) -> list[str]:
    out: list[str] = []
    ents, text, suffixes = page.entities, page.doc.text, codebook().meeting_suffixes  # (looked up once, not per mention)
    for m in mentions:
        e = ents.get(m.entity_id)
        if e is None or (e.type not in types and not (e.type == "LOCATION" and REGION in types and region_party(text, e.name, m.start))) \
                or (e.type == "ORG" and e.sector in MEDIA_SECTORS):
            continue  # (a region as aid's party: regions.py)
        if e.type == "ORG" and not meetings and e.name.endswith(suffixes):
            continue
        if e.type != "PERSON" and not in_titles and page.in_title_span(m.start, m.end):
            continue
        if e.type == "PERSON" and bystander(text, m):  # 卢拉政府成立以来, 及夫人某某: no actor
            continue
        if e.name not in out:
            out.append(e.name)
    return out


def country_name(iso: str | None) -> str | None:
    entry = load_kb().get(f"country:{iso}") if iso else None
    return entry.name if entry else None


def subject(page: EventPage, c: Clause) -> str | None:
    """The person a sentence is about, when a later clause goes on without naming them."""
    before = [m for m in page.in_span(c.sentence[0], c.start) if (e := page.entities.get(m.entity_id)) and e.type == "PERSON"]
    return page.entities.get(before[-1].entity_id).name if before else None  # type: ignore[union-attr]


def iso(page: EventPage, name: str | None) -> str:
    return page.country_by_name.get(name, "") if name is not None else ""
