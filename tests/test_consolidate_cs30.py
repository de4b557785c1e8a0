"""The programs dipnet.rx keeps between runs are read lazily (issue 17): a process decodes only the
programs of the patterns it compiles, not the whole table at its first (~20,000 programs, 215 MB as
objects, were in every process's memory, a consolidation's included); the table written is the same
table, merged with what another process left, within its cap."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from dipnet import cachedir, rx

PATTERNS = [(r"(?<![甲乙])丙丁(?P<n>\d+)号", None, 0), (r"(?=[戊己])(?:戊庚|己辛)(?P<w>[^,。]{1,4})", "戊己", 0),
            (r"^\s*壬癸(?P<k>\d+)$", None, re.MULTILINE)]
TEXT = "甲丙丁3号,丙丁12号。戊庚某某,己辛乙\n 壬癸7\n"


def _matches(p: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in p.finditer(TEXT)]


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache directory of its own, with the programs of PATTERNS kept in it by an earlier 'run'."""
    monkeypatch.setenv("DIPNET_CACHE_DIR", str(tmp_path))
    rx._programs.cache_clear()
    rx._NEW.clear()
    for p in PATTERNS:
        rx.gated(*p)
    rx._save()  # (what the run's exit does)
    yield tmp_path
    rx._programs.cache_clear()
    rx._NEW.clear()


def test_a_run_decodes_only_the_programs_it_compiles(kept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    decoded: list[int] = []
    loads = marshal.loads

    def counted(data: bytes) -> object:
        decoded.append(len(data))
        return loads(data)

    monkeypatch.setattr(cachedir.marshal, "loads", counted)
    rx._programs.cache_clear()
    table = rx._programs()
    assert len(table) >= len(PATTERNS) and len(decoded) == 1  # the index only: no program decoded
    got = rx.gated(*PATTERNS[1])
    assert len(decoded) == 2 and not rx._NEW  # that one program, from the file, none built again
    assert _matches(got) == _matches(re.compile(PATTERNS[1][0]))


def test_the_kept_programs_match_as_re_s_and_another_run_s_are_merged(kept: Path) -> None:
    rx._programs.cache_clear()
    for source, starts, flags in PATTERNS:
        assert _matches(rx.gated(source, starts, flags)) == _matches(re.compile(source, flags))
    assert not rx._NEW
    more = (r"(?<!子)丑寅(?P<x>卯)", None, 0)
    rx.gated(*more)  # built by this run: added to what the file holds at its end
    rx._save()
    rx._programs.cache_clear()
    keys = set(rx._programs())
    assert {*PATTERNS, more} <= keys


def test_a_table_past_its_cap_is_not_written_and_a_foreign_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "t.marshal"
    cachedir.add_to_lazy_table(path, {("a", None, 0): (0, [1, 2], 0, {}, ())}, cap=2)
    cachedir.add_to_lazy_table(path, {("b", None, 0): (0, [3], 0, {}, ())}, cap=2)
    table = cachedir.read_lazy_table(path)
    assert dict(table) == {("a", None, 0): (0, [1, 2], 0, {}, ()), ("b", None, 0): (0, [3], 0, {}, ())}
    cachedir.add_to_lazy_table(path, {("c", None, 0): (0, [4], 0, {}, ())}, cap=2)
    assert len(cachedir.read_lazy_table(path)) == 2  # (as it was)
    for junk in (b"", b"\x00junk", marshal.dumps({("a", None, 0): (0, [1], 0, {}, ())}), cachedir.LAZY_MAGIC + b"\xff" * 8):
        path.write_bytes(junk)
        assert dict(cachedir.read_lazy_table(path)) == {}
