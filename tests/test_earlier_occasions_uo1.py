"""Earlier occasions an event is counted from, one mechanism for every type (uo1, issue 13; me5's meetings and sw4's
occasions made one): an event word right after the count with no event read of its own is the event of its type told
before (这是他继2014年、2019年后第三次当选总理: elections of 2014 and 2019 too), each time one occasion and no more.
Sentences invented."""

from __future__ import annotations

from eventpage import events


def dates(body: str, type_: str) -> list[str | None]:
    return sorted((e.date or "") for e in events(body) if e.type == type_)


def test_an_election_counted_from_earlier_years() -> None:
    got = [e for e in events("泰国总理巴育9日在大选中获胜,当选总理。这是他继2014年、2019年后第三次当选总理。")
           if e.type == "ELECTION"]
    assert sorted(e.date or "" for e in got) == ["2014", "2019", "2025-06-09"], [(e.date, e.participants) for e in got]
    assert all(e.status == "occurred" and "巴育" in e.participants for e in got)


def test_a_count_from_a_year_dates_no_election() -> None:
    got = dates("泰国总理巴育9日在大选中获胜,当选总理。这是他自2014年以来第三次当选总理。", "ELECTION")
    assert got == ["2025-06-09"], got


def test_each_time_one_occasion() -> None:
    got = dates("这是继2010年、2016年之后,泰国总理巴育与老挝总理通邢第三次举行会晤。", "MEET")
    assert got == ["2010", "2016", "2025-06-10"], got
    visits = dates("据了解,这是泰老两国总理继今年2月初和本月初巴育访问老挝之后,第三次举行会谈。", "VISIT")
    assert visits == ["2025-02", "2025-06"], visits
