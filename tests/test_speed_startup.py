"""Start-up (issue 17): the built knowledge base kept between runs, and `extract` without the store."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import dipnet.kb.loader as loader
from dipnet.kb import KnowledgeBase

SRC = Path(__file__).resolve().parents[1] / "src"

TEXTS = [("countries.tsv", "iso2\tiso3\tname\taliases\tsource\nVN\tVNM\t越南\t越|越南社会主义共和国\ttest\n"
                           "CN\tCHN\t中国\t中华人民共和国\ttest\n")]


def _state(kb: KnowledgeBase) -> dict:
    return {k: v for k, v in vars(kb).items()}


def test_second_build_reads_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPNET_CACHE_DIR", str(tmp_path))
    first = loader._built(TEXTS)
    kept = list(tmp_path.glob("kb-*.pickle"))
    assert len(kept) == 1

    def no_build(texts: list[tuple[str, str]]) -> KnowledgeBase:
        raise AssertionError("built again")

    monkeypatch.setattr(loader, "build_kb", no_build)
    again = loader._built(TEXTS)
    assert again is not first and _state(again) == _state(first)
    assert [e.name for e in again.by_name("越")] == ["越南"]


def test_other_texts_other_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPNET_CACHE_DIR", str(tmp_path))
    loader._built(TEXTS)
    changed = [(TEXTS[0][0], TEXTS[0][1].replace("越|", "越国|"))]
    kb = loader._built(changed)
    assert [e.name for e in kb.by_name("越国")] == ["越南"]
    assert len(list(tmp_path.glob("kb-*.pickle"))) == 2


def test_a_broken_cache_is_built_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPNET_CACHE_DIR", str(tmp_path))
    path = tmp_path / f"kb-{loader._cache_key(TEXTS)}.pickle"
    for junk in (b"", b"not a pickle", pickle.dumps({"a": 1})[:5], pickle.dumps([1, 2, 3])):
        path.write_bytes(junk)
        kb = loader._built(TEXTS)
        assert [e.name for e in kb.by_name("中华人民共和国")] == ["中国"]
    assert isinstance(pickle.loads(path.read_bytes()), KnowledgeBase)  # written over with a good one


def test_no_cache_where_told_or_not_writable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPNET_CACHE_DIR", "")
    assert loader.cache_dir() is None
    assert loader._built(TEXTS).by_name("越南")
    blocked = tmp_path / "file"
    blocked.write_text("x")
    monkeypatch.setenv("DIPNET_CACHE_DIR", str(blocked / "sub"))  # a directory under a file: never made
    assert loader._built(TEXTS).by_name("越南")


def test_at_most_eight_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPNET_CACHE_DIR", str(tmp_path))
    for k in range(10):
        loader._built([(TEXTS[0][0], TEXTS[0][1] + f"FR\tFRA\t法国{k}\t\ttest\n")])
    assert len(list(tmp_path.glob("kb-*.pickle"))) == 8


def test_extract_does_not_load_the_store(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("越南总理会见中国外长。", encoding="utf-8")
    code = ("import sys\nfrom click.testing import CliRunner\nfrom dipnet.cli import main\n"
            f"r = CliRunner().invoke(main, ['extract', {str(page)!r}])\n"
            "assert r.exit_code == 0, r.output\nprint('duckdb' in sys.modules, 'dipnet.store' in sys.modules)\n"
            "print(sorted(main.commands))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin", "DIPNET_CACHE_DIR": ""}).stdout
    lines = out.splitlines()
    assert lines[0] == "False False"
    # every command still there when asked for (the store's added on the first look)
    assert {"extract", "ingest", "consolidate", "check", "query", "export"} <= set(eval(lines[1]))


def test_collector_settled_after_the_first_page_and_restored() -> None:
    import gc

    from dipnet.cli import _settled

    before = gc.get_threshold()
    seen = []
    items = _settled(iter(["a", "b", "c"]))  # type: ignore[arg-type]
    for item in items:
        seen.append((item, gc.get_threshold(), gc.get_freeze_count() > 0))
    assert seen[0][1:] == (before, False)  # the first page loads what lives as long as the process
    assert seen[1][1:] == ((20_000, 20, 20), True) and seen[2][1:] == ((20_000, 20, 20), True)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_kept_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib

    from dipnet.cachedir import kept_text

    monkeypatch.setenv("DIPNET_CACHE_DIR", str(tmp_path))
    built: list[int] = []
    want = "\r,\n\u00b7\u3000\u4e2d"  # a carriage return and a break kept as they are

    def build() -> str:
        built.append(1)
        return want

    assert kept_text("t", b"v1", build) == want and len(built) == 1
    assert kept_text("t", b"v1", build) == want and len(built) == 1  # read back
    assert kept_text("t", b"v2", build) == want and len(built) == 2  # another version: built
    path = tmp_path / f"t-{hashlib.sha256(b'v1').hexdigest()[:32]}.txt"
    path.write_bytes(path.read_bytes()[:-3] + "\u56fd".encode())  # changed since: built over
    assert kept_text("t", b"v1", build) == want and len(built) == 3


def test_the_fold_set_kept_is_the_one_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dipnet import normalize as n

    monkeypatch.setenv("DIPNET_CACHE_DIR", str(tmp_path))
    n._special.cache_clear()
    first = n._special().pattern
    n._special.cache_clear()
    assert n._special().pattern == first and list(tmp_path.glob("fold-*.txt"))
    assert "\r" in first and "\uff0c" in first
    n._special.cache_clear()


def test_no_home_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    from dipnet.cachedir import cache_dir

    monkeypatch.delenv("DIPNET_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def nowhere() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(nowhere))
    assert cache_dir() is None
    monkeypatch.setenv("XDG_CACHE_HOME", "/some/cache")
    assert cache_dir() == Path("/some/cache/dipnet")
