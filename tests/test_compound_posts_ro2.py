"""Compound posts of diplomatic news whose last word alone is a post too (参谋长, 助理, 行长, 司令) or that
had no listed form (指挥官, 讲师, 州首长): the whole post (kb titles.tsv) is the role, not its tail."""

from __future__ import annotations

from dipnet.pipeline import extract

_HEAD = "多国客人出席招待会\n\n2026年3月4日,"


def _roles(tail: str) -> dict[str, str]:
    return {r.person: r.title for r in extract(_HEAD + tail).roles}


def _core_in(roles: dict[str, str], person: str, core: str) -> bool:
    return any(person in p and core in t for p, t in roles.items())


def test_a_defence_chief_of_staff_and_an_aide_keep_their_whole_post():
    roles = _roles("出席招待会的有新西兰国防参谋长彼得·格林、俄罗斯总统助理伊万·彼得罗夫。\n")
    assert _core_in(roles, "彼得·格林", "国防参谋长")
    assert _core_in(roles, "伊万·彼得罗夫", "总统助理")


def test_a_chief_executive_before_an_honorific():
    roles = _roles("该集团总执行长拿督陈志明和台湾某基金会执行长林美惠出席活动。\n")
    assert _core_in(roles, "陈志明", "总执行长")


def test_a_commander_a_lecturer_a_state_chief_minister_and_an_intelligence_head():
    roles = _roles("英国海军护卫舰指挥官汤姆·布朗、河内国家大学讲师阮文明、柔州首长陈国华、"
                   "美国国家情报总监罗伯特·怀特出席了会议。\n")
    assert _core_in(roles, "汤姆·布朗", "指挥官")
    assert _core_in(roles, "阮文明", "讲师")
    assert _core_in(roles, "陈国华", "首长")
    assert _core_in(roles, "罗伯特·怀特", "国家情报总监")
