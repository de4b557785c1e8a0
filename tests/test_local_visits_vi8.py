"""A visit between localities (vi8, issue 13): an official whose post is held in a city's or a province's body visiting
a city or a province visits for the locality — the locality (and the body of the post) join the visiting side and the
place visited hosts, not its land. A national leader at a capital, a locality's official visiting a land, and a consul
posted at a city (驻某市总领事) keep the land as host and take no locality."""

import pytest

from dipnet.pipeline import extract

HEAD = "地方外事\n\n2025-03-09\n越通社河内3月9日电 "


def visits(text: str) -> list[list[str]]:
    doc = extract(HEAD + text + "\n", source="localvisits.txt")
    return [sorted(e.participants) for e in doc.events if e.type == "VISIT"]


@pytest.mark.parametrize("text, parties", [
    ("10日,岘港市人民委员会副主席陈文安会见了正在对岘港市进行工作访问的中国云南省政协副主席李志华。",
     ["李志华", "云南", "云南省政协", "岘港"]),
    ("韩国釜山市市长朴亨俊表示,这是他首次到访广东。", ["朴亨俊", "釜山", "广东"]),
])
def test_a_locality_official_visiting_a_locality(text: str, parties: list[str]) -> None:
    assert sorted(parties) in visits(text)


@pytest.mark.parametrize("text, parties", [
    ("越南国家主席梁强昨天抵达北京进行国事访问。", ["梁强", "中国"]),
    ("美国加州州长纽森访问北京。", ["加文·纽森", "中国"]),
    ("中国河南省副省长张建国对越南进行访问。", ["张建国", "越南"]),
    ("中国驻胡志明市总领事魏华祥访问同奈省,会见同奈省领导。", ["魏华祥", "越南"]),
])
def test_the_land_hosts_otherwise(text: str, parties: list[str]) -> None:
    assert visits(text) == [sorted(parties)]
