"""Breakdowns opened by 其中 (fc6, issue 13): 其中 + 东盟/东南亚 reads no 中东 (names.toml place_crossing_openers),
so a part named ASEAN holds its own figure, and the parts of a twinned total keep the total's holder.
Invented sentences."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

X = "新华社南宁3月5日电 "


def page(body: str):  # type: ignore[no-untyped-def]
    return extract("题目\n\n" + X + body + "\n", source="t.txt")


@pytest.mark.parametrize("body, part", [
    ("去年中国对外直接投资1500亿美元，其中东盟国家吸收250亿美元。", (2.5e10, "东盟")),
    ("中國去年對外投資1500億美元，其中東盟國家吸收250億美元。", (2.5e10, "东盟")),
    ("广西去年对外贸易额达7000亿元，其中东盟占2500亿元。", (2.5e11, "东盟")),
])
def test_an_asean_part_holds_its_figure(body: str, part: tuple[float, str]) -> None:
    doc = page(body)
    assert part in [(f.value, f.subject) for f in doc.facts], doc.facts
    assert "中东" not in [e.name for e in doc.entities]


@pytest.mark.parametrize("body", [
    "截至目前，广西已与世界各国缔结友好城市150对，其中东盟友城70对，越南友城30对。",
    "云南省现有国际友好城市90对，其中东南亚友城40对，南亚友城20对。",
    "广西已缔结国际友好城市130对，其中东盟国家的友好城市60对，越南的友好城市25对。",
    "广西现有国际友好城市120对，其中东盟地区友城55对，越南友城20对。",
])
def test_a_twinned_breakdown_names_no_middle_east(body: str) -> None:
    doc = page(body)
    assert "中东" not in [e.name for e in doc.entities]
    assert {f.subject for f in doc.facts} <= {"广西", "云南"}, doc.facts


def test_the_middle_east_written_after_qizhong_stays() -> None:
    doc = page("会议吸引了30个国家的代表，其中中东国家代表10人。")
    assert "中东" in [e.name for e in doc.entities]
