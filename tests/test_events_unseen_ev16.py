"""Meetings and calls on phrasings met on Vietnamese wires' Chinese pages the project had never seen (ev16,
issue 13: VNA's locality pages, VOV, SGGP; invented sentences)."""

from __future__ import annotations

from eventpage import of


def test_a_meeting_of_a_city_s_unnamed_leaders_has_the_leaders_who_speak_after_it():
    # 某市领导会见由某某率领的代表团。市委副书记甲强调…。人民委员会副主席乙表示…: the host leaders are named
    # only in the sentences after the meeting, each opening with the leader speaking; they are its people
    # (and what they say there is the meeting's, no statement of its own)
    body = ("岘港市领导会见柬埔寨代表团\n\n越通社岘港——7月3日下午,岘港市市委、人民委员会领导会见由柬埔寨内政部国务秘书"
            "宋占达率领的代表团。\n岘港市委常务副书记黎中山强调,岘港愿与柬埔寨各地加强合作。\n"
            "岘港市人民委员会副主席陈文福表示,双方应扩大旅游合作。\n宋占达感谢岘港的热情接待。")
    meets = of(body, "MEET")
    assert any({"宋占达", "黎中山", "陈文福"} <= set(e.participants) for e in meets)
    assert not of(body, "STATEMENT")


def test_a_named_host_s_meeting_takes_no_speakers_after_it():
    # 甲会见乙。丙表示…: with both sides named in the clause, a later speaker is no party of the meeting
    body = ("越南领导人会见外宾\n\n越通社河内——7月3日下午,越南政府副总理黎文甲在河内会见柬埔寨副首相宋占达。\n"
            "越南外交部副部长阮明武表示,两国关系发展良好。")
    meets = of(body, "MEET")
    assert meets and not any("阮明武" in e.participants for e in meets)
