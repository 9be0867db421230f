"""Writing a DiploGraph out as JSON (the published schema), GraphML or CSV tables.

GraphML and CSV hold only scalar values, so lists and nested records (aliases, evidence)
are written as JSON strings; JSON keeps the full typed structure and reads back losslessly.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from .memory import DiploGraph
from .models import GraphData

ExportFormat = Literal["json", "graphml", "csv"]
EXPORT_FORMATS: tuple[str, ...] = ("json", "graphml", "csv")

NODE_COLUMNS = ["id", "type", "name", "aliases", "external_ids", "details"]
EDGE_COLUMNS = [
    "id", "type", "source", "target", "start", "end", "precision", "kind", "level", "title",
    "quote", "medium", "place", "cameo", "plover", "confidence", "rule",
]
EVIDENCE_COLUMNS = ["edge_id", "doc_id", "sentence", "start_char", "end_char", "text"]


def _scalar(value: Any) -> Any:
    """GraphML/CSV cells: keep numbers, strings and booleans; JSON-encode the rest; drop None."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _edge_row(edge_data: dict[str, Any]) -> dict[str, Any]:
    date = edge_data.pop("date", None) or {}
    edge_data.pop("evidence", None)
    return {**edge_data, "start": date.get("start"), "end": date.get("end"), "precision": date.get("precision")}


def to_graphml_graph(graph: DiploGraph) -> nx.MultiDiGraph:
    """A networkx graph whose attributes are all GraphML-safe scalars."""
    out = nx.MultiDiGraph()
    for node in graph.nodes():
        data = node.model_dump(mode="json")
        out.add_node(node.id, **{k: v for k, v in ((k, _scalar(v)) for k, v in data.items()) if v is not None})
    for edge in graph.iter_edges():
        data = edge.model_dump(mode="json")
        evidence = data["evidence"]
        row = _edge_row(data)
        row["evidence"] = evidence
        cells = {k: _scalar(v) for k, v in row.items() if k not in ("source", "target")}
        out.add_edge(edge.source, edge.target, key=edge.id, **{k: v for k, v in cells.items() if v is not None})
    return out


def write_json(graph: DiploGraph, path: Path) -> list[Path]:
    path.write_text(graph.to_json(), encoding="utf-8")
    return [path]


def write_graphml(graph: DiploGraph, path: Path) -> list[Path]:
    nx.write_graphml(to_graphml_graph(graph), path, encoding="utf-8")
    return [path]


def write_csv(graph: DiploGraph, folder: Path) -> list[Path]:
    """Three tables in ``folder``: nodes.csv, edges.csv and evidence.csv (one row per evidence item)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    nodes_path, edges_path, evidence_path = folder / "nodes.csv", folder / "edges.csv", folder / "evidence.csv"
    with nodes_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=NODE_COLUMNS)
        writer.writeheader()
        for node in sorted(graph.nodes(), key=lambda n: n.id):
            data = node.model_dump(mode="json")
            common = {key: data.pop(key) for key in ("id", "type", "name", "aliases", "external_ids")}
            writer.writerow({**{k: _scalar(v) for k, v in common.items()}, "details": _scalar(data)})
    written.append(nodes_path)
    with edges_path.open("w", newline="", encoding="utf-8") as edges_handle, evidence_path.open(
        "w", newline="", encoding="utf-8"
    ) as evidence_handle:
        edge_writer = csv.DictWriter(edges_handle, fieldnames=EDGE_COLUMNS)
        evidence_writer = csv.DictWriter(evidence_handle, fieldnames=EVIDENCE_COLUMNS)
        edge_writer.writeheader()
        evidence_writer.writeheader()
        for edge in sorted(graph.iter_edges(), key=lambda e: e.id):
            edge_writer.writerow({k: _scalar(v) for k, v in _edge_row(edge.model_dump(mode="json")).items()})
            for item in edge.evidence:
                evidence_writer.writerow({"edge_id": edge.id, **item.model_dump(mode="json")})
    written += [edges_path, evidence_path]
    return written


WRITERS = {"json": write_json, "graphml": write_graphml, "csv": write_csv}


def export_graph(graph: DiploGraph, format: str, out: str | Path) -> list[Path]:
    """Write ``graph`` in ``format`` to ``out`` (a file; a folder for csv); returns the files written."""
    if format not in WRITERS:
        raise ValueError(f"unknown export format {format!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    out = Path(out)
    if format != "csv":
        out.parent.mkdir(parents=True, exist_ok=True)
    return WRITERS[format](graph, out)


def json_schema() -> dict[str, Any]:
    """The JSON Schema that JSON exports follow (published as schema/diplograph.schema.json)."""
    schema = GraphData.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://diplograph.invalid/schema/diplograph.schema.json"
    schema["title"] = "diplograph graph"
    return schema
