"""Clauses of a page's zones: the unit events are read from (a sentence split at , ; :, never
inside quotes, parentheses or book titles)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from dipnet import rx
from dipnet.extract.common.cues import cue, cues
from dipnet.model import Document
from dipnet.rx import plain as _plain

_ZONES = ("title", "lead", "body", "caption", "brief_headline", "brief_summary", "brief_caption")
_SENTENCE = _plain(r"[^。!?;\n]+[。!?;]?")
_CLAUSE_END = ",;:"
_MARKS = re.compile("[“(《”)》" + _CLAUSE_END + "]")
# a line of teaser headlines run together with single spaces (苏林会见… 陈锦秀会见… 范明政与…主持…):
# each headline is a sentence of its own, or one headline's actors would join every other's
_LINE = _plain(r"[^\n]+")
_HEADLINE_GAP = rx.compile(r"(?<=[\u4e00-\u9fff”》)])[ \u3000]+(?=[\u4e00-\u9fff“《])")
_MIN_HEADLINES, _HEADLINE_LEN = 3, 6
# a headline parts its clauses with a space (习近平抵达越南访问 冀推动双边关系进入新阶段)
_HEADLINES = ("title", "brief_headline")
SENTENCE_MARKS = "。!?;\n"  # what ends a sentence for the readers that walk sentences


def _headline_gaps(text: str, start: int, end: int) -> list[int]:
    """The spaces parting run-together headlines within [start, end): on a line of at least three
    space-parted pieces of at least six characters each with no full stop inside, where a space is no
    line-broken word (伙伴 关系) nor a byline (记者 侯丽军 桑彤)."""
    gaps: list[int] = []
    for line in _LINE.finditer(text, start, end):
        cuts = list(_HEADLINE_GAP.finditer(text, line.start(), line.end()))
        if len(cuts) + 1 < _MIN_HEADLINES:
            continue
        bounds = [line.start()] + [m.end() for m in cuts]
        ends = [m.start() for m in cuts] + [line.end()]
        pieces = [text[a:b] for a, b in zip(bounds, ends, strict=True)]
        if all(len(p) >= _HEADLINE_LEN and "。" not in p[:-1] for p in pieces):
            gaps += [m.start() for m in cuts]
    return gaps


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    gaps = _headline_gaps(text, start, end) if text.find(" ", start, end) != -1 else []
    if not gaps:
        return [(m.start(), min(m.end(), end)) for m in _SENTENCE.finditer(text, start, end)]
    out = []
    for m in _SENTENCE.finditer(text, start, end):
        a, b = m.start(), min(m.end(), end)
        for g in (g for g in gaps if a < g < b):
            out.append((a, g))
            a = g + 1
        out.append((a, b))
    return out


@dataclass
class Clause:
    start: int
    end: int
    sentence: tuple[int, int]
    brief: int | None


@lru_cache(maxsize=1)
def _attribution() -> re.Pattern[str]:
    """An outlet's tag opening a lead's sentence ((VOVWORLD) - , (VGP)-, (越共电子报)) (ev16)."""
    return rx.compile(cue("attribution_opening"))


def clauses(doc: Document, starts: list[int] | None = None) -> list[Clause]:
    """The clauses of the page's zones; with `starts` (sorted positions, e.g. where trigger words start),
    only those of the sentences holding one of them (the others would be passed over)."""
    out = []
    for seg in doc.segments:
        # (外交部发言人耿爽宣布: on a line of its own: a line ending in a colon opens the text below it, no heading)
        if seg.kind not in _ZONES and not (seg.kind == "heading" and
                                           doc.text[seg.start:seg.end].rstrip().endswith((":", "："))):
            continue
        for s_start, s_end in _sentences(doc.text, seg.start, seg.end):
            if starts is not None and bisect_left(starts, s_start) == bisect_left(starts, s_end):
                continue
            opening = _attribution().match(doc.text, s_start, s_end) if seg.kind in ("lead", "body") else None
            if opening and opening.end() < s_end:  # ((VOVWORLD) - 在对韩国进行正式访问期间,…: the outlet's tag opens nothing)
                s_start = opening.end()
            depth, start = 0, s_start
            marks = [(m.start(), m.group()) for m in _MARKS.finditer(doc.text, s_start, s_end)]  # only those that matter
            if seg.kind in _HEADLINES:  # 王毅访越南会见党政高官 未提及习近平访越事宜: a headline's halves
                marks = sorted(marks + [(m.start(), ",") for m in _HEADLINE_GAP.finditer(doc.text, s_start, s_end)])
            for i, ch in marks:
                if ch in "“(《":
                    depth += 1
                elif ch in "”)》":
                    depth -= 1
                elif depth <= 0 and not (doc.text[i] == "," and coverb_joined(doc.text, start, i, s_end)):
                    out.append(Clause(start, i, (s_start, s_end), seg.brief))
                    start = i + 1
            if start < s_end:
                out.append(Clause(start, s_end, (s_start, s_end), seg.brief))
    return out


@lru_cache(maxsize=1)
def _coverb() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return rx.compile(cue("coverb_phrase_before")), rx.compile(cue("coverb_phrase_verbs")), rx.compile(cue("coverb_verb_after"))


def coverb_joined(text: str, start: int, comma: int, end: int) -> bool:
    """Is the comma at `comma` one between a partner named with its coverb and the verb of meeting (某某同某局局长
    某某,举行新一轮磋商; 甲与同期访华的某某,和乙会谈), so no clause break (fm2, issue 13)?"""
    before, verbs, after = _coverb()
    m = before.search(text[start:comma])
    return m is not None and verbs.search(m.group("phrase")) is None and after.match(text[comma + 1:end]) is not None


def quoted(text: str, start: int, pos: int) -> bool:
    """Is pos inside “…” (speech content, theme titles) counting from the sentence start?"""
    return text.count("“", start, pos) > text.count("”", start, pos)  # (no copy of the span)


def unclosed(text: str, pos: int) -> bool:
    """Does no ” close, before its paragraph ends, the quote pos stands in? (ev17: a slip of the page, 萨尔瓦多共和国
    “法拉本多•马蒂民族解放阵线、…等向…致唁电 — for a message's word, no quote)"""
    closing, paragraph_end = text.find("”", pos), text.find("\n", pos)
    return closing == -1 or (paragraph_end != -1 and paragraph_end < closing)


def sub_clauses(text: str, c: Clause, hits: list[tuple[int, str]]) -> list[tuple[Clause, int, str]]:
    """Split a clause with several triggers of one type at the separator between each two of them:
    甲对乙进行访问(2015年4月)和丙对丁进行国事访问(2015年11月), 甲当选汤加总理、乙当选国会主席 → one part
    per event, each with what stands before and after its trigger. Triggers with no separator between
    them name one thing (救援队参加…救援工作)."""
    parts: list[tuple[int, str]] = [hits[0]]
    cuts: list[tuple[int, int]] = []  # (where a part ends, where the next begins)
    for k, trig in hits[1:]:
        prev_end = parts[-1][0] + len(parts[-1][1])
        if parts[-1][1] in cues("departure_triggers") and rx.compile(cue("departure_then_visit")).match(text[prev_end:k]):
            continue  # 启程对老挝和柬埔寨进行国事访问: the departure and the visit it goes on to are one (ev16)
        # a strong separator (, ; 暨) parts two events before a list word does (…成立45周年暨东盟与中国…21周年)
        seps = [m.start() for m in rx.compile(cue("part_separator_strong")).finditer(text[prev_end:k])] or \
            [m.start() for m in rx.compile(cue("part_separator_list")).finditer(text[prev_end:k])]
        if seps:  # (…非正式会议和东盟与日本…会晤: a joiner right after a word that ends its name parts the two — ev4)
            at = prev_end + (seps[0] if seps[0] == 0 else seps[-1])
            cuts.append((at, at + 1))
            parts.append((k, trig))
        elif attend := rx.compile(cue("attended_numbered_session")).search(text, prev_end, k + len(trig)):
            # 会见…赴越出席第五次战略对话的代表团: the numbered dialogue attended is a meeting of its own (SPEC)
            cuts.append((attend.start(), attend.start()))
            parts.append((k, trig))
    if len(parts) == 1:
        return [(c, *parts[0])]
    bounds = [c.start] + [b for _, b in cuts]
    ends = [a for a, _ in cuts] + [c.end]
    return [(Clause(b, e, c.sentence, c.brief), k, trig) for b, e, (k, trig) in zip(bounds, ends, parts, strict=True)]


def sentences_in(text: str, start: int, end: int, ends: str = SENTENCE_MARKS) -> list[tuple[int, int]]:
    return list(iter_sentences(text, start, end, ends))


def iter_sentences(text: str, start: int, end: int, ends: str = SENTENCE_MARKS) -> Iterator[tuple[int, int]]:
    """The sentences of [start, end), one at a time: a reader that stops after a few sentences reads no
    further (on a page of one line, the rest of the page), and each end is found by one search for any
    of the marks rather than a find per mark (which ran to `end` for a mark the sentence lacks)."""
    marks = _end_marks(ends)
    while start < end:
        while start < end and (text[start] in ends or text[start].isspace()):
            start += 1
        if start >= end:
            break
        hit = marks.search(text, start, end)
        stop = hit.start() + 1 if hit else end
        yield start, stop
        start = stop


@lru_cache(maxsize=8)
def _end_marks(ends: str) -> re.Pattern[str]:
    return _plain("[" + re.escape(ends) + "]")
