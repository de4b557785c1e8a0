"""One person or body the wires spell two ways is one entity (the KB holds the other spelling as an
alias): 冯光清 for 冯光青, 阿尔巴内斯 for 阿尔巴尼斯, 中国公众外交协会 for 中国公共外交协会."""

from __future__ import annotations

from dipnet.pipeline import extract


def _ids(text: str) -> list[str]:
    return [e.id for e in extract(text).entities]


def test_a_defence_minister_spelled_two_ways_is_one_person():
    ids = _ids("越南国防部长访华\n\n越南国防部长冯光清大将今日抵达北京。冯光青表示,两军合作不断深化。")
    assert ids.count("person:phung-quang-thanh") == 1
    assert not any(i.startswith("person:~") for i in ids)


def test_a_prime_minister_spelled_with_nei():
    ids = _ids("两国总理举行会谈\n\n澳大利亚总理安东尼·阿尔巴内斯在堪培拉会见了到访的越南客人。")
    assert "person:anthony-albanese" in ids
    assert not any(i.startswith("person:~") for i in ids)


def test_an_association_spelled_two_ways_is_one_body():
    ids = _ids("友好团体举行交流\n\n中国公众外交协会代表团访问河内。中国公共外交协会副会长表示愿深化交流。")
    assert ids.count("org:cn-cpda") == 1
    assert len([i for i in ids if i.startswith("org:")]) == 1
