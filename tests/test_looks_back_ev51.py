"""Relations and instruments named without being established or signed (SPEC: what is and is not an event): the
span since relations were established (建交几十年来, 建交半个世纪以来) is a look back with no date — a dated one
(自1950年建交以来) is a retrospective event; instruments of a kind put to use (用好各项自由贸易协定, 有效利用新一代
贸易协定) name none — a signing of one (签署新一代自由贸易协定) is one."""

import pytest

from dipnet.pipeline import extract

HEAD = "双边关系\n\n2025年03月05日 10:20\n\n"


def types(sentence: str) -> list[str]:
    doc = extract(HEAD + sentence + "\n", source="refs.txt")
    return [e.type for e in doc.events]


@pytest.mark.parametrize("sentence", [
    "新华社河内1月18日电 他说，两国建交几十年来，双方始终相互支持。",
    "新华社曼谷11月13日电 他说，建交半个世纪以来，中泰两国始终守望相助。",
    "越通社万象——越老建交多年来，两国始终互帮互助。",
])
def test_span_since_relations_is_no_change(sentence: str) -> None:
    assert "RELATION_CHANGE" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "新华社河内1月18日电 他说，自1950年中越建交以来，双方始终相互支持。",
])
def test_dated_establishing_is_kept(sentence: str) -> None:
    assert "RELATION_CHANGE" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "越通社新加坡——双方同意用好各项自由贸易协定，扩大双边贸易。",
    "越通社哈瓦那——两国领导同意有效利用新一代贸易协定，推动经贸合作。",
])
def test_a_kind_of_instrument_put_to_use_is_no_signing(sentence: str) -> None:
    assert "AGREEMENT" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "越通社布鲁塞尔——越南与欧盟5日签署新一代自由贸易协定。",
])
def test_signing_one_is_kept(sentence: str) -> None:
    assert "AGREEMENT" in types(sentence)
