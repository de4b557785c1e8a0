"""Where a page's headline stands among its lines (segment.py's first question, asked once a page):
past the site's header (a browser's title bar printed over the headline, menus, notices, breadcrumbs, a
masthead), past a list of other stories' headlines and a teaser or caption printed above it. Everything
segment.py marks as title, furniture or story hangs on this index."""

from __future__ import annotations

from dipnet.furniture import byline_first, headless, is_breadcrumb, is_furniture, is_stamp
from dipnet.headlineplace import over_the_stamp, title_bar_repeat, under_the_stamp
from dipnet.headrun import notice_over_headline, over_the_byline
from dipnet.layout import Layout, holds_any
from dipnet.lineopens import day_lead
from dipnet.lineshape import dateline_patterns, is_caption, is_headline, link_list, under_a_summary, whole_dateline
from dipnet.outlettail import outlet_head, outlet_tail, title_label
from dipnet.pagelines import Line
from dipnet.rx import plain as _plain
from dipnet.teaser import share_tail, stamped_outlet, trailing_stamp

_SENTENCE_END = "。!?;”\""
_CJK = _plain(r"[\u4e00-\u9fff]")
# a site's title bar or masthead: "站名 Brand - 口号", "标题 | 站名"
_MASTHEAD_SEP = _plain(r"\s[-|｜–—]|[-|｜–—]\s")  # normalization may drop one of the spaces
_BAR_WINDOW = 40  # how far below a browser's title bar its headline may be printed again (past long menus)
_BAR_UNDER = 12  # how far down a title bar printed under its headline is looked for (past a card and a photo's caption)
_CLAUSE_SEP = _plain(r"[,，。;；:：、!?！？()（）「」“”\"]")
_CLAUSE_MIN = 8  # a clause's characters at least, to be read as the same words told again
_HEADER_MAX = 20  # how far down a site's header (menus, notices, an age gate, a breadcrumb) is looked for


def locate_title(lines: list[Line], layout: Layout) -> int:
    """Where the headline stands: past the site's header (menus, notices, breadcrumbs, a masthead)
    and past a teaser sentence printed above the headline."""
    bar = title_bar_repeat([ln.text for ln in lines[:_BAR_WINDOW]])  # "标题 - 站名" over the headline printed again
    if bar is None:  # …or under it, where a teaser or a photo stands over the headline
        bar = bar_under_headline([ln.text for ln in lines[:_BAR_UNDER]])
    if bar is not None:
        return bar
    i = 0
    # a breadcrumb closes the site's header: what stands above it (a site name, menus) is furniture
    for j, ln in enumerate(lines[:_HEADER_MAX]):
        if notice_over_headline([ln.text for ln in lines[j:j + 2]], layout):  # (a site's notice over a headline closes the header too)
            i = j + 1
        if "。" in ln.text and not holds_any(ln.text, layout.notice_markers):  # (a notice's sentence is the site's)
            break
        if is_breadcrumb(ln.text) and j + 1 < len(lines):  # a breadcrumb as the last line heads nothing
            i = j + 1
    # furniture, and a long list of teaser headlines printed above the headline
    start = i
    while i < len(lines) - 1 and (is_furniture(lines[i].text, layout, lines[i + 1].text)
                                  or link_list(lines[i].text, long=True)):
        i += 1
    banner_end = i
    while i < len(lines) - 1 and whole_dateline(lines[i].text, layout):
        i += 1  # (a dateline on a line of its own opens the story under it: the page printed no headline)
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    if i > start and (headless([ln.text for ln in lines[start:i]], lines[i].text, nxt, layout)
                      or byline_first(lines[i].text, nxt, layout)):
        return under_the_stamp([ln.text for ln in lines], start, layout)  # a banner over no headline: the first line
    if banner_end and headless([ln.text for ln in lines[:banner_end]], lines[i].text, nxt, layout):
        # (the same from the page's top, over a breadcrumb too; a dateline alone opens the story under it)
        return under_the_stamp([ln.text for ln in lines], 0, layout)
    headline_next = bool(nxt) and is_headline(nxt, layout) and bool(_CJK.search(nxt)) \
        and not is_furniture(nxt, layout)
    text = lines[i].text if i < len(lines) else ""
    # a short "站名 Brand - 口号" line over a headline is the site's masthead or title bar
    if headline_next and len(text) <= 40 and _MASTHEAD_SEP.search(text) and text[-1] not in _SENTENCE_END:
        return i + 1
    # a summary sentence over a headline that the body follows: the headline is the title
    k = i + 2  # (past the headline's stamp and buttons: "2024-06-12 10:30 来源:某某网")
    while k < len(lines) - 1 and (is_stamp(lines[k].text, layout) or is_furniture(lines[k].text, layout)):
        k += 1
    after = lines[k].text if k < len(lines) else ""
    # (or a photo's caption over it: "▲某某。(图/某社)"); a first sentence that the page does not tell again, over
    # a line that no lead follows, is the story's own lead over no headline: the line under it is the story's
    # (a crosshead, a photo's caption, "某某说:")
    if headline_next and after and not is_headline(after, layout) and under_a_summary(nxt) \
            and (is_caption(text, layout) or text.endswith("。") and (told_again(text, lines[i + 2:])
                                                                      or opens_a_lead(after, layout))):
        return i + 1
    texts = [ln.text for ln in lines]
    return over_the_byline(texts, over_the_stamp(texts, under_the_stamp(texts, i, layout), layout), layout)


def told_again(summary: str, below: list[Line]) -> bool:
    """A summary sentence over a headline is the site's teaser of the story under it: the story tells one of
    its clauses again ("某某表示,两国关系保持良好发展势头,…。" over the headline, then the same words in the
    body). A page's first sentence told nowhere below, over a line that no lead follows (a crosshead, a photo's
    caption, "某某说:"), is the story's own lead: the page printed no headline, and its first line is the title
    (the open gold: dev d18, dev2 n38, n41)."""
    rest = "\n".join(ln.text for ln in below)
    return any(len(c) >= _CLAUSE_MIN and c in rest for c in _CLAUSE_SEP.split(summary))


def opens_a_lead(text: str, layout: Layout) -> bool:
    """A story's lead: it opens with its day ("2月5日,", "当地时间5日,") or its dateline ("某某社某地5日电")."""
    dateline, _ = dateline_patterns(layout.agencies, layout.dateline_roundups)
    return day_lead().match(text) is not None or dateline.match(text) is not None


def bar_under_headline(texts: list[str]) -> int | None:
    """The headline a browser's title bar repeats under it ("标题" then "标题 - 某某通讯社, 1920, 08.07.2019"),
    where another line stands over the headline (a promoted story's card, a photo): that headline's index, else
    None. The bar names the page's own story; a teaser's headline is never printed with the outlet's name."""
    seen: dict[str, int] = {}
    for k, text in enumerate(texts):
        cut = outlet_tail(text) if k > 1 else None
        if cut is not None and (j := seen.get(text[:cut].strip())) is not None and j > 0:
            return j
        seen.setdefault(text.strip(), k)
    return None


def card_over_title(texts: list[str], at: int, layout: Layout) -> tuple[int, int] | None:
    """A promoted story's card printed over the headline that a title bar under it names ("标题 - 某某通讯社,
    1920, 17.10.2023"): (its headline's index, the index after its summary), else None. The bar names the page's
    own story, so the card over it (a headline, then its summary's paragraphs) is a teaser, not the story's lead."""
    if at < 2 or not any(_names(texts[k], texts[at]) for k in range(at + 1, min(at + 4, len(texts)))):
        return None
    for h in range(at - 1):
        head, summary = texts[h], texts[h + 1:at]
        if is_headline(head, layout) and "。" not in head and len(head) >= 8 and summary \
                and all("。" in t and not is_headline(t, layout) for t in summary):
            return h, at
    return None


def _names(bar: str, headline: str) -> bool:
    cut = outlet_tail(bar) if bar.startswith(headline) else None
    return cut is not None and bar[:cut].strip() == headline


def headline_span(text: str, closers: tuple[str, ...]) -> tuple[int, int] | None:
    """The headline within the headline's line: past an outlet's name or a title's label before it, and before what closes the
    line after it — a date stamp ("标题 2024-01-01"), a share button's label among `closers` ("标题分享到:"),
    the outlet's name ("标题 - 某某网") or the outlet's name and a stamp ("标题 - 某某网 2024-01-01", "标题 2024-01-01 某某网"): (where the
    headline starts, where what follows it starts); None where the line is the headline alone."""
    a = outlet_head(text) or title_label(text)
    cut = trailing_stamp(text) or share_tail(text, closers) or stamped_outlet(text)
    if cut is None:
        cut = outlet_tail(text)
    elif (before := outlet_tail(text[:cut].rstrip())) is not None:
        cut = before
    if a == 0 and cut is None:
        return None
    return a, len(text) if cut is None else cut


def bar_of(text: str, title: Line | None) -> bool:
    """The page's title bar printed again under its headline ("标题 - 某某网"): no line of the story."""
    # (the line must open on the title: a cheap test that spares most lines the tail's scan)
    if title is None or not text.lstrip().startswith(title.text):
        return False
    cut = outlet_tail(text)
    return cut is not None and text[:cut].strip() == title.text
