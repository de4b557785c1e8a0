"""Segment stage: a page's zones — title, lead, captions, dateline, attribution, end marks,
headings, body paragraphs — and the related-news block split into briefs."""

from __future__ import annotations

import re
from operator import attrgetter

from dipnet.aboutness import about_line, other_headlines
from dipnet.captioncell import lone_caption
from dipnet.crawl_shape import past_entity, shown_original
from dipnet.crosshead import crosshead
from dipnet.footlines import above_footer, last_words, no_teaser
from dipnet.furniture import headline_shaped
from dipnet.furniture import is_boilerplate as _is_boilerplate
from dipnet.furniture import is_breadcrumb as _is_breadcrumb
from dipnet.furniture import is_footer as _is_footer
from dipnet.furniture import is_furniture as _is_furniture
from dipnet.furniture import is_stamp as _is_stamp
from dipnet.headhalves import joined_halves
from dipnet.headrun import notice_over_headline
from dipnet.layout import Layout, holds_any, load_layout, near_end
from dipnet.lineshape import (
    attribution_pattern,
    image_link,
    inline_more,
    is_caption,
    is_credit,
    is_headline,
    link_list,
    one_printed_line,
    opening_dateline,
    photo_marker,
    scene_caption,
    table_cell,
    whole_dateline,
)
from dipnet.model import Brief, Document, Segment, Span
from dipnet.pagelines import Line as _Line
from dipnet.pagelines import page_lines as _lines
from dipnet.related import bar_row, kept_teaser, label_row, listed, more_marker, prev_next, related_start, spaced_apart
from dipnet.rx import plain as _plain
from dipnet.rxneeds import at_least  # (counted to the n-th match only)
from dipnet.siteparts import site_part
from dipnet.teaser import bare_stamp, linked_summary, list_tails, summary_under, teaser_span, trailing_stamp
from dipnet.titleline import bar_of, card_over_title, headline_span, locate_title
from dipnet.untitled import untitled_paragraph
from dipnet.urlslug import slug_title

_SENTENCE_END = "。!?;”\""
_CJK = _plain(r"[\u4e00-\u9fff]")
# a date stamp printed on the headline's line ("HEADLINE 2016年5月10日 | 15:05:27 ..."): the headline ends there
_TITLE_STAMP = _plain(r"\s*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[/-]\d{1,2}[/-]\d{1,2})\s*(?:\||\d{1,2}:\d{2})")
# where a person stands in the photo ("某某(左)向某某(右二)介绍…"): the line is the photo's caption
_PLACED = _plain(r"[(（](?:左|右|中|前排|后排|前|后)[一二三四五六七八九\d]?[)）]")
_CRAWL_DATE = _plain(r"date\s?(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s?")
_PHOTO_CREDIT = _plain(r"记者\s?[\u4e00-\u9fff]{2,4}\s?摄(?:\s|$|\d)")  # closing a caption ("某社记者某某摄 113年7月10日")


class _Builder:
    def __init__(self, doc: Document, layout: Layout) -> None:
        self.doc, self.layout = doc, layout
        self.segments: list[Segment] = []
        self.briefs: list[Brief] = []
        self.title_span: tuple[int, int] | None = None  # the title's span where no headline was printed
        self.tails = False  # the block's headlines close on a bare month and day or a day's word ("标题 7月6日")

    def add(self, kind: str, start: int, end: int, brief: int | None = None) -> None:
        if end > start:
            self.segments.append(Segment(kind, start, end, brief))

    def new_brief(self, headline: _Line, caption: _Line | None) -> Brief:
        # a list's bullet is no part of the headline; a date stamp after it is the teaser's date
        a, z, stamp = teaser_span(headline.text, self.layout.prev_next, self.tails)  # (and without "上一篇：")
        b = Brief(index=len(self.briefs), headline=Span(headline.start + a, headline.start + z))
        if caption is not None:
            b.caption = Span(caption.start, caption.end)
            self.add("brief_caption", caption.start, caption.end, b.index)
        self.add("brief_headline", headline.start + a, headline.start + z, b.index)
        if stamp is not None:
            b.summary = Span(headline.start + stamp[0], headline.start + stamp[1])
            self.add("brief_summary", b.summary.start, b.summary.end, b.index)
        self.briefs.append(b)
        return b

    def stamp_line(self, current: Brief, ln: _Line) -> None:
        """A teaser's date stamp printed under its headline (or its summary): part of that teaser."""
        if current.summary is None:
            current.summary = Span(ln.start, ln.end)
        self.add("brief_summary", ln.start, ln.end, current.index)

    def no_summary(self, b: Brief) -> bool:
        """A teaser with no summary yet, or only its stamp in that place (a summary may follow it)."""
        return b.summary is None or bare_stamp(self.doc.text[b.summary.start:b.summary.end])

    def related_block(self, lines: list[_Line]) -> None:
        """Teasers: [caption] headline [summary], repeated; a headline printed twice is one."""
        pending: _Line | None = None
        first = len(self.briefs)  # (the block's own teasers start there)
        current: Brief | None = None
        last_was_headline = False
        above = False  # the block's stamps stand over their headlines
        stamp_over: _Line | None = None  # such a stamp, waiting for its headline
        dated = False  # the teaser last made has its stamp
        self.tails = list_tails([ln.text for ln in lines])
        for k, ln in enumerate(lines):
            if bare_stamp(ln.text, self.layout.stamp_labels, self.layout.agencies):
                # a stamp under a sentence with no headline over it (a card of a summary and its date) makes
                # that sentence a teaser, which the stamp dates
                if pending is not None and not above and (current is None or dated) \
                        and not is_caption(pending.text, self.layout):
                    current, pending, last_was_headline, dated = self.new_brief(pending, None), None, False, True
                    self.stamp_line(current, ln)
                    continue
                # a stamp after the caption that opens the next card stands over that card's headline
                if pending is not None and current is not None and not above and is_caption(pending.text, self.layout):
                    stamp_over = ln
                    continue
                # a stamp on a line of its own dates the teaser over it; where the block opens with
                # one, each stamp stands over its teaser's headline
                above = above or current is None
                dated = dated or (current is not None and not above)
                if above:
                    stamp_over = ln
                elif current is not None:
                    self.stamp_line(current, ln)
                continue
            if (alt := image_link(ln.text)) and k + 1 < len(lines) and lines[k + 1].text.startswith(alt):
                continue  # a teaser's picture whose alt text is the headline printed under it
            if (row := bar_row(ln.text)) is not None:  # teasers in a row parted by bars
                self.link_list(ln, row)
                current, pending, last_was_headline = None, None, False
                continue
            teaser = kept_teaser(ln.text, lines[k + 1].text if k + 1 < len(lines) else "")
            if not teaser and (ln.text in self.layout.agencies or no_teaser(ln.text, self.layout) or more_marker(ln.text, self.layout) or label_row(ln.text)
                               or _is_boilerplate(ln.text, self.layout) or is_credit(ln.text, self.layout)):
                continue
            # the excerpt's cut-off last line after a headline is that teaser's summary, not a headline
            head = self.doc.text[current.headline.start:current.headline.end] if current else ""  # (its deck, its cut summary)
            cut_summary = last_was_headline and (last_words([x.text for x in lines[k + 1:]], self.layout, lambda t: more_marker(t, self.layout)) and "," in ln.text[:trailing_stamp(ln.text)]
                                                 and not listed(self.briefs[first:], self.doc.text) or summary_under(head, ln.text))
            if is_headline(ln.text, self.layout) and not cut_summary and not linked_summary(ln.text):
                if current and last_was_headline and head == ln.text:
                    continue  # the same headline again (caption slot repeating it)
                if pending is not None and pending.text == ln.text:
                    pending = None
                current, dated = self.new_brief(ln, pending), stamp_over is not None
                if stamp_over is not None:
                    self.stamp_line(current, stamp_over)
                pending, last_was_headline, stamp_over = None, True, None
                continue
            if current and last_was_headline and self.no_summary(current) and not is_caption(ln.text, self.layout):
                current.summary = Span(ln.start, ln.end)
                self.add("brief_summary", ln.start, ln.end, current.index)
            else:
                if pending is not None:  # two texts in a row: the first was a card cut off, or a summary-less teaser's caption
                    self.new_brief(pending, None) if linked_summary(pending.text) else self.add("caption", pending.start, pending.end)
                pending = ln
            last_was_headline = False
        if pending is not None and not is_caption(pending.text, self.layout):
            self.new_brief(pending, None)  # a teaser whose headline is a whole sentence
        elif pending is not None:
            self.add("caption", pending.start, pending.end)
        self.tails = False

    def link_list(self, ln: _Line, parts: list[str] | None = None) -> None:
        pos, spans = ln.start, []
        for part in parts if parts is not None else ln.text.split(" "):
            pos = self.doc.text.index(part, pos)
            if not site_part(part, ln.text, self.layout):  # (a button, a "更多" marker, the site's menu or follow row)
                spans.append((pos, pos + len(part)))
            pos += len(part)
        # (a two-part headline's halves are one teaser)
        for start, end in joined_halves(self.doc.text, spans, self.layout.predicate_openers):
            for a, z in spaced_apart(self.doc, start, end):  # (a space the normalizer dropped)
                self.new_brief(_Line(a, z, self.doc.text[a:z]), None)

    def main_article(self, lines: list[_Line], title: _Line | None) -> None:
        at = next((i for i, ln in enumerate(lines) if ln is title), 0)
        if card := card_over_title([ln.text for ln in lines], at, self.layout):  # (a promoted story's card over it)
            self.related_block(lines[card[0]:card[1]])
            lines, at = lines[:card[0]] + lines[card[1]:], at - (card[1] - card[0])
        # a breadcrumb closes the site's header: what stands above it is the site's (a hotline, a menu)
        # (and so does the page's stamp when the headline stands under it)
        crumb = max((i for i in range(at) if _is_breadcrumb(lines[i].text) or _is_stamp(lines[i].text, self.layout)
                     or notice_over_headline([ln.text for ln in lines[i:i + 2]], self.layout)), default=-1)
        others = other_headlines([ln.text for ln in lines], at, self.layout)  # (another story's headline over it: the site's)
        for i, ln in enumerate(lines):
            text = ln.text
            if i < at and whole_dateline(text, self.layout):  # (the story's dateline over its first paragraph)
                self.add("dateline", ln.start, ln.end)
                continue
            if i < at and (i < crumb or i in others or _is_furniture(text, self.layout, lines[i + 1].text)):
                self.add("boilerplate", ln.start, ln.end)
                continue
            if i < at:  # the summary sentence printed above the headline
                self.paragraph(ln, first=True, last=False)
                continue
            if i > at and (_is_boilerplate(text, self.layout) or _is_footer(text, self.layout) or bar_of(text, title)
                           or is_credit(text, self.layout) or holds_any(text, self.layout.notice_lines)
                           or _is_stamp(text, self.layout)):  # the page's stamp line under its headline
                self.add("boilerplate", ln.start, ln.end)
                continue
            marker = photo_marker(text, self.layout)
            cut = marker.end() if marker else None
            if i == at:
                self.title(ln, marker)
                continue
            if cut is not None:
                self.add("caption", ln.start + cut, ln.end)
                continue
            # is_caption, its photo marker already looked for (none) on this line (a scene caption is short by itself)
            if (len(text) < 120 and holds_any(text, self.layout.caption_markers)) or scene_caption(text, self.layout):
                self.add("caption", ln.start, ln.end)
                continue
            # a photo's caption: a table's cell ending a sentence ("| 图注。 |"), a line printed twice
            # in a row (the image's text and its caption), a line ending with its photographer's credit
            cell = table_cell(text) if text.startswith(("|", "｜")) and text.endswith(("|", "｜")) else None
            placed = len(text) < 150 and text.count("。") <= 1 and _PLACED.search(text) is not None
            twice = len(text) <= 200 and any(0 <= k < len(lines) and k != at and lines[k].text == text
                                             for k in (i - 1, i + 1))
            if cell is not None or twice or placed or (len(text) < 200 and _PHOTO_CREDIT.search(text)):
                self.add("caption", ln.start, ln.end)
                continue
            if text in self.layout.agencies or text in self.layout.end_marks:
                self.add("endmark", ln.start, ln.end)
                continue
            # (the lead is the first paragraph under the headline, past the stamp and share lines)
            self.paragraph(ln, first=self._leads(lines, at, i), last=i == len(lines) - 1)

    def _leads(self, lines: list[_Line], at: int, i: int) -> bool:
        # at most one line that is not furniture between the headline and this one; the count stops
        # at the second such line, so that a long page costs no more per line than a short one
        other = 0
        for k in range(at + 1, i):
            if not self._furniture_at(lines[k]):
                other += 1
                if other > 1:
                    return False
        return True

    def _furniture_at(self, ln: _Line) -> bool:
        return any(sg.start == ln.start and sg.kind == "boilerplate" for sg in self.segments[-6:])

    def title(self, ln: _Line, marker: re.Match[str] | None) -> None:
        text = ln.text
        # "HEADLINE ảnh 1CAPTION": the headline repeated before a photo is the title here
        if marker:
            self.add("title", ln.start, ln.start + marker.start())
            self.add("caption", ln.start + marker.end(), ln.end)
            return
        # the crawler's date run into the headline's line ("date 2025-08-30 标题"): the headline is the rest
        crawled = _CRAWL_DATE.match(text)
        if crawled and headline_shaped(text[crawled.end():]):
            self.add("boilerplate", ln.start, ln.start + crawled.end())
            self.add("title", ln.start + crawled.end(), ln.end)
            return
        # a date stamp closing the headline's line ("标题 2024-01-01"), a share button ("标题分享到:"), the outlet's
        # name after it or before it ("标题 - 某某网", "某某网 | 标题"): the headline is what is left
        span = headline_span(text, self.layout.share_tails)
        if span is not None and headline_shaped(text[span[0]:span[1]].rstrip()):
            a, dated = span
            self.add("boilerplate", ln.start, ln.start + a)
            self.add("title", ln.start + a, ln.start + len(text[:dated].rstrip()))
            self.add("boilerplate", ln.start + dated, ln.end)
            return
        stamp = _TITLE_STAMP.search(text)
        head = text[:stamp.start()].strip() if stamp else ""
        half = (len(head) - 1) // 2
        if stamp and len(head) >= 9 and head[half] == " " and head[:half] == head[half + 1:]:
            stamp = _TITLE_STAMP.search(text, half)  # the headline printed twice over its stamp: once is the title
            self.add("title", ln.start, ln.start + half)
            rest = text[stamp.start():] if stamp else ""
            lead = len(rest) - len(rest.lstrip())
            if stamp:
                self.paragraph(_Line(ln.start + stamp.start() + lead, ln.end, rest.lstrip()), first=True, last=False)
            return
        # the page printed on one line: headline, stamp, story (not a stamp line standing first: "时间:2017-…")
        if stamp and _CJK.search(text[:stamp.start()]) and not _is_stamp(text, self.layout):
            self.add("title", ln.start, ln.start + stamp.start())
            rest = text[stamp.start():]
            lead = len(rest) - len(rest.lstrip())
            self.paragraph(_Line(ln.start + stamp.start() + lead, ln.end, rest.lstrip()), first=True, last=False)
            return
        if untitled_paragraph(text):  # no headline: the story's first paragraph, read as its lead
            self.title_span = (ln.start, ln.end)
            cut = crawled.end() if crawled else 0  # (the crawler's date before it is none of the story's)
            self.add("boilerplate", ln.start, ln.start + cut)
            self.paragraph(_Line(ln.start + cut, ln.end, text[cut:]), first=True, last=False)
            return
        self.add("title", ln.start, ln.end)

    def paragraph(self, ln: _Line, first: bool, last: bool) -> None:
        start, end, text = ln.start, ln.end, ln.text
        d = opening_dateline(ln.text, self.layout)
        if d:
            self.add("dateline", start, start + d)
            start += d
        for mark in self.layout.end_marks if near_end(text, self.layout.end_marks) else ():
            idx = text.rfind(mark)
            if idx >= 0 and idx + len(mark) >= len(text) - 1:
                self.add("endmark", ln.start + idx, ln.end)
                end = ln.start + idx
                text = text[:idx]
                break
        if not text:  # the line was an end mark and one character more ("(完)x"): nothing else in it
            return
        m = attribution_pattern(self.layout.attribution_prefixes).search(text)
        if m:
            self.add("attribution", ln.start + m.start(), ln.start + m.end())
            end = min(end, ln.start + m.start())
        # a short unpunctuated line is a heading, unless it ends the page: that is a cut-off paragraph
        if not d and not last and len(text) <= 40 and text[-1] not in _SENTENCE_END + ",":
            self.add("heading", start, end)
        elif first and not d and not self.segments_of("body", "lead"):
            self.add("lead", start, end)
        else:
            self.add("body", start, end)

    def segments_of(self, *kinds: str) -> list[Segment]:
        return [s for s in self.segments if s.kind in kinds]


def _split_inline_more(ln: _Line, b: _Builder, layout: Layout) -> _Line:
    """The line without a related-news block run into it; the block's headlines become briefs."""
    found = inline_more(ln.text, layout)
    if found is None:
        return ln
    k, parts = found
    b.link_list(_Line(ln.start + k, ln.end, ln.text[k:]), parts)
    head = ln.text[:k].rstrip()
    return _Line(ln.start, ln.start + len(head), head)


def segment(doc: Document, layout: Layout | None = None) -> Document:
    """Adds `segments`, `briefs` and `title` (as written in the original script)."""
    layout = layout or load_layout()
    lines = _lines(doc.text)
    b = _Builder(doc, layout)
    main = []
    rest = lines
    while rest and (block := related_start(rest, layout)) is not None:  # (a box in the story, the story again, the block)
        # (a "更多" marker line is the block's, not the article's; a wire story's last line before its block stays)
        marker = more_marker(rest[block[0] - 1].text, layout) or rest[block[0] - 1].text in layout.more_labels
        main += rest[:block[0] - int(marker)]
        if marker:  # (a story's last line over its block is the story's, not a marker)
            b.add("more", rest[block[0] - 1].start, rest[block[0] - 1].end)
        b.related_block(above_footer(rest[block[0]:block[1]], layout))  # (nor is the site's footer, or under it)
        rest = rest[block[1]:]
    main += rest
    main = [x for x in (_split_inline_more(ln, b, layout) for ln in main) if x.text]  # (a line that was all block goes)
    at = about_line([ln.text for ln in main], locate_title(main, layout), layout)
    inline: list[_Line] = []
    for i, ln in enumerate(main):
        nav = prev_next(ln.text, main[i - 1].text, layout) if i > at else None  # ("上一篇: 标题")
        if nav is not None:
            if nav >= 0:  # (a label alone is no content)
                b.new_brief(_Line(ln.start + nav, ln.end, ln.text[nav:]), None)
            continue
        alt = image_link(ln.text) if i != at else None
        if alt:
            k = ln.text.index(alt)
            b.new_brief(_Line(ln.start + k, ln.start + k + len(alt), alt), None)
            continue
        cell = table_cell(ln.text) if i > at else None
        if cell is not None and cell[-1] not in _SENTENCE_END and "。" not in cell and not is_caption(cell, layout) \
                and not lone_caption(cell, main[i - 1].text, main[i + 1].text if i + 1 < len(main) else ""):
            k = ln.text.index(cell)
            pieces = cell.split(" ")
            b.link_list(_Line(ln.start + k, ln.start + k + len(cell), cell),
                        pieces if all(at_least(_CJK, p, 4) for p in pieces) else [cell])
            continue  # (related headlines; a cell with a sentence "…仪式。(某报) |", or a caption, is the story's)
        # above the headline only a long list: a headline may hold a space ("越南渔船遇袭 向华提抗议")
        parts = (link_list(ln.text) or link_list(ln.text, long=True)) if i > at else link_list(ln.text, long=True) if i < at else None
        if parts and main and "".join(parts) in main[at].text.replace(" ", ""):
            parts = None  # the headline printed again below it (its halves parted by a space), not teasers
        if parts and is_caption(ln.text, layout):
            parts = None  # a photo's caption with its credit ("某某 资料照 某社"), not teasers
        if parts and 0 < i < len(main) - 1 and crosshead(parts, ln.text, main[i - 1].text, main[i + 1].text, i - at):
            parts = None  # a crosshead between two of the story's paragraphs, or the headline's deck under it
        if parts:
            b.link_list(ln, parts)
        else:
            inline.append(ln)
    b.main_article(inline, main[at] if main else None)
    # related headlines printed inside the article are briefs too; keep the brief order by position
    b.segments.sort(key=attrgetter("start"))
    b.briefs.sort(key=lambda br: br.headline.start)
    renumber = {br.index: n for n, br in enumerate(b.briefs)}
    for br in b.briefs:
        br.index = renumber[br.index]
    for s in b.segments:
        if s.brief is not None:
            s.brief = renumber[s.brief]
    doc.segments, doc.briefs = b.segments, b.briefs
    titles = [(sg.start, sg.end) for sg in doc.segments_of("title")] or ([b.title_span] if b.title_span else [])
    a, z = doc.to_original(*titles[0]) if titles else (0, 0)
    printed = one_printed_line(shown_original(doc.raw[a:past_entity(doc.raw, z)]).strip()) if titles else ""
    doc.title = slug_title(doc.url, doc.raw, printed)  # (a page printing no headline: its URL's)
    return doc
