"""Plans the text gives no day, helper td2 (invented sentences; issue 13, status): a wish closing the clause before
the event's, and a time left open (下次, 择期, 适当的时候), plan the event; talks on the report's day do not show such a
plan begun; what the event's own clause tells done stays done."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract

_XH = "两国加强合作\n\n2025年05月08日 10:20\n\n新华社北京5月8日电 {}\n"
_VNA = "越南与各国加强合作\n\n2025年05月08日 10:20\n\n越通社河内——{}\n"
_MEET = "8日，王毅在北京会见老挝外长通沙万。"


def _status(page: str, etype: str) -> list[str]:
    return [e.status for e in extract(page, source="t.txt").events if e.type == etype]


@pytest.mark.parametrize("page, etype", [
    (_VNA.format("8日，越南政府总理同新西兰总理通电话。新西兰总理高度评价两国合作成果，表示希望，把两国关系提升至全面战略伙伴关系。"),
     "RELATION_CHANGE"),
    (_XH.format(_MEET + "通沙万表示，老方力争，两国年内签署自由贸易协定。"), "AGREEMENT"),
])
def test_a_wish_closing_the_clause_before_plans_the_event(page: str, etype: str) -> None:
    # 表示希望,把…提升至…: the clause after the wish is what is wished for, still to come
    assert _status(page, etype) == ["planned"]


@pytest.mark.parametrize("page", [
    _XH.format(_MEET + "通沙万感谢中方邀请，表示下次将由他访问中国。"),
    _XH.format(_MEET + "通沙万感谢中方的问候和邀请，他表示将在适当的时候对中国进行访问。"),
])
def test_a_visit_for_a_time_left_open_is_not_begun_by_the_days_talks(page: str) -> None:
    # the visit takes the report's day only as a stand-in: the talks held that day are not its own
    assert "planned" in _status(page, "VISIT")
    assert "occurred" not in _status(page, "VISIT")


def test_an_open_time_before_the_verb_plans_the_event() -> None:
    assert _status(_XH.format(_MEET + "双方同意择期在万象举行第二次磋商。"), "MEET")[-1] == "planned"


@pytest.mark.parametrize("page", [
    _XH.format(_MEET + "王毅说，中方希望，双方已签署的自由贸易协定得到落实。"),
    _XH.format(_MEET + "通沙万说，双方在适当时机签署了自由贸易协定。"),
    _XH.format(_MEET + "通沙万说，这符合两国人民的希望，两国外长当天签署了自由贸易协定。"),
])
def test_what_its_own_clause_tells_done_stays_done(page: str) -> None:
    # guards: 已签署的, 签署了 tell the signing done whatever wish stands before it; 人民的希望 is a noun
    assert _status(page, "AGREEMENT") == ["occurred"]
