"""Status of events told as arranged or wished for (issue 13, planned vs done): 预祝…圆满成功, 获安排,
正在协调, a headline's 或与, and a clause opened by 并 that goes on under the previous clause's
invitation. All sentences invented."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def status(body: str, type_: str, who: str, head: str = HEAD) -> set[str]:
    found = [e for e in extract(head + body, source="t.txt").events
             if e.type == type_ and any(who in p for p in e.participants)]
    assert found, f"no {type_} of {who} in {body}"
    return {e.status for e in found}


def test_success_wished_to_a_congress_ahead():
    body = "甲国议长阮文甲会见乙国议会代表团。阮文甲预祝中国共产党第二十一次全国代表大会圆满成功。"
    assert status(body, "CONFERENCE", "中国共产党") == {"planned"}


def test_a_meeting_arranged_for_a_visitor():
    body = "乙国执政党党首田中一郎正在甲国访问,消息指他会获安排与甲国友好协会会长黎文丙会晤。"
    assert status(body, "MEET", "田中一郎") == {"planned"}
    body = "乙国执政党党首田中一郎昨天获安排参观工厂,随后与甲国友好协会会长黎文丙举行了会晤。"
    assert status(body, "MEET", "田中一郎") == {"occurred"}  # arranged in another clause


def test_a_meeting_to_be_got_ready():
    body = "两国外长举行视频会晤,主要目的是加强沟通,筹备好年内澜湄合作领导人会议。"
    assert status(body, "CONFERENCE", "澜") == {"planned"}


def test_a_meeting_being_arranged():
    body = "乙国首相田中一郎也正在协调与丙国总统金大成举行会谈。"
    assert status(body, "MEET", "金大成") == {"planned"}


def test_an_invitation_holds_over_the_clause_joined_by_bing():
    body = "甲国总理阮文甲邀请乙国总统黎文丙对甲国进行国事访问,并出席亚太经合组织领导人非正式会议。"
    assert status(body, "CONFERENCE", "亚太经合组织") == {"planned"}
    body = "甲国总理阮文甲会见了乙国总统黎文丙,并出席亚太经合组织领导人非正式会议。"
    assert status(body, "CONFERENCE", "亚太经合组织") == {"occurred"}  # joined to a deed: done


def test_a_headline_that_may_meet():
    head = "消息指乙国首相田中一郎或与甲国总理阮文甲见面\n\n"
    assert status("甲国外交部未予证实。", "MEET", "田中一郎", head=head) == {"planned"}
