from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
DEV = SHARED / "corpus" / "dev" / "pages.jsonl"
SCORER = SHARED / "eval" / "score.py"
GOLD_SEEDS = SHARED / "eval" / "gold" / "seeds.jsonl"
GOLD_DEV = SHARED / "eval" / "gold" / "dev.jsonl"


def score(gold: Path, records: list[dict], tmp_path: Path) -> dict:
    """Run ../shared/eval/score.py on records and return its summary."""
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.fixture(scope="session")
def seed_records() -> list[dict]:
    from dipnet.contract import to_record
    from dipnet.pipeline import extract

    return [to_record(extract(p)) for p in SEEDS]


@pytest.fixture(scope="session")
def dev_records() -> list[dict]:
    from dipnet.contract import to_record
    from dipnet.pipeline import process_inputs

    return [to_record(d) for d in process_inputs([str(DEV)])]
