"""p50/p95 latency of every query module on a synthetic graph of ~100k edges (embedded store).

    .venv/bin/python benchmarks/bench_queries.py --edges 100000 --runs 30

Each module runs through ``Store.query`` (parameter checks, Cypher, typed rows) with parameters
that hit real data in the synthetic graph, in the store re-opened after the load (as ``diplograph
query`` runs after ``diplograph build``); the first run is a warm-up. Also prints the store
server's RSS and the Python process's peak RSS. Set NEO4J_URI to measure Neo4j as well.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

import psutil

from diplograph.graph.store import open_store
from diplograph.graph.synthetic import synthetic_graph
from diplograph.queries import catalog


def params_for(graph) -> dict[str, dict]:
    edge_id = next(e.id for e in graph.iter_edges() if e.type == "VISITED")
    return {
        "timeline": {"a": "Vietnam", "b": "Russia"},
        "visits": {"visitor": "Russia", "host": "Vietnam", "year_from": 1990},
        "treaties": {"party": "Vietnam"},
        "statements": {"person": "Person 7"},
        "partnership_history": {"a": "Vietnam", "b": "Russia"},
        "person_profile": {"person": "Vladimir Putin"},
        "counterparts": {"person": "Person 7"},
        "shortest_connection": {"a": "Person 7", "b": "Person 4000", "max_depth": 4},
        "edge_evidence": {"id": edge_id},
        "most_connected": {"type": "Person", "limit": 10},
        "events_between": {"from": "2001-01", "to": "2001-03", "limit": 100},
        "mentions": {"entity": "Person 7"},
    }


def bench(kind: str, edges: int, runs: int) -> None:
    graph = synthetic_graph(edges, seed=5)
    cases = params_for(graph)
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(kind, data_dir=Path(tmp)) as store:
            if kind == "neo4j":
                store.clear()
            report = store.load(graph)
        print(f"{kind}: {report.edges} edges, {report.nodes} nodes loaded in {report.seconds:.1f}s")
        # a query process does not hold the graph it was loaded from: without this, Python's
        # garbage collector keeps walking ~1M pydantic objects
        del graph
        gc.collect()
        # Queries run in a re-opened store, as `diplograph query` does after `diplograph build`.
        # (Measured in the loading server instead, timeline and treaties run ~1.3x slower: the graph
        # FalkorDB reads back from graph.db traverses faster than the one it has just written.)
        store = open_store(kind, data_dir=Path(tmp))
        with store:
            _measure(store, cases, runs)
            if kind == "embedded":
                print(f"server RSS {psutil.Process(store.server_pid).memory_info().rss / 2**20:.0f} MiB")
    print(f"python peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


def _measure(store, cases: dict[str, dict], runs: int) -> None:
    print(f"{'module':22} {'rows':>5} {'p50 ms':>8} {'p95 ms':>8}")
    for name in catalog():
        params = cases.get(name, {})
        rows = store.query(name, **params)  # warm-up
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            store.query(name, **params)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        print(f"{name:22} {len(rows):>5} {statistics.median(times):8.1f} {p95:8.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edges", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    for kind in ["embedded"] + (["neo4j"] if os.environ.get("NEO4J_URI") else []):
        bench(kind, args.edges, args.runs)


if __name__ == "__main__":
    main()
