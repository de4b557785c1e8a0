"""Facts: the mechanisms found on a third batch of unseen pages (every field of every fact read
against SPEC: unit, as-of, holder, value, and what is a claim at all), each on invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "越通社河内——2019年3月5日,{}(完)\n"


def facts(sentence: str, url: str | None = None) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt", url=url))


def holders(sentence: str, unit: str) -> list[tuple[str, float]]:
    return [(f.subject, f.value) for f in facts(sentence) if f.unit == unit]  # type: ignore[misc]


def test_a_body_that_publishes_figures_is_their_source():
    # 公布, 发布: the body reports the figures; the country it speaks for holds them
    got = holders("丙国统计局日前公布,今年前4个月吸引外资总额达35.5亿美元。", "USD")
    assert got and got[0][0] != "丙国统计局"


def test_the_host_that_receives_visitors_holds_the_count():
    got = holders("今年前5个月,老挝接待泰国游客量超过40万人次。", "person")
    assert got == [("老挝-泰国", 400000)]  # (fx22: the receiver and the visitors' country, the receiver first)


def test_a_rank_verb_keep_makes_the_party_after_it_the_owner():
    got = holders("老挝也保持泰国在全球的第九大贸易伙伴。", "count")
    assert got == [("老挝", 9)]


def test_a_superlative_owner_holds_nothing_told_after_it():
    # 日本是老挝最大投资来源国: 老挝 owns the superlative; the next clause's figure is 日本's
    got = holders("今年前6个月日本是老挝最大投资来源国,新增投资金额12亿美元。", "USD")
    assert got == [("日本", 1_200_000_000)]


def test_a_rank_after_its_owner_needs_no_verb_between():
    # a verb between the party and the rank makes the party the one ranked, not the owner
    got = holders("据统计,缅甸仍是泰国第七大出口市场。", "count")
    assert got == [("缅甸", 7)]


def test_traders_after_a_list_mark_head_their_own_item():
    got = holders("大型项目包括德国商在平阳省投资5亿美元建厂、韩商在海防市增资3.5亿美元。", "USD")
    assert ("韩国", 350_000_000) in got


def test_a_bare_yuan_on_a_vietnamese_outlet_is_the_dong():
    got = facts("旅法侨胞捐助了2万多美元(约5亿元)。", url="https://cn.example.vn/post-1.html")
    assert any(f.unit == "VND" and f.value == 500_000_000 for f in got)


def test_a_bare_yuan_elsewhere_stays_the_renminbi():
    got = facts("旅法侨胞捐助了2万多美元(约14万元)。", url="https://news.example.cn/a/1.html")
    assert any(f.unit == "CNY" and f.value == 140_000 for f in got)


def test_a_decimal_comma_before_a_percent_or_multiplier():
    got = facts("丙国游客量同比增长21,4%,乘船入境的游客量约达15,2万人次。")
    values = {(f.value, f.unit) for f in got}
    assert (21.4, "percent") in values and (152000, "person") in values


def test_a_thousands_comma_stays_a_thousands_comma():
    got = facts("新登记之外资案件数为2,406件。")
    assert [(f.value, f.unit) for f in got] == [(2406, "count")]


def test_an_amount_per_unit_is_no_claim():
    got = facts("今年胡椒出口平均价格每吨为3200美元,每个项目平均投资210万美元。")
    assert not [f for f in got if f.unit == "USD"]


def test_a_yearly_amount_and_a_count_per_item_stay_claims():
    got = facts("丙国每年向老挝提供3亿美元援助,两国边界途经每国8个省份。")
    assert {(f.value, f.unit) for f in got} >= {(300_000_000, "USD"), (8, "count")}


def test_cases_counted_with_zong():
    got = facts("今年前四个月外商并购为870宗次,同比下降12.5%。")
    assert (870, "count") in {(f.value, f.unit) for f in got}


def test_a_unit_word_heading_another_word_leaves_the_people_after_it():
    # 1630万国际游客人次: 国 begins 国际, so the count is of the visitors after it
    got = facts("今年前10个月,丙国接待1240万国际游客人次。")
    assert (12_400_000, "person") in {(f.value, f.unit) for f in got}


def test_a_population_in_chinese_numerals():
    got = facts("丙国人口约三千万,有20个民族。")
    assert (30_000_000, "person") in {(f.value, f.unit) for f in got}


def test_a_year_with_its_own_value_after_cong_is_that_value_s_year():
    got = facts("丙国与丁国的贸易额从2009年的30亿美元增至去年的75亿美元。")
    assert {(f.value, f.as_of) for f in got if f.unit == "USD"} == {(3_000_000_000, "2009"), (7_500_000_000, "2018")}


def test_a_span_opened_with_cong_still_dates_nothing():
    got = facts("从2009年起,丁国对老挝投资达75亿美元。")
    assert [f.as_of for f in got if f.unit == "USD"] == ["2019-03-05"]


def test_the_object_of_xiang_stays_an_object_behind_its_country():
    # 向美国某公司订购: the marker stands before the country qualifying the company
    got = holders("老挝亦向美国瑞达公司订购二十架客机,总值高达九亿美元。", "USD")
    assert got == [("老挝", 900_000_000)]


def test_an_age_goes_to_a_person_glossed_with_a_romanized_name():
    got = facts("今年47岁的前国企高阶官员侯文草(Hau Van Thao)被捕。")
    assert [(f.subject, f.value) for f in got if f.unit == "year"] == [("侯文草", 47)]


def test_a_pair_the_page_writes_in_no_compound_goes_in_its_outlet_s_order():
    page = "老挝外交部代表与越南外交部代表会谈。老挝国防部代表出席。老挝公安部代表出席。两国贸易额达25亿美元。"
    got = [f.subject for f in facts(page, url="https://cn.example.vn/a.html") if f.unit == "USD"]
    assert got == ["越南-老挝"]


def test_two_countries_joined_as_the_subject_hold_the_figure_together():
    got = holders("其中荷兰达12万人次、意大利和西班牙共有逾9万人次。", "person")
    assert ("意大利-西班牙", 90000) in got and ("荷兰", 120000) in got


def test_two_countries_after_a_preposition_stay_objects():
    got = holders("老挝向泰国和缅甸出口电力30亿美元。", "USD")
    assert got == [("老挝", 3_000_000_000)]


def test_an_amount_qualifying_a_company_is_the_company_s():
    got = holders("据《丙省报》,投资总额达3.2亿美元的日本明和电子有限公司项目日前动工。", "USD")
    assert got == [("日本明和电子有限公司", 320_000_000)]


def test_wan_then_yi_is_a_sum_of_two_magnitudes():
    # 4万1250亿 = 4万亿 + 1250亿 (how Vietnamese outlets write large đồng amounts)
    got = facts("旅游业总收入达4万1250亿越盾。")
    assert [(f.value, f.unit) for f in got] == [(4_125_000_000_000, "VND")]


def test_a_party_after_a_joiner_that_follows_a_figure_heads_a_new_item():
    got = holders("泰国游客增长12.5%及老挝游客下降4.2%。", "percent")
    assert got == [("泰国", 12.5), ("老挝", 4.2)]


def test_a_fiscal_year_dates_the_figure_after_it():
    got = facts("丙国政府在2017财年向老挝提供95亿日元官方开发援助。")
    assert [(f.value, f.as_of) for f in got if f.unit == "JPY"] == [(9_500_000_000, "2017")]


def test_members_of_a_body_the_recognizer_does_not_know():
    got = holders("大会当天选举产生18个新一届海洋保护理事会成员。", "count")
    assert got == [("海洋保护理事会", 18)]


def test_a_duration_s_holder_carries_to_no_figure_after_it():
    page = "在EPA实施3年后,两国经贸合作持续增长。从协定生效前一年的120亿美元增长到去年的180亿美元。"
    got = [f.subject for f in facts(page) if f.unit == "USD"]
    assert got and "EPA" not in got


def test_a_gift_with_no_holder_in_its_sentence_is_the_article_s_one_giver():
    page = "日本政府向老挝提供紧急援助。老挝灾情严重,老挝多省受灾。本次30万美元的援助旨在为受灾家庭提供支持。"
    assert holders(page, "USD") == [("日本", 300_000)]


def test_a_city_a_region_is_told_from_holds_nothing():
    got = holders("老挝万象以北地区的奖学金名单揭晓,共有35人获奖。", "person")
    assert got and got[0][0] != "万象"


def test_our_country_as_a_destination_holds_nothing():
    got = holders("俄罗斯游客增长最快,俄罗斯市场表现突出。美国也是今年来我国旅游的主要市场,逾50万人次。", "person")
    assert got == [("美国", 500_000)]



def test_a_threshold_qualifying_a_count_is_no_claim():
    got = facts("年营业额超过5亿美元的12家企业获得表彰。")
    assert [(f.value, f.unit) for f in got] == [(12, "count")]


def test_an_amount_before_de_and_a_noun_stays_a_claim():
    got = facts("丙国向老挝提供超过100万美元的援助。")
    assert [(f.value, f.unit) for f in got] == [(1_000_000, "USD")]
