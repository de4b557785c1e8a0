"""A deployed unit named again with no act of sending, going or serving is the mission told before, no deployment of
its own (ot1, issue 13: 野战医院已成为…支柱, 计划与…的救援队协同; invented sentences)."""

from __future__ import annotations

from eventpage import of


def _deployments(body: str) -> list[set[str]]:
    return [set(e.participants) for e in of(body, "DEPLOYMENT")]


def test_a_field_hospital_praised_after_the_service_is_told_is_no_second_deployment():
    body = "泰国官兵参与联合国维和行动多年,在南苏丹树立了良好形象。\n\n其中,泰国二级野战医院已成为联合国维和体系中的医疗支柱。"
    found = _deployments(body)
    assert len(found) == 1, found
    assert {"泰国", "南苏丹"} <= found[0]


def test_a_rescue_team_others_plan_to_work_with_is_the_mission_told_before():
    body = "秘鲁救援队8日抵达厄瓜多尔参与地震救援。\n\n在附近作业的智利救援人员已找到两名幸存者,并计划与秘鲁和厄瓜多尔的救援队协同搜寻。"
    found = of(body, "DEPLOYMENT")
    assert len(found) == 1, [e.participants for e in found]
    assert found[0].status == "occurred"


def test_two_teams_each_sent_stay_two_deployments():
    body = "智利派遣救援队赴墨西哥参与救灾。\n\n乌拉圭也派出救援队前往墨西哥。"
    found = _deployments(body)
    assert len(found) == 2, found
