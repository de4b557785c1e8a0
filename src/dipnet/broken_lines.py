"""Rejoin a sentence a page broke over lines, on any page (an inline link, a bold span, an image or an
ad stood there): which line stops mid-sentence, which goes on with it, and which is a headline, a
caption, a list item or a page's field that stands on its own. Used by the normalize stage after
crawl_shape; join_broken takes and returns the text with, for each character, the index of the
character it came from."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from dipnet.crawl_shape import _HAN, _HAN_GAP, _field
from dipnet.lineopens import DAY_OPENS, LABELLED, day_lead, opens_a_sentence, parallel
from dipnet.rx import plain as _plain
from dipnet.teaser import printed_stamp, tells_again, trailing_stamp
from dipnet.teaserwords import alternation, teaser_words

_STOPS = "。!?;…"  # a sentence ends with one of these (or a closing quote/bracket after one)
_OPENERS = "“‘「『(【《〈〔"
_CLOSERS = "”’」』)】》〉〕"
# what a line that runs on into the next can start with: a Chinese character, a figure, Latin (a name),
# or punctuation that continues the sentence
_GOES_ON = _plain(r"[\u3400-\u9fffA-Za-z0-9,、:;。!?%" + _CLOSERS + "]")
# a comma after a word: a sentence's clause, which a card's headline has not (a Latin date's comma is no clause's)
_CLAUSE_COMMA = _plain(r"[\u3400-\u9fff],")
# a list item opens a line of its own ("一是…", "二、…", "3.…")
_ITEM = _plain(r"(?:[一二三四五六七八九十]{1,3}[、是:.]|第[一二三四五六七八九十]{1,3}[,、是:]|[0-9]{1,2}(?:[、)]|\.(?![0-9])))")  # not a decimal "2.5亿"
_FIGURE_END = _plain(r"[\u3400-\u9fff,、][0-9]{1,4}$")
_MENU = _plain(r"[|｜>»]")  # a site's menu or breadcrumb ("首页 > 新闻 > 国际")
_PHOTO = _plain(r"(?:ảnh|anh|Ảnh)\s*\d")


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


# a line goes on from the one before when it opens with a quote, a title in brackets, an aside in brackets or a name's dot or dash after a word ("被确定为" / "“越中人文
# 交流年”", "在落实" / "《南海各方行为宣言》框架下", "代表" / "(占总数的98%)投票", "西沙瓦" / "·乔本潘"), when the line goes
# on past it; a bracket holding a dateline, a day or a byline ("(某某社记者某某电)…", "(9月10日)…", "(编辑:某某)") opens a
# line of its own (a card's dated summary under its headline)
@lru_cache(maxsize=1)
def _quoted_on() -> re.Pattern[str]:
    """A line opening with a quote, a title, a name's dot or dash, or a bracket that holds no byline word nor a day."""
    words = tomllib.loads(resources.files("dipnet.data").joinpath("line_breaks.toml").read_text("utf-8"))["byline_words"]
    byline = "|".join(re.escape(w) for w in words)
    return _plain(rf"(?:[“‘「『《·\-—]|\((?![^()\n]*?(?:{byline}|[0-9]{{1,2}}[月日])))[^\n]*?[”’」』》)]?[\u3400-\u9fff]")


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    from dipnet.layout import load_layout
    layout = load_layout()
    return frozenset(layout.more_markers + layout.prev_next)


def _label(line: str) -> bool:
    """A related-news marker or a link's label standing alone, bare ("相关推荐") or dressed as outlets print it
    ("【相关新闻】", "更多 >>", "相关推荐 >", "相关新闻(3)"): read as the segment stage reads it (related.more_marker)."""
    if line in _labels():
        return True
    from dipnet.layout import load_layout
    from dipnet.related import more_marker  # (related reads lines of the normalized text; imported here, once it is)
    return len(line) <= 24 and more_marker(line, load_layout())


@lru_cache(maxsize=2)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the words (one search of a line, not an `in` per word)."""
    return _plain("|".join(map(re.escape, words)))


# a photographer's credit with the day the photo was taken after it ("某社记者某某摄 113年7月10日")
_CREDIT_DATED = _plain(r"摄\s*(?:\d{2,4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$")


def _caption(line: str) -> bool:
    _, starts, ends, markers, _, _ = _breaks()
    return line.startswith(starts) or line.endswith(ends) or bool(markers and _any_of(markers).search(line)) \
        or bool(_PHOTO.search(line)) or bool(_CREDIT_DATED.search(line))


def _caption_rest(cur: str, ln: str, near: bool) -> bool:
    """The line is the rest of a caption broken in two where a link stood: it goes on as a sentence would and ends
    the sentence before the caption's credit or source ("…大将会见美国" / "执行官丹尼尔·罗森。图自越通社"), and the line
    above, right above it, stops short with no caption in it, mid-sentence by its shape (_runs_on) or with a comma (a
    headline right above a caption has neither)."""
    if not (near and _GOES_ON.match(ln) and _caption(ln) and _stops_short(cur) and (_runs_on(cur) or "," in cur)):
        return False
    _, starts, _, _, _, _ = _breaks()
    stop = max(ln.rfind(ch) for ch in "。!?")
    return 0 < stop < len(ln) - 1 and not ln.startswith(starts) and not _caption(ln[:stop + 1]) \
        and _caption(ln[stop + 1:])


def _open_end(line: str) -> bool:
    """The line stops where no sentence can: on a comma, an opening quote or bracket, a word that must
    be followed ("的", "和", "与"), or inside a quote or bracket opened in its last sentence."""
    if line[-1] in ",、" + _OPENERS or line.endswith(_breaks()[0]):
        return True
    last = max(line.rfind(ch) for ch in _STOPS) + 1
    tail = line[last:]
    return any(tail.count(o) > tail.count(c) for o, c in zip(_OPENERS, _CLOSERS, strict=True))


def _closes(cur: str, ln: str) -> bool:
    """The line closes a bracket or a quote that `cur` left open in its last sentence, and ends there ("…会谈。(法新" /
    "社档案照)", "(来" / "源:越南之声)"): the bracket's rest, not a headline."""
    tail = cur[max(cur.rfind(ch) for ch in _STOPS) + 1:]
    return ln[-1] in _CLOSERS and any(tail.count(o) > tail.count(c) and ln.count(c) > ln.count(o)
                                      for o, c in zip(_OPENERS, _CLOSERS, strict=True))


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
    if _stamp_closed(line):  # a headline's line closing on its printed stamp ("标题 04/07/2017"): no sentence's
        return False
    # after the last full stop, a sentence's first words (an id there is none: "。1050412", "(编辑:某)1120817")
    tail = line[max(map(line.rfind, _STOPS + _CLOSERS)) + 1:]  # (each mark's last, in C)
    if len(tail) > 4 and not _HAN.search(tail):
        return False
    return any(ch in line for ch in "。!?;") or bool(_breaks()[4].match(line)) or (len(line) > 60 and "," in line)


def _stamp_closed(line: str) -> bool:
    """The line closes on a date stamp in a printed form after some words ("标题 04/07/2017", "标题 2024-06-10 10:20")."""
    at = trailing_stamp(line) if line[-1].isdecimal() or line[-1] in ")）" else None
    return at is not None and printed_stamp(line[at:].strip()) and bool(_HAN.search(line[:at]))


def _continues(line: str) -> bool:
    """The line can be the rest of a sentence: it starts as one goes on, and is not a dateline, a list
    item, a caption, a list of space-parted headlines, a page's field ("日期:2019-04-26"), its stamp or a
    byline ("某某新闻/综合报导"), or a teaser card's stamp under its cut summary ("…尚未最终确定" / "Nov 19, 2025")."""
    return bool(_GOES_ON.match(line) or _quoted_on().match(line)) and not _breaks()[4].match(line) \
        and not _ITEM.match(line) \
        and not printed_stamp(line) \
        and not _MENU.search(line[:40]) \
        and not _caption(line) and not (line.count(" ") >= 2 and  # (a line of fewer spaces holds no such list)
                                         _plain(r"[\u3400-\u9fff]{4,} [\u3400-\u9fff]{4,} [\u3400-\u9fff]{4,}").search(line)) \
        and not _field(line)


@lru_cache(maxsize=1)
def _signoff() -> re.Pattern[str]:
    return _plain(r"[(（【\[]?\s?(?:" + alternation(teaser_words().signoff_labels) + r")\s?[:：][^。]{0,20}[)）】\]]?$")


def _lists_below(line: str) -> bool:
    """An editor's sign-off ("(责编:某某)") or a "related news" label under the story: the lines below are cards,
    each cut where the card ends, and a cut summary runs into the next card's opening words as a broken sentence
    would ("…日程仍在" / "秘鲁外长在利马…")."""
    return _label(line) or bool(_signoff().match(line))


def _shows_break(line: str) -> bool:
    """The line opens where no sentence or card does: on a comma or a closing mark, or on a bound word ("的")."""
    return line[0] in ",、:;。!?" + _CLOSERS or line.startswith(_breaks()[5])


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
    listed = False  # below the story's sign-off or a "related news" label: each line is a card of its own
    headed = cur_headed = False  # a headline stands above the first sentence (above the line `cur` opens on)
    for n, k in enumerate(nonblank):
        ln = lines[k]
        prev = nonblank[n - 1] if n else -1
        # (most lines end a sentence and are passed at once)
        go = through or bool(cur) and k - prev <= 2 and (cur[-1] not in "。!?:" or ln[0] in _CLOSERS) \
            and _joinable(cur, ln, lines, k, _inside(cur, parted, prose, cur_headed)) and (not listed or _shows_break(ln) or _CLAUSE_COMMA.search(cur) is not None and _paragraph_ends(lines, k))
        through = go and not through and _title_like(ln) and ln[-1] not in ",、" and not _closes(cur, ln)
        if go:
            gaps.append((prev, k))
            cur += ln
            if len(cur) > 600:  # its head and tail are read (a page wrapped at a width: no quadratic work)
                cur = cur[:100] + ("。" if any(ch in cur[100:-300] for ch in "。!?") else "") + cur[-300:]
        else:
            cur, cur_headed = ln, headed
        headed = headed or not prose and _headline(ln)
        prose = prose or any(ch in ln for ch in "。!?")
        listed = listed or prose and _lists_below(ln)
    if not gaps:
        return text, origin
    pieces: list[str] = []
    org: list[int] = []
    last = 0
    for a, b in gaps:
        end = starts[a] + len(lines[a])  # the break: from L's end to R's start
        pieces.append(text[last:end])
        org.extend(origin[last:end])
        left, right = lines[a][-1], lines[b][0]
        if left.isascii() and left.isalnum() and right.isascii() and right.isalnum() \
                and not (left.isdigit() and right.isdigit()):
            pieces.append(" ")  # Latin words broken at a space keep one (a figure cut in two is one figure: "19" / "45年")
            org.append(origin[end])
        last = starts[b]
    pieces.append(text[last:])
    org.extend(origin[last:])
    return "".join(pieces), org


def _inside(cur: str, parted: bool, prose: bool, headed: bool = False) -> bool:
    """Whether a single break after `cur`, a line stopping short, is inside a paragraph: on a page parting its
    paragraphs with empty lines, below its first sentence, in a line with a comma (above the first sentence the
    headline stands, and it rarely has one) or under a headline already (`headed`: the lead's first words); on a
    page whose paragraphs follow one another line by line, below the first sentence, in a line with a comma (a
    paragraph's opening clause; a heading between paragraphs has none) that opens with no bracketed label
    ("[焦点图]…", "【视频】…": a caption or a heading) and is no slogan's parallel clauses."""
    if parted:
        return prose or "," in cur or headed
    return prose and "," in cur and not LABELLED.match(cur) and not parallel(cur)


def _headline(line: str) -> bool:
    """A headline's shape above a page's first sentence: words with no full stop, not a menu, a field, a stamp,
    a byline, a caption or a link's label (a site's header, which may stand above the headline, has those)."""
    return len(line) >= 6 and _title_like(line) and bool(_HAN.search(line)) and not _MENU.search(line) \
        and not _caption(line) and not _label(line) and not _field(line) and not printed_stamp(line)


def _joinable(cur: str, ln: str, lines: list[str], k: int, parted: bool) -> bool:
    """Whether the break before line k goes (cur: the line before it, as joined so far). `parted`: a single
    break after a line stopping short is inside a paragraph there (_inside)."""
    near = bool(lines[k - 1])  # no empty line between
    if _label(cur) or _label(ln):  # a related-news marker ("相关推荐") or a link's label stands alone
        return False
    if _caption_rest(cur, ln, near):  # (a caption broken in two: its credit at its end, after its sentence)
        return True
    if not _continues(ln) or (len(cur) <= 80 and _field(cur)):  # a byline and stamp line runs on into nothing
        return False
    # a figure cut from its unit or measure word ("2019" / "年世界格局") runs on whatever the line before it
    # (a number right after words: not a stamp, a code or a photo number, "19:00 | 25/11/2023", "ảnh 1")
    # (or cut in two: "建军8" / "0周年")
    figure = near and bool(_FIGURE_END.search(cur)) and (bool(_HAN.match(ln[0])) or ln[0].isdigit())
    if ln[0] in ",、:;。!?" + _CLOSERS and not ln.startswith("![") and _stops_short(cur):  # nothing starts so
        return True
    if not (figure or _runs_on(cur)) and not near:
        # past an empty line, the opening words of reported speech or of a lead ("张伟明表示,甲方愿", "3月5日,甲国
        #外长") go on into the paragraph's first sentence (a headline opens with neither)
        return parted and opens_a_sentence(cur) and _stops_short(cur) and not _HAN_GAP.search(ln) \
            and not _title_like(ln) and not DAY_OPENS.match(ln)
    if not (figure or _runs_on(cur)):
        # where paragraphs are parted by empty lines, a single break is inside one: a paragraph's
        # first words that have no full stop yet go on into a sentence, and the lines of a block that
        # only its last ends with one are one paragraph (a headline has none; a list of headlines none)
        return parted and near and _stops_short(cur) and not _HAN_GAP.search(ln) \
            and (not _title_like(ln) or _block_ends_a_sentence(lines, k)) and not _headline_over_lead(cur, ln)
    # past an empty line, a paragraph that lacks its full stop is as likely: the break must show on
    # one side (a clause left open; a line that no sentence starts with)
    # (or a paragraph's line with a sentence in it, and the next goes on to a full stop: a paragraph
    # whose last stop is missing is the exception, an image or an ad inside a sentence is not)
    # (a question or an exclamation inside a short line is a headline's: "某事?外交部回应")
    if not near and not (_open_end(cur) or ln[0] in ",、:;。!?" + _CLOSERS or ln.startswith(_breaks()[5])
                         or ("。" in cur or len(cur) > 40 and any(ch in cur for ch in "!?") or _long_clauses(cur, ln))
                         and _stops_short(cur) and not _title_like(ln)):
        return False
    if _title_like(ln) and ln[-1] not in ",、" and not (near and _closes(cur, ln)):
        # a headline's shape: only as a stretch printed on its own line inside a sentence, with no empty
        # line around it and the sentence going on in the next line; two headlines in one line
        # ("标题一 标题二") are no stretch of a sentence
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        return near and bool(nxt) and _continues(nxt) and not _HAN_GAP.search(ln) and not _heads_summary(ln, nxt)
    return True


def _long_clauses(cur: str, ln: str) -> bool:
    """A line of clauses longer than any headline's, with no full stop yet, over a line that opens no sentence
    with a day or a year: one sentence an image or an ad broke (a lead that lacks its full stop is the
    exception, and the next paragraph opens with its day: "…进行正式友好访问" / "6月18日在国防部总部,…")."""
    return len(cur) > 60 and "," in cur and not DAY_OPENS.match(ln)


def _headline_over_lead(cur: str, ln: str) -> bool:
    """A headline-shaped line (no comma, no full stop) over a line that opens with a day and a comma: a card's
    headline over its summary, or a heading over its paragraph, printed with no empty line between (a
    sentence broken there would go on with the day, not open on it)."""
    return "," not in cur and _title_like(cur) and bool(day_lead().match(ln))


def _heads_summary(line: str, nxt: str) -> bool:
    """A teaser card's headline over its summary, which tells its subject again in its first words: no stretch of
    a sentence (a cut summary above it, the headline and its summary were joined into one line)."""
    return tells_again(line, nxt)


def _paragraph_ends(lines: list[str], k: int) -> bool:
    """Lines k, k+1, … go on to a sentence's end and an empty line follows: the rest of a paragraph, under a
    "related news" label as above it (stories stacked one under another, a card's whole summary), where a cut
    card's summary runs into the next card, which ends no sentence or has another card right under it."""
    j = _block_end(lines, k) if lines[k - 1] else None  # (no empty line before line k either)
    return j is not None and j + 1 < len(lines) and not lines[j + 1]


def _block_ends_a_sentence(lines: list[str], k: int) -> bool:
    return _block_end(lines, k) is not None


def _block_end(lines: list[str], k: int) -> int | None:
    """The last of lines k, k+1, … (no empty line between, at most four) that each stop mid-sentence and go on
    into the next, when it ends a sentence (None: none does)."""
    for j in range(k, min(k + 4, len(lines))):
        if not lines[j] or not _continues(lines[j]) or _HAN_GAP.search(lines[j]):
            return None
        if _ends_a_sentence(lines[j]):
            return j
        if not _stops_short(lines[j]):
            return None
    return None


def _stops_short(line: str) -> bool:
    """A line of words that ends where no sentence does, and is no caption, list of headlines or code."""
    tail = line[max(map(line.rfind, _STOPS + _CLOSERS)) + 1:]  # (each mark's last, in C)  # not an id after a sentence: "。1050412"
    return bool(_plain(r"[\u3400-\u9fff0-9]$").search(line)) and bool(_HAN.search(tail)) and not _caption(line) \
        and not _HAN_GAP.search(line) and not _MENU.search(line)


# a sentence's end: a full stop, a closing quote or bracket after one, or a source or sign-off in brackets after
# one ("…送回越南。(路透)", "…贡献。(完)", "…会谈。(法新社档案照)")
_SENTENCE_END = _plain(r"[。!?;…](?:[”’」』)】》〉〕]|[((【\[][^()()【】\[\]。]{1,12}[))】\]])?$")


def _ends_a_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))
