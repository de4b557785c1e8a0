"""A person sent to speak for a side is no deployment (sw4, issue 13): an envoy, a representative or an official sent
(某国派遣的特使抵达…, 派遣一名代表出席会议, 派出一名官员前往…) is no unit sent abroad; a team sent to work (工兵队, 专业人员,
医疗队) stays a DEPLOYMENT. Sentences invented."""

from __future__ import annotations

import pytest

from eventpage import of


@pytest.mark.parametrize("body", [
    "泰国总理派遣的特使在老挝万象表示,泰方希望加强合作。",
    "韩国派遣的特使抵达日本。",
    "东盟要求缅甸派遣一名非政治代表出席会议。",
    "老挝已派出一名副部长级官员前往泰国。",
])
def test_an_envoy_sent_is_no_deployment(body: str) -> None:
    assert of(body, "DEPLOYMENT") == [], [e.participants for e in of(body, "DEPLOYMENT")]


@pytest.mark.parametrize("body", [
    "越南派遣工兵队赴南苏丹参加联合国维和行动。",
    "日本已派遣七名专业人员赴台湾协助搜救。",
    "越南派遣医疗队代表越南参加联合国维和行动。",
])
def test_a_team_sent_to_work_stays_a_deployment(body: str) -> None:
    assert of(body, "DEPLOYMENT"), body
