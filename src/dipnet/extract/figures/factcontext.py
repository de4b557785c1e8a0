"""The facts stage's view of one page: its text, mentions, times and coverage, with the lookups
the fact rules ask of them (holders before a figure, the year framing it, the clause it is in)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from dipnet import rx
from dipnet.extract.figures.asof import label_start, time_before, time_before_scan, usable
from dipnet.model import Coverage, Document, Mention, SegmentIndex, TimeExpr, in_order
from dipnet.recognize.scan import found_words
from dipnet.sentencebounds import Bounds

from ..common.timeindex import TimeIndex
from .factwords import money_names, money_words, words
from .homeland import kb_country, page_home
from .lastmatch import LastMatch
from .partymentions import party_mentions
from .quantities import (
    load_data,
    target_time,
)

__all__ = ["CLAUSE_END", "SENTENCE_END", "Context"]

SENTENCE_END = "。!?！？;；\n"
CLAUSE_END = SENTENCE_END + ",:()“”《》"


class Context:
    """What the extractors need to know about a document: sentence and clause bounds, the
    mentions by position, country names, the page's home country, and the date of each place."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.data = load_data("facts.toml")
        self._sentences = Bounds(self.text, SENTENCE_END)
        # (a comma between digits, 3,915个 or 30,3%, is part of a number: no clause ends there)
        self._clauses = Bounds(rx.compile(r"(?<=\d),(?=\d)").sub("_", self.text), CLAUSE_END)
        self.lines = Bounds(self.text, "\n")
        self._last_match: dict[tuple[str, int, int], LastMatch] = {}

    # the entity tables, the mentions and the page's countries, built when first asked: a page whose
    # numbers are all dates or bare figures (half the pages state no fact) never asks
    @cached_property
    def names(self) -> dict[str, str]:
        return {e.id: e.name for e in self.doc.entities}

    @cached_property
    def country_of(self) -> dict[str, str | None]:
        return {e.id: e.country for e in self.doc.entities}

    @cached_property
    def sector_of(self) -> dict[str, str | None]:
        return {e.id: e.sector for e in self.doc.entities}

    @cached_property
    def iso_name(self) -> dict[str, str]:
        return {e.country: e.name for e in self.doc.entities if e.type == "COUNTRY" and e.country}

    @cached_property
    def mentions(self) -> list[Mention]:
        found = party_mentions(self.text, in_order(self.doc.mentions), self.data)
        bare = set(self.data["generic_tails"])  # (政府疏散3万多人: which government, the text around says)
        return [m for m in found if not (m.type == "COUNTRY" and self._inside_word(m)) and m.text not in bare]

    def _inside_word(self, m: Mention) -> bool:
        """'其中国际游客', '其中非党员', '4.5万亿越南盾': a country name read across a word (国际, 其中) or inside a
        currency's name (越南盾, 新台币) names no party."""
        text = self.text
        if text.startswith(words("country_end_not_before"), m.end) and text.endswith("国", 0, m.end):
            return True
        if m.start > 0 and text[m.start - 1:m.start + 1] in words("country_start_inside"):
            return True  # 其中非党员43人: 中非 read across 其中
        spans, longest = self._currency_spans
        k = bisect_left(spans, (m.end - longest, 0))  # only names starting close enough to hold it
        while k < len(spans) and spans[k][0] <= m.start:
            a, b = spans[k]
            if m.end <= b and b - a > m.end - m.start:
                return True
            k += 1
        return False

    @cached_property
    def _currency_spans(self) -> tuple[list[tuple[int, int]], int]:
        """Where the page writes a currency's name, in order, found once (asked of every country
        mention: a search per mention and currency word was a third of the facts stage), and the
        longest name's length."""
        text = self.text
        names = money_names()  # (facts.toml's, as self.data is: read once, not once per page)
        # every place of every name, overlapping ones too, read off the page's one Aho-Corasick pass
        # (recognize/scan.py holds the names: a find per name read the page some eighty times, an
        # automaton of their own once more)
        out = [(s, s + len(w)) for w, at in found_words(text, money_words()) for s in at]
        return sorted(out), max(map(len, names), default=0)

    @cached_property
    def _starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    @cached_property
    def ending_at(self) -> dict[int, list[Mention]]:
        """The mentions by where they end (asked at every number: indexed once, so a long page costs
        no scan per number)."""
        out: dict[int, list[Mention]] = {}
        for m in self.mentions:
            out.setdefault(m.end, []).append(m)
        return out

    @cached_property
    def international_bodies(self) -> list[Mention]:
        """Organizations of no one country (联合国, 东盟), by where they end: they hold their members."""
        return sorted((m for m in self.mentions if m.type == "ORG" and not self.country_of.get(m.entity_id)),
                      key=lambda m: m.end)

    @cached_property
    def country_rank(self) -> list[str]:
        """The page's countries, by how often they are named."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            n = self.country_name(m) if m.type in ("COUNTRY", "ORG") else None
            if n:  # a country's own organizations (越通社, 越南外交部) count for it, less
                counts[n] = counts.get(n, 0) + (2 if m.type == "COUNTRY" and len(m.text) > 1 else 1)
        order = self.data["pair_order"]
        return sorted(counts, key=lambda n: (-counts[n], order.index(n) if n in order else 99))

    @cached_property
    def party_rank(self) -> list[str]:
        from .factpairs import page_parties  # (factpairs reads the context: imported when first asked)
        return page_parties(self)

    @cached_property
    def home(self) -> str | None:
        return page_home(self)

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
    def compounds(self) -> dict[tuple[str, str], list[int]]:
        """Where the page writes each pair, in its order: 越中, 中越, 中国、柬埔寨双方 (read when first asked)."""
        from .factpairs import written_pairs  # (factpairs reads the context: imported when asked)

        return written_pairs(self)

    def is_government(self, m: Mention) -> bool:
        """Whether a capital stands for its government here (河内已…, 首尔宣布…), not for the city."""
        return m.type == "LOCATION" and self.names.get(m.entity_id, m.text) in self.data["capital_cities"] \
            and self.text.startswith(tuple(self.data["government_of_capital_after"]), m.end)

    def name(self, m: Mention) -> str:
        """The entity's name; for an organization the text names more narrowly than the entity read
        (日本海上自卫队 read as 日本自卫队 by its alias 自卫队), the country and words before it as written."""
        name = self.names.get(m.entity_id, m.text)
        if self.is_government(m):
            iso = self.country_of.get(m.entity_id)  # 河内已在其控制的8个岛礁上: Hanoi's government, Vietnam
            return (self.iso_name.get(iso) or kb_country(iso) or name) if iso else name
        if m.type == "ORG" and m.start > 0:
            for k in range(1, int(self.data["org_qualifier_reach"]) + 1):
                between = self.text[m.start - k:m.start]
                if any(c in self.data["unit_name_stops"] for c in between) \
                        or rx.compile(self.data["unit_name_verbs"]).search(between):
                    break  # (向黎巴嫩派出维和部队: the unit sent, not 黎巴嫩's own)
                for c in self.ending_at.get(m.start - k, ()):
                    span = self.text[c.start:m.end]
                    if c.type == "COUNTRY" and name.startswith(c.text) and rx.compile(self.data["org_term_between"]).fullmatch(between):
                        return name  # 越南第十五届国会: a term of the body the entity is (越南国会), no narrower body
                    if c.type == "COUNTRY" and between in self.data["name_dashes"]:
                        return c.text + "-" + name  # 越南—新加坡工业区: the pair's park, not Singapore's
                    if c.type == "COUNTRY" and name not in span and not name.startswith(between):
                        return span
        return name

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
            return self.iso_name.get(iso) or kb_country(iso)
        return None

    def title_country(self, m: Mention) -> str | None:
        """An organization told only as the post of a person named right after it (中共中央政治局委员、
        外交部长王毅将访问非洲4国): the person acts, for the organization's country, not the body."""
        if m.type != "ORG":
            return None
        after = [p for p in self.within(m.end, m.end + int(self.data["title_reach"]), ("PERSON",))]
        if not after or not rx.compile(self.data["title_to_person"]).fullmatch(self.text, m.end, after[0].start):
            return None
        return self.country_name(m)

    def person_country(self, m: Mention) -> str | None:
        """The country a PERSON mention serves (from the person's entity or role), if known."""
        iso = self.country_of.get(m.entity_id) or next(
            (r.country for r in self.doc.roles if r.person_id == m.entity_id and r.country), None)
        return (self.iso_name.get(iso) or kb_country(iso)) if iso else None

    @cached_property
    def unrelated_teasers(self) -> set[int]:
        """The briefs that are a bare headline (no summary) naming nothing the article names but its
        home country: teasers of other news (九十九名"优秀青年教师"获得表彰 under a story on US-Vietnam
        ties), whose numbers are no claims of the page; a teaser on the article's own people
        (越共中央总书记阮富仲去世 享年80岁) keeps them."""
        first = min((b.headline.start for b in self.doc.briefs), default=len(self.text))
        named = {m.entity_id for m in self.doc.mentions if m.start < first}
        out: set[int] = set()
        for b in self.doc.briefs:
            if b.summary is not None:
                continue
            shared = {m.entity_id for m in self.doc.mentions
                      if b.headline.start <= m.start < b.headline.end and m.entity_id in named
                      and not (m.type == "COUNTRY" and self.name(m) == self.home)}
            if not shared:
                out.add(b.index)
        return out

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
        start = m.start
        for q in self.ending_at.get(m.start, ()):  # 向美国波音公司订购: the marker stands before the country
            if q.type in ("COUNTRY", "ORG") and m.type != "COUNTRY":  # or parent body that qualifies the name
                start = q.start
        if self.text.endswith(tuple(self.data["title_opens"]), 0, start):
            start -= 1  # 据《越共电子报》: the marker stands before the title's bracket
        for q in self.data["target_qualifiers"]:  # 捐助友邦史瓦帝尼, 帮助盟友菲律宾: the marker before the noun
            if self.text.endswith(q, 0, start):
                start -= len(q)
                break
        before = self.text[max(0, start - 2):start]
        return before.endswith(words("target_markers"))

    def compound_before(self, a: int, pos: int) -> list[str] | None:
        """Two one-character country mentions side by side (越柬, 中越) closest before pos; a region's
        one character beside a country's is a pair too (中非: the recognizer's China and Africa)."""
        ms = [m for m in self.within(a, pos, ("COUNTRY", "LOCATION")) if len(m.text) == 1]
        for x, y in zip(reversed(ms[:-1]), reversed(ms[1:]), strict=False):
            if x.end == y.start and self.name(x) != self.name(y):
                return [self.name(x), self.name(y)]
        return None

    def compound_at(self, pos: int) -> list[str] | None:
        """The compound (越老, 中越) that ends right at pos, in its written order."""
        for y in self.ending_at.get(pos, ()):
            if y.type not in ("COUNTRY", "LOCATION") or len(y.text) != 1:
                continue
            for x in self.ending_at.get(y.start, ()):
                if "COUNTRY" in (x.type, y.type) and x.type in ("COUNTRY", "LOCATION") and len(x.text) == 1 \
                        and self.name(x) != self.name(y):
                    return [self.name(x), self.name(y)]
        from .factpairs import short_compound

        return short_compound(self, pos)  # (马中两国: a short form the recognizer left unmarked)

    def pair_name(self, names: list[str]) -> str:
        """A pair as the text orders it (中越 → 中国-越南, 越中 → 越南-中国): the callers give the
        parties in the order they are written, as the gold names them. A party that is itself a pair
        (a body named 中国—东盟 beside 中国) adds only the parties not yet named: 中国-东盟, not 中国-中国-东盟."""
        parts = [part for n in names for part in (n.split("-") if n.count("-") == 1 else [n])]
        return "-".join(dict.fromkeys(parts))

    def ordered(self, names: list[str]) -> list[str]:
        order = self.data["pair_order"]
        return sorted(dict.fromkeys(names), key=lambda n: order.index(n) if n in order else len(order))

    @cached_property
    def outlet_country(self) -> str | None:
        """The country of the outlet by the page URL's country domain (.vn -> 越南), if known."""
        host = urlsplit(self.doc.url or "").hostname or ""
        for site, country in self.data["outlet_hosts"].items():  # (a known outlet on .com: udn.com)
            if host == site or host.endswith("." + site):
                return str(country)
        return self.data["outlet_country"].get(host.rsplit(".", 1)[-1])

    def date_at(self, pos: int) -> str | None:
        """The date of the page, or of the brief the position lies in."""
        d = self.doc.brief_published(self.doc.brief_at(pos))
        return d.date if d else self.page_date

    @cached_property
    def page_date(self) -> str | None:
        """The page's date; where it is only a weak guess of its year (or unknown), the latest year
        the article itself tells of, when that year lies in the span the guess left open: a figure
        told for 今年 or for no time holds in the year the article speaks of (在2020庚子年春节期间…
        1月份来越的国际游客 holds for 2020, not for a year guessed between 2020 and 2026)."""
        pub = self.doc.published
        weak = pub is None or (pub.method == "inferred" and pub.precision == "year"
                               and pub.confidence < float(self.data["weak_date_confidence"]))
        if not weak:
            return pub.date if pub else None
        told = self.latest_told_year
        if told is None:
            return pub.date if pub else None
        if pub is None:
            return told
        span = rx.compile(self.data["open_years"]).search(pub.evidence or "")
        return told if span and span.group(1) <= told <= span.group(2) else pub.date

    @cached_property
    def latest_told_year(self) -> str | None:
        """The latest year the article body tells as a time (no goal, span opening, founding or
        comparison base; nothing of the menus before the title nor of the link lists after it)."""
        titles = self.doc.segments_of("title")
        a = titles[0].start if titles else 0
        skip = Coverage(len(self.text), [(sg.start, sg.end) for sg in self.doc.segments_of(*self.data["no_fact_segments"])])
        years = [(t.value or "")[:4] for t in self.doc.times
                 if t.start >= a and not skip.at(t.start) and (t.value or "")[:4].isdigit()
                 and t.explicit_year and not target_time(self, t) and usable(self, t)]
        return max(years) if years else None

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
        if (key := (pattern, a, b)) not in self._last_match:
            self._last_match[key] = LastMatch(re.compile(pattern), self.text, a, b)
        return self._last_match[key].last(pos)

    def segment_start(self, pos: int) -> int:
        s = self._segments.at(pos)
        return s.start if s is not None else self.sentence(pos)[0]

