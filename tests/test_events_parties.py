"""Events on invented text, one mechanism each (issue 13, second round): who the parties are and how
many events a sentence tells — run-together headlines, delegations and their heads, meetings one by
one, witnesses of a signing, several countries to one seat, an assembly acting as a body."""

from __future__ import annotations

from dipnet.extract.clauses import clauses
from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def events(body: str, type_: str):
    return [e for e in extract(HEAD + body, source="t.txt").events if e.type == type_]


def test_run_together_headlines_are_sentences_of_their_own():
    text = ("越南国家主席梁强会见老挝国家主席通伦·西苏里 越南政府总理范明政出席东盟峰会开幕式 "
            "越南国会主席王廷惠对柬埔寨进行正式访问\n")
    doc = extract(text, source="t.txt")
    sentences = {c.sentence for c in clauses(doc)}
    assert len(sentences) >= 3
    meets = [e for e in doc.events if e.type == "MEET"]
    assert meets and all("范明政" not in e.participants and "王廷惠" not in e.participants for e in meets)


def test_a_line_broken_word_is_no_headline_gap():
    doc = extract("测试新闻\n\n越南与各国建立了战略伙伴和全面伙伴 关系的网络,成果显著。\n", source="t.txt")
    assert len({c.sentence for c in clauses(doc)}) == 2  # the title and the one sentence


def test_a_delegation_met_is_a_party_with_its_head():
    body = "越南国家主席梁强会见了以老挝人民革命党中央书记处常务书记本通·吉玛尼为团长的老挝人民革命党代表团。"
    got = events(body, "MEET")
    assert got and {"梁强", "老挝人民革命党", "本通·吉玛尼"} <= set(got[0].participants)


def test_meetings_one_by_one_are_one_event_each():
    body = "美国总统拜登其后相继与越南政府总理范明政,以及越南国家主席梁强会面。"
    got = sorted(sorted(e.participants) for e in events(body, "MEET"))
    assert got == sorted([sorted(["拜登", "范明政"]), sorted(["拜登", "梁强"])])


def test_witnesses_of_a_signing_stand_for_their_countries():
    body = "越南国家主席梁强与韩国总统尹锡悦见证两国外交部合作谅解备忘录签署仪式。"
    got = events(body, "AGREEMENT")
    assert got and {"越南", "韩国"} <= set(got[0].participants)
    assert not {"梁强", "尹锡悦"} & set(got[0].participants)


def test_whom_one_met_at_a_forum_did_not_attend_it():
    body = "越南政府副总理黎明慨出席第十届湄公河-日本合作峰会期间会见了日本首相石破茂。"
    got = events(body, "CONFERENCE")
    assert got and "黎明慨" in got[0].participants and "石破茂" not in got[0].participants


def test_countries_elected_to_one_seat_hold_one_role_each():
    body = "联合国大会7日选举越南、爱沙尼亚、突尼斯为安理会非常任理事国。"
    roles = events(body, "MULTILATERAL_ROLE")
    countries = sorted(c for e in roles for c in e.participants if c in ("越南", "爱沙尼亚", "突尼斯"))
    assert len(roles) == 3 and countries == ["爱沙尼亚", "突尼斯", "越南"]
    assert not events(body, "CONFERENCE")  # the assembly acts as a body: no meeting is reported


def test_a_speaker_of_parliament_holds_no_meeting():
    body = "泰国国家立法议会议长蓬碧致电祝贺阮氏金银就任越南国会主席。"
    assert not events(body, "CONFERENCE")
