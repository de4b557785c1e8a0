"""Posts on a platform (st11, issue 13): a clause with no subject of its own that opens with the platform its words are put
on (…飞抵某市后,在推特用中文表示; 与某行行长会面后,在脸书贴文) is the sentence's subject's statement — the platform is
where the words stand, not who speaks them, and the one met in the 后 frame speaks not; a doubt voiced on a platform (在脸书
质疑) and a post on 面簿 are posts too. Invented sentences."""

from __future__ import annotations

from dipnet.pipeline import extract

HEAD = "测试新闻\n\n新华社北京2025年6月10日电 "


def statements(body: str) -> list[list[str]]:
    return [e.participants for e in extract(HEAD + body, source="t.txt").events if e.type == "STATEMENT"]


def test_a_platform_opening_the_clause_after_an_arrival_is_no_speaker() -> None:
    got = statements("印度总理莫迪10日中午从新德里飞抵金奈后,在推特用中文表示,很高兴再次来到这座城市。")
    assert ["莫迪"] in got, got
    assert not any("Twitter" in p or "推特" in p for ps in got for p in ps), got


def test_the_one_met_in_the_frame_before_the_post_speaks_not() -> None:
    got = statements("新加坡总理黄循财10日早上与亚洲开发银行行长神田真人会面后,在脸书贴文,介绍这次会面的成果。")
    assert ["黄循财"] in got, got
    assert not any(p in ("Facebook", "神田真人") for ps in got for p in ps), got


def test_a_doubt_voiced_on_a_platform_is_a_post() -> None:
    got = statements("台湾学者陈明10日在脸书质疑,美方的做法并不恰当。")
    assert ["陈明"] in got, got


def test_a_doubt_with_no_platform_is_no_statement() -> None:
    assert statements("日本政府10日对此质疑。") == []


def test_a_condolence_posted_stays_a_message() -> None:
    doc = extract(HEAD + "新加坡总理李显龙10日在一则脸书贴文上发表唁函,对泰国前首相逝世表达深切慰问。", source="t.txt")
    assert any(e.type == "MESSAGE" for e in doc.events), doc.events
