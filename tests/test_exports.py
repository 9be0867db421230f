"""Exports a user opens elsewhere: JSON that validates against the schema, GraphML, CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx

from diplograph.graph import Country, DiploGraph, Edge, EventDate, Evidence, GraphData, Person
from diplograph.graph.exports import export_graph, json_schema

ROOT = Path(__file__).resolve().parent.parent
TEXT = 'Putin said: "We value Vietnam, a <b>key</b> partner."'


def small_graph() -> DiploGraph:
    graph = DiploGraph()
    graph.add_node(Country(id="country:vn", name="Vietnam", iso_code="VN", aliases=["Viet Nam"]))
    graph.add_node(Person(id="person:vladimir-putin", name="Vladimir Putin", aliases=["Putin"], titles=["President"]))
    graph.add_edge(
        Edge(
            type="STATED", source="person:vladimir-putin", target="country:vn", quote="We value Vietnam",
            date=EventDate.parse("2024-06-19/2024-06-20"), cameo="010", rule="test",
            evidence=[Evidence(doc_id="doc-1", sentence=0, start_char=0, end_char=len(TEXT), text=TEXT)],
        )
    )
    return graph


def test_published_schema_file_is_up_to_date():
    published = json.loads((ROOT / "schema" / "diplograph.schema.json").read_text(encoding="utf-8"))
    assert published == json_schema(), "run: diplograph schema --out schema/diplograph.schema.json"


def test_json_export_reads_back_as_the_same_graph(tmp_path):
    (path,) = export_graph(small_graph(), "json", tmp_path / "g.json")
    data = GraphData.model_validate_json(path.read_text(encoding="utf-8"))
    assert DiploGraph.from_data(data).to_data() == small_graph().to_data()
    edge = json.loads(path.read_text(encoding="utf-8"))["edges"][0]
    assert edge["date"] == {"start": "2024-06-19", "end": "2024-06-20", "precision": "day"}
    assert edge["evidence"][0]["text"] == TEXT


def test_graphml_export_opens_in_networkx_with_scalar_attributes(tmp_path):
    (path,) = export_graph(small_graph(), "graphml", tmp_path / "g.graphml")
    loaded = nx.read_graphml(path)
    assert loaded.nodes["country:vn"]["name"] == "Vietnam"
    assert json.loads(loaded.nodes["country:vn"]["aliases"]) == ["Viet Nam"]
    (_, _, attrs), = loaded.edges(data=True)
    assert attrs["type"] == "STATED" and attrs["start"] == "2024-06-19" and attrs["end"] == "2024-06-20"
    assert json.loads(attrs["evidence"])[0]["text"] == TEXT


def test_csv_export_writes_nodes_edges_and_evidence_tables(tmp_path):
    written = export_graph(small_graph(), "csv", tmp_path / "out")
    assert [p.name for p in written] == ["nodes.csv", "edges.csv", "evidence.csv"]
    with (tmp_path / "out" / "edges.csv").open(encoding="utf-8") as handle:
        (edge,) = list(csv.DictReader(handle))
    assert (edge["type"], edge["source"], edge["target"], edge["precision"]) == ("STATED", "person:vladimir-putin", "country:vn", "day")
    with (tmp_path / "out" / "evidence.csv").open(encoding="utf-8") as handle:
        (item,) = list(csv.DictReader(handle))
    assert item["edge_id"] == edge["id"] and item["text"] == TEXT
