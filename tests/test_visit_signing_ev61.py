"""A signing told with a visit to a land in its sentence (某某访华,签署了…备忘录; 某某访问老挝,并签署…): the land
visited and the visitor's own land are its parties, as the open gold names an AGREEMENT's countries (ev61,
visitsignings.py; invented sentences, Simplified and Traditional)."""

from __future__ import annotations

import pytest

from eventpage import sides

SIGNED_ON_A_VISIT = [
    ("马来西亚首相安瓦尔去年三度访华,就多个项目签署了谅解备忘录。", {"马来西亚", "中国"}),
    ("越南政府总理范明政访华期间,两国有关部门签署了十余份合作文件。", {"越南", "中国"}),
    ("洪玛奈6日访问老挝,并签署了交通合作协议。", {"柬埔寨", "老挝"}),
    ("佩通坦上月对日本进行正式访问,签署了能源合作备忘录。", {"泰国", "日本"}),
    ("馬來西亞首相安瓦爾去年三度訪華,就多個項目簽署了諒解備忘錄。", {"马来西亚", "中国"}),
]


@pytest.mark.parametrize(("body", "lands"), SIGNED_ON_A_VISIT)
def test_the_visited_land_and_the_visitors_sign(body: str, lands: set[str]) -> None:
    got = sides(body, "AGREEMENT")
    assert any(lands <= set(s) for s in got), got


def test_a_signing_with_no_visit_adds_no_land() -> None:
    got = sides("越南政府总理范明政6日在河内出席了两国企业合作协议签署仪式。", "AGREEMENT")
    assert all("中国" not in s for s in got), got
