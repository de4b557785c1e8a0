"""Facts: the mechanisms found on pages the project had never seen (values written in several
pieces, tenths with a second figure, the giver before a verb of giving, a figure told again), each
on invented sentences."""

from __future__ import annotations

import pytest

from dipnet.extract.facts import extract_facts
from dipnet.extract.figures.numbers import to_value
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "越通社河内——2019年3月5日,{}(完)\n"


def facts(sentence: str) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt"))


def one(sentence: str, unit: str) -> Fact:
    found = [f for f in facts(sentence) if f.unit == unit]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,value", [
    ("30万2500", 302_500), ("612万3,800", 6_123_800), ("9万9千", 99_000), ("41.3兆", 41_300_000_000_000),
    ("3万5", None), ("6亿3000", None),  # a short rest is spoken shorthand, a bare rest after 亿 is not read
])
def test_values_written_in_pieces(text: str, value: object) -> None:
    assert to_value(text) == value


def test_a_rest_that_is_a_year_is_another_number() -> None:
    assert to_value("30万2019年") is None


def test_products_of_decimals_are_whole() -> None:
    assert one("老挝对越出口达227.3亿美元。", "USD").value == 22_730_000_000


def test_trillions_of_dong() -> None:
    assert one("越南将拨款12.6兆越南盾用于修路。", "VND").value == 12_600_000_000_000


@pytest.mark.parametrize("sentence,value", [
    ("选民中逾八成六为青年。", 86), ("候选人约四成二为女性。", 42), ("该省出口占全国近7成。", 70), ("约三成的人口为农民。", 30),
])
def test_tenths_and_a_second_figure(sentence: str, value: int) -> None:
    assert one(sentence, "percent").value == value


def test_a_generic_body_after_a_country_is_that_countrys() -> None:
    assert one("日本政府通过联合国儿童基金会向越南提供援助的120万剂疫苗已运抵。", "dose").subject == "日本"
    assert one("日本和老挝两国政府在万象签署了4份合作文件。", "count").subject == "日本-老挝"


@pytest.mark.parametrize("sentence,unit,holder", [
    ("泰国政府决定赠送老挝30万剂疫苗。", "dose", "泰国"),
    ("韩国国防部捐助柬埔寨国防部5万剂疫苗。", "dose", "韩国国防部"),
    ("今年前5个月,日本进口越南水产品12.5亿美元。", "USD", "日本"),
])
def test_the_giver_or_trader_before_the_verb_holds(sentence: str, unit: str, holder: str) -> None:
    assert one(sentence, unit).subject == holder


def test_a_figure_told_again_without_its_holder_keeps_it() -> None:
    found = facts("新西兰总理决定捐款300万美元援助越南。报道指出,除了捐款300万美元,新西兰还将派出救援队。")
    assert [(f.subject, f.value) for f in found if f.unit == "USD"] == [("新西兰", 3_000_000)]


def test_a_figure_told_again_without_a_time_keeps_its_year() -> None:
    text = ("2018年赴越南的韩国游客约达350万人次\n\n越通社河内——2019年1月9日,2018年赴越南的韩国游客约达350万人次。"
            "2018年越南接待国际游客1550万人次。\n其中,赴越的韩国游客约达350万人次,居第二位。(完)\n")
    found = [f for f in extract_facts(extract(text, source="t.txt")) if f.value == 3_500_000]
    assert [(f.subject, f.as_of) for f in found] == [("韩国", "2018")]


def test_a_figure_said_to_hold_now_is_a_new_claim() -> None:
    found = facts("双方制定目标,到2020年两国双边贸易额达到60亿美元。但目前两国双边贸易额可能已超过60亿美元。")
    assert sorted(f.as_of[:4] for f in found if f.unit == "USD") == ["2019", "2020"]


@pytest.mark.parametrize("sentence,holder", [
    ("日本与老挝签署5份合作文件。", "日本-老挝"),
    ("老挝和柬埔寨两国政府在金边签署了4项协议。", "老挝-柬埔寨"),
])
def test_documents_two_parties_sign_together_are_the_pairs(sentence: str, holder: str) -> None:
    assert one(sentence, "count").subject == holder


def test_a_count_the_first_party_alone_did_is_its_own() -> None:
    assert one("日本已与12个国家签署此类协定。", "count").subject == "日本"


def test_bilateral_points_back_to_the_two_the_sentence_joins() -> None:
    found = facts("东盟与日本将实现2025年双向贸易额达到5000亿美元,以及双边投资额达到800亿美元的目标。")
    assert {f.subject for f in found if f.unit == "USD"} == {"东盟-日本"}
    f = one("近年来,昆明与老挝各地合作不断深化,2018年双边贸易额12亿美元。", "USD")
    assert f.subject == "昆明-老挝"


def test_these_documents_point_back() -> None:
    found = facts("日本与老挝签署3份合作文件。这3份文件包括经济技术合作协定。")
    assert [(f.subject, f.value) for f in found] == [("日本-老挝", 3)]


def test_respectively_across_what_the_numbers_are_of() -> None:
    found = facts("仅有泰国和缅甸赴越游客量同比分别下降4.1%和7.3%。")
    assert [(f.subject, f.value) for f in found] == [("泰国", 4.1), ("缅甸", 7.3)]


def test_each_across_words_is_not_distributed() -> None:
    found = facts("泰国和缅甸赴越游客量均增长4.1%。")
    assert [f.subject for f in found] != ["泰国", "缅甸"]


def test_numbers_listed_share_the_unit_after_the_last() -> None:
    found = facts("今年前5个月,两国电子产品、纺织品、农产品分别进出口3125.4亿、822.6亿和91.5亿元人民币。")
    assert [f.value for f in found if f.unit == "CNY"] == [312_540_000_000, 82_260_000_000, 9_150_000_000]
    assert not [f for f in facts("第1、2、3个项目已完工。") if f.value in (1, 2)]


@pytest.mark.parametrize("sentence,unit,holder", [
    ("日本是泰国、缅甸、越南第一大投资来源国,是老挝第三大投资来源国。", "count", "日本"),
])
def test_owners_of_a_rank_in_a_list_or_without_di(sentence: str, unit: str, holder: str) -> None:
    assert one(sentence, unit).subject == holder


def test_the_set_a_rank_is_in_holds_nothing() -> None:
    found = facts("越南在老挝开展的投资项目为200个,在对老挝投资的东盟国家中排名第一,成为老挝4大投资来源国之一。")
    assert [(f.subject, f.value) for f in found] == [("越南", 200)]  # (4大…之一: a top set, no count)


def test_each_item_of_a_list_holds_its_own_number() -> None:
    found = facts("边界线经过老挝10个省份和柬埔寨4个省份。")
    assert [(f.subject, f.value) for f in found] == [("老挝", 10), ("柬埔寨", 4)]


@pytest.mark.parametrize("sentence", [
    "双方以“四个更”为指引推进合作。", "该省承诺“三个准备”。", "图为 ảnh 2国会主席在会上讲话。",
])
def test_slogans_and_photo_numbers_are_no_claims(sentence: str) -> None:
    assert not facts(sentence)


def test_a_count_of_countries_without_a_classifier_stays() -> None:
    assert one("在对越南投资的120国家和地区中,日本排名第二。", "count").value == 120


def test_houses_and_seats_are_counted() -> None:
    assert one("台风造成逾2300间民宅倒塌。", "count").value == 2300
    assert one("选民将选出500席国会议员。", "count").value == 500
    assert one("该党赢得议会120席。", "count").value == 120


def test_the_second_figure_of_tenths_is_no_count() -> None:
    found = facts("该党控制议会八成二席次。")
    assert [(f.value, f.unit) for f in found] == [(82, "percent")]


def test_a_year_qualifying_a_noun_dates_no_figure() -> None:
    found = facts("今年前10个月,两国贸易额达50亿美元。其中,2016年新增准入的水果合计进口3.5亿美元。前10个月,老挝对越出口2.1亿美元。")
    assert [f.as_of[:4] for f in found if f.unit == "USD"] == ["2019", "2019", "2019"]


def test_a_paragraph_opening_with_qizhong_keeps_the_frame_before() -> None:
    text = ("越通社河内——2019年1月9日,据统计,2018年越南接待国际游客约达1550万人次。\n"
            "其中,赴越南旅游的亚洲游客最多,约达1207万人次。\n另据报道,越南游客出境约达500万人次。(完)\n")
    found = {f.value: f.as_of[:4] for f in extract_facts(extract(text, source="t.txt"))}
    assert found[12_070_000] == "2018" and found[5_000_000] == "2019"


def test_second_only_to_names_no_holder() -> None:
    assert one("越南是日本在东盟仅次于泰国的第二大贸易伙伴。", "count").subject == "越南"


def test_a_baseline_before_growth_words_of_taiwan_usage() -> None:
    assert one("该国GDP较2017年成长7.02%。", "percent").as_of[:4] == "2019"


def test_trillion_and_hundred_millions_in_one_number() -> None:
    f = one("两国贸易额约新台币1兆3560亿元。", "TWD")
    assert f.value == 1_356_000_000_000


def test_a_source_of_statistics_holds_none_and_traders_are_their_countrys() -> None:
    f = one("中华民国驻越南代表处统计,今年前3个月台商在越南投资金额共计3亿5621万美元。", "USD")
    assert f.subject == "台湾" and f.value == 356_210_000


def test_an_unnamed_association_holds_its_count() -> None:
    assert "公会" in one("电机公会率35家企业到访越南。", "count").subject


def test_parties_after_the_number_are_a_denominator() -> None:
    f = one("越南是日本第二大出口市场; 2018年双向贸易额达到400亿美元,占日本与东盟贸易总额的15%。", "USD")
    assert set(f.subject.split("-")) == {"越南", "日本"}


@pytest.mark.parametrize("sentence", [
    "候选国需获得三份之二票数方可当选。", "日本、泰国和老挝3国当选。这3个国家将接替柬埔寨。",
])
def test_fractions_and_lists_pointed_back_to_are_no_claims(sentence: str) -> None:
    assert not facts(sentence)


def test_this_election_with_a_count_is_no_name() -> None:
    assert all("共有" not in f.subject for f in facts("此次共有8个国家参与选举,角逐4个席位。"))


@pytest.mark.parametrize("sentence", [
    "阮富仲总书记于2017年10月对中国进行正式访问。越南是中国第四大贸易伙伴。",
    "该组织成立于2006年,总部设在日内瓦。该组织共设47个席位。",
])
def test_the_month_of_an_event_or_a_founding_year_frames_no_figure(sentence: str) -> None:
    assert [f.as_of[:4] for f in facts(sentence)] == ["2019"]


def test_delegations_are_counted() -> None:
    assert one("双方已组织300多支代表团进行互访。", "count").value == 300


def test_the_whole_a_share_is_of_holds_nothing() -> None:
    f = one("今年前10个月中越贸易占中国与东盟贸易的24%。", "percent")
    assert set(f.subject.split("-")) == {"中国", "越南"}


def test_a_headline_rounding_the_body_figure_is_the_same_fact() -> None:
    text = "300万多剂疫苗运抵越南\n\n越通社河内——2021年7月10日,日本政府向越南提供的3000040剂疫苗已抵达河内。(完)\n"
    found = [f for f in extract_facts(extract(text, source="t.txt")) if f.unit == "dose"]
    assert [(f.subject, f.value) for f in found] == [("日本", 3_000_040)]


def test_yue_before_a_number_is_about_not_jordan() -> None:
    assert one("2017年中国与五国人员往来约2500万人次。", "person").subject != "约旦"


def test_the_set_ranked_in_belongs_to_the_country_it_is_of() -> None:
    found = facts("截至2018年3月,日本在越南共开展2600个投资项目,在对越投资的120个国家和地区中位居第三。")
    assert ("越南", 120) in [(f.subject, f.value) for f in found]
    assert ("日本", 2600) in [(f.subject, f.value) for f in found]


def test_a_comparison_base_frames_no_sentence_after_it() -> None:
    found = facts("2018年两国贸易额达158亿新元,较2008年的60亿新元增加了一倍多。4个工业园区已吸引了64亿美元投资资金。")
    assert {f.value: f.as_of[:4] for f in found}[6_400_000_000] != "2008"


def test_singapore_dollars_in_taiwan_usage() -> None:
    assert one("两国货品贸易额达312亿星币。", "SGD").value == 31_200_000_000


def test_votes_cast_for_a_person_are_the_persons_the_members_the_bodys() -> None:
    found = facts("在越南国会会议上,480名国会代表中的462名已投赞成票,同意选举王廷惠为国会主席。")
    assert ("王廷惠", 462) in [(f.subject, f.value) for f in found]
    assert ("越南国会", 480) in [(f.subject, f.value) for f in found]
    g = facts("据检票结果,470名在场国会代表(占国会代表总数的97.5%)投票赞成选举王廷惠为国会主席。")
    assert {f.subject for f in g} == {"越南国会"}


def test_the_parties_a_rank_comes_after_hold_nothing() -> None:
    assert one("泰国是继中国、美国之后日本的第三大贸易伙伴国。", "count").subject == "泰国"


def test_a_share_of_a_pairs_total_is_not_the_pairs() -> None:
    found = facts("2018年越韩双边贸易金额达657亿美元,占韩国和东盟之间贸易总额的40%左右。")
    assert [f.subject for f in found if f.unit == "percent"] != ["韩国-东盟"]


def test_the_recipients_of_a_gift_and_where_donors_live_hold_nothing() -> None:
    f = one("越南驻泰国大使馆代表旅居泰国越侨向受洪灾严重影响的泰国灾民捐赠8500美元。", "USD")
    assert f.subject == "旅居泰国越侨"  # (fx26: the community the embassy gives for, as the pool gold has it)


def test_a_multiple_of_an_older_year_is_a_comparison_base() -> None:
    found = facts("2012年双边贸易额达39.4亿美元,为2008年的1.92倍,其中越南对印度出口额17.8亿美元。")
    assert {f.as_of[:4] for f in found} == {"2012"}


def test_the_country_arrived_at_or_visited_holds_nothing() -> None:
    assert "公会" in one("机械公会16日率团抵达泰国展开考察,共计31家企业前来。", "count").subject
    assert "公会" in one("机械公会16日起访问泰国5天,参团企业达31家。", "count").subject


def test_attending_a_meeting_names_no_meeting() -> None:
    assert all(f.subject != "出席会议" for f in facts("出席会议的有来自20个国家和地区的150名代表。"))


def test_a_period_running_past_the_page_frames_no_later_sentence() -> None:
    found = facts("双方同意推动2018-2022年阶段合作计划。越南国会共有496名代表。")
    assert [f.as_of[:4] for f in found] == ["2019"]


def test_page_counters_after_a_label_are_no_claims() -> None:
    assert not facts("来源:越通社  点击数:2345次  浏览量:1.2万次")


@pytest.mark.parametrize("sentence,holder", [
    ("岘港市与日本横滨市签署了4份合作备忘录。", {"岘港市", "岘港", "横滨市", "横滨"}),
    ("河内与万象贸易额达6亿美元。", {"河内", "万象"}),
])
def test_two_localities_joined_hold_as_a_pair(sentence: str, holder: set[str]) -> None:
    f = facts(sentence)[0]
    assert len(f.subject.split("-")) == 2 and set(f.subject.split("-")) <= holder


def test_what_is_harmed_or_seized_belongs_to_the_harmed_party() -> None:
    text = ("越通社河内——2019年3月5日,涉事渔船编号BTh-96321-TS,上月载着12名渔民出港。"
            "渔民称,一艘泰国船只派出20名武装人员靠近,登上渔船并打伤3人,事后抢走价值约3万美元设备。(完)\n")
    found = {(f.value, f.unit): f.subject for f in extract_facts(extract(text, source="t.txt"))}
    assert found[(3, "person")] == "BTh-96321-TS" and found[(30_000, "USD")] == "BTh-96321-TS"
    assert found[(20, "person")] != "BTh-96321-TS"
    assert one("海警巡逻队扣押三艘泰国籍渔船。", "count").subject == "泰国"


def test_years_of_achievement_without_a_comma() -> None:
    found = facts("老挝领导人致贺电,热烈祝贺越南74年来尤其是实施革新政策33年来在国家建设事业中取得的重大成就。")
    assert sorted(f.value for f in found if f.unit == "year") == [33, 74]
