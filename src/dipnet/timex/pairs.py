"""Relations between two sides and the day they began (data/relations.json), for '建交N周年' and '建交N年来':
Vietnam's and China's partners ('越罗建交', '中美建交', '两国建交65周年' of a sentence naming the two), and the
relations of the other sides the file lists ('柬美建交', '印尼和日本建交', '东盟美国建交', '马新…两国建交60周年').

`relation_before` and `relation_near` read Vietnam's and China's only, as they always have; `relation_of` and
`relation_in` read the other sides too where those name none, and `relation_in` takes a side's one character
for the side only where it stands as one ('中美', '中方'), not inside a word ('通话中', '越共中央' is 越's)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from dipnet.rx import plain as _plain
from dipnet.rx import uncached
from dipnet.sentencebounds import sentence_around

from .words import load_data as _load

Partner = tuple[str, tuple[str, ...] | None, str]  # (pattern source, its words where it is only words, date)


@lru_cache(maxsize=1)
def _partners() -> dict[str, list[Partner]]:
    """Each side's partners (data/relations.json: a pattern naming the partner, the date relations began),
    the pattern left as its source with the words it is made of where it is plain words joined by | (all
    of them now): `_partner_matches` compiles one only for a text holding a word of it; the side's
    hundred-odd patterns compiled at once (as they were) cost more than a page does (issue 13's speed)."""
    data = _load("relations.json")
    return {side: [(k, _plain_words(k), v) for k, v in table.items()]
            for side, table in data.items() if not side.startswith("_")}


def _plain_words(source: str) -> tuple[str, ...] | None:
    """The words of a pattern that is plain words joined by |; None for any other (or an empty word)."""
    words = tuple(source.split("|"))
    return words if all(w and re.escape(w) == w for w in words) else None


@cache
def _partner_pattern(source: str) -> re.Pattern[str]:
    return uncached(source)


def _partner_matches(partner: Partner, text: str) -> Iterator[re.Match[str]]:
    """The partner pattern's finditer on `text`; none, and no compiling, where its words are known and
    the text holds none of them (an alternative of plain words matches only where one of them stands)."""
    source, words, _ = partner
    if words is not None and not any(w in text for w in words):
        return iter(())
    return _partner_pattern(source).finditer(text)


def _seg(prefix: str) -> str:
    """The words naming the two sides right before the last '建交' of `prefix`, back to a comma or a stop."""
    seg = prefix[max(0, prefix.rfind("建交") - 16): prefix.rfind("建交")] if "建交" in prefix else ""
    return _plain(r"[,。;、暨]").split(seg)[-1] if seg else ""  # (越南和罗马尼亚建交: 和 joins the two sides)


def relation_before(prefix: str) -> tuple[str, str] | None:
    """'越罗建交' / '越南与罗马尼亚建交' / '中美建交' -> the date relations were established."""
    seg = _seg(prefix)
    side = next((side for side in _VN_CN if _own(side)[1] in seg), None)
    if side is None:
        return None
    full, own = _own(side)
    spans = _partner_spans(side, seg.replace(full, "").replace(own, ""), own, seg)
    if not spans:
        return None
    _, _, date, name = max(spans, key=lambda s: (s[1], s[1] - s[0]))  # the partner ending last, the longest there
    return date, f"relations {side}-{name}"


def relation_near(window: str) -> tuple[str, str] | None:
    """A bare '建交N年来' whose two sides the sentence before or the clause after names ('巴基斯坦是中国的…伙伴。
    建交61年来', '建交70年来,中缅秉持…'): the one relation of the side (中, 越) with a partner the window
    names; None where it names none or several."""
    found: set[tuple[str, str]] = set()
    for side in _VN_CN:
        full, own = _own(side)
        if own in window:
            found |= {(date, f"relations {side}-{name}")
                      for _, _, date, name in _partner_spans(side, window.replace(full, ""), own, window)}
    return _one(found)


def _one(found: set[tuple[str, str]]) -> tuple[str, str] | None:
    """The one relation found (date, evidence); several of one year count alike ('同保加利亚、罗马尼亚…六国…建交
    70周年'): that year, or month where they share it; None where none is found or their years differ."""
    dates = {d for d, _ in found}
    if len(dates) == 1:
        return sorted(found)[0]
    if len({d[:4] for d in dates}) != 1:
        return None
    return min(dates)[:7] if len({d[:7] for d in dates}) == 1 else min(dates)[:4], ", ".join(sorted(ev for _, ev in found))


@lru_cache(maxsize=1)
def _pair_before() -> re.Pattern[str]:
    from .words import WORDS  # (data/timewords.json)

    return _plain(WORDS["pair_anniversary_before"])


def pair_relation(text: str, at: int) -> tuple[str, str] | None:
    """'两国建交65周年', '纪念两国建交60周年' (the number at `at`): relations between 'the two countries' that
    the sentence names, else the sentence with the page's headline ('中国共产党代表团访问越南'); None
    where they name no relation of 中 or 越, or several."""
    if not _pair_before().search(text[max(0, at - 12):at]):
        return None
    s0, s1 = sentence_around(text, at, "。\n")
    title = text[:text.find("\n")] if "\n" in text else ""
    return relation_in(text[s0:s1]) or relation_in(title + "\n" + text[s0:s1])


_VN_CN = ("vietnam", "china")


@lru_cache(maxsize=1)
def _sides() -> dict[str, tuple[tuple[str, ...], str | None]]:
    """Each side's names and its one-character form (relations.json '_sides')."""
    data = _load("relations.json")["_sides"]
    return {side: (tuple(v["names"].split("|")), v.get("short")) for side, v in data.items() if not side.startswith("_")}


def _own(side: str) -> tuple[str, str]:
    """Vietnam's or China's full name and its one character ('越南', '越'), as '_sides' gives them first."""
    names, short = _sides()[side]
    assert short is not None
    return names[0], short


def _partner_spans(side: str, rest: str, short: str | None, ref: str) -> list[tuple[int, int, str, str]]:
    """The side's partners that `rest` names (start, end, date, name): a one-character form only beside the side's
    own in `ref` ('越罗', '中缅', '柬美'), never inside a name or word (密克罗尼西亚); a name inside a longer one no
    partner of its own ('几内亚' in '巴布亚新几内亚', '印度' in '印度尼西亚')."""
    spans: list[tuple[int, int, str, str]] = []
    bare = _no_pair_words(ref) if short else ref
    for partner in _partners()[side]:
        for m in _partner_matches(partner, rest):
            if len(m.group()) == 1 and (not short or short + m.group() not in bare and m.group() + short not in bare):
                continue
            spans.append((m.start(), m.end(), partner[2], m.group()))
    return [s for s in spans if not any(a <= s[0] and s[1] <= b and b - a > s[1] - s[0] for a, b, _, _ in spans)]


@cache
def _not_pairs() -> tuple[str, ...]:
    """Words in which a side's one character stands beside a partner's and names no pair of them
    (relations.json '_not_pairs': '新中国' is New China, not Singapore and China)."""
    return tuple(_load("relations.json")["_not_pairs"]["words"])


def _no_pair_words(ref: str) -> str:
    """`ref` with the words of '_not_pairs' blanked (where it holds any)."""
    for w in _not_pairs():
        if w in ref:
            ref = ref.replace(w, "□" * len(w))
    return ref


@cache
def _short_partners(side: str) -> tuple[str, ...]:
    """The one-character forms of a side's partners ('美' of '美国|美')."""
    return tuple(w for _, words, _ in _partners()[side] for w in (words or ()) if len(w) == 1)


def _stands(text: str, side: str) -> bool:
    """Whether `text` names the side: one of its names, or its one character beside a partner's ('柬美', '马新')."""
    names, short = _sides()[side]
    if any(n in text for n in names):
        return True
    return short is not None and short in text and \
        any(short + p in text or p + short in text for p in _short_partners(side))


def _masked(window: str) -> str:
    """The window with 越 and 中 blanked where they stand for no side, inside a word ('通话中', '其中', '越共中央'
    is 越's only, '越来越'): kept within a side's name ('中国', '越方') and beside a partner's character ('中美')."""
    out = list(window)
    for side in _VN_CN:
        names, short = _sides()[side]
        if not short or short not in window:
            continue
        forms = names + tuple(f for p in _short_partners(side) for f in (short + p, p + short))
        keep = {m.start() + k for f in forms if short in f and f in window
                for m in re.finditer(re.escape(f), window) for k, c in enumerate(f) if c == short}
        for i, c in enumerate(window):
            if c == short and i not in keep:
                out[i] = "□"
    return "".join(out)


def _others(text: str, latest_only: bool) -> set[tuple[str, str]]:
    """The relations of the sides other than Vietnam and China that `text` names with a partner: each side's
    partner ending last (`latest_only`, the words right before '建交'), else every partner, a name inside a
    longer one ('印度' in '印度尼西亚') no partner of its own."""
    found: set[tuple[str, str]] = set()
    for side, (names, short) in _sides().items():
        if side in _VN_CN or side not in _partners() or not _stands(text, side):
            continue
        rest = text
        for n in sorted(names, key=len, reverse=True):
            rest = rest.replace(n, "□" * len(n))
        spans = _partner_spans(side, rest, short, text)
        if latest_only and spans:
            spans = [max(spans, key=lambda s: (s[1], s[1] - s[0]))]
        found |= {(date, f"relations {side}-{name}") for _, _, date, name in spans}
    return found


def relation_of(prefix: str) -> tuple[str, str] | None:
    """`relation_before`, else the relation of two other sides the words before '建交' name ('柬美建交',
    '印尼和日本建交', '东盟美国建交')."""
    return relation_before(prefix) or _one(_others(_seg(prefix), True))


def relation_in(window: str) -> tuple[str, str] | None:
    """`relation_near` of the window with 越 and 中 read only where they stand for a side, else the relation of
    two other sides it names ('马新…两国建交60周年')."""
    return relation_near(_masked(window)) or _one(_others(window, False))
