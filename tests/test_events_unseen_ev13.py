"""Event reading on phrasings met on pages the project had never seen (ev13, issue 13; invented
sentences): the land of an ambassador summoned is protested to, a law or decree a head of state signs is
no agreement."""

from __future__ import annotations

from eventpage import of


def test_the_land_of_the_ambassador_summoned_is_protested_to():
    # (a second paragraph about the protester's own history: the land protested to stays the one summoned)
    body = ("泰国外交部副部长阿努查6月9日奉示紧急召见柬埔寨驻泰大使占塔,就柬埔寨首相洪玛奈近期涉边境错误言行提出严正交涉和强烈抗议。"
            "\n\n阿努查重申,边境问题是泰国核心利益。今年是泰国建国90周年,90年前泰国打败外国侵略者,如今谁敢干涉泰国内政,泰方必将坚决回击。")
    protests = of(body, "DISAPPROVE")
    assert protests and any({"阿努查", "柬埔寨"} <= set(e.participants) for e in protests)


def test_a_law_signed_at_home_is_no_agreement():
    assert not of("印尼总统6月9日签署“海洋区域法案”,中方对此提出严正交涉。", "AGREEMENT")
    assert not of("美国总统6月9日签署行政令,限制对外投资。", "AGREEMENT")
    # (an instrument signed by two countries is still one)
    assert of("越南与老挝6月9日签署了海洋合作谅解备忘录。", "AGREEMENT")


SEAT_VOTE = ("第80届联大9日举行全体会议,选举2027-2028年度安理会非常任理事国。印度尼西亚常驻联合国代表出席会议并参加投票。"
             "经过两轮投票,菲律宾、吉尔吉斯斯坦和拉脱维亚当选。上述三国将接替于今年底任期届满的巴拿马和丹麦,"
             "担任安理会2027-2028年度非常任理事国。")


def test_the_countries_listed_before_elected_take_the_seats():
    roles = of(SEAT_VOTE, "MULTILATERAL_ROLE")
    for country in ("菲律宾", "吉尔吉斯斯坦", "拉脱维亚"):
        assert any(r.participants == [country, "联合国安理会"] and r.status == "occurred" for r in roles), country
    votes = of(SEAT_VOTE, "ELECTION")
    assert any({"菲律宾", "吉尔吉斯斯坦", "拉脱维亚", "联合国安理会"} <= set(v.participants) for v in votes)


def test_a_seat_referred_back_to_the_winners_is_no_other_lands():
    roles = of(SEAT_VOTE, "MULTILATERAL_ROLE")
    held = {p for r in roles for p in r.participants}
    assert "印度尼西亚" not in held
    # (the seats handed over stay theirs)
    assert any("巴拿马" in r.participants for r in roles)


def test_a_country_re_elected_by_its_votes_is_a_party_of_the_vote():
    body = "6月9日,联合国大会在纽约举行投票,选举产生2027—2029任期联合国人权理事会成员。泰国以175票的高票成功连任。"
    votes = of(body, "ELECTION")
    assert any({"泰国", "联合国人权理事会"} <= set(v.participants) for v in votes)


def test_the_one_a_demarche_is_lodged_with_and_their_land_are_protested_to():
    body = "9日下午,泰国驻柬埔寨大使阿努查在金边也向柬外交大臣布拉索昆提出了严正交涉。"
    protests = of(body, "DISAPPROVE")
    assert protests and any({"阿努查", "布拉索昆", "柬埔寨"} <= set(e.participants) for e in protests)


def test_a_day_word_after_a_meeting_named_by_its_year_dates_it():
    body = "日本首相石破茂会见了越南总理范明政。\n\n据共同社报道,2025年东亚合作论坛第5次部长会议今天在东京闭幕。"
    meetings = of(body, "CONFERENCE")
    assert meetings and all(m.date == "2025-06-10" for m in meetings)


def test_firm_backing_for_a_governments_own_action_is_no_aid():
    body = "老挝驻泰国大使会见泰国内政部长时,重申老方坚定支援泰国彻底铲除跨境毒品犯罪活动。"
    assert not of(body, "AID")
    # (aid sent is still aid)
    assert of("越南政府6月9日向老挝支援500吨大米,帮助老挝灾民。", "AID")


def test_a_summons_is_a_protest_of_its_own():
    body = ("新西兰外交部发言人表示,在新西兰领土绑架斐济公民的行为严重违反国际法。"
            "新西兰政府也召见了斐济驻新西兰大使,警告此案将损害两国关系。")
    protests = of(body, "DISAPPROVE")
    assert len(protests) == 2
