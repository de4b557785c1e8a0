"""A visit's host is a land, a locality or a body, never a person (vi9, issue 13; SPEC: VISIT participants are the
visitor(s) and the host country): the predecessor of a succession (接替某某就任…后首次出国访问) or the traveller's partner
of talks (与某某会谈的某国总统某某一同前往) read as the host leaves the visit's side, and a visit hosted by nobody else is
dropped; the visits told with their lands stay."""

import pytest

from dipnet.pipeline import extract

HEAD = "外交动态\n\n2024-08-18\n新华社北京8月18日电 "


def visits(text: str) -> list[list[str]]:
    doc = extract(HEAD + text + "\n", source="personhosts.txt")
    return sorted(sorted(e.participants) for e in doc.events if e.type == "VISIT")


@pytest.mark.parametrize("text, kept", [
    ("这是马科斯接替杜特尔特就任总统后首次出国访问。", []),
    ("马克龙将于2月4日凌晨飞往中国,3日与马克龙在巴黎会谈的巴西总统卢拉一同前往。", [["马克龙", "中国"], ["卢拉", "法国"]]),
])
def test_no_person_hosts_a_visit(text: str, kept: list[list[str]]) -> None:
    assert visits(text) == sorted(sorted(v) for v in kept)


def test_visits_with_their_lands_stay() -> None:
    assert visits("智利外交部长范克拉韦伦率团访问越南,越南国家主席苏林今天会见了他。") == [["范克拉韦伦", "越南"]]
