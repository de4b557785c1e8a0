"""Segment stage: a page's zones — title, lead, captions, dateline, attribution, end marks,
headings, body paragraphs — and the related-news block split into briefs. Here the page's lines are
parted between related-news blocks, linked headlines and the article; the zones are built by
briefblock.py (teasers) and articlezones.py (the main article)."""

from __future__ import annotations

from operator import attrgetter

from dipnet.aboutness import about_line
from dipnet.articlezones import SENTENCE_END, PageBuilder
from dipnet.captioncell import lone_caption
from dipnet.crawl_shape import past_annotation, past_entity, shown_original
from dipnet.crosshead import crosshead
from dipnet.footlines import above_footer
from dipnet.inlinelink import inline_link
from dipnet.layout import Layout, holds_any, load_layout
from dipnet.lineshape import (
    image_link,
    inline_more,
    is_caption,
    link_list,
    one_printed_line,
    table_cell,
)
from dipnet.model import Document
from dipnet.pagelines import Line as _Line
from dipnet.pagelines import page_lines as _lines
from dipnet.related import more_marker, prev_next, related_start
from dipnet.rx import plain as _plain
from dipnet.rxneeds import at_least  # (counted to the n-th match only)
from dipnet.titleline import locate_title
from dipnet.urlslug import slug_title

_CJK = _plain(r"[\u4e00-\u9fff]")


def _split_inline_more(ln: _Line, b: PageBuilder, layout: Layout) -> _Line:
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
    b = PageBuilder(doc, layout)
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
        if i > at and 0 < i < len(main) - 1 and inline_link(ln.text, main[i - 1].text, main[i + 1].text, layout):
            b.new_brief(ln, None)  # (a link to another story on a line of its own inside the story)
            continue
        cell = table_cell(ln.text) if i > at else None
        if cell is not None and cell[-1] not in SENTENCE_END and "。" not in cell and not is_caption(cell, layout) \
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
        if parts and holds_any(ln.text, layout.promo_lines):
            parts = None  # the site's call to its reader in the row ("某某实时更新 欢迎订阅某某"), not teasers
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
    z = past_annotation(doc.raw, past_entity(doc.raw, z))
    printed = one_printed_line(shown_original(doc.raw[a:z]).strip()) if titles else ""
    doc.title = slug_title(doc.url, doc.raw, printed)  # (a page printing no headline: its URL's)
    return doc
