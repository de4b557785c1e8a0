"""The output is a function of the input alone: no set or dict order (which Python randomizes per
process) may leak into what is extracted. The distributed path relies on this."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import DEV, ROOT, SEEDS, needs_corpus


def _extract(seed: str, tmp_path) -> str:
    out = tmp_path / f"out-{seed}.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONHASHSEED": seed}
    r = subprocess.run([sys.executable, "-m", "dipnet.cli", "extract", str(DEV), *map(str, SEEDS), "-o", str(out)],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    return out.read_text(encoding="utf-8")


@needs_corpus
@pytest.mark.slow
def test_two_processes_with_different_hash_seeds_extract_the_same(tmp_path):
    first = _extract("1", tmp_path)
    assert first.count("\n") == 35
    for seed in ("2", "3"):
        assert _extract(seed, tmp_path) == first
