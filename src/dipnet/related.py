"""The related-news block under a story: where it starts and ends, and which of its lines are teasers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from dipnet.furniture import promo_line, whole_headline
from dipnet.layout import Layout
from dipnet.lineshape import is_caption, is_credit, is_headline
from dipnet.model import Brief, Document
from dipnet.rx import plain as _plain
from dipnet.teaser import bare_stamp, leading_stamp, linked_summary, tells_again, trailing_stamp
from dipnet.teaserwords import alternation, teaser_words


class _Shown(Protocol):
    start: int
    end: int
    text: str


# a marker's brackets, bullets and arrows ("【相关阅读】", "更多>>"), and a markdown heading's or bold span's marks
# ("## 相关新闻", "**延伸阅读**": a page crawled as markdown)
_MARKER_DRESS = " :：>»›【】[]()（）■□●○▲△◆◇★☆·•|｜-▶▷►→▌▍█〖〗〔〕—《》#*"


# what a heading may carry after its words: a count ("相关新闻(3)", "(3条)"), a Latin "more" link ("相关阅读 MORE", "More+")
# or its English name in capitals ("相关新闻 RELATED NEWS")
_HEADING_TAIL = _plain(r"\s*(?:[(（]\d{1,3}条?[)）]|(?:MORE|More|more)\s*\+?|(?<=[\s\u4e00-\u9fff])[A-Z]{2,}(?:\s[A-Z]{2,})*)\s*$")


def more_marker(text: str, layout: Layout) -> bool:
    bare = text.strip(_MARKER_DRESS) if len(text) <= 16 else text.rstrip(":").strip()
    if bare not in layout.more_markers and len(text) <= 24:
        bare = _HEADING_TAIL.sub("", text).strip(_MARKER_DRESS)
    return bare in layout.more_markers or (bare := bare.replace(" ", "")) in layout.more_markers \
        or _two_part(bare, layout)  # ("视频更 多")


def _two_part(bare: str, layout: Layout) -> bool:
    """A heading of a which-news part and a what-of-it part ("同类" + "新闻", "更多相关" + "新闻"), or of a "more"
    part, a short name and the what part ("更多" + "中央广播电台" + "新闻": the outlet's or a section's more-news)."""
    return len(bare) <= 8 and any(bare.startswith(w) and bare[len(w):] in layout.more_heading_what
                                  for w in layout.more_heading_which) or _named(bare, layout)


_NAME = _plain(r"[\u4e00-\u9fff]{2,8}")  # a name between a heading's parts: Chinese only, no punctuation, no figure


def _named(bare: str, layout: Layout) -> bool:
    for w in layout.more_named_which:
        if bare.startswith(w):
            for what in layout.more_heading_what:
                if bare.endswith(what) and _NAME.fullmatch(bare[len(w):len(bare) - len(what)]):
                    return True
    return False


def bar_row(text: str) -> list[str] | None:
    """A row of teaser headlines parted by bars ("标题一 | 标题二 | 标题三"): its headlines, each a whole one; else None."""
    if "|" not in text and "｜" not in text:
        return None
    parts = [p.strip() for p in text.replace("｜", "|").strip("| ").split("|")]
    ok = len(parts) >= 2 and all(6 <= len(p) <= 40 and "。" not in p and whole_headline(p) for p in parts)
    return parts if ok else None


# a section's label pointing at what follows it: a few words closed by a colon or a "more" arrow ("国内新闻精选:",
# "相关评论>>", a bullet before it: ">要闻:"); no teaser's headline ends so (none of the official or pool golds' does)
_POINTING_LABEL = _plain(r"[>»•·\-*\s]*[^。,;!?，；！？:：>]{1,10}?(?:[:：]|\s*(?:>{1,3}|»|›))\s*")


def pointing_label(text: str) -> bool:
    """A short label closed by a colon or a "more" arrow, over what follows it: no teaser."""
    return _POINTING_LABEL.fullmatch(text) is not None


def label_row(text: str) -> bool:
    """A row of section labels each with its "更多" link ("来论更 多评论更 多", "论坛更 多阅读排行"): short
    pieces parted by 更多, no teaser."""
    bare = text.replace(" ", "")
    pieces = bare.split("更多")
    return len(bare) <= 14 and len(pieces) > 1 and all(len(p) <= 4 for p in pieces)


def _label_over_teaser(lines: Sequence[_Shown], i: int, layout: Layout) -> bool:
    """A section's label ("新闻") under a story (two sentences or more above it, the last a few lines up: a
    closing credit "(某某)" may stand between) and over a teaser: a headline, then its summary."""
    if lines[i].text not in layout.more_labels or not 0 < i < len(lines) - 2:
        return False
    if not any("。" in lines[k].text for k in range(max(0, i - 3), i)) \
            or sum(1 for k in range(i) if "。" in lines[k].text) < 2:
        return False
    return is_headline(lines[i + 1].text, layout) and len(lines[i + 1].text) >= 8 and "。" in lines[i + 2].text


_PARAGRAPH_MIN = 40  # a paragraph of a story: a line this long at least, with a sentence's end


def _paragraph(text: str) -> bool:
    return len(text) >= _PARAGRAPH_MIN and "。" in text


def _over_the_story(lines: Sequence[_Shown], i: int) -> bool:
    """A marker that heads a sidebar printed over the story (a "热门新闻" widget over the headline): no sentence
    above it, and the story's paragraphs below it, two in a row (a block's teasers part their summaries with
    headlines). Such a marker opens no block: the story under it is the page's."""
    if any("。" in ln.text for ln in lines[:i]):
        return False
    return any(_paragraph(a.text) and _paragraph(b.text) for a, b in zip(lines[i + 1:], lines[i + 2:], strict=False))


def _resumed(lines: Sequence[_Shown], i: int, layout: Layout) -> int:
    """Where the story resumes under a related box printed inside it (a heading, a few headlines with no
    summary, then two of the story's paragraphs in a row); the page's end where it does not. A block
    under the story has its teasers' summaries under their headlines, and captions between them."""
    j = i
    while j < len(lines) and is_headline(lines[j].text, layout) and not _paragraph(lines[j].text):
        j += 1
    if j > i and j + 1 < len(lines) and all(_paragraph(t) and not is_caption(t, layout)
                                            for t in (lines[j].text, lines[j + 1].text)):
        return j
    return len(lines)


def _colon_list(lines: Sequence[_Shown], i: int, layout: Layout) -> int:
    """Where the list a "相关新闻:" heading at `i` opens ends: its headlines (a stamp under one is its own),
    printed at the spacing of its first (tight, or parted by empty lines). Where they are parted, a headline
    over one of the story's paragraphs is its crosshead: the list ended over it."""
    j = i + 1
    spacing = min(2, max(1, lines[j].start - lines[i].end)) if j < len(lines) else 1
    while j < len(lines) and lines[j].start - lines[j - 1].end <= spacing:
        text = lines[j].text
        if not (is_headline(text, layout) or j > i + 1 and bare_stamp(text, layout.stamp_labels, layout.agencies)):
            break
        if spacing > 1 and j + 1 < len(lines) and _paragraph(lines[j + 1].text):
            break
        j += 1
    return j


def _cards_at(lines: Sequence[_Shown], i: int, j: int, layout: Layout) -> bool:
    """The list the heading at `i` opens stopped at a card's summary: a sentence under its first headline, and
    another headline under that (cards of a headline and its summary, not a list of headlines)."""
    if j != i + 2 or j >= len(lines) - 1 or "。" not in lines[j].text or is_headline(lines[j].text, layout):
        return False
    return is_headline(lines[j + 1].text, layout) and lines[j + 1].start - lines[j].end <= 2


def related_start(lines: Sequence[_Shown], layout: Layout) -> tuple[int, int] | None:
    """(index of the block's first line, index after its last) for the related-news block."""
    closed = _after_closer(lines, layout)
    for i, ln in enumerate(lines):
        if more_marker(ln.text, layout) and i > 0 and not _over_the_story(lines, i):
            if closed is not None and closed[0] < i:  # (teasers under the story's end mark come before the heading)
                return closed
            if ln.text.endswith(":"):  # "相关新闻:" lists headlines up to the next paragraph
                j = _colon_list(lines, i, layout)
                return (i + 1, j) if not _cards_at(lines, i, j, layout) else (i + 1, _resumed(lines, i + 1, layout))
            return i + 1, _resumed(lines, i + 1, layout)
    for i in range(1, len(lines) - 2):
        if _label_over_teaser(lines, i, layout):
            return i + 1, len(lines)
    return closed or _after_signoff(lines, layout) or _stamped_list(lines, layout) or _unlabelled_cards(lines, layout)


def _after_closer(lines: Sequence[_Shown], layout: Layout) -> tuple[int, int] | None:
    """A wire story's end mark followed by more text: that text is the next teasers, to the page's end."""
    for i, ln in enumerate(lines[:-1]):
        if ln.text.endswith(layout.story_closers):
            rest = [x for x in lines[i + 1:] if x.text not in layout.agencies]
            # (a page cut off in its 更多 marker leaves '更' alone: no headline)
            if rest and is_headline(rest[0].text, layout) and len(rest[0].text) >= 8:
                return i + 1, len(lines)
    return None


_SIGNOFF = _plain(r"^[(（【\[]?\s?(?:" + alternation(teaser_words().signoff_labels) + r")\s?[:：]")


def _after_signoff(lines: Sequence[_Shown], layout: Layout) -> tuple[int, int] | None:
    """An editor's sign-off closing a story ("(责编:某某)", "责任编辑:某某"), two of its sentences above it, and
    teasers under it: a headline first, a summary card (a sentence and its stamp under it), or cut summaries."""
    for i, ln in enumerate(lines[:-1]):
        if _SIGNOFF.match(ln.text) is None or not is_credit(ln.text, layout) \
                or sum(x.text.count("。") for x in lines[:i]) < 2:
            continue
        rest = lines[i + 1:]
        first = rest[0].text
        # (a crosshead, then two of the story's paragraphs: the story goes on, the line was no sign-off of it)
        if is_headline(first, layout) and len(first) >= 8 and "。" not in first and _resumed(lines, i + 1, layout) == len(lines):
            return i + 1, len(lines)
        if "。" in first and len(rest) > 1 and bare_stamp(rest[1].text, layout.stamp_labels, layout.agencies):
            return i + 1, len(lines)
        # (or cards of a summary alone, cut off with no stamp: two or more in a row, as no story's paragraphs end)
        if len(rest) > 1 and linked_summary(first) and linked_summary(rest[1].text):
            return i + 1, len(lines)
    return None


def _stamped(lines: Sequence[_Shown], i: int, layout: Layout) -> int:
    """How many lines the teaser at `i` takes where it is a headline with its date stamp, on its line
    ("标题 2024-06-10"), on the next, or under its summary; 0 where it is no such teaser."""
    text = lines[i].text
    if not is_headline(text, layout) or "。" in text:
        return 0
    at = trailing_stamp(text)
    if at is not None and at >= 8:
        return 1
    if (lead := leading_stamp(text)) is not None and len(text) - lead >= 8:  # ("2024-06-10 标题")
        return 1
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    if len(text) >= 8 and nxt and bare_stamp(nxt, layout.stamp_labels, layout.agencies):
        return 2
    # (or under its summary: headline, a sentence or two, then the stamp — a teaser card)
    after = lines[i + 2].text if i + 2 < len(lines) else ""
    summary = "。" in nxt and not is_headline(nxt, layout)
    return 3 if len(text) >= 8 and summary and after and bare_stamp(after, layout.stamp_labels, layout.agencies) else 0


# a summary's opening day ("11月18日,", "当地时间18日,", "(11月18日)", "18日电(记者 某某)")
_DAY_OPENING = _plain(r"^[(（]?[^。,，]{0,10}?[0-9]{1,2}日(?:[)）]|电[\s(（]?|[,，\s(（])")


def _card_at(lines: Sequence[_Shown], j: int, layout: Layout) -> tuple[int, str]:
    """(How many lines the card at `j` takes, the day its summary opens with) where it is a headline over one
    summary that opens with its day and tells the headline's subject again past it ("秘鲁外长会见…" /
    "11月16日,秘鲁外长在利马…"), a stamp under it its own; (0, "") where it is no such card."""
    if j + 1 >= len(lines):
        return 0, ""
    head, summary = lines[j].text, lines[j + 1].text
    if not (is_headline(head, layout) and len(head) >= 8 and "。" not in head and "。" in summary) \
            or is_headline(summary, layout) or not (day := _DAY_OPENING.match(summary)) \
            or not tells_again(head, summary[day.end():]):
        return 0, ""
    stamped = j + 2 < len(lines) and bare_stamp(lines[j + 2].text, layout.stamp_labels, layout.agencies)
    return (3 if stamped else 2), day.group()


def _unlabelled_cards(lines: Sequence[_Shown], layout: Layout) -> tuple[int, int] | None:
    """Teaser cards printed right under the story with no heading over them: two or more in a row, each a headline
    over one summary (_card_at), of two days or more, running to the page's end past lines of no sentence (its
    footer), after two of the story's sentences. (A story's sections under crossheads run to more than one
    paragraph, rarely each opens with its day retelling its crosshead, and a roundup's sections tell one day.)"""
    said = 0
    for i in range(len(lines)):
        if said >= 2 and (card := _card_at(lines, i, layout))[0]:
            j, days = i + card[0], {card[1]}
            while (card := _card_at(lines, j, layout))[0]:
                j, days = j + card[0], days | {card[1]}
            if len(days) >= 2 and not any("。" in ln.text for ln in lines[j:]):
                return i, len(lines)
        said += lines[i].text.count("。")
    return None


_YEAR = _plain(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _close_years(text: str) -> bool:
    """The years written in a list's lines lie within one year's turn of each other (or none is written)."""
    years = [int(y) for y in _YEAR.findall(text)]
    return not years or max(years) - min(years) <= 1


def _stamped_list(lines: Sequence[_Shown], layout: Layout) -> tuple[int, int] | None:
    """A list of dated headlines under a story whose block heading the crawler dropped: two teasers
    or more in a row, each a headline with its stamp, after two of the story's sentences: (its first
    line, the line after its last)."""
    said = 0
    for i in range(len(lines)):
        if said >= 2:
            j, n = i, 0
            while j < len(lines) and (k := _stamped(lines, j, layout)):
                j, n = j + k, n + 1
            # (only the list: a sidebar's list over the story leaves the story whole; and a list of the news
            # of a few days: a chronology's dated lines lie years apart)
            if n >= 2 and _close_years(" ".join(ln.text for ln in lines[i:j])):
                return i, j
        said += lines[i].text.count("。")
    return None


def kept_teaser(text: str, after: str) -> bool:
    """A teaser's line in the shape of the site's furniture: a headline that opens with a pictograph ("📝时评:…")
    over its summary sentence (a site's promotions stand in a row, with no summary under them), or a headline
    and its stamp parted by a bar (_barred_stamp)."""
    return promo_line(text) and "。" in after and not promo_line(after) or _barred_stamp(text)


def _barred_stamp(text: str) -> bool:
    """A teaser's headline and its date stamp parted by a bar ("标题 | 2024-06-10"): no menu of two short items."""
    at = trailing_stamp(text)
    return at is not None and "|" in text[at - 2:].replace("｜", "|")[:4] and whole_headline(text[:at].rstrip(" |｜"))


def listed(briefs: Sequence[Brief], text: str) -> bool:
    """The block's teasers so far are a list of headlines: two or more, none with a summary under it (a stamp is no
    summary). Its last line is one more headline, though it holds a comma, not the last teaser's summary cut off."""
    return len(briefs) >= 2 and all(b.summary is None or bare_stamp(text[b.summary.start:b.summary.end]) for b in briefs)


def spaced_apart(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """A teaser of a row parted by spaces, split where the page had a space that normalization dropped
    (between Chinese and a figure or a quotation mark: "…当选名单 2026年前两个月:…", "\"…家园\" 促进…"),
    when each side is a whole headline of its own; else the teaser's span alone."""
    cuts = [start]
    for i in range(start + 1, end):
        gap = doc.raw[doc.offsets[i - 1] + 1:doc.offsets[i]]
        if gap and gap.isspace() and _headline_piece(doc.text[cuts[-1]:i]) and _headline_piece(doc.text[i:end]):
            cuts.append(i)
    return list(zip(cuts, [*cuts[1:], end], strict=True))


def _headline_piece(text: str) -> bool:
    return len(text) >= 6 and whole_headline(text)


_NAV_DRESS = " :：«»‹›<>"  # a previous or next link's label with its arrows ("« 上一篇", "下一篇 »")


def prev_next(text: str, before: str, layout: Layout) -> int | None:
    """A link to the previous or next story under this one: where its one whole headline starts on the
    line ("上一篇: 标题", or the line under a label standing alone, "上一篇新闻"); -1 for such a label
    alone; None for any other line. (A headline holding a space is not split into two teasers.)"""
    if text.strip(_NAV_DRESS) in layout.prev_next:
        return -1
    a = len(text) - len(text.lstrip(_NAV_DRESS))  # (an arrow before the label: "« 上一篇")
    for label in layout.prev_next if text.startswith(layout.prev_next, a) else ():  # (longest first)
        if text.startswith(label, a):
            k = len(text) - len(text[a + len(label):].lstrip(_NAV_DRESS))
            return k if whole_headline(text[k:].replace(" ", "")) and is_headline(text[k:], layout) else None
    label_over = before.strip(_NAV_DRESS) in layout.prev_next
    return 0 if label_over and whole_headline(text.replace(" ", "")) and is_headline(text, layout) else None
