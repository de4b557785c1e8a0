"""A gathering's own sentence that names, after a comma, who spoke at it by the speech alone (…论坛5日在河内开幕,
总理某某发表讲话 / …开幕,外长某某致开幕辞 / 主席甲和副主席乙分别致辞): the speaker is a CONFERENCE participant
(SPEC: every named chair, speaker and attendee the text places at it). Before, only a clause with a verb of
attending (出席, 主持) was read there; the speech gave a STATEMENT and the conference lost its speaker (pa4, stop 44,
checklist probes; participants/clausespeakers.py, cues clause_speech_act and clause_speaker_joined)."""

import pytest

from eventpage import of

VNA = "地区论坛开幕\n\n越通社河内——"
XINHUA = "地区论坛开幕\n\n新华社河内3月5日电 "


@pytest.mark.parametrize(("head", "body", "speakers"), [
    (XINHUA, "第五届东盟未来论坛5日在河内开幕,越南政府总理范明政发表讲话。", {"范明政"}),
    (XINHUA, "第七届湄公河—日本合作论坛5日在河内开幕,越南外交部长裴青山致开幕辞。", {"裴青山"}),
    (XINHUA, "第五届东盟未来论坛5日在河内开幕,越南政府总理范明政在开幕式上发表讲话。", {"范明政"}),
    (XINHUA, "第五屆東盟未來論壇5日在河內開幕,越南政府總理範明政在開幕式上發表講話。", {"范明政"}),
    (VNA, "3月5日,第十二次越中人民论坛在河内举行,越南祖国阵线主席杜文战和中国全国政协副主席石泰峰分别致辞。",
     {"杜文战", "石泰峰"}),
])
def test_the_speaker_told_in_the_gatherings_sentence_attends(head: str, body: str, speakers: set[str]) -> None:
    found = of(body + "\n", "CONFERENCE", head)
    assert any(speakers <= set(e.participants) for e in found), [e.participants for e in found]


def test_a_spokesperson_at_a_press_conference_attends_nothing() -> None:  # (guard)
    body = "第五届东盟未来论坛5日在河内开幕,越方发言人黎文成在例行记者会上发表讲话介绍有关情况。\n"
    found = of(body, "CONFERENCE", XINHUA)
    assert found and not any("黎文成" in e.participants for e in found), [e.participants for e in found]


def test_an_attend_verb_still_reads() -> None:  # (guard: true before too)
    body = "第五届中越经贸合作论坛5日在南宁开幕,越南工贸部副部长阮生日新出席开幕式并致辞。\n"
    found = of(body, "CONFERENCE", XINHUA)
    assert any("阮生日新" in e.participants for e in found), [e.participants for e in found]


@pytest.mark.parametrize("body", [
    "第十八届东盟防长会议5日在河内开幕。\n越南国防部长潘文江宣布会议开幕。",
    "第十八屆東盟防長會議5日在河內開幕。\n越南國防部長潘文江宣布會議開幕。",
    "第十八届东盟防长会议5日在河内举行,越南国防部长潘文江宣布会议开幕。",
])
def test_the_one_who_declares_the_gathering_open_chairs_it(body: str) -> None:
    found = of(body + "\n", "CONFERENCE", XINHUA)
    assert any("潘文江" in e.participants for e in found), [e.participants for e in found]


def test_one_announcing_when_another_opens_is_not_there() -> None:  # (guard)
    body = "第十八届东盟防长会议5日在河内开幕。\n会后,越南国防部发言人阮文民宣布第十九届会议将于明年在马尼拉开幕。\n"
    found = of(body, "CONFERENCE", XINHUA)
    assert found and not any("阮文民" in e.participants for e in found), [e.participants for e in found]
