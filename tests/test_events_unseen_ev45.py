"""Events on invented text (issue 13, ev45): a numbered bilateral dialogue is one MEET (SPEC: 第N次战略对话
is a MEET), not a CONFERENCE beside it, and the dialogue kinds the MEET words lacked are read."""

from __future__ import annotations

from tests.eventpage import events, of

from dipnet.extract.finding.dialogues import one_dialogue
from dipnet.model import Event


def test_a_numbered_dialogue_meeting_is_one_meet_not_a_conference_too():
    # 对话会 names the dialogue 政策对话 reads as a MEET: no CONFERENCE beside it
    body = "第七次越南与泰国防务政策对话会于6月9日在河内举行,越南国防部副部长阮文安和泰国国防部副部长巴颂出席。"
    got = events(body)
    assert [e for e in got if e.type == "MEET"]
    assert not [e for e in got if e.type == "CONFERENCE"]


def test_the_bare_dialogue_word_told_after_it_is_the_same_meet():
    # 共同主持对话会 in the next sentence refers back to the dialogue told before
    body = "第三次越日副部长级安全对话会9日在河内举行。越南公安部副部长阮文安和日本警察厅副厅长山田一郎共同主持对话会。"
    assert not of(body, "CONFERENCE")


def test_a_co_chaired_first_defence_ministers_dialogue_is_a_meet():
    # 防长对话 was no MEET word: the co-chairs' dialogue is their MEET
    body = "越南国防部长阮文安9日与泰国国防部长巴颂联合主持越泰首届防长对话,双方同意恢复联合演习。"
    got = of(body, "MEET")
    assert any({"阮文安", "巴颂"} <= set(e.participants) for e in got)


def test_a_multilateral_dialogue_no_meet_word_reads_stays_a_conference():
    # a CONFERENCE of 对话会 with no MEET of a dialogue word beside it is kept
    conf = Event("CONFERENCE", "occurred", 0, 10, ["甲国"], attributes={"trigger": "对话会", "name": "山城对话会"})
    meet = Event("MEET", "occurred", 0, 10, ["阮文安", "黎德明"], attributes={"trigger": "会见"})
    assert one_dialogue([conf, meet], ("对话会",)) == [conf, meet]
    talk = Event("MEET", "occurred", 0, 10, ["阮文安", "黎德明"], attributes={"trigger": "政策对话"})
    assert one_dialogue([Event("CONFERENCE", "occurred", 0, 10, ["甲国"],
                               attributes={"trigger": "对话会", "name": "甲乙政策对话会"}), talk], ("对话会",)) == [talk]


def test_a_bare_meeting_co_chaired_by_the_dialogue_s_people_is_that_dialogue():
    # 一同主持会议 after the dialogue: the same meeting of the same two people, no CONFERENCE
    body = "第二次越日副部长级安全对话会9日在河内举行。越南公安部副部长阮文安和日本警察厅副厅长山田一郎一同主持会议。"
    assert not of(body, "CONFERENCE")
