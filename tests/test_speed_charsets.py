"""rx makes re's compiler remember the character sets it lays out (issue 17): the compiled code of a
pattern is the same as the compiler's own, the first time and every later time."""

from __future__ import annotations

import importlib

from dipnet import rx

PATTERNS = [
    r"[\u3400-\u9fff]{2,}", r"(?<![\u3400-\u9fff])[\u4e00-\u9fff]+[,。]", r"[^\u4e00-\u9fff\n]+",
    r"[一二三四五六七八九十]{1,3}[、是:.]", r"[\d〇零一二两三四五六七八九十百]+周年", r"[a-z]{2,16}_\d", r"[^\s\d:]+",
    r"(?i)[a-zāáǎà]+", r"(?a)[\w-]+", r"[\U00010000-\U0010ffff]", r"[\s\S]", r"[^a]", r"[,、“‘「『(【《〈〔]",
]


def _code(source: str) -> list[int]:
    parser = importlib.import_module("re._parser")
    compiler = importlib.import_module("re._compiler")
    parsed = parser.parse(source, 0)
    code: list[int] = compiler._code(parsed, parsed.state.flags)
    return code


def test_remembered_charsets_compile_as_the_compiler_does() -> None:
    compiler = importlib.import_module("re._compiler")
    remembering = compiler._optimize_charset
    assert getattr(remembering, "remembers", False)
    plain = next(c.cell_contents for c in remembering.__closure__ if getattr(c.cell_contents, "__name__", "")
                 == "_optimize_charset")
    try:
        first = [_code(p) for p in PATTERNS]
        again = [_code(p) for p in PATTERNS]
        compiler._optimize_charset = plain
        own = [_code(p) for p in PATTERNS]
    finally:
        compiler._optimize_charset = remembering
    assert first == own and again == own
    rx._remember_charsets()  # asked again: not wrapped twice
    assert compiler._optimize_charset is remembering
