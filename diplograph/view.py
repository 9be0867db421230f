"""The interactive view: one self-contained HTML file, built with pyvis, that opens offline.

pyvis (``pyvis.network.Network``) collects the vis-network nodes, edges and options; the page
itself comes from our own template (``diplograph/templates/view.html``) because pyvis's stock
template fetches bootstrap and tom-select from CDNs even in ``in_line`` mode. The vis-network
script and stylesheet bundled inside the pyvis package are inlined, so the file needs no network.

Text from documents never reaches the page as markup: the graph travels as JSON inside a
``<script type="application/json">`` element (``tojson`` escapes ``<``, ``>``, ``&`` and ``'``),
and the page builds tooltips and the details panel as text (``textContent``; vis-network 9.1.2
shows string titles with ``innerText``).

In the page: ``window.diplographData`` (nodes, edges, meta), ``window.nodes`` / ``window.edges``
(vis DataSets), ``window.nodesView`` / ``window.edgesView`` (the filtered DataViews the network
draws), ``window.network`` and ``window.diplographReady`` (true once the graph is drawn).
"""

from __future__ import annotations

import json
import math
import random
from collections import Counter, defaultdict, deque
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import jinja2
import networkx as nx
from pydantic import BaseModel

from diplograph.graph.cameo import EVENT_CODES, HOST_A_VISIT
from diplograph.graph.memory import DiploGraph
from diplograph.graph.models import EDGE_TYPES, NODE_TYPES, SYMMETRIC_EDGE_TYPES, Edge, NodeBase

LARGE_GRAPH_NODES = 1000
"""Above this many nodes the layout is stabilised once (limited iterations) and then frozen."""

SEEDED_LAYOUT_NODES = 200
"""Above this many nodes positions are precomputed in Python (see :func:`seed_positions`)."""

MAX_EVIDENCE_PER_EDGE = 5
"""Evidence sentences kept per edge in the page (the count of the rest is shown)."""


class NodeStyle(BaseModel):
    color: str
    shape: str
    symbol: str  # the legend's glyph for the vis shape


NODE_STYLES: dict[str, NodeStyle] = {
    "Person": NodeStyle(color="#4e79a7", shape="dot", symbol="\u25cf"),
    "Country": NodeStyle(color="#e15759", shape="diamond", symbol="\u25c6"),
    "Organization": NodeStyle(color="#59a14f", shape="triangle", symbol="\u25b2"),
    "Treaty": NodeStyle(color="#b07aa1", shape="star", symbol="\u2605"),
    "Document": NodeStyle(color="#9c9c9c", shape="square", symbol="\u25a0"),
}

EDGE_COLORS: dict[str, str] = {
    "VISITED": "#1f77b4",
    "MET": "#ff7f0e",
    "SIGNED": "#2ca02c",
    "STATED": "#7f7f7f",
    "INVITED": "#17becf",
    "RECOGNIZED": "#d62728",
    "PARTNERSHIP": "#9467bd",
    "HOLDS_OFFICE": "#8c564b",
    "AFFILIATED_WITH": "#bcbd22",
    "MEMBER_OF": "#e377c2",
    "SUCCEEDED": "#000000",
    "MENTIONED_IN": "#c7c7c7",
}

_CAMEO_LABELS = {code.cameo: code.cameo_label for code in [*EVENT_CODES.values(), HOST_A_VISIT]}


try:  # the stores' UsageError makes the CLI exit 2 with a one-line message
    from diplograph.graph.store import UsageError as _UsageError
except ImportError:  # pragma: no cover - partial checkout without the stores
    _UsageError = Exception  # type: ignore[misc,assignment]


class ViewError(_UsageError, ValueError):
    """A bad view option (unknown type, a focus name that is not in the graph)."""


def _edge_years(edge: Edge) -> tuple[int, int] | None:
    if edge.date is None:
        return None
    return edge.date.start.year, (edge.date.end or edge.date.start).year


def _in_years(edge: Edge, since: int | None, until: int | None) -> bool:
    """Undated edges cannot be placed in a year range, so a range excludes them."""
    if since is None and until is None:
        return True
    years = _edge_years(edge)
    if years is None:
        return False
    first, last = years
    return (since is None or last >= since) and (until is None or first <= until)


def _check_types(given: Iterable[str] | None, known: tuple[str, ...], what: str) -> set[str] | None:
    if given is None:
        return None
    by_fold = {k.casefold(): k for k in known}
    out, unknown = set(), []
    for item in given:
        match = by_fold.get(item.strip().casefold())
        (out.add(match) if match else unknown.append(item))
    if unknown:
        raise ViewError(f"unknown {what} type(s) {', '.join(unknown)}; known: {', '.join(known)}")
    return out


def select_subgraph(
    graph: DiploGraph,
    *,
    focus: str | None = None,
    depth: int = 2,
    edge_types: list[str] | None = None,
    node_types: list[str] | None = None,
    since: int | None = None,
    until: int | None = None,
    include_documents: bool = False,
) -> tuple[list[NodeBase], list[Edge]]:
    """The nodes and edges the page shows, after the command's options.

    Type and year filters come first, then ``focus`` keeps the nodes within ``depth`` hops of
    that entity (ignoring direction). With an edge-type or year filter, nodes left without any
    edge are dropped too, since they would float unexplained.
    """
    wanted_edges = _check_types(edge_types, EDGE_TYPES, "edge")
    wanted_nodes = _check_types(node_types, NODE_TYPES, "node")
    if wanted_nodes is None:
        wanted_nodes = set(NODE_TYPES) if include_documents else set(NODE_TYPES) - {"Document"}
    elif include_documents:
        wanted_nodes.add("Document")
    if depth < 0:
        raise ViewError(f"depth must be >= 0, got {depth}")

    focus_id: str | None = None
    if focus is not None:
        found = graph.find(focus)
        if found is None:
            raise ViewError(f"no entity named {focus!r} in the graph (names and aliases are matched case-insensitively)")
        focus_id = found.id
        wanted_nodes.add(found.type)

    nodes = {n.id: n for n in graph.nodes() if n.type in wanted_nodes}
    edges = [
        e
        for e in graph.iter_edges()
        if e.source in nodes
        and e.target in nodes
        and (wanted_edges is None or e.type in wanted_edges)
        and _in_years(e, since, until)
    ]
    if wanted_edges is not None or since is not None or until is not None:
        linked = {e.source for e in edges} | {e.target for e in edges}
        nodes = {k: v for k, v in nodes.items() if k in linked or k == focus_id}

    if focus_id is not None:
        multi = nx.MultiDiGraph()
        multi.add_nodes_from(nodes)
        multi.add_edges_from((e.source, e.target, e.id) for e in edges)
        keep = set(nx.ego_graph(multi.to_undirected(as_view=True), focus_id, radius=depth))
        nodes = {k: v for k, v in nodes.items() if k in keep}
        edges = [e for e in edges if e.source in keep and e.target in keep]

    return sorted(nodes.values(), key=lambda n: n.id), sorted(edges, key=lambda e: e.id)


# ---- page data -------------------------------------------------------------------------


def _doc_labels(graph: DiploGraph) -> dict[str, str]:
    labels = {}
    for doc in graph.nodes("Document"):
        label = doc.title or doc.name
        if doc.date:
            label += f" ({doc.date.isoformat()})"
        labels[doc.id] = label
    return labels


def _node_details(node: NodeBase, graph: DiploGraph, offices: list[str], degree: int) -> list[list[str]]:
    rows: list[list[str]] = [["type", node.type]]
    aliases = [a for a in node.aliases if a != node.name]
    if aliases:
        rows.append(["aliases", "; ".join(aliases)])
    titles = list(getattr(node, "titles", []) or [])
    if titles:
        rows.append(["titles", "; ".join(titles)])
    if offices:
        rows.append(["offices", "; ".join(offices)])
    for field in ("kind", "iso_code", "title", "path", "url", "date"):
        value = getattr(node, field, None)
        if value:
            rows.append([field.replace("_", " "), str(value)])
    if getattr(node, "historical", False):
        rows.append(["historical", "yes"])
    for field in ("successor", "predecessor", "country"):
        ref = getattr(node, field, None)
        if ref:
            rows.append([field, graph.node(ref).name if ref in graph else ref])
    if node.external_ids:
        rows.append(["ids", ", ".join(f"{k}: {v}" for k, v in sorted(node.external_ids.items()))])
    rows.append(["relations shown", str(degree)])
    rows.append(["id", node.id])
    return rows


def _edge_details(edge: Edge, names: dict[str, str]) -> list[list[str]]:
    rows = [["type", edge.type], ["from", names.get(edge.source, edge.source)], ["to", names.get(edge.target, edge.target)]]
    if edge.date:
        rows.append(["date", edge.date.iso])
    for field in ("kind", "level", "title", "quote", "medium", "place"):
        value = getattr(edge, field)
        if value:
            rows.append([field, value])
    if edge.cameo:
        label = _CAMEO_LABELS.get(edge.cameo)
        rows.append(["CAMEO", f"{edge.cameo} {label}" if label else edge.cameo])
    if edge.plover:
        rows.append(["PLOVER", edge.plover])
    rows.append(["confidence", f"{edge.confidence:.2f}"])
    rows.append(["rule", edge.rule])
    return rows


def _smooth_for(edges: list[Edge]) -> dict[str, Any]:
    """Edges sharing a pair of nodes get curves of different roundness, alternating sides."""
    groups: dict[tuple[str, str], list[Edge]] = defaultdict(list)
    for edge in edges:
        groups[tuple(sorted((edge.source, edge.target)))].append(edge)  # type: ignore[arg-type]
    smooth: dict[str, Any] = {}
    for (first, _second), group in groups.items():
        if len(group) == 1:
            smooth[group[0].id] = False
            continue
        for i, edge in enumerate(group):
            clockwise = i % 2 == 0
            if edge.source != first:  # drawn the other way round: flip to keep the side
                clockwise = not clockwise
            smooth[edge.id] = {
                "enabled": True,
                "type": "curvedCW" if clockwise else "curvedCCW",
                "roundness": round(0.15 + 0.2 * (i // 2), 2),
            }
    return smooth


def seed_positions(nodes: list[NodeBase], edges: list[Edge], *, core_size: int = 300, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Starting positions for a large graph, so the browser needs only a few physics steps.

    vis-network spends ~0.1 s per physics step on 5,000 nodes in headless Chromium, far too slow
    to lay such a graph out from scratch. So the ``core_size`` best-connected nodes get a
    Fruchterman-Reingold layout from networkx (numpy only below 500 nodes), and every other node
    is put beside an already placed neighbour, breadth first; unconnected nodes go on an outer ring.
    """
    rng = random.Random(seed)
    graph = nx.Graph()
    graph.add_nodes_from(n.id for n in nodes)
    graph.add_edges_from((e.source, e.target) for e in edges if e.source != e.target)
    scale = 45 * math.sqrt(max(len(nodes), 1))
    core = [n for n, _deg in sorted(graph.degree, key=lambda kv: (-kv[1], kv[0]))[:core_size] if graph.degree[n] > 0]
    layout = nx.spring_layout(graph.subgraph(core), seed=seed, iterations=60, method="force") if core else {}
    placed = {k: (float(x) * scale, float(y) * scale) for k, (x, y) in layout.items()}
    queue = deque(core)
    while queue:
        here = queue.popleft()
        hx, hy = placed[here]
        for other in graph[here]:
            if other not in placed:
                angle, radius = rng.uniform(0, 2 * math.pi), rng.uniform(40, 140)
                placed[other] = (hx + radius * math.cos(angle), hy + radius * math.sin(angle))
                queue.append(other)
    for node_id in graph:
        if node_id not in placed:
            angle, radius = rng.uniform(0, 2 * math.pi), scale * rng.uniform(1.15, 1.35)
            placed[node_id] = (radius * math.cos(angle), radius * math.sin(angle))
    return {k: (round(x, 1), round(y, 1)) for k, (x, y) in placed.items()}


def _physics_options(n_nodes: int, physics: bool | None) -> tuple[dict[str, Any], bool]:
    """vis options and whether to freeze the layout once stabilised."""
    large = n_nodes > LARGE_GRAPH_NODES
    freeze = physics is False or (physics is None and large)
    # Small graphs: a full stabilisation. Larger ones start from seed_positions(): a few steps
    # (vis-network needs ~0.03 ms per node per step in headless Chromium on 2 cores).
    iterations = 300 if n_nodes <= SEEDED_LAYOUT_NODES else max(10, min(150, 50_000 // n_nodes))
    options: dict[str, Any] = {
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "centralGravity": 0.3,
                "springLength": 140,
                "springConstant": 0.04,
                "damping": 0.5,
                "avoidOverlap": 0.1,
            },
            "minVelocity": 1.0,
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 25, "fit": True},
        },
        "layout": {"improvedLayout": n_nodes <= 150, "randomSeed": 7},
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "navigationButtons": False,
            "keyboard": {"enabled": True, "bindToWindow": False},
        },
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {
            "font": {"size": 10, "align": "middle", "face": "sans-serif", "strokeWidth": 3},
            "width": 1.5,
            "selectionWidth": 2,
        },
    }
    return options, freeze


def build_network(
    graph: DiploGraph,
    nodes: list[NodeBase],
    edges: list[Edge],
    *,
    physics: bool | None = None,
):
    """A pyvis Network holding the view's nodes and edges (with our extra fields) and options."""
    from pyvis.network import Network

    names = {n.id: n.name for n in graph.nodes()}
    docs = _doc_labels(graph)
    degree = Counter([e.source for e in edges] + [e.target for e in edges])
    offices: dict[str, list[str]] = defaultdict(list)
    for edge in edges:
        if edge.type in ("HOLDS_OFFICE", "AFFILIATED_WITH") and edge.title:
            place = names.get(edge.target, edge.target)
            when = f" ({edge.date.iso})" if edge.date else ""
            offices[edge.source].append(f"{edge.title}, {place}{when}")

    # directed=True also keeps pyvis from dropping parallel edges between the same pair.
    positions = seed_positions(nodes, edges) if len(nodes) > SEEDED_LAYOUT_NODES else {}
    net = Network(directed=True, height="100%", width="100%", cdn_resources="in_line")
    _fast_network_checks(net)
    for node in nodes:
        style = NODE_STYLES[node.type]
        deg = degree.get(node.id, 0)
        extra = {"x": positions[node.id][0], "y": positions[node.id][1]} if node.id in positions else {}
        net.add_node(
            node.id,
            label=node.name,
            shape=style.shape,
            color=style.color,
            size=round(10 + 5 * math.sqrt(deg), 1),
            type=node.type,
            names=node.all_names(),
            details=_node_details(node, graph, offices.get(node.id, []), deg),
            **extra,
        )
    smooth = _smooth_for(edges)
    for edge in edges:
        years = _edge_years(edge)
        evidence = [
            {"doc": docs.get(ev.doc_id, ev.doc_id), "doc_id": ev.doc_id, "sentence": ev.sentence, "text": ev.text}
            for ev in edge.evidence[:MAX_EVIDENCE_PER_EDGE]
        ]
        net.add_edge(
            edge.source,
            edge.target,
            id=edge.id,
            label=edge.type,
            color=EDGE_COLORS[edge.type],
            arrows="" if edge.type in SYMMETRIC_EDGE_TYPES else "to",
            smooth=smooth[edge.id],
            type=edge.type,
            y0=years[0] if years else None,
            y1=years[1] if years else None,
            details=_edge_details(edge, names),
            evidence=evidence,
            more_evidence=max(0, len(edge.evidence) - MAX_EVIDENCE_PER_EDGE),
        )
    options, freeze = _physics_options(len(nodes), physics)
    net.options = options  # a dict, as pyvis allows (set_options() strips spaces from values)
    net.diplograph_freeze = freeze  # read by render_page
    return net


def _fast_network_checks(net) -> None:
    """pyvis 0.3.2 looks node ids up in a list per edge; a set-backed list keeps that O(1)."""

    class _IdList(list):
        def __init__(self) -> None:
            super().__init__()
            self._set: set = set()

        def append(self, item) -> None:  # noqa: D401 - list API
            super().append(item)
            self._set.add(item)

        def __contains__(self, item) -> bool:
            return item in self._set

    net.node_ids = _IdList()


def _asset(*parts: str) -> str:
    import pyvis

    return Path(pyvis.__file__).parent.joinpath("templates", "lib", *parts).read_text(encoding="utf-8")


def render_page(net, *, title: str, options_note: str = "") -> str:
    """The HTML text of the page for a pyvis Network built by :func:`build_network`."""
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    vis_js = _asset("vis-9.1.2", "vis-network.min.js")
    vis_css = _asset("vis-9.1.2", "vis-network.css")
    for text in (vis_js, vis_css):
        if "</script" in text.lower() or "</style" in text.lower():  # would end our inline element early
            raise RuntimeError("bundled vis-network asset cannot be inlined safely")
    type_counts = Counter(n["type"] for n in nodes)
    edge_counts = Counter(e["type"] for e in edges)
    years = [y for e in edges for y in (e["y0"], e["y1"]) if y is not None]
    meta = {
        "title": title,
        "note": options_note,
        "freezeAfterStabilization": bool(getattr(net, "diplograph_freeze", False)),
        "largeGraphNodes": LARGE_GRAPH_NODES,
        "nodeTypes": [
            {"type": t, "color": NODE_STYLES[t].color, "shape": NODE_STYLES[t].shape, "symbol": NODE_STYLES[t].symbol, "count": type_counts[t]}
            for t in NODE_TYPES
            if type_counts[t]
        ],
        "edgeTypes": [{"type": t, "color": EDGE_COLORS[t], "count": edge_counts[t]} for t in EDGE_TYPES if edge_counts[t]],
        "years": [min(years), max(years)] if years else None,
    }
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: resources.files("diplograph").joinpath("templates", name).read_text(encoding="utf-8")),
        autoescape=True,
    )
    template = env.get_template("view.html")
    return template.render(
        title=title,
        data={"nodes": nodes, "edges": edges, "meta": meta},
        options=json.loads(options),
        vis_js=jinja2.utils.markupsafe.Markup(vis_js),
        vis_css=jinja2.utils.markupsafe.Markup(vis_css),
    )


def write_html(
    graph: DiploGraph,
    path: str | Path,
    *,
    focus: str | None = None,
    depth: int = 2,
    edge_types: list[str] | None = None,
    node_types: list[str] | None = None,
    since: int | None = None,
    until: int | None = None,
    physics: bool | None = None,
    include_documents: bool = False,
    title: str = "diplograph",
) -> Path:
    """Write the offline interactive view of ``graph`` to ``path`` (one HTML file) and return it.

    ``physics``: None = live physics up to ``LARGE_GRAPH_NODES`` nodes, above that the layout is
    stabilised once and frozen; False = always stabilise then freeze; True = always live.
    """
    nodes, edges = select_subgraph(
        graph, focus=focus, depth=depth, edge_types=edge_types, node_types=node_types,
        since=since, until=until, include_documents=include_documents,
    )
    notes = []
    if focus:
        notes.append(f"around {focus} (depth {depth})")
    if edge_types:
        notes.append("edges: " + ", ".join(edge_types))
    if node_types:
        notes.append("nodes: " + ", ".join(node_types))
    if since is not None or until is not None:
        notes.append(f"years {since if since is not None else '…'}–{until if until is not None else '…'}")
    net = build_network(graph, nodes, edges, physics=physics)
    html = render_page(net, title=title, options_note="; ".join(notes))
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(out)
    return out


__all__ = [
    "EDGE_COLORS",
    "LARGE_GRAPH_NODES",
    "NODE_STYLES",
    "SEEDED_LAYOUT_NODES",
    "ViewError",
    "build_network",
    "render_page",
    "select_subgraph",
    "write_html",
]
