"""Peacekeeping named as a capacity or a force to build or raise, or as the domain of a quality, sends no unit (ts3,
issue 13: 协助甲建立联合国维和力量, 支持甲提高维和能力, 在联合国维和行动中的专业水平; invented sentences)."""

from __future__ import annotations

from eventpage import of


def test_a_peacekeeping_force_to_build_is_no_deployment():
    assert not of("柬埔寨将协助蒙古建立联合国维和力量。", "DEPLOYMENT")


def test_a_peacekeeping_capacity_to_raise_is_no_deployment():
    assert not of("日本愿继续支持东盟提高维和能力,加强在安全领域的交流。", "DEPLOYMENT")


def test_peacekeeping_as_the_domain_of_a_quality_is_no_deployment():
    body = "该医疗队还为当地居民义诊,充分展示了泰国军医在联合国维和行动中的专业水平。"
    assert not of(body, "DEPLOYMENT")


def test_a_unit_sent_to_a_mission_stays_a_deployment():
    body = "2025年3月,蒙古派出由60名军人组成的维和分队赴联合国南苏丹特派团执行维和任务。"
    assert of(body, "DEPLOYMENT")
