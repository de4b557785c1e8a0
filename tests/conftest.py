"""Shared test settings. The one place that knows where the annotated corpus is.

The real pages and their gold annotations are not part of this repository: they live in the
project's `shared/` folder (corpus/ and eval/), found beside the checkout (`../shared`) or where
`DIPNET_SHARED` points. Tests that read them are marked `needs_corpus` (or use the `seed_records`
/ `dev_records` fixtures) and skip, saying why and how to get it, where it is absent; tests on text
they make themselves, or on the bundled `examples/`, run everywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = Path(os.environ.get("DIPNET_SHARED") or ROOT.parent / "shared").resolve()
SEEDS = sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
DEV = SHARED / "corpus" / "dev" / "pages.jsonl"
SCORER = SHARED / "eval" / "score.py"
GOLD_SEEDS = SHARED / "eval" / "gold" / "seeds.jsonl"
GOLD_DEV = SHARED / "eval" / "gold" / "dev.jsonl"

HAVE_CORPUS = bool(SEEDS) and all(p.is_file() for p in (DEV, SCORER, GOLD_SEEDS, GOLD_DEV))
CORPUS_MISSING = (f"needs the annotated corpus, not found at {SHARED}: put the project's shared/ folder "
                  "(corpus/ and eval/) beside this checkout as ../shared, or set DIPNET_SHARED to it "
                  "(README, 'Set up')")

# `@needs_corpus` on a test, or `pytestmark = needs_corpus` on a module that reads the corpus
needs_corpus = pytest.mark.needs_corpus
_CORPUS_FIXTURES = {"seed_records", "dev_records"}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs_corpus: reads the annotated corpus (../shared or DIPNET_SHARED); "
                                       "skipped, saying why, where it is absent")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if HAVE_CORPUS:
        return
    skip = pytest.mark.skip(reason=CORPUS_MISSING)
    for item in items:
        if item.get_closest_marker("needs_corpus") or _CORPUS_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(skip)


def require_corpus() -> None:
    """Skip the calling test or fixture where the corpus is absent (for code outside a marked test)."""
    if not HAVE_CORPUS:
        pytest.skip(CORPUS_MISSING)


def score(gold: Path, records: list[dict], tmp_path: Path) -> dict:
    """Run ../shared/eval/score.py on records and return its summary."""
    require_corpus()
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.fixture(scope="session")
def seed_records() -> list[dict]:
    from dipnet.contract import to_record
    from dipnet.pipeline import extract

    require_corpus()
    return [to_record(extract(p)) for p in SEEDS]


@pytest.fixture(scope="session")
def dev_records() -> list[dict]:
    from dipnet.contract import to_record
    from dipnet.pipeline import process_inputs

    require_corpus()
    return [to_record(d) for d in process_inputs([str(DEV)])]
