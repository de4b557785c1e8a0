"""dipnet.rx keeps the programs it builds between runs (issue 17): a pattern made from a kept program
is the one built from its source, and a file that is missing, broken or foreign is only built over."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from dipnet import rx

SRC = Path(__file__).resolve().parents[1] / "src"
PATTERNS = [(r"(?<![\u3400-\u9fff])(?P<y>\d{4})年(?P<m>\d{1,2})月", None, 0),
            (r"(?=[会访])(?:会见|访问)(?P<who>[^,。]{1,8})", "会访", 0),
            (r"^\s*第(?P<n>\d+)届$", None, re.MULTILINE),
            (r"president|premier", None, re.IGNORECASE)]
TEXTS = ["2024年5月12日越南总理会见中国外长", "中2024年5月", "\n 第12届\n第3届", "The PRESIDENT and the Premier", "访问河内,会见"]


def _run(code: str, cache: Path) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin", "DIPNET_CACHE_DIR": str(cache)}).stdout


def test_a_later_run_takes_the_kept_programs(tmp_path: Path) -> None:
    code = ("from dipnet import rx\nimport re\n"
            f"pats = {PATTERNS!r}\ntexts = {TEXTS!r}\n"
            "got = [[(m.span(), m.groupdict()) for m in rx.gated(s, st, f).finditer(t)] for s, st, f in pats for t in texts]\n"
            "print(repr(got))\nprint(len(rx._programs()), len(rx._NEW))\n")
    first = _run(code, tmp_path).splitlines()
    kept = list(tmp_path.glob("rx-*.marshal"))
    assert len(kept) == 1 and int(first[1].split()[1]) >= len(PATTERNS)  # built (these and the package's), written at the end
    second = _run(code, tmp_path).splitlines()
    assert second[0] == first[0]  # the same matches, from the kept programs
    assert second[1].split()[1] == "0" and int(second[1].split()[0]) >= len(PATTERNS)  # none built again
    plain = [[(m.span(), m.groupdict()) for m in re.compile(s, f).finditer(t)] for s, _, f in PATTERNS for t in TEXTS]
    assert first[0] == repr(plain)


def test_broken_or_foreign_files_are_built_over(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPNET_CACHE_DIR", str(tmp_path))
    path = rx._programs_path()
    assert path is not None
    source, starts, flags = PATTERNS[1]
    key = (source, starts, flags)
    want = [(m.span(), m.groups()) for m in re.compile(source).finditer(TEXTS[4])]
    for junk in (b"", b"\x00garbage", marshal.dumps([1, 2]), marshal.dumps({key: (0, [1, 2, 3], 0, {}, ())}),
                 marshal.dumps({key: "not a program"})):
        path.write_bytes(junk)
        rx._programs.cache_clear()
        got = rx.gated(source, starts, flags)
        assert [(m.span(), m.groups()) for m in got.finditer(TEXTS[4])] == want
    rx._programs.cache_clear()
    rx._NEW.clear()


def test_no_cache_dir_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPNET_CACHE_DIR", "")
    assert rx._programs_path() is None
    rx._programs.cache_clear()
    assert rx._programs() == {}
    rx._save()  # nothing to write to: nothing happens
    rx._programs.cache_clear()


def test_plain_is_re_compile() -> None:
    rng = __import__("random").Random(5)
    alphabet = list("越南中国2024年5月12日会见访问 \n,。第届abAB()")
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(300)]
    for source, _, flags in PATTERNS:
        for make in (rx.plain, rx.uncached):
            got, want = make(source, flags), re.compile(source, flags)
            assert (got.pattern, got.flags, got.groups, got.groupindex) == (want.pattern, want.flags, want.groups, want.groupindex)
            for t in texts:
                assert [(m.span(), m.groups()) for m in got.finditer(t)] == [(m.span(), m.groups()) for m in want.finditer(t)]
