"""What one line of a page is, by its shape: a photo caption or its marker, an attribution, an
editor's credit, a headline, a list of teaser headlines, a dateline, a related-news block run into
a line. The segment stage asks these of every line."""

from __future__ import annotations

import re
from functools import lru_cache

from dipnet.layout import Layout, holds_any
from dipnet.rx import plain as _plain
from dipnet.rxneeds import at_least  # (counted to the n-th match only)
from dipnet.teaser import teaser_parts as _teaser_parts
from dipnet.teaser import whole_headline as _whole_headline

_SENTENCE_END = "。!?;”\""
_PHOTO_NUM = r"\s*\d{1,2}\s*"
_IMAGE_LINK = _plain(r"!\[(.{6,})\]\(\S+\)")


def photo_marker(line: str, layout: Layout) -> re.Match[str] | None:
    """The crawler's photo marker in "HEADLINE ảnh 1CAPTION" ("hinh anh 1" too), or None."""
    word, marker = photo_pattern(layout.photo_word, layout.photo_word_before)
    # every marker holds a photo word: a line without one (nearly every line) is not searched for the
    # marker, whose opening alternatives the engine would try at every character; nor for the word
    # (case folded, so tried at every character too) where no word's last letter stands in the line
    tails = _last_letters(layout.photo_word)
    if tails is not None and not any(ch in line for ch in tails):
        return None
    return marker.search(line) if word.search(line) else None


@lru_cache(maxsize=4)
def _last_letters(photo_words: tuple[str, ...]) -> tuple[str, ...] | None:
    """Both cases of the photo words' last letters (every case-folded match holds one), or None where
    a last letter is no plain ASCII letter (some fold to letters of other scripts: k to the Kelvin sign)."""
    if not photo_words or not all(w[-1:].isascii() and w[-1:].isalpha() and w[-1].lower() not in "iks"
                                  for w in photo_words):
        return None
    return tuple(sorted({c for w in photo_words for c in (w[-1].lower(), w[-1].upper())}))


@lru_cache(maxsize=4)
def photo_pattern(photo_words: tuple[str, ...], before: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a photo word, the whole marker), both as the marker reads letters (case folded)."""
    words = "|".join(re.escape(w) for w in photo_words)
    lead = f"(?:(?:{'|'.join(re.escape(w) for w in before)})\\s+)?" if before else ""
    return (_plain(f"(?:{words})", re.IGNORECASE),
            _plain(rf"(?:^|\s|(?<=[\u4e00-\u9fff])){lead}(?:{words}){_PHOTO_NUM}", re.IGNORECASE))


@lru_cache(maxsize=4)
def attribution_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """A closing "(记者…)" or "(编辑…)" credit at a paragraph's end."""
    return _plain(r"\((?:" + "|".join(map(re.escape, prefixes)) + r")([^)]{1,40})\)\s*$")


def photo_split(line: str, layout: Layout) -> int | None:
    """Where the caption starts after a photo marker, or None."""
    m = photo_marker(line, layout)
    return m.end() if m else None


def is_caption(text: str, layout: Layout) -> bool:
    return holds_any(text, layout.caption_markers) or photo_split(text, layout) is not None or scene_caption(text, layout)


def scene_caption(text: str, layout: Layout) -> bool:
    """A short line naming the scene of the photo over or under it ("新闻发布会现场"): a caption, no headline."""
    return bool(layout.caption_tails) and len(text) <= layout.caption_tail_max \
        and text.rstrip("。").endswith(layout.caption_tails)


def image_link(text: str) -> str | None:
    """The alt text of a teaser printed as an image link ("![headline](https://…)"), or None."""
    m = _IMAGE_LINK.fullmatch(text)
    return m.group(1) if m else None


@lru_cache(maxsize=4)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    return _plain("|".join(map(re.escape, words)))


def inline_more(text: str, layout: Layout) -> tuple[int, list[str]] | None:
    """A related-news block run into a line ("…(完) 相关新闻 标题一 标题二 其他 标题三"):
    where it starts, and its space-parted parts."""
    if not layout.more_markers or _any_of(layout.more_markers).search(text) is None:
        return None  # most lines: no marker, one search
    for marker in layout.more_markers:
        if marker not in text:  # most lines: no pattern run at all
            continue
        # the marker as a word of its own: after a space, or after Latin text whose space went
        m = marker_word(marker).search(text)
        if m is None:
            continue
        k = m.start() - int(m.start() > 0 and text[m.start() - 1] in _MARKER_OPENERS)  # (with its bracket: "【相关阅读】")
        # (the marker parted from the first headline: normalization drops a space after a colon)
        parts = [marker, *(p for p in text[m.end():].split(" ") if p)]
        heads = [p for p in parts if p.rstrip(":：") not in layout.more_markers and p not in layout.boilerplate]
        # (one link alone when the line is only the marker and it: "相关阅读:标题", "【相关阅读】标题")
        if (len(heads) >= 2 or k == 0 and len(heads) == 1 and len(heads[0]) >= 6) \
                and all(4 <= len(p) <= 60 and "。" not in p for p in heads):
            return k, parts
    return None


@lru_cache(maxsize=256)
def marker_word(marker: str) -> re.Pattern[str]:
    # after a space, Latin text or an end mark's bracket ("(完)相关新闻 …"), or opening the line; then a space
    # or a colon ("相关新闻:标题一 标题二"); or in square brackets ("【相关阅读】标题")
    # (also after a bullet or an arrow, "▶延伸阅读:", and before a bar or an arrow, "延伸阅读 | 标题", "相关新闻>>标题")
    return _plain(rf"(?:^|(?<=[\s)）{_MARKER_OPENERS}])|(?<=[A-Za-z])){re.escape(marker)}"
                  r"(?:[:：]\s?|\s?[|｜]\s?|\s?(?:>>|»|→|》)\s?|\s|[】\]〗]\s?)")


_MARKER_OPENERS = "【[〖▶►▷★☆■●◆"  # what may open a marker run into its line: a bracket, a bullet, an arrow


def is_headline(text: str, layout: Layout) -> bool:
    return len(text) <= 60 and text[-1] not in "。" and not is_caption(text, layout) and not is_credit(text, layout)


def under_a_summary(text: str) -> bool:
    """A headline under a summary sentence has no full stop inside and is no question asked in a
    sentence ("某某。新华社图片" is a photo's caption, "有记者提问,…,能否介绍…?" the reporter's question)."""
    return "。" not in text and not (text[-1] in "?？" and ("," in text or "，" in text))


@lru_cache(maxsize=4)
def credit_pattern(words: tuple[str, ...], after: tuple[str, ...]) -> re.Pattern[str]:
    # '责任编辑:某某' (in brackets too: "(责编:某某)", "【编辑:某某】"), or a name and the work it credits in brackets: '(某某/译)'
    return _plain(r"[(（【\[]?\s?(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                      + r")\s?[:：丨|/]\s?[^。,;]{1,40}$|[(（][^()（）。,]{1,16}[/／](?:"
                      + "|".join(map(re.escape, after)) + r")[)）]$")


def is_credit(text: str, layout: Layout) -> bool:
    """'责任编辑:刘某', '(责编:周某(实习生)、郑某)': a line that credits the editor, not a teaser."""
    return bool(layout.credit_words) and credit_pattern(layout.credit_words, layout.credit_after).match(text) is not None


def link_list(text: str, long: bool = False) -> list[str] | None:
    """A line of several teaser headlines parted by spaces, as related-link widgets print them
    (a table row keeps its closing "|"). A `long` list (four or more) may hold headlines with
    commas and colons: a sentence of that many space-parted clauses is not written."""
    parts = _teaser_parts(text.rstrip("|｜ ").split(" "))
    if len(parts) < (4 if long else 2) or text[-1] in _SENTENCE_END:
        return None
    punct = r"[。]" if long else r"[。,;:!?]"
    if all(6 <= len(p) <= (60 if long else 40) and not _plain(punct).search(p) and _whole_headline(p) for p in parts):
        return parts
    return None


def opening_dateline(text: str, layout: Layout) -> int:
    """Length of a dateline opening this paragraph (越通社河内——, 新华社莫斯科4月4日电), or 0."""
    if not text.startswith(layout.dateline_openers):
        return 0
    line, reported = dateline_patterns(layout.agencies, layout.dateline_roundups)
    m = line.match(text)
    # (an interviewer's line, "某社记者:您对…?", names no place nor day: no dateline)
    asks = m is not None and m.group(0).rstrip().endswith(":") and not m.group("place") \
        and not any(ch.isdigit() for ch in m.group(0))
    if m and len(m.group(0)) < 40 and not asks:
        return m.end()
    m = reported.match(text)
    return m.end() if m else 0


def whole_dateline(text: str, layout: Layout) -> bool:
    """A dateline printed on a line of its own ("某社/某地5日电"): it opens the story under it and is
    no headline."""
    d = opening_dateline(text, layout)
    return d > 0 and not text[d:].strip()


# any agency's dateline at a sentence's start, the agency not known (recognize/owners.py: the country opening the
# sentence after it owns its bare ministries): its place and day then 电/讯, a dash after its place, or
# a bracketed credit (新华社北京3月5日电, 越通社河内——, 中新网5日电, 【联合早报讯】)
ANY_DATELINE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:社|网|網|台)[\u4e00-\u9fff]{0,8}?(?:\d{1,2}月)?\d{1,2}日(?:电|電|讯|訊)[ \u3000]*"
                          r"|[\u4e00-\u9fff]{1,6}社[\u4e00-\u9fff]{1,8}(?:——|－－)[ \u3000]*|【[^】\n]{1,12}(?:讯|訊)】[ \u3000]*")


@lru_cache(maxsize=4)
def dateline_patterns(agencies: tuple[str, ...], roundups: tuple[str, ...] = ()) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A dateline (越通社河内——, 新华社莫斯科4月4日电) and a 据…报道 opening, for these agencies; `roundups`: a
    wire's round-up words that may close it after its day (layout.toml dateline_roundups)."""
    names = "|".join(re.escape(a) for a in agencies)
    roundup = "".join(f"|(?<=日){re.escape(w)}" for w in roundups)
    line = _plain(
        rf"(?:\(?(?:{names})\)?)(?:\s?[/／]\s?)?(?:驻\S{{1,6}}?记者|特派记者|记者\S{{0,8}}?)?"
        rf"(?P<place>[\u4e00-\u9fff]{{0,6}}?)(?:\d{{1,2}}月)?(?:\d{{1,3}}日)?(?:电|专电{roundup})?(?:(?<=电)\))?"
        rf"(?:\([^)]{{0,30}}\))?\s*(?:——|—|-{{1,2}}|:|(?<=\)|电|导))\s*")
    return line, _plain(rf"据(?:{names})\S{{0,20}}?报道[,，]?")


_CELL = _plain(r"[|｜]?\s*([^|｜]+?)\s*[|｜]?")
_CJK_CHAR = _plain(r"[\u4e00-\u9fff]")


def table_cell(text: str) -> str | None:
    """The words of a table's cell printed as a line ("| 标题一 标题二 |", "图注。 |"), or None: a
    line opening or closing with a bar around some words of Chinese."""
    if not (text.startswith(("|", "｜")) or text.endswith(("|", "｜"))):
        return None
    m = _CELL.fullmatch(text)
    return m.group(1) if m and at_least(_CJK_CHAR, m.group(1), 8) else None


def one_printed_line(title: str) -> str:
    """A title as the page prints it, on one line: where lines the page broke were joined (a caption or a
    lead with no full stop, run into the story under it), the title stops at its first line's end."""
    head = title.split("\n", 1)[0].strip()
    return head if at_least(_CJK_CHAR, head, 6) else title
