"""Facts (fx25, issue 13): the size of a delegation is the delegation's (its quoted name, the body
named before its delegation noun, the body that comes, else the person who leads it), not the host
it visits nor the ministry that reports it. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract


def facts(page: str) -> list[Fact]:
    return extract_facts(extract(page, source="t.txt"))


def holders(page: str, value: float) -> list[str]:
    return [f.subject for f in facts(page) if f.value == value]


def test_quoted_delegation_name_holds_its_size():
    page = "中央社台北2024年5月3日电 根据我外交部发布的新闻稿,「太平洋岛国议员访台团」一行8人,本周访问台湾。\n"
    assert holders(page, 8) == ["太平洋岛国议员访台团"]


def test_the_person_who_leads_the_delegation_holds_its_size():
    page = "新华社北京2024年5月3日电 她提到,巴黎市长伊达尔戈女士亲率八十多人的代表团,在博览会上举办了推介活动。\n"
    assert holders(page, 80) == ["伊达尔戈"]


def test_the_body_that_comes_holds_the_size_of_the_visiting_delegation():
    page = ("中央社台北2024年5月3日电 外交部表示,按惯例由日本国会议员组成的日华议员恳谈会来台祝贺,"
            "并由会长山田太郎率团,来访团人数将多达40人。\n")
    assert holders(page, 40) == ["日华议员恳谈会"]


def test_body_named_before_its_delegation_noun_stays_the_holder():
    page = "新华社曼谷2024年5月3日电 泰国商会副会长陈明会见了由阮文安会长率领的越南河内市越泰友好协会访问团一行12人。\n"
    assert holders(page, 12) == ["河内市越泰友好协会"]


def test_a_count_of_people_that_is_no_delegation_is_untouched():
    page = "新华社河内2024年5月3日电 越南共有50名代表出席会议。\n"
    assert holders(page, 50) == ["越南"]
