"""Segment stage, teasers: the page's zones as they are built, and a related-news block read into briefs
(caption, headline, summary, date stamp), a row of linked headlines too. The main article's zones are
articlezones.py's."""

from __future__ import annotations

from dipnet.footlines import last_words, no_teaser
from dipnet.furniture import is_boilerplate as _is_boilerplate
from dipnet.headhalves import joined_halves
from dipnet.layout import Layout
from dipnet.lineshape import (
    image_link,
    is_caption,
    is_credit,
    is_headline,
)
from dipnet.model import Brief, Document, Segment, Span
from dipnet.pagelines import Line as _Line
from dipnet.related import bar_row, kept_teaser, label_row, listed, more_marker, pointing_label, spaced_apart
from dipnet.siteparts import site_part
from dipnet.teaser import bare_stamp, linked_summary, list_tails, summary_under, teaser_span, trailing_stamp


class BriefBuilder:
    """The zones and briefs of one page as they are found; the related-news blocks read."""

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
            if not teaser and (ln.text in self.layout.agencies or no_teaser(ln.text, self.layout) or more_marker(ln.text, self.layout) or label_row(ln.text) or pointing_label(ln.text)
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
        for start, end in joined_halves(self.doc.text, spans, self.layout):
            for a, z in spaced_apart(self.doc, start, end):  # (a space the normalizer dropped)
                self.new_brief(_Line(a, z, self.doc.text[a:z]), None)
