"""A stable layout of the actor network, computed on the server: networkx's force-directed layout
from a fixed seed over nodes and edges added in a fixed order, so the same data always draws the
same picture (the browser only draws, pans and zooms). Positions are in [0, 1] x [0, 1]."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

SEED = 15  # any fixed number: the layout must not change between two requests for the same data
ASPECT = 1000 / 700  # the width over the height of the frame the UI draws in (views/network.js)
GAP = 0.06  # between two components' boxes, in units of the biggest one's side


def layout(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], seed: int = SEED) -> list[dict[str, Any]]:
    """`nodes` (entity_id, ...) with `x`, `y` set from a weighted spring layout of `edges`
    (source, target, weight). Heavier links pull harder (log weight, so one busy pair does not
    collapse the picture); components are packed side by side by networkx itself."""
    ids = tuple(sorted(n["entity_id"] for n in nodes))
    links = tuple(sorted((e["source"], e["target"], max(1, int(e["weight"]))) for e in edges))
    if not ids:
        return nodes
    pos = _positions(ids, links, seed)
    out = []
    for n in nodes:
        x, y = pos.get(n["entity_id"], (0.5, 0.5))
        out.append({**n, "x": round(float(x), 4), "y": round(float(y), 4)})
    return out


@lru_cache(maxsize=64)
def _positions(ids: tuple[str, ...], links: tuple[tuple[str, str, int], ...], seed: int
               ) -> dict[str, tuple[float, float]]:
    """The layout of one graph, kept: it depends on nothing but the graph (the same nodes and
    weighted edges always give the same picture), and a spring layout costs most of a network answer."""
    import networkx as nx

    g = nx.Graph()
    for i in ids:
        g.add_node(i)
    for a, b, w in links:
        if a in g and b in g:
            g.add_edge(a, b, w=1.0 + math.log(w))
    return _pack([_component(g.subgraph(c), seed) for c in _components(g)])


def _components(g: Any) -> list[list[str]]:
    """Connected components, biggest first, each in a fixed order."""
    import networkx as nx

    comps = [sorted(c) for c in nx.connected_components(g)]
    return sorted(comps, key=lambda c: (-len(c), c[0]))


def _component(g: Any, seed: int) -> dict[str, tuple[float, float]]:
    """One component laid out on its own, in [0, 1]² (a lone node or pair needs no simulation)."""
    import networkx as nx

    ids = sorted(g.nodes)
    if len(ids) == 1:
        return {ids[0]: (0.5, 0.5)}
    if len(ids) == 2:
        return {ids[0]: (0.0, 0.5), ids[1]: (1.0, 0.5)}
    # k a little above networkx's default 1/sqrt(n): room for labels between the nodes
    raw = nx.spring_layout(g, k=1.6 / math.sqrt(len(ids)), weight="w", iterations=200, seed=seed)
    xs = [p[0] for p in raw.values()]
    ys = [p[1] for p in raw.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    return {i: ((p[0] - min(xs)) / span, (p[1] - min(ys)) / span) for i, p in raw.items()}


def _shelves(sides: list[float], row_w: float) -> tuple[list[tuple[float, float]], float, float]:
    """Boxes of `sides` in rows no wider than `row_w`: their corners, and the width and height used."""
    x = y = row_h = width = 0.0
    corners = []
    for side in sides:
        if x > 0 and x + side > row_w + 1e-9:
            x, y, row_h = 0.0, y + row_h + GAP, 0.0
        corners.append((x, y))
        width = max(width, x + side)
        x += side + GAP
        row_h = max(row_h, side)
    return corners, width, y + row_h


def _pack(parts: list[dict[str, tuple[float, float]]], aspect: float = ASPECT) -> dict[str, tuple[float, float]]:
    """Components side by side in rows (a box each, its side growing with the square root of its
    size), the rows as wide as makes the whole largest in a frame of `aspect`, so a lone pair does
    not shrink the main component to a corner; then all in [0, 1]² standing for that frame."""
    biggest = max(len(p) for p in parts)
    sides = [max(0.12, math.sqrt(len(p) / biggest)) for p in parts]
    widths = sorted({sum(sd + GAP for sd in sides[:n]) - GAP for n in range(1, len(sides) + 1)})

    def scale(row_w: float) -> float:  # how far the whole must shrink to fit the frame
        _, w, h = _shelves(sides, row_w)
        return max(w / aspect, h)

    corners, _, _ = _shelves(sides, min(widths, key=scale))
    out: dict[str, tuple[float, float]] = {}
    for p, side, (x, y) in zip(parts, sides, corners, strict=True):
        margin = side * 0.1 if len(p) > 1 else 0.0
        for i, (px, py) in p.items():
            out[i] = (x + margin + px * (side - 2 * margin), y + margin + py * (side - 2 * margin))
    span_x = max(v[0] for v in out.values()) or 1.0
    span_y = max(v[1] for v in out.values()) or 1.0
    k = max(span_x / aspect, span_y)  # one scale for both axes: the picture is not stretched
    return {i: (min(1.0, v[0] / (k * aspect)), min(1.0, v[1] / k)) for i, v in out.items()}
