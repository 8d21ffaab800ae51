"""A small network view as inline SVG: the actor in the middle, those it acts on
to the right, those who act on it to the left, edge width and label by number of events.
Server-side SVG needs no script and every name in it is escaped."""
from __future__ import annotations

import math
from html import escape

WIDTH, HEIGHT, RADIUS = 900, 380, 140
SPREAD = 1.5  # horizontal stretch of the half circles; leaves room for labels inside the view
MAX_SIDE = 10  # neighbours drawn on each side; the lists below the view have them all


def _label(text: str, limit: int = 24) -> str:
    return escape(text if len(text) <= limit else text[: limit - 1] + "…")


def neighbours(actor_id: int, edges: list[dict]) -> tuple[list[dict], list[dict]]:
    """From the store's edges (source, target, type, count): whom the actor acts on
    and who acts on it, each {"id", "name", "count"} summed over event types, most first."""
    targets: dict[int, dict] = {}
    sources: dict[int, dict] = {}
    for e in edges:
        if e["source"] == actor_id and e["target"] != actor_id:
            n = targets.setdefault(e["target"], {"id": e["target"], "name": e["target_name"], "count": 0})
            n["count"] += e["count"]
        if e["target"] == actor_id and e["source"] != actor_id:
            n = sources.setdefault(e["source"], {"id": e["source"], "name": e["source_name"], "count": 0})
            n["count"] += e["count"]
    order = lambda ns: sorted(ns.values(), key=lambda n: (-n["count"], str(n["name"])))  # noqa: E731
    return order(targets), order(sources)


def _trim(x1: float, y1: float, x2: float, y2: float, start_r: float, end_r: float):
    """The segment between two circles' edges, so the arrowhead touches the node, not its centre."""
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    return x1 + ux * start_r, y1 + uy * start_r, x2 - ux * end_r, y2 - uy * end_r


def svg(actor: dict, edges: list[dict]) -> str:
    cx, cy = WIDTH / 2, HEIGHT / 2
    parts = [f'<svg class="network" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-label="Network of {escape(str(actor.get("name", "")))}">',
             # arrowheads of one size whatever the edge's width (userSpaceOnUse), ending at the circle
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" '
             'markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">'
             '<path d="M0,0 L10,5 L0,10 z"/></marker></defs>']
    targets, sources = neighbours(actor["id"], edges)
    sides = ((targets, 1), (sources, -1))
    top = max([n["count"] for side, _ in sides for n in side] or [1])
    nodes = []
    for side, direction in sides:
        shown = side[:MAX_SIDE]
        for i, n in enumerate(shown):
            # Spread over a half circle: right side for targets, left for sources.
            angle = math.pi * (i + 1) / (len(shown) + 1) - math.pi / 2
            x = cx + direction * RADIUS * SPREAD * math.cos(angle)
            y = cy + RADIUS * math.sin(angle)
            width = 1 + 4 * n.get("count", 1) / top
            x1, y1, x2, y2 = _trim(*((cx, cy, x, y) if direction > 0 else (x, y, cx, cy)),
                                   start_r=12 if direction > 0 else 7, end_r=7 if direction > 0 else 12)
            cls = "out" if direction > 0 else "in"
            count = n.get("count", 1)
            parts.append(f'<line class="edge {cls}" x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" '
                         f'stroke-width="{width:.1f}" marker-end="url(#arrow)">'
                         f'<title>{count} event{"s" * (count != 1)}</title></line>'
                         f'<text class="edge-count" x="{(x1 + x2) / 2:.0f}" y="{(y1 + y2) / 2 - 4:.0f}" '
                         f'text-anchor="middle">{count}</text>')
            nodes.append((x, y, n, direction))
    for x, y, n, direction in nodes:
        anchor = "start" if direction > 0 else "end"
        dx = 10 if direction > 0 else -10
        parts.append(f'<a href="/actor/{escape(str(n.get("id", "")))}"><circle class="node" cx="{x:.0f}" '
                     f'cy="{y:.0f}" r="7"/><text x="{x + dx:.0f}" y="{y + 4:.0f}" text-anchor="{anchor}">'
                     f'{_label(str(n.get("name", "?")))}</text></a>')
    parts.append(f'<circle class="node self" cx="{cx:.0f}" cy="{cy:.0f}" r="12"/>'
                 f'<text class="self" x="{cx:.0f}" y="{cy + 30:.0f}" text-anchor="middle">'
                 f'{_label(str(actor.get("name", "")), 32)}</text>')
    parts.append("</svg>")
    return "".join(parts)
