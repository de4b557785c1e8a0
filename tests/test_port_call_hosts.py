"""A ship's or a fleet's port call (nv, stop 54; cv, stop 55): the host told in the clause after is a side (某国海军
编队抵达某港,开始对某国进行友好访问), not the page's own country; a coast guard's ship calls as a navy's does; a fleet's call
on its way (顺访) is one too. Invented sentences, on a page whose own country is another."""

from __future__ import annotations

import pytest

from eventpage import of

HEAD = "测试新闻\n\n本报新加坡2025年6月10日电 新加坡与新加坡企业界表示,新加坡港口繁忙。"


def sides(body: str) -> list[set[str]]:
    return [set(e.participants) for e in of(body, "DEPLOYMENT", HEAD)]


@pytest.mark.parametrize(("body", "caller", "host"), [
    ("印度海军第九批编队今日抵达苏比克港,开始对菲律宾进行为期四天的友好访问。", "印度海军", "菲律宾"),
    ("日本海上自卫队两艘护卫舰12日上午抵达西哈努克港,随后对柬埔寨展开三天友好访问。", "日本海上自卫队", "柬埔寨"),
    ("泰国海军舰艇编队参加泰柬联合巡逻并顺访柬埔寨。", "泰国皇家海军", "柬埔寨"),
    ("参与联合巡逻的一艘菲律宾海警船随即转往印尼雅加达访问三天。", "菲律宾海警", "印度尼西亚"),
])
def test_the_port_call_names_the_caller_and_its_host(body: str, caller: str, host: str) -> None:
    found = sides(body)
    assert any({caller, host} <= s and "新加坡" not in s for s in found), found


@pytest.mark.parametrize("body", [
    "泰国总理巴育在出席会议后顺访柬埔寨。",  # a leader's visit on the way stays a VISIT
    "菲律宾海警船长随后访问了印尼海事部门。",  # no ship calls
])
def test_no_port_call(body: str) -> None:
    assert not of(body, "DEPLOYMENT", HEAD)


@pytest.mark.parametrize(("body", "stranger"), [
    # (cv, stop 55) a land or body told in the sentence for another end is no side of the call (stop 54's extras)
    ("丹麦海军一艘护卫舰访问挪威卑尔根港对丹麦意义重大,但此举可能会惹恼瑞典。", "瑞典"),
    ("两国防长讨论了德国海军训练舰访问计划,波兰国防部正等待议会最后批准。", "波兰国防部"),
])
def test_only_the_clause_after_names_the_host(body: str, stranger: str) -> None:
    assert all(stranger not in s for s in sides(body)), sides(body)
