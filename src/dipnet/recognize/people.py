"""Rules for the people the knowledge base does not know — most people in real news: a name after a
title (越共中央总书记苏林), before one (范明政总理), a foreign name joined by middle dots, and the
title chains that state their posts (越共中央政治局委员、公安部部长梁三光大将)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dipnet.recognize.lexicon import NameRules

_HAN = r"\u4e00-\u9fff"
DOTTED = re.compile(rf"[{_HAN}]{{1,8}}(?:[·\-][{_HAN}]{{1,10}})+")
_DELIMS = set("、，,。;；:：!！?？“”‘’\"'()（）《》〈〉【】[]「」 \n\t—")
# what may join two titles of one person: 越南政府副总理兼外交部长, 政治局委员、公安部部长
_JOINERS = ("兼", "、", "和", "及")
# words that may open a title besides a named body: 中央, 驻 (越南驻老挝大使), 国家 …
_TITLE_OPENERS = ("驻", "中央", "国家", "政府", "人民", "常务", "新任", "首任", "候任", "原", "前", "副",
                  "代理", "代", "党", "委", "省", "市", "军区", "负责")


@dataclass
class TitleHit:
    start: int
    end: int
    title: str
    kind: str  # post | rank | honorific


@dataclass
class NameHit:
    start: int
    end: int
    titles: list[tuple[int, int]]  # spans of the full titles stated with it
    how: str


def read_name_after(text: str, i: int, rules: NameRules, blocked: set[int]) -> int | None:
    """End of a personal name starting at text[i], or None. `blocked` are starts of titles and
    known names, where a name cannot run on."""
    m = DOTTED.match(text, i)
    if m:
        end = m.end()
        gloss = re.match(r"\([A-Za-z][A-Za-z .'\-]{2,60}\)", text[end:])
        return end if gloss is None else end  # the Latin gloss stays outside the name
    if i >= len(text) or text[i] in rules.not_in_name or text[i] in _DELIMS or rules.stop_at(text, i):
        return None
    start_len = next((len(s) for s in rules.compound_surnames if text.startswith(s, i)), 0)
    max_len = 4 if start_len == 2 else 3
    j = i + max(start_len, 1)
    while j < len(text) and j - i < max_len:
        ch = text[j]
        if ch in rules.not_in_name or ch in _DELIMS or j in blocked or rules.stop_at(text, j):
            break
        j += 1
    if j - i < 2:
        return None
    return j


def read_name_before(text: str, end: int, rules: NameRules, left_bound: int) -> int | None:
    """Start of a surname-led name ending at `end` (范明政总理 → 范明政), or None."""
    for length in (3, 2, 4):
        s = end - length
        if s < left_bound:
            continue
        cand = text[s:end]
        if any(c in rules.not_in_name or c in _DELIMS for c in cand):
            continue
        surname_ok = cand[0] in rules.surnames or any(cand.startswith(c) for c in rules.compound_surnames)
        before = text[s - 1] if s > 0 else "\n"
        boundary = s == left_bound or before in _DELIMS or any(text.endswith(w, 0, s) for w in rules.stops)
        if surname_ok and boundary and not any(rules.stop_at(text, k) for k in range(s, end)):
            return s
    return None


def _plausible(name: str, title: str, rules: NameRules) -> bool:
    """A name read after a title: after a title that is also a plain noun (代表, 记者) it must open
    with a surname or be a dotted foreign name; it never ends in an organization's suffix."""
    if any(name.endswith(s) for s in rules.org_suffixes if len(s) >= 2) or rules.stop_at(name, 0):
        return False
    if title in rules.weak_titles:
        return "·" in name or name[0] in rules.surnames or any(name.startswith(c) for c in rules.compound_surnames)
    return True


def title_phrase_start(text: str, t: TitleHit, spans_ending: dict[int, int], rules: NameRules) -> int:
    """Extend a title leftwards over the bodies and places that qualify it (越南驻古巴 + 大使)."""
    s = t.start
    while s > 0:
        if s in spans_ending:  # a named body, country or place ends here
            s = spans_ending[s]
            continue
        opener = next((w for w in _TITLE_OPENERS if text.endswith(w, 0, s)), None)
        if opener:
            s -= len(opener)
            continue
        break
    return s


def title_chain(text: str, hits_by_end: dict[int, TitleHit], name_start: int, spans_ending: dict[int, int],
                rules: NameRules) -> list[tuple[int, int]]:
    """The titles stated right before a name, as full phrases, nearest last."""
    chain: list[tuple[int, int]] = []
    pos = name_start
    while pos in hits_by_end:
        t = hits_by_end[pos]
        s = title_phrase_start(text, t, spans_ending, rules)
        chain.insert(0, (s, t.end))
        joiner = next((j for j in _JOINERS if text.endswith(j, 0, s)), None)
        if not joiner:
            break
        pos = s - len(joiner)
    return chain


def find_people(text: str, titles: list[TitleHit], known: list[tuple[int, int]], spans_ending: dict[int, int],
                rules: NameRules) -> list[NameHit]:
    """People stated with titles or written as foreign names; `known` are spans already recognized
    (names from the knowledge base), which are not re-read but still get their titles."""
    posts = [t for t in titles if t.kind != "rank"]
    by_end = {t.end: t for t in posts}
    blocked = {t.start for t in titles} | {s for s, _ in known}
    known_at = dict(known)
    found: dict[int, NameHit] = {}
    for t in posts:
        i = t.end
        if i in known_at:
            end = known_at[i]
        else:
            end = read_name_after(text, i, rules, blocked)
            if end is None or not _plausible(text[i:end], t.title, rules):
                continue
        chain = title_chain(text, by_end, i, spans_ending, rules)
        found[i] = NameHit(i, end, chain, "title+name")
    # a name then its title or rank: 范明政总理, 梁三光大将
    for t in titles:
        if t.start in found or t.title not in rules.after_name_titles:
            continue
        end = t.start
        start = next((s for s, e in known if e == end), None)
        if start is None:
            left = max(0, end - 5)
            start = read_name_before(text, end, rules, left)
        if start is None:
            continue
        hit = found.get(start) or NameHit(start, end, [], "name+title")
        hit.titles.append((t.start, t.end))
        found[start] = hit
    for m in DOTTED.finditer(text):
        s = m.start()
        first_dot = s + re.search(r"[·\-]", m.group()).start()  # type: ignore[union-attr]
        # the dotted run may have swallowed a title before the name: 主席通伦·西苏里
        cut = max((t.end for t in titles if s < t.end <= first_dot), default=s)
        if cut not in found and not any(h.start <= cut < h.end for h in found.values()):
            end = read_name_after(text, cut, rules, blocked)
            if end:
                found[cut] = NameHit(cut, end, [], "dotted")
    return sorted(found.values(), key=lambda h: h.start)
