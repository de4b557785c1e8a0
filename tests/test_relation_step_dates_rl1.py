"""When each relation a sentence names was set up: a date belongs to the step whose setting up it tells, not to
another level of the same sentence nor to the page's day (helper rl1, stop 61). Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

DATED = "标题\n\n2022年6月8日 新华社北京6月8日电 "


def since(text: str) -> dict[str, str | None]:
    doc = extract(DATED + text + "\n", source="probe.txt")
    return {r.level: (r.since or None) and (r.since or "")[:4] for r in doc.relations}


@pytest.mark.parametrize("text, level, year", [
    # a date between an earlier level word and this one is this one's, not the span the earlier one opens
    ("自1998年秘鲁与泰国关系正常化以来,特别是2011年建立全面伙伴关系后,两国合作不断深化。",
     "comprehensive_partnership", "2011"),
    ("自1979年智利与泰国建交以来,尤其是2016年建立战略伙伴关系后,双边贸易快速增长。",
     "strategic_partnership", "2016"),
    # the earlier level counts its years from the occasion's date: that date frames the later step as well
    ("在2019年秘鲁与泰国庆祝建交40周年时,两国宣布把双边关系提升为全面战略伙伴关系。",
     "comprehensive_strategic_partnership", "2019"),
    # a year right before the signing of the instrument that names the level dates it
    ("于2014年签署的关于智利与泰国战略伙伴关系的联合声明为双边合作奠定了基础。", "strategic_partnership", "2014"),
    ("秘鲁与泰国于2010年签订的《秘鲁与泰国全面伙伴关系协定》是两国合作的基石。", "comprehensive_partnership", "2010"),
])
def test_step_takes_its_own_date(text: str, level: str, year: str) -> None:
    assert since(text).get(level) == year


def test_earlier_step_keeps_its_date() -> None:
    got = since("自1979年智利与泰国建交以来,尤其是2016年建立战略伙伴关系后,双边贸易快速增长。")
    assert got == {"diplomatic_relations": "1979", "strategic_partnership": "2016"}
