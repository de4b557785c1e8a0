"""The date of events that are found (stop 43, invented pages): an event told in passing as one of the recent period's
(近期,…如:某某访问老挝 / 近期,某某会见…) is dated to the page's year — SPEC's coarser precision, not no date — where the
page stands late enough in its year that 'recently' cannot reach back into the one before."""

from __future__ import annotations

import pytest

from dipnet.pipeline import extract


def _page(body: str, month: int = 6) -> str:
    return f"越南与老挝深化合作\n\n2031年{month:02d}月18日 10:20\n\n新华社河内{month}月18日电 {body}\n"


@pytest.mark.parametrize("body, etype", [
    ("近期,两国共同举办了多项交流活动,例如越南国家主席梁强赴老挝进行国事访问。", "VISIT"),
    ("近期,两国共同举办了多项交流活动,比如越南国家主席梁强赴老挝进行国事访问。", "VISIT"),
    ("近期,越南国家主席梁强对老挝进行了国事访问。", "VISIT"),
    ("近期,梁强主席在河内会见了老挝外交部长通沙万。", "MEET"),
    ("近期,兩國共同舉辦了多項交流活動,例如越南國家主席梁強赴老撾進行國事訪問。", "VISIT"),
])
def test_an_event_told_in_passing_as_recent_is_in_the_pages_year(body: str, etype: str) -> None:
    doc = extract(_page(body), source="t.txt")
    dates = [e.date for e in doc.events if e.type == etype]
    assert dates == ["2031"], [(e.type, e.date) for e in doc.events]


@pytest.mark.parametrize("body, etype", [
    # guard: early in the year 'recently' may be last December: no year
    ("近期,两国共同举办了多项交流活动,例如越南国家主席梁强赴老挝进行国事访问。", "VISIT"),
])
def test_recent_early_in_the_year_fixes_no_year(body: str, etype: str) -> None:
    doc = extract(_page(body, month=1), source="t.txt")
    dates = [e.date for e in doc.events if e.type == etype]
    assert dates == [None], [(e.type, e.date) for e in doc.events]


def test_an_event_told_as_ever_happening_keeps_no_date() -> None:
    # guard: 曾 (ever) fixes no year
    doc = extract(_page("越南国家主席梁强曾对老挝进行了为期三天的国事访问。"), source="t.txt")
    dates = [e.date for e in doc.events if e.type == "VISIT"]
    assert dates in ([None], []), [(e.type, e.date) for e in doc.events]


@pytest.mark.parametrize("body", [
    "越南国家主席梁强不久前对老挝进行了国事访问。",
    "越南国家主席梁强前不久对老挝进行了国事访问。",
    "越南國家主席梁強不久前對老撾進行了國事訪問。",
])
def test_an_event_in_passing_whose_clause_opens_the_sentence_is_not_on_the_pages_day(body: str) -> None:
    # the passing marker is read where the event's clause opens the sentence too, as where a frame comes first:
    # a single earlier event mentioned in passing keeps no date (not the page's day)
    doc = extract(_page(body), source="t.txt")
    dates = [e.date for e in doc.events if e.type == "VISIT"]
    assert dates == [None], [(e.type, e.date) for e in doc.events]


# A term whose completion the sentence tells: over by the report, its last year (the seat was held to its end);
# still running at the report (支持…完成…任期…工作), a seat held now, from its first year.
def _term_page(body: str, year: int) -> str:
    return f"越南与韩国加强合作\n\n{year}年03月05日 10:20\n\n新华社河内3月5日电 {body}\n"


@pytest.mark.parametrize("body", [
    "两国领导人同意支持越南顺利完成2030至2033年任期东盟与韩国对话协调国工作。",
    "双方表示将配合越南圆满完成2030-2033年任期东盟与韩国对话协调国的各项工作。",
    "兩國領導人同意支持越南順利完成2030至2033年任期東盟與韓國對話協調國工作。",
])
def test_a_term_still_running_is_a_seat_held_from_its_first_year(body: str) -> None:
    doc = extract(_term_page(body, 2031), source="t.txt")
    roles = [(e.date, e.status) for e in doc.events if e.type == "MULTILATERAL_ROLE"]
    assert ("2030", "occurred") in roles, [(e.type, e.date, e.status) for e in doc.events]


def test_a_term_told_completed_after_its_end_keeps_its_last_year() -> None:
    # guard: the term is over by the report
    doc = extract(_term_page("越南已圆满完成其在联合国安理会非常任理事国席位上的两年任期(2028-2029年)。", 2031), source="t.txt")
    roles = [e.date for e in doc.events if e.type == "MULTILATERAL_ROLE"]
    assert roles == ["2029"], [(e.type, e.date, e.status) for e in doc.events]


def test_recent_late_in_the_year_fixes_no_year() -> None:
    # guard: in December 'recently' (or 'soon', 近期,…将…) may reach into the next year
    doc = extract(_page("近期,越南国家主席梁强将对老挝进行为期三天的国事访问。", month=12), source="t.txt")
    dates = [e.date for e in doc.events if e.type == "VISIT"]
    assert dates and dates[0] != "2031", [(e.type, e.date) for e in doc.events]
