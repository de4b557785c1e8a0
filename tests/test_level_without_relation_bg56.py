"""(bg56) A relation's level named without 关系, as Taiwan's, Hong Kong's and Singapore's papers write it (提升为全面战略
夥伴, 升级至「全面战略伙伴」): the upgrade is told all the same (RELATION_CHANGE requires, data/events.toml); a level
only aimed at (面向将…提升至…水平) or held (作为全面战略伙伴) is still none."""

import pytest

from dipnet.pipeline import extract

HEAD = "双边关系\n\n2025年03月05日 10:20\n\n"


def changes(sentence: str) -> list[tuple[str, ...]]:
    doc = extract(HEAD + sentence + "\n", source="lvl.txt")
    return [tuple(sorted(e.participants)) for e in doc.events if e.type == "RELATION_CHANGE"]


@pytest.mark.parametrize("sentence", [
    "（中央社記者河內4日專電）智利總統與越南國家主席會談後，宣佈將兩國關係提升為全面戰略夥伴。",
    "2022年6月新西兰总理与越方将关系升级至「全面战略伙伴」，双边贸易随之扩大。",
])
def test_level_without_relation_word_is_an_upgrade(sentence: str) -> None:
    got = changes(sentence)
    assert got and any("越南" in p for p in got), got


@pytest.mark.parametrize("sentence", [
    "作为全面战略伙伴，智利与越南建立了定期会晤机制。",
])
def test_a_level_held_is_no_upgrade(sentence: str) -> None:
    assert changes(sentence) == []
