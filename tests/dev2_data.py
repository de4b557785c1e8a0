"""The dev2 pages (45 pages from many outlets, ../shared) extracted once for the floor tests of
segmentation, recognition and facts; a test calling this is skipped, saying why, where ../shared
is absent."""

from __future__ import annotations

from functools import lru_cache

import pytest

from conftest import SHARED

DEV2 = SHARED / "corpus" / "dev2" / "pages.jsonl"
GOLD_DEV2 = SHARED / "eval" / "gold" / "dev2.jsonl"


def dev2_records() -> list[dict]:
    if not DEV2.exists() or not GOLD_DEV2.exists():
        pytest.skip(f"the dev2 pages or their gold are absent ({DEV2.parent})")
    return _extract()


@lru_cache(maxsize=1)
def _extract() -> list[dict]:
    from dipnet.contract import to_record
    from dipnet.pipeline import process_inputs

    return [to_record(d) for d in process_inputs([str(DEV2)])]
