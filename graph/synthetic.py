"""A deterministic synthetic DiploGraph of any size, built with the pydantic models directly.

For store tests (large loads killed midway) and benchmarks (load throughput, query latency at
100k edges) without running the extractor. Shape: ~80 countries (hubs), persons holding office
for them, organizations, treaties and documents; every edge dated and evidenced. The real seed
names "Vietnam", "Russia", "Vladimir Putin" are included so the query examples find something.
"""

from __future__ import annotations

import datetime as dt
import random

from .memory import DiploGraph
from .models import Country, Document, Edge, EventDate, Evidence, Organization, Person, Treaty

_KINDS = ("state", "official", "working", "other")
_LEVELS = ("Strategic Partnership", "Comprehensive Partnership", "Comprehensive Strategic Partnership")
# (edge type, share of the edges)
_MIX = (
    ("VISITED", 0.22),
    ("MET", 0.14),
    ("STATED", 0.14),
    ("SIGNED", 0.08),
    ("MENTIONED_IN", 0.25),
    ("INVITED", 0.05),
    ("PARTNERSHIP", 0.03),
    ("AFFILIATED_WITH", 0.04),
    ("MEMBER_OF", 0.02),
    ("RECOGNIZED", 0.03),
)


def synthetic_graph(n_edges: int = 10_000, seed: int = 7) -> DiploGraph:
    """About ``n_edges`` edges (a few merge as duplicates) on ~n_edges/8 nodes, same output per seed."""
    rng = random.Random(seed)
    g = DiploGraph()
    countries = [Country(id="country:vn", name="Vietnam", aliases=["Viet Nam"], iso_code="VN"),
                 Country(id="country:ru", name="Russia", aliases=["Russian Federation"], iso_code="RU")]
    countries += [Country(id=f"country:c{i:02d}", name=f"Country {i}", aliases=[f"Republic of {i}"]) for i in range(78)]
    n_persons = max(20, n_edges // 12)
    persons = [Person(id="person:vladimir-putin", name="Vladimir Putin", titles=["President"])]
    persons += [Person(id=f"person:p{i}", name=f"Person {i}", aliases=[f"P. {i}"], titles=["Minister"]) for i in range(n_persons)]
    orgs = [Organization(id=f"org:o{i}", name=f"Organization {i}", kind="bloc" if i < 10 else "ministry") for i in range(60)]
    treaties = [Treaty(id=f"treaty:t{i}", name=f"Treaty {i}", kind="agreement") for i in range(max(10, n_edges // 60))]
    docs = [
        Document(id=f"doc-{i:016x}", name=f"Article {i}", path=f"corpus/{i}.txt", date=dt.date(2000, 1, 1) + dt.timedelta(days=i % 9000))
        for i in range(max(10, n_edges // 40))
    ]
    for node in [*countries, *persons, *orgs, *treaties, *docs]:
        g.add_node(node)

    home = {p.id: countries[0 if p.id == "person:vladimir-putin" else rng.randrange(len(countries))] for p in persons}
    home["person:vladimir-putin"] = countries[1]
    made = 0
    for p in persons:  # one office each
        g.add_edge(_edge(rng, "HOLDS_OFFICE", p.id, home[p.id].id, docs, title="Minister", dated=False))
        made += 1
    types = [t for t, _ in _MIX]
    weights = [w for _, w in _MIX]
    while made < n_edges:
        kind = rng.choices(types, weights)[0]
        person = rng.choice(persons).id
        country = rng.choice(countries).id
        if kind == "VISITED":
            e = _edge(rng, kind, person, country, docs, kind=rng.choice(_KINDS))
        elif kind in ("MET", "INVITED"):
            other = rng.choice(persons).id
            if other == person:
                continue
            e = _edge(rng, kind, person, other, docs)
        elif kind == "STATED":
            e = _edge(rng, kind, person, country, docs, quote=f"Statement {made} on cooperation and trade.")
        elif kind == "SIGNED":
            e = _edge(rng, kind, country, rng.choice(treaties).id, docs)
        elif kind == "MENTIONED_IN":
            e = _edge(rng, kind, rng.choice([person, country]), rng.choice(docs).id, docs, dated=False)
        elif kind == "PARTNERSHIP":
            other = rng.choice(countries).id
            if other == country:
                continue
            e = _edge(rng, kind, min(country, other), max(country, other), docs, level=rng.choice(_LEVELS))
        elif kind == "AFFILIATED_WITH":
            e = _edge(rng, kind, person, rng.choice(orgs).id, docs, title="adviser", dated=False)
        elif kind == "MEMBER_OF":
            e = _edge(rng, kind, country, rng.choice(orgs[:10]).id, docs, kind="member", dated=False)
        else:  # RECOGNIZED
            other = rng.choice(countries).id
            if other == country:
                continue
            e = _edge(rng, kind, country, other, docs, kind="diplomatic_relations")
        g.add_edge(e)
        made += 1
    return g


def _edge(rng: random.Random, type_: str, source: str, target: str, docs: list[Document], dated: bool = True, **attrs) -> Edge:
    doc = rng.choice(docs)
    text = f"{source} {type_.lower()} {target} (synthetic evidence {rng.randrange(10**9)})."
    start = rng.randrange(0, 5000)
    date = None
    if dated:
        day = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(0, 27_000))
        date = EventDate(start=day, precision="day")
    return Edge(
        type=type_,
        source=source,
        target=target,
        date=date,
        evidence=[Evidence(doc_id=doc.id, sentence=start // 100, start_char=start, end_char=start + len(text), text=text)],
        rule="synthetic",
        **attrs,
    )


__all__ = ["synthetic_graph"]
