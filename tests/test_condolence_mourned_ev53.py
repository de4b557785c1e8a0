"""A condolence that names no one it is sent to but the one mourned (致唁电,对泰国前首相某某逝世表示哀悼): the dead
are no actors, and the mourned's country, named beside them, receives it (SPEC: the country where no recipient is
named); a recipient named (向某某致唁电) keeps its own (issue 13, ev53 probes). Sentences invented."""

import pytest

from dipnet.pipeline import extract


def messages(head: str, sentence: str) -> list[list[str]]:
    doc = extract("唁电\n\n" + head + sentence + "\n", source="mourn.txt")
    return [e.participants for e in doc.events if e.type == "MESSAGE"]


@pytest.mark.parametrize("head, sentence, sender, land, dead", [
    ("越通社河内——", "越南国家主席梁强3月5日致唁电，对泰国前首相炳·廷素拉暖逝世表示深切哀悼。", "梁强", "泰国", "炳·廷素拉暖"),
    ("新华社北京3月5日电 ", "国务院总理李强5日致唁电，对日本前首相安倍晋三逝世表示哀悼。", "李强", "日本", "安倍晋三"),
    ("【联合早报讯】", "总理李显龙昨天在脸书发表唁函，对泰国前总理炳逝世表达深切慰问。", "李显龙", "泰国", "炳"),
])
def test_mourned_land_receives(head: str, sentence: str, sender: str, land: str, dead: str) -> None:
    got = messages(head, sentence)
    assert any(sender in p and land in p and dead not in p for p in got)


@pytest.mark.parametrize("head, sentence, sender, to", [
    ("越通社河内——", "越南政府总理范明政3月5日向泰国总理佩通坦致唁电，对泰国前首相炳·廷素拉暖逝世表示深切哀悼。", "范明政", "佩通坦"),
    ("新华社北京3月5日电 ", "国务院总理李强5日就越南前总理武文杰逝世向越南政府总理范明政致唁电。", "李强", "范明政"),
])
def test_named_recipient_keeps_it(head: str, sentence: str, sender: str, to: str) -> None:
    assert [sender, to] in messages(head, sentence)
