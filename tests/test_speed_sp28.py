"""sp28 (issue 17): speed changes that leave every result as it was."""

from __future__ import annotations

import importlib
import re
from typing import Any

from dipnet import rx

# invented patterns sharing sets: a Chinese range, a digit class, a negated set of stops
_SHARED = [r"(?<![\u4e00-\u9fff])访[\u4e00-\u9fff]{2,4}", r"(?<!\d)\d{1,2}月[\u4e00-\u9fff]{1,3}会",
           r"(?:提出|表示)[^。;!?]{0,20}?(?:合作|支持)", r"[^。;!?]{2,9}(?:大学|学院)", r"(?i)[a-z\u4e00-\u9fff]+岛"]


def _plain_program(source: str) -> list[int]:
    """The program re's own compiler builds for `source` (no kept sets)."""
    compiler = importlib.import_module("re._compiler")
    parsed = importlib.import_module("re._parser").parse(source, 0)
    return [int(c) for c in compiler._code(parsed, parsed.state.flags)]


def test_kept_sets_build_the_programs_re_builds() -> None:
    compiler = importlib.import_module("re._compiler")
    constants = importlib.import_module("re._constants")
    for source in _SHARED * 2:  # the second time every case-sensitive set is answered from the kept ones
        parsed = importlib.import_module("re._parser").parse(source, 0)
        code: list[int] = []
        rx._compiled(code, parsed, None, parsed.state.flags, compiler, constants)
        assert [int(c) for c in code] == _plain_program(source), source
    assert compiler._optimize_charset.__module__ == "re._compiler"  # re's own step is back in place


def test_a_set_seen_is_optimized_once(monkeypatch: Any) -> None:
    compiler = importlib.import_module("re._compiler")
    seen: list[tuple[Any, ...]] = []
    own = compiler._optimize_charset

    def counting(charset: Any, *rest: Any) -> Any:
        seen.append(tuple(charset))
        return own(charset, *rest)

    monkeypatch.setattr(compiler, "_optimize_charset", counting)
    monkeypatch.setattr(rx, "_SETS", {})
    for source in (r"甲[\u4e00-\u9fff]{2}乙", r"丙[\u4e00-\u9fff]+丁"):
        rx.gated(source, skip=False)
    assert seen.count(((importlib.import_module("re._constants").RANGE, (0x4E00, 0x9FFF)),)) == 1


def test_gated_patterns_match_as_before() -> None:
    texts = ["他将于5月访问日本东京大学并表示支持合作。", "12月越南国会会议;访华三日", "Phu Quoc岛与富国岛"]
    for source in _SHARED:
        fast, plain = rx.gated(source), re.compile(source)
        for t in texts:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)], (source, t)
