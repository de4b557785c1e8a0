"""A page's text as its non-empty lines, each stripped and with its span in the text (what segment.py reads)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Line:
    start: int
    end: int
    text: str


def page_lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out
