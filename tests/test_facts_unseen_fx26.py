"""Facts (fx26, issue 13): donated goods counted with 双/片/张 are counts; each counted item of a list
(、 和 及) is its own figure and has the holder of the item before it, not a country that qualifies
the goods between them (台湾制). Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract


def facts(page: str) -> list[Fact]:
    return extract_facts(extract(page, source="t.txt"))


def holders(page: str, value: float) -> list[str]:
    return [f.subject for f in facts(page) if f.value == value and f.unit == "count"]


def test_pairs_of_shoes_are_counted():
    page = "中央社台北2024年5月3日电 某某公司所捐赠的3万双运动鞋将由外交部赞助运费。\n"
    assert holders(page, 30000) == ["某某公司"]


def test_pieces_and_sheets_are_counted():
    page = "中央社台北2024年5月3日电 驻泰国代表处王大明大使于5月2日,捐赠8,000片医疗口罩予曼谷的医院。\n"
    assert holders(page, 8000) == ["驻泰国代表处"]
    page = "新华社河内2024年5月3日电 老挝红十字会向受灾民众捐赠了300张帐篷。\n"
    assert len(holders(page, 300)) == 1


def test_words_that_begin_with_the_classifier_are_no_unit():
    page = "新华社河内2024年5月3日电 两国双方一致同意加强合作,5片区的居民受益。\n"
    assert not [f for f in facts(page) if f.unit == "count" and f.value == 5]


def test_the_next_item_of_a_list_has_the_holder_of_the_first():
    page = ("中央社台北2024年5月3日电 驻泰国代表处王大明大使于10月18日,捐赠6,000片台湾制医疗口罩、"
            "1,000个防疫面罩等物资予曼谷的隔离中心。\n")
    assert holders(page, 6000) == ["驻泰国代表处"]
    assert holders(page, 1000) == ["驻泰国代表处"]


def test_a_list_joined_by_he_across_units_keeps_one_holder():
    page = ("新华社河内2024年5月3日电 双方共同出席了日本外务省捐助老挝卫生部10万剂美国辉瑞公司的疫苗"
            "和5万个注射器的交接仪式。\n")
    got = {f.value: f.subject for f in facts(page)}
    assert got[50000] == got[100000] == "日本外务省"  # (not the company that made the item before)


def test_a_party_told_for_the_next_item_is_not_overruled():
    page = "新华社河内2024年5月3日电 今年越南出口大米500万吨、泰国出口大米300万吨。\n"
    assert [f.subject for f in facts(page) if f.value == 3000000] == ["泰国"]


def people(page: str, value: object) -> list[str]:
    return [f.subject for f in facts(page) if f.value == value and f.unit == "person"]


def test_a_delegation_made_of_people_holds_its_size():
    page = "香港新闻网2024年5月3日电 由八位外国议会议员组成的代表团3日结束于香港为期两天的访问。\n"
    assert people(page, 8) == ["外国议会议员代表团"]


def test_a_delegation_of_some_tens_named_by_its_members_holds_its_size():
    page = "澳门2024年5月3日电 北方国总统出访期间,陪同出访的是一个为数几十人的学者代表团。\n"
    assert people(page, [10, 100]) == ["学者代表团"]


def test_the_leader_still_holds_the_size_of_the_delegation_he_leads():
    page = "新华社北京2024年5月3日电 她提到,巴黎市长伊达尔戈女士亲率八十多人的代表团,在博览会上举办了推介活动。\n"
    assert people(page, 80) == ["伊达尔戈"]


def held(page: str, value: object) -> list[str]:
    return [f.subject for f in facts(page) if f.value == value]


def test_the_body_right_before_the_receiver_gives_the_amount():
    page = "新华社河内2024年5月3日电 北湖省人民委员会请求商务部向该省援助120吨稻种。\n"
    assert [h for h in held(page, 120) if "商务部" in h] == held(page, 120) != []


def test_a_person_who_gives_in_his_own_name_holds_the_gift():
    page = "新加坡2024年5月3日电 陈大文(左2)以个人名义捐款20万令吉予某某大学基金。\n"
    assert held(page, 200000) == ["陈大文"]


def test_the_party_the_giver_acts_for_holds_the_gift():
    page = "新华社河内2024年5月3日电 北方国驻南方国大使李明山代表当地北方国侨民向受灾家庭捐赠6000美元。\n"
    assert held(page, 6000) == ["当地北方国侨民"]


def test_the_fund_the_envoy_acts_for_holds_what_it_hands_over():
    page = ("中央社台北2024年5月3日电 驻泰国大使王大明于当地时间2日代表爱心基金会,"
            "将该会募集的1500余件文具交予泰国政府。\n")
    assert held(page, 1500) == ["爱心基金会"]


def test_a_giver_named_before_the_receiver_stays_the_holder():
    page = "新华社河内2024年5月3日电 日本向越南捐赠了50万剂疫苗。\n"
    assert held(page, 500000) == ["日本"]


def test_a_person_told_with_his_post_in_a_company_is_no_giver_of_his_own():
    page = "新华社河内2024年5月3日电 当天,北方国电信集团总经理张大山向东城市红十字会捐助了7000美元。\n"
    assert held(page, 7000) == ["北方国电信集团"]  # (not 张大山)
