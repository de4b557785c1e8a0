"""sp36 (issues 13 and 17, instructions per page): the faster forms give what the slower ones gave, on invented
texts; and a one-character skip set reaches the engine as a literal prefix."""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

import pytest

from dipnet import rx
from dipnet.extract.attributes import anniversarydays
from dipnet.extract.common.cues import cue
from dipnet.extract.participants import posthits, pressmet
from dipnet.model import Mention
from dipnet.recognize import lastparts, shortowner
from dipnet.recognize.scan import found_words
from dipnet.timex import termstart

# (re's info block: flags word at 2; a prefix's length, its skip and its first character follow the widths)
_INFO, _PREFIX, _CHARSET = 2, 1, 4


def _program(source: str, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    monkeypatch.setattr(rx, "_programs", lambda: {})  # (built here, not read from a kept file)
    monkeypatch.setattr(rx, "_NEW", {})
    rx.gated(source)
    return [int(c) for c in rx._NEW[(source, None, 0)][1]]


def test_one_character_skip_set_is_a_literal_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    code = _program("(?<![甲乙])丙丁(?:戊|己)", monkeypatch)
    assert code[_INFO] == _PREFIX  # (a set before: the engine called its set test at each character)
    assert code[5:8] == [1, 0, ord("丙")]  # one character, nothing skipped past it: the whole pattern tried there


def test_several_characters_stay_a_set(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _program("(?<![甲乙])(?:丙|丁)戊", monkeypatch)[_INFO] == _CHARSET


_PATTERNS = ["(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "(?<![此彼])前一(?:日|天|晚)", "(?:(?<=a)|(?<=b))x+y?",
             "(?<!x)a|(?<!y)a(b)", "(?=[k])k(?:l|m)*", "(?<=\\d)号", "(?:^|(?<=\\n))一x", "(?<![甲乙])丙丁(?:戊|己)"]


@pytest.mark.parametrize("source", _PATTERNS)
def test_gated_matches_as_re(source: str) -> None:
    rnd = random.Random(source)
    gated, plain = rx.gated(source), re.compile(source)
    for _ in range(1500):
        text = "".join(rnd.choice(" 前一日天晚此彼12号\nabxyklm甲乙丙丁戊己中国") for _ in range(rnd.randint(0, 30)))
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        pos = rnd.randint(0, len(text))
        a, b = gated.search(text, pos), plain.search(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text
        assert gated.sub("#", text) == plain.sub("#", text)


def test_posts_by_place_are_the_posts_holding_the_word() -> None:
    for word in ("会议", "谈判", "代表", "大会", "访问", "会谈"):
        grouped = posthits._posts_by_place(word)
        assert len({i for i, _ in grouped}) == len(grouped)
        assert sorted((t, i) for i, ts in grouped for t in ts) == sorted(posthits._posts_holding(word))


def _opened_across_before(text: str, mentions: list[Mention], words: object) -> list[Mention]:
    found = found_words(text, words) if isinstance(words, tuple) else []
    if not found:
        return list(mentions)
    cross = [(k, k + len(w)) for w, at in found for k in at if not any(m.start < k < m.end for m in mentions)]
    return [m for m in mentions if m.type not in ("COUNTRY", "LOCATION")
            or not any(s < m.start < e < m.end for s, e in cross)]


def test_opened_across_as_before() -> None:
    rnd = random.Random(36)
    words = ("双边", "多边", "平台", "电视台", "其中")
    pieces = ["双边", "多边", "和", "平台", "中方", "台中", "电视台", "中央", "其中", "东盟", "某", "。"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        mentions = []
        for _ in range(rnd.randint(0, 6)):
            s = rnd.randrange(len(text))
            e = min(len(text), s + rnd.randint(1, 4))
            mentions.append(Mention(s, e, text[s:e], rnd.choice(["COUNTRY", "LOCATION", "ORG", "PERSON"])))
        assert lastparts.opened_across(text, mentions, words) == _opened_across_before(text, mentions, words), text


def _clause_start_before(text: str, k: int) -> int:
    return max(text.rfind(c, 0, k) for c in "，,。；;：:！？!?\n") + 1


def test_both_sides_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, int, int]] = []
    real = shortowner._both_sides

    class _Spy:  # the start both_sides searches from, recorded
        def search(self, text: str, start: int, k: int) -> re.Match[str] | None:
            seen.append((text, start, k))
            return real().search(text, start, k)
    monkeypatch.setattr(shortowner, "_both_sides", _Spy)
    rnd = random.Random(3636)
    pieces = ["双方", "同意", "加强", "外交部", "、", "，", "。", "!", "\n", "某某", "国防部", "合作", "机制"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40)))
        k = rnd.randint(0, len(text))
        seen.clear()
        shortowner.both_sides(text, k)
        start = _clause_start_before(text, k)
        assert seen == ([(text, start, k)] if k - start <= 40 else []), (text, k)


def _land_press_before(page: SimpleNamespace, ev: SimpleNamespace, clause: str) -> bool:
    press = cue("press_after")
    for p in ev.participants:
        e = page.by_name.get(p)
        if e is None or e.type != "COUNTRY":
            continue
        forms = sorted({e.name, *e.mentions}, key=len, reverse=True)
        if re.compile("(?:" + "|".join(map(re.escape, forms)) + ")" + press).search(clause):
            return True
    return False


def test_land_press_told_as_before() -> None:
    assert pressmet._press_alone(cue("press_after")) is not None  # (the cue reads alone: no pattern per land)
    lands = {"甲国": SimpleNamespace(type="COUNTRY", name="甲国", mentions=["甲"]),
             "乙兰": SimpleNamespace(type="COUNTRY", name="乙兰", mentions=["乙兰国", "乙"]),
             "丙部": SimpleNamespace(type="ORG", name="丙部", mentions=[])}
    page = SimpleNamespace(by_name=lands)
    pieces = ["甲国", "甲", "乙兰", "乙兰国", "乙", "丙部", "常驻", "随行", "媒体", "记者", "新闻界", "代表团", "团", "会见", "，", "的"]
    rnd = random.Random(6136)
    told = 0
    for _ in range(4000):
        clause = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        ev = SimpleNamespace(participants=rnd.sample(sorted(lands), rnd.randint(0, 3)))
        got = pressmet.land_press_told(page, ev, clause)  # type: ignore[arg-type]
        assert got == _land_press_before(page, ev, clause), clause
        told += got
    assert told > 200


def test_name_spans_as_finditer() -> None:
    rnd = random.Random(3661)
    for _ in range(3000):
        text = "".join(rnd.choice(["某甲", "甲", "某", "乙", "。", "(", "当选", "a.b", "."]) for _ in range(rnd.randint(0, 12)))
        name = rnd.choice(["某甲", "甲甲", "某", "a.b", "(", "甲某甲"])
        assert termstart._spans(text, name) == [m.span() for m in re.finditer(re.escape(name), text)], (text, name)


def test_counted_anniversary_as_the_pattern() -> None:
    rnd = random.Random(3662)
    for _ in range(3000):
        note = "".join(rnd.choice(["5", "50", "0", "th", " ", "anniversary", "x", "年", "-"]) for _ in range(rnd.randint(0, 6)))
        count = rnd.choice(["5", "50", "10", "", "5.", "th"])
        want = re.compile(rf"{count}\w* anniversary").match(note) is not None
        assert anniversarydays._counted(note, count) == want, (note, count)
