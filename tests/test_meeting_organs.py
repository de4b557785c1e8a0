"""A conference named after an organ of an international body that is a meeting of the body's members (东盟外长会议,
东盟防长扩大会议) or the format of its meetings (东盟与中日韩): the parent holds it, the organ only names the meeting
and is no party of it (issue 13, extra actors; official dev2 lists 东盟 and the three lands at 东盟与中日韩外长会议).
An organ that meets as a body of its own (东盟地区论坛, 联合国大会) stays. Invented sentences."""

from __future__ import annotations

import pytest

from eventpage import sides

MEETINGS = [
    ("越南外交部长裴青山7月10日在吉隆坡出席第58届东盟外长会议。", "东盟外长会议", ["东盟", "裴青山"]),
    ("越南国防部长潘文江11月15日在万象出席第十一届东盟防长扩大会议并发表讲话。", "东盟防长扩大会议", ["东盟", "潘文江"]),
    ("中国外交部长王毅出席东盟与中日韩外长会。", "东盟与中日韩", ["东盟", "中国", "日本", "王毅", "韩国"]),
]


@pytest.mark.parametrize(("body", "organ", "parties"), MEETINGS)
def test_a_meeting_organ_is_no_party_beside_its_parent(body: str, organ: str, parties: list[str]) -> None:
    found = sides(body, "CONFERENCE")
    assert found and all(organ not in s for s in found)
    assert parties in found


@pytest.mark.parametrize(("body", "organ"), [
    ("裴青山在万象出席东盟地区论坛外长会。", "东盟地区论坛"),
    ("第80届联合国大会在纽约开幕,越南国家主席梁强出席并发表讲话。", "联合国大会"),
])
def test_an_organ_meeting_as_a_body_of_its_own_stays(body: str, organ: str) -> None:
    found = sides(body, "CONFERENCE")
    assert found and all(organ in s for s in found)
