"""The word lists of the 号-day and 明起/明晨/明晚 patterns read from the timex data file (timewords.json),
not written in code: every listed word still blocks its reading, and the readings they do not block stay."""

from __future__ import annotations

from dipnet.timex import find_times
from dipnet.timex.patterns import BARE_DAYU, TABLE
from dipnet.timex.words import WORDS


def _days(text: str) -> list[str | None]:
    return [t.value for t in find_times(text, "2025-03-10") if t.precision == "day"]


def test_hao_nouns_come_from_the_data_file() -> None:
    nouns = WORDS["hao_day_not_before"]
    assert {"公路", "出口", "会议室"} <= set(nouns)
    for noun in nouns:
        assert noun in BARE_DAYU
        assert _days(f"车队沿7号{noun}前行") == [], noun  # a number naming a thing, not the 7th


def test_hao_day_still_read() -> None:
    assert _days("代表团将在12号签署协议") == ["2025-03-12"]


def test_ming_characters_come_from_the_data_file() -> None:
    chars = WORDS["ming_relative_not_after"]
    assert {"说", "表", "证"} <= set(chars)
    relative = TABLE["relative"][0]
    for ch in chars:
        assert f"(?<![{''.join(chars)}])明起" in relative
        got = [t for t in find_times(f"会议{ch}明起草工作的安排", "2025-03-10") if t.kind == "relative"]
        assert got == [], ch  # 明 ends the word before it: not tomorrow


def test_ming_still_read_as_tomorrow() -> None:
    got = [t.value for t in find_times("部长明起将出访三国", "2025-03-10") if t.kind == "relative"]
    assert got == ["2025-03-11"]


# --- a line's matches read off the scan of the text around it (scan.scan_line) -------------------------

_PIECES = ("2024", "1", "12", "3", "31", "年", "月", "日", "号", "至", "-", "/", ".", " ", "\n", "\n", "(", ")",
           "十", "二十", "三", "初", "农历", "周年", "今天", "明起", "说", "昨", "宣布", "公路", "会议室", "上午",
           "星期", "周", "下", "为期", "天", "多", "以来", "第", "届", "越共", "中共", "甲子", "前", "将于", "访问", "和平")


def _random_texts(n: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(420, 700))) for _ in range(n)]


def _spans(found: dict) -> dict:
    return {name: [(m.span(), m.groups()) for m in ms] for name, ms in found.items()}


def test_line_scans_are_the_lines_own() -> None:
    from dipnet.timex import scan

    for whole in _random_texts(40, 7):
        scan._scan.cache_clear()
        scan._scan(whole)  # (kept as the long text lines are read from)
        starts = [0] + [k + 1 for k, ch in enumerate(whole) if ch == "\n"]
        for a in starts:
            for b in {whole.find("\n", a) % (len(whole) + 1), min(len(whole), a + 30), len(whole)}:
                if b > a:
                    line = whole[a:b]
                    assert _spans(scan.scan_line(whole, a, b - a)) == _spans(scan._scan.__wrapped__(line)), (whole, a, b)


def test_reach_refuses_what_it_cannot_bound() -> None:
    from dipnet.timex.reach import reach

    assert reach(r"\d{1,2}日") == 3
    assert reach(r"\d+日") is None  # unbounded
    assert reach(r"(?<!\s)日") is None  # a look-behind that can read a newline
    assert reach(r"^日") is None
    assert reach(r"日(?=[上下])") == 2
    assert reach(r"\d日$") == 4  # '$' reads the character after it and whether the text ends there


# --- numbered_mentions: one automaton for first characters, opening words and needed words --------------

_NUMBERED_PIECES = ("越共", "第", "十", "二", "三", "四", "大", "届", "次", "中共", "中国共产党", "全国人大", "国会", "会议",
                    "全体会议", "中全会", "新冠", "疫苗", "肺炎", "东盟", "峰会", "APEC", "领导人", "非正式会议", "越南",
                    "一带一路", "进博会", "12", "3", "周年", "中日韩", "外长", "上海合作组织", ",", "。", "在", "举行")


def _tried_before(text: str) -> list:
    """The patterns numbered_mentions scanned before, with their matches: the plan by first characters and
    opening words, each pattern scanned unless rxneeds finds the text without the words it needs."""
    from dipnet.rxneeds import finditer as needing
    from dipnet.timex import knowledge as k

    held = frozenset(ch for _, pats in k._numbered() for _, firsts in pats for ch in firsts or "" if ch in text)
    prefixes, finder, opening = k._numbered_prefixes()
    words = frozenset(opening[i] for i, _, _ in finder.find_matches_as_indexes(text, overlapping=True)) | {""}
    got = [(e["name"], p.pattern, [m.span() for m in needing(p, text)]) for e, pats in k._numbered() for p, firsts in pats
           if (firsts is None or not held.isdisjoint(firsts)) and prefixes.get(p.pattern, "") in words]
    return [g for g in got if g[2]]


def test_numbered_patterns_tried_find_what_they_found() -> None:
    import random

    from dipnet.timex import knowledge as k

    rng = random.Random(3)
    for _ in range(600):
        text = "".join(rng.choice(_NUMBERED_PIECES) for _ in range(rng.randint(5, 60)))
        now = [(e["name"], p.pattern, [m.span() for m in p.finditer(text)]) for e, pats in k._numbered_tried(text) for p in pats]
        assert [g for g in now if g[2]] == _tried_before(text), text
