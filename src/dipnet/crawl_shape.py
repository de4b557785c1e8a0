"""Undo the shape a crawler gives a page, keeping offsets: HTML entity and markdown link leftovers,
hard-wrapped lines, Chinese characters spaced one by one (sentences broken over lines on any page:
broken_lines.py).
Used by the normalize stage; every function takes and returns the text with, for each character, the
index of the character it came from."""

from __future__ import annotations

import html
import re
import statistics
from html.entities import html5
from itertools import chain

from dipnet import rx
from dipnet.rx import plain as _plain
from dipnet.rxneeds import at_least
from dipnet.rxstarts import finditer as starts_finditer
from dipnet.rxstarts import places as start_places

# an entity a page's HTML left behind ("&nbsp;", "&quot;", "&#8220;"): a name HTML knows, or a number
_ENTITY = _plain(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# markdown a HTML-to-text crawler wrote: a link "[text](url)" keeps its text; an image without alt text
# ("![](url)") is nothing. An image with alt text stays: segment reads it as a teaser.
_MD_LINK = _plain(r"(?<!!)\[([^\[\]\n]{1,200})\]\((?:https?:)?/[^\s()]*\)")
_MD_BARE_IMAGE = _plain(r"!\[\]\((?:https?:)?/[^\s()]*\)")
# an HTML tag a crawler left in the text: a known layout or type tag, so that other "<" (a comparison)
# stays; links and images (<a>, <img>) and scripts are left as they are, to be shown escaped, never run
_TAG = _plain(r"</?(?:p|br|div|span|strong|b|i|em|u|font|li|ul|ol|h[1-6]|table|tbody|tr|td|th|section|"
                  r"article|center|sup|sub|small|big|blockquote)\b(?:\s+[A-Za-z_:][^<>\n]{0,300}?)?\s*/?>", re.IGNORECASE)
# any of the four, as _strip_markup reads them (tried only at a "&", "[", "!" or "<": see rxstarts)
_MARKUP = _plain(f"{_ENTITY.pattern}|{_MD_LINK.pattern}|{_MD_BARE_IMAGE.pattern}|{_TAG.pattern}", re.IGNORECASE)
_HAN = _plain(r"[\u3400-\u9fff]")
# four or more characters spaced out one by one
_SPACED = rx.compile(r"(?<![\u3400-\u9fff])[\u3400-\u9fff](?: [\u3400-\u9fff](?![\u3400-\u9fff])){3,}")
# …each holding three of these (a space, a character standing alone after it): the engine skips to the
# spaces, where _SPACED is tried at every Chinese character; a page with fewer holds none
_LONE = rx.compile(r" [\u3400-\u9fff](?![\u3400-\u9fff])")
# a line that ends here ends a sentence, a quote, a heading's bracket, a label ("来源:")
_LINE_END = set("。!?;:”’\"」』)】》…")


# a character's pinyin printed after it in brackets, as some mirror sites annotate pages ("訪問(wèn)"):
# lower-case syllables, on a page that has several of them, one with a tone mark
_RUBY = rx.compile(r"(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
_TONED = _plain(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


def strip_ruby(text: str, least: int = 3) -> tuple[str, list[int] | None]:
    """The page without pinyin annotations after its characters, and where each character came from
    (None: there were none, as on most pages). `least`: how many make a page annotated."""
    found = _RUBY.findall(text) if "(" in text else []
    if len(found) < least or not any(_TONED.search(r) for r in found):
        return text, None
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for m in _RUBY.finditer(text):
        pieces.append(text[last:m.start()])
        origin.extend(range(last, m.start()))
        last = m.end()
    pieces.append(text[last:])
    origin.extend(range(last, len(text)))
    return "".join(pieces), origin


def strip_markup_or_same(text: str) -> tuple[str, list[int] | None]:
    """Entities decoded, markdown links unwrapped, bare image links, HTML tags and pinyin annotations
    dropped, with where each character came from — None for a text it leaves as it is (most pages): the
    caller keeps its own origins, with no identity list built and composed."""
    text, ruby = strip_ruby(text)
    out, origin = _strip_markup(text)
    if origin is None:
        return out, ruby
    return out, origin if ruby is None else [ruby[i] for i in origin]


def _strip_markup(text: str) -> tuple[str, list[int] | None]:
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    found = starts_finditer(_MARKUP, text, start_places(_MARKUP.pattern, re.IGNORECASE))
    first = next(found, None)
    if first is None:
        return text, None
    for m in chain((first,), found):
        a, b = m.span()
        pieces.append(text[last:a])
        origin.extend(range(last, a))
        if m.group(1) is not None:  # a markdown link: its text, where it stands
            pieces.append(m.group(1))
            origin.extend(range(m.start(1), m.end(1)))
        elif m.group().startswith("<"):  # a tag is nothing; one that breaks a line is a break
            if re.match(r"</?(?:p|br|div|li|h[1-6]|tr|table|blockquote)\b", m.group(), re.IGNORECASE):
                pieces.append("\n")
                origin.append(a)
        elif m.group().startswith("&"):
            name = m.group()[1:]
            out = html.unescape(m.group()) if name.startswith("#") or name in html5 else m.group()
            pieces.append(out)
            origin.extend([a] * len(out) if out != m.group() else range(a, b))
        last = b
    pieces.append(text[last:])
    origin.extend(range(last, len(text)))
    return "".join(pieces), origin


def join_spaced(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Drop the spaces of words spaced out one character at a time ("外 交 部 发 言 人"): four or more
    Chinese characters, each alone between spaces. Fewer ("顶 踩", "字号:大 中 小", "王 毅") stay: menu buttons
    look like that; and a space between longer runs parts headlines or names ("记者 王明 李华")."""
    gone: set[int] = set()
    for m in _SPACED.finditer(text) if at_least(_LONE, text, 3) else ():
        gone.update(i for i in range(m.start(), m.end()) if text[i] == " ")
    if not gone:
        return text, origin
    return without(text, origin, gone)


def without(text: str, origin: list[int], gone: set[int]) -> tuple[str, list[int]]:
    """The text less the characters at `gone` (places in it), with the origins of the rest: cut between
    the places, not a step per character kept."""
    pieces: list[str] = []
    kept: list[int] = []
    last = 0
    for g in sorted(gone):
        pieces.append(text[last:g])
        kept += origin[last:g]
        last = g + 1
    pieces.append(text[last:])
    kept += origin[last:len(text)]
    return "".join(pieces), kept


_HAN_GAP = rx.compile(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])")
_CLAUSE_END = _plain(r"[。,;:!?、]")
_HAN_ALL = _plain(r"[\u3400-\u9fff]")
_LINE = _plain(r"[^\n]+")
_PROSE_MARK = _plain(r"[。,]")
# spaces between Chinese characters in the sentences of a page: the open pages have at most one in 36
# characters (headlines run into a line); a page littered with them (text from a PDF, justified type)
# has one in ten
LITTERED = 0.06


def join_littered(text: str, origin: list[int], raw: str = "") -> tuple[str, list[int]]:
    """On a page whose sentences are littered with spaces between Chinese characters, those spaces go
    from inside its sentences; a line without a sentence (headlines, menus) keeps them. A wide space
    (U+3000, NBSP) between two characters inside a sentence goes on any page: no open page has one there,
    while a page justified with them has many. On a page lightly littered (two or more), a single space
    inside a clause of its prose goes too (in_clause)."""
    prose = [(m.start(), m.end()) for m in _LINE.finditer(text) if _PROSE_MARK.search(m.group())]
    # a gap inside a sentence has the sentence's punctuation close after it; headlines run on after a
    # story's end ("(完) 相关新闻 标题一 标题二") have none, and keep their spaces
    gaps = [g.start() for a, b in prose for g in _HAN_GAP.finditer(text, a, b)
            if _CLAUSE_END.search(text, g.start(), min(b, g.start() + 80))]
    # the Chinese characters are counted only where the gaps are enough to matter (most pages have
    # fewer than five): counting them listed every character of the prose
    if len(gaps) < 5 or len(gaps) < LITTERED * sum(len(_HAN_ALL.findall(text, a, b)) for a, b in prose):
        wide = [g for g in gaps if raw and raw[origin[g]] in "\u3000\u00a0"]
        # a page lightly littered (an old crawl) has a few inside its clauses; one alone is as likely a
        # missing full stop between two sentences ("…插件 若要连接,…") or a headline run into one
        light = [g.start() for a, b in prose for g in _HAN_GAP.finditer(text, a, b) if in_clause(text, g.start(), a, b)]
        gaps = sorted(set(light if len(light) >= 2 else []) | set(wide if len(wide) >= 3 else []))
        if not gaps:
            return text, origin
    return without(text, origin, set(gaps))


# a clause opens after one of these (not after a colon: "标题:" opens a field) and closes before one of
# these; a bracket or bar between parts a byline, a label or a row of links from the sentence
_CLAUSE_OPEN = set("。,、;!?")
_CLAUSE_CLOSE = set("。,、;:!?")
_CLAUSE_BREAK = set("()()[]【】|")


def in_clause(text: str, at: int, a: int, b: int) -> bool:
    """Whether the single space at `at` (between two Chinese characters, on the line text[a:b]) is litter
    inside a clause of running prose: the clause's own punctuation stands before and after it on the line,
    the clause is no longer than a clause runs and holds at most one other space. A space before the
    line's first clause mark stays (a dateline "北京9月7日电 外交部…", a byline, a label "导读 …"); so does
    one after its last (a photo credit "记者 王明 摄", headlines run on after a story), and a row of
    headlines parted by spaces has more spaces than a clause holds."""
    k = at - 1
    while k >= a and text[k] not in _CLAUSE_OPEN:
        if text[k] in _CLAUSE_BREAK:
            return False
        k -= 1
    n = at + 1
    while n < b and text[n] not in _CLAUSE_CLOSE:
        if text[n] in _CLAUSE_BREAK:
            return False
        n += 1
    return k >= a and n < b and n - k <= 80 and text.count(" ", k, n) <= 2


def unwrap_lines(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Rejoin a page hard-wrapped at a width (print views, some crawlers): a long line that stops
    mid-sentence and runs straight on to the next line is one line with it. Only on pages where many
    long lines stop mid-sentence — a clean page's lines end paragraphs."""
    lines = text.split("\n")
    long_ = [ln for ln in lines if len(ln) >= 24]
    cut = [k for k, ln in enumerate(lines[:-1]) if len(ln) >= 24 and ln[-1] not in _LINE_END and lines[k + 1]]
    # a clean page has a few (captions, mastheads, headings)
    if len(cut) < 4 or len(cut) < 0.3 * len(long_):
        return text, origin
    # a wrapped page has no line much longer than its width, the length its cut lines have; a page whose
    # paragraphs run longer than the lines stopping mid-sentence has headings and captions there, not wraps
    width = statistics.median(len(lines[k]) for k in cut)
    lengths = sorted(len(ln) for ln in long_)
    if lengths[int(0.9 * (len(lengths) - 1))] > 1.6 * width:
        return text, origin
    # a shorter line ending mid-sentence is a heading
    joins = {k for k in cut if len(lines[k]) >= 0.5 * width and not _field(lines[k + 1])}
    pieces: list[str] = []
    org: list[int] = []
    pos = 0
    for k, ln in enumerate(lines):
        pieces.append(ln)
        org.extend(origin[pos:pos + len(ln)])
        pos += len(ln)
        if k == len(lines) - 1:
            break
        if k not in joins:
            pieces.append("\n")
            org.append(origin[pos])
        elif not (_HAN.match(ln[-1]) or _HAN.match(lines[k + 1][0]) or ln[-1] in ",、 " or ln[-1].isdigit()):
            pieces.append(" ")  # Latin words wrapped at a space keep one
            org.append(origin[pos])
        pos += 1
    return "".join(pieces), org



_INVISIBLE = _plain("[\u200b\u200c\u200d\u2060\u00ad\ufeff\u180e]")


def shown_original(text: str) -> str:
    """A stretch of the raw page as output shows it (a title in its own script): without invisible
    characters and markup leftovers, which are no part of what the page says. Pinyin annotations after
    its characters ("訪(fǎng)問(wèn)") stay: a mirror site prints its headlines so, and the page's headline
    is the line as printed (fp47, fp62, fp71, fp75); only the text read for events drops them."""
    return _strip_markup(_INVISIBLE.sub("", text))[0]


def past_annotation(raw: str, end: int) -> int:
    """A raw span's end moved past the pinyin annotation right after its last character ("招待會(huì)"):
    the normalized text dropped it, so the span's end stops before it."""
    m = _RUBY.match(raw, end) if end < len(raw) and raw[end] == "(" else None
    return m.end() if m and strip_ruby(raw)[1] is not None else end


_ENTITY_REST = _plain(r"#?[A-Za-z0-9]{1,31};")


def past_entity(raw: str, end: int) -> int:
    """A raw span's end moved past the entity it stops inside: a decoded entity maps to its "&"."""
    if end > 0 and raw[end - 1] == "&" and (m := _ENTITY_REST.match(raw, end)):
        return m.end()
    return end


# a field's label opening a line: a few characters and a colon ("日期:", "发布时间:", "信息来源:")
_FIELD = _plain(r"[\u4e00-\u9fff]{2,6}[:：]")


def _field(line: str) -> bool:
    """A page's field, stamp or byline: a line of its own, never the rest of a sentence."""
    from dipnet.furniture import is_byline, is_stamp
    from dipnet.layout import load_layout
    layout = load_layout()
    if _FIELD.match(line) and any(line.startswith(w, k) for k in range(3) for w in layout.stamp_labels):
        return True
    return len(line) <= 80 and (is_stamp(line, layout) or is_byline(line, layout))
