"""Facts (fx12): figures on Vietnamese wire pages in Chinese the project had never seen. Deputies
counted as they vote or speak are the assembly's; a collective no party names (国际社会) holds what it
pledges; a unit told with the people it is made of holds them and what it did; a party congress told
by its number (越共六大) and a number inside a 《》 title count nothing. Invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "越通社河内2022年6月8日电 {}\n"


def facts(sentence: str) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt"))


def by_value(found: list[Fact], value: float) -> list[Fact]:
    return [f for f in found if f.value == value]


def test_deputies_taking_part_in_a_vote_are_the_assemblys():
    got = facts("上午,国会表决通过了该决议。表决结果:451名代表参加表决,占国会代表总数的91.3%。")
    assert [f.subject for f in by_value(got, 451)] == ["越南国会"]
    assert [f.subject for f in by_value(got, 91.3)] == ["越南国会"]


def test_deputies_speaking_in_a_debate_are_the_assemblys():
    got = facts("下午,国会讨论了《森林法(修正案)》。讨论中,31名代表发表意见。")
    assert [f.subject for f in by_value(got, 31)] == ["越南国会"]


def test_votes_cast_for_a_person_stay_the_persons():
    got = facts("国会举行会议。470名国会代表中的455名已投赞成票,同意选举武文赏为国家主席。")
    assert [f.subject for f in by_value(got, 455)] == ["武文赏"]


def test_a_collective_pledging_holds_its_pledge_and_what_follows():
    got = facts("截至目前,国际社会已认捐约830万美元,其中现金援助约520万美元。")
    assert [f.subject for f in by_value(got, 8_300_000)] == ["国际社会"]
    assert [f.subject for f in by_value(got, 5_200_000)] == ["国际社会"]


def test_a_unit_made_of_the_people_counted_holds_them():
    got = facts("今年4月,越南派出由72名军人组成的4号2级野战医院和由205名军人组成的5号工兵队赴非洲执行任务。")
    assert [f.subject for f in by_value(got, 72)] == ["4号2级野战医院"]
    assert [f.subject for f in by_value(got, 205)] == ["5号工兵队"]


def test_a_bare_team_made_of_people_is_no_named_unit():
    got = facts("老挝外交部表示,由12名医生组成的救援队已抵达灾区。")
    assert all(f.subject != "救援队" for f in by_value(got, 12))


def test_a_unit_opening_its_sentence_holds_what_it_did():
    got = facts("任期内成绩显著。4号2级野战医院共接诊联合国工作人员和当地居民1830人次,完成4120次手术。")
    assert [f.subject for f in by_value(got, 1830)] == ["4号2级野战医院"]
    assert [f.subject for f in by_value(got, 4120)] == ["4号2级野战医院"]


def test_a_party_congress_told_by_its_number_counts_nothing():
    got = facts("自越共六大以来,越南外交取得了巨大成就。")
    assert by_value(got, 6) == []


def test_a_number_inside_a_title_counts_nothing():
    got = facts("国会听取了《关于修改补充9个法部分条款的法》草案说明报告。")
    assert by_value(got, 9) == []


def test_five_pillars_of_a_statement_are_still_counted():
    got = facts("双方通过了联合声明的五大内容。")
    assert by_value(got, 5) != []


def test_a_unit_opening_an_earlier_clause_holds_what_it_did():
    got = facts("任期内成绩显著。此外,5号工兵队为联合国特派团修建8座营房,完成12项工程。")
    assert [f.subject for f in by_value(got, 12)] == ["5号工兵队"]


def test_a_region_in_a_list_of_source_markets_holds_its_visitors():
    got = facts("在国际客源市场中,欧洲仍居第二位,为320万人次,同比增长9.5%。日本达61万人次。")
    assert [f.subject for f in by_value(got, 3_200_000)] == ["欧洲"]
    assert [f.subject for f in by_value(got, 9.5)] == ["欧洲"]


def test_a_region_in_traditional_script_is_named_in_simplified():
    got = facts("赴越南旅游的東北亞遊客最多,約達860萬人次。")
    assert [f.subject for f in by_value(got, 8_600_000)] == ["东北亚"]


def test_a_region_visited_holds_no_visitors():
    got = facts("今年韩国游客赴东南亚旅游达930万人次。")
    assert all(f.subject != "东南亚" for f in by_value(got, 9_300_000))


def test_the_value_of_a_gift_is_the_givers_not_the_receivers():
    got = facts("越南外交部当天移交了越南政府和人民捐赠缅甸和泰国两国人民价值为96亿越盾的救灾物资。")
    assert [f.subject for f in by_value(got, 9_600_000_000)] == ["越南"]


def test_the_value_of_a_gift_given_to_a_party_after_xiang_stays_the_givers():
    got = facts("日本政府向越南提供价值约300万美元的医疗物资。")
    assert [f.subject for f in by_value(got, 3_000_000)] == ["日本"]


def test_ben_shi_is_the_city_named_before():
    got = facts("据统计。芹苴市领导表示,本市今年出口额达27亿美元。")
    assert [f.subject for f in by_value(got, 2_700_000_000)] == ["芹苴"]


def _page(text: str) -> list[Fact]:
    return extract_facts(extract(text, source="t.txt"))


def test_gai_sheng_after_a_provincial_body_is_that_province_not_the_dateline_place():
    got = _page("清化省吸引外资\n\n越通社河内——清化省人民委员会主席表示,今年该省吸引外资17亿美元。\n")
    assert [f.subject for f in by_value(got, 1_700_000_000)] == ["清化省"]


def test_gai_sheng_after_a_provincial_department_stays_the_province():
    got = _page("同奈省出口增长\n\n越通社河内——据同奈省工贸厅,今年前9个月,该省出口额达190亿美元。\n")
    assert [f.subject for f in by_value(got, 19_000_000_000)] == ["同奈"]


def test_overseas_vietnamese_counted_with_no_classifier_are_people():
    got = facts("据悉。目前约有470万旅外越南人生活在110多个国家和地区。")
    assert [f.unit for f in by_value(got, 4_700_000)] == ["person"]


def test_a_sector_opening_its_clause_holds_its_amount_and_share():
    got = facts("据悉。今年前5个月,加工制造业引资额居各领域之首,达近64亿美元,占越南吸引外资总额的58%。")
    assert [f.subject for f in by_value(got, 6_400_000_000)] == ["加工制造业"]
    assert [f.subject for f in by_value(got, 58)] == ["加工制造业"]


def test_a_sector_growing_is_no_holder_of_its_own():
    got = facts("据悉。今年越南工业增长7%。")
    assert [f.subject for f in by_value(got, 7)] == ["越南"]
