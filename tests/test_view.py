"""The HTML view as a file: what data it carries, how it is styled, filtered, escaped, offline."""

from __future__ import annotations

import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from view_graphs import IMG, PWN, SCRIPT, hostile_graph, small_graph

from diplograph.graph import Country, DiploGraph, Edge, Person
from diplograph.view import EDGE_COLORS, LARGE_GRAPH_NODES, NODE_STYLES, write_html

DATA_RE = re.compile(r'<script type="application/json" id="diplograph-data">(.*?)</script>', re.S)


def page_data(path: Path) -> dict:
    match = DATA_RE.search(path.read_text(encoding="utf-8"))
    assert match, "the page carries its graph as JSON"
    return json.loads(match.group(1))


def tags(html: str) -> Counter:
    """Start tags as a browser's tokenizer sees them (script bodies are not parsed as markup)."""
    found: Counter = Counter()

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found[tag] += 1
            assert not any(name.startswith("on") for name, _value in attrs), f"event handler on <{tag}>"

    Parser().feed(html)
    return found


def labels(data: dict) -> set[str]:
    return {n["label"] for n in data["nodes"]}


def write(tmp_path: Path, graph: DiploGraph | None = None, **options) -> dict:
    return page_data(write_html(graph or small_graph(), tmp_path / "view.html", **options))


def test_counts_and_documents_hidden_by_default(tmp_path):
    data = write(tmp_path)
    assert labels(data) == {"Vladimir Putin", "Ho Chi Minh", "Vietnam", "Russia", "Soviet Union",
                            "Eurasian Economic Union", "Treaty on Basic Principles of Friendly Relations"}
    assert len(data["edges"]) == 10
    assert "MENTIONED_IN" not in {e["type"] for e in data["edges"]}


def test_documents_included_on_request(tmp_path):
    data = write(tmp_path, include_documents=True)
    assert "Putin in Hanoi" in labels(data)
    assert len(data["nodes"]) == 8 and len(data["edges"]) == 11
    doc = next(n for n in data["nodes"] if n["type"] == "Document")
    assert doc["color"] == NODE_STYLES["Document"].color


def test_nodes_and_edges_styled_by_type_with_legend(tmp_path):
    path = write_html(small_graph(), tmp_path / "view.html")
    data = page_data(path)
    for node in data["nodes"]:
        assert (node["color"], node["shape"]) == (NODE_STYLES[node["type"]].color, NODE_STYLES[node["type"]].shape)
    for edge in data["edges"]:
        assert edge["color"] == EDGE_COLORS[edge["type"]] and edge["label"] == edge["type"]
    assert len({NODE_STYLES[t].shape for t in ("Person", "Country", "Organization", "Treaty")}) == 4
    html = path.read_text(encoding="utf-8")
    for node_type in ("Person", "Country", "Organization", "Treaty"):
        assert f'class="dg-node-type" value="{node_type}"' in html
    for edge_type in {e["type"] for e in data["edges"]}:
        assert f'class="dg-edge-type" value="{edge_type}"' in html
    sizes = {n["label"]: n["size"] for n in data["nodes"]}
    assert sizes["Vietnam"] > sizes["Ho Chi Minh"], "size grows with degree"


def test_parallel_edges_get_distinct_curves(tmp_path):
    data = write(tmp_path)
    visits = [e for e in data["edges"] if e["type"] == "VISITED" and e["from"] == "person:vladimir-putin"]
    assert len(visits) == 2
    curves = {(e["smooth"]["type"], e["smooth"]["roundness"]) for e in visits}
    assert len(curves) == 2
    single = next(e for e in data["edges"] if e["type"] == "RECOGNIZED")
    assert single["smooth"] is False


def test_edge_details_carry_date_cameo_and_evidence(tmp_path):
    data = write(tmp_path)
    visit = next(e for e in data["edges"] if e["type"] == "VISITED" and e["y0"] == 2024)
    rows = dict(visit["details"])
    assert rows["date"] == "2024-06-19/2024-06-20"
    assert rows["CAMEO"] == "042 Make a visit"
    assert rows["from"] == "Vladimir Putin" and rows["to"] == "Vietnam"
    assert visit["evidence"][0]["doc"] == "Putin in Hanoi (2024-06-20)"
    assert "state visit to Vietnam" in visit["evidence"][0]["text"]
    putin = next(n for n in data["nodes"] if n["label"] == "Vladimir Putin")
    assert "Putin" in putin["names"] and dict(putin["details"])["titles"] == "President"


def test_focus_and_depth_restrict_to_the_neighbourhood(tmp_path):
    assert labels(write(tmp_path, focus="Ho Chi Minh", depth=1)) == {"Ho Chi Minh", "Soviet Union"}
    two = labels(write(tmp_path, focus="ho chi minh", depth=2))
    assert two == {"Ho Chi Minh", "Soviet Union", "Vietnam", "Russia"}
    by_alias = labels(write(tmp_path, focus="Viet Nam", depth=1))
    assert {"Vietnam", "Vladimir Putin", "Russia", "Soviet Union"} <= by_alias
    assert "Ho Chi Minh" not in by_alias


def test_unknown_focus_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="Atlantis"):
        write_html(small_graph(), tmp_path / "view.html", focus="Atlantis")


def test_since_until_filter_edges_by_year(tmp_path):
    recent = write(tmp_path, since=2000)
    assert {e["type"] for e in recent["edges"]} == {"VISITED", "PARTNERSHIP"}
    assert all(e["y1"] >= 2000 for e in recent["edges"])
    assert labels(recent) == {"Vladimir Putin", "Vietnam", "Russia"}
    early = write(tmp_path, until=1960)
    assert sorted(e["type"] for e in early["edges"]) == ["RECOGNIZED", "VISITED"]
    window = write(tmp_path, since=1990, until=2005)
    assert sorted(e["type"] for e in window["edges"]) == ["PARTNERSHIP", "SIGNED", "SIGNED", "VISITED"]


def test_edge_and_node_type_options(tmp_path):
    signed = write(tmp_path, edge_types=["SIGNED"])
    assert len(signed["edges"]) == 2
    assert labels(signed) == {"Vietnam", "Russia", "Treaty on Basic Principles of Friendly Relations"}
    countries = write(tmp_path, node_types=["Country"])
    assert labels(countries) == {"Vietnam", "Russia", "Soviet Union"}
    assert {e["type"] for e in countries["edges"]} == {"PARTNERSHIP", "RECOGNIZED", "SUCCEEDED"}
    with pytest.raises(ValueError, match="unknown edge type"):
        write(tmp_path, edge_types=["INVADED"])


def test_document_text_is_escaped(tmp_path):
    path = write_html(hostile_graph(), tmp_path / "hostile.html", include_documents=True)
    html = path.read_text(encoding="utf-8")
    for raw in (SCRIPT, IMG, PWN, "<script>window", "<img src=x", "onerror=\"window"):
        assert raw not in html
    data = page_data(path)
    evil = next(n for n in data["nodes"] if n["type"] == "Person")
    assert evil["label"] == f"Evil {SCRIPT} {IMG}", "the text survives, as text"
    stated = next(e for e in data["edges"] if e["type"] == "STATED")
    assert SCRIPT in stated["evidence"][0]["text"]
    assert tags(html)["script"] == 4, "only the page's own script elements"
    assert "img" not in tags(html)


def test_title_is_escaped(tmp_path):
    path = write_html(small_graph(), tmp_path / "view.html", title=f"T {SCRIPT}")
    assert SCRIPT not in path.read_text(encoding="utf-8")


def test_page_is_self_contained(tmp_path):
    html = write_html(small_graph(), tmp_path / "view.html").read_text(encoding="utf-8")
    assert "vis.Network" in html and "vis-network" in html, "vis-network is inlined"
    assert not re.search(r"<script[^>]*\bsrc\s*=", html, re.I)
    assert not re.search(r"<link[^>]*\bhref\s*=", html, re.I)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?https?://""", html, re.I)
    assert not re.search(r"""url\(\s*["']?https?:""", html, re.I)
    assert not re.search(r"@import", html)


def test_empty_selection_still_writes_a_page(tmp_path):
    data = write(tmp_path, edge_types=["SUCCEEDED"], since=2000)
    assert data["nodes"] == [] and data["edges"] == []


def test_large_graphs_get_seeded_positions_and_a_frozen_layout(tmp_path):
    g = DiploGraph()
    n = LARGE_GRAPH_NODES + 50
    for i in range(n):
        g.add_node(Person(id=f"person:{i}", name=f"Person {i}"))
    g.add_node(Country(id="country:vn", name="Vietnam"))
    for i in range(0, n, 2):
        g.add_edge(Edge(type="VISITED", source=f"person:{i}", target="country:vn"))
    data = write(tmp_path, g)
    assert data["meta"]["freezeAfterStabilization"] is True
    assert all("x" in node and "y" in node for node in data["nodes"])
    small = write(tmp_path)
    assert small["meta"]["freezeAfterStabilization"] is False
    assert not any("x" in node for node in small["nodes"])
    assert write(tmp_path, physics=False)["meta"]["freezeAfterStabilization"] is True
    assert write(tmp_path, g, physics=True)["meta"]["freezeAfterStabilization"] is False


def test_to_html_delegates(tmp_path):
    path = small_graph().to_html(tmp_path / "sub" / "g.html", focus="Vietnam", depth=1)
    assert path.exists() and "Vietnam" in labels(page_data(path))
