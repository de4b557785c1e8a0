"""Gatherings whose head noun is no meeting word are conferences (ev44, issue 13, CONFERENCE attendance; invented sentences)."""

from __future__ import annotations

from eventpage import of


def test_attending_the_shangri_la_dialogue_is_a_conference():
    # 某某…起对某国进行访问,也会出席第N届香格里拉对话: planned attendance of the series
    confs = of("马尔代夫国防部长阿米娜·拉希德周五起对新加坡进行三天的访问,也会出席第18届香格里拉对话。", "CONFERENCE")
    assert any("阿米娜·拉希德" in e.participants and e.status == "planned" for e in confs)


def test_a_purpose_frame_for_the_shangri_la_dialogue_names_its_attendee():
    # 某某此次来新也是为参加第N届香格里拉对话
    confs = of("日本防卫大臣岸信夫此次来新也是为参加第20届香格里拉对话。", "CONFERENCE")
    assert any("岸信夫" in e.participants for e in confs)


def test_a_matchmaking_meeting_attended_is_a_conference():
    # 某某会见了前来参加…对接会的某国部长: the guest attends the 对接会
    confs = of("昨日,省长王建国在南宁会见了前来参加广西—柬埔寨农业合作对接会的柬埔寨农业部部长韦萨纳一行。", "CONFERENCE")
    assert any("韦萨纳" in e.participants for e in confs)
