"""Latin glosses in brackets after a name (维文·巴拉克里希南(Vivian Balakrishnan)): where one stands, the
Chinese characters before it are a name whatever they are, up to the title before them."""

from __future__ import annotations

import re
from collections.abc import Callable

from dipnet.recognize.dotted import is_han
from dipnet.recognize.lexicon import NameRules, read_word
from dipnet.rx import plain as _plain

# a Latin gloss, or a note that the name is a transliteration (坎某某某(音译)): either vouches for a name
_NOTES = tuple(read_word("transliteration_notes"))
# honorifics that open a person's gloss (H.E., Dame): the gloss is judged from the word after them
_HONORIFICS = tuple(sorted(read_word("gloss_honorifics"), key=len, reverse=True))
# Latin letters with the accents of Spanish, Portuguese, French or Vietnamese names count (Búcaro, Schäfer,
# Nguyễn): Latin-1, Latin Extended-A/B and Latin Extended Additional
_LETTER = "A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ"
_LATIN_GLOSS = re.compile(rf"\([{_LETTER}][{_LETTER} .,'\-]{{1,60}}\)"
                          + "".join(r"|\(" + re.escape(w) + r"\)" for w in _NOTES))
# the longest name a Latin gloss vouches for, in characters (让·皮埃尔·贝尔)
_GLOSSED_NAME = 10


def gloss_end(text: str, end: int) -> int:
    """The end of a Latin gloss right after a name (维文·巴拉克里希南(Vivian Balakrishnan)), else `end`."""
    m = _LATIN_GLOSS.match(text, end)
    return m.end() if m else end


def _personal(gloss: str) -> bool:
    """A gloss in a person's words (Lee Jae Yong): some letter lower-case, and no acronym first (an
    acronym glosses a body or a meeting: SACFMM, ADMM Retreat)."""
    words = gloss.strip("() ")
    while (h := next((h for h in _HONORIFICS if words.startswith(h + " ")), None)) is not None:
        words = words[len(h):].lstrip()  # (H.E. Dame Froyla …: every honorific before the name)
    first = words.split(" ")[0]
    if first in _NOTES:
        return True
    return any(c.islower() for c in words) and not (len(first) >= 2 and first.isupper())


def glossed_after_title(text: str, i: int, end: int, rules: NameRules) -> bool:
    """A name after a title that the text glosses in Latin letters (议长蓬碧(Pornpetch Wichitcholchai)):
    the gloss vouches for it whatever its characters, where the gloss reads as a person's."""
    name = text[i:end]
    g = gloss_end(text, end)
    return 2 <= len(name) <= 5 and g > end and _personal(text[end:g]) and not rules.ends_in_org_suffix(name) \
        and not rules.stop_at(name, 0)


def gloss_backed(text: str, i: int, blocked: set[int], overlapping: Callable[[int, int], list[tuple[int, int]]],
                 rules: NameRules) -> int | None:
    """The end of a name that runs from a title's end to a Latin gloss of it: 总裁李在镕(Lee Jae Yong),
    总理让·马克艾罗(Jean-Marc Ayrault). Two to ten characters of Chinese script (middle dots and
    hyphens joining the parts), no title or known name inside; else None."""
    if text.find("(", i, i + _GLOSSED_NAME + 1) == -1:
        return None  # (every gloss opens with "(" where the run below can end: most titles have none, issue 17)
    p = i
    while p < len(text) and p - i <= _GLOSSED_NAME and ("\u4e00" <= text[p] <= "\u9fff" or text[p] in "·-"):  # (is_han inline)
        if p > i and p in blocked:
            return None
        p += 1
    # a known name wholly inside the glossed run is part of the name (外长 + 拉萨洛(Maria Lazaro): 拉萨 is
    # no place there), where the gloss is a person's of two words at least
    g = gloss_end(text, p)
    inner = overlapping(i, p)
    if not 2 <= p - i <= _GLOSSED_NAME or not is_han(text[p - 1]) or g == p or (inner and not (
            " " in text[p:g].strip("() ") and all(i <= a and b <= p for a, b in inner)
            and not any(rules.stop_at(text, k) for k in range(i, p)))):
        return None
    # a person's name is glossed in words (Lee Jae Yong); an acronym (SACFMM) glosses a body or a meeting
    if not _personal(text[p:gloss_end(text, p)]) or rules.ends_in_org_suffix(text[i:p]):
        return None
    return p


def glossed_name_before(text: str, end: int, boundary: Callable[[int], bool], rules: NameRules) -> tuple[int, int] | None:
    """The name before a Latin gloss that a post follows: 马绍尔群岛 + 海妮(Hilda C. Heine) + 总统. The
    gloss vouches for the characters before it, back to a named country, body or place, or to
    punctuation (`boundary` tells where such a name ends); two to ten characters. (start, end) or None."""
    k = text.rfind("(", max(0, end - 64), end)
    m = _LATIN_GLOSS.match(text, k) if k > 0 else None
    # a person's gloss of two words at least (Feleti Teo): one word glosses a place as often (赛宋奔(Xaisomboun))
    if m is None or m.end() != end or not _personal(m.group()) or " " not in m.group().strip("() "):
        return None
    p = k
    # (a body's word ends the reading too: 泰国贸易经济办事处 + 马某某(…))
    body_end = False
    while p > 0 and k - p < _GLOSSED_NAME and (is_han(text[p - 1]) or text[p - 1] in "·-") and not boundary(p):
        if k - p >= 2 and rules.org_suffixes.ends_at(text, p) and rules.org_suffixes.longest_ending(text, p) >= 2:
            body_end = True
            break
        # a word for what the person is (政策分析家 + 孙萨姆(Seun Sam)) ends the reading as a body's word does
        if k - p >= 2 and any(text.endswith(w, 0, p) for w in rules.name_preceders):
            body_end = True
            break
        p -= 1
    if not (p == 0 or boundary(p) or body_end or not is_han(text[p - 1])) or not 2 <= k - p <= _GLOSSED_NAME or \
            not is_han(text[p]) or rules.ends_in_org_suffix(text[p:k]) or rules.stop_at(text, p):
        return None
    return p, k


# a gloss of a name written a syllable a word: a Vietnamese, Korean or Chinese name (Trinh Xuan Thanh)
_SYLLABLE_GLOSS = _plain(r"\(([A-Z][a-z]{0,6}(?: [A-Z][a-z]{0,6}){1,3})\)")


def syllable_glossed(text: str, rules: NameRules) -> list[tuple[int, int]]:
    """Names glossed a syllable a word (郑某某(Trinh Xuan Thanh), 黎氏某某(Le Thi Thu Hang)): as many
    Chinese characters before the gloss as it has words, led by a surname, are a person's name
    whatever stands before them (高官 + 郑某某). (start, end) spans."""
    out = []
    for m in _SYLLABLE_GLOSS.finditer(text):
        n, k = m.group(1).count(" ") + 1, m.start()
        s = k - n
        name = text[s:k]
        if s < 0 or not all(is_han(c) and c not in rules.not_in_name for c in name):
            continue
        if (name[0] in rules.surnames or rules.compound_surnames.at(name, 0) is not None) and \
                not rules.ends_in_org_suffix(name) and not any(rules.stop_at(text, j) for j in range(s + 1, k)):
            out.append((s, k))
    return out


def personal_gloss_before(text: str, end: int) -> int | None:
    """Where a person's Latin gloss that ends at `end` opens (普旺 + (Phouvong Vongphom) + 少将), or None."""
    k = text.rfind("(", max(0, end - 64), end)
    m = _LATIN_GLOSS.match(text, k) if k > 0 else None
    return k if m is not None and m.end() == end and _personal(m.group()) else None
