"""Segment stage: a page's zones — title, lead, captions, dateline, attribution, end marks,
headings, body paragraphs — and the related-news block split into briefs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dipnet.layout import Layout, load_layout
from dipnet.model import Brief, Document, Segment, Span

_SENTENCE_END = "。!?;”\""
_PHOTO_NUM = r"\s*\d{1,2}\s*"


@dataclass
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _photo_marker(line: str, layout: Layout) -> re.Match[str] | None:
    """The crawler's photo marker in "HEADLINE ảnh 1CAPTION" ("hinh anh 1" too), or None."""
    return _photo_pattern(layout.photo_word, layout.photo_word_before).search(line)


@lru_cache(maxsize=4)
def _photo_pattern(photo_words: tuple[str, ...], before: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in photo_words)
    lead = f"(?:(?:{'|'.join(re.escape(w) for w in before)})\\s+)?" if before else ""
    return re.compile(rf"(?:^|\s|(?<=[\u4e00-\u9fff])){lead}(?:{words}){_PHOTO_NUM}", re.IGNORECASE)


@lru_cache(maxsize=4)
def _attribution_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """A closing "(记者…)" or "(编辑…)" credit at a paragraph's end."""
    return re.compile(r"\((?:" + "|".join(map(re.escape, prefixes)) + r")([^)]{1,40})\)\s*$")


def _photo_split(line: str, layout: Layout) -> int | None:
    """Where the caption starts after a photo marker, or None."""
    m = _photo_marker(line, layout)
    return m.end() if m else None


def _is_caption(text: str, layout: Layout) -> bool:
    return any(m in text for m in layout.caption_markers) or _photo_split(text, layout) is not None


def _is_boilerplate(text: str, layout: Layout) -> bool:
    if text in layout.boilerplate:
        return True
    if ">" in text and len(text) < 80:  # breadcrumbs: 首页 > 国家和组织 > …
        return True
    parts = [p.strip() for p in re.split(r"[|｜]", text) if p.strip()]
    if len(parts) >= 2 and all(len(p) <= 12 for p in parts):  # menus: 央视网|中国网络电视台|网站地图
        return True
    tokens = text.split()
    return bool(tokens) and all(t in layout.boilerplate or re.fullmatch(r"[\d:/.\-]+|GMT[+\-]\d+", t)
                                for t in tokens)


def _is_headline(text: str, layout: Layout) -> bool:
    return len(text) <= 60 and text[-1] not in "。" and not _is_caption(text, layout)


def _link_list(text: str) -> list[str] | None:
    """A line of several teaser headlines parted by spaces, as related-link widgets print them."""
    parts = text.split(" ")
    if len(parts) < 2 or text[-1] in _SENTENCE_END:
        return None
    if all(6 <= len(p) <= 40 and not re.search(r"[。,;:!?]", p) for p in parts):
        return parts
    return None


@lru_cache(maxsize=4)
def _dateline_patterns(agencies: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A dateline (越通社河内——, 新华社莫斯科4月4日电) and a 据…报道 opening, for these agencies."""
    names = "|".join(re.escape(a) for a in agencies)
    line = re.compile(
        rf"(?:\(?(?:{names})\)?)(?:驻\S{{1,6}}?记者|特派记者|记者\S{{0,8}}?)?"
        rf"(?P<place>[\u4e00-\u9fff]{{0,6}}?)(?:\d{{1,2}}月)?(?:\d{{1,3}}日)?(?:电|专电)?"
        rf"(?:\([^)]{{0,30}}\))?\s*(?:——|—|-{{1,2}}|:|(?<=\)|电))\s*")
    return line, re.compile(rf"据(?:{names})\S{{0,20}}?报道[,，]?")


class _Builder:
    def __init__(self, doc: Document, layout: Layout) -> None:
        self.doc, self.layout = doc, layout
        self.segments: list[Segment] = []
        self.briefs: list[Brief] = []

    def add(self, kind: str, start: int, end: int, brief: int | None = None) -> None:
        if end > start:
            self.segments.append(Segment(kind, start, end, brief))

    def new_brief(self, headline: _Line, caption: _Line | None) -> Brief:
        b = Brief(index=len(self.briefs), headline=Span(headline.start, headline.end))
        if caption is not None:
            b.caption = Span(caption.start, caption.end)
            self.add("brief_caption", caption.start, caption.end, b.index)
        self.add("brief_headline", headline.start, headline.end, b.index)
        self.briefs.append(b)
        return b

    def related_block(self, lines: list[_Line]) -> None:
        """Teasers: [caption] headline [summary], repeated; a headline printed twice is one."""
        pending: _Line | None = None
        current: Brief | None = None
        last_was_headline = False
        for ln in lines:
            if ln.text in self.layout.agencies or ln.text in self.layout.more_markers:
                continue
            if _is_headline(ln.text, self.layout):
                if current and last_was_headline and self.doc.text[current.headline.start:current.headline.end] == ln.text:
                    continue  # the same headline again (caption slot repeating it)
                if pending is not None and pending.text == ln.text:
                    pending = None
                current = self.new_brief(ln, pending)
                pending, last_was_headline = None, True
                continue
            if current and last_was_headline and current.summary is None and not _is_caption(ln.text, self.layout):
                current.summary = Span(ln.start, ln.end)
                self.add("brief_summary", ln.start, ln.end, current.index)
            else:
                if pending is not None:  # two texts in a row: the first was a summary-less teaser's caption
                    self.add("caption", pending.start, pending.end)
                pending = ln
            last_was_headline = False
        if pending is not None:
            self.add("caption", pending.start, pending.end)

    def link_list(self, ln: _Line) -> None:
        pos = ln.start
        for part in ln.text.split(" "):
            self.new_brief(_Line(pos, pos + len(part), part), None)
            pos += len(part) + 1

    def dateline(self, ln: _Line) -> int:
        """Length of a dateline opening this paragraph (越通社河内——, 新华社莫斯科4月4日电), or 0."""
        text = ln.text
        if not text.startswith(self.layout.dateline_openers):
            return 0
        line, reported = _dateline_patterns(self.layout.agencies)
        m = line.match(text)
        if m and len(m.group(0)) < 40:
            return m.end()
        m = reported.match(text)
        return m.end() if m else 0

    def main_article(self, lines: list[_Line]) -> None:
        titled = False
        for i, ln in enumerate(lines):
            text = ln.text
            if _is_boilerplate(text, self.layout):
                self.add("boilerplate", ln.start, ln.end)
                continue
            marker = _photo_marker(text, self.layout)
            cut = marker.end() if marker else None
            if not titled:
                titled = True
                # "HEADLINE ảnh 1CAPTION": the headline repeated before a photo is the title here
                self.add("title", ln.start, ln.start + (marker.start() if marker else len(text)))
                if marker:
                    self.add("caption", ln.start + marker.end(), ln.end)
                continue
            if cut is not None:
                self.add("caption", ln.start + cut, ln.end)
                continue
            if _is_caption(text, self.layout) and len(text) < 120:
                self.add("caption", ln.start, ln.end)
                continue
            if text in self.layout.agencies or any(text == m for m in self.layout.end_marks):
                self.add("endmark", ln.start, ln.end)
                continue
            self.paragraph(ln, first=i <= 2, last=i == len(lines) - 1)

    def paragraph(self, ln: _Line, first: bool, last: bool) -> None:
        start, end, text = ln.start, ln.end, ln.text
        d = self.dateline(ln)
        if d:
            self.add("dateline", start, start + d)
            start += d
        for mark in self.layout.end_marks:
            idx = text.rfind(mark)
            if idx >= 0 and idx + len(mark) >= len(text) - 1:
                self.add("endmark", ln.start + idx, ln.end)
                end = ln.start + idx
                text = text[:idx]
                break
        if not text:  # the line was an end mark and one character more ("(完)x"): nothing else in it
            return
        m = _attribution_pattern(self.layout.attribution_prefixes).search(text)
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


def _related_start(lines: list[_Line], layout: Layout) -> tuple[int, int] | None:
    """(index of the block's first line, index after its last) for the related-news block."""
    for i, ln in enumerate(lines):
        bare = ln.text.rstrip(":").strip()
        if bare in layout.more_markers and i > 0:
            if ln.text.endswith(":"):  # "相关新闻:" lists headlines up to the next paragraph
                j = i + 1
                while j < len(lines) and _is_headline(lines[j].text, layout) and lines[j].start - lines[j - 1].end <= 1:
                    j += 1
                return i + 1, j
            return i + 1, len(lines)
    # a wire story's end mark followed by more text: that text is the next teasers
    for i, ln in enumerate(lines[:-1]):
        if any(ln.text.endswith(m) for m in layout.end_marks if m.startswith("(越通社")):
            rest = [x for x in lines[i + 1:] if x.text not in layout.agencies]
            if rest and _is_headline(rest[0].text, layout):
                return i + 1, len(lines)
    return None


def segment(doc: Document, layout: Layout | None = None) -> Document:
    """Adds `segments`, `briefs` and `title` (as written in the original script)."""
    layout = layout or load_layout()
    lines = _lines(doc.text)
    b = _Builder(doc, layout)
    block = _related_start(lines, layout)
    main = lines if block is None else lines[:block[0]] + lines[block[1]:]
    if block is not None:
        b.add("more", lines[block[0] - 1].start, lines[block[0] - 1].end)
        b.related_block(lines[block[0]:block[1]])
    inline: list[_Line] = []
    for ln in main:
        if _link_list(ln.text) and ln is not main[0]:
            b.link_list(ln)
        else:
            inline.append(ln)
    b.main_article(inline)
    # related headlines printed inside the article are briefs too; keep the brief order by position
    b.segments.sort(key=lambda s: s.start)
    b.briefs.sort(key=lambda br: br.headline.start)
    renumber = {br.index: n for n, br in enumerate(b.briefs)}
    for br in b.briefs:
        br.index = renumber[br.index]
    for s in b.segments:
        if s.brief is not None:
            s.brief = renumber[s.brief]
    doc.segments, doc.briefs = b.segments, b.briefs
    titles = doc.segments_of("title")
    doc.title = doc.original_text(titles[0].start, titles[0].end).strip() if titles else ""
    return doc
