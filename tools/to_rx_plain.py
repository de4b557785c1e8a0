"""Codemod (issue 17): compile a module's constant patterns through dipnet.rx.plain, which builds
re.compile's very program and keeps it between runs (rx.py: a process's start is mostly compiling).

    python tools/to_rx_plain.py src/dipnet/extract/*.py            # prints what it would change
    python tools/to_rx_plain.py --write src/dipnet/extract/*.py    # changes the files

Rewritten: `re.compile(P[, flags])` and `re.search/match/fullmatch/finditer/findall/split(P, s)`,
`re.sub(P, repl, s)` (each optionally with `flags=`), where P is a string constant, an f-string of
module-level names, or a module-level table's entry (`WORDS["x"]`); and `re.compile(P, …)` of any P
inside a function under @cache/@lru_cache (built once per argument). A pattern made from a page's
text is never rewritten (rx.plain keeps what it compiles). `from dipnet.rx import plain as _plain` is
added; run `ruff check --fix` after (import order, an `import re` left unused)."""

from __future__ import annotations

import argparse
import ast
import sys

METHODS = {"compile": 1, "search": 2, "match": 2, "fullmatch": 2, "finditer": 2, "findall": 2, "split": 2, "sub": 3}


def _module_names(tree: ast.Module) -> set[str]:
    out: set[str] = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        out |= {t.id for t in targets if isinstance(t, ast.Name)}
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            out |= {(a.asname or a.name).split(".")[0] for a in node.names}
    return out


def _static(node: ast.expr, mod: set[str]) -> bool:
    def named(e: ast.expr) -> bool:
        if isinstance(e, ast.Name):
            return e.id in mod
        if isinstance(e, (ast.Attribute, ast.Subscript)):
            return isinstance(e.value, ast.Name) and e.value.id in mod and \
                (isinstance(e, ast.Attribute) or isinstance(e.slice, ast.Constant))
        return False
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return all(not isinstance(v, ast.FormattedValue) or (named(v.value) and v.format_spec is None)
                   for v in node.values)
    return isinstance(node, ast.Subscript) and named(node)


def _cached(fn: ast.AST) -> bool:
    return isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
        (isinstance(d, ast.Name) and d.id in ("cache", "lru_cache")) or
        (isinstance(d, ast.Call) and isinstance(d.func, ast.Name) and d.func.id in ("cache", "lru_cache"))
        or (isinstance(d, ast.Attribute) and d.attr in ("cache", "lru_cache")) for d in fn.decorator_list)


def rewrite(src: str) -> tuple[str, list[str]]:
    tree = ast.parse(src)
    mod = _module_names(tree)
    starts = [0]
    for line in src.split("\n"):
        starts.append(starts[-1] + len(line) + 1)

    def at(line: int, col: int) -> int:  # ast columns count UTF-8 bytes
        return starts[line - 1] + len(src[starts[line - 1]:].encode()[:col].decode())

    edits: list[tuple[int, int, str]] = []
    said: list[str] = []

    def visit(node: ast.AST, in_cached: bool) -> None:
        for child in ast.iter_child_nodes(node):
            visit(child, in_cached or _cached(child))
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.func.attr in METHODS):
            return
        name, n = node.func.attr, METHODS[node.func.attr]
        kws = [k for k in node.keywords if k.arg == "flags"]
        if len(kws) != len(node.keywords) or not node.args:
            return
        if name == "compile":
            if len(node.args) > 2 or not (in_cached or _static(node.args[0], mod)):
                return
            flags = [ast.get_source_segment(src, a) or "" for a in node.args[1:]] + \
                    [ast.get_source_segment(src, k.value) or "" for k in kws]
            new = f"_plain({', '.join([ast.get_source_segment(src, node.args[0]) or '', *flags])})"
        else:
            if len(node.args) != n or not _static(node.args[0], mod):
                return
            flags = [ast.get_source_segment(src, k.value) or "" for k in kws]
            rest = [ast.get_source_segment(src, a) or "" for a in node.args[1:]]
            new = f"_plain({', '.join([ast.get_source_segment(src, node.args[0]) or '', *flags])}).{name}({', '.join(rest)})"
        a, b = at(node.lineno, node.col_offset), at(node.end_lineno or node.lineno, node.end_col_offset or 0)
        edits.append((a, b, new))
        said.append(f"{node.lineno}: {src[a:b][:70]!r} -> {new[:70]!r}")

    visit(tree, False)
    for a, b, new in sorted(edits, reverse=True):
        src = src[:a] + new + src[b:]
    if edits and "from dipnet.rx import plain as _plain" not in src:
        src = src.replace("from __future__ import annotations\n",
                          "from __future__ import annotations\n\nfrom dipnet.rx import plain as _plain\n", 1)
    return src, said


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    total = 0
    for path in args.files:
        with open(path, encoding="utf-8") as f:
            src = f.read()
        new, said = rewrite(src)
        total += len(said)
        for s in said:
            print(f"{path}:{s}")
        if args.write and said:
            with open(path, "w", encoding="utf-8") as f:
                f.write(new)
    print(f"{total} call(s) {'rewritten' if args.write else 'to rewrite'}", file=sys.stderr)


if __name__ == "__main__":
    main()
