"""Bare body words (政府, 外交部) that two countries right before them own together (越南和中国第7次 +
国防部, 日韩 + 政府): the bodies of the pair, none of them alone and no other country's."""

from __future__ import annotations

from bisect import bisect_left

from dipnet.kb import KnowledgeBase
from dipnet.recognize.namereads import DELIMS

_PAIR_REACH = 12


def pair_before(text: str, k: int, country_spans: list[tuple[int, int]], kb: KnowledgeBase) -> bool:
    """Two countries joined by 和/与/同/、 stand in the words right before text[k], with no
    punctuation between (越南和中国第7次 + 国防部); or (fe1) a run of two or more one-character short
    forms of different countries, none ambiguous, ends right there (日韩 + 政府, 中日韩 + 外长)."""
    if _short_pair_before(text, k, kb):
        return True
    lo = max(0, k - _PAIR_REACH)
    near = [(s, e) for s, e in country_spans[bisect_left(country_spans, (lo, 0)):bisect_left(country_spans, (k, 0))]
            if e <= k]
    if len(near) < 2 or any(ch in DELIMS and ch != "、" for ch in text[near[-2][0]:k]):
        return False
    (_, e1), (s2, _) = near[-2], near[-1]
    return text[e1:s2] in ("和", "与", "同", "、", "及")


def _short_pair_before(text: str, k: int, kb: KnowledgeBase) -> bool:
    shorts = kb.short_forms()
    codes: list[str] = []
    j = k - 1
    while j >= 0 and text[j] in shorts:
        code, ambiguous = shorts[text[j]]
        if ambiguous:
            return False
        codes.append(code)
        j -= 1
    return len(codes) >= 2 and len(set(codes)) == len(codes)
