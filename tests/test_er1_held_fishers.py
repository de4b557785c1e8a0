"""Fishermen or their boats held or beaten at sea by another country's forces are a LAW_ENFORCEMENT (official gold
dev2: 要求中方无条件释放扣留的21名越南渔民; 中国执法人员…殴打作业的越南渔民), its parties the acting side and the
fishermen's country; with 被/遭 before the verb and no one acting, or with no fishermen or boats held, there is none
(er1, issue 13). Sentences invented."""

import pytest

from dipnet.pipeline import extract


def enforcements(sentence: str) -> list[list[str]]:
    doc = extract("渔民\n\n新华社河内2019年5月6日电 " + sentence + "\n", source="fishers.txt")
    return [e.participants for e in doc.events if e.type == "LAW_ENFORCEMENT"]


@pytest.mark.parametrize("sentence, actor, fishers", [
    ("越南外交部6日要求菲方立即释放扣留的12名越南渔民。", "菲律宾", "越南"),
    ("越南外交部指控马来西亚海警5日在南海殴打作业的越南渔民,并抢走渔获。", "马来西亚", "越南"),
    ("菲律宾政府6日抗议中国海警在黄岩岛海域扣押菲律宾渔船。", "中国", "菲律宾"),
    ("印度尼西亚海军5日扣留了两艘越南渔船及其船员。", "印度尼西亚", "越南"),
    ("越南外交部指控馬來西亞海警5日在南海毆打作業的越南漁民。", "马来西亚", "越南"),
    # (mr, stop 56) the fishermen's boats named in a clause before the verb: the acting side is the land before them
    ("菲律宾一艘巡逻船3日在海域驱赶两艘越南渔船,殴打越南渔民。", "菲律宾", "越南"),
])
def test_fishers_held_by_another_side(sentence: str, actor: str, fishers: str) -> None:
    got = enforcements(sentence)
    assert got and {actor, fishers} <= set(got[0]) and got[0][-1] == fishers


@pytest.mark.parametrize("sentence, force", [
    ("越南外交部指控马来西亚海警5日在南海殴打作业的越南渔民。", "马来西亚海警"),
    ("菲律宾政府6日抗议中国海警在黄岩岛海域扣押菲律宾渔船。", "中国海警局"),
    ("大马海事部执法人员4日扣留两艘越南渔船。", "马来西亚海事执法局"),
    ("越南外交部指控中国执法人员殴打作业的越南渔民。", None),
])
def test_the_force_acting_stands_beside_its_land(sentence: str, force: str | None) -> None:
    """A force named as the actor (a navy, a coast guard, a maritime agency) acts beside its country (mr, stop 56)."""
    got = enforcements(sentence)
    assert got and (force in got[0] if force else len(got[0]) == 2)


@pytest.mark.parametrize("sentence", [
    "越南总理高度评价印尼以人道精神对待被扣留的越南渔民。",
    "海关6日扣押了一批走私货物。",
    "越南渔民遭殴打一事引起舆论关注。",
])
def test_no_one_acting_or_no_fishers(sentence: str) -> None:
    assert enforcements(sentence) == []


@pytest.mark.parametrize("sentence", [
    "越南外交部6日要求菲方立即释放扣留的12名越南渔民。",
    "日本6日非法抓捕了三名中国公民。",
])
def test_law_enforcement_is_the_security_pillar(sentence: str) -> None:
    doc = extract("渔民\n\n新华社河内2019年5月6日电 " + sentence + "\n", source="fishers.txt")
    got = [e.channel for e in doc.events if e.type == "LAW_ENFORCEMENT"]
    assert got and set(got) == {"security"}
