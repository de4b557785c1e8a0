"""Speed-ups that must find what the plain reading finds (issues 13, 17): markup stripping that says it
changed nothing, the numbered events' plan."""

from __future__ import annotations

import random

from dipnet.crawl_shape import strip_markup_or_same
from dipnet.normalize import _fold_text, _reshape, _tidy_spaces


def test_markup_left_as_it_was_is_told() -> None:
    for text in ["外交部发言人 表示", "", "a&b [x] <y", "他说(shuō)得好"]:
        out, origin = strip_markup_or_same(text)
        assert (out, origin) == (text, None)
    for text in ["[越南](http://x.cn/a)总理&amp;<br>会见", "<p>会见</p>", "他(tā)说(shuō)得(dé)好(hǎo)"]:
        out, origin = strip_markup_or_same(text)
        assert origin is not None and len(origin) == len(out) and out != text


def test_reshape_keeps_the_origins_the_composition_gave() -> None:
    from dipnet.broken_lines import join_broken
    from dipnet.crawl_shape import join_littered, join_spaced, unwrap_lines

    for text in ["越南  总理\n\n\n会见 外 交 部 发 言 人", "[越南](http://x.cn/a)总理&amp;<br>会见 记者", "ＡＢ　中国\n"]:
        unmarked, marked = strip_markup_or_same(text)
        first = list(range(len(text))) if marked is None else marked
        folded, second = _fold_text(unmarked)
        tidy, origin = _tidy_spaces(folded, [first[i] for i in second])
        want = join_broken(*unwrap_lines(*join_littered(*join_spaced(tidy, origin), text)))
        assert _reshape(text) == want


def test_scan_finds_what_finditer_finds_whichever_way_it_reads() -> None:
    from dipnet.timex import scan

    tokens = ["2014", "年", "5", "月", "12", "日", "号", " ", "\n", "至", "-", "~", "十二", "二〇二四", "周年", "为期",
              "天", "个月", "载", "近", "多", "(", ")", "/", ".", "今", "昨", "越南", "外交部", "会见", "表示", "合作"]
    rng = random.Random(9)
    # short texts dense with units (read by finditer) and long ones with few (tried before their units)
    texts = ["".join(rng.choice(tokens) for _ in range(rng.randint(0, 40))) for _ in range(300)]
    texts += ["".join(rng.choice(tokens[-5:]) for _ in range(rng.randint(50, 200))) + "2024年5月12日至14日" +
              "".join(rng.choice(tokens[-5:]) for _ in range(50)) for _ in range(50)]
    for t in texts:
        got = scan._scan.__wrapped__(t)
        for name, (p, _) in scan._PATTERNS.items():
            want = [(m.span(), m.groups()) for m in p.finditer(t)]
            assert [(m.span(), m.groups()) for m in got.get(name, ())] == want, (name, t)


def test_school_year_gated_finds_what_the_plain_pattern_finds() -> None:
    import re

    from dipnet.timex import schoolyears
    from dipnet.timex.words import WORDS

    plain = re.compile(WORDS["roc_school_year"])
    rng = random.Random(1)
    tokens = ["109", "学年", "學年", "度", " ", ".", "第", "8", "19", "1", "中", "年", "\n"]
    for _ in range(3000):
        t = "".join(rng.choice(tokens) for _ in range(rng.randint(0, 20)))
        assert [(m.span(), m.groups()) for m in schoolyears._SCHOOL_YEAR.finditer(t)] == \
            [(m.span(), m.groups()) for m in plain.finditer(t)], t
