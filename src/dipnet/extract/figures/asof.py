"""The year a figure holds for: the time its own sentence gives, else the time frame its paragraph
set (a paragraph opening with 其中 continues the one before), else the page's date. Comparison
bases (与2014年相比), span openings (自1991年以来), goals (到2030年), the day of an old event and a
year qualifying a noun (2022年新增准入的鲜榴莲) frame no figure. Words are in data/facts.toml."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from dipnet import rx
from dipnet.model import TimeExpr
from dipnet.rx import plain as _plain
from dipnet.sentencebounds import Bounds

from ..common.codes import any_of
from ..common.timeindex import as_of_value
from .factwords import words
from .moneywords import told_of_page_year, yearless_period
from .numbers import NUMBER
from .quantities import target_time, unit_after
from .reviewyear import review_year
from .unrun import unrun_period_year

if TYPE_CHECKING:  # facts.py imports this module; the context type is only needed for hints
    from ..facts import Context

_PUNCT = ",。;:!?()“”、\n"


def time_before(ctx: Context, a: int, pos: int, b: int | None = None) -> TimeExpr | None:
    """The nearest dated time expression in [a, pos) (or up to b), comparison bases left out."""
    if not ctx.times.ordered_spans:
        return time_before_scan(ctx, a, pos, b)
    # one ending by pos wins, the latest starting (the first listed among equals); else the
    # first listed starting in [a, b): what the scan below keeps, found from pos backwards
    for group in ctx.times.backwards(a, pos):
        for t in group:
            if t.end <= pos and usable(ctx, t):
                return t
    if b is not None:
        for t in ctx.times.starting_in(a, b):
            if usable(ctx, t):
                return t
    return None


def usable(ctx: Context, t: TimeExpr) -> bool:
    text = ctx.text
    return bool(t.value) and t.kind not in ("duration", "anniversary") and not (
        _baseline(ctx, t) or text.startswith(words("span_open_after"), t.end)
        or text[max(0, t.start - 1):t.start] in ctx.data["span_open_before"] and not t.end_value
        and not rx.compile(ctx.data["value_of_year"]).match(text[t.end:t.end + 14])
        or _qualifies_noun(ctx, t) or _names_a_document(ctx, t)
        or text.endswith(words("founding_before"), 0, t.start) or _photo_number_glued(ctx, t))


def _photo_number_glued(ctx: Context, t: TimeExpr) -> bool:
    """'hinh anh 12015年前10个月…': a year run into a photo marker's number (ảnh 1) by the crawler is
    no year the text tells (its digits are misread), so it dates nothing."""
    text = ctx.text
    k = t.start
    while k > 0 and text[k - 1].isdigit() and t.start - k < 2:
        k -= 1
    return text.endswith(words("furniture_before"), 0, k)


def _names_a_document(ctx: Context, t: TimeExpr) -> bool:
    """'以取代1983年越柬边界管理制度协定', '《1985年〈国家边界划分条约〉…》': a year inside a
    title mark, or heading the name of an instrument, names it; it dates no figure."""
    text = ctx.text
    opened = max(text.rfind(c, max(0, t.start - 40), t.start) for c in "《〈")
    if opened != -1 and not any(c in "》〉" for c in text[opened:t.start]):
        return True
    return rx.compile(ctx.data["year_of_instrument_after"]).match(text, t.end) is not None


def time_before_scan(ctx: Context, a: int, pos: int, b: int | None = None) -> TimeExpr | None:
    """time_before by a scan of every time expression (spans that end before they start)."""
    best: TimeExpr | None = None
    for t in ctx.doc.times:
        if t.start < a or not (t.end <= pos or (b is not None and t.start < b)) or not usable(ctx, t):
            continue
        if best is None or (t.end <= pos and (best.end > pos or t.start > best.start)):
            best = t
    return best


def _baseline(ctx: Context, t: TimeExpr) -> bool:
    before = ctx.text[max(0, t.start - 3):t.start]  # (与2014年, 相当于2010年同期)
    after = ctx.text[t.end:t.end + 8]  # (为2009年的1.92倍)
    if before.endswith(words("comparison_before")):
        return True  # (比去年高出3.5个百分点: 比 alone makes the time a base)
    return before.endswith(words("baseline_before")) and bool(any_of(words("baseline_after")).search(after))


def _qualifies_noun(ctx: Context, t: TimeExpr) -> bool:
    """'2022年新增准入的鲜榴莲…进口146.5亿元': a year followed by the verb of a clause that
    qualifies a noun (…的) tells when the thing began, not when the figure holds."""
    text = ctx.text
    if not text.startswith(words("qualifying_verbs"), t.end):
        return False
    k = text.find("的", t.end, t.end + int(ctx.data["qualifying_reach"]))
    if k == -1 or any(c in _PUNCT for c in text[t.end:k]):
        return False
    # '在去年批准的投资项目中,中国投资占66%': the things of that time framed as the set the figure
    # is a part of (在…中), which the time dates
    if text.endswith(words("set_frame_open"), 0, t.start):
        close = next((j for j in range(k, min(len(text), k + 16)) if text[j] in _PUNCT), None)
        if close is not None and text.endswith(words("set_frame_close"), 0, close):
            return False
    return True


def _tells_a_figure(ctx: Context, pos: int) -> bool:
    """Whether the sentence around pos tells a figure (a number with a unit, outside any date): a
    month or day frames the sentences after it only as the period of the figures it opens."""
    a, b = ctx.sentence(pos)
    return any(n.group("arabic") and not ctx.dated.at(n.start()) and unit_after(ctx.text, n.end()) is not None
               for n in NUMBER.finditer(ctx.text, a, b))  # (两国 is no figure)


def _event_year(ctx: Context, t: TimeExpr) -> bool:
    """A year told as the year of a founding, joining or upgrade (越南与老挝1962年建交, 于1995年加入东盟,
    2016年两国建立全面战略伙伴关系): the time of an event, not a period figures are told for."""
    return len(t.value or "") == 4 and not t.end_value \
        and rx.compile(ctx.data["event_year_after"]).match(ctx.text, t.end) is not None


def paragraph_frame(ctx: Context, pos: int) -> int:
    """Where the time frame of the paragraph holding pos begins: its start, or the paragraph before's
    where it opens with 其中 (among them: the figures break down the one told before)."""
    a = ctx.lines.around(pos)[0]
    while a > 1 and (ctx.text.startswith(words("continuing_openers"), a)
                     or ctx.text.endswith(words("unclosed_line_ends"), 0, a - 1)):
        a = ctx.lines.around(a - 2)[0]  # (…出口额为9.37亿美元,增长96.8%;\n中国从老进口额为…: one sentence over two lines)
    # a list under a heading that ends in a colon (2020年主要出口市场:\n美国:770亿美元\n中国:…):
    # the heading's time frames every item, back over short item lines that close no sentence
    b = a
    for _ in range(int(ctx.data["list_reach"])):
        if b <= 1:
            break
        prev = ctx.lines.around(b - 2)[0]
        line = ctx.text[prev:b - 1].rstrip()
        if line.endswith(words("heading_colons")):
            return prev
        if len(line) > int(ctx.data["list_item_max"]) or line.endswith("。"):
            break
        b = prev
    return a


def _fiscal(ctx: Context) -> re.Pattern[str]:
    return _compiled(ctx.data["fiscal_year"])


@lru_cache(maxsize=4)
def _compiled(pattern: str) -> re.Pattern[str]:
    return _plain(pattern)


def figure_as_of(ctx: Context, pos: int, s_start: int, c_end: int, kind: str) -> tuple[str | None, bool]:
    """The as-of of the figure at pos (a duration holds up to the date of writing; other figures
    for the year the text gives), and whether its own sentence tells its time (or says 目前)."""
    text = ctx.text
    t = _outside_asides(ctx, time_before(ctx, s_start, pos, c_end), s_start, pos)
    if kind == "year" and t is not None and t.end <= pos and t.explicit_year and len(t.value or "") == 4 \
            and text[t.end:t.end + 1] in ctx.data["frame_time_ends"]:
        return _reanchored(ctx, t), True  # 2023年,中国连续15年成为…: the years run up to the year framing the sentence
    fiscal = list(_fiscal(ctx).finditer(text, s_start, pos)) if kind != "year" else []
    if fiscal and (t is None or fiscal[-1].start() >= t.end):  # 日本在2016财年向越南提供110亿日元:
        return fiscal[-1].group(1), True  # the fiscal year the figure is for, nearer than any other time
    if t is not None and t.end <= pos and rx.compile(ctx.data["value_of_year"]).match(text[t.end:t.end + 14]) \
            and any_of(words("change_to_words")).search(text, t.end, pos):
        return ctx.date_at(pos), True  # 从2011年的20条增至30条: the year is the base's; the new value holds now
    if t is not None and kind == "percent" and _growth_at(ctx, pos):
        t = _latest_year(ctx, s_start, pos) or t  # 2025年…,2024年则是…,增幅近4成: the growth of the later year
    told = list(_compiled(ctx.data["bracketed_year_word"]).finditer(text, s_start, pos))
    if told and (t is None or told[-1].start() >= t.end):  # 去(2025)年约140万人次, 今(113)年: the year in brackets
        year = int(told[-1].group(1))
        return str(year + int(ctx.data["roc_year_offset"]) if year < 1000 else year), True
    roc = _roc_year(ctx, s_start, pos)
    if roc is not None and (t is None or roc[0] >= t.end):  # 外交部115年预算…约达415亿元 on a Taiwanese outlet
        return roc[1], True
    now = bool(any_of(words("now_words")).search(text[s_start:pos]))
    if t is not None and _span_opened_after(ctx, t.end, pos):
        t, now = None, True  # 去年…,今年以来已向106个国家提供: the span after the older time runs to now
    elif (since := max(text.rfind(w, s_start, pos) for w in words("since_words"))) != -1 and (t is None or t.end <= since):
        t, now = None, True  # 他2008年2月就任总统以来第6次访华, 建交以来,…共签署450多个: up to now, not the act's time
    if t is not None and t.end <= pos and any_of(words("now_words")).search(text, t.end, pos):
        t = None  # 2014年6月,越南正式参加…,截至目前,越南已派遣军官12人次: told as holding now, after the time
    if t is not None and t.end <= ctx.clause(pos)[0] and target_time(ctx, t) and _deadline(ctx, t):
        t = None  # 2029年1月前最终敲定,剩余1500亿美元投入造船: a deadline told in a clause before
    founded = t is not None and _founding_day(ctx, t)
    if founded:
        t = None  # 我国与多明尼加1941年4月9日建交,断交后我国邦交国数仅剩19国: a founding's day dates no figure
    own_time = t is not None or now
    if (t is None or _page_day(ctx, t, pos)) and not now and not founded and (unrun := unrun_period_year(ctx, s_start, pos)) \
            and time_before(ctx, paragraph_frame(ctx, pos), s_start) is None and not told_of_page_year(ctx, pos, (ctx.date_at(pos) or "")[:4]):
        return unrun, True  # 前11个月,… on a page of 5 January: the period has not run this year (and nothing before tells it did)
    if t is None and not now and not founded and ctx.date_at(pos) and yearless_period(ctx, s_start, pos) \
            and told_of_page_year(ctx, pos, (ctx.date_at(pos) or "")[:4]):
        return (ctx.date_at(pos) or "")[:4], True  # 前三个月,…进口额为1.53亿美元: this year's, not an earlier sentence's
    if t is None and bool(any_of(words("then_words")).search(text[s_start:pos])):
        t = time_before(ctx, ctx.segment_start(pos), s_start)  # 当时: the time told before
    elif t is None and not now and not founded:
        frame = paragraph_frame(ctx, pos)  # the paragraph's time frame, not an older one
        t = _outside_asides(ctx, time_before(ctx, frame, pos), frame, pos)
        page = ctx.date_at(pos)
        if t is not None and page and (t.value or "")[:4] > page[:4] and (
                target_time(ctx, t) or t.kind == "relative" and t.end <= s_start):
            t = None  # a target year told earlier (到2015年), or a later year told from the page's (将于明年初竣工。), does not date what follows
        elif t is not None and page and t.end <= s_start and (t.end_value or "")[:4] > page[:4]:
            t = None  # nor a period running on past the page's date (2021-2025年阶段合作计划)
        elif t is not None and page and t.end <= s_start and len(t.value or "") >= 10 \
                and not t.end_value and (t.value or "")[:4] != page[:4]:
            t = None  # the day of an event of another year (1950年1月18日建交。) frames no figure after it
        elif t is not None and _founding_day(ctx, t):
            t = None  # (1941年4月9日建交。 told before)
        elif t is not None and t.end <= s_start \
                and (text.endswith(words("baseline_before") + words("base_value_before"), 0, t.start)
                     or rx.compile(ctx.data["multiple_base_after"]).match(text, t.end)):
            t = None  # a comparison base (较2002年的60亿新元。, 是2000年论坛启动时的22倍) frames no sentence after its own
        elif t is not None and t.end <= s_start and len(t.value or "") >= 7 and not _tells_a_figure(ctx, t.start):
            t = None  # the month of an event (2022年10月…进行正式访问。) frames no figure after it either
        elif t is not None and t.end <= s_start and _event_year(ctx, t) and not _tells_a_figure(ctx, t.start):
            t = None  # nor the year of a founding or joining (1962年建交。, 1995年加入东盟。) told before
        elif t is not None and t.end <= s_start and any_of(words("now_words")).search(text, t.end, s_start):
            t = None  # (fa3) 2022年贸易额…。目前,该集团正在…投资。…投资超过6亿美元: a sentence since told as holding now
    if kind != "year" and not now and not founded and (t is None or _page_day(ctx, t, pos)) and (reviewed := review_year(ctx, pos)):
        return reviewed, False  # '2019年越南外交成就:…' over a figure no period dates: the year the review reports on
    if t is not None and kind != "year" and (opened := _span_opened_before(ctx, t)):
        return opened, own_time  # 自今年起至2027年,…每年提供: the span from the opening time to this one
    return (ctx.date_at(pos) if kind == "year" or not t else _reanchored(ctx, t)), own_time


def _span_opened_before(ctx: Context, t: TimeExpr) -> str | None:
    """'自今年起至2027年', '从今年到2027年', '2024年起至2027年': a year closing a span that a time right
    before it opens; the span of both years (fc7). None where no time opens one there."""
    end = (t.value or "")[:4]
    if not end.isdigit() or t.end_value:
        return None
    join = rx.compile(ctx.data["span_join"])
    for group in ctx.times.backwards(max(0, t.start - 12), t.start):
        for u in group:
            start = (u.value or "")[:4]
            if u.end <= t.start and start.isdigit() and start < end and not u.end_value \
                    and join.fullmatch(ctx.text, u.end, t.start):
                return f"{start}-{end}"
    return None


def _roc_year(ctx: Context, a: int, pos: int) -> tuple[int, str] | None:
    """The last Minguo year (115年, 114年度) in [a, pos) on an outlet of a country counting them, and
    where it starts; None on other outlets or where it is a base, an opening or a duration."""
    if ctx.outlet_country not in ctx.data["roc_outlets"]:
        return None
    found = [hit for hit in _compiled(ctx.data["roc_year_word"]).finditer(ctx.text, a, pos)
             if not ctx.text.endswith(tuple(ctx.data["roc_year_not_after"]), 0, hit.start())]
    if not found:
        return None
    return found[-1].start(), str(int(found[-1].group(1)) + int(ctx.data["roc_year_offset"]))


def _deadline(ctx: Context, t: TimeExpr) -> bool:
    """A goal time whose own clause goes on with words and no figure (2029年1月前最终敲定,): the
    deadline of an act, not the year a figure is set for (计划到2020年,每年吸引200万…)."""
    rest = ctx.text[t.end:ctx.clause(t.start)[1]].strip()
    return len(rest) > 1 and not any(c.isdigit() for c in rest)


def _founding_day(ctx: Context, t: TimeExpr) -> bool:
    """A day (not a year or month) right before a word of founding (1941年4月9日建交)."""
    return len(t.value or "") >= 10 and ctx.text.startswith(words("founding_after"), t.end)


def _span_opened_after(ctx: Context, a: int, pos: int) -> bool:
    """Whether a time opening a span up to now (今年以来, 自2020年起) stands in [a, pos)."""
    return any(a <= t.start and t.end <= pos and t.value and ctx.text.startswith(words("span_open_after"), t.end)
               for t in ctx.times.starting_by(a, pos))  # (the index: no scan of the page's times per figure)


def _outside_asides(ctx: Context, t: TimeExpr | None, a: int, pos: int) -> TimeExpr | None:
    """The time, unless it stands in a bracketed aside closed before the figure ('第二大ODA来源国
    (2025—2030年援助总额40亿美元)以及第三大贸易伙伴(双边贸易额达815亿美元)': the period is the
    aid's, not the trade's); then the nearest time before that aside opens."""
    text = ctx.text
    while t is not None and t.end <= pos:
        closing = min((k for k in (text.find(")", t.end, pos), text.find("）", t.end, pos)) if k != -1), default=None)
        opening = max(text.rfind("(", a, t.start), text.rfind("（", a, t.start))
        if closing is None or opening == -1 or any(text[k] in "(（)）" for k in range(opening + 1, t.start)):
            return t  # ('越南纺织服装工业集团(Vinatex)统计数据,2011年4月,…(增长10.6%),…': a bracket closed before the time holds no aside around it)
        t = time_before(ctx, a, opening)
    return t


def _reanchored(ctx: Context, t: TimeExpr) -> str:
    """The as-of of a time with no year of its own (1月份, 今年), read against the year the page's
    facts hold in where that is not the year the dating stage guessed (see Context.page_date)."""
    value = as_of_value(t)
    pub = ctx.doc.published
    page = ctx.page_date
    if t.explicit_year or not pub or not page or page[:4] == pub.date[:4] or value[:4] != pub.date[:4]:
        return value
    return page[:4] + value[4:]


def _page_day(ctx: Context, t: TimeExpr, pos: int) -> bool:
    """The page's own day (a dateline's 新华社北京1月5日电, or 5日 told of the day of writing): the day
    of the report, no period a figure is told for."""
    return len(t.value or "") == 10 and t.value == ctx.date_at(pos) and not t.end_value


def _growth_at(ctx: Context, pos: int) -> bool:
    """A growth rate: a word of change right before the number (a qualifier at most between)."""
    k = pos
    while k > 0 and ctx.text[k - 1] in ctx.data["qualifiers_before"]:
        k -= 1
    return ctx.text.endswith(words("growth_before"), 0, k)


def _latest_year(ctx: Context, a: int, pos: int) -> TimeExpr | None:
    """The time of the latest year among the periods in [a, pos) that frame figures."""
    found = [t for t in ctx.doc.times if a <= t.start and t.end <= pos and usable(ctx, t)
             and (t.value or "")[:4].isdigit() and len(t.value or "") < 10]  # (a day is an event's, no period's)
    return max(found, key=lambda t: ((t.end_value or t.value or "")[:4], t.start)) if found else None


def label_start(text: str, lines: Bounds, a: int, b: int, data: dict[str, Any]) -> int:
    """Where the sentence [a, b) begins once read with a label line above it: a short line that
    holds a figure and opens with no party-less connective, under a short line that closes no
    sentence (blank lines between), begins at that label line; else a."""
    if b - a > int(data["value_line_max"]) or a == 0 or text[a - 1] != "\n":
        return a
    k = a - 1
    while k > 0 and text[k - 1] == "\n":
        k -= 1
    if k <= 0:
        return a
    pa, pb = lines.around(k - 1)
    label = text[pa:pb].strip()
    if not label or len(label) > int(data["label_line_max"]) or label.endswith(tuple(data["closed_line_ends"])) \
            or any(ch.isdigit() for ch in label[-2:]):
        return a
    return pa
