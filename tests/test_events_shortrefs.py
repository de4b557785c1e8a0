"""A person named again by surname and post (马总统) or, opening a clause, by post alone (总统16日会晤…) is the
one person of the page holding that post (issue 13, unseen pages; invented sentences)."""

from __future__ import annotations

from dipnet.pipeline import extract


def _events(body: str, type_: str) -> list:
    return [e for e in extract("测试新闻\n\n" + body, source="t.txt").events if e.type == type_]


def test_surname_and_post_stand_for_the_person():
    body = ("(中央社记者王小明卡斯翠17日电)总统马英九16日出席巴拉圭总统就职典礼。\n"
            "马总统一行人将于当地时间17日上午搭乘包机,前往访问加勒比海友邦圣露西亚,会晤总督柏朗泰。\n")
    meets = _events(body, "MEET")
    assert meets and {"马英九", "柏朗泰"} <= set(meets[0].participants)
    assert any("马英九" in e.participants for e in _events(body, "VISIT"))


def test_a_post_opening_a_clause_stands_for_its_one_holder():
    body = ("(中央社记者王小明卡斯翠17日电)总统马英九将于当地时间17日前往友邦圣露西亚访问。\n"
            "总统16日会晤巴拉圭总统卡提斯,并签署联合公报,随后前往巴拉圭国会发表演说。\n")
    meets = _events(body, "MEET")
    assert meets and {"马英九", "卡提斯"} <= set(meets[0].participants)
