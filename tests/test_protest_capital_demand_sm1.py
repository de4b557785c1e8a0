"""A protest made or addressed by a capital standing for its government (helper sm1, issue 13): 新德里指责…,
伊斯兰堡否认…, 批评新德里…, 警告北京不要… — the capital (the knowledge base's kind) opening the clause before the
protest word, or the one the word is said to right after it, puts its country among the parties, and the clause then
names both sides (a land named only in another clause of the sentence is none). A warning, urging or call to a named
party to desist (警告…不要, 敦促…停止, 呼吁…不要) is a démarche, as the official gold's 要求中方…不要继续采取 (dev2);
one to every side (呼吁各方不要…) or a call to act (敦促…尽快…) is none. Sentences invented (fp46, fp55, fp59, fp60)."""

from __future__ import annotations

from dipnet.pipeline import extract


def protests(text: str) -> list[set[str]]:
    doc = extract("标题\n\n2023年3月5日 新华社北京3月5日电 " + text + "\n")
    return [set(e.participants) for e in doc.events if e.type == "DISAPPROVE"]


def test_a_capital_opening_the_clause_protests_for_its_country() -> None:
    assert protests("堪培拉指责斐济政府纵容走私活动。") == [{"澳大利亚", "斐济"}]


def test_a_capital_criticized_right_after_the_word_is_its_country() -> None:
    assert protests("瑞典政府多次批评莫斯科干预选举。") == [{"瑞典", "俄罗斯"}]


def test_a_city_in_the_clause_as_a_place_is_no_party() -> None:
    assert protests("丹麦在东京强烈反对捕鲸活动。") == [{"丹麦"}]


def test_a_warning_to_a_capital_to_desist_is_a_protest_between_the_two_lands() -> None:
    assert protests("挪威今年5月指责冰岛渔船越界,丹麦随即警告北京不要扩大捕捞范围。") == [{"挪威", "冰岛"}, {"丹麦", "中国"}]


def test_a_call_to_a_named_pair_to_desist_is_a_protest() -> None:
    assert protests("巴西强调南美不是角力场,呼吁英法两国不要制造紧张局势。") == [{"巴西", "英国", "法国"}]


def test_a_call_to_every_side_or_to_act_is_no_protest() -> None:
    assert protests("挪威呼吁各方不要采取单方面行动。") == []
    assert protests("芬兰敦促东盟尽快起草行为准则。") == []


def test_a_demand_to_cancel_is_no_protest_denied() -> None:
    assert protests("挪威外交大臣斯托尔滕曾敦促首尔取消访问计划。") == [{"斯托尔滕", "挪威", "韩国"}]


def test_a_protest_itself_cancelled_stays_denied() -> None:
    assert protests("冰岛取消了对挪威的抗议。") == []
