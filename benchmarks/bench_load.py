"""Load throughput (edges/s) into the embedded store, and into Neo4j when NEO4J_URI is set.

    .venv/bin/python benchmarks/bench_load.py --edges 20000 100000 --batch-size 2000

Graphs come from ``diplograph.graph.synthetic`` (seeded). Each size is loaded into a fresh store,
then loaded again (the idempotent re-load reads every record back and merges). Prints wall time,
edges/s and peak memory: the Python process (ru_maxrss) and the store server (RSS at the end).
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

import psutil

from diplograph.graph.store import open_store
from diplograph.graph.synthetic import synthetic_graph


def bench(kind: str, edges: int, batch_size: int) -> None:
    graph = synthetic_graph(edges, seed=11)
    n_edges = graph.nx.number_of_edges()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(kind, data_dir=Path(tmp))
        with store:
            if kind == "neo4j":
                store.clear()
            started = time.perf_counter()
            first = store.load(graph, batch_size=batch_size)
            fresh = time.perf_counter() - started
            started = time.perf_counter()
            store.load(graph, batch_size=batch_size)
            again = time.perf_counter() - started
            server_rss = psutil.Process(store.server_pid).memory_info().rss if kind == "embedded" else 0
    print(
        f"{kind:8} {n_edges:>7} edges {len(graph):>6} nodes  batch {batch_size:>5}: "
        f"fresh {fresh:6.2f}s = {n_edges / fresh:8.0f} edges/s; re-load {again:6.2f}s = {n_edges / again:8.0f} edges/s; "
        f"{first.batches} batches; python peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
        + (f", server {server_rss / 2**20:.0f} MiB" if server_rss else "")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edges", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--batch-size", type=int, default=2000)
    args = parser.parse_args()
    kinds = ["embedded"] + (["neo4j"] if os.environ.get("NEO4J_URI") else [])
    for kind in kinds:
        for edges in args.edges:
            bench(kind, edges, args.batch_size)
    if "neo4j" not in kinds:
        print("neo4j: skipped (set NEO4J_URI to measure it)")


if __name__ == "__main__":
    main()
