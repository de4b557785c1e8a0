"""No named official speaks (sm1, issue 13), on invented sentences: a body the page cites as its source
(据某大使馆称…) and a body's member countries as one crowd (某组织各国积极评价…, 某组织国家普遍认为…) give no
STATEMENT (SPEC: a statement is a named official's); a body that speaks itself, and a person cited, keep theirs."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n越通社河内——2025年6月10日,"


def speakers(body: str) -> list[list[str]]:
    return [e.participants for e in extract(HEAD + body, source="t.txt").events if e.type == "STATEMENT"]


def test_a_cited_source_is_no_statement():
    assert speakers("据新西兰大使馆称,在越南期间,总督将与越南高级领导人会面,讨论贸易与投资。") == []


def test_member_countries_as_one_crowd_are_no_speaker():
    assert speakers("东盟各国积极评价磋商取得的重要进展,支持早日达成准则。") == []
    assert speakers("东盟国家普遍认为,本次会议对建设东盟共同体非常重要。") == []


def test_a_body_speaking_and_a_person_cited_keep_their_statements():
    assert speakers("新西兰大使馆表示,总督将与越南高级领导人会面。") == [["新西兰大使馆"]]
    assert speakers("据外交部发言人华春莹称,中方欢迎此访。") == [["华春莹"]]
