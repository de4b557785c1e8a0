#!/usr/bin/env python3
"""List import cycles between the modules of a package (static, with ast): each strongly connected
component of the module graph with more than one module, and one shortest cycle through it.
Imports under `if TYPE_CHECKING:` are left out by default (they never run); --all keeps them.
Function-level (deferred) imports count unless --top is given. usage: python tools/import_cycles.py SRC_DIR PKG [--all] [--top]"""
from __future__ import annotations

import ast
import sys
from collections import deque
from pathlib import Path


def module_name(root: Path, path: Path) -> str:
    rel = path.relative_to(root).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports(tree: ast.Module, mod: str, is_pkg: bool, keep_tc: bool, top_only: bool, known: set[str]) -> set[str]:
    out: set[str] = set()
    package = mod if is_pkg else mod.rpartition(".")[0]

    def visit(node: ast.AST, depth: int) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and is_type_checking(child.test) and not keep_tc:
                for c in child.orelse:
                    visit_stmt(c, depth)
                continue
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                if top_only:
                    continue
                visit(child, depth + 1)
                continue
            visit_stmt(child, depth)

    def visit_stmt(child: ast.AST, depth: int) -> None:
        if isinstance(child, ast.Import):
            for a in child.names:
                out.add(a.name)
        elif isinstance(child, ast.ImportFrom):
            if child.level:
                base = package.split(".")
                base = base[:len(base) - (child.level - 1)]
                stem = ".".join(base + ([child.module] if child.module else []))
            else:
                stem = child.module or ""
            for a in child.names:  # from pkg import module: the module (the package is its parent, no edge
                # of this file's); from module import name: the module
                out.add(f"{stem}.{a.name}" if f"{stem}.{a.name}" in known else stem)
        else:
            visit(child, depth)

    visit(tree, 0)
    return out


def main() -> None:
    src, pkg = Path(sys.argv[1]), sys.argv[2]
    keep_tc, top_only = "--all" in sys.argv, "--top" in sys.argv
    mods: dict[str, Path] = {}
    for p in (src / pkg).rglob("*.py"):
        mods[module_name(src, p)] = p
    graph: dict[str, set[str]] = {}
    for m, p in mods.items():
        deps = imports(ast.parse(p.read_text(encoding="utf-8")), m, p.name == "__init__.py", keep_tc, top_only, set(mods))
        graph[m] = {d for d in deps if d in mods and d != m}
    # Tarjan's strongly connected components
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    comps: list[list[str]] = []
    counter = [0]
    sys.setrecursionlimit(10000)

    def strong(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            comps.append(comp)

    for v in sorted(graph):
        if v not in index:
            strong(v)
    cyc = [sorted(c) for c in comps if len(c) > 1]
    print(f"{len(mods)} modules, {sum(len(g) for g in graph.values())} imports, {len(cyc)} cycle group(s)"
          f" ({'with' if keep_tc else 'without'} TYPE_CHECKING imports, {'top-level only' if top_only else 'deferred too'})")
    for comp in sorted(cyc, key=len):
        members = set(comp)
        # one shortest cycle through the first member, by BFS inside the component
        start = comp[0]
        prev: dict[str, str] = {}
        q = deque([start])
        found = None
        while q and found is None:
            v = q.popleft()
            for w in sorted(graph[v] & members):
                if w == start:
                    found = v
                    break
                if w not in prev:
                    prev[w] = v
                    q.append(w)
        path = [start]
        if found is not None:
            back = [found]
            while back[-1] != start:
                back.append(prev[back[-1]])
            path = list(reversed(back)) + [start]
        print(f"- {len(comp)} modules: {', '.join(comp)}")
        print(f"  e.g. {' -> '.join(path)}")


if __name__ == "__main__":
    main()
