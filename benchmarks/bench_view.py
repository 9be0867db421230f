"""How big and how fast is the HTML view of a large graph? Prints figures; asserts nothing.

Builds a synthetic graph (default 5,000 nodes, 10,000 edges) from the pydantic models, writes
the view, then opens it in headless Chromium (network blocked) and times load -> laid out ->
first drawn, and how long filtering by edge type takes.

    .venv/bin/python benchmarks/bench_view.py
    .venv/bin/python benchmarks/bench_view.py --nodes 2000 --edges 4000 --physics on
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from diplograph.graph import Country, DiploGraph, Edge, EventDate, Evidence, Person
from diplograph.graph.models import Document, Organization, Treaty
from diplograph.view import write_html

EVENT_TYPES = ["VISITED", "MET", "SIGNED", "STATED", "INVITED", "PARTNERSHIP", "HOLDS_OFFICE", "MEMBER_OF"]


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 7) -> DiploGraph:
    """Persons, countries, organizations and treaties with dated, evidenced edges."""
    rng = random.Random(seed)
    g = DiploGraph()
    n_countries = max(2, n_nodes // 25)
    n_orgs = max(1, n_nodes // 10)
    n_treaties = max(1, n_nodes // 20)
    n_persons = max(1, n_nodes - n_countries - n_orgs - n_treaties)
    countries = [g.add_node(Country(id=f"country:c{i}", name=f"Country {i}", aliases=[f"Republic of {i}"])).id for i in range(n_countries)]
    orgs = [g.add_node(Organization(id=f"org:o{i}", name=f"Organization {i}", kind="ministry")).id for i in range(n_orgs)]
    treaties = [g.add_node(Treaty(id=f"treaty:t{i}", name=f"Treaty {i}", kind="agreement")).id for i in range(n_treaties)]
    persons = [g.add_node(Person(id=f"person:p{i}", name=f"Person {i}", titles=["Minister"])).id for i in range(n_persons)]
    doc = g.add_node(Document(id="doc-0000000000000001", name="Synthetic news", title="Synthetic news")).id
    targets = {
        "VISITED": (persons, countries), "MET": (persons, persons), "SIGNED": (countries, treaties),
        "STATED": (persons, countries), "INVITED": (persons, persons), "PARTNERSHIP": (countries, countries),
        "HOLDS_OFFICE": (persons, orgs), "MEMBER_OF": (countries, orgs),
    }
    made = 0
    while made < n_edges:
        kind = rng.choice(EVENT_TYPES)
        sources, ends = targets[kind]
        source, target = rng.choice(sources), rng.choice(ends)
        if source == target:
            continue
        start = dt.date(rng.randint(1950, 2024), rng.randint(1, 12), rng.randint(1, 28))
        text = f"{source} and {target}: a {kind.lower()} sentence of ordinary length for the benchmark, number {made}."
        g.add_edge(Edge(
            type=kind, source=source, target=target, date=EventDate(start=start), level=str(made) if kind == "PARTNERSHIP" else None,
            quote=f"quote {made}" if kind == "STATED" else None, title="Minister" if kind == "HOLDS_OFFICE" else None,
            kind=str(made) if kind not in ("PARTNERSHIP", "STATED", "HOLDS_OFFICE") else None,
            evidence=[Evidence(doc_id=doc, sentence=made % 40, start_char=0, end_char=len(text), text=text)],
        ))
        made += 1
    return g


def time_in_browser(path: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium)
        context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://") else route.abort())
        page = context.new_page()
        start = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load")
        loaded = time.perf_counter() - start
        page.wait_for_function("window.diplographReady === true", timeout=120_000)
        ready = time.perf_counter() - start
        timings = page.evaluate("window.diplographTimings")
        before = page.evaluate("window.edgesView.getIds().length")
        t = time.perf_counter()
        page.uncheck('.dg-edge-type[value="VISITED"]')
        page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        filtered = time.perf_counter() - t
        after = page.evaluate("window.edgesView.getIds().length")
        browser.close()
    return {
        "load_s": loaded, "ready_s": ready, "stabilized_in_page_s": (timings.get("stabilized") or 0) / 1000,
        "drawn_in_page_s": (timings.get("drawn") or 0) / 1000, "filter_s": filtered, "edges_before": before, "edges_after": after,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=10000)
    parser.add_argument("--physics", choices=["auto", "on", "off"], default="auto")
    parser.add_argument("--out", type=Path, default=None, help="keep the page here")
    args = parser.parse_args(argv)

    t = time.perf_counter()
    graph = synthetic_graph(args.nodes, args.edges)
    built = time.perf_counter() - t
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-view-")) / "view.html"
    physics = {"auto": None, "on": True, "off": False}[args.physics]
    t = time.perf_counter()
    write_html(graph, out, physics=physics, title="bench")
    written = time.perf_counter() - t
    counts = graph.counts()
    print(f"graph: {sum(counts['nodes'].values())} nodes, {sum(counts['edges'].values())} edges (built in {built:.2f} s)")
    print(f"page:  {out} {out.stat().st_size / 1e6:.2f} MB, written in {written:.2f} s")
    if not (shutil.which("chromium") or Path("/usr/bin/chromium").exists()):
        print("no chromium: browser timings skipped")
        return 0
    figures = time_in_browser(out)
    print(
        f"browser: load {figures['load_s']:.2f} s, ready (laid out and drawn) {figures['ready_s']:.2f} s "
        f"[in page: stabilised {figures['stabilized_in_page_s']:.2f} s, drawn {figures['drawn_in_page_s']:.2f} s]; "
        f"unticking VISITED: {figures['edges_before']} -> {figures['edges_after']} edges in {figures['filter_s']:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
