"""A reporter's byline at the foot of a story: a line holding a bare name alone (two or three
characters, opening with a surname) right after the story's last sentence and before the page's
link list (更多新闻), as cn.dangcongsan.vn signs its stories. And an author's line set apart as a
heading of its own (SPEC: bylines name people): the bare name over the story, the name with its
outlet's credit word (某某 某报记者), or an author box's name over the bio that opens with it."""

from __future__ import annotations

from dipnet.layout import load_layout
from dipnet.model import Document
from dipnet.recognize.lexicon import NameRules
from dipnet.recognize.namereads import is_han, surname_led

_SENTENCE_ENDS = "。!！?？)）”」"


def foot_bylines(text: str, rules: NameRules) -> list[tuple[int, int]]:
    """Spans of the bare names signing a story at its foot."""
    more = set(load_layout().more_markers)
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lines.append((pos + raw.index(stripped), stripped))
        pos += len(raw) + 1
    out = []
    for i in range(1, len(lines)):
        start, line = lines[i]
        if not (2 <= len(line) <= 3 and all(is_han(c) for c in line) and surname_led(line, rules)):
            continue
        if line in more or not lines[i - 1][1].endswith(tuple(_SENTENCE_ENDS)):
            continue
        if i + 1 >= len(lines) or lines[i + 1][1] not in more:
            continue  # (a page's last line may be a sentence cut short: 李显…)
        if any(rules.stop_at(line, k) for k in range(1, len(line))):
            continue
        out.append((start, start + len(line)))
    return out


def head_bylines(doc: Document, rules: NameRules) -> list[tuple[int, int, int]]:
    """(start, end, title start or -1) of the names an author's heading line holds: two or three
    characters opening with a surname and holding no word that ends a name (某某 over the story), a
    credit's title after a space ending in a credit word (某某 某报记者: its start), or a transliterated
    name that the next zone opens with (an author box: 某某某 over 某某某(Latin)曾任…)."""
    out: list[tuple[int, int, int]] = []
    for seg in doc.segments:
        if seg.kind != "heading" or seg.brief is not None:
            continue
        line = doc.text[seg.start:seg.end]
        start = seg.start + len(line) - len(line.lstrip())
        name, _, title = line.strip().partition(" ")
        title = title.strip()
        if not (2 <= len(name) <= 4 and all(is_han(c) for c in name)) or \
                any(rules.stop_at(doc.text, k) for k in range(start + 1, start + len(name))):
            continue
        if title:
            if len(name) <= 3 and surname_led(name, rules) and len(title) <= 12 and all(is_han(c) for c in title) \
                    and title.endswith(rules.credit_words):
                out.append((start, start + len(name), seg.start + len(line.rstrip()) - len(title)))
            continue
        if len(name) <= 3 and surname_led(name, rules):
            out.append((start, start + len(name), -1))
        elif rules.transliteration.issuperset(name) and doc.text[seg.end:seg.end + 40].lstrip().startswith(name):
            out.append((start, start + len(name), -1))
    return out
