"""Speed-ups that must find what the plain reading finds (issues 13, 17): the time patterns' opening
characters tested before the engine is called, and markup stripping that says it changed nothing."""

from __future__ import annotations

import random

from dipnet import rxstarts
from dipnet.crawl_shape import strip_markup, strip_markup_or_same
from dipnet.normalize import _fold_text, _reshape, _tidy_spaces
from dipnet.timex import scan

TOKENS = ["2014", "年", "5", "月", "12", "日", "号", " ", "\n", ":", "至", "-", "~", "—", "到", "十二", "三十一",
          "二〇二四", "一九九", "周", "周年", "星期", "天", "个月", "载", "为期", "近", "多", "第", "(", ")", "/", ".",
          "上", "今", "昨", "中", "越南", "19", "2", "113", "、", "和", "农历", "正月", "初三", "甲子", "前", "3", "0",
          "٣", "\u3000", "本", "这", "礼拜", "两", "廿", "逾", "长", "历", "本周", "下周"]


def _texts(n: int, seed: int, tokens: list[str]) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(tokens) for _ in range(rng.randint(0, 60))) for _ in range(n)]


def test_opening_read_from_a_set_body() -> None:
    assert rxstarts.opening_of(r"\d〇零") == (frozenset("〇零"), True, False)
    assert rxstarts.opening_of(r"\s(") == (frozenset("("), False, True)
    assert rxstarts.opening_of("农阴") == (frozenset("农阴"), False, False)
    assert rxstarts.opening_of("a-z") is None  # a range: not read
    assert rxstarts.opening_of(r"\w") is None
    assert rxstarts.opening_of("") is None


def test_starts_passed_over_by_their_opening_find_what_finditer_finds() -> None:
    assert scan._OPENINGS["full"] is not None and scan._OPENINGS["month_day"] is not None
    texts = _texts(1500, 17, TOKENS) + ["2024年5月12日至14日", "为期3天的访问", "一九九九年十二月", "9至12日访问",
                                       "本周三(5月4日)", "٣月4日", " (12日)", "1年", "年"]
    for t in texts:
        for name, (p, _) in scan._PATTERNS.items():
            unit = scan._UNITS[name]
            if unit is None:
                continue
            got = rxstarts.finditer_near(p, t, rxstarts.unit_places(t, unit[0]), unit[1], unit[2], scan._OPENINGS[name])
            assert [(m.span(), m.groups()) for m in got] == [(m.span(), m.groups()) for m in p.finditer(t)], (name, t)


def test_markup_left_as_it_was_is_told() -> None:
    for text in ["外交部发言人 表示", "", "a&b [x] <y", "他说(shuō)得好"]:
        out, origin = strip_markup_or_same(text)
        assert (out, origin) == (text, None)
        assert strip_markup(text) == (text, list(range(len(text))))
    for text in ["[越南](http://x.cn/a)总理&amp;<br>会见", "<p>会见</p>", "他(tā)说(shuō)得(dé)好(hǎo)"]:
        out, origin = strip_markup_or_same(text)
        assert origin is not None and (out, origin) == strip_markup(text)


def test_reshape_keeps_the_origins_the_composition_gave() -> None:
    from dipnet.broken_lines import join_broken
    from dipnet.crawl_shape import join_littered, join_spaced, unwrap_lines

    for text in ["越南  总理\n\n\n会见 外 交 部 发 言 人", "[越南](http://x.cn/a)总理&amp;<br>会见 记者", "ＡＢ　中国\n"]:
        unmarked, first = strip_markup(text)
        folded, second = _fold_text(unmarked)
        tidy, origin = _tidy_spaces(folded, [first[i] for i in second])
        want = join_broken(*unwrap_lines(*join_littered(*join_spaced(tidy, origin), text)))
        assert _reshape(text) == want
