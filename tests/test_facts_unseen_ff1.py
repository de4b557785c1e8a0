"""Facts on pages never seen (ff1, issue 13): a source line's time glued to 人民网 counts no people, a span
in months (2个多月) counts nothing, people at a reception held with 举行 are its host's (the body the person
acts for), a meeting's name runs over its quoted head and is written without the quotes, countries counted
among a meeting's attendees are the meeting's, a term told with 为期 after 任期 is the body's. Invented
sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract
from invented import fact_holders as holders
from invented import fact_units as units

X = "新华社北京3月5日电 "


@pytest.mark.parametrize("line", [
    "我驻法使馆举行国庆招待会 2019年05月12日08:23 人民网",
    "某国首相将于明日访华 2003年7月4日 19:47 人民日报",
])
def test_a_time_before_a_paper_s_name_counts_no_people(line: str) -> None:
    doc = extract(line + "\n" + X + "大使在使馆会见了法国友人。\n", source="t.txt")
    assert not any(f.unit == "person" for f in doc.facts), doc.facts


@pytest.mark.parametrize("body", [
    X + "对方时隔3个多月才作出回应。",
    X + "双方会谈持续了2个多小时。",
])
def test_a_span_of_months_or_hours_with_duo_counts_nothing(body: str) -> None:
    got = units(body)
    assert not any(u == "count" for _, u in got), got


def test_people_at_a_reception_held_with_juxing_are_the_host_body_s() -> None:
    got = holders("中新网柏林3月4日电 三月四日晚,中国驻德国使馆临时代办王五在柏林举行盛大招待会,庆祝国庆。"
                  "德国联邦议院议长赵六等各界人士共六百余人应邀出席了招待会。")
    assert got == [(600, "中国驻德国使馆")], got


def test_a_meeting_s_quoted_head_is_part_of_its_name() -> None:
    got = holders(X + "由某协会主办的“东方论坛”2019年会议7日在上海开幕。\n"
                  "来自世界35个国家和地区的知名人士以及专家学者共600多人出席了开幕式。")
    assert (35, "东方论坛2019年会议") in got and (600, "东方论坛2019年会议") in got, got


def test_a_meeting_named_in_quotes_after_the_verb_of_attending_holds_its_attendees() -> None:
    got = holders(X + "外交部发言人介绍,18位外国领导人将出席“海丝”合作峰会圆桌会议等活动。")
    assert got == [(18, "海丝合作峰会圆桌会议")], got


@pytest.mark.parametrize("body, meeting", [
    (X + "某某合作论坛第九届部长级会议5日在人民大会堂开幕。\n国家主席出席开幕式并讲话。"
     "甲国总统、以及20个同中国建交的阿拉伯国家外长出席开幕式。", "某某合作论坛"),
    (X + "5日,某某合作圆桌会议第三次大会在海南开幕。来自30余个非洲国家的政要及驻华使节参加了本次会议。",
     "某某合作圆桌会议"),
])
def test_countries_counted_among_attendees_are_the_meeting_s(body: str, meeting: str) -> None:
    got = holders(body)
    assert any(v in (20, 30) and (h or "").startswith(meeting) for v, h in got), got


def test_a_term_told_with_weiqi_after_renqi_is_the_body_s() -> None:
    got = holders(X + "联合国大会5日选举甲国、乙国、丙国为安理会非常任理事国。"
                  "新当选的三个安理会非常任理事国将接替比利时、秘鲁,任期从明年1月1日开始,为期2年。")
    assert any(v == 2 and "安理会" in (h or "") for v, h in got), got


def test_a_large_count_of_countries_in_chinese_numerals_is_told() -> None:
    got = holders(X + "外交部发言人表示,某某对话第七次外长会议将于本月在大连举行,共有亚洲二十五国外长出席。")
    assert (25, "某某对话第七次外长会议") in got, got
    assert not [v for v, _ in holders(X + "甲国、乙国、丙国、丁国四国外长出席会议。") if v == 4]


def test_years_since_with_duo_after_nian_before_a_first_time() -> None:
    got = units(X + "这是两国总理9年多来的首次正式会晤。")
    assert (9, "year") in got, got


def test_a_lead_s_figure_the_body_tells_again_in_its_words_is_one_claim() -> None:
    doc = extract("在安瓦尔(右起)及习近平的见证下,签署25份涉及经贸、文化、教育等领域的合作文件。\n"
                  "马来西亚与中国周二在首相安瓦尔及中国主席习近平的见证下,签署25份涉及经贸、文化、教育等领域的合作文件及意向书。\n",
                  source="t.txt")
    got = [(f.value, f.subject) for f in doc.facts]
    assert [v for v, _ in got].count(25) == 1, got


def test_countries_counted_as_partners_are_the_party_s_after_tong() -> None:
    got = holders(X + "2015年,冈比亚;2017年,巴拿马;2019年,所罗门群岛、基里巴斯……近年来,6个国家先后同中国建交、复交。")
    assert got and got[0][1] == "中国", got


@pytest.mark.parametrize("body, value", [
    (X + "2018年以来,中方向甲国提供无偿援助,共销毁地雷2万多枚,受益民众超过45万。", 450000),
    ("越通社河内——今年前5个月,入境越南的韩国游客达160万。", 1600000),
])
def test_people_named_right_before_a_number_with_a_multiplier_are_counted(body: str, value: int) -> None:
    got = units(body)
    assert (value, "person") in got, got


def test_two_leaders_in_chinese_numerals_point_back_and_count_nothing() -> None:
    got = units(X + "甲国总理将与乙国总理会谈。两名领袖也将见证一份谅解备忘录的签署仪式。")
    assert not any(v == 2 for v, _ in got), got
    assert (2, "person") in units(X + "两名中国公民在事故中受伤。")


def test_countries_a_headline_s_visit_takes_in_are_the_visitor_s_named_after() -> None:
    doc = extract("出访欧洲四国 李鹏抵达柏林开始对德国进行正式访问\n" + X + "李鹏总理抵达柏林。\n", source="t.txt")
    got = [(f.value, f.subject) for f in doc.facts]
    assert (4, "李鹏") in got, got
