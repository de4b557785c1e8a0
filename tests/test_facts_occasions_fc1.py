"""Facts (fc1, issue 13): classifiers that count only in their own construction. Editions and courses held
(举办N届, 举办了N期培训班), twinned places counted in pairs (N对友好城市, 友好城市N对), and rounds of talks
in Chinese numerals from two (两轮). Invented sentences (the fc1 probe grid, /work/notes/s7/fc1/probes.md)."""

from __future__ import annotations

import pytest

from dipnet.model import Fact
from dipnet.pipeline import extract


def facts(sentence: str) -> list[Fact]:
    return list(extract("题目\n\n新华社河内2024年3月5日电 " + sentence + "\n", source="t.txt").facts)


def counts(sentence: str) -> list[float]:
    return [f.value for f in facts(sentence) if f.unit == "count"]  # type: ignore[misc]


@pytest.mark.parametrize("sentence, value", [
    ("中国—东盟博览会已成功举办20届。", 20),
    ("作为两国经贸合作的重要平台,该博览会迄今已举办十届。", 10),
    ("該論壇已連續舉辦八屆。", 8),
    ("越南已为老挝干部举办了12期培训班。", 12),
])
def test_editions_held_are_counted(sentence: str, value: int) -> None:
    assert value in counts(sentence)


@pytest.mark.parametrize("sentence, value", [
    ("目前,两国已结成30对友好省市。", 30),
    ("目前越南與日本已締結40對友好城市。", 40),
    ("越南与老挝已有20对省份结为友好省。", 20),
    ("目前,该省已与15个国家建立友好城市52对,其中东盟友城17对。", 52),
    ("目前,该省已与15个国家建立友好城市52对,其中东盟友城17对。", 17),
])
def test_twinned_places_are_counted_in_pairs(sentence: str, value: int) -> None:
    assert value in counts(sentence)


@pytest.mark.parametrize("sentence", [
    "双方已经举行两轮战略对话。",
    "两国已就此问题举行了两轮磋商。",
])
def test_two_rounds_of_talks_are_counted(sentence: str) -> None:
    assert 2 in counts(sentence)


@pytest.mark.parametrize("sentence", [
    "越南第十五届国会第六次会议今日开幕。",
    "这一政策对两国经济产生了积极影响。",
    "该项目一期工程已经竣工。",
    "两国坚持创新和开放两轮驱动。",
    "越共十三届中央委员会召开会议。",
])
def test_names_phases_and_prepositions_stay_no_count(sentence: str) -> None:
    assert counts(sentence) == []


def holders(sentence: str, value: int) -> set[str]:
    return {f.subject for f in facts(sentence) if f.unit == "count" and f.value == value}


@pytest.mark.parametrize("sentence, value", [
    ("目前,广宁省已与12个国家建立友好城市30对,其中东盟友城9对,老挝友城4对。", 4),
    ("目前,广宁省已与12个国家建立友好城市30对,其中柬埔寨友好城市6对。", 6),
])
def test_the_twinning_side_holds_the_pairs_not_where_they_lie(sentence: str, value: int) -> None:
    assert holders(sentence, value) == {"广宁"}


@pytest.mark.parametrize("sentence, value, event", [
    ("中国—南亚博览会由中国商务部和云南省政府共同主办,已成功举办7届。", 7, "中国-南亚博览会"),
    ("湄公河国际农业论坛由越南农业部与泰国农业部轮流主办,迄今已举办5届。", 5, "湄公河国际农业论坛"),
])
def test_the_event_holds_its_editions_not_its_organisers(sentence: str, value: int, event: str) -> None:
    assert holders(sentence, value) == {event}
