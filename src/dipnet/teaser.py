"""A teaser line's parts: the whole headlines of a row parted by spaces, and a list item's headline
without its bullet and its date stamp."""

from __future__ import annotations

from dipnet.layout import label_word, stands_as_label
from dipnet.outlettail import outlet_name
from dipnet.rx import plain as _plain
from dipnet.rxneeds import at_least  # (counted to the n-th match only)
from dipnet.teaserwords import alternation, teaser_words

_W = teaser_words()  # (the stamp's, counter's and "more" link's words: data/teaser_words.toml)

_CJK = _plain(r"[\u4e00-\u9fff]")
_OPEN_CLOSE = (("(", ")"), ("《", "》"), ("“", "”"), ("[", "]"))


def whole_headline(part: str) -> bool:
    """A space-parted piece of a line that can be a whole teaser headline: some words of Chinese
    (not "8、ACMECS" of "出席CLMV 8、ACMECS 7和…", a headline parted at its Latin names' spaces) and
    no bracket left open or closed from a piece beside it ("坂田雅子(Masako" / "Sakata)上映…")."""
    if not at_least(_CJK, part, 4):
        return False
    return all(part.count(o) == part.count(c) for o, c in _OPEN_CLOSE)


def teaser_parts(pieces: list[str]) -> list[str]:
    """A line's space-parted pieces, those that are no whole headline joined to the next (a headline
    parted at the spaces of its Latin names: "坂田雅子(Masako" "Sakata)上映…" is one)."""
    out: list[str] = []
    for p in pieces:
        # the space inside a Latin name ("CLMV 8", "Masako Sakata") or inside an open bracket
        # (a piece of Latin alone, "ảnh 1" of a photo marker, is no headline's: it stays apart)
        if out and out[-1] and p and (
                _CJK.search(out[-1]) and out[-1][-1].isascii() and out[-1][-1].isalnum()
                and p[0].isascii() and p[0].isalnum()
                or any(out[-1].count(o) > out[-1].count(c) for o, c in _OPEN_CLOSE)):
            out[-1] = f"{out[-1]} {p}"
        else:
            out.append(p)
    return out


# a list's bullet or number before a teaser ("- ", "1. ", "2、", "(3)"; not "1.5万…"), a glyph or an arrow too
# ("◆", "■", "▶", "．", "> ")
_BULLET = _plain(r"^(?:[-–•·▪*．◆◇■□●○▶►▷→※>]|\.(?!\d)|\d{1,2}[.、](?!\d)|[(（]\d{1,2}[)）])\s*")
# a date stamp after it, maybe in brackets or after a bar: "2024/08/29", "| 2024-05-03", "2024-01-02 10:20", "2024年01月02日", "(2024-01-02)", "[01-02]"
# (also a list's short stamps: "2024.08.29", a month and day of two figures each "08-29" or "8/29", a month and
# day with the hour "8月29日 10:20", an age "2天前" / "3小时前" or a day word with the hour "昨天 10:20";
# a score "3-1" or a bare "8月29日" may close a headline's own words and is not read as a stamp)
_EN_DAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s)?"  # (an English weekday before: "Sat, 06 Jul 2019")
_EN_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
# (and in English, as sites print it beside a Chinese headline: "Jan 4, 2026", "4 Jan 2026")
# (a weekday may follow the day, as Malaysian, Singapore, Hong Kong and Taiwan sites print it: "2024年6月10日 星期一",
# "2024/06/10(一)")
_WD = _W.weekday_figures
_WEEKDAY = rf"(?:\s*(?:{alternation(_W.weekday_words)})[{_WD}]|\s*[(（][{_WD}][)）])?"
# (a clock after the day may say the half of the day, "上午10:20", or be a 12-hour one, "10:20 AM")
# (or an ISO clock with its zone, "T10:20:00+08:00")
# (or the clock in brackets after the day: "2010-09-03 (19:02)")
_CLOCK = (r"(?:[\sT]*(?:" + alternation(_W.day_halves) + r")?\s?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?|[+-]\d{2}:?\d{2}|Z)?"
          r"|\s*[(（]\d{1,2}:\d{2}(?::\d{2})?[)）])?")
# (a day, a month and the year, day first, as Vietnamese, Malaysian and European sites print it: "06/07/2019")
_D, _M = r"(?:0?[1-9]|[12]\d|3[01])", r"(?:0?[1-9]|1[0-2])"
_DAY_FIRST = rf"(?:{_D}/{_M}/|{_D}\.{_M}\.|{_D}-{_M}-)(?:19|20)\d{{2}}"
# (and a Taiwanese site's year of the Republic before 年: "113年6月10日", or in figures: "113/06/10", "113-06-10")
_STAMP_CORE = (r"(?:(?:19|20)\d{2}|(?<![\d/.-])1[0-2]\d)[/.-]\d{1,2}[/.-]\d{1,2}" + _WEEKDAY + _CLOCK
               + r"|" + _EN_DAY + r"(?:" + _EN_MONTH + r"\s\d{1,2},?\s(?:19|20)\d{2}|\d{1,2}\s" + _EN_MONTH + r"\s(?:19|20)\d{2})"
               # (a month and day with its weekday is a stamp wherever it stands: "7月6日 星期六", "7月6日(六)")
               + rf"|\d{{1,2}}月\d{{1,2}}日(?=\s*(?:{alternation(_W.weekday_words)}|[(（][{_WD}][)）]))" + _WEEKDAY
               + r"|[(（【\[](?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[)）】\]]"
               r"|(?:(?:19|20)\d{2}|1[01]\d)年\d{1,2}月\d{1,2}日" + _WEEKDAY + _CLOCK
               + r"|(?<![\d/.-])(?:\d{2}-\d{2}|\d{1,2}/\d{1,2})(?:\s*\d{1,2}:\d{2})?|\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}"
               # (a month and day of two figures each with a dot: "标题 06.10" (the space may be normalized away); not
               # a figure's decimals, "增长2.50", "1.5")
               r"|(?<![\d.])(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])"
               rf"|\d{{1,3}}\s*(?:{alternation(_W.list_age_units)})前|(?:{alternation(_W.clock_days)})\s*\d{{1,2}}:\d{{2}}"
               r"|[\[(（【]\s*(?:(?:19|20)\d{2}[/.-]|1[0-2]\d[/.-])?\d{1,2}[/.-]\d{1,2}\s*[\])）】]"
               # (day first, as Vietnamese, Malaysian and European sites print it: "06/07/2019", "06.07.2019 10:20")
               r"|(?<![\d/.-])" + _DAY_FIRST + _CLOCK)
# (a view or comment counter may close the line after the stamp: "标题 2024-06-10 阅读 1234")
_COUNTER = r"(?:\s*[|｜]?\s*(?:" + alternation(_W.counter_words) + r")\s*[:：]?\s*\d+)?"  # (or after a bar: "… | 评论 12")
_TRAILING_STAMP = _plain(r"\s*(?:[|｜]\s*)?(?:" + _STAMP_CORE + r")" + _COUNTER + r"$")
# (or a source after the stamp: "标题 2024-06-10 来源:某某网")
_SOURCED_STAMP = _plain(r"\s*(?:[|｜]\s*)?(?:" + _STAMP_CORE + r")\s*(?:" + alternation(_W.source_labels) + r")\s*[:：]?\s*[^\s:：]{1,12}$")
# (or the outlet's name after the stamp, with no label: "标题 2007年06月20日15:34 某某网", "标题 2024-06-10 | 某某日报")
_OUTLET_STAMP = _plain(r"\s*(?:[|｜]\s*)?(?:" + _STAMP_CORE + r")\s*[|｜·•]?\s*([^\s:：|｜·•]{2,12})$")
# an outlet's name in brackets before a teaser's headline ("[某某网] 标题", "【某某日报】标题")
_BRACKET_NAME = _plain(r"[\[【]([^\]】]{2,10})[\]】]\s*")


# …or a date stamp before it, after the bullet: "- 2019-08-11两国外长举行会谈", "[08-11] 两国外长举行会谈"
# (or "06-10 标题", "6月10日 标题" with a space after it, "2019-08-11 | 标题" with a bar; not "6月10日，…", a
# summary's opening)
# (or "(06-10) 标题", "06/10 标题": a month and day of two figures each, in round brackets or with a slash; not a
# series' part number, "(1/3) 标题")
# (or a whole date, bare or in brackets, maybe with the hour: "2019-08-11 10:20 标题", "[2019-08-11] 标题",
# "2019年8月11日 标题", "(8月11日) 标题", "11/08/2019 标题")
_LEADING_STAMP = _plain(r"(?:(?:(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}|" + _DAY_FIRST + r")(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
                        r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2}(?=[\s\u4e00-\u9fff])|(?=\s))"
                        r"|[\[【(（](?:(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)[\]】)）]"
                        r"|[\[【]\d{1,2}[/.-]\d{1,2}[\]】]"
                        r"|[(（](?:0[1-9]|1[0-2])[/.-](?:0[1-9]|[12]\d|3[01])[)）]"
                        r"|\d{2}-\d{2}(?=[\s\u4e00-\u9fff])|(?:0[1-9]|1[0-2])/(?:0[1-9]|[12]\d|3[01])(?=[\s\u4e00-\u9fff])"
                        r"|\d{1,2}月\d{1,2}日(?=\s))\s*(?:[|｜]\s*)?")


# a teaser's stamp printed on a line of its own under its headline ("2024-03-05 10:20", "[03/05]", "2天前")
# (on a line of its own a bare "3月5日" is a stamp too, and so is a day's or week's word alone: "昨天", "刚刚", "上周")
_BARE_STAMP = _plain(r"^\s*(?:[|｜]\s*)?(?:" + _STAMP_CORE + r"|\d{1,2}月\d{1,2}日|" + alternation(_W.alone_days) + ")"
                     + _COUNTER + r"\s*$")
# a stamp's form that running text does not write: figures parted by dashes, slashes or dots, a clock, an English month
_PRINTED_FORM = _plain(r"\d[-/.]\d|\d:\d{2}|[A-Za-z]{3}")


def printed_stamp(text: str) -> bool:
    """A line that is only a date stamp in a form a list or a card prints and no sentence writes ("2025-11-19",
    "Nov 19, 2025", "19/11/2025", "2025年11月19日 10:30"); not "2025年11月19日" alone, which may be a stretch of a
    sentence printed bold on its own line."""
    return _BARE_STAMP.match(text) is not None and _PRINTED_FORM.search(text) is not None


# …or opening a stamp line that a label, the outlet's name or a counter closes ("2024年06月10日 10:20 来源:某某网",
# "2024-06-10 | 某某网", "2024-06-10 10:20 阅读:1234")
_OPENING_STAMP = _plain(r"\s*(?:" + _STAMP_CORE + r"|\d{1,2}月\d{1,2}日)")
_AROUND = " :：|｜·•"  # (what parts a stamp from a label or an outlet's name beside it)


# what a stamp closing the line can end with besides a digit: a weekday (星期一, (日)), a bracket, 日, a 12-hour
# clock's M or its dot (10:20 A.M.), 前 (2天前). `_TRAILING_STAMP` and `_MORE_LINK` hold to the line's end and
# may open on spaces, so the engine would try them at every character of every line; a line whose last
# character (before a closing newline, where `$` also matches) none of their matches ends with is told first
_STAMP_LAST = frozenset(_WD + ")）】]Mm.前")
_MORE_LAST = frozenset("]】)）>》»")


def _last_char(text: str) -> str:
    return text[-2:-1] if text.endswith("\n") else text[-1:]


def _ends_as_stamp(text: str) -> bool:
    last = _last_char(text)
    return last.isdecimal() or last in _STAMP_LAST  # (\d is a Unicode decimal digit, as isdecimal)


def bare_stamp(text: str, labels: tuple[str, ...] = (), sources: tuple[str, ...] = ()) -> bool:
    """A line that is only a teaser's date stamp, maybe beside a stamp's label, the outlet's name or a counter
    ("发布时间:2024-03-05 10:20", "新华网 2024-03-05", "某某日报 · 2024-03-05", "2024-03-05 来源:新华网",
    "2024-03-05 | 某某网", "2024-03-05 阅读:1234"): the date of the teaser over it."""
    if _BARE_STAMP.match(text) is not None:
        return True
    at = trailing_stamp(text)
    head = text[:at].strip(_AROUND) if at is not None else ""
    if (lead := _OPENING_STAMP.match(text)) and lead.group().strip()[:1].isdigit():
        head = text[lead.end():].strip(_AROUND)  # (or before them: "2024-03-05 来源:新华网")
    if 0 < len(head) <= 12 and (head in sources or stands_as_label(head, labels) or outlet_name(head)):
        return True
    return _stamps_and_labels(text, labels, sources)


_ANY_STAMP = _plain(r"(?:" + _STAMP_CORE + r")")
_WORD_MARKS = _plain(r"[\s:：|｜·•()（）\[\]【】/]+")
_NAME_MAX = 4  # a reporter's or an editor's name after the label ("记者 某某 2024-06-10")


def _stamps_and_labels(text: str, labels: tuple[str, ...], sources: tuple[str, ...]) -> bool:
    """A line of a teaser's stamps with their labels, the outlet's name or a reporter's credit around them
    ("发布时间:2024-06-10 10:20 更新时间:2024-06-10 11:00", "2024/06/10 10:20(06/10 11:00 更新)", "记者 某某
    2024-06-10": a label, then maybe a name): no word of a headline or a sentence in it."""
    if len(text) > 60 or "。" in text or _ANY_STAMP.search(text) is None:
        return False
    words = [w for w in _WORD_MARKS.split(_ANY_STAMP.sub(" ", text)) if w]
    if sum(len(w) for w in words) > 16:
        return False
    named = False  # (the word before was a label that a name may follow)
    for w in words:
        if w.isdigit() or w in sources or outlet_name(w):  # (a counter's figure: "评论 12")
            named = False
        elif label_word(w, labels):
            named = True
        elif named and len(w) <= _NAME_MAX:
            named = False
        else:
            return False
    return True


def teaser_bounds(text: str) -> tuple[int, int, int | None]:
    """A teaser line's headline within it, without a list's bullet before it or a date stamp after it
    ("- 两国外长举行会谈2024/08/29"): (start, end, where the stamp starts or None)."""
    a, z, stamp = _parts(text)
    return a, z, stamp[0] if stamp and stamp[0] >= z else None


# a month and day or a day's word closing a list's headlines ("标题 7月6日", "标题 昨天"): a headline's own words may end
# so ("…将于7月6日"), so it is read as a stamp only where the block's lines end so, two or more (`list_tails`)
_LIST_TAIL = _plain(r"\s*(?:\d{1,2}月\d{1,2}日|" + alternation(_W.list_tail_days) + ")$")
_TAIL_ENDS = tuple(sorted({"日", *(w[-1] for w in _W.list_tail_days)}))  # (what such a line's last character is)


def list_tails(texts: list[str]) -> bool:
    """The lines of a block close on a bare month and day or a day's word, two of them or more, and most of them;
    or some do and the others close on full stamps ("标题 昨天" among "标题 2024-03-05": the list's stamps)."""
    n = sum(1 for t in texts if t.endswith(_TAIL_ENDS) and (m := _LIST_TAIL.search(t))
            and at_least(_CJK, t, 4, 0, m.start()))
    if n == 0:
        return False
    stamped = n + sum(1 for t in texts if trailing_stamp(t) is not None)
    return (n >= 2 or stamped >= 3) and 2 * max(n, stamped) >= len(texts) + (n < 2)


def teaser_span(text: str, nav: tuple[str, ...] = (), tails: bool = False) -> tuple[int, int, tuple[int, int] | None]:
    """A teaser line's headline within it (start, end), and the span of what else the teaser's line holds: its
    date stamp, after the headline or before it ("- 2019-08-11两国外长举行会谈"), or None. The headline starts
    past a previous or next story's label among `nav` ("上一篇：标题"). A card printed as its summary alone (no
    headline over it: sentences, maybe cut off) is headed by its first sentence, and the rest is its summary."""
    a, z, stamp = _parts(text, nav, tails)
    end = _first_sentence_end(text, a, z) if stamp is None or stamp[0] >= z else None  # (a stamp before: kept)
    return (a, z, stamp) if end is None else (a, end, (end + len(text[end:]) - len(text[end:].lstrip()), len(text)))


def _first_sentence_end(text: str, a: int, z: int) -> int | None:
    """Where a teaser line's first sentence ends (past its full stop and a closing quote) when more of a sentence
    follows it within the headline's part [a, z), else None."""
    stop = text.find("。", a, z)
    if stop < 0:
        return None
    end = stop + 1 + (text[stop + 1:stop + 2] in "”’」』")
    return end if at_least(_CJK, text, 4, end, z) else None


def _parts(text: str, nav: tuple[str, ...] = (), tails: bool = False) -> tuple[int, int, tuple[int, int] | None]:
    """A teaser line's headline (start, end) and its date stamp's span, or None (teaser_span's first reading)."""
    a = m.end() if (m := _BULLET.match(text)) else 0
    a = _past_label(text, a, nav)
    if (named := _BRACKET_NAME.match(text, a)) and outlet_name(named.group(1)) and at_least(_CJK, text, 4, named.end()):
        a = named.end()
    if (lead := _LEADING_STAMP.match(text, a)) and at_least(_CJK, text, 4, lead.end()):
        return lead.end(), len(text), (a, a + len(lead.group().rstrip()))
    st = _TRAILING_STAMP.search(text, a) if _ends_as_stamp(text) else None
    if st is None and tails:  # (the block's lines close on their stamps: "标题 7月6日")
        st = _LIST_TAIL.search(text, a)
    if st is None and ("来源" in text or "来自" in text):
        st = _SOURCED_STAMP.search(text, a)
    z = st.start() if st else len(text)
    if not at_least(_CJK, text, 4, a, z):
        return 0, len(text), None
    return a, z, ((st.start() + len(st.group()) - len(st.group().lstrip()), len(text)) if st else None)


def share_tail(text: str, tails: tuple[str, ...]) -> int | None:
    """Where a share button's label closing the headline's line starts ("标题分享到:"), or None."""
    for t in tails:
        if text.endswith(t) and len(text) > len(t) + 4:
            return len(text) - len(t)
    return None


def leading_stamp(text: str) -> int | None:
    """Where the headline starts past a date stamp opening the line ("2024-01-01 某某会见某某"), or None."""
    lead = _LEADING_STAMP.match(text)
    return lead.end() if lead and at_least(_CJK, text, 4, lead.end()) else None


def trailing_stamp(text: str) -> int | None:
    """Where a date stamp closing the line starts ("某某会见某某 2024-01-01"), or None."""
    if not _ends_as_stamp(text):
        return None
    st = _TRAILING_STAMP.search(text)
    return st.start() if st and st.start() > 0 else None


def stamped_outlet(text: str) -> int | None:
    """Where a date stamp and the outlet's name after it close the headline's line ("某某会见某某 2024-01-01 10:20
    某某网"), or None."""
    st = _OUTLET_STAMP.search(text)
    return st.start() if st and st.start() > 0 and outlet_name(st.group(1)) else None


def _past_label(text: str, at: int, labels: tuple[str, ...]) -> int:
    """Where the headline starts past one of `labels` (longest first) and its colon, from `at`."""
    if not text.startswith(labels, at):  # (one test: most lines open with no label)
        return at
    for label in labels:
        if text.startswith(label, at):
            k = len(text) - len(text[at + len(label):].lstrip(" :："))
            return k if at_least(_CJK, text, 4, k) else at
    return at


# a "more" link closing a teaser's summary: "…合作。[详细]", "…合作。【详细】", "…合作…… 更多>>"
_MORE_LINK = _plain(r"\s*(?:[\[【(（]\s*(?:" + alternation(_W.more_link_bracketed) + r")\s*[\]】)）]|(?:"
                    + alternation(_W.more_link_arrowed) + r")\s*[>》»]+)$")


def linked_summary(text: str) -> bool:
    """A teaser's summary whose sentence a "more" link closes, or that the card cut off past its first sentence
    ("…合作。他说此行将签署若干", "…合作。他说此行…"): no headline, though the line ends without a full stop."""
    return _cut_summary(text) or _more_linked(text)


_DECK = _plain(r"(?:—{1,2}|－－|--)\s*[\u3400-\u9fff]")  # a deck's opening dash and its words ("——双方同意…")
_CUT_SHORT = 40  # a cut summary under its headline, at least (of the open golds' headlines one has two commas: 42, under no card of its words)
_OPENING = 3  # a headline's first characters that its summary's opening tells again ("秘鲁外长会见…" / "秘鲁外长在利马…")
_SUMMARY_OPENING = 16  # how far into the summary they are looked for (past its date: "11月17日,秘鲁外长…")


def tells_again(head: str, line: str) -> bool:
    """The line tells the headline's subject again in its first words, as a card's summary does under its headline."""
    opening = head[:_OPENING]
    return len(opening) == _OPENING and all("\u3400" <= ch <= "\u9fff" for ch in opening) \
        and opening in line[:_SUMMARY_OPENING]


def summary_under(head: str, line: str) -> bool:
    """A line under a card's headline that belongs to the card: its deck, which a dash opens ("——双方同意…"), or
    its summary cut short (_summary_cut_under). Under a headline that a dash opens too, the dashes are a list's bullets."""
    return bool(_DECK.match(line)) and not _DECK.match(head) or _summary_cut_under(head, line)


def _summary_cut_under(head: str, line: str) -> bool:
    """A line under a card's headline, longer than it, that tells its subject again and runs on in clauses to no
    full stop: the card's summary cut inside its first sentence, shorter than _cut_summary needs (a second headline or a
    deck does not open on the headline's own words and run on in clauses)."""
    return len(line) >= max(_CUT_SHORT, len(head) + 1) and not any(ch in line for ch in "。!?;") \
        and line.count(",") >= _CUT_CLAUSES and tells_again(head, line)


def _more_linked(text: str) -> bool:
    """A summary whose sentence a "more" link closes ("…合作。[详细]")."""
    if _last_char(text) not in _MORE_LAST:
        return False
    m = _MORE_LINK.search(text)
    return m is not None and text[:m.start()].rstrip().endswith(("。", "…", "...", "!", "?"))


_CUT_SENTENCE = 8  # the whole sentence a cut summary opens with, at least (a headline's "某某。" is shorter)
# a summary cut inside its first sentence: longer than a teaser's headline runs (the open golds' longest, 42), with
# clauses parted by commas
_CUT_LONG = 50
_CUT_CLAUSES = 2


def _cut_summary(text: str) -> bool:
    """A line opening with a whole sentence and going on past it to no stop, or to an ellipsis, or one sentence of
    clauses longer than any headline cut inside it: a card's summary cut off (a headline holds no sentence and then
    more, and runs shorter)."""
    if not text or text[-1] in "。!?;”」』":
        return False
    stop = text.find("。")
    if stop < 0:
        return len(text) >= _CUT_LONG and text.count(",") >= _CUT_CLAUSES and at_least(_CJK, text, _CUT_LONG - 10)
    return stop >= _CUT_SENTENCE and _first_sentence_end(text, 0, len(text) - (text[-1] == "…")) is not None
