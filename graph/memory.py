"""The in-memory graph: a networkx MultiDiGraph holding pydantic nodes and edges.

Everything downstream (stores, exports, the view, analysis) starts from this class, so it
owns merging: adding a node or edge that is already there unions aliases and evidence.
"""

from __future__ import annotations

import gc
import json
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

import networkx as nx

from .models import (
    NODE_CLASSES,
    Edge,
    Evidence,
    GraphData,
    NodeBase,
    node_from_dict,
)


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the duration, then back as it was.

    Extraction and loading build or walk a graph of ~1M small records that live as long as the
    graph, and each burst of allocations lets the collector re-scan all of them (about a tenth of
    extraction on 10,000 articles; ~2 s of the ~6 s of Python time of a 100k-edge load). Neither
    makes reference cycles (tested), so reference counting frees everything all the same."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def add_new_evidence(evidence: list[Evidence], new: Iterable[Evidence], seen: set[tuple]) -> None:
    """Append to ``evidence`` the items of ``new`` whose key is not in ``seen`` (the keys of
    ``evidence``, kept up to date), in order: a linear union, as evidence records are unhashable."""
    for item in new:
        key = item.key()
        if key not in seen:
            seen.add(key)
            evidence.append(item)


def _merge_lists(old: list[Any], new: Iterable[Any]) -> list[Any]:
    """``old`` then the items of ``new`` not yet in it, in order (names and titles)."""
    out = list(old)
    seen = set(out)
    for item in new:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


class DiploGraph:
    """A diplomatic property graph. Nodes are keyed by id, edges by their stable id."""

    def __init__(self) -> None:
        self.nx = nx.MultiDiGraph()
        # edge id -> (the record the keys were read from, its evidence keys): an edge read in
        # thousands of articles merges each new one without re-reading all its evidence
        self._evidence_keys: dict[str, tuple[Edge, set[tuple]]] = {}

    def __getstate__(self) -> dict[str, Any]:
        return {"nx": self.nx}  # the key cache is rebuilt on demand (workers send graphs to the parent)

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.nx = state["nx"]
        self._evidence_keys = {}

    # ---- building -------------------------------------------------------------------
    def add_node(self, node: NodeBase) -> NodeBase:
        """Add a node, or merge it into the one with the same id (aliases, ids, titles)."""
        if node.id in self.nx:
            current: NodeBase = self.nx.nodes[node.id]["record"]
            if node is current or node == current:
                return current  # nothing to merge (the common case when article graphs are joined)
            updates: dict[str, Any] = {}
            for field in ("aliases", "titles"):
                if hasattr(current, field):
                    merged = _merge_lists(getattr(current, field), getattr(node, field))
                    updates[field] = [a for a in merged if a != current.name] if field == "aliases" else merged
            if node.name != current.name and node.name not in current.aliases:
                updates["aliases"] = _merge_lists(updates.get("aliases", current.aliases), [node.name])
            updates["external_ids"] = {**node.external_ids, **current.external_ids}
            for field in type(current).model_fields:
                if field in updates or field in ("id", "name", "type"):
                    continue
                if getattr(current, field) in (None, False, "", []) and getattr(node, field, None) not in (None, False, "", []):
                    updates[field] = getattr(node, field)
            current = current.model_copy(update=updates)
            self.nx.nodes[node.id]["record"] = current
            return current
        self.nx.add_node(node.id, record=node)
        return node

    def add_edge(self, edge: Edge) -> Edge:
        """Add an edge; an edge with the same id gains the new evidence instead of repeating."""
        for end in (edge.source, edge.target):
            if end not in self.nx:
                raise KeyError(f"edge {edge.id} ({edge.type}) points at unknown node {end!r}")
        if self.nx.has_edge(edge.source, edge.target, key=edge.id):
            current: Edge = self.nx.edges[edge.source, edge.target, edge.id]["record"]
            if edge is current:
                return current
            cached = self._evidence_keys.get(edge.id)
            if cached is None or cached[0] is not current:  # first merge, or the record was replaced
                cached = (current, {e.key() for e in current.evidence})
            seen = cached[1]
            evidence = list(current.evidence)
            add_new_evidence(evidence, edge.evidence, seen)
            merged = current.model_copy(
                update={
                    "evidence": evidence,
                    "confidence": max(current.confidence, edge.confidence),
                    "quote": current.quote or edge.quote,
                    "medium": current.medium or edge.medium,
                    "place": current.place or edge.place,
                }
            )
            self.nx.edges[edge.source, edge.target, edge.id]["record"] = merged
            self._evidence_keys[edge.id] = (merged, seen)
            return merged
        self.nx.add_edge(edge.source, edge.target, key=edge.id, record=edge)
        return edge

    def merge(self, other: "DiploGraph") -> "DiploGraph":
        """Add every node and edge of ``other`` into this graph (in place) and return self."""
        return self.add_records(other.nodes(), other.edges())

    def add_records(self, nodes: Iterable[NodeBase], edges: Iterable[Edge]) -> "DiploGraph":
        """Add nodes, then edges between them (what ``merge`` does, from plain lists: extraction
        workers send these, lighter to pickle than a graph)."""
        for node in nodes:
            self.add_node(node)
        mine = self.nx
        for edge in edges:
            if mine.has_edge(edge.source, edge.target, key=edge.id):
                self.add_edge(edge)
            elif edge.source in mine and edge.target in mine:  # a new edge needs no merging
                mine.add_edge(edge.source, edge.target, key=edge.id, record=edge)
            else:
                self.add_edge(edge)  # raises: an end is missing
        return self

    # ---- reading --------------------------------------------------------------------
    def node(self, node_id: str) -> NodeBase:
        return self.nx.nodes[node_id]["record"]

    def __contains__(self, node_id: object) -> bool:
        return node_id in self.nx

    def nodes(self, type: str | None = None) -> list[NodeBase]:
        return [
            data["record"]
            for _, data in self.nx.nodes(data=True)
            if type is None or data["record"].type == type
        ]

    def edges(self, type: str | None = None, source: str | None = None, target: str | None = None) -> list[Edge]:
        out = []
        if source is not None:  # read one node's own edges, not the whole graph's
            found = self.nx.out_edges(source, data=True) if source in self.nx else ()
        elif target is not None:
            found = self.nx.in_edges(target, data=True) if target in self.nx else ()
        else:
            found = self.nx.edges(data=True)
        for _, _, data in found:
            edge: Edge = data["record"]
            if type is not None and edge.type != type:
                continue
            if source is not None and edge.source != source:
                continue
            if target is not None and edge.target != target:
                continue
            out.append(edge)
        return out

    def edge(self, edge_id: str) -> Edge:
        for edge in self.iter_edges():
            if edge.id == edge_id:
                return edge
        raise KeyError(edge_id)

    def iter_edges(self) -> Iterator[Edge]:
        for _, _, data in self.nx.edges(data=True):
            yield data["record"]

    def find(self, name: str, type: str | None = None) -> NodeBase | None:
        """The node whose canonical name or alias equals ``name`` (case-insensitive)."""
        wanted = name.casefold().strip()
        for node in self.nodes(type):
            if node.id.casefold() == wanted or any(n.casefold() == wanted for n in node.all_names()):
                return node
        return None

    def counts(self) -> dict[str, Counter]:
        return {
            "nodes": Counter(n.type for n in self.nodes()),
            "edges": Counter(e.type for e in self.iter_edges()),
        }

    def __len__(self) -> int:
        return self.nx.number_of_nodes()

    # ---- conversions ----------------------------------------------------------------
    def to_data(self) -> GraphData:
        nodes = sorted(self.nodes(), key=lambda n: n.id)
        edges = sorted(self.iter_edges(), key=lambda e: e.id)
        return GraphData(nodes=nodes, edges=edges)

    @classmethod
    def from_data(cls, data: GraphData) -> "DiploGraph":
        graph = cls()
        for node in data.nodes:
            graph.add_node(node)
        for edge in data.edges:
            graph.add_edge(edge)
        return graph

    def to_json(self, path: str | Path | None = None, indent: int | None = 2) -> str:
        text = self.to_data().model_dump_json(indent=indent)
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text

    @classmethod
    def from_json(cls, source: str | Path) -> "DiploGraph":
        """Read a graph from a JSON string or from a path to a JSON file."""
        text = source
        if isinstance(source, Path) or (isinstance(source, str) and not source.lstrip().startswith("{")):
            text = Path(source).read_text(encoding="utf-8")
        return cls.from_data(GraphData.model_validate_json(text))

    def to_networkx(self) -> nx.MultiDiGraph:
        """A plain networkx copy: node/edge attributes are the records' JSON-able fields."""
        out = nx.MultiDiGraph()
        for node in self.nodes():
            out.add_node(node.id, **node.model_dump(mode="json"))
        for edge in self.iter_edges():
            out.add_edge(edge.source, edge.target, key=edge.id, **edge.model_dump(mode="json"))
        return out

    @classmethod
    def from_networkx(cls, graph: nx.MultiDiGraph) -> "DiploGraph":
        out = cls()
        for node_id, attrs in graph.nodes(data=True):
            out.add_node(node_from_dict({"id": node_id, **attrs}))
        for source, target, key, attrs in graph.edges(keys=True, data=True):
            out.add_edge(Edge.model_validate({**attrs, "id": key, "source": source, "target": target}))
        return out

    def to_dict(self) -> dict[str, Any]:
        return json.loads(self.to_json(indent=None))

    # ---- delegations (kept in their own modules) -----------------------------------
    def query(self, name: str, **params: Any) -> list[Any]:
        """Run a named query module against this graph (in a private embedded store)."""
        from diplograph.graph.store import query_graph

        return query_graph(self, name, params)

    def to_html(self, path: str | Path, **options: Any) -> Path:
        """Write the interactive offline HTML view of this graph; returns its path."""
        from diplograph.view import write_html

        return write_html(self, path, **options)


__all__ = ["DiploGraph", "NODE_CLASSES"]

