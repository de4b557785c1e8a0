"""`dipnet evaluate` agrees with ../shared/eval/score.py; `dipnet kb` finds entries by any name."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import GOLD_DEV, GOLD_SEEDS, SCORER, needs_corpus
from dipnet.evaluate import evaluate_records, load_records
from dipnet.evaluate.match import best_pairs, core_title_ok, value_ok
from test_store_cli import run


def _write(records, path):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _reference(gold, pred) -> dict:
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@needs_corpus
def test_evaluate_agrees_with_the_shared_scorer_on_seeds_and_dev(seed_records, dev_records, tmp_path):
    for gold, records in ((GOLD_SEEDS, seed_records), (GOLD_DEV, dev_records)):
        pred = _write(records, tmp_path / "pred.jsonl")
        ours = evaluate_records(load_records(gold), load_records(pred)).summary()
        reference = _reference(gold, pred)
        assert {k: ours[k] for k in reference} == reference


@needs_corpus
def test_evaluate_command_extracts_and_lists_misses(tmp_path):
    r = run("evaluate", "--gold", str(GOLD_SEEDS), *[str(p) for p in sorted((GOLD_SEEDS.parents[2] / "corpus" / "seeds").glob("*.txt"))],
            "--json", "--misses")
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout.splitlines()[0])
    assert summary["titles"]["f1"] == 1.0 and "entities_PERSON" in summary
    assert any(line.startswith("MISS ") for line in r.stdout.splitlines()[1:])


def test_matching_rules():
    assert len(best_pairs([1, 2], ["a", "b"], lambda g, p: True)) == 2
    assert best_pairs([1, 2], ["a", "b"], lambda g, p: (g, p) in {(1, "a"), (1, "b"), (2, "a")}) == [(0, 1), (1, 0)]
    assert core_title_ok("越南政府副总理", "副总理", "越南政府副总理")
    assert not core_title_ok("国会副主席", "主席", "国会主席")  # 主席 is not found in 副主席
    assert not core_title_ok("副总理", "前副总理", "前副总理") and core_title_ok("前副总理", "前副总理", "前副总理")
    assert value_ok(31_000_000_000, 31_000_000_001) and not value_ok(100, 101)
    assert value_ok([100_000, 1_000_000], 500_000) and value_ok(150, [10, 1000]) is False


def test_kb_command_finds_by_any_name_and_shows_its_source():
    r = run("kb", "寮国")
    assert r.returncode == 0 and r.stdout.startswith("country:LA") and "source: countries.tsv" in r.stdout
    r = run("kb", "Tô Lâm", "--json")
    hits = json.loads(r.stdout)
    assert hits and hits[0]["name"] == "苏林" and hits[0]["positions"]
    assert run("kb", "没有这个名字的条目xyz").returncode == 1
