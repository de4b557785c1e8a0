"""Quantitative claims: counts, money, percentages, tonnes, doses, people and durations, each with
its holder (subject), a predicate, a normalized value and unit, the year it holds for, and the
clause that states it. Knowledge (unit words, markers, predicate patterns) is in data/facts.toml.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property, lru_cache
from typing import Any

from dipnet.model import Coverage, Document, Fact, Mention, SegmentIndex, TimeExpr

from .asof import figure_as_of, label_start, time_before, time_before_scan
from .factwords import words
from .holders import (
    bracketed,
    document_parts,
    holder,
    members_of_body_before,
    named_after,
    org_members,
    special_holder,
    victim_of,
)
from .lastmatch import LastMatch
from .numbers import NUMBER, multiplier, parse_number, plain
from .partymentions import party_mentions
from .quantities import (
    UnitWord,
    currency_before,
    listed_unit,
    load_data,
    not_a_claim,
    ordinal_count,
    people_after,
    people_counted,
    predicate,
    range_high,
    tenths_rest,
    unit_after,
    unit_before,
    unit_words,
    year_ok,
)
from .ranks import ranked_set_owner
from .respective import respective
from .seats import seat_holders
from .timeindex import Bounds, TimeIndex, as_of_value

__all__ = ["Context", "UnitWord", "as_of_value", "extract_facts", "load_data", "unit_words"]

SENTENCE_END = "。!?！？;；\n"
CLAUSE_END = SENTENCE_END + ",:()“”《》"


class Context:
    """What the extractors need to know about a document: sentence and clause bounds, the
    mentions by position, country names, the page's home country, and the date of each place."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.data = load_data("facts.toml")
        self.names = {e.id: e.name for e in doc.entities}
        self.country_of = {e.id: e.country for e in doc.entities}
        self.sector_of = {e.id: e.sector for e in doc.entities}
        self.iso_name = {e.country: e.name for e in doc.entities if e.type == "COUNTRY" and e.country}
        self.mentions = party_mentions(self.text, sorted(doc.mentions, key=lambda m: (m.start, -m.end)),
                                               self.data)
        self._starts = [m.start for m in self.mentions]
        # asked at every number: indexed once, so a long page costs no scan per number
        self.ending_at: dict[int, list[Mention]] = {}
        for m in self.mentions:
            self.ending_at.setdefault(m.end, []).append(m)
        # organizations of no one country (联合国, 东盟), by where they end: they hold their members
        self.international_bodies = sorted(
            (m for m in self.mentions if m.type == "ORG" and not self.country_of.get(m.entity_id)),
            key=lambda m: m.end)
        self._sentences = Bounds(self.text, SENTENCE_END)
        self._clauses = Bounds(self.text, CLAUSE_END)
        self.lines = Bounds(self.text, "\n")
        self._last_match: dict[tuple[str, int, int], LastMatch] = {}
        counts: dict[str, int] = {}
        for m in self.mentions:  # the page's countries, by how often they are named
            n = self.country_name(m) if m.type in ("COUNTRY", "ORG") else None
            if n:  # a country's own organizations (越通社, 越南外交部) count for it, less
                counts[n] = counts.get(n, 0) + (2 if m.type == "COUNTRY" and len(m.text) > 1 else 1)
        order = self.data["pair_order"]
        self.country_rank = sorted(counts, key=lambda n: (-counts[n], order.index(n) if n in order else 99))
        self.home = self.country_rank[0] if self.country_rank else None

    # the time and segment indexes, built when first asked (most numbers never get that far)
    @cached_property
    def times(self) -> TimeIndex:
        return TimeIndex(self.doc.times)

    @cached_property
    def _segments(self) -> SegmentIndex:
        return SegmentIndex([s for s in self.doc.segments if s.kind != "more"])

    @cached_property
    def dated(self) -> Coverage:
        """The characters inside a time expression other than a duration (a number there is no claim)."""
        return Coverage(len(self.text), ((t.start, t.end) for t in self.doc.times if t.kind != "duration"))

    @cached_property
    def compounds(self) -> dict[tuple[str, str], int]:
        """The pairs the page writes as 越中, 中越, and how often (counted when first asked)."""
        out: dict[tuple[str, str], int] = {}
        for end in self.ending_at:
            if pair := self.compound_at(end):
                out[(pair[0], pair[1])] = out.get((pair[0], pair[1]), 0) + 1
        return out

    def name(self, m: Mention) -> str:
        return self.names.get(m.entity_id, m.text)

    def home_at(self, pos: int) -> str | None:
        """The page's home country, or in a brief the country the brief names most (a list of
        briefs tells of many countries; each brief's figures are its own country's)."""
        brief = self.doc.brief_at(pos)
        if brief is None:
            return self.home
        counts: dict[str, int] = {}
        for sg in self.doc.segments:
            if sg.brief == brief:
                for m in self.within(sg.start, sg.end, ("COUNTRY", "ORG")):
                    if (n := self.country_name(m)) and self.sector_of.get(m.entity_id) not in self.data["reporter_sectors"]:
                        counts[n] = counts.get(n, 0) + 1
        if not counts:
            return self.home
        rank = self.country_rank  # ties go to the country the page names most
        return max(counts, key=lambda n: (counts[n], -(rank.index(n) if n in rank else len(rank))))

    def country_name(self, m: Mention) -> str | None:
        """The country a COUNTRY mention names, or the country an ORG belongs to."""
        if m.type == "COUNTRY":
            return self.name(m)
        iso = self.country_of.get(m.entity_id)
        if m.type == "ORG" and iso:
            return self.iso_name.get(iso) or _kb_country(iso)
        return None

    def sentence(self, pos: int) -> tuple[int, int]:
        """[a, b) of the sentence around pos: from after the last sentence end before it to the next;
        a figure on a short line of its own under a short label line (双边贸易额\n\n1717亿美元)
        reads with its label, as one sentence."""
        a, b = self._sentences.around(pos)
        return label_start(self.text, self.lines, a, b, self.data), b

    def clause(self, pos: int) -> tuple[int, int]:
        return self._clauses.around(pos)

    def after_speech(self, start: int, pos: int) -> int:
        """Where the reported words begin: a speaker before '表示,' does not hold the claim."""
        cut = start
        for verb in self.data["speech_verbs"]:
            i = self.text.rfind(verb, start, pos)
            if i != -1:
                cut = max(cut, i + len(verb))
        return cut

    def within(self, a: int, b: int, types: tuple[str, ...] = ("COUNTRY", "ORG", "PERSON")) -> list[Mention]:
        """Outermost mentions inside [a, b) (a nested 越南 inside 越南政府 is left to its ORG)."""
        out: list[Mention] = []
        for m in self.mentions[bisect_left(self._starts, a):bisect_left(self._starts, b)]:
            if m.end <= b and m.type in types:
                if out and m.start < out[-1].end:
                    if m.type == "COUNTRY" and out[-1].type != "COUNTRY" and out[-1].entity_id not in self.country_of:
                        out[-1] = m
                    continue
                out.append(m)
        return out

    def is_target(self, m: Mention) -> bool:
        before = self.text[max(0, m.start - 2):m.start]
        return before.endswith(words("target_markers"))

    def compound_before(self, a: int, pos: int) -> list[str] | None:
        """Two one-character country mentions side by side (越柬, 中越) closest before pos."""
        ms = [m for m in self.within(a, pos, ("COUNTRY",)) if len(m.text) == 1]
        for x, y in zip(reversed(ms[:-1]), reversed(ms[1:]), strict=False):
            if x.end == y.start and self.name(x) != self.name(y):
                return [self.name(x), self.name(y)]
        return None

    def compound_at(self, pos: int) -> list[str] | None:
        """The compound (越老, 中越) that ends right at pos, in its written order."""
        for y in self.ending_at.get(pos, ()):
            if y.type != "COUNTRY" or len(y.text) != 1:
                continue
            for x in self.ending_at.get(y.start, ()):
                if x.type == "COUNTRY" and len(x.text) == 1 and self.name(x) != self.name(y):
                    return [self.name(x), self.name(y)]
        return None

    def pair_name(self, names: list[str]) -> str:
        """A pair as the text orders it (中越 → 中国-越南, 越中 → 越南-中国): the callers give the
        parties in the order they are written, as the gold names them."""
        return "-".join(dict.fromkeys(names))

    def ordered(self, names: list[str]) -> list[str]:
        order = self.data["pair_order"]
        return sorted(dict.fromkeys(names), key=lambda n: order.index(n) if n in order else len(order))

    def pair_for(self, a: int, b: int) -> list[str]:
        """The two parties of '两国/双边' in [a, b): the countries named there, else the page's two."""
        named = [c for m in self.within(a, b, ("COUNTRY", "ORG")) if (c := self.country_name(m))]
        found = list(dict.fromkeys(named))
        if len(found) >= 2:
            found.sort(key=lambda n: self.country_rank.index(n) if n in self.country_rank else 99)
            return self.ordered(found[:2])
        for n in self.country_rank:
            if n not in found:
                found.append(n)
            if len(found) == 2:
                break
        return self.ordered(found)

    def pair_in_page(self, a: int, b: int) -> list[str]:
        """The two parties of '两国', '双边' in [a, b) (pair_for's, or a country and a body of no
        one country the sentence names: 东盟是中国最大贸易伙伴,双边贸易额…), in the page's own
        framing: the order of its compounds (越中), else the country it names most first (越南 on
        a Vietnamese page, 中国 on a Chinese one), not the order one sentence happens to use."""
        bodies = {self.name(m) for m in self.within(a, b, ("ORG",)) if m in self.international_bodies}
        named = list(dict.fromkeys(
            n for m in self.within(a, b, ("COUNTRY", "ORG"))
            if self.sector_of.get(m.entity_id) not in self.data["reporter_sectors"]
            and (n := self.country_name(m) or (self.name(m) if self.name(m) in bodies else None))))
        # '东盟是中国最大贸易伙伴,双边贸易额…': a body of no one country is a party like a country
        pair = named if len(named) == 2 and bodies & set(named) else self.pair_for(a, b)
        if len(pair) == 2:  # the order the page writes the pair in (越中 on a Vietnamese page)
            x, y = pair
            ahead, behind = self.compounds.get((x, y), 0), self.compounds.get((y, x), 0)
            if ahead != behind:
                return [x, y] if ahead > behind else [y, x]
        rank = self.country_rank
        return sorted(pair, key=lambda n: rank.index(n) if n in rank else len(rank))

    def date_at(self, pos: int) -> str | None:
        """The date of the page, or of the brief the position lies in."""
        i = self.doc.brief_at(pos)
        if i is not None and i < len(self.doc.briefs) and self.doc.briefs[i].published:
            return self.doc.briefs[i].published.date  # type: ignore[union-attr]
        return self.doc.published.date if self.doc.published else None

    def time_before(self, a: int, pos: int, b: int | None = None) -> TimeExpr | None:
        """The nearest dated time expression in [a, pos) (or up to b), comparison bases left out."""
        return time_before(self, a, pos, b)

    def _time_before_scan(self, a: int, pos: int, b: int | None = None) -> TimeExpr | None:
        """time_before by a scan of every expression (what the index must agree with; asof.py)."""
        return time_before_scan(self, a, pos, b)

    def last_match(self, pattern: str, pos: int) -> Any:
        """`re.findall(pattern, text[segment_start(pos):pos])[-1]`, None where there is none; one
        scan per segment (or sentence) for all the positions asked in it (lastmatch.py)."""
        s = self._segments.at(pos)
        a, b = (s.start, s.end) if s is not None else self.sentence(pos)
        key = (pattern, a, b)
        if key not in self._last_match:
            self._last_match[key] = LastMatch(re.compile(pattern), self.text, a, b)
        return self._last_match[key].last(pos)

    def segment_start(self, pos: int) -> int:
        s = self._segments.at(pos)
        return s.start if s is not None else self.sentence(pos)[0]


def _rounded_in(headline: dict[tuple[str, str, int | None], int], fact: Fact) -> tuple[str, str, int | None] | None:
    """The headline figure that rounds this one (200万 for 2000040, 487万 for 4875400): the same
    unit and brief, within 2% of it."""
    if isinstance(fact.value, list):
        return None
    for key in headline:
        v, unit, brief = key
        if unit == fact.unit and brief == fact.brief and "[" not in v \
                and abs(float(v) - float(fact.value)) <= 0.02 * abs(float(fact.value)):
            return key
    return None


@lru_cache(maxsize=64)
def _kb_country(iso: str) -> str | None:
    from dipnet.kb import load_kb

    e = load_kb().get(f"country:{iso}")
    return e.name if e else None


# --- facts ------------------------------------------------------------------------------------


def extract_facts(doc: Document) -> list[Fact]:
    """Every quantitative claim of the page and its briefs (pure: the document is not changed)."""
    ctx = Context(doc)
    text = ctx.text
    data = ctx.data
    out: list[Fact] = []
    seen: set[tuple[Any, ...]] = set()
    carried: dict[int, str] = {}  # paragraph start -> the holder its last stated figure had
    stated: dict[tuple[str, str, int | None], str] = {}  # a figure -> the holder it was first told with
    first_as_of: dict[tuple[str, str, int | None, str], str | None] = {}  # a figure and holder -> its first as-of
    headlines = doc.segments_of("title", "brief_headline")
    # bylines, end marks, link lists: where no figure is read (marked once, one lookup per number)
    furniture = Coverage(len(text), ((sg.start, sg.end) for sg in doc.segments_of(*data["no_fact_segments"])))
    headline: dict[tuple[str, str, int | None], int] = {}  # a headline's figure -> its place in out
    lows: dict[int, float] = {}  # where a range's high number starts -> its low value (300亿至350亿)
    not_units = tuple(data["not_units"])
    read_to = 0  # where the last figure read ended, when it took a number after it (九成三)
    for m in NUMBER.finditer(text):
        if furniture.at(m.start()) or m.start() < read_to:
            continue
        high = range_high(ctx, m)
        if high is not None:  # the low end: read with the high one, which carries the unit
            low = parse_number(m)
            if isinstance(low, float):
                lows[high.start()] = low * (multiplier(high.group("mult") or "") if not m.group("mult") else 1)
            continue
        if ctx.dated.at(m.start()):
            continue  # inside a date (two numbers in three): never a claim (not_a_claim says so too), so not read on
        end = m.end()
        scale = 1
        while end < len(text) and text[end] in data["approx_after"]:
            end += 1  # 150多名, 20多年
            while end < len(text) and text[end] in "十百千万亿":
                scale *= multiplier(text[end])  # 200多亿: the multiplier follows 多
                end += 1
        ordinal = ordinal_count(ctx, m, end)  # 第三次担任X成员: X is the office, not a body counted
        u = None if text.startswith(not_units, end) else ordinal or unit_after(text, end)
        u = u or unit_before(ctx, m.start()) or people_after(ctx, m, end) or listed_unit(ctx, m, end)
        if u is None or m.group("vague") and u.kind == "year":
            continue
        u = people_counted(ctx, m, u)
        unit_end = end + (1 if text[end:end + 1] == " " else 0) + len(u.word)
        if u.word in data["bare_currency"]:
            u = currency_before(ctx, m.start()) or u
        hundredths = 0
        if u.kind == "tenths":  # 两成 = 20%, 逾6成: a one-digit numeral, and 成 no part of a word (成员)
            if not ((m.group("cn") or m.group("arabic") and not m.group("mult")) and len(m.group()) == 1
                    and end == m.end()) or text[unit_end:unit_end + 1] in data["tenths_not_after"]:
                continue
            scale, u = 10, UnitWord(u.word, "percent", "percent")
            hundredths = tenths_rest(text, unit_end)  # 九成三 = 93%
            read_to = unit_end + (1 if hundredths else 0)  # its second figure is no number of its own
        if not_a_claim(ctx, m, u, end, unit_end, ranged=m.start() in lows):
            continue
        value = parse_number(m)
        if value is None or value == 0:
            continue
        if m.start() in lows and isinstance(value, float) and lows[m.start()] < value:
            value = [lows[m.start()], value]  # 300亿至350亿美元, 6%-6.5%
        if scale != 1:
            value = [v * scale for v in value] if isinstance(value, list) else value * scale + hundredths
        if u.kind == "year" and not year_ok(ctx, m):
            continue
        if u.word == "位" and any(text.endswith(w, 0, m.start()) for w in data["rank_before"]):
            u = UnitWord("位", "count", "count")
        told = (str(plain(value)), u.unit, doc.brief_at(m.start()))
        if text.endswith(words("back_references"), 0, m.start()) and (told in stated or u.kind in ("count", "person")):
            continue  # 这3份文件, 这5个国家, 上述5项: what was just told or listed, pointed back to
        c_start, c_end = ctx.clause(m.start())
        clause_text = text[c_start:c_end]
        s_start, _ = ctx.sentence(m.start())
        paragraph = ctx.lines.around(m.start())[0]  # after the last newline before it
        seats = seat_holders(ctx, m.start(), end, u)  # 东欧6席: the body's seats, one fact per region
        found = [body for body, _ in seats] if seats else respective(ctx, m, u) or [
            (ranked_set_owner(ctx, m.start()) if u.kind == "count" and not ordinal else None)
            or victim_of(ctx, m.start(), unit_end) or
            org_members(ctx, m, u) or special_holder(ctx, m.start(), u, clause_text)
            or (document_parts(ctx, m.start()) if u.kind == "count" else None)
            or (named_after(ctx, unit_end, u.kind) if u.kind in ("person", "count") and not ordinal else None)
            or (members_of_body_before(ctx, unit_end, s_start, m.start()) if not ordinal else None)
            or holder(ctx, m.start(), u, clause_text)
            # '已有500家日本企业在越南投资': with no party before it, the country qualifying the things counted
            or (named_after(ctx, unit_end) if u.kind == "count" and not ordinal else None) or ""]
        if found == [""]:  # no holder in the sentence: the figure's own when it was told before with
            # one (除了捐款500万美元 restates 俄罗斯's), else the one the paragraph's figures have, else the page's
            holders = [stated.get(told) or carried.get(paragraph) or ctx.home_at(m.start()) or ""]
            stated.setdefault(told, "")
        else:
            holders = found
            if not bracketed(text, s_start, m.start()):  # (甲省2人、乙省3人): an aside's holders carry over nothing
                carried[paragraph] = found[-1]
            stated[told] = stated.get(told) or found[-1]
        as_of, own_time = figure_as_of(ctx, m.start(), s_start, c_end, u.kind)
        window = text[max(c_start, m.start() - 30):min(c_end, unit_end + 12)]
        in_headline = any(sg.start <= m.start() < sg.end for sg in headlines)
        for i, subject in enumerate(holders):
            # a figure told again for its holder with no time in its sentence holds when it was first told
            first = (*told, subject)
            when = as_of if own_time or u.kind == "year" else first_as_of.get(first, as_of)
            first_as_of.setdefault(first, when)
            fact = Fact(subject=subject, predicate=predicate(ctx, u, window), value=plain(value),  # type: ignore[arg-type]
                        unit=u.unit, as_of=when, start=c_start, end=c_end, brief=doc.brief_at(m.start()))
            key = (fact.subject, str(fact.value), fact.unit, (fact.as_of or "")[:4], seats[i][1] if seats else "")
            same = (str(fact.value), fact.unit, fact.brief)
            if key in seen:  # the title and the lead repeat the body
                if not in_headline:  # the headline's figure told again as it stands: it stays as it is
                    headline.pop(same, None)
                continue
            seen.add(key)
            same = same if same in headline or in_headline else _rounded_in(headline, fact) or same
            if same in headline and not in_headline:  # the body tells the headline's figure with its holder
                out[headline.pop(same)] = fact  # (or its exact value: 487万 in the title, 487万5,400 in the body)
                continue
            if in_headline:
                headline.setdefault(same, len(out))
            out.append(fact)
    return out
