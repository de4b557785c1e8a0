"""Event status, helper sd of stop 57 (invented sentences). Each test holds variants of one construction,
written the way wires and releases vary it, with guards that keep the neighbouring reading."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

_XH = "两国加强合作\n\n2025年05月08日 10:20\n\n新华社北京5月8日电 {}\n"
_VNA = "越南与各国加强合作\n\n2025年05月08日 10:20\n\n越通社河内——{}\n"


def _statuses(page: str, etype: str) -> list[str]:
    doc = extract(page, source="t.txt")
    return [e.status for e in doc.events if e.type == etype]


@pytest.mark.parametrize("page, expected", [
    # an instrument carried out (将落实好…协议) or told signed before (所签署的, 所达成的): in force, signed already
    (_VNA.format("今后，两国边境各省将共同落实好越老陆地边界议定书及相关协议，维护边境和平稳定。"), "occurred"),
    (_XH.format("中柬双方同意，今后将继续认真展开双方所签署的各项协议以及关于边境口岸管理的协定。"), "occurred"),
    (_XH.format("柬埔寨和泰国将继续推进两国所签订的关于边境贸易的协定。"), "occurred"),
    (_VNA.format("此次会谈中，两国总理将重点落实老挝国家主席去年访问越南时所达成的各项协议。"), "occurred"),
    # guards: a signing still to come stays planned, even in a clause that carries out another instrument
    (_XH.format("中国外长王毅和老挝外长通沙万将于5月10日签署经贸合作协定。"), "planned"),
    (_VNA.format("双方将在落实现有协议的基础上签署新的投资保护协定。"), "planned"),
])
def test_an_instrument_carried_out_under_a_plan_is_in_force(page: str, expected: str) -> None:
    got = _statuses(page, "AGREEMENT")
    assert got and all(s == expected for s in got), got


# a page without a year of its own: the year is inferred (office holders, numbered congresses)
_UNDATED = "越中两党加强交流\n\n越通社河内——6月11日，{}\n"


@pytest.mark.parametrize("sentence, expected", [
    ("苏林总书记会见中国客人时表示，越方愿同中方加强治党经验交流，迎接越共十四大胜利召开。", "planned"),
    ("越南各界以优异成绩喜迎越南共产党第十四次全国代表大会隆重开幕。", "planned"),
    # guard: a congress told as held
    ("苏林总书记表示，越共十四大已于1月胜利召开。", "occurred"),
])
def test_a_congress_welcomed_as_still_to_open_is_planned(sentence: str, expected: str) -> None:
    got = _statuses(_VNA.format(sentence), "CONFERENCE")
    assert got and got[0] == expected, got


@pytest.mark.parametrize("sentence", [
    "苏林主席会见中国驻越南大使熊波时表示，越方正为越共十四大做准备，愿同中方加强交流。",
    "苏林主席会见中国驻越南大使熊波时表示，希望迎接越共十四大胜利召开，愿同中方加强交流。",
])
def test_a_congress_still_to_come_does_not_date_the_page_after_it(sentence: str) -> None:
    # 为越共十四大做准备: the page is not of the congress's year or after (越共十四大 was held in 2026)
    doc = extract(_UNDATED.format(sentence), source="t.txt")
    assert doc.published is not None and doc.published.date and doc.published.date[:4] < "2026", doc.published
