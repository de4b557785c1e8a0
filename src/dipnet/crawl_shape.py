"""Undo the shape a crawler gives a page, keeping offsets: HTML entity and markdown link leftovers,
hard-wrapped lines, sentences broken over lines on any page, Chinese characters spaced one by one.
Used by the normalize stage; every function takes and returns the text with, for each character, the
index of the character it came from."""

from __future__ import annotations

import html
import re
import statistics
import tomllib
from functools import lru_cache
from html.entities import html5
from importlib import resources

from dipnet import rx
from dipnet.rx import plain as _plain

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
_HAN = _plain(r"[\u3400-\u9fff]")
# four or more characters spaced out one by one
_SPACED = rx.compile(r"(?<![\u3400-\u9fff])[\u3400-\u9fff](?: [\u3400-\u9fff](?![\u3400-\u9fff])){3,}")
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


def strip_markup(text: str, least_ruby: int = 3) -> tuple[str, list[int]]:
    """Entities decoded, markdown links unwrapped, bare image links, HTML tags and pinyin
    annotations dropped."""
    text, ruby = strip_ruby(text, least_ruby)
    out, origin = _strip_markup(text)
    return out, origin if ruby is None else [ruby[i] for i in origin]


def _strip_markup(text: str) -> tuple[str, list[int]]:
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for m in re.finditer(f"{_ENTITY.pattern}|{_MD_LINK.pattern}|{_MD_BARE_IMAGE.pattern}|{_TAG.pattern}", text,
                         re.IGNORECASE):
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
    for m in _SPACED.finditer(text):
        gone.update(i for i in range(m.start(), m.end()) if text[i] == " ")
    if not gone:
        return text, origin
    keep = [i for i in range(len(text)) if i not in gone]
    return "".join(text[i] for i in keep), [origin[i] for i in keep]


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
    while a page justified with them has many."""
    prose = [(m.start(), m.end()) for m in _LINE.finditer(text) if _PROSE_MARK.search(m.group())]
    # a gap inside a sentence has the sentence's punctuation close after it; headlines run on after a
    # story's end ("(完) 相关新闻 标题一 标题二") have none, and keep their spaces
    gaps = [g.start() for a, b in prose for g in _HAN_GAP.finditer(text, a, b)
            if _CLAUSE_END.search(text, g.start(), min(b, g.start() + 80))]
    # the Chinese characters are counted only where the gaps are enough to matter (most pages have
    # fewer than five): counting them listed every character of the prose
    if len(gaps) < 5 or len(gaps) < LITTERED * sum(len(_HAN_ALL.findall(text, a, b)) for a, b in prose):
        gaps = [g for g in gaps if raw and raw[origin[g]] in "\u3000\u00a0"]
        if len(gaps) < 3:
            return text, origin
    gone = set(gaps)
    keep = [i for i in range(len(text)) if i not in gone]
    return "".join(text[i] for i in keep), [origin[i] for i in keep]


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
    characters and markup leftovers, which are no part of what the page says."""
    # (a headline's stretch may hold a single toned annotation: the page around it had more)
    return strip_markup(_INVISIBLE.sub("", text), least_ruby=1)[0]


_ENTITY_REST = _plain(r"#?[A-Za-z0-9]{1,31};")


def past_entity(raw: str, end: int) -> int:
    """A raw span's end moved past the entity it stops inside: a decoded entity maps to its "&"."""
    if end > 0 and raw[end - 1] == "&" and (m := _ENTITY_REST.match(raw, end)):
        return m.end()
    return end


# --- a line break inside a sentence (an inline link, a bold span, an image or an ad stood there) ---

_STOPS = "。!?;…"  # a sentence ends with one of these (or a closing quote/bracket after one)
_OPENERS = "“‘「『(【《〈〔"
_CLOSERS = "”’」』)】》〉〕"
# what a line that runs on into the next can start with: a Chinese character, a figure, Latin (a name),
# or punctuation that continues the sentence
_GOES_ON = _plain(r"[\u3400-\u9fffA-Za-z0-9,、:;。!?%" + _CLOSERS + "]")
# a list item opens a line of its own ("一是…", "二、…", "3.…")
_ITEM = _plain(r"(?:[一二三四五六七八九十]{1,3}[、是:.]|第[一二三四五六七八九十]{1,3}[,、是:]|[0-9]{1,2}(?:[、)]|\.(?![0-9])))")  # not a decimal "2.5亿"
_FIGURE_END = _plain(r"[\u3400-\u9fff,、][0-9]{1,4}$")
_MENU = _plain(r"[|｜>»]")  # a site's menu or breadcrumb ("首页 > 新闻 > 国际")
_PHOTO = _plain(r"(?:ảnh|anh|Ảnh)\s*\d")
# a field's label opening a line: a few characters and a colon ("日期:", "发布时间:", "信息来源:")
_FIELD = _plain(r"[\u4e00-\u9fff]{2,6}[:：]")


@lru_cache(maxsize=1)
def _breaks() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], re.Pattern[str],
                       tuple[str, ...]]:
    """(open ends, caption starts, caption ends, caption markers, a dateline opening a paragraph,
    bound starts)."""
    from dipnet.layout import load_layout  # the layout's markers: captions, agencies of a dateline
    data = tomllib.loads(resources.files("dipnet.data").joinpath("line_breaks.toml").read_text("utf-8"))
    layout = load_layout()
    names = "|".join(re.escape(a) for a in layout.agencies)
    dateline = _plain(rf"\(?(?:{names})\)?[^。,;\n]{{0,16}}?(?:电|——|—|报道)|据[^。\n]{{1,20}}?报道")
    return (tuple(data["open_ends"]), tuple(data["caption_starts"]), tuple(data["caption_ends"]),
            layout.caption_markers, dateline, tuple(data["bound_starts"]))


# a photographer's credit with the day the photo was taken after it ("某社记者某某摄 113年7月10日")
_CREDIT_DATED = _plain(r"摄\s*(?:\d{2,4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$")


def _caption(line: str) -> bool:
    _, starts, ends, markers, _, _ = _breaks()
    return line.startswith(starts) or line.endswith(ends) or any(m in line for m in markers) \
        or bool(_PHOTO.search(line)) or bool(_CREDIT_DATED.search(line))


def _open_end(line: str) -> bool:
    """The line stops where no sentence can: on a comma, an opening quote or bracket, a word that must
    be followed ("的", "和", "与"), or inside a quote or bracket opened in its last sentence."""
    if line[-1] in ",、" + _OPENERS or line.endswith(_breaks()[0]):
        return True
    last = max(line.rfind(ch) for ch in _STOPS) + 1
    tail = line[last:]
    return any(tail.count(o) > tail.count(c) for o, c in zip(_OPENERS, _CLOSERS, strict=True))


def _runs_on(line: str) -> bool:
    """A body line that stops mid-sentence: it ends with no sentence or clause punctuation, and it is a
    paragraph's (a sentence ended earlier in it, it opens with a dateline, or it is longer than any
    headline) or it ends where no sentence can. A short line without a full stop is a headline, a teaser
    or a heading — kept apart even with a comma in it ("维护民族利益,提升国家地位")."""
    if line[-1] in _STOPS + _CLOSERS + ":\"'|" or _caption(line):
        return False
    if _open_end(line):
        return True
    if not _plain(r"[\u3400-\u9fff0-9]$").search(line):  # a link, a code: no sentence stops there
        return False
    # after the last full stop, a sentence's first words (an id there is none: "。1050412", "(编辑:某)1120817")
    tail = line[max(line.rfind(ch) for ch in _STOPS + _CLOSERS) + 1:]
    if len(tail) > 4 and not _HAN.search(tail):
        return False
    return any(ch in line for ch in "。!?;") or bool(_breaks()[4].match(line)) or (len(line) > 60 and "," in line)


def _continues(line: str) -> bool:
    """The line can be the rest of a sentence: it starts as one goes on, and is not a dateline, a list
    item, a caption, a list of space-parted headlines, a page's field ("日期:2019-04-26"), its stamp or a
    byline ("某某新闻/综合报导")."""
    return bool(_GOES_ON.match(line)) and not _breaks()[4].match(line) and not _ITEM.match(line) \
        and not _MENU.search(line[:40]) \
        and not _caption(line) and not _plain(r"[\u3400-\u9fff]{4,} [\u3400-\u9fff]{4,} [\u3400-\u9fff]{4,}").search(line) \
        and not _field(line)


def _field(line: str) -> bool:
    """A page's field, stamp or byline: a line of its own, never the rest of a sentence."""
    from dipnet.furniture import is_byline, is_stamp
    from dipnet.layout import load_layout
    layout = load_layout()
    if _FIELD.match(line) and any(line.startswith(w, k) for k in range(3) for w in layout.stamp_labels):
        return True
    return len(line) <= 80 and (is_stamp(line, layout) or is_byline(line, layout))


def _title_like(line: str) -> bool:
    """A headline's shape: no full stop and no clause left open at its end."""
    return not any(ch in line for ch in "。!?;") and not _open_end(line)


def _parted(lines: list[str]) -> bool:
    """The page parts its paragraphs with empty lines: most lines ending a sentence have one after them.
    There a single line break after a line that stops mid-sentence parts no paragraphs."""
    ends = [k for k in range(len(lines) - 1) if lines[k] and lines[k][-1] in "。!?"]
    return len(ends) >= 3 and sum(1 for k in ends if not lines[k + 1]) >= 0.7 * len(ends)


def join_broken(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Rejoin a sentence broken over two lines, on any page: a body line that stops mid-sentence
    (_runs_on) and the next line (past at most one empty line: an image or an ad stood there), when it
    goes on with the sentence (_continues). A next line that looks like a headline joins only when the
    sentence goes on right after it (a link or a bold name printed as a line of its own)."""
    lines = text.split("\n")
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    nonblank = [k for k, ln in enumerate(lines) if ln]
    parted = _parted(lines)
    gaps: list[tuple[int, int]] = []  # (last line before, first line after) a break that goes
    cur = ""
    prose = False  # a sentence has ended above: headlines and the site's header are past
    through = False  # the line before was joined as a stretch inside a sentence: the sentence goes on
    for n, k in enumerate(nonblank):
        ln = lines[k]
        prev = nonblank[n - 1] if n else -1
        # (most lines end a sentence and are passed at once)
        go = through or bool(cur) and k - prev <= 2 and (cur[-1] not in "。!?:" or ln[0] in _CLOSERS) \
            and _joinable(cur, ln, lines, k, parted and (prose or "," in cur))
        through = go and not through and _title_like(ln) and ln[-1] not in ",、"
        if go:
            gaps.append((prev, k))
            cur += ln
            if len(cur) > 600:  # its head and tail are read (a page wrapped at a width: no quadratic work)
                cur = cur[:100] + ("。" if any(ch in cur[100:-300] for ch in "。!?") else "") + cur[-300:]
        else:
            cur = ln
        prose = prose or any(ch in ln for ch in "。!?")
    if not gaps:
        return text, origin
    pieces: list[str] = []
    org: list[int] = []
    last = 0
    for a, b in gaps:
        end = starts[a] + len(lines[a])  # the break: from L's end to R's start
        pieces.append(text[last:end])
        org.extend(origin[last:end])
        if lines[a][-1].isascii() and lines[a][-1].isalnum() and lines[b][0].isascii() and lines[b][0].isalnum():
            pieces.append(" ")  # Latin words broken at a space keep one
            org.append(origin[end])
        last = starts[b]
    pieces.append(text[last:])
    org.extend(origin[last:])
    return "".join(pieces), org


def _joinable(cur: str, ln: str, lines: list[str], k: int, parted: bool) -> bool:
    """Whether the break before line k goes (cur: the line before it, as joined so far). `parted`: on
    a page parting paragraphs with empty lines, below its first sentence or in a line with a comma
    (above the first sentence the headline stands, and it rarely has one)."""
    near = bool(lines[k - 1])  # no empty line between
    if not _continues(ln) or (len(cur) <= 80 and _field(cur)):  # a byline and stamp line runs on into nothing
        return False
    # a figure cut from its unit or measure word ("2019" / "年世界格局") runs on whatever the line before it
    # (a number right after words: not a stamp, a code or a photo number, "19:00 | 25/11/2023", "ảnh 1")
    # (or cut in two: "建军8" / "0周年")
    figure = near and bool(_FIGURE_END.search(cur)) and (bool(_HAN.match(ln[0])) or ln[0].isdigit())
    if ln[0] in ",、:;。!?" + _CLOSERS and not ln.startswith("![") and _stops_short(cur):  # nothing starts so
        return True
    if not (figure or _runs_on(cur)):
        # where paragraphs are parted by empty lines, a single break is inside one: a paragraph's
        # first words that have no full stop yet go on into a sentence, and the lines of a block that
        # only its last ends with one are one paragraph (a headline has none; a list of headlines none)
        return parted and near and _stops_short(cur) and not _HAN_GAP.search(ln) \
            and (not _title_like(ln) or _block_ends_a_sentence(lines, k))
    # past an empty line, a paragraph that lacks its full stop is as likely: the break must show on
    # one side (a clause left open; a line that no sentence starts with)
    # (or a paragraph's line with a sentence in it, and the next goes on to a full stop: a paragraph
    # whose last stop is missing is the exception, an image or an ad inside a sentence is not)
    # (a question or an exclamation inside a short line is a headline's: "某事?外交部回应")
    if not near and not (_open_end(cur) or ln[0] in ",、:;。!?" + _CLOSERS or ln.startswith(_breaks()[5])
                         or ("。" in cur or len(cur) > 40 and any(ch in cur for ch in "!?"))
                         and _stops_short(cur) and not _title_like(ln)):
        return False
    if _title_like(ln) and ln[-1] not in ",、":
        # a headline's shape: only as a stretch printed on its own line inside a sentence, with no empty
        # line around it and the sentence going on in the next line; two headlines in one line
        # ("标题一 标题二") are no stretch of a sentence
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        return near and bool(nxt) and _continues(nxt) and not _HAN_GAP.search(ln)
    return True


def _block_ends_a_sentence(lines: list[str], k: int) -> bool:
    """Lines k, k+1, … (no empty line between, at most four) each stop mid-sentence and go on into the
    next, and the last ends a sentence."""
    for j in range(k, min(k + 4, len(lines))):
        if not lines[j] or not _continues(lines[j]) or _HAN_GAP.search(lines[j]):
            return False
        if lines[j][-1] in _STOPS or lines[j][-1] in _CLOSERS and len(lines[j]) > 1 and lines[j][-2] in _STOPS:
            return True
        if not _stops_short(lines[j]):
            return False
    return False


def _stops_short(line: str) -> bool:
    """A line of words that ends where no sentence does, and is no caption, list of headlines or code."""
    tail = line[max(line.rfind(ch) for ch in _STOPS + _CLOSERS) + 1:]  # not an id after a sentence: "。1050412"
    return bool(_plain(r"[\u3400-\u9fff0-9]$").search(line)) and bool(_HAN.search(tail)) and not _caption(line) \
        and not _HAN_GAP.search(line) and not _MENU.search(line)
