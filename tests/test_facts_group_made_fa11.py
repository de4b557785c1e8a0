"""Facts (fa11, issue 13): a group's head count told by what it is made of (代表团由…N名…组成) is the
group's, the countries its members come from too, over the list's commas; a bare 代表团 is the
delegation named last before it; a team named in quotes right before its count holds it. Invented
sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract


def facts(page: str) -> list[Fact]:
    return extract_facts(extract(page, source="t.txt"))


def holder(page: str, value: float, unit: str = "person") -> str | None:
    return next((f.subject for f in facts(page) if f.value == value and f.unit == unit), None)


PAGE = ("新华社北京2024年6月3日电 近日,拉美青年外交官代表团访华。"
        "代表团由巴西、智利、秘鲁、墨西哥等12个拉美国家约30名外交官组成,先后赴北京、西安等地参访。\n")


def test_a_bare_delegation_made_of_people_is_the_delegation_named_before():
    assert holder(PAGE, 30) == "拉美青年外交官代表团"


def test_the_countries_its_members_come_from_are_the_delegations_too():
    assert holder(PAGE, 12, "count") == "拉美青年外交官代表团"


def test_the_make_up_holds_over_the_commas_of_its_list():
    page = ("韩联社首尔2023年10月5日电 5日,南韩国会韩越议员联盟代表团(下称“代表团”)应邀对越南进行正式访问。\n"
            "代表团由联盟会长、共同民主党议员李明浩,首席副会长、国民力量党议员朴成哲和事务总长崔永洙等12名议员组成。\n")
    got = holder(page, 12)
    assert got is not None and got.endswith("代表团") and "韩越议员联盟" in got


def test_a_team_named_in_quotes_right_before_its_count_holds_it():
    page = ("中新网2021年3月2日电 斐济发生强烈地震后,新西兰政府派遣的“国家城市搜救队”41人已于2日抵达苏瓦,"
            "立即投入救援。\n")
    assert holder(page, 41) == "国家城市搜救队"


def test_a_count_told_after_the_make_up_is_not_the_groups():
    page = ("新华社北京2022年8月1日电 近日,越南青年代表团访华。"
            "代表团由越南各省60名青年代表组成,访问期间同北京300名大学生进行了交流。\n")
    assert holder(page, 60) == "越南青年代表团"
    assert holder(page, 300) != "越南青年代表团"
