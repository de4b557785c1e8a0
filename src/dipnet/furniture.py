"""Page furniture: the lines that are the site's, not the story's — boilerplate words and buttons
run together, menus, breadcrumbs, notices and footers. Asked of nearly every line of a page by the
segment stage. The stamp and byline lines and a headline's shape are stampline.py's (re-exported here);
where the headline stands past the site's lines is headlineplace.py's."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.layout import Layout, holds_any, load_layout
from dipnet.outlettail import tail_alone
from dipnet.rx import plain as _plain
from dipnet.rxneeds import at_least  # (counted to the n-th match only)
from dipnet.siteparts import section_path, site_menu
from dipnet.stampline import STAMP_DATE, headline_shaped, is_byline, is_stamp  # (the last three re-exported)
from dipnet.teaser import teaser_bounds as teaser_bounds  # (re-exported: a teaser line's parts live in teaser.py)
from dipnet.teaser import teaser_parts as teaser_parts
from dipnet.teaser import whole_headline as whole_headline

_CJK = _plain(r"[\u4e00-\u9fff]")
# a label's colon parts words too ("分享到:微信 微博", "字号:大 中 小"); a time keeps its colons
_TOKEN = _plain(r"GMT[+\-]\d+|\d[\d:/.\-]*|[^\s\d:]+")
_MENU_BAR = _plain(r"[|｜]")
_CRUMB_STEP = _plain(r"\s*[>»›/|｜\-–—]+\s*|\s+")  # a step mark after a breadcrumb's label, a space too
_NOT_A_STEP = _plain(r"[<=。,;!?\"]")
_BUTTON_BRACKETS = _plain(r"[【】\[\]]")
_RULE = _plain(r"[|｜/\\\-–—_=~·•:?\s]+")  # a line of bars or rules only (":::", a lone "?" of a lost icon)
_LIST_NUMBER = _plain(r"^\d{1,2}\.\s?")
_AGO = _plain(r"\d{1,3}\s?(?:分钟|小时|天)前")  # a teaser's age printed as a line
# a date alone on a line, with its brackets and a "published" word: "[2023.07.23]发表", "103年01月07日"
# (a Republic of China year too), "2019 5月 29"
_DATE_ONLY = _plain(r"[\s\[(【]*(?:(?:19|20)\d{2}|1[01]\d)\s?(?:[-/.年]|\s(?=\d{1,2}月))\s?\d{1,2}\s?[-/.月]\s?"
                    r"\d{1,2}\s?日?[\s\])】]*(?:发表|发布|更新)?")


def is_boilerplate(text: str, layout: Layout) -> bool:
    """A line of the site's furniture: a known word, a breadcrumb, a menu bar, or buttons and stamps."""
    if text in layout.boilerplate or _widget(text, layout):
        return True
    # the site's footer is furniture wherever it stands: under a related-news block it is no teaser
    if is_breadcrumb(text) or is_footer(text, layout) or _latin_label(text, layout) or _promo(text) \
            or _counter(text, layout) or _code_or_file(text, layout) or site_menu(text, layout) or tail_alone(text):
        return True
    if len(text) <= 20 and layout.skip_links and _LIST_NUMBER.sub("", text).startswith(layout.skip_links):
        return True  # a skip link, maybe numbered: "3. 跳转到更多某某网站"
    if _RULE.fullmatch(text) or _DATE_ONLY.fullmatch(text) or _AGO.fullmatch(text):  # "|||"; "103年01月07日"; "55分钟前"
        return True
    if len(text) <= 30 and (m := STAMP_DATE.match(text)) and not _CJK.search(text, m.end()):
        return True  # a date and a widget's word, no Chinese: "2023-07-12・Array", "2019-05-29 | AFP"
    if "|" in text or "｜" in text:  # menus: 央视网|中国网络电视台|网站地图
        parts = [p.strip() for p in _MENU_BAR.split(text) if p.strip()]
        if len(parts) >= 2 and all(len(p) <= 12 for p in parts):
            return True
    # words and stamps; normalization drops the space between Chinese and digits ("date 2025-08-25听新闻")
    # (read token by token: a sentence's line fails at its first word, with no list of all its words made)
    some = False
    for m in _TOKEN.finditer(_BUTTON_BRACKETS.sub(" ", text)):  # buttons in brackets: "【打印】【推荐】【关闭】"
        t = m.group()
        if not (_made_of(t, layout.boilerplate) or t[0].isdigit() or t.startswith("GMT")):
            return False
        some = True
    return some


# a pictograph opening a line ("🔥…", "- 👉…"): a site's promotion, not a story's sentence
_PICTOGRAPH = _plain(r"^[-•·*\s]*[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_PICTOGRAPH_END = _plain(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\s*$")


def _widget(text: str, layout: Layout) -> bool:
    """A widget's line: a logo's alt text ("某某Logo"), a weather widget's temperature ("25°",
    "( 26° / 24° )"), or a weekday beside the page's date ("星期六 2024年 11月 23日")."""
    if len(text) <= 16 and text.endswith(layout.logo_words):
        return True
    if len(text) <= 20 and any(m in text for m in layout.temperature_marks) and not _CJK.search(text):
        return True
    for day in layout.weekdays if len(text) <= 30 else ():  # (a long line holds no widget's weekday)
        if day in text:
            rest = text.replace(day, "").strip(" ,，、")
            for opener in layout.weekday_openers:
                rest = rest.removeprefix(opener)
            return bool(rest) and _DATE_ONLY.fullmatch(rest) is not None
    return False


def _latin_label(text: str, layout: Layout) -> bool:
    """A short line without Chinese on a Chinese page — a site's name, a button or a widget's title
    ("THE MERIT TIMES", "Related articles", "Loading...") — but not an end mark or an agency's
    name, nor a bracketed credit ("(VNA)")."""
    return len(text) <= 40 and not _CJK.search(text) and bool(_plain(r"[A-Za-z]{2}").search(text)) \
        and not _plain(r"[()\d]").search(text) and text not in layout.end_marks and text not in layout.agencies


def _code_or_file(text: str, layout: Layout) -> bool:
    """A page's code or an image's file name printed as a line ("intNumViewTotal=293",
    "photo-1663644908307", "IMG_2034.jpg"): no Chinese, no space."""
    if len(text) > 60 or " " in text or _CJK.search(text):
        return False
    return "=" in text or text.lower().endswith(layout.image_ends) \
        or (text.lower().startswith(layout.image_starts) and _plain(r"\d{4}").search(text) is not None)


def promo_line(text: str) -> bool:
    return _promo(text)


def _promo(text: str) -> bool:
    # (a line closed by a pictograph too is a headline decorated at both ends: "😇某某会见某某一行🐬")
    return len(text) <= 80 and _PICTOGRAPH.match(text) is not None and _PICTOGRAPH_END.search(text) is None


def _counter(text: str, layout: Layout) -> bool:
    """A view or comment counter ("25观看次", "浏览:1,689", "阅读(14212次)", "人气2")."""
    text = text.lstrip("".join(layout.menu_bullets) + " ")  # a list's bullet before it ("· 阅读(13134)")
    if len(text) > 24 or not any(w in text for w in layout.counter_words):
        return False
    rest = re.sub("|".join(map(re.escape, layout.counter_words)), "", text)
    return bool(_plain(r"[\s:：()（）,\d+次数量]*\d[\s:：()（）,\d+次数量]*").fullmatch(rest))


def _made_of(token: str, words: frozenset[str]) -> bool:
    """The token is furniture words run together: normalization drops the space between Chinese and
    Latin ("微博 QQ空间" → "微博QQ空间"). Pieces of two characters or more, so that a word is not read
    as one-character buttons ("大", "中")."""
    if token in words:
        return True
    longest, heads = _pieces(words)
    if token[:2] not in heads:  # the first piece is a word of two characters or more: most tokens stop here
        return False
    ok = [True] + [False] * len(token)  # ok[i]: token[:i] splits into furniture words
    last = 0  # the last split point found
    for i in range(2, len(token) + 1):
        # no word is longer than `longest`: past that distance from the last split point nothing
        # can end a piece any more (a sentence's token is dropped after a few characters, not squared)
        if i - last > longest:
            return False
        ok[i] = any(ok[j] and token[j:i] in words for j in range(max(0, i - longest), i - 1))
        if ok[i]:
            last = i
    return ok[-1]


@lru_cache(maxsize=4)
def _pieces(words: frozenset[str]) -> tuple[int, frozenset[str]]:
    """The longest word's length, and the first two characters of each word a piece can be."""
    return max(map(len, words), default=0), frozenset(w[:2] for w in words if len(w) >= 2)


def is_breadcrumb(text: str, layout: Layout | None = None) -> bool:
    """首页 > 国家和组织 > …: short steps parted by '>' (or '»', '›'), none of them a sentence or markup
    (a line quoting HTML or comparing two figures is text, not navigation)."""
    layout = layout or load_layout()
    if layout.crumb_labels and text.startswith(layout.crumb_labels):  # "您的位置：首页 - 国际 - 正文"
        head, colon, rest = text.partition(":") if ":" in text else text.partition("：")
        if colon and head in layout.crumb_labels and 0 < len(rest) < 60:
            steps = [w for w in _CRUMB_STEP.split(rest) if w]
            return len(steps) >= 2 and all(len(w) <= 12 for w in steps) and not _NOT_A_STEP.search(rest)
    if section_path(text, layout):
        return True
    for mark in layout.crumb_separators:
        text = text.replace(mark, ">")
    words = text.split()
    if len(words) >= 2 and words[0] in layout.crumb_homes and all(len(w) <= 8 for w in words) \
            and not _NOT_A_STEP.search(text):  # "主页 国内新闻": the home page's word, then a section
        return True
    if ">" not in text or len(text) >= 80 or _NOT_A_STEP.search(text):
        return False
    steps = [s.strip() for s in text.split(">")]
    return sum(1 for s in steps if s) >= 2 and all(len(s) <= 30 for s in steps[:-1])


@lru_cache(maxsize=4)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the words (one search of a line, not an `in` per word)."""
    return _plain("|".join(map(re.escape, words)))


def is_footer(text: str, layout: Layout) -> bool:
    """The site's footer (copyright, licence numbers): short lines, so a story quoting a word stays text."""
    return len(text) <= 100 and bool(layout.footer_markers) and _any_of(layout.footer_markers).search(text) is not None





def is_label(text: str, after: str | None, layout: Layout) -> bool:
    """A section's or a page's label over the headline ("新闻", "投资与市场", "新华丝路首页", "标题:"): a
    few characters, no punctuation but a closing colon, and a headline (a longer line with no
    sentence's end) right after it."""
    longest = layout.label_max * (2 if text.endswith(layout.channel_ends) else 1)  # ("某某网国际频道")
    if after is None or len(text) > longest or not _CJK.search(text):
        return False
    if not _plain(r"[\u4e00-\u9fffA-Za-z]+[:：]?").fullmatch(text):
        return False
    return len(after) >= len(text) + 3 and headline_shaped(after)


# a row of tags after a short label: "热门: 某某 某某某 地震", "标签: 外交 越南"
_TAG_ROW = _plain(r"[\u4e00-\u9fff]{1,4}[:：]\s?(?:[^\s,。,;:：]{1,6}\s){2,}[^\s,。,;:：]{1,6}")
_KANA = _plain(r"[\u3040-\u30ff]")


def _tag_row(text: str) -> bool:
    """A row of tags after a label, or a menu row: short words parted by spaces (five or more, or three
    or more of a few characters each: "明报影片 每日明报 即时新闻")."""
    if len(text) > 120:
        return False
    if _TAG_ROW.fullmatch(text):
        return True
    words = text.split()
    return not _plain(r"[,。,;:：!?、\d]").search(text) and (
        len(words) >= 5 and all(len(w) <= 6 for w in words) or len(words) >= 3 and all(len(w) <= 4 for w in words))


def _weather_place(text: str, after: str, layout: Layout) -> bool:
    """A weather widget's place name ("某市") over its temperature line."""
    return len(text) <= 6 and not _plain(r"[\d\W]").search(text) and _widget(after, layout) \
        and any(m in after for m in layout.temperature_marks)


def _named_button(text: str, layout: Layout) -> bool:
    """The site's name beside its buttons ("某某网 打印本页"): every word a button but one short one."""
    words = text.split()
    if not 2 <= len(words) <= 4 or len(text) > 24:
        return False
    others = [w for w in words if not is_boilerplate(w, layout)]
    return len(others) == 1 and len(others[0]) <= 6


def masthead(text: str, after: str, layout: Layout) -> bool:
    """The site's name or slogan over its buttons and menus ("某某新闻网" over "报料", "主页"): a short
    line with no sentence in it whose next line is a button or a notice (not a stamp: a short
    headline stands over its date; nor a share bar, "分享到: 微信 微博": it stands under a short headline)."""
    return len(text) <= 12 and not _plain(r"[。,;!?:：\d]").search(text) and not _plain(r"\d").search(after) \
        and (after in layout.boilerplate or holds_any(after, layout.notice_markers)) \
        and not after.startswith(layout.share_tails)


def headless(banner: list[str], text: str, after: str | None, layout: Layout | None = None) -> bool:
    """Lines without Chinese (an app's banner: "Download on the", "App Store"), a site's notices
    ("…不支援你正使用的瀏覽器。"), the page's own stamp and counters ("· 2023-12-12 15:30:42",
    "· 阅读(13134)"), the crawl's date line or a breadcrumb over a page cut above its headline — neither `text` nor the next line has a
    headline's shape: the gold reads such a page's first line, banner or not, as its title. (A site's
    Chinese menus are passed over.)"""
    return bool(banner) and all(_banner_line(b, layout) for b in banner) and not headline_shaped(text) \
        and not headline_shaped(after) and not (any(_section_line(b, layout) for b in banner) and _HEAD_WORDS.fullmatch(text))


# (under a breadcrumb or the crawl's date line a short line of Chinese words alone, "首页 > 某省 > 新闻" over "外资增长",
# is the headline itself, shorter than headline_shaped's: the page was not cut above it)
_HEAD_WORDS = _plain(r"[\u4e00-\u9fff]{2,30}")


def _section_line(text: str, layout: Layout | None) -> bool:
    return bool(_CJK.search(text)) and (crawl_date_line(text) or is_breadcrumb(text, layout))


def _banner_line(text: str, layout: Layout | None) -> bool:
    if not _CJK.search(text) or crawl_date_line(text) or is_breadcrumb(text, layout):
        return True  # (the crawl's date over a section's word, "date 2025-08-14 快訊"; "某某军事 > 中国军情 > 正文")
    return layout is not None and (holds_any(text, layout.notice_markers) or _counter(text, layout)
                                   or is_stamp(text.lstrip("".join(layout.menu_bullets) + " "), layout))


def crawl_date_line(text: str) -> bool:
    """The crawler's date line over the page ("date 2025-08-14 快訊", "date 2020-06 广告"): the date it stamped,
    then at most a section's word or a button, no sentence of the story."""
    rest = text.strip().removeprefix("date").lstrip()
    return rest != text.strip() and _CRAWL_DAY.match(rest) is not None and len(rest) <= 24 and "。" not in rest


_CRAWL_DAY = _plain(r"(?:19|20)\d{2}-\d{2}(?:-\d{2})?")


def byline_first(text: str, after: str | None, layout: Layout) -> bool:
    """Past the site's furniture the page goes on with its byline, and no headline under it
    ("某报/ 记者某某/即时报导" over a caption): the opening was cut above its headline, and the gold
    reads its first line as the title."""
    return is_byline(text, layout) and not headline_shaped(after)



def is_furniture(text: str, layout: Layout, after: str | None = None) -> bool:
    """Page furniture that can stand above the headline: boilerplate, site notices, menu items; with
    `after` (the next line), the page's stamp, a byline or a section's label over a headline."""
    if is_boilerplate(text, layout) or holds_any(text, layout.notice_markers) or _tag_row(text) \
            or at_least(_KANA, text, 4):  # a notice in Japanese ("こちらのページは…")
        return True
    if after is not None and (masthead(text, after, layout) or _weather_place(text, after, layout)
                              or headline_shaped(after) and _named_button(text, layout)):
        return True
    # a stamp or a byline over the headline; over a page's first sentence (an excerpt without its
    # headline) the line stays: the title is then the page's first line, whatever it is
    # (asked of a line alone, with no next line given, a stamp or a byline is furniture)
    if (is_stamp(text, layout) or is_byline(text, layout)) and (after is None or headline_shaped(after)) \
            or is_label(text, after, layout):
        return True
    return text.startswith(layout.menu_bullets) and not _CJK.search(text)
