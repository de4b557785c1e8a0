"""Events on invented text (stop 55, dg): a numbered dialogue attended by a delegation that a leader receives is a
MEET of its own beside the reception (SPEC: a numbered bilateral dialogue is a MEET): the sentence is parted at the
verb of attending, the dialogue's sides are the delegation's people, and merging keeps the two meetings apart."""

from __future__ import annotations

from tests.eventpage import of

from dipnet.extract.common.clauses import Clause, sub_clauses
from dipnet.extract.finding.dialogues import session_apart
from dipnet.model import Event

_RECEIVED = ("老挝国防部长占沙蒙大将5月12日在万象会见了由越南国防部副部长阮文安上将率领赴老出席"
             "老越国防部第四次防务安全对话的越南国防部代表团。")


def test_the_attended_numbered_dialogue_is_a_part_of_its_own():
    text = "甲会见了由乙率领赴老出席第四次防务安全对话的代表团。"
    c = Clause(0, len(text), (0, len(text)), None)
    parts = sub_clauses(text, c, [(text.index("会见"), "会见"), (text.index("安全对话"), "安全对话")])
    assert [text[p.start:p.end] for p, _, _ in parts] == ["甲会见了由乙率领赴老", "出席第四次防务安全对话的代表团。"]


def test_the_reception_and_the_dialogue_are_two_meets():
    got = of(_RECEIVED, "MEET")

    def host(e: Event) -> bool:
        return any(p.startswith("占沙蒙") for p in e.participants)
    assert any(host(e) and "阮文安" in e.participants for e in got)
    # the dialogue: the delegation's leader and the two ministries, not the one who receives it
    assert any({"阮文安", "越南国防部", "老挝国防部"} <= set(e.participants) and not host(e) for e in got)


def test_a_session_meet_is_apart_only_from_a_reception():
    session = Event("MEET", "occurred", 0, 10, ["阮文安"], attributes={"trigger": "安全对话", "_session": True})
    received = Event("MEET", "occurred", 0, 10, ["占沙蒙", "阮文安"], attributes={"trigger": "会见"})
    talks = Event("MEET", "occurred", 0, 10, ["占沙蒙", "阮文安"], attributes={"trigger": "会谈"})
    assert session_apart(session, received) and session_apart(received, session)
    assert not session_apart(session, talks) and not session_apart(session, session)
