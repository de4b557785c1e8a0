"""What a page prints about its own date: a timestamp in its header and a date in its URL.

Both are the page's metadata in all but name (method "metadata"): trusted before anything the
text implies.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import unquote

from dipnet.rx import plain as _plain
from dipnet.rxneeds import may_hold
from dipnet.rxstarts import near_pays, search_near, unit_after, unit_places

from ..model import DateValue
from .anchors import valid_date
from .patterns import gated
from .words import WORDS

BLOCK_MARK = _plain(WORDS["block_mark"], re.M)
# (and '2019 5月 29': a year, a space and the month's name, as some embassies' pages print it)
# (in English, as Chinese pages of overseas and Hong Kong outlets print it: 'Jul 6, 2019', '6 July 2019'; and a
# Taiwanese site's year of the Republic in figures: '108/07/06', '發布日期：108-07-06', the year 1911 + 108)
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
EN_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
# (a site localizing that English order prints the month's Chinese name in it: '六月 09, 2017 18:53', the space
# between the name and the day lost where the text is normalized)
_CN_MONTHS = ("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月")
CN_MONTH = r"(?:十[一二]|[一二三四五六七八九十])月"
DATE_RX = (r"(?:(?P<y>\d{4})\s?[-/.年]\s?(?P<m>\d{1,2})\s?[-/.月]\s?(?P<d>\d{1,2})\s?日?"
           r"|(?P<d2>\d{1,2})[/.-](?P<m2>\d{1,2})[/.-](?P<y2>\d{4})|(?P<y3>\d{4})\s(?P<m3>\d{1,2})月\s?(?P<d3>\d{1,2})(?![\d日])"
           rf"|(?P<mn4>{EN_MONTH}|{CN_MONTH})\s?(?P<d4>\d{{1,2}}),?\s(?P<y4>\d{{4}})|(?P<d5>\d{{1,2}})\s(?P<mn5>{EN_MONTH}),?\s(?P<y5>\d{{4}})"
           r"|(?<![\d/.-])(?P<ry>1[0-2]\d)[-/](?P<rm>\d{1,2})[-/](?P<rd>\d{1,2})(?![\d/.-]))")
# the words a page prints before its own date ('发布时间:', '發佈日期：' folded to Simplified, '发表于')
STAMP_LABEL = WORDS["stamp_label"]
CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
# (an English weekday may open a line of its own: 'Saturday, July 6, 2019', 'Sat, 06 Jul 2019 10:21:00 +0800', or
# follow a label: '出版日期: Thursday, September 06, 2018')
EN_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s"
STAMP_PATTERNS = [  # (regex, trust): a label, a clock time beside the date, or a date alone on a line
    (rf"(?:{STAMP_LABEL})\s?[::]?\s?(?:{CLOCK}\s)?(?:{EN_WEEKDAY})?{DATE_RX}", 0.95),
    (rf"(?:^|\s)(?:date|Date|日期|时间|Published|published|Posted|Updated|Last updated)\s?[::]?\s?(?:{CLOCK}\s)?(?:{EN_WEEKDAY})?{DATE_RX}", 0.9),
    # '2016年5月10日 | 15:05:27', '2024/09/14, 17:55', '20/03/2023 - 18:44'
    (rf"{DATE_RX}\s{{0,2}}(?:[|,]|\s-)?\s{{0,2}}{CLOCK}", 0.9),

    (rf"{CLOCK}\s?\|?\s?{DATE_RX}", 0.9),
    (rf"(?:更新时间)\s?[::]?\s?(?:{CLOCK}\s)?{DATE_RX}", 0.85),
    # (a bullet may open that line: '• 2013年10月4日')
    (rf"(?m)^\s*(?:{WORDS['stamp_line_bullets']}\s?)?(?:{EN_WEEKDAY})?{DATE_RX}\s*(?:[(（]?(?:星期[一二三四五六日天]|周[一二三四五六日])[)）]?)?\s*(?:{CLOCK})?"
     r"(?:\s?[AaPp]\.?[Mm]\.?)?\s*(?:GMT[+\-]\d+|[+\-]\d{4})?\s*$", 0.85),
    # the same with the page's font-size buttons after it ('2020-11-25  A+ A-')
    (rf"(?m)^\s*{DATE_RX}\s*(?:{CLOCK})?\s+A\+\s?A-\s*$", 0.85),
    # a date beside the source line: '来源:新华网 2019-06-09', '2019-06-09 来源:人民日报'
    (rf"(?:来源|稿源|作者|记者)\s?[::][^\n]{{0,24}}?{DATE_RX}", 0.85),
    (rf"{DATE_RX}[^\n\d]{{0,6}}(?:来源|稿源)\s?[::]", 0.85),
]
# compiled to skip to the characters each can start with (most open with a date, not a literal)
_STAMPS = [(gated(rx), trust) for rx, trust in STAMP_PATTERNS]
# a stamp that gives only the month ('date 2017-11' on a line of its own before the text)
_MONTH_STAMP = gated(r"(?:^|\s)(?:date|Date|日期)\s?[::]?\s?(?P<y>(?:19|20)\d{2})[-/.年](?P<m>\d{1,2})(?![\d/.\-月])")
# each pattern's unit (the ':' of a clock, 来源 after a date): tried only before it, not at every digit
_UNITS = {rx: unit_after(rx.pattern) for rx, _ in _STAMPS} | {_MONTH_STAMP: unit_after(_MONTH_STAMP.pattern)}


def _search(rx: re.Pattern[str], region: str, places: dict[frozenset[str], list[int]]) -> re.Match[str] | None:
    """rx.search(region), tried only before the pattern's unit where it has one, and not at all where the
    region lacks the words every match holds (日期, A+, 来源: most headers hold none of a stamp's)."""
    if not may_hold(rx, region):
        return None
    got = _UNITS[rx]
    if got is None:
        return rx.search(region)
    chars, lo, hi = got
    if chars not in places:
        places[chars] = unit_places(region, chars)
    if not near_pays(places[chars], lo, hi, len(region)):
        return rx.search(region)  # (the same match)
    return search_near(rx, region, places[chars], lo, hi)

# the URL day patterns, in the order they are tried (compiled here: re's cache of 512 is shared by the whole
# pipeline, and a pattern passed as a string is looked up, or compiled again, on every page)
_URL_DAYS = [(_plain(rx), ev) for rx, ev in [
    (r"/(\d{4})-(\d{2})/(\d{2})/", "path yyyy-mm/dd"),
    (r"/t(\d{4})(\d{2})(\d{2})_", "t-stamp"),
    (r"/(\d{4})(\d{2})(\d{2})/", "path yyyymmdd"),
    (r"/(\d{4})(\d{2})(\d{2})\d{3,}\.s?html?", "id starting yyyymmdd"),
    (r"/(\d{4})/(\d{2})/(\d{2})/", "path yyyy/mm/dd"),
    (r"/(\d{4})/(\d{2})(\d{2})/", "path yyyy/mmdd"),
    (r"/(\d{4})/(\d{2})-(\d{2})/", "path yyyy/mm-dd"),  # chinanews: /gn/news/2007/05-10/
    (r"/(\d{4})(\d{2})/(\d{2})/", "path yyyymm/dd"),
    # a section folder carrying the month-day under a year folder: '/html/2014/fangtan_0706/'
    (r"/(\d{4})/[a-z]{2,16}_(\d{2})(\d{2})/", "path yyyy/section_mmdd"),
    (r"/(\d{4})/(\d{1,2})/(\d{1,2})/", "path yyyy/m/d"),
    (r"[?&](?:date|pubdate|publishdate|pdate|day)=(\d{4})-?(\d{2})-?(\d{2})(?!\d)", "query date"),
    # an id that opens with the day: '/202308172216817.html', '/201604120351-1.aspx'
    # …or with no extension at all ('/Article/20161209008832'), or with a section's code after it
    # ('/realtimenews/20230710002989-260407')
    (r"/((?:19|20)\d{2})(\d{2})(\d{2})\d{3,8}(?:[-_]\d{1,6})?(?:\.\w{2,5})?(?:$|[?#])", "id starting yyyymmdd"),
    # a wire's story id of a few letters, the day and a serial, as a folder ('/hk/news/yjj2025102900922/',
    # Yonhap's '/view/ACK20171113001700881')
    (r"/[A-Za-z]{2,4}((?:19|20)\d{2})(\d{2})(\d{2})\d{3,9}/?(?:$|[?#])", "id of letters then yyyymmdd"),
    # a day written anywhere in the path: 'content_20231212_1.htm', '-20190609-', '2019_06_09'
    (r"(?<![\d])((?:19|20)\d{2})([-_]?)(\d{2})\2(\d{2})(?![\d])", "path day")]]


def date_value(y: int, m: int | None, d: int | None, method: str, conf: float, ev: str) -> DateValue:
    if d and m:
        return DateValue(f"{y}-{m:02d}-{d:02d}", "day", method, round(conf, 2), ev)
    if m:
        return DateValue(f"{y}-{m:02d}", "month", method, round(conf, 2), ev)
    return DateValue(str(y), "year", method, round(conf, 2), ev)


def _ymd(m: re.Match[str]) -> tuple[int, int, int] | None:
    g = m.groupdict()
    if g.get("ry"):  # (the Republic's year: 1911 + the year in figures)
        y, mo, d = 1911 + int(g["ry"]), int(g["rm"]), int(g["rd"])
    elif g.get("mn4") or g.get("mn5"):
        name, d, y = (g["mn4"], int(g["d4"]), int(g["y4"])) if g.get("mn4") else (g["mn5"], int(g["d5"]), int(g["y5"]))
        if name in _CN_MONTHS:
            mo = _CN_MONTHS.index(name) + 1
        elif name[:3].lower() in _EN_MONTHS:
            mo = _EN_MONTHS.index(name[:3].lower()) + 1
        else:
            return None
    else:
        ys, ms, ds = (g["y"], g["m"], g["d"]) if g.get("y") else (g.get("y2"), g.get("m2"), g.get("d2")) \
            if g.get("y2") else (g.get("y3"), g.get("m3"), g.get("d3"))
        if not ys:
            return None
        y, mo, d = int(ys), int(ms), int(ds)  # type: ignore[arg-type]
    return (y, mo, d) if 1990 <= y <= 2035 and valid_date(y, mo, d) else None


def header_stamp(text: str) -> DateValue | None:
    """A timestamp the page prints about itself, in the header region (before the related
    block, within the first 1500 characters): '19:00 | 25/11/2023', '发布时间:2011年11月01日'."""
    region = header_region(text)
    places: dict[frozenset[str], list[int]] = {}
    for rx, trust in _STAMPS:
        m = _search(rx, region, places)
        # (a dated list printed over the story: its items' days; a dated headline under the story: a link's)
        while m is not None and (_listed(region, m) or _under_story(region, m)):
            m = rx.search(region, m.end())
        if m and (got := _ymd(m)):
            return date_value(*got, "metadata", trust, f"page stamp {m.group().strip()!r}")
    m = _search(_MONTH_STAMP, region, places)
    if m and 1990 <= int(m.group("y")) <= 2035 and 1 <= int(m.group("m")) <= 12:
        return date_value(int(m.group("y")), int(m.group("m")), None, "metadata", 0.85, f"page stamp {m.group().strip()!r}")
    return None


def header_region(text: str) -> str:
    """Where a page prints its own stamp: before the related block, within the first 1500 characters."""
    cut = BLOCK_MARK.search(text)
    return text[: min(1500, cut.start() if cut else len(text))]


def stamp_of_day(text: str, day: int) -> DateValue | None:
    """Of the stamps the header region prints (a dated list over the story: another story's headline and day, then
    the page's own), the first on the day the story's dateline names ('(新加坡30日讯)'): the page's own."""
    region = header_region(text)
    for rx, trust in _STAMPS:
        for m in rx.finditer(region) if may_hold(rx, region) else ():
            if (got := _ymd(m)) and got[2] == day:
                return date_value(*got, "metadata", trust * 0.9, f"page stamp {m.group().strip()!r} on the dateline's day")
    return None


# a full date anywhere on a line, and what marks a line as the page's own stamp line, not a list's item
_ANY_DATE = _plain(r"(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}")
_OWN_LINE = _plain(rf"{STAMP_LABEL}|来源|稿源|作者|记者|编辑|更新|发布|时间|日期|[Dd]ate|[Pp]ublished|[Pp]osted|[Uu]pdated")
_CJK4 = _plain(r"[\u4e00-\u9fff].*[\u4e00-\u9fff].*[\u4e00-\u9fff].*[\u4e00-\u9fff]")


def _listed(region: str, m: re.Match[str]) -> bool:
    """The date is an item's of a dated list printed over the story (a sidebar of latest news, a ticker):
    headlines each with its date beside it, or each over its date on a line of its own, with no stamp's label
    ('发布时间', '来源'…) on them; the page's own stamp stands alone, or right over the story's paragraph."""
    lines = region.split("\n")
    at = region.count("\n", 0, m.start())
    shape = _item(lines, at)
    if shape is None or _over_story(lines, at):
        return False
    near = range(max(0, at - 3), min(len(lines), at + 4)) if shape == "beside" else (at - 2, at + 2)
    return any(j != at and 0 <= j < len(lines) and _item(lines, j) == shape for j in near)


def _under_story(region: str, m: re.Match[str]) -> bool:
    """The date is a link's under the story: a headline with its date on its line ('2024-05-20 06:05:52伊朗证实…'),
    with the story's paragraphs above it and none below (the page's own stamp is over its story)."""
    lines = region.split("\n")
    at = region.count("\n", 0, m.start())
    return _item(lines, at) == "beside" and any("。" in ln for ln in lines[:at]) and \
        not any("。" in ln for ln in lines[at + 1:])


def _item(lines: list[str], i: int) -> str | None:
    """'beside' for a headline with its date on its line, 'under' for a date on a line of its own under its
    headline, None for neither."""
    ln = lines[i]
    d = _ANY_DATE.search(ln)
    if d is None or _OWN_LINE.search(ln) or "。" in ln:
        return None
    if _CJK4.search(ln[:d.start()] + ln[d.end():]):
        return "beside"
    above = lines[i - 1] if i > 0 else ""
    return "under" if _CJK4.search(above) and "。" not in above and _ANY_DATE.search(above) is None else None


def _over_story(lines: list[str], i: int) -> bool:
    """The next line with text is a paragraph of the story (a sentence's full stop)."""
    nxt = next((ln for ln in lines[i + 1:] if ln.strip()), "")
    return "。" in nxt


# the lines under a story that may carry its stamp: its sign-off, source and date ('完 / 2019年7月6日（星期六）',
# a Hong Kong government release; '（责任编辑：某某） / 2019-07-06 10:21'; a print edition's '（2019年07月06日 03版）')
_FOOT_CHARS = 300
_STAMP_LINE_CHARS = 60


def foot_stamp(text: str) -> DateValue | None:
    """A timestamp the page prints under its story, where the story runs past the header region: the
    last lines before the related block (the block's teasers carry their own stamps)."""
    cut = BLOCK_MARK.search(text)
    end = cut.start() if cut else len(text)
    if end <= 1500:  # (header_stamp read it all)
        return None
    region = text[max(1500, end - _FOOT_CHARS):end]
    places: dict[frozenset[str], list[int]] = {}
    for rx, trust in _STAMPS:
        m = _search(rx, region, places)
        if m and (got := _ymd(m)) and _stamp_line(region, m):
            return date_value(*got, "metadata", trust * 0.9, f"foot stamp {m.group().strip()!r}")
    return None


def _stamp_line(region: str, m: re.Match[str]) -> bool:
    """The match stands on a short line of its own (a stamp line, not a sentence of the story that opens on a
    date after a source's credit: '（来源：某某台）2021年8月13日,某某表示…')."""
    a = region.rfind("\n", 0, m.start()) + 1
    z = region.find("\n", m.end())
    return len(region[a:z if z != -1 else len(region)].strip()) <= _STAMP_LINE_CHARS


def _unpadded_month_day(y: int, ds: str) -> tuple[int, int] | None:
    """The one (month, day) of `y` a run of digits reads as, month and day unpadded ('418' = 4-18; '1118' = 11-18),
    or None where no split or two ('112': 1-12 or 11-2) make a day."""
    ok = [(int(ds[:k]), int(ds[k:])) for k in (1, 2) if k < len(ds) and ds[0] != "0" and ds[k] != "0"]
    ok = [(mo, d) for mo, d in ok if 1 <= mo <= 12 and valid_date(y, mo, d)]
    return ok[0] if len(ok) == 1 else None


def url_date(url: str | None) -> DateValue | None:
    """Dates that news sites put in URLs: /2012-11/07/, /202210/t20221031_, /20131216/,
    /201009/t20100903, CNA ids 202308172216817, and long ids carrying yyMMddHHmm."""
    if not url:
        return None
    u = unquote(url)
    # a round-up's span of days ('一周要闻回顾20221017-23-post176045'): the page sums up to its last day
    m = _plain(r"(?<![\d])((?:19|20)\d{2})(\d{2})(\d{2})-(\d{1,2})(?![\d])").search(u)
    if m:
        y, mo, d, d2 = (int(g) for g in m.groups())
        if 1990 <= y <= min(2035, dt.date.today().year) and d < d2 and valid_date(y, mo, d2):
            return date_value(y, mo, d2, "metadata", 0.8, f"url span of days {m.group()}")
    for rx, ev in _URL_DAYS:
        m = rx.search(u)
        if m:
            y, mo, d = (int(g) for g in m.groups() if g and g.isdigit())
            if 1990 <= y <= min(2035, dt.date.today().year) and valid_date(y, mo, d):
                return date_value(y, mo, d, "metadata", 0.85, f"url {ev} {m.group()}")
    # an id opening with the year and an unpadded month-day, then a letter ('/news/detail/2025427I15M1'):
    # read only where a single split of the digits makes a calendar day
    m = _plain(r"/((?:19|20)\d{2})(\d{3,4})[A-Z][A-Z0-9]{2,}(?:$|[/?#.])").search(u)
    if m:
        y, ds = int(m.group(1)), m.group(2)
        if (md := _unpadded_month_day(y, ds)) and 1990 <= y <= min(2035, dt.date.today().year):
            return date_value(y, *md, "metadata", 0.75, f"url id {m.group(1)}{ds} reads {y}-{md[0]:02d}-{md[1]:02d}")
    # a file named by the second it was saved, month and day unpadded ('/hrzx/2017418100928.htm'): read only
    # where a single split of the digits before the clock makes a calendar day and the clock is a time
    m = _plain(r"/((?:19|20)\d{2})(\d{2,4})([0-2]\d)([0-5]\d)([0-5]\d)\.s?html?(?:$|[?#])").search(u)
    if m and int(m.group(3)) < 24 and 1990 <= (y := int(m.group(1))) <= min(2035, dt.date.today().year):
        if md := _unpadded_month_day(y, ds := m.group(2)):
            return date_value(y, *md, "metadata", 0.75, f"url file time {m.group(1)}{ds} reads {y}-{md[0]:02d}-{md[1]:02d}")
    # a bulletin-board article named by its Unix time ('M.1773652364.A.488', PTT and its mirrors)
    m = _plain(r"(?<![\w.])M\.(1\d{9})\.A(?:\.[0-9A-F]{1,4})?(?:\.html?)?(?![\w])").search(u)
    if m:
        # the board's clock is Taiwan's (UTC+8): the day there, not in UTC
        day = (dt.datetime.fromtimestamp(int(m.group(1)), dt.UTC) + dt.timedelta(hours=8)).date()
        if 1995 <= day.year <= min(2035, dt.date.today().year):
            return date_value(day.year, day.month, day.day, "metadata", 0.85, f"url board post time {m.group()}")
    # an article named by the millisecond it was saved ('/article/1752549308691'): 13 digits of Unix time
    m = _plain(r"/(1[2-7]\d{11})(?:$|[/?#.])").search(u)
    if m:
        day = (dt.datetime.fromtimestamp(int(m.group(1)) / 1000, dt.UTC) + dt.timedelta(hours=8)).date()
        if 2009 <= day.year and day <= dt.date.today():
            return date_value(day.year, day.month, day.day, "metadata", 0.7, f"url id {m.group(1)} is a millisecond time")
    # a long numeric id (15+ digits) whose digits after a short prefix read yyMMddHHmm
    m = _plain(r"[-/](\d{15,20})\.s?html?").search(u)
    if m:
        digits = m.group(1)
        for p in (1, 2, 3):
            yy, mo, d, hh, mi = (int(digits[p + i:p + i + 2]) for i in range(0, 10, 2))
            if 5 <= yy <= 35 and valid_date(2000 + yy, mo, d) and hh < 24 and mi < 60:
                return date_value(2000 + yy, mo, d, "metadata", 0.75, f"url id {digits} reads {2000 + yy}-{mo:02d}-{d:02d} {hh:02d}:{mi:02d}")
    m = _plain(r"/(\d{4})(\d{2})/").search(u) or _plain(r"/(\d{4})-(\d{2})/").search(u) or _plain(r"/(\d{4})/(\d{2})/").search(u)
    if m:
        y, mo = map(int, m.groups())
        if 1990 <= y <= 2035 and 1 <= mo <= 12:
            return date_value(y, mo, None, "metadata", 0.75, f"url path {m.group()}")
    return None


def url_query_year(url: str | None) -> int | None:
    """A year a site passes in its URL's query ('news-detail.php?r=1964461&y=2023'): the page's year, all a
    URL of that shape says of its date."""
    if not url:
        return None
    m = _plain(r"[?&](?:y|year|yr)=((?:19|20)\d{2})(?:&|#|$)").search(url)
    return int(m.group(1)) if m and 1990 <= int(m.group(1)) <= min(2035, dt.date.today().year) else None
