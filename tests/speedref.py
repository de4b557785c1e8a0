"""The code a speed change replaced, rebuilt from the new code's source, for tests that compare the two."""

from __future__ import annotations

import inspect
import textwrap


def as_before(func, new: str, old: str, *more: str):  # type: ignore[no-untyped-def]
    """`func` with the text `new` of its source put back to `old` (and each further pair in `more`), compiled in
    its module's globals."""
    src = textwrap.dedent(inspect.getsource(func))
    for a, b in [(new, old), *zip(more[::2], more[1::2], strict=True)]:
        assert src.count(a) == 1, a
        src = src.replace(a, b)
    ns: dict = {}
    exec(compile(src, inspect.getsourcefile(func) or "?", "exec"), func.__globals__, ns)  # noqa: S102
    return ns[func.__name__]
