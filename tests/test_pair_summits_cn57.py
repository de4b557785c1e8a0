"""A summit held by two lands alone (美朝第二次峰会, 中美峰会, 甲与乙举行首次峰会, 新、印领导人非正式峰会) is their MEET;
a summit whose name holds a grouping, a region or a third land (东盟峰会, 东亚峰会, 中日韩峰会) stays a CONFERENCE
(stop 57, cn: the pools' gold of fp8, fp9, fp11, fp23; the official gold keeps 东盟/东亚 summits conferences).
Sentences invented."""

import pytest

from dipnet.pipeline import extract


def events(sentence: str) -> list[tuple[str, list[str]]]:
    doc = extract("国际新闻\n\n新华社北京3月5日电 " + sentence + "\n", source="summit.txt")
    return [(e.type, e.participants) for e in doc.events]


@pytest.mark.parametrize("sentence", [
    "美俄第三次峰会今日在芬兰赫尔辛基展开序幕。",
    "中美峰会结束,双方同意加强沟通。",
    "普京与拜登去年6月在日内瓦举行首次峰会,双方关系略有缓和。",
    "黄循财总理昨天在巴厘岛,与印度尼西亚总统普拉博沃举行新、印领导人年度非正式峰会。",
])
def test_two_lands_summit_is_their_meeting(sentence: str) -> None:
    got = events(sentence)
    assert any(t == "MEET" for t, _ in got), got
    assert not any(t == "CONFERENCE" for t, _ in got), got


@pytest.mark.parametrize("sentence", [
    "第40届东盟峰会在金边开幕。",
    "日本和菲律宾表示有意在即将于本月举行的东亚峰会上讨论海洋问题。",
    "中日韩峰会在首尔举行。",
])
def test_grouping_or_region_summit_stays_a_conference(sentence: str) -> None:
    got = events(sentence)
    assert any(t == "CONFERENCE" for t, _ in got), got
    assert not any(t == "MEET" for t, _ in got), got
