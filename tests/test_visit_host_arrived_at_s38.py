"""A visit whose host is the country the visitor comes or goes to right before the visit word (来中国进行正式访问,
到越南访问, 来到越南), or the short-form visit word running into the host's full name (来越南, 抵越南)."""

import pytest

from dipnet.pipeline import extract

HEAD = "两国关系\n\n2025-03-09\n新华社北京3月9日电 "


def visits(sentence: str) -> list[tuple[list[str], str | None]]:
    doc = extract(HEAD + sentence + "\n", source="arrived.txt")
    return [(sorted(e.participants), e.date) for e in doc.events if e.type == "VISIT"]


@pytest.mark.parametrize("sentence, host", [
    ("马来西亚总理安瓦尔7日来中国进行正式访问。", "中国"),
    ("马来西亚总理安瓦尔7日到越南进行正式访问。", "越南"),
    ("马来西亚总理安瓦尔7日到越南访问。", "越南"),
    ("马来西亚总理安瓦尔7日来到越南进行国事访问。", "越南"),
    ("马来西亚总理安瓦尔7日来越南进行正式访问。", "越南"),
    ("老挝国家主席通伦7日率代表团来越南河内出席活动。", "越南"),
])
def test_the_country_arrived_at_hosts(sentence: str, host: str) -> None:
    got = visits(sentence)
    assert len(got) == 1 and host in got[0][0] and got[0][1] == "2025-03-07"


def test_a_delegation_coming_to_the_host_visits_with_its_head() -> None:
    # 前来越南进行正式访问的…代表团: the visit word after the short form is the visit's; the relative clause's
    # delegation visits with its head (the short form 来越 of 来越南 takes no part of its own)
    doc = extract(HEAD + "越南国家主席梁强8日在河内接见了以老挝国会主席赛宋蓬·丰威汉为团长率领,前来越南进行正式访问的老挝国会代表团。\n",
                  source="arrived.txt")
    assert [sorted(e.participants) for e in doc.events if e.type == "VISIT"] == [["赛宋蓬·丰威汉", "越南"]]
