"""A statement issued (某某今日发表声明称, 外交部早前发表的声明说, 某某发表了关于…的声明) is a press statement put out,
an occasion of its own: not what its issuer said inside talks held that day, nor the words of a person of its
country told near it (SPEC: a press statement is a STATEMENT; st4, issue 13: fp48, fp50, fp56; invented sentences)."""

from __future__ import annotations

from tests.eventpage import of


def _said(body: str) -> list[tuple[list[str], str | None]]:
    return [(sorted(e.participants), e.attributes.get("kind")) for e in of(body, "STATEMENT")]


_TALKS = "泰国总理张明远今天在曼谷与老挝国家主席李文华举行会谈,双方就双边合作交换意见。"


def test_a_statement_put_out_on_the_day_of_talks_is_its_own():
    body = _TALKS + "张明远今天发表声明称,两国合作前景广阔。"
    assert (["张明远"], "press statement") in _said(body)


def test_a_statement_told_with_its_matter_between_is_one_put_out():
    body = _TALKS + "李文华发表了关于地区安全的声明,以重申老挝政府的立场。"
    assert (["李文华"], "press statement") in _said(body)


def test_a_bodys_statement_put_out_is_not_a_spokespersons_words_near_it():
    body = ("泰国外交部早前发表的声明说,张明远将与李文华讨论双边合作。"
            "泰国总理府发言人王大同拒绝透露会谈议程,泰国外交部则表示,两位领导人将举行闭门会谈。")
    assert (["泰国外交部"], "press statement") in _said(body)


def test_a_joint_statement_put_out_is_no_ones_press_statement():
    body = _TALKS + "会谈后,双方发表了关于深化合作的联合声明。"
    assert all(kind != "press statement" for _, kind in _said(body))
