"""A union of states or an international body speaks by a statement it issues or a named official of it (SPEC: a
STATEMENT is a named official's): its view told with a reporting verb (东盟一直认为…, 欧盟方面认为…, 东盟各国积极评价…)
is no statement — a statement issued, a spokesperson or a post after the body's name keeps one (blocviews.py)."""

import pytest

from dipnet.pipeline import extract

HEAD = "地区动态\n\n新华社雅加达3月4日电 "


def events(sentence: str) -> list[tuple[str, list[str]]]:
    doc = extract(HEAD + sentence + "\n", source="bloc.txt")
    return [(e.type, e.participants) for e in doc.events]


@pytest.mark.parametrize("sentence", [
    "东盟一直认为，各方应尽早完成湄公河水资源合作框架的磋商。",
    "欧盟方面认为，这项伙伴关系协定是其与亚洲国家谈判的最重要协定之一。",
    "东盟各国积极评价磋商取得的进展，支持早日达成共识。",
    "人权组织人权观察说，这一事件是当局一系列做法的例证之一。",
])
def test_a_body_of_states_view_is_no_statement(sentence: str) -> None:
    assert not any(t == "STATEMENT" for t, _ in events(sentence))


@pytest.mark.parametrize("sentence, speaker", [
    ("东盟当天发表声明，欢迎两国恢复对话。", "东盟"),
    ("欧盟发言人表示，欧盟对局势深表关切。", "欧盟"),
])
def test_a_statement_issued_stays(sentence: str, speaker: str) -> None:
    assert any(t == "STATEMENT" and speaker in p for t, p in events(sentence))
