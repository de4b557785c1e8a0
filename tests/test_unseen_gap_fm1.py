"""Constructions read off an unannotated pool of 202 unseen pages (fm1, issue 13): sentences naming two or more actors
that gave no event. Invented sentences, Simplified and Traditional: a round of consultations named by its place
(新一轮, 首轮) or held with a partner named before the verb (同某某举行了磋商), a seat won in a vote (赢得…席位), a
letter handed over (转交…的信), an unnamed delegation a land sends (某国派出代表团访问…), the lands listed after 在
before a visit word (在甲、乙访问), a call by its verb of dialling after a name read by rule (某某打电话), Korea's
次官补 post, and 特使 after a name with no envoy named after it (the post is the name's own)."""

from __future__ import annotations

import pytest

from eventpage import sides
from invented import people


@pytest.mark.parametrize("body", [
    "外交部部长助理刘明远9日在北京同俄罗斯外交部政策规划局局长德罗比宁举行新一轮中俄外交政策磋商。",
    "外交部副部长孙卫东9日同来访的日本外务审议官船越健裕举行了磋商。",
    "外交部副部長孫衛東9日同來訪的日本外務審議官船越健裕舉行了磋商。",
])
def test_a_round_of_consultations_held_with_a_named_partner_is_a_meeting(body: str) -> None:
    assert len(sides(body, "MEET")) == 1


def test_a_first_round_chaired_together_is_a_meeting() -> None:
    assert sides("李强总理9日将与朔尔茨总理共同主持首轮中德政府磋商。", "MEET")


@pytest.mark.parametrize("body", [
    "自2011年起,德国与中国定期举行政府磋商。",
    "双方同意推动新一轮磋商尽早举行。",
    "中方愿与越方就海上问题进行磋商。",
])
def test_consultations_as_a_custom_a_goal_or_a_topic_are_none(body: str) -> None:
    assert sides(body, "MEET") == []


def test_seats_won_in_a_vote_are_each_winners_role() -> None:
    got = sides("联合国大会9日投票,巴拿马、丹麦和希腊赢得了安理会的席位。", "MULTILATERAL_ROLE")
    assert got and all("联合国安理会" in g for g in got)
    assert {"巴拿马", "丹麦", "希腊"} <= {p for g in got for p in g}


def test_seats_counted_in_a_parliament_are_no_role() -> None:
    assert sides("执政党在9日的选举中获得47个席位。", "MULTILATERAL_ROLE") == []


@pytest.mark.parametrize("body", [
    "王毅9日向布林肯转交了习近平主席给拜登总统的信。",
    "王毅9日向布林肯轉交了習近平主席給拜登總統的信。",
])
def test_a_letter_handed_over_is_its_authors_message(body: str) -> None:
    got = sides(body, "MESSAGE")
    assert got and {"习近平", "拜登"} <= set(got[0])


def test_trust_is_no_letter() -> None:
    assert sides("双方9日表示,愿转交彼此的信任与善意。", "MESSAGE") == []


def test_a_land_sending_an_unnamed_delegation_visits() -> None:
    assert sides("老挝9日派出高级代表团访问柬埔寨和越南。", "VISIT") == [["柬埔寨", "老挝"], ["老挝", "越南"]]


def test_an_envoy_sent_by_name_visits_not_the_sender() -> None:
    assert sides("苏林9日派特使黎怀忠访问中国。", "VISIT") == [["中国", "黎怀忠"]]


def test_lands_listed_after_zai_each_host_a_visit() -> None:
    assert sides("9日至12日,浙江省委书记王浩率代表团在新加坡、马来西亚访问。", "VISIT") == [["新加坡", "王浩"], ["王浩", "马来西亚"]]


@pytest.mark.parametrize("body", ["9日,外交部副部长孙卫东给日本外务省次官小野健打电话。",
                                  "9日,外交部副部长孙卫东给日本外务省次官小野健打了电话。"])
def test_a_call_told_by_dialling_ends_the_name_before_the_verb(body: str) -> None:
    assert sides(body, "CALL") == [["孙卫东", "小野健"]]


def test_koreas_assistant_minister_post_reads_the_name_after_it() -> None:
    assert "崔荣三" in people("孙卫东9日会见韩国外交部次官补崔荣三。")


@pytest.mark.parametrize("body", ["日本首相9日会见了王毅特使。", "日本首相9日會見了王毅特使。"])
def test_an_envoys_own_name_before_the_word_is_a_party(body: str) -> None:
    assert sides(body, "MEET") and "王毅" in sides(body, "MEET")[0]


def test_an_envoy_named_after_the_principal_leaves_the_principal_out() -> None:
    assert sides("习近平9日会见了苏林总书记特使黎怀忠。", "MEET") == [["习近平", "黎怀忠"]]


def test_a_visit_told_by_the_land_then_by_its_leader_keeps_the_leader() -> None:
    """(merging.merge.absorb) the sent delegation's visit and its leader's arrival are one visit: the telling that
    names the person who travels is kept over the one that names the land."""
    body = "老挝9日派出代表团访问越南。\n\n越通社称,由老挝人民革命党中央书记处书记本通率领的代表团已于9日抵达河内。"
    got = sides(body, "VISIT")
    assert len(got) == 1 and "越南" in got[0] and "老挝" not in got[0] and any(p.startswith("本通") for p in got[0])


@pytest.mark.parametrize("body", ["普京9日到中国进行两天国事访问。", "普京9日到中国进行为期三天的国事访问。",
                                  "普京9日到中國進行兩天國事訪問。"])
def test_a_land_arrived_at_hosts_a_visit_held_there_for_days(body: str) -> None:
    assert sides(body, "VISIT") == [["中国", "普京"]]


@pytest.mark.parametrize("body", ["伊朗和沙特阿拉伯9日一致同意恢复两国间的外交关系。", "伊朗和沙特阿拉伯9日同意恢复双方外交关系。"])
def test_relations_restored_between_the_two_are_a_change(body: str) -> None:
    assert sides(body, "RELATION_CHANGE") == [["伊朗", "沙特阿拉伯"]]


def test_what_comes_next_goes_on_from_the_subject() -> None:
    got = sides("9日,印度尼西亚总统普拉博沃展开首次出访,接下来访问中国和日本。", "VISIT")
    assert len(got) == 2 and all(any(p.startswith("普拉博沃") for p in g) for g in got)


@pytest.mark.parametrize("body", ["9日,南韩国会韩中议员联盟代表团应邀对中国进行正式访问。",
                                  "9日,南韓國會韓中議員聯盟代表團應邀對中國進行正式訪問。"])
def test_a_bodys_unnamed_group_visits_as_its_delegation(body: str) -> None:
    assert sides(body, "VISIT") == [["中国", "韩国国会"]]


@pytest.mark.parametrize("body", ["9日,中联部副部长郭业洲同马耳他工党副领袖米克勒夫进行视频交流。",
                                  "9日,中聯部副部長郭業洲同馬耳他工黨副領袖米克勒夫進行視頻交流。"])
def test_an_exchange_by_video_with_a_partner_is_a_call(body: str) -> None:
    assert sides(body, "CALL") == [["米克勒夫", "郭业洲"]]


def test_an_exchange_meeting_by_video_is_no_call() -> None:
    assert sides("9日,两国青年举办视频交流会。", "CALL") == []


def test_a_visit_to_the_mainland_by_its_taiwan_name_is_hosted_by_china() -> None:
    assert sides("9日,国民党主席朱立伦访陆。", "VISIT") == [["中国", "朱立伦"]]
