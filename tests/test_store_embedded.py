"""The embedded FalkorDB store: idempotent loads, faithful round trips, the read-only guard,
the directory lock, no orphaned servers, and a load killed midway that a re-run completes.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import psutil
import pytest

from diplograph.graph.embedded_store import EmbeddedStore
from diplograph.graph.memory import DiploGraph
from diplograph.graph.models import Country, Document, Edge, EventDate, Evidence, Person
from diplograph.graph.store import CypherError, ReadOnlyError, StoreConnectionError, check_read_only, open_store

ROOT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).parent / "fixtures" / "mini_graph.json"
PY = sys.executable


def servers_in(data_dir: Path) -> list[int]:
    """Live redis-server processes serving ``data_dir`` (redis chdirs into its data dir)."""
    found = []
    wanted = data_dir.resolve()
    for proc in psutil.process_iter(["name"]):
        try:
            if "redis-server" not in (proc.info["name"] or "") or proc.status() == psutil.STATUS_ZOMBIE:
                continue
            if Path(proc.cwd()).resolve() == wanted:
                found.append(proc.pid)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return found


def ids(store) -> tuple[list[str], list[str]]:
    nodes = sorted(r["id"] for r in store.cypher("MATCH (n) RETURN n.id AS id"))
    edges = sorted(r["id"] for r in store.cypher("MATCH ()-[r]->() RETURN r.id AS id"))
    return nodes, edges


def tricky_graph() -> DiploGraph:
    """Text a naive serialiser would break: quotes, backslashes, newlines, $ and braces, non-ASCII."""
    g = DiploGraph()
    text = 'He said "it\'s done" \\ then {left}\n$a — Hà Nội'
    g.add_node(Person(id="person:x", name='Nguyễn "X" O\'Brien', aliases=["X\\Y", "{z}"], titles=[]))
    g.add_node(Country(id="country:vn", name="Vietnam", aliases=["Viet Nam"], external_ids={"wikidata": "Q881"}))
    g.add_node(Document(id="doc-0000000000000001", name="d", date=EventDate.parse("1923-05-02").start))
    g.add_edge(
        Edge(
            type="STATED", source="person:x", target="country:vn", quote=text, confidence=0.55,
            date=EventDate.parse("1955-07/1955-08"),
            evidence=[Evidence(doc_id="doc-0000000000000001", sentence=0, start_char=3, end_char=3 + len(text), text=text)],
        )
    )
    return g


@pytest.fixture()
def store(tmp_path):
    with EmbeddedStore(tmp_path / "data") as opened:
        yield opened


def test_load_twice_leaves_identical_counts_and_ids(store):
    graph = DiploGraph.from_json(MINI)
    first = store.load(graph)
    counts, keys = store.counts(), ids(store)
    second = store.load(graph)
    assert store.counts() == counts and ids(store) == keys
    assert first.nodes == second.nodes == len(graph) and first.edges == second.edges == 47
    assert sum(counts["nodes"].values()) == len(graph) and sum(counts["edges"].values()) == 47


def test_second_graph_shares_entities_without_duplicates(store):
    graph = DiploGraph.from_json(MINI)
    store.load(graph)
    extra = DiploGraph()
    extra.add_node(Country(id="country:vn", name="Vietnam", aliases=["Việt Nam"]))  # a new alias
    extra.add_node(Country(id="country:ru", name="Russia"))
    extra.add_node(Country(id="country:in", name="India"))
    extra.add_node(Person(id="person:vladimir-putin", name="Vladimir Putin"))
    extra.add_edge(Edge(type="VISITED", source="person:vladimir-putin", target="country:in", date=EventDate.parse("2024-07-08")))
    known = graph.edges(type="PARTNERSHIP")[0]
    new_evidence = Evidence(doc_id="doc-0000000000000009", sentence=2, start_char=10, end_char=14, text="2001")
    extra.add_edge(known.model_copy(update={"evidence": [new_evidence]}))  # an edge already stored
    store.load(extra)
    counts = store.counts()
    assert counts["nodes"]["Country"] == 6 and counts["nodes"]["Person"] == 9
    assert counts["edges"]["VISITED"] == 6 and counts["edges"]["PARTNERSHIP"] == 2
    names = store.cypher("MATCH (c:Country) WHERE c.name = $n RETURN count(c) AS n", {"n": "Vietnam"})
    assert names == [{"n": 1}]
    # merged, not overwritten: both alias sets and both evidence records are kept
    back = store.read_graph()
    assert back.node("country:vn").aliases == ["Viet Nam", "Socialist Republic of Vietnam", "Việt Nam"]
    assert back.edge(known.id).evidence == [*known.evidence, new_evidence]
    assert back.to_data() == DiploGraph.from_json(MINI).merge(extra).to_data()


def test_a_store_written_before_derived_properties_gets_them_when_opened(tmp_path):
    """degree, offices and names_lc (read by most_connected, timeline and name lookups) appear on
    opening a store an older release wrote without them."""
    query = "MATCH (n) RETURN n.id AS id, n.degree AS degree, n.offices AS offices, n.names_lc AS names ORDER BY id"
    with EmbeddedStore(tmp_path) as store:
        store.load(DiploGraph.from_json(MINI))
        loaded = store.cypher(query)
        store.cypher("MATCH (n) REMOVE n.degree, n.offices, n.names_lc", write=True)
    assert any(row["offices"] for row in loaded) and any(row["degree"] for row in loaded)
    with EmbeddedStore(tmp_path) as reopened:
        assert reopened.cypher(query) == loaded


def test_derived_props_agree_between_the_fresh_and_the_merge_load(tmp_path):
    """degree and offices are counted in Python into an empty store and by the store's own count()
    when merging (a load into a non-empty store, e.g. after a killed load): both must agree."""
    graph = DiploGraph.from_json(MINI)
    half = DiploGraph()
    for node in graph.nodes():
        half.add_node(node)
    for i, edge in enumerate(graph.iter_edges()):
        if i % 2:
            half.add_edge(edge)
    query = "MATCH (n) RETURN n.id AS id, n.degree AS degree, n.offices AS offices, n.names_lc AS names ORDER BY id"
    with EmbeddedStore(tmp_path / "fresh") as fresh:
        fresh.load(graph)
        expected = fresh.cypher(query)
    with EmbeddedStore(tmp_path / "merged") as merged:
        merged.load(half)
        merged.load(graph)
        assert merged.cypher(query) == expected
    by_id = {row["id"]: row for row in expected}
    holders = {e.source for e in graph.iter_edges() if e.type == "HOLDS_OFFICE"}
    assert holders and all(by_id[node_id]["offices"] >= 1 for node_id in holders)
    assert by_id["person:maria-zelenkova"]["offices"] == 0  # timeline: a person of no known office


def test_read_graph_round_trip_equals_loaded_graph(store):
    for graph in (DiploGraph.from_json(MINI), tricky_graph()):
        store.clear()
        store.load(graph)
        assert store.read_graph().to_data() == graph.to_data()


def test_round_trip_survives_a_restart(tmp_path):
    graph = DiploGraph.from_json(MINI)
    with EmbeddedStore(tmp_path) as first:
        first.load(graph)
    assert (tmp_path / "graph.db").stat().st_size > 0
    with EmbeddedStore(tmp_path) as second:
        assert second.read_graph().to_data() == graph.to_data()


def test_dates_compare_and_order_across_1970(store):
    store.load(DiploGraph.from_json(MINI))
    starts = [r["s"] for r in store.cypher("MATCH ()-[r:VISITED]->() RETURN r.start AS s ORDER BY r.start")]
    assert starts == ["1923-01-01", "1955-07-01", "1965-02-01", "2001-01-01", "2024-06-19"]
    before = store.cypher("MATCH ()-[r]->() WHERE r.start < $d RETURN count(r) AS n", {"d": "1960-01-01"})
    assert before == [{"n": 4}]  # 1923 visit, 1950 recognition, 1955 visit and statement


@pytest.mark.parametrize(
    "text",
    [
        "CREATE (n:Person {id: 'x'})",
        "MATCH (n) DETACH DELETE n",
        "match (n) set n.name = 'x'",
        "MATCH (n) REMOVE n.name",
        "MERGE (n:Country {id: 'x'})",
        "DROP INDEX ON :Person(id)",
        "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
        "CALL db.idx.fulltext.createNodeIndex('Person', 'name')",
        "MATCH (n) /* harmless? */ FOREACH (x IN [1] | CREATE (:Person))",
    ],
)
def test_read_only_guard_rejects_writes(store, text):
    store.load(DiploGraph.from_json(MINI))
    before = store.counts()
    with pytest.raises(ReadOnlyError):
        store.cypher(text)
    assert store.counts() == before


def test_read_only_guard_allows_reads_that_mention_write_words(store):
    store.load(DiploGraph.from_json(MINI))
    check_read_only("MATCH (n) WHERE n.name = 'CREATE' RETURN n.id // DELETE in a comment")
    out = store.cypher("MATCH (n:Person) WHERE n.name CONTAINS $w RETURN n.name AS name", {"w": "Set"})
    assert out == []
    assert store.cypher("CALL db.labels() YIELD label RETURN count(label) AS n")[0]["n"] == 5
    store.cypher("CREATE (:Person {id: 'person:new', name: 'New', type: 'Person'})", write=True)
    assert store.counts()["nodes"]["Person"] == 10


def test_cypher_syntax_error_is_a_usage_error(store):
    with pytest.raises(CypherError):
        store.cypher("MATCH (n RETURN n")


def test_second_process_waits_then_fails_naming_the_holder(tmp_path):
    """One process per data dir: the second waits (bounded) and names the pid holding the lock."""
    data = tmp_path / "data"
    holder = subprocess.Popen(
        [PY, "-c", textwrap.dedent(f"""
            import sys, time
            from pathlib import Path
            from diplograph.graph.embedded_store import EmbeddedStore
            with EmbeddedStore(Path({str(data)!r})) as s:
                print("ready", s.server_pid, flush=True)
                time.sleep(120)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        word, server = holder.stdout.readline().split()
        assert word == "ready" and servers_in(data) == [int(server)]
        with pytest.raises(StoreConnectionError) as info:
            EmbeddedStore(data, lock_timeout=0.5)
        assert f"data dir {data} is in use by pid {holder.pid}" in str(info.value)
        # SIGTERM: the holder unwinds, stops its server and frees the directory
        holder.send_signal(signal.SIGTERM)
        assert holder.wait(timeout=30) == 143
        assert servers_in(data) == []
        with EmbeddedStore(data, lock_timeout=5) as again:
            assert again.counts() == {"nodes": {}, "edges": {}}
    finally:
        if holder.poll() is None:
            holder.kill()


def test_sigkill_mid_load_leaves_store_readable_and_rerun_completes(tmp_path):
    data = tmp_path / "data"
    # the loader blocks after its third batch so the kill lands mid-load, always
    loader = subprocess.Popen(
        [PY, "-c", textwrap.dedent(f"""
            import time
            from pathlib import Path
            from diplograph.graph.embedded_store import EmbeddedStore
            from diplograph.graph.synthetic import synthetic_graph
            graph = synthetic_graph(6000, seed=3)
            def progress(batches, items):
                if batches == 3:
                    print("batch", batches, items, flush=True)
                    time.sleep(120)
            with EmbeddedStore(Path({str(data)!r})) as s:
                s.load(graph, batch_size=300, progress=progress)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        line = loader.stdout.readline().split()
        assert line[:2] == ["batch", "3"], line
        loader.send_signal(signal.SIGKILL)
        loader.wait(timeout=30)
    finally:
        if loader.poll() is None:
            loader.kill()
        loader.stdout.close()
    from diplograph.graph.synthetic import synthetic_graph

    graph = synthetic_graph(6000, seed=3)
    with EmbeddedStore(data, lock_timeout=5) as store:
        partial = store.counts()
        stored = sum(partial["nodes"].values())
        assert stored == int(line[2]), "each batch is all or nothing"
        assert sum(partial["edges"].values()) == 0
        store.read_graph()  # readable
        store.load(graph, batch_size=300)
        assert store.read_graph().to_data() == graph.to_data()
    assert servers_in(data) == []
    with EmbeddedStore(data) as store:  # and it persisted
        assert sum(store.counts()["edges"].values()) == graph.nx.number_of_edges()


# ---- the CLI ----------------------------------------------------------------------------------
def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200"}
    env.pop("NEO4J_URI", None)
    return subprocess.run([PY, "-m", "diplograph.cli", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


@pytest.fixture(scope="module")
def loaded_dir(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("cli") / "data"
    with EmbeddedStore(data) as store:
        store.load(DiploGraph.from_json(MINI))
    return data


def test_cli_query_json_and_no_orphaned_server(loaded_dir):
    done = cli("query", "partnership_history", "-p", "a=Vietnam", "-p", "b=Russia", "--format", "json", "--data-dir", str(loaded_dir))
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [(r["level"], r["since"]) for r in rows] == [("Strategic Partnership", "2001"), ("Comprehensive Strategic Partnership", "2012")]
    assert servers_in(loaded_dir) == []


def test_cli_queries_lists_modules():
    done = cli("queries")
    assert done.returncode == 0, done.stderr
    for name in ("timeline", "partnership_history", "shortest_connection", "mentions"):
        assert name in done.stdout


def test_cli_cypher_csv(loaded_dir):
    done = cli("cypher", "MATCH (c:Country) WHERE c.iso_code = $iso RETURN c.name AS name", "-p", "iso=VN",
               "--format", "csv", "--data-dir", str(loaded_dir))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["name", "Vietnam"]
    assert servers_in(loaded_dir) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("query", "timelines", "-p", "a=Vietnam"), "unknown query 'timelines'; known:"),
        (("query", "timeline", "-p", "a=Vietnam"), "needs parameter 'b'"),
        (("query", "visits", "-p", "year_from=soon"), "'year_from' must be of type int"),
        (("query", "timeline", "-p", "novalue"), "expected key=value"),
        (("cypher", "MATCH (n) DETACH DELETE n"), "not allowed in read-only Cypher"),
        (("cypher", "MATCH (n RETURN n"), "Cypher error"),
    ],
)
def test_cli_usage_errors_exit_2_without_traceback(loaded_dir, args, message):
    done = cli(*args, "--data-dir", str(loaded_dir))
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert message in " ".join(done.stderr.split()) and "Traceback" not in done.stderr
    assert servers_in(loaded_dir) == []


def test_cli_build_leaves_no_server_behind(tmp_path):
    data = tmp_path / "data"
    done = cli("build", str(ROOT / "seeds"), "--data-dir", str(data), "--no-view")
    assert done.returncode == 0, done.stderr
    assert "loaded" in done.stdout
    assert servers_in(data) == []
    with open_store("embedded", data_dir=data) as store:
        assert store.counts()["nodes"]["Country"] >= 2
