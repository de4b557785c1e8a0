"""Facts (fx11, issue 13): figures on pages from outlets the project had never seen. A bare 元 goes on
counting in the currency its sentence named before it, and on a known Taiwanese outlet of a generic
domain is the new Taiwan dollar; a subscription notice's number is no claim; a Minguo year (115年)
dates the figures after it on a Taiwanese outlet; a duration told after a year framing its sentence
runs up to that year. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "新华社北京2024年5月20日电 {}\n"
TW_PAGE = "中央社台北2024年8月20日电 {}\n"


def facts(sentence: str, url: str | None = None, page: str = PAGE) -> list[Fact]:
    return extract_facts(extract(page.format(sentence), source="t.txt", url=url))


def by_value(found: list[Fact], value: float) -> list[Fact]:
    return [f for f in found if f.value == value]


def test_a_bare_yuan_counts_in_the_currency_its_sentence_named_before():
    got = by_value(facts("该基金会今年捐款港币300万元,其中200万元用于修建学校。"), 2_000_000)
    assert [f.unit for f in got] == ["HKD"]


def test_a_bare_yuan_with_no_currency_in_its_sentence_stays_renminbi():
    got = by_value(facts("该基金会今年捐款港币300万元。另有企业捐款200万元。"), 2_000_000)
    assert [f.unit for f in got] == ["CNY"]


def test_a_bare_yuan_on_a_known_taiwanese_outlet_of_a_com_domain_is_twd():
    got = by_value(facts("交通部明年预算约达850亿元。", url="https://udn.com/news/story/1/2", page=TW_PAGE), 85_000_000_000)
    assert [f.unit for f in got] == ["TWD"]


def test_a_subscription_notice_holds_no_count():
    got = facts("会员每月可赠阅 8 篇订户专享文章。\n\n日本已向12个国家捐赠疫苗。")
    assert [f.value for f in got if f.unit == "count"] == [12]


def test_a_minguo_year_dates_the_figures_after_it_on_a_taiwanese_outlet():
    got = by_value(facts("经济部116年预算约达90亿元。", url="https://udn.com/news/story/1/2", page=TW_PAGE), 9_000_000_000)
    assert [f.as_of for f in got] == ["2027"]


def test_a_minguo_year_as_a_comparison_base_dates_nothing():
    got = by_value(facts("去年来台旅客人次比108年减少了12.5%。", url="https://udn.com/news/story/1/2", page=TW_PAGE), 12.5)
    assert got and got[0].as_of != "2019"


def test_a_duration_after_a_year_framing_its_sentence_runs_up_to_that_year():
    got = [f for f in facts("2021年,日本连续12年成为泰国最大投资来源国。") if f.unit == "year"]
    assert [(f.value, f.as_of) for f in got] == [(12, "2021")]


def test_a_year_qualifying_a_noun_does_not_date_a_duration():
    got = [f for f in facts("会议评价了2019年签署的联合声明实施3年的成果。") if f.unit == "year"]
    assert got and (got[0].as_of or "").startswith("2024")


def test_a_small_count_told_again_in_the_same_words_with_a_shorter_name_is_one_claim():
    got = by_value(facts("联合国大会以120国赞成通过决议,另有7国反对。\n\n图为表决现场。联合国有7国反对。"), 7)
    assert [f.subject for f in got] == ["联合国大会"]


def test_a_small_count_of_other_things_told_again_stays_two_claims():
    got = by_value(facts("越南已与7国签署自贸协定。\n\n越南外交部派出7名官员参会。"), 7)
    assert len(got) == 2


def test_visitors_told_by_where_they_come_are_that_countrys_arrivals():
    got = by_value(facts("统计显示,去年访越国际游客达1750万人次,比前年增长8.5%。"), 17_500_000)
    assert [f.subject for f in got] == ["越南"]
    assert [f.subject for f in by_value(facts("统计显示,去年访越国际游客达1750万人次,比前年增长8.5%。"), 8.5)] == ["越南"]


def test_visitors_of_a_named_country_stay_that_countrys():
    got = by_value(facts("去年日本访越游客达95万人次。"), 950_000)
    assert [f.subject for f in got] == ["日本"]


def test_a_country_character_beside_a_regions_is_the_pair_of_the_two():
    got = facts("越南与欧盟关系密切。2021年,越欧双边贸易额达570亿美元,同比增长14%。韩国是越南的重要伙伴,日本也是。")
    assert {f.subject for f in got if f.value in (57_000_000_000, 14)} == {"越南-欧盟"}


def test_trade_with_a_body_named_alone_is_the_pages_country_and_the_bodys():
    got = facts("海关总署介绍,中国与欧盟贸易下降。上半年,与东盟双边贸易总值为1800亿美元,增长8.5%。中国对日本出口持平。")
    assert {f.subject for f in got if f.value in (180_000_000_000, 8.5)} == {"中国-东盟"}


def test_the_country_a_trip_goes_to_holds_none_of_its_figures():
    got = by_value(facts("代表团团长表示,中国企业代表团此次日本之行签署合同的总金额将超过80亿美元。"), 8_000_000_000)
    assert got and got[0].subject != "日本"


def test_the_toll_of_a_storm_is_the_party_it_struck_not_the_one_it_passed():
    got = facts("曾在菲律宾造成百余人死亡的强台风昨日袭击越南,目前已造成至少14人死亡、6人失踪。")
    assert {f.subject for f in got if f.value in (14, 6)} == {"越南"}


def test_the_toll_told_after_a_struck_country_named_only_as_that_country():
    got = facts("台风周日横扫老挝北部山区,造成严重灾情。这场风暴是今年袭击该国最强的一场,已有9人丧生、120间房屋全毁。\n泰国是邻国。泰国当局也发出警告,泰国和缅甸也有降雨。")
    assert {f.subject for f in got if f.value in (9, 120)} == {"老挝"}


def test_a_toll_in_a_clause_after_another_country_is_named_stays_that_countrys():
    got = facts("台风横扫老挝北部,已有9人丧生。台风在泰国造成的死亡人数已升至31人,另有12人失踪。")
    assert {f.subject for f in got if f.value in (31, 12)} == {"泰国"}


def test_a_gift_told_as_what_a_named_party_gave_is_the_givers():
    got = by_value(facts("越南卫生部昨日已收到新西兰政府援助的12万剂疫苗。"), 120_000)
    assert [f.subject for f in got] == ["新西兰"]


def test_a_gift_told_as_given_to_a_party_is_not_that_partys():
    got = by_value(facts("越南向老挝提供的800吨大米已运抵万象。"), 800)
    assert [f.subject for f in got] == ["越南"]


def test_the_hardest_hit_province_heads_its_clause_and_holds_its_toll():
    got = by_value(facts("越南官员表示,洪水已使越南中部死亡人数升至64人。受灾最严重的广义省已有29人死亡。"), 29)
    assert [f.subject for f in got] == ["广义"] or [f.subject for f in got] == ["广义省"]


def test_a_pair_written_2guo_counts_nothing():
    assert not by_value(facts("日越建交50周年之际,展现2国致力深化全面战略伙伴关系的决心。"), 2)


def test_a_count_of_two_countries_stays_a_count():
    got = by_value(facts("越南已与2国建立全面战略伙伴关系。"), 2)
    assert [f.subject for f in got] == ["越南"]


def test_a_hundred_years_of_history_is_no_minguo_year():
    got = by_value(facts("这家拥有逾100年历史的企业营收达50亿元。", url="https://udn.com/news/story/1/2", page=TW_PAGE), 5_000_000_000)
    assert got and got[0].as_of != "2011"
