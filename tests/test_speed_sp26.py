"""sp26 (issue 13's speed condition): each function sp26 changed gives what the code it replaced gave, on
random and invented text (the replaced code frozen here, and compared with the new); and (rv4) the one scan both
compound readers of relationpartners share gives what each read before."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from dipnet.extract.figures import relationpartners
from dipnet.extract.figures.factwords import load_data
from dipnet.kb import load_kb

# invented pieces: short forms, words of the pair, filler (no page's text)
PIECES = ["中越", "马中", "中巴", "越老", "中", "越", "马", "巴", "美", "日", "老", "柬", "两国", "双边", "关系", "两", "国", "关", "系", "双",
          "友好", "合作", "全面", "战略", "伙伴", "良好", ",", "。", "是", "的", "今年", "建交"]
RANKS = [["中国", "越南"], ["中国", "马来西亚", "巴基斯坦"], ["越南", "老挝", "柬埔寨", "美国"],
         ["马来西亚", "马尔代夫", "中国"], ["日本", "美国", "中国", "越南"], []]


@dataclass
class _M:
    start: int
    end: int


class _Ctx:
    def __init__(self, text: str, spans: list[tuple[int, int]], rank: list[str]) -> None:
        self.text, self._spans, self.country_rank = text, spans, rank

    def within(self, a: int, b: int) -> list[_M]:
        return [_M(s, e) for s, e in self._spans if a <= s and e <= b]

    def ordered(self, names: list[str]) -> list[str]:
        return sorted(dict.fromkeys(names))


def _old_page_compound(ctx: _Ctx, a: int, p: int) -> list[str] | None:
    """page_compound before sp26 (frozen here: the function is now read by relationpartners' one scan)."""
    words = tuple(load_data("relations.toml")["page_compound_before"])
    text = ctx.text
    covered = {i for m in ctx.within(a, p) for i in range(m.start, m.end)}
    for end in range(p, a + 1, -1):
        if not (end == p or text.startswith(words, end)) or {end - 2, end - 1} & covered:
            continue
        x, y = (_old_page_country(ctx, text[i]) for i in (end - 2, end - 1))
        if x and y and x != y:
            return ctx.ordered([x, y])
    return None


def _old_page_country(ctx: _Ctx, char: str) -> str | None:
    named = [n for n in ctx.country_rank if n.startswith(char)]
    return named[0] if len(named) == 1 else None


def _cases(seed: int) -> Iterator[tuple[_Ctx, int, int]]:
    """Random invented pages of the pieces, with a few spans the recognizer marked, a level word's place p on
    the page and a start a at most 14 before it (or one after it)."""
    rnd = random.Random(seed)
    for _ in range(20000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 16)))
        spans = []
        for _ in range(rnd.randint(0, 3)):
            s = rnd.randint(0, max(0, len(text) - 1))
            spans.append((s, min(len(text), s + rnd.randint(1, 3))))
        ctx = _Ctx(text, spans, rnd.choice(RANKS))
        p = rnd.randint(0, len(text))  # (a level word's place: on the page)
        yield ctx, rnd.randint(max(0, p - 14), p + 1), p


def _old_compound_text(ctx: _Ctx, a: int, p: int) -> list[str] | None:
    """relations._compound_text before rv4 (frozen here: now relationpartners.kb_compound)."""
    kb = load_kb()
    shorts = kb.short_forms()
    text = ctx.text
    covered = {i for m in ctx.within(a, p) for i in range(m.start, m.end)}
    for i in range(p - 2, a - 1, -1):
        x, y = shorts.get(text[i]), shorts.get(text[i + 1])
        if not (x and y) or x[0] == y[0] or (x[1] and y[1]) or {i, i + 1} & covered:
            continue
        ex, ey = kb.get(x[0]), kb.get(y[0])
        if ex and ey and ex.name in ctx.country_rank and ey.name in ctx.country_rank:
            return ctx.ordered([ex.name, ey.name])
    return None


@pytest.mark.parametrize("new,old,seed", [(relationpartners.page_compound, _old_page_compound, 26),
                                          (relationpartners.kb_compound, _old_compound_text, 4)],
                         ids=["page_compound", "kb_compound"])
def test_compound_readers_as_before(new: Callable[..., list[str] | None], old: Callable[..., list[str] | None],
                                    seed: int) -> None:
    found = 0
    for ctx, a, p in _cases(seed):
        got = new(ctx, a, p)
        assert got == old(ctx, a, p), (ctx.text, a, p, ctx._spans)
        found += got is not None
    assert found >= 200, found


# invented pieces around the related-news block and the sign-offs the cut looks for (no page's text)
CUT_PIECES = ["更多", "相关新闻", "相关阅读", "相关报道", "延伸阅读", "完", "越通社-VNA", "VNA", "(", ")", "（", "）", "\n",
              " ", "\t", ":", "：", "某地讯", "两国代表会谈", "相关", "阅读", "新闻", "报道", "延伸", "多", "更", "某某社", "。"]


def test_block_cut_cues_hold_every_cut() -> None:
    """The page-date reader skips the related-news/sign-off cut's search on a page holding none of
    timewords.json's block_cut_cues: every text the cut's pattern matches holds one of them."""
    from dipnet.rx import plain
    from dipnet.timex.words import WORDS

    rx, cues = plain(WORDS["block_cut"]), WORDS["block_cut_cues"]
    rnd = random.Random(2626)
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choice(CUT_PIECES) for _ in range(rnd.randint(0, 14)))
        if rx.search(text):
            found += 1
            assert any(w in text for w in cues), text
    assert found >= 400, found
    # each form of a cut, alone on an invented page: cut, and cued
    for t in ("某某\n更多\n某某", "某某\n 相关新闻:\n", "某某\n相关阅读\n", "某某\n相关报道:\n", "某某\n延伸阅读\n",
              "某某(完)\n某某", "某某（完）\n某某", "某某(完）\n某", "某某（完)\n某", "某某(越通社-VNA)\n某某",
              "某某（越通社-VNA）\n某某", "某某(越通社-VNA）\n某", "某某（越通社-VNA)\n某"):
        assert rx.search(t) and any(w in t for w in cues), t
