"""Lists of titled people, or of lands with their posts, whose items hold 、 in their titles stand parted by
commas and semicolons; the list still names one side of the meeting (lists.list_head, lists.joint_subjects,
lists._land_posts_tail; issue 13, me3: fp45, fp49, fp51): 某某率团访问,与甲,乙,丙等分别进行会谈 (the subject
told before the list), 省委书记甲,省委副书记、省长乙在昆明会见了丙 (joint subjects), 分别会见了甲、乙等国
总统;丙首相,丁和戊等国总理以及己副总理兼外交部长 (the list goes on past ;). Invented sentences."""

from __future__ import annotations

from eventpage import of


def _meets(body: str) -> list[list[str]]:
    return [sorted(e.participants) for e in of(body, "MEET")]


def test_the_partners_listed_after_a_clause_of_their_own_each_meet_the_subject() -> None:
    got = _meets("3月5日至7日,中共中央委员、河北省委书记王建平率中共代表团在老挝进行友好访问,与老挝党中央政治局委员、"
                 "国家副主席宋沙万,老挝党中央委员、沙湾省委书记兼省长坎西·本马,老挝党中央委员、中联部副部长兼副外长"
                 "通萨·赛亚等分别进行会谈,并出席保定市与巴色市建立友好城市关系协议签署仪式。")
    for partner in ("宋沙万", "坎西·本马", "通萨·赛亚"):
        assert sorted(["王建平", partner]) in got, got
    assert not any("保定" in p for p in got), got


def test_titled_subjects_parted_by_a_comma_meet_together() -> None:
    got = _meets("本报讯(记者 张文) 昨日,省委书记王建平,省委副书记、省长李国华在昆明会见了来访的老挝国家主席宋沙万一行。")
    assert sorted(["王建平", "李国华", "宋沙万"]) in got, got


def test_lands_with_their_posts_listed_past_a_semicolon_are_each_met() -> None:
    got = _meets("当地时间3月5日,正在出席和平委员会会议的越共中央总书记阮文明分别会见了印度尼西亚、阿塞拜疆等国总统;"
                 "柬埔寨首相,亚美尼亚和匈牙利等国总理以及捷克副总理兼外交部长。")
    for land in ("印度尼西亚", "阿塞拜疆", "柬埔寨", "亚美尼亚", "匈牙利", "捷克"):
        assert sorted(["阮文明", land]) in got, got


def test_a_subject_alone_before_the_verb_is_no_list() -> None:
    got = _meets("昨日,省委书记王建平在昆明会见了来访的老挝国家主席宋沙万一行。")
    assert got == [["宋沙万", "王建平"]], got
