"""The resolve-time stage over a Document: the page's date, each brief's date, every time
expression resolved against the right anchor, and each stated role dated."""

from __future__ import annotations

import datetime as dt
import re
from array import array
from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter

from dipnet.kb import KnowledgeBase, load_kb
from dipnet.model import Document, Problem, Segment, TimeExpr
from dipnet.rx import plain as _plain
from dipnet.timex.anchors import _shift
from dipnet.timex.dispatchdays import stamped_days
from dipnet.timex.parse import check_contradictions, find_times
from dipnet.timex.publication import infer_brief_dates, infer_published
from dipnet.timex.tenure import _date_of
from dipnet.timex.termchange import term_change_spans
from dipnet.timex.todaygloss import glossed_today
from dipnet.timex.toldanchor import goes_on_from_plan, named_event_day
from dipnet.timex.toldmonth import in_month_told
from dipnet.timex.words import WORDS, load_data


@lru_cache(maxsize=1)
def _title_rules() -> dict:
    data = load_data("titles.json")
    return {"generic": frozenset(data["generic"]), "historical": tuple(data["historical"]),
            "strip": _plain("|".join(map(re.escape, data["strip"]))), "republic": _plain(data["republic"]),
            "designate": tuple(data["designate"]), "leaving": tuple(data["leaving"]),
            "imminent": tuple(data["imminent"]), "imminent_days": int(data["imminent_days"]),
            # (only the imminent words are read before a title: a bare '准' or '当选' there belongs to another word)
            "marked_before": _plain("(" + "|".join(re.escape(w) for w in data["designate"] + data["leaving"]
                                                   if w.startswith(tuple(data["imminent"]))) + ")的?$"),
            "same": [(_plain("|".join(map(re.escape, g[1:]))), g[0]) for g in data["same_post"]]}


def _same_post(said: str, held: str) -> bool:
    """The title a page gives names the post held: one holds the other once 部/委员会/中央/政府
    are dropped ('国防部长' = '国防部部长', '越南国会主席' holds '国会主席', bare '主席' is in
    '国家主席', '老挝人民革命党中央委员会总书记' = '老挝人民革命党中央总书记'), a state's full
    name stands for 国家 ('老挝人民民主共和国主席' = '国家主席'), and a qualifier before the post
    held is allowed ('越南政府副总理' for a '常务副总理'); but '中央对外部副部长' is not
    '外交部副部长' though both are deputy ministers, and a bare generic head ('主任') names no post."""
    rules = _title_rules()
    if said in rules["generic"]:
        return False
    a, b = rules["republic"].sub("国家", said), held
    for other, word in rules["same"]:  # ('首相' and '总理' name one post; '对外联络部' is '中联部', '驻中国' '驻华')
        a, b = other.sub(word, a), other.sub(word, b)
    a, b = rules["strip"].sub("", a), rules["strip"].sub("", b)
    if not (a and b):
        return False
    if a in b or b in a:
        return True
    # the longest common ending: the post itself, the rest of the held title a qualifier (常务, 第一)
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
        k += 1
    return k >= 3 and len(b) - k <= 2 and a[-k:] not in rules["generic"]


def _brief_finder(doc: Document) -> Callable[[int], int | None]:
    """`doc.brief_at` for many positions: each character's brief (-1 for none) written out once,
    the first segment holding a position winning as in brief_at, which walks every segment for
    each position and on a long page costs the square of its length."""
    of = array("i", [-1]) * (len(doc.text) + 1)
    for seg in reversed(doc.segments):  # the earlier segments written last: they win
        a, b = max(0, seg.start), min(seg.end, len(of))
        if b > a:
            of[a:b] = array("i", [-1 if seg.brief is None else seg.brief]) * (b - a)

    def brief_at(pos: int) -> int | None:
        if not 0 <= pos < len(of):
            return doc.brief_at(pos)
        k = of[pos]
        return None if k < 0 else k

    return brief_at


def _titled(doc: Document, brief_at: Callable[[int], int | None]) -> dict[int | None, set[tuple[str, str]]]:
    """The (person, title) pairs the page names, by teaser (None: the page's own): the teasers under a page
    are other stories, their people say nothing of its date, and the page's people nothing of theirs;
    someone named for the past ('已故主席凯山') dates nothing. Read once for the page and every teaser."""
    rules = _title_rules()
    hist = rules["historical"]
    out: dict[int | None, set[tuple[str, str]]] = {}
    for r in doc.roles:
        before = doc.text[max(0, r.start - 4):r.start]
        if not any(w in before or r.title.startswith(w) for w in hist):
            # a term still to come or about to end, told just before the title ('即将卸任的首相某某',
            # '即将接任首相的某某'): kept with the title, which _tenure reads for it
            marked = rules["marked_before"].search(doc.text, max(0, r.start - 6), r.start)
            out.setdefault(brief_at(r.start), set()).add((r.person_id, (marked.group(1) if marked else "") + r.title))
    return out


def _tenure(doc: Document, kb: KnowledgeBase, brief_at: Callable[[int], int | None], brief: int | None = None,
            titled_by: dict[int | None, set[tuple[str, str]]] | None = None) -> list[tuple[str, str, str | None]]:
    """Terms of office of the people the page (or teaser `brief`) names with a title that matches a
    post they held (`titled_by`: _titled's reading, where the caller has it)."""
    out: list[tuple[str, str, str | None]] = []
    titled = (_titled(doc, brief_at) if titled_by is None else titled_by).get(brief, set())
    rules = _title_rules()
    designate, leaving = rules["designate"], rules["leaving"]
    for person_id, said in titled:
        if not person_id.startswith("person:"):
            continue
        # someone named as not yet in the post ('候任总理', '当选总统'): the page is of the weeks before it
        # (after a country's name too: '柬埔寨候任总理'; not '准将', a rank)
        ahead = next((w for w in designate if w in said and len(said) - said.find(w) - len(w) >= 2), "")
        # …or as about to leave it ('即将卸任的首相'): the weeks before the term ends
        going = "" if ahead else next((w for w in leaving if said.startswith(w) and len(said) > len(w) + 1), "")
        title = said.replace(ahead or going, "", 1) if ahead or going else said
        days = rules["imminent_days"] if (ahead or going).startswith(rules["imminent"]) and (ahead or going) else _DESIGNATE_DAYS
        core = kb.title_core(title)
        held: list[tuple[str, str | None]] = []
        for pos in kb.positions(person_id):
            # the core stands for a short form ('外长' -> 外交部长) when it names a post of its own
            if pos.start and core and (_same_post(title, pos.title) or
                                       (core != title and len(core) >= 3 and _same_post(core, pos.title))):
                if "前" in title or "原" in title:
                    continue  # a former post says nothing about the page's date
                if ("副" in pos.title) != ("副" in title):
                    continue  # 主席 is not the 国家副主席 the same person held before
                if ahead:
                    held.append((_before(pos.start, days), pos.start))
                elif going and pos.end and len(pos.end) >= 7:  # (an end the knowledge base does not record bounds nothing)
                    held.append((max(pos.start, _before(pos.end, days)), pos.end))
                else:
                    held.append((pos.start, pos.end))
        if held:
            # posts that one title can name are alternatives ('副总理' for a 副总理 then a 常务副总理):
            # the person held one of them, so spans that meet count as one; a post held twice years
            # apart (a president's two terms) stays two spans of one name, alternatives to each other
            entry = kb.get(person_id)
            name = entry.name if entry else person_id
            out += [(name, s, e) for s, e in _join_terms(held)]
    return out


def _changes(doc: Document, kb: KnowledgeBase, brief_at: Callable[[int], int | None]) -> list[tuple[str, str, str | None]]:
    """Stretches of time a change of post told as this year's or last year's puts the page in (termchange.py)."""
    people = [(m.start, m.kb_id, (e.name if (e := kb.get(m.kb_id)) else m.text)) for m in doc.mentions
              if m.type == "PERSON" and m.kb_id and brief_at(m.start) is None]
    return list(term_change_spans(doc.text, people, kb.positions)) if people else []


_DESIGNATE_DAYS = 120  # how long before a term begins (or ends) its holder is named as designate or elect (or leaving)


def _before(start: str, days: int) -> str:
    return (_date_of(start, False) - dt.timedelta(days=days)).isoformat()


def _join_terms(held: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Terms of one post that touch or overlap (or come within a year of each other) joined."""
    out: list[tuple[str, str | None]] = []
    for start, end in sorted(held):
        if out:
            s0, e0 = out[-1]
            if e0 is None or _date_of(start, False) <= _date_of(e0, True) + dt.timedelta(days=366):
                out[-1] = (s0, None if e0 is None or end is None else max(e0, end))
                continue
        out.append((start, end))
    return out


def _main_parts(doc: Document) -> tuple[str, list[tuple[int, int, int]]]:
    """The text before the related-news block, without the site's menus and footer: the lead is read
    from the first lines, and a row of menus above the headline would push it out. Furniture lines
    with a figure stay (a page stamp "2022-10-31 13:58" is furniture that dates the page). With it,
    where each piece of the page's text kept stands in it: (start, end in the page, start in it)."""
    more = doc.segments_of("more")
    end = more[0].start if more else len(doc.text)
    # an editor's sign-off ('(责编:某某)') ends the story: what follows it is the site's other stories
    signoff = _plain(WORDS["editor_signoff"])
    done = next((s for s in doc.segments_of("boilerplate") if 0.3 * end < s.start < end and signoff.match(doc.text, s.start, s.end)), None)
    if done is not None and (k := doc.text.find("\n", done.end, end)) != -1:
        # (…unless the line after it is only the story's stamp: '(责编:某某)' / '2019-07-06 10:21')
        stamp = _plain(WORDS["stamp_after_signoff"]).match(doc.text, k, end)
        end = stamp.end() if stamp else k
    cut = [(s.start, s.end) for s in doc.segments_of("boilerplate")
           if s.end <= end and not any(ch.isdigit() for ch in doc.text[s.start:s.end])]
    pieces, last, kept, size = [], 0, [], 0
    for a, b in sorted(cut):
        pieces.append(doc.text[last:a])
        kept.append((last, a, size))
        size += len(pieces[-1])
        last = b
    pieces.append(doc.text[last:end])
    kept.append((last, end, size))
    return "".join(pieces), kept


def _in_main(kept: list[tuple[int, int, int]], start: int, end: int) -> int | None:
    """Where the page's text [start, end) stands in the main text, if within one of its pieces."""
    for a, b, at in kept:
        if a <= start and end <= b:
            return at + start - a
    return None


def _brief_texts(doc: Document) -> list[str]:
    """Each teaser's text: its headline, summary and caption segments, in that order (segments
    grouped once, not searched through for each teaser)."""
    kinds = ("brief_headline", "brief_summary", "brief_caption")
    parts: dict[int, dict[str, list[str]]] = {}
    for s in doc.segments:
        if s.brief is not None and s.kind in kinds:
            parts.setdefault(s.brief, {}).setdefault(s.kind, []).append(doc.text[s.start:s.end])
    return ["\n".join(x for kind in kinds for x in parts.get(b.index, {}).get(kind, [])) for b in doc.briefs]


_IMAGE_LINK = _plain(r"\]\((https?://[^)\s]{1,400})\)")


def _brief_images(doc: Document) -> list[str]:
    """Each teaser's image address, where its headline or caption is the alt text of a markdown
    image ('![标题](https://…/20260126/….jpg)'): the upload path often carries the teaser's day."""
    urls = [""] * len(doc.briefs)
    for s in doc.segments:
        if s.brief is not None and s.brief < len(urls) and not urls[s.brief] and s.kind in ("brief_headline", "brief_caption"):
            m = _IMAGE_LINK.match(doc.text, s.end, min(len(doc.text), s.end + 410))
            if m:
                urls[s.brief] = m.group(1)
    return urls


def _dateline_text(doc: Document, seg: Segment) -> str:
    """The dateline segment ('越通社东京——') with the rest of its line's opening: the date often
    follows the dash ('——2025年3月12日,') and on a page with a long lead lies past the head of the
    text where the page's date is otherwise looked for."""
    end = doc.text.find("\n", seg.end, seg.end + 40)
    return doc.text[seg.start:end if end != -1 else min(len(doc.text), seg.end + 40)]


# words for the day just told, and for the one after it: read from the last day the text named before them
_SAME_DAY = tuple(WORDS["same_day_words"])
_NEXT_DAY = tuple(WORDS["next_day_words"])
_DAY_BEFORE = tuple(WORDS["previous_day_words"])
_NEXT_PERIOD: dict[str, list] = WORDS["next_period_words"]
_APPROXIMATE = "(approximate, shortly before the anchor)"  # (parse.py's note of 近日, 日前)


def _told_days(times: list[TimeExpr], brief_at: Callable[[int], int | None],
               anchor_of: Callable[[int | None], str | None], text: str = "") -> list[TimeExpr]:
    """当天, 同日 (that same day) and 次日, 隔天 (the day after) count from the last day the story named
    before them in its article or teaser ('3日在北京会见…当天…'), not from the page's date (a report of the
    4th); where no day was named before them, from the page's date as read. A day after the report's
    (将于本月十五日至十八日访问) is a plan, not a day told: 当天 after it is still the report's — unless what
    is told of 当天 is itself a plan ('将于8日晚抵达东京,当晚,首相将宴请…': the planned day's evening)."""
    last: dict[int | None, TimeExpr] = {}
    planned: dict[int | None, TimeExpr] = {}  # the last day named, plans included
    named: dict[int | None, TimeExpr] = {}  # the last time named at any precision (a year: 1985年,…两年后)
    out = []
    for t in times:
        word = t.note if t.kind == "relative" else ""
        told = last.get(brief_at(t.start)) if word in _SAME_DAY + _NEXT_DAY + _DAY_BEFORE else None
        ahead = planned.get(brief_at(t.start)) if word in _SAME_DAY + _NEXT_DAY + _DAY_BEFORE else None
        if ahead is not None and ahead is not told and goes_on_from_plan(text, t, ahead):
            told = ahead  # (将在31日出发,次日会晤…; 次日上午,…将接见…: a day to come goes on)
        if word in _SAME_DAY + _NEXT_DAY and (event_day := named_event_day(text, t, times, brief_at)) is not None:
            told = event_day  # (泰柬停火当晚: the day the page gives the ceasefire)
        if told is not None and told.value and len(told.value) == 10 and _APPROXIMATE in told.note:
            # 近日在万象举行…。次日,…: a day counted from one told only as 'lately' is known to its month only
            t = TimeExpr(t.start, t.end, told.value[:7], "month", None, t.kind, told.explicit_year,
                         f"{word} (after a day told approximately: {told.value[:7]})")
        elif told is not None and told.value and len(told.value) == 10:
            # (3月2日至3日…。次日,…: the day after a span is the day after its last day)
            base = told.end_value if word in _NEXT_DAY and told.end_value and len(told.end_value) == 10 else told.value
            day = dt.date.fromisoformat(base) + dt.timedelta(days=1 if word in _NEXT_DAY else -1 if word in _DAY_BEFORE else 0)
            t = TimeExpr(t.start, t.end, day.isoformat(), "day", None, t.kind, told.explicit_year,
                         f"{word} (the day told before: {base})")
        if word in _NEXT_PERIOD and (after := _next_period(t, word, named.get(brief_at(t.start)), text)) is not None:
            t = after
        told = last.get(brief_at(t.start)) if t.kind == "duration" else None
        if t.kind == "duration" and (later := _later_by(t, told, named.get(brief_at(t.start)), text)) is not None:
            t = later
        anchor = anchor_of(brief_at(t.start))
        if (moved := in_month_told(t, named.get(brief_at(t.start)), anchor, text)) is not None:
            t = moved
        if t.value and t.kind in ("date", "range", "relative") and t.precision in ("day", "month", "year"):
            named[brief_at(t.start)] = t
        if t.precision == "day" and t.value and t.kind in ("date", "range", "relative", "lunar"):
            planned[brief_at(t.start)] = t
            if not (anchor and len(anchor) == 10 and t.value > anchor):
                last[brief_at(t.start)] = t
        out.append(t)
    return out


_LENGTH = re.compile(r"(\d+) (day|month|year)s?")  # (parse.py's note of a duration: '2 days', '7 months')
_CLAUSE_OPENS = "。！？!?；;，,\n"
_SENTENCE_ENDS = "。！？!?\n"


def _next_period(t: TimeExpr, word: str, named: TimeExpr | None, text: str = "") -> TimeExpr | None:
    """翌年, 次月: the year or month after the last time the story named, if it names that unit (2019年3月5日建交。
    翌年,… is 2020); 上一年 the year before one named in its own sentence (2022年…比上一年增长 is 2021); else None
    (the report's, as read)."""
    unit, step = str(_NEXT_PERIOD[word][0]), int(_NEXT_PERIOD[word][1])
    if step < 0 and named is not None and any(ch in _SENTENCE_ENDS for ch in text[named.end:t.start]):
        return None  # (1975年建交。…越南出口额比上一年增长: the year before the report's, not before 1975)
    value = (named.end_value if named and named.end_value and len(named.end_value) == len(named.value or "")
             else named.value if named else None)
    if not value or len(value) < (7 if unit == "m" else 4):
        return None
    v, p = _shift((int(value[:4]), int(value[5:7]) if len(value) >= 7 else None, None), unit, step)
    return None if v is None else TimeExpr(t.start, t.end, v, p, None, "relative", named.explicit_year if named else False,
                                           f"{word} ({'after' if step > 0 else 'before'} the time named before: {value})")


def _later_by(t: TimeExpr, told: TimeExpr | None, named: TimeExpr | None, text: str) -> TimeExpr | None:
    """A length opening a clause and followed by 后 (…首次会见。7个月后,…; 抵达河内。两天后,…会见): that long
    after the day told before it (after a span's last day), at the precision of its unit. A length of years or
    months counts from the last time named before it, if that is later in the text than the day told and precise
    enough for the unit (1975年7月1日建交。1985年,…签署…。两年后,… is 1987, not 1977)."""
    n = _LENGTH.fullmatch(t.note)
    if n is None or not text.startswith(("后", "之后"), t.end) or (t.start and text[t.start - 1] not in _CLAUSE_OPENS):
        return None
    unit = n.group(2)[0]
    if named is not None and unit in "ym" and (told is None or named.start > told.start):
        value = named.end_value if named.end_value and len(named.end_value) == len(named.value or "") else named.value
        if value and len(value) >= (7 if unit == "m" else 4):
            v, p = _shift((int(value[:4]), int(value[5:7]) if len(value) >= 7 else None, None), unit, int(n.group(1)))
            return None if v is None else TimeExpr(t.start, t.end, v, p, None, "relative", named.explicit_year,
                                                   f"{t.note} later (after the time named before: {value})")
    base = (told.end_value if told.end_value and len(told.end_value) == 10 else told.value) if told else None
    if told is None or not base or len(base) != 10:
        return None
    v, p = _shift((int(base[:4]), int(base[5:7]), int(base[8:10])), unit, int(n.group(1)))
    if v is None:
        return None
    return TimeExpr(t.start, t.end, v, p, None, "relative", told.explicit_year,
                    f"{t.note} later (after the day told before: {base})")


def resolve_time(doc: Document, kb: KnowledgeBase | None = None) -> Document:
    """Adds `published`, each brief's `published`, `times` (with their anchors) and roles' `as_of`;
    contradictions found in the text become problems of stage "time", not silent corrections."""
    kb = kb or load_kb()
    brief_at = _brief_finder(doc)
    main, kept = _main_parts(doc)
    datelines = doc.segments_of("dateline")
    titled_by = _titled(doc, brief_at)
    doc.published = infer_published(text=main, url=doc.url, meta=doc.meta_published, title=doc.title,
                                    dateline=_dateline_text(doc, datelines[0]) if datelines else "",
                                    tenure=_tenure(doc, kb, brief_at, None, titled_by) + _changes(doc, kb, brief_at),
                                    fetched=doc.fetched)
    page_anchor = doc.published.date if doc.published else None
    # each teaser's office holders bound its own date (a 更多 block can be older or newer than the page)
    teaser_terms = [_tenure(doc, kb, brief_at, i, titled_by) for i in range(len(doc.briefs))] if doc.roles else None
    brief_dates = infer_brief_dates(_brief_texts(doc), doc.published, tenures=teaser_terms,
                                    images=_brief_images(doc), url=doc.url, fetched=doc.fetched)
    for b, d in zip(doc.briefs, brief_dates, strict=True):
        b.published = d
    zones = [(s.start, s.end, s.brief, s.kind) for s in doc.segments if s.kind not in ("boilerplate", "more")]

    def read(start: int, end: int, brief: int | None, kind: str, anchor: str | None) -> list[TimeExpr]:
        at = _in_main(kept, start, end) if brief is None else None
        # a paragraph of the main text: its matches read off the main text's scan (scan.scan_line)
        # (a headline or a teaser drops the 将 of what it announces, 莫迪5月访华: its months keep the nearest year)
        return find_times(doc.text[start:end], anchor, offset=start, line_of=None if at is None else (main, at),
                          told_back=brief is None and kind != "title")

    times = []
    for start, end, brief, kind in zones:
        bd = doc.briefs[brief].published if brief is not None else None
        times += read(start, end, brief, kind, page_anchor if brief is None else bd.date if bd else None)
    # (北京31日讯)…明日…: a story's relative days count from its dispatch stamp's day (dispatchdays.py)
    times = stamped_days(doc.text, sorted(times, key=attrgetter("start")), zones, brief_at, page_anchor, read)
    def anchor_of(brief: int | None) -> str | None:
        d = doc.briefs[brief].published if brief is not None and brief < len(doc.briefs) else doc.published
        return d.date if d else None

    doc.times = _told_days(sorted(times, key=attrgetter("start")), brief_at, anchor_of, doc.text)
    doc.times = glossed_today(doc.times, doc.text, brief_at, page_anchor)  # 今天(18号)…今天下午: the 18th
    for note in check_contradictions(doc.text, doc.times):
        doc.problems.append(Problem(doc.source, "time", note))
    for r in doc.roles:
        brief = brief_at(r.start)
        bd = doc.briefs[brief].published if brief is not None and brief < len(doc.briefs) else None
        r.as_of = bd.date if bd else page_anchor
    return doc
