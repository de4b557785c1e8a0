"""部署 told as a noun is the arrangement of work, no unit sent (sw14, issue 13): 作出战略部署, 按照…的总体部署,
对今后工作进行了规划部署 tell no DEPLOYMENT; a unit sent (派遣医疗队, 部署维和部队) stays one. Sentences invented."""

from __future__ import annotations

import pytest

from eventpage import of


@pytest.mark.parametrize("body", [
    "李强表示,中国和老挝两国将就推动铁路合作等作出战略部署。",
    "中国和俄罗斯双方对今后的工作进行了规划部署。",
    "王毅说,中国将按照中共中央的统一部署,继续深化同柬埔寨的合作。",
    "越南和老挝两国领导人就两国合作作出全面部署。",
])
def test_an_arrangement_of_work_is_no_deployment(body: str) -> None:
    assert of(body, "DEPLOYMENT") == [], [e.participants for e in of(body, "DEPLOYMENT")]


@pytest.mark.parametrize("body", [
    "越南向南苏丹派遣医疗队参加联合国维和行动。",
    "中国派遣维和工兵分队赴马里执行任务。",
])
def test_a_unit_sent_stays_a_deployment(body: str) -> None:
    assert of(body, "DEPLOYMENT"), body
