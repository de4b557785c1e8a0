"""Segment stage, the main article: its title, lead, captions, dateline, attribution, end marks, headings and
body paragraphs (a promoted story's card over it is read as teasers)."""

from __future__ import annotations

import re

from dipnet.aboutness import other_headlines
from dipnet.briefblock import BriefBuilder
from dipnet.furniture import headline_shaped
from dipnet.furniture import is_boilerplate as _is_boilerplate
from dipnet.furniture import is_breadcrumb as _is_breadcrumb
from dipnet.furniture import is_byline as _is_byline
from dipnet.furniture import is_footer as _is_footer
from dipnet.furniture import is_furniture as _is_furniture
from dipnet.furniture import is_stamp as _is_stamp
from dipnet.headrun import notice_over_headline
from dipnet.layout import holds_any, near_end
from dipnet.lineshape import (
    attribution_pattern,
    is_credit,
    opening_dateline,
    photo_marker,
    scene_caption,
    table_cell,
    whole_dateline,
)
from dipnet.model import Segment
from dipnet.pagelines import Line as _Line
from dipnet.rx import plain as _plain
from dipnet.titleline import bar_of, card_over_title, headline_span
from dipnet.untitled import untitled_paragraph

SENTENCE_END = "。!?;”\""
_CJK = _plain(r"[\u4e00-\u9fff]")
# a date stamp printed on the headline's line ("HEADLINE 2016年5月10日 | 15:05:27 ..."): the headline ends there
_TITLE_STAMP = _plain(r"\s*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[/-]\d{1,2}[/-]\d{1,2})\s*(?:\||\d{1,2}:\d{2})")
# where a person stands in the photo ("某某(左)向某某(右二)介绍…"): the line is the photo's caption
_PLACED = _plain(r"[(（](?:左|右|中|前排|后排|前|后)[一二三四五六七八九\d]?[)）]")
_CRAWL_DATE = _plain(r"date\s?(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s?")
_PHOTO_CREDIT = _plain(r"记者\s?[\u4e00-\u9fff]{2,4}\s?摄(?:\s|$|\d)")  # closing a caption ("某社记者某某摄 113年7月10日")


class PageBuilder(BriefBuilder):
    """The zones of the main article, on top of the teasers' builder."""

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
        # the crawler's date run into the headline's line ("date 2025-08-30 标题"): the headline is the rest;
        # not a byline's or a notice's rest ("date 2025-12-06 记者某某/综合报导"): the page printed no headline
        crawled = _CRAWL_DATE.match(text)
        if crawled and headline_shaped(rest := text[crawled.end():]) and not _is_byline(rest, self.layout) \
                and not holds_any(rest, self.layout.notice_markers):
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
        if not d and not last and len(text) <= 40 and text[-1] not in SENTENCE_END + ",":
            self.add("heading", start, end)
        elif first and not d and not self.segments_of("body", "lead"):
            self.add("lead", start, end)
        else:
            self.add("body", start, end)

    def segments_of(self, *kinds: str) -> list[Segment]:
        return [s for s in self.segments if s.kind in kinds]
