"""sp25 (issue 13's speed condition): each function sp25 changed gives what the code it replaced gave, on
random and invented text (the replaced code is rebuilt from the new code's source, speedref.as_before, and
compared with the new)."""

from __future__ import annotations

import importlib
import random

from dipnet.recognize.lexicon import name_rules
from speedref import as_before

creditlists = importlib.import_module("dipnet.recognize.creditlists")

# invented names (surname first) and pieces around the credit labels (no page's text)
NAMES = ["王小明", "李华", "张三丰", "陈一", "刘某某", "赵钱", "国际部", "综合", "支某某", "周大伟"]
GLUE = [" ", "  ", "\u3000", "/", "／", "、", "\n", ")", "）", "]", "】", "〕", "。", ",", "(", "（", "[", "【", "〔",
        ":", "：", "|", "｜", "丨", "(完)", "据报道", "他说", "责任编辑:", "摄影:"]


def _texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    opening, closing = creditlists._labels()
    words = [*opening, *closing, *name_rules().credit_words]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 14)):
            r = rnd.random()
            if r < 0.15:  # a credit list's shape: a label, names set apart, an end
                names = [rnd.choice(NAMES) for _ in range(rnd.randint(1, 4))]
                parts.append(rnd.choice(opening) + rnd.choice(["", " "]) + rnd.choice([" ", "/", "、", "\u3000"]).join(names)
                             + rnd.choice(["\n", ")", "）", "  " + rnd.choice(closing), "", "。"]))
            else:
                parts.append(rnd.choice(words) if r < 0.4 else rnd.choice(NAMES) if r < 0.7 else rnd.choice(GLUE))
        out.append("".join(parts))
    return out


def test_credit_list_names_as_before() -> None:
    old = as_before(creditlists.credit_list_names, "opening = _openings_with(tuple(c in text for c in _MARKS))",
                    "opening = _labels()[0]")
    rules = name_rules()
    found = 0
    for text in _texts(4000, 25):
        got = creditlists.credit_list_names(text, rules)
        assert got == old(text, rules), text
        found += bool(got)
    assert found >= 200  # (lists are read, through every kind of label)


def test_openings_keep_their_order() -> None:
    opening = creditlists._labels()[0]
    every = tuple(True for _ in creditlists._MARKS)
    assert creditlists._openings_with(every) == opening
    none = creditlists._openings_with(tuple(False for _ in creditlists._MARKS))
    assert all(not any(c in creditlists._MARKS for c in w) for w in none)
    assert [w for w in opening if w in none] == list(none)


def test_every_label_mark_is_asked() -> None:
    """A label whose only non-Chinese character is outside _MARKS is always looked for (never left out)."""
    none = creditlists._openings_with(tuple(False for _ in creditlists._MARKS))
    for w in creditlists._labels()[0]:
        if w not in none:
            assert any(c in creditlists._MARKS for c in w)


siteparts = importlib.import_module("dipnet.siteparts")
# invented lines around the site's menu words (no page's text)
LINE_BITS = ["关于我们", "联系我们", "回主页", "免责声明", "隐私政策", "网站地图", "首页", "新闻", "两国外长举行会谈", " ", "。",
             "版权所有", "条款及细则", "使用条款", "某某网", "订阅服务", "加入", "我们", "声明", "2025年"]


def test_site_menu_as_before() -> None:
    from dipnet.layout import Layout, load_layout

    old = as_before(siteparts.site_menu,
                    "return holds_any(bare, layout.site_menu_words) and sum(1 for w in layout.site_menu_words if w in bare) >= 2",
                    "return sum(1 for w in layout.site_menu_words if w in bare) >= 2")
    rnd = random.Random(25)
    layouts = [load_layout(), Layout(**{**load_layout().__dict__, "site_menu_words": ()})]
    menus = 0
    for _ in range(6000):
        text = "".join(rnd.choice(LINE_BITS) for _ in range(rnd.randint(1, 12)))
        for layout in layouts:
            got = siteparts.site_menu(text, layout)
            assert got == old(text, layout), text
            menus += got
    assert menus >= 300
