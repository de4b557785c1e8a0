"""Normalize stage: Simplified script, folded width and punctuation, tidy whitespace — keeping,
for every normalized character, the index of the raw character it came from."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import opencc

from dipnet.model import Document, Page

# NFKC folds full-width forms ("，" → ","), which the seeds already use in ASCII; these are kept
# because they carry meaning in Chinese text that ASCII has no sign for.
_KEEP = set("、。“”‘’《》〈〉【】「」『』〔〕…—·")
_DOTS = "•・‧･∙⋅︰•"
_HAN = re.compile(r"[\u3400-\u9fff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2014\u2026“”‘’]")


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _fold(ch: str) -> str:
    if ch in _KEEP:
        return ch
    if ch in _DOTS:
        return "·"
    if ch in "\u00a0\u2002\u2003\u2009\u200b\u3000\t":
        return " "
    if ch in "\u200b\u200c\u200d\ufeff":
        return ""
    if ch == "\r":
        return "\n"
    return unicodedata.normalize("NFKC", ch)


def _to_simplified(text: str) -> str:
    """t2s one character at a time when the phrase-level conversion changes the length, so that
    offsets stay one to one."""
    conv = _converter().convert(text)
    if len(conv) == len(text):
        return conv
    return "".join(c if len(c := _converter().convert(ch)) == 1 else ch for ch in text)


def _tidy_spaces(chars: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """Drop spaces next to Chinese punctuation and between digits and characters ("12 月 29 日" →
    "12月29日"; one space between two characters stays: it may part two headlines), collapse runs of spaces,
    strip spaces at line ends, and keep at most one empty line between paragraphs."""
    following = ["\n"] * (len(chars) + 1)  # the next non-space character after each position
    for i in range(len(chars) - 1, -1, -1):
        following[i] = following[i + 1] if chars[i] == " " else chars[i]
    out: list[str] = []
    org: list[int] = []
    for i, ch in enumerate(chars):
        if ch == " ":
            prev = out[-1] if out else "\n"
            nxt = following[i + 1]
            between_han = _HAN.match(prev) and _HAN.match(nxt)  # may separate two headlines
            if prev in (" ", "\n") or nxt == "\n" or (not between_han and (_CJK.match(prev) or _CJK.match(nxt))):
                continue
        if ch == "\n" and len(out) >= 2 and out[-1] == "\n" and out[-2] == "\n":
            continue
        out.append(ch)
        org.append(origin[i])
    return out, org


def language_of(raw: str, simplified: str) -> str:
    han = sum(1 for ch in raw if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in raw if ch.isascii() and ch.isalpha())
    if han < 20 and latin > han:
        return "vi" if re.search(r"[ăâđêôơưạảấầẩậắằẳặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỷỹ]", raw, re.I) else "en"
    if han == 0:
        return "und"
    changed = sum(1 for a, b in zip(raw, simplified, strict=False) if a != b and "\u4e00" <= a <= "\u9fff")
    return "zh-Hant" if changed > max(3, han * 0.03) else "zh-Hans"


def doc_id_of(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def normalize(page: Page) -> Document:
    """Page -> Document with `text`, `offsets` (normalized index -> raw index) and `language`."""
    # a lone surrogate is no character (a JSON \ud800 escape, a str built in Python): U+FFFD in its
    # place keeps every offset and lets the text be converted, hashed and stored as UTF-8
    raw = _SURROGATE.sub("\ufffd", page.text)
    simplified = _to_simplified(raw)
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(simplified):
        if ch == "\r" and simplified[i + 1:i + 2] == "\n":
            continue
        for out in _fold(ch):
            chars.append(out)
            origin.append(i)
    chars, origin = _tidy_spaces(chars, origin)
    while chars and chars[0] in " \n":
        chars.pop(0)
        origin.pop(0)
    while chars and chars[-1] in " \n":
        chars.pop()
        origin.pop()
    text = "".join(chars)
    offsets = origin + [len(raw)]
    return Document(doc_id=doc_id_of(text), source=page.source, raw=raw, text=text, offsets=offsets,
                    url=page.url, language=language_of(raw, simplified), meta_published=page.published)
