"""Who attends a conference told as the frame of a sentence (ev39, issue 13, CONFERENCE attendance; invented sentences)."""

from __future__ import annotations

from eventpage import of


def test_a_clause_opening_with_the_attend_verb_frames_the_sentence_subject_as_attendee():
    # 某日上午,出席在某国举行的…大会期间,某某与…会晤: the one the sentence goes on about attends
    confs = of("3月9日上午,出席在秘鲁举行的第42届亚洲议会大会期间,老挝国会副主席坎本·维莱与智利参议院议长"
               "罗德里戈·贝洛进行了会晤。", "CONFERENCE")
    assert any("坎本·维莱" in e.participants for e in confs)


def test_a_bare_participation_frame_names_its_attendee_too():
    # 参加…论坛期间,某某会见了…
    confs = of("参加在日内瓦举行的第八届世界贸易论坛期间,柬埔寨商务部长宋占达会见了埃及贸易部长穆罕默德·法里德。",
               "CONFERENCE")
    assert any("宋占达" in e.participants for e in confs)


def test_the_one_who_speaks_at_a_named_conference_it_is_set_at_attends_it():
    # 在题为…的某会议上,某某将发表讲话: a speaker at the conference is its attendee
    confs = of("在题为“共筑安全未来”的第九届南太平洋海军论坛上,斐济海军司令约瑟·拉图瓦将发表讲话。", "CONFERENCE")
    assert any("约瑟·拉图瓦" in e.participants for e in confs)


def test_a_person_named_later_in_a_sentence_set_at_a_session_is_no_attendee_by_the_setting():
    # 在某国国会第N次会议上,多数代表投票选举某某: the one elected is told in a later clause, not framed
    confs = of("此前4月2日,在老挝第九届国会第八次会议上,149名国会代表中的140名已投赞成票,"
               "同意选举老挝国会副主席赛宋蓬·丰威汉为国会主席。", "CONFERENCE")
    assert confs and all("赛宋蓬·丰威汉" not in e.participants for e in confs)
