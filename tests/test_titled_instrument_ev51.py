"""An instrument named by its title (《…协定》) after a verb of carrying it out (按照, 贯彻, 落实, 遵守) is a named
instrument referred to — an AGREEMENT (SPEC, the open gold) — while a bare or generic one (按照协定, 落实所达成的
协议) names none."""

import pytest

from dipnet.pipeline import extract

HEAD = "边境合作\n\n越通社河内——"


def agreements(sentence: str) -> list[list[str]]:
    doc = extract(HEAD + sentence + "\n", source="titled.txt")
    return [sorted(e.participants) for e in doc.events if e.type == "AGREEMENT"]


@pytest.mark.parametrize("sentence", [
    "越中双方同意深入宣传贯彻《越中陆地边界管理制度协定》。",
    "越南和中国将按照《越中陆地边界管理制度协定》处理边境案件。",
    "越中两国边防部门严格遵守《越南与中国边境口岸管理协定》。",
])
def test_titled_instrument_referred_to(sentence: str) -> None:
    assert ["中国", "越南"] in agreements(sentence)


@pytest.mark.parametrize("sentence", [
    "越南和中国同意按照协定处理边境案件。",
    "越南和中国同意落实所达成的协议。",
])
def test_bare_instrument_is_none(sentence: str) -> None:
    assert agreements(sentence) == []
