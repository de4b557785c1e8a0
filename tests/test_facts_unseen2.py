"""Facts: the mechanisms found on a second batch of unseen pages (economic round-ups, investment
registrations, trade by product, tourism and labour figures, election results), each on invented
sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "越通社河内——2019年3月5日,{}(完)\n"


def facts(sentence: str) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt"))


def holders(sentence: str, unit: str) -> list[tuple[str, float]]:
    return [(f.subject, f.value) for f in facts(sentence) if f.unit == unit]  # type: ignore[misc]


def test_respective_after_the_clause_that_lists():
    # 分别 opens its clause: the list closing the clause before takes the numbers in turn
    got = holders("今年德国和法国仍是越南最大胡椒出口市场,分别占越南胡椒出口总额的12.5%和8.25%。", "percent")
    assert ("德国", 12.5) in got and ("法国", 8.25) in got


def test_respective_after_the_clause_that_lists_with_a_topic():
    got = holders("越南腰果的主要买家为荷兰和英国,进口量分别占总量的21%和13.4%。", "percent")
    assert ("荷兰", 21) in got and ("英国", 13.4) in got


def test_respective_needs_as_many_numbers_as_parties():
    got = holders("荷兰和英国是主要买家,分别占21%。", "percent")
    assert ("英国", 21) not in got


def test_places_listed_before_respective():
    got = holders("今年前5个月,北宁省和海防市分别吸引外资12.3亿美元和9.8亿美元。", "USD")
    assert ("北宁", 1_230_000_000) in got and ("海防", 980_000_000) in got


def test_comparison_base_after_xiangdangyu_dates_nothing():
    found = facts("2013年前9个月,越南新批外资项目共712个,相当于2012年同期的81%。增资项目有199个,增资总额约达17亿美元。")
    years = {f.value: (f.as_of or "")[:4] for f in found}
    assert years[81] == "2013" and years[199] == "2013" and years[1_700_000_000] == "2013"


def test_price_per_tonne_is_no_amount():
    found = facts("越南胡椒出口量达20万吨,平均出口价格为3200美元/吨,比上月上涨40美元/吨。")
    assert [f.value for f in found if f.unit == "USD"] == []
    assert [f.value for f in found if f.unit == "tonne"] == [200_000]


def test_digits_are_no_people():
    assert holders("该品种出口连续两年保持三位数增长。", "person") == []


def test_city_the_kb_knows_holds_without_its_suffix():
    got = holders("今年外国投资者对越南38个省市进行投资。其中,北宁省吸引外资最多,达20亿美元;河内的注册资金仅达5.5亿美元。", "USD")
    assert ("河内", 550_000_000) in got


def test_ranking_words_may_open_the_clause_before_a_province():
    got = holders("胡志明市新增外资最多,金额达1.2亿美元,其次是北宁省9000万美元,第三是海防市7000万美元。", "USD")
    assert ("北宁", 90_000_000) in got and ("海防", 70_000_000) in got


def test_home_word_naming_the_whole_is_no_holder():
    got = holders("泰国的投资总额达15亿美元,排名第一,占全国注册资金总额的17.5%。", "percent")
    assert got == [("泰国", 17.5)]


def test_home_word_naming_the_set_ranked_in_is_no_holder():
    got = holders("平阳省是全国吸引外资最多的地方,注册资金12亿多美元。", "USD")
    assert got == [("平阳", 1_200_000_000)]


def test_party_in_a_bracketed_aside_holds_nothing_after_it():
    got = holders("今年越南大米出口量达300万吨。特别,香米(原产于泰国的一种大米)出口激增,同比增长近150%。", "percent")
    assert got and all(h != "泰国" for h, _ in got)


def test_party_in_brackets_around_its_number_still_holds():
    got = holders("主要市场为亚洲(其中菲律宾占35.5%)。", "percent")
    assert ("菲律宾", 35.5) in got


def test_place_after_a_ranking_verb_is_no_fact():
    # the gold counts ranks told as 第N大 (第六大投资国), not places told as 排名第N
    got = holders("截至去年底,泰国在对越投资的140个国家和地区中排名第9。", "count")
    assert all(v != 9 for _, v in got)


def test_top_set_is_no_count_and_its_members_hold_nothing_after_it():
    found = facts("今年越南出口额达2000亿美元,其中日本、欧盟和韩国是前3大出口市场;进口额达1900亿美元。")
    assert [f for f in found if f.unit == "count"] == []
    assert [(f.subject, f.value) for f in found if f.value == 190_000_000_000] == [("越南", 190_000_000_000)]


def test_higher_than_a_base_year_dates_the_base_value_only():
    text = "越南2021年前6个月的经济增长率达5.6%,高于2020年同期的1.8%。其中,农业增长3.8%。"
    found = extract_facts(extract("越通社河内——2021年7月5日," + text + "(完)\n", source="t.txt"))
    years = {f.value: (f.as_of or "")[:4] for f in found}
    assert years == {5.6: "2021", 1.8: "2020", 3.8: "2021"}


def test_heading_with_a_colon_dates_the_list_under_it():
    text = "2019年越南主要大米买家:\n菲律宾:210万吨\n中国:80万吨\n"
    found = extract_facts(extract("越通社河内——2021年7月5日,越南公布数据。\n" + text + "(完)\n", source="t.txt"))
    assert {(f.subject, (f.as_of or "")[:4]) for f in found if f.unit == "tonne"} == {("菲律宾", "2019"), ("中国", "2019")}


def test_a_closed_sentence_before_a_list_line_frames_nothing():
    text = "2019年越南大米出口量达600万吨。\n菲律宾:210万吨\n"
    found = extract_facts(extract("越通社河内——2021年7月5日,越南公布数据。\n" + text + "(完)\n", source="t.txt"))
    assert [(f.as_of or "")[:4] for f in found if f.value == 2_100_000] == ["2021"]


def test_all_foreign_investors_make_the_host_the_holder():
    got = holders("2018年中国对老挝投资最多。外国在老注册投资30亿美元,涉及90个投资项目。", "USD")
    assert got == [("老挝", 3_000_000_000)]


def test_whole_restated_after_zhan_is_no_count():
    got = holders("日本是最大投资来源国,占150个投资项目的40%以上。", "count")
    assert got == []


def test_counter_in_brackets_is_page_furniture():
    got = holders("来源: 某某网 阅读 (5321次)\n日本对越投资达10亿美元。", "count")
    assert got == []


def test_general_classifier_after_a_people_noun_counts_people():
    assert holders("目前在韩国生活和工作的越南人有20万多个。", "person") == [("越南", 200_000)]
    assert holders("越南企业有300个。", "person") == []


def test_giver_before_a_long_recipient_phrase():
    got = holders("欧盟将向于9月初至今遭受台风和持续暴雨洪涝灾害严重影响的越南北部山区各省受灾最严重的灾区居民提供总额为150万欧元的援助。", "EUR")
    assert got == [("欧盟", 1_500_000)]


def test_places_in_a_bracketed_list_each_hold_their_number_and_carry_nothing():
    found = facts("洪灾导致50人死亡(河静省2人、广平省9人、广治省39人)和12人失踪。")
    got = {(f.subject, f.value) for f in found if f.unit == "person"}
    assert {("河静", 2), ("广平", 9), ("广治", 39)} <= got
    assert ("越南", 12) in got


def test_unit_noun_after_a_classifier_is_no_name():
    got = holders("泰国政府6日决定派遣一个救援队前往老挝并向该国提供价值200万美元的紧急援助。", "USD")
    assert got == [("泰国", 2_000_000)]


def test_reported_words_with_no_holder_are_the_speaking_bodys():
    page = "越通社万象——2018年7月27日,老挝南部发生洪灾。老挝政府感谢各方援助。\n日本外务省称,由12名医务人员组成的救援队将于29日抵达老挝。(完)\n"
    found = extract_facts(extract(page, source="t.txt"))
    assert [(f.subject, f.value) for f in found if f.unit == "person"] == [("日本", 12)]


def test_home_word_inside_a_name_is_no_home():
    # 本国 inside 日本国际协力机构 does not make the page's country the holder
    assert holders("日本国际协力机构将对15个新的技术合作项目投资。", "count") == [("日本国际协力机构", 15)]


def test_seats_by_region_are_the_bodys_one_fact_per_region():
    found = facts("联合国人权理事会共设47个席位。亚洲和非洲各有13席,东欧6席,拉丁美洲8席,西欧7席。越南获得1个席位。")
    got = [(f.subject, f.value) for f in found if f.unit == "count"]
    assert ("越南", 1) in got
    assert sorted(v for s, v in got if s == "联合国人权理事会") == [6, 7, 8, 13, 13, 47]
    found = facts("联合国人权理事会本次改选15个席位,东欧区2席,西欧及其他地区2席。")
    assert [f.value for f in found if f.value == 2] == [2, 2]


def test_seats_shared_out_by_region_under_a_heading():
    found = facts("联合国安理会共有15个成员。10个非常任理事国席位按地区分配:非洲地区三个;亚太地区、西欧和其他地区各两个;东欧地区一个。")
    got = sorted(f.value for f in found if f.subject == "联合国安理会" and f.value < 10)
    assert got == [1, 2, 2, 3]


def test_one_seat_competed_for_is_no_fact():
    assert [f for f in facts("甲国和乙国竞争一个东欧地区席位。") if f.value == 1] == []


def test_numbers_after_yi_go_to_the_parties_before_it_in_order():
    got = holders("泰国和马来西亚以12.4亿美元和10.5亿美元的投资额分居第二和第三位。", "USD")
    assert got == [("泰国", 1_240_000_000), ("马来西亚", 1_050_000_000)]


def test_domestic_tourists_are_the_home_countrys():
    page = "越通社河内——2019年9月5日,越南旅游总局公布数据。越南今年前8个月接待国际游客1100万人次。泰国游客人数下降5.5%。与此同时,国内游客为5800万人次。(完)\n"
    found = extract_facts(extract(page, source="t.txt"))
    assert [(f.subject, f.value) for f in found if f.value == 58_000_000] == [("越南", 58_000_000)]
    assert holders("中国国内游客达30亿人次。", "person") == [("中国", 3_000_000_000)]


def test_people_a_vessel_carries_are_its_crew():
    got = holders("载有6名渔民的越南QNg91234TS号渔船被外国船只驱赶。", "person")
    assert got == [("QNg91234TS", 6)]


def test_a_general_classifier_before_ren_counts_people():
    assert holders("渔民据称被30个人以铁棍攻击。", "person") != []
    assert holders("越南建了3个人工岛。", "person") == []


def test_a_figure_on_its_own_line_reads_with_the_label_above_it():
    page = "越通社河内——2024年1月5日,越中经贸合作数据。\n2023年越中双边贸易额\n\n1717亿美元\n\n2023年中国赴越游客\n\n170万人次\n(完)\n"
    found = extract_facts(extract(page, source="t.txt"))
    got = {(f.subject, f.value, (f.as_of or "")[:4]) for f in found}
    assert ("越南-中国", 171_700_000_000, "2023") in got and ("中国", 1_700_000, "2023") in got


def test_a_long_line_under_a_heading_does_not_read_with_it():
    page = "越通社河内——2024年1月5日,越南国家主席会见日本首相\n\n日本对越投资总额已达700亿美元,位居第三。\n(完)\n"
    found = extract_facts(extract(page, source="t.txt"))
    assert [(f.subject, (f.as_of or "")[:4]) for f in found if f.unit == "USD"] == [("日本", "2024")]


def test_the_party_things_come_from_holds_them():
    got = holders("越南主要客源市场均增长,来自日本的游客量增长12.5%,来自法国的增长8.25%。", "percent")
    assert ("日本", 12.5) in got and ("法国", 8.25) in got


def test_the_whole_city_is_the_city_named_before():
    got = holders("海防市受台风影响,许多为亚太经合组织服务的项目也受损,全市经济损失约达520亿越盾。", "VND")
    assert got == [("海防", 52_000_000_000)]
