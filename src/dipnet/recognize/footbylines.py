"""A reporter's byline at the foot of a story: a line holding a bare name alone (two or three
characters, opening with a surname) right after the story's last sentence and before the page's
link list (更多新闻), as cn.dangcongsan.vn signs its stories."""

from __future__ import annotations

from dipnet.layout import load_layout
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
