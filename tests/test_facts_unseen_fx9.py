"""Facts (fx9, issue 13): numbers that are no claims (a session's number, a day written with a
point, documents in force) and holders that are no parties (the hall the sides met in), each on
invented sentences."""

from __future__ import annotations

from dipnet.extract.facts import extract_facts
from dipnet.model import Fact
from dipnet.pipeline import extract

PAGE = "新华社北京2024年5月20日电 {}\n"


def facts(sentence: str) -> list[Fact]:
    return extract_facts(extract(PAGE.format(sentence), source="t.txt"))


def values(sentence: str, unit: str) -> list[float]:
    return [f.value for f in facts(sentence) if f.unit == unit]  # type: ignore[misc]


def test_the_number_of_a_session_after_its_term_is_no_count():
    # 十三届全国人大五次会议: the fifth session of the thirteenth term, no count of anything
    got = values("十三届全国人大五次会议闭幕当天,外长回答了中外记者21个问题。", "count")
    assert got == [21]


def test_a_count_with_a_decimal_point_is_a_day_or_a_name():
    # 5.20大游行: a day written with a point; a count has no fraction
    got = values("部长出席5.20大游行后,即率领30名企业家前往北京。", "count")
    assert got == []


def test_documents_implemented_are_a_set_in_force_not_a_count():
    # 落实关于海上边界的四项法律文件: the documents in force, implemented; nothing counted
    got = values("两国领导人同意认真落实关于海上边界的四项法律文件,深化各领域合作。", "count")
    assert got == []


def test_the_hall_the_sides_met_in_is_no_side_of_their_signing():
    # 在…国宾馆与…举行会谈,双方签署: the guesthouse is where they met; the countries signed
    fs = [f for f in facts("斐济总理兰布卡在北京钓鱼台国宾馆与中国总理李强举行会谈,双方随后签署7份合作文件。")
          if f.unit == "count" and f.value == 7]
    assert [f.subject for f in fs] == ["中国-斐济"] or [f.subject for f in fs] == ["斐济-中国"]


def test_a_batch_of_goods_told_after_the_gift_is_the_givers():
    # 此批物资为…: the batch of the aid just told, the giver's, not the receiving country's
    fs = [f for f in facts("汤加首相今天在努库阿洛法表示,汤加感谢国际援助。"
                                         "日本政府向汤加提供的第三批紧急救灾物资在努库阿洛法港交付。此批物资为500吨饮用水。")
          if f.unit == "tonne"]
    assert [f.subject for f in fs] == ["日本"]


def test_a_body_told_as_a_persons_post_holds_for_its_country():
    # 中共中央对外联络部部长X…签署5项合作文件: the minister acts; the department names his post,
    # the country holds the count (not the department)
    fs = [f for f in facts("中共中央对外联络部部长刘海星下周起将出席在非洲举行的论坛,并签署5项合作文件。")
          if f.unit == "count"]
    assert [(f.subject, f.value) for f in fs] == [("中国", 5)]


def test_the_countries_a_person_visits_are_the_visitors_count():
    # 部长…将访问中东5国: the countries visited are counted by the visitor, not the ministry of the post
    fs = [f for f in facts("外交部长陈明辉下周起将访问中东5国,并出席地区安全论坛。") if f.unit == "count"]
    assert [(f.subject, f.value) for f in fs] == [("陈明辉", 5)]


def test_a_count_whose_sentence_names_only_a_person_is_the_persons_countrys():
    # 佐科…抵达南宁,一行50人…: no party holds the head count in its sentence; the person's country
    # does, not the page's home country (here the one a teaser-like first line names)
    fs = [f for f in facts("美国国务卿将于下周访华。\n佐科明天下午抵达南宁,一行50人将出席博览会开幕式。")
          if f.unit == "person" and f.value == 50]
    assert [f.subject for f in fs] == ["印度尼西亚"]


def test_the_leaders_a_person_meets_are_counted_by_the_person():
    # 与…至少6个国家的领导人个别会晤: the person's meetings, the person's count
    fs = [f for f in facts("普京当天又与巴西、印度在内至少6个国家的领导人个别会晤。") if f.unit == "count"]
    assert [(f.subject, f.value) for f in fs] == [("普京", 6)]


def test_a_national_contingent_told_by_a_generic_word_is_its_countrys():
    # 越南第3批赴中非维和部队…: the sending country's contingent, not the UN force, holds its head count
    fs = [f for f in facts("20日,越南第3批赴中非(班吉)维和部队首批120名官兵从河内内排机场出发。") if f.unit == "person"]
    assert [(f.subject, f.value) for f in fs] == [("越南", 120)]


def test_countries_a_visit_takes_in_count_even_in_chinese_numerals():
    # 访问中东五国: a Chinese-numeral count of countries is no slogan after a visit verb
    fs = [f for f in facts("外交部长陈明辉明天起将访问中东五国并出席论坛。") if f.unit == "count"]
    assert [(f.subject, f.value) for f in fs] == [("陈明辉", 5)]


def test_years_looked_back_over_at_an_anniversary_are_no_claim():
    # 建交30周年,回顾三十载: the anniversary's years again, no duration claimed
    assert values("今年是两国建交30周年,回顾三十载,双边合作成果丰硕。", "year") == []


def test_countries_right_after_a_visit_verb_point_back():
    # 甲、乙、丙、丁等四国…邀请…访问四国: the four named, no count of a visit told
    got = values("秘鲁、智利、古巴、巴拿马等四国还向王主席转达了四国总统邀请王主席早日访问四国的口信。", "count")
    assert got == []
