"""sp26 (issue 13's speed condition): each function sp26 changed gives what the code it replaced gave, on
random and invented text (the replaced code is rebuilt from the new code's source, speedref.as_before, and
compared with the new)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from dipnet.extract import relationpartners
from speedref import as_before

NEW_ENDS = '''    if p < a + 2:
        return None
    text = ctx.text
    # the ends tried, closest first: p, and each place in [a + 2, p) a word of the pair starts at
    ends = {p}
    for w in load_data("relations.toml")["page_compound_before"]:
        i = text.find(w, a + 2, p - 1 + len(w))
        while i >= 0:
            ends.add(i)
            i = text.find(w, i + 1, p - 1 + len(w))
    covered = {i for m in ctx.within(a, p) for i in range(m.start, m.end)}
    for end in sorted(ends, reverse=True):
        if {end - 2, end - 1} & covered:
'''
OLD_ENDS = '''    words = tuple(load_data("relations.toml")["page_compound_before"])
    text = ctx.text
    covered = {i for m in ctx.within(a, p) for i in range(m.start, m.end)}
    for end in range(p, a + 1, -1):
        if not (end == p or text.startswith(words, end)) or {end - 2, end - 1} & covered:
'''

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


def test_page_compound_as_before() -> None:
    old = as_before(relationpartners.page_compound, NEW_ENDS, OLD_ENDS)
    rnd = random.Random(26)
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 16)))
        spans = []
        for _ in range(rnd.randint(0, 3)):
            s = rnd.randint(0, max(0, len(text) - 1))
            spans.append((s, min(len(text), s + rnd.randint(1, 3))))
        ctx = _Ctx(text, spans, rnd.choice(RANKS))
        p = rnd.randint(0, len(text))  # (a level word's place: on the page)
        a = rnd.randint(max(0, p - 14), p + 1)
        got = relationpartners.page_compound(ctx, a, p)  # type: ignore[arg-type]
        assert got == old(ctx, a, p), (text, a, p, spans)
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
