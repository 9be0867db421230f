"""Every query module, run against a store loaded with the seed facts, with asserted rows.

The same assertions run on two graphs: the hand-built ``tests/fixtures/mini_graph.json`` (the
seed facts written with the pydantic models) and the graph the extractor builds from ``seeds/``.
Each runs on the embedded store and, when ``NEO4J_URI`` is set, on Neo4j (``-m neo4j``), so
``docker compose up -d && NEO4J_URI=bolt://localhost:7687 pytest tests/test_queries.py`` proves
that every module runs unchanged on both.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from diplograph.graph.memory import DiploGraph
from diplograph.graph.store import QueryParameterError, UnknownQueryError, open_store
from diplograph.queries import catalog

MINI = Path(__file__).parent / "fixtures" / "mini_graph.json"

STORE_PARAMS = [
    "embedded",
    pytest.param("neo4j", marks=pytest.mark.neo4j),
]


def _open(kind: str, tmp_path_factory: pytest.TempPathFactory):
    if kind == "neo4j":
        if not os.environ.get("NEO4J_URI"):
            pytest.skip("NEO4J_URI is not set (docker compose up -d, then export NEO4J_URI=bolt://localhost:7687)")
        store = open_store("neo4j")
        store.clear()
        return store
    return open_store("embedded", data_dir=tmp_path_factory.mktemp("store"))


@pytest.fixture(scope="module", params=STORE_PARAMS)
def mini_store(request, tmp_path_factory):
    store = _open(request.param, tmp_path_factory)
    store.load(DiploGraph.from_json(MINI))
    yield store
    store.close()


@pytest.fixture(scope="module", params=STORE_PARAMS)
def seeds_store(request, tmp_path_factory, seeds_graph):
    store = _open(request.param, tmp_path_factory)
    store.load(seeds_graph)
    yield store
    store.close()


def rows(store, name: str, **params) -> list[dict]:
    return [row.model_dump() for row in store.query(name, **params)]


# ---- the module-by-module assertions, shared by both graphs and both stores ---------------
def check_timeline(store) -> None:
    out = rows(store, "timeline", a="Vietnam", b="Russia")
    starts = [r["start"] for r in out]
    assert starts == sorted(starts), "timeline is ordered by date"
    dates = " ".join(r["date"] for r in out)
    for expected in ("1950-01-30", "1955", "1965", "1994", "2001", "2012", "2024-06-19"):
        assert expected in dates, f"{expected} missing from the Vietnam-Russia timeline: {dates}"
    assert any(r["type"] == "RECOGNIZED" and r["start"] == "1950-01-30" for r in out)
    assert any(r["type"] == "VISITED" and r["source"] == "Alexei Kosygin" and r["date"].startswith("1965") for r in out)
    assert any(r["type"] == "SIGNED" and r["date"].startswith("1994") for r in out)
    # case and alias insensitive, and symmetric in its events
    again = rows(store, "timeline", a="russian federation", b="VIET NAM")
    assert sorted(r["edge_id"] for r in again) == sorted(r["edge_id"] for r in out)


def check_partnership_history(store) -> None:
    out = rows(store, "partnership_history", a="Vietnam", b="Russia")
    levels = [(r["level"], r["since"][:4]) for r in out]
    assert ("Strategic Partnership", "2001") in levels
    assert ("Comprehensive Strategic Partnership", "2012") in levels
    assert levels.index(("Strategic Partnership", "2001")) < levels.index(("Comprehensive Strategic Partnership", "2012"))
    assert out[-1]["until"] is None
    first = next(r for r in out if r["level"] == "Strategic Partnership")
    assert first["until"].startswith("2012")


def check_visits(store) -> None:
    out = rows(store, "visits", visitor="Vladimir Putin", host="Vietnam")
    assert {r["date"][:4] for r in out} >= {"2001", "2024"}
    state = [r for r in out if r["date"].startswith("2024-06-19")]
    assert state and state[0]["kind"] == "state" and state[0]["date"] == "2024-06-19/2024-06-20"
    # the visitor's country (through HOLDS_OFFICE) finds the same visits
    by_country = rows(store, "visits", visitor="Russia", host="Vietnam", year_from=2024, year_to=2024)
    assert [r["edge_id"] for r in by_country] == [r["edge_id"] for r in state]
    official = rows(store, "visits", kind="official", year_to=1960)
    assert any(r["visitor"] == "Ho Chi Minh" and r["host"] == "Soviet Union" and r["date"] == "1955-07" for r in official)
    assert all(r["kind"] == "official" and int(r["date"][:4]) <= 1960 for r in official)


def check_treaties(store) -> None:
    out = rows(store, "treaties", party="Vietnam")
    basic = [r for r in out if r["date"] and r["date"].startswith("1994")]
    assert basic, out
    assert {"Vietnam", "Russia"} <= set(basic[0]["signatories"])
    assert rows(store, "treaties", party="Atlantis") == []


def check_statements(store) -> None:
    speakers = {r["speaker"] for r in rows(store, "statements")}
    for name in ("Bezdetko", "Kharinov", "Murashkin", "Zelenkova"):
        assert any(name in s for s in speakers), f"no statement by {name}: {speakers}"
    speaker = next(s for s in speakers if "Zelenkova" in s)
    zelenkova = rows(store, "statements", person=speaker.upper())
    assert zelenkova and all(r["speaker"] == speaker for r in zelenkova)
    assert all(r["quote"] and r["evidence"] and r["doc_ids"] for r in zelenkova)


def check_person_profile(store) -> None:
    out = rows(store, "person_profile", person="Vladimir Putin")
    relations = {r["relation"] for r in out}
    assert {"VISITED", "MET"} <= relations
    assert any(r["relation"] == "VISITED" and r["other"] == "Vietnam" and r["date"].startswith("2024-06-19") for r in out)
    assert all(r["person"] == "Vladimir Putin" for r in out)


def check_counterparts(store) -> None:
    out = rows(store, "counterparts", person="Vladimir Putin")
    assert any(r["counterpart"] == "Pham Minh Chinh" and r["relation"] == "met" for r in out)


def check_shortest_connection(store) -> None:
    (path,) = rows(store, "shortest_connection", a="Ho Chi Minh", b="Vladimir Putin")
    assert path["names"][0] == "Ho Chi Minh" and path["names"][-1] == "Vladimir Putin"
    assert path["hops"] == len(path["relations"]) == len(path["names"]) - 1 <= 4
    assert rows(store, "shortest_connection", a="Ho Chi Minh", b="Vladimir Putin", max_depth=1) == []


def check_edge_evidence(store) -> None:
    visit = rows(store, "visits", visitor="Vladimir Putin", year_from=2024)[0]
    (out,) = rows(store, "edge_evidence", id=visit["edge_id"])
    assert out["type"] == "VISITED" and out["source"] == "Vladimir Putin" and out["target"] == "Vietnam"
    assert out["evidence"] and {"doc_id", "start_char", "end_char", "text"} <= set(out["evidence"][0])
    assert "Putin" in out["evidence"][0]["text"]
    assert rows(store, "edge_evidence", id="e-does-not-exist") == []


def check_most_connected(store) -> None:
    people = rows(store, "most_connected", type="Person", limit=3)
    assert 0 < len(people) <= 3 and all(r["type"] == "Person" for r in people)
    degrees = [r["degree"] for r in people]
    assert degrees == sorted(degrees, reverse=True)
    everyone = rows(store, "most_connected", limit=50)
    assert any(r["name"] == "Vietnam" for r in everyone[:5]), everyone[:5]


def check_events_between(store) -> None:
    out = rows(store, "events_between", **{"from": "2001", "to": "2012"})
    assert out and all("2001-01-01" <= r["start"] <= "2012-12-31" for r in out)
    levels = {r["detail"] for r in out if r["type"] == "PARTNERSHIP"}
    assert {"Strategic Partnership", "Comprehensive Strategic Partnership"} <= levels
    visits = rows(store, "events_between", **{"from": "2024-06", "type": "VISITED"})
    assert visits and all(r["type"] == "VISITED" and r["start"] >= "2024-06-01" for r in visits)


def check_mentions(store) -> None:
    out = rows(store, "mentions", entity="Alexei Kosygin")
    assert out and all(r["entity"] == "Alexei Kosygin" and r["doc_id"].startswith("doc-") for r in out)


CHECKS = {
    "timeline": check_timeline,
    "partnership_history": check_partnership_history,
    "visits": check_visits,
    "treaties": check_treaties,
    "statements": check_statements,
    "person_profile": check_person_profile,
    "counterparts": check_counterparts,
    "shortest_connection": check_shortest_connection,
    "edge_evidence": check_edge_evidence,
    "most_connected": check_most_connected,
    "events_between": check_events_between,
    "mentions": check_mentions,
}


def test_every_module_has_a_check():
    assert len(catalog()) >= 12
    assert set(catalog()) <= set(CHECKS), "a query module without asserted rows"


@pytest.mark.parametrize("module", sorted(CHECKS))
def test_module_on_mini_graph(mini_store, module):
    CHECKS[module](mini_store)


@pytest.mark.parametrize("module", sorted(CHECKS))
def test_module_on_seeds(seeds_store, module):
    CHECKS[module](seeds_store)


# ---- exact rows on the hand-built graph -------------------------------------------------------
def test_mini_timeline_exact(mini_store):
    out = rows(mini_store, "timeline", a="Vietnam", b="Russia")
    assert [(r["date"], r["type"], r["source"]) for r in out] == [
        ("1950-01-30", "RECOGNIZED", "Soviet Union"),
        ("1955-07", "VISITED", "Ho Chi Minh"),
        ("1955-07-18", "STATED", "Ho Chi Minh"),
        ("1965-02", "VISITED", "Alexei Kosygin"),
        ("1994", "SIGNED", "Vietnam"),  # same date and type: ordered by edge id
        ("1994", "SIGNED", "Russia"),
        ("2001", "PARTNERSHIP", "Russia"),
        ("2001", "VISITED", "Vladimir Putin"),
        ("2012", "PARTNERSHIP", "Russia"),
        ("2024-06-19", "INVITED", "Nguyen Phu Trong"),
        ("2024-06-19/2024-06-20", "VISITED", "Vladimir Putin"),
        ("2025-01-29", "STATED", "Maria Zelenkova"),  # no known office: attributed to neither side
    ]


def test_mini_partnership_history_exact(mini_store):
    out = rows(mini_store, "partnership_history", a="viet nam", b="Russian Federation")
    assert [(r["level"], r["since"], r["until"]) for r in out] == [
        ("Strategic Partnership", "2001", "2012"),
        ("Comprehensive Strategic Partnership", "2012", None),
    ]


def test_mini_counterparts_and_profile(mini_store):
    out = rows(mini_store, "counterparts", person="Putin")
    assert [(r["counterpart"], r["counterpart_country"], r["relation"]) for r in out] == [
        ("Nguyen Phu Trong", "Vietnam", "was invited by"),
        ("Pham Minh Chinh", "Vietnam", "met"),
    ]
    profile = rows(mini_store, "person_profile", person="person:alexei-kosygin")
    assert [(r["relation"], r["other"], r["detail"]) for r in profile] == [
        ("HOLDS_OFFICE", "Soviet Union", "Chairman of the Council of Ministers"),
        ("VISITED", "Vietnam", "official"),
    ]


def test_mini_shortest_connection_exact(mini_store):
    (path,) = rows(mini_store, "shortest_connection", a="Maria Zelenkova", b="Alexei Kosygin")
    assert path["hops"] == 2 and path["names"] == ["Maria Zelenkova", "Vietnam", "Alexei Kosygin"]


def test_mini_statements_about_and_mentions(mini_store):
    about_russia = rows(mini_store, "statements", about="Russia")
    assert [r["speaker"] for r in about_russia] == ["Vladimir Murashkin"]
    docs = rows(mini_store, "mentions", entity="Zelenkova")
    assert [r["doc_id"] for r in docs] == ["doc-52e9bf7a765f0abb"]
    assert docs[0]["published"] == "2025-01-29"


def test_mini_most_connected_exact(mini_store):
    assert [(r["name"], r["degree"]) for r in rows(mini_store, "most_connected", limit=3)] == [
        ("Vietnam", 11),
        ("Russia", 8),
        ("Soviet Union", 5),  # ties with Vladimir Putin (5): ordered by name
    ]


# ---- errors -----------------------------------------------------------------------------------
def test_unknown_query_lists_known_names(mini_store):
    with pytest.raises(UnknownQueryError) as info:
        mini_store.query("timelines", a="Vietnam")
    assert "timelines" in str(info.value) and "timeline" in str(info.value) and "partnership_history" in str(info.value)


@pytest.mark.parametrize(
    ("name", "params", "named"),
    [
        ("timeline", {"a": "Vietnam"}, "'b'"),
        ("visits", {"year_from": "nineteen"}, "'year_from'"),
        ("events_between", {"from": "not-a-date"}, "'from'"),
        ("most_connected", {"type": "Persn"}, "'type'"),
        ("events_between", {"from": "2001", "type": "TELEPORTED"}, "'type'"),
        ("mentions", {"entity": "Kosygin", "colour": "red"}, "'colour'"),
    ],
)
def test_bad_parameters_name_the_parameter(mini_store, name, params, named):
    with pytest.raises(QueryParameterError) as info:
        mini_store.query(name, **params)
    assert named in str(info.value)


def test_graph_query_uses_a_private_store():
    graph = DiploGraph.from_json(MINI)
    out = graph.query("partnership_history", a="Vietnam", b="Russia")
    assert [row.level for row in out] == ["Strategic Partnership", "Comprehensive Strategic Partnership"]
    assert type(out[0]).__name__ == "PartnershipHistoryRow"


def test_portable_shortest_connection_agrees_with_the_embedded_variant(mini_store):
    """shortest_connection.embedded.cypher exists only for speed (the portable *1..4 form times out
    at 100k edges on FalkorDB, whose shortestPath() takes only directed patterns); the portable
    text, the one Neo4j runs, must give the same answer on FalkorDB too."""
    module = catalog()["shortest_connection"]
    assert set(module.variants) == {"embedded"}
    params = mini_store.prepare_params(module, {"a": "Maria Zelenkova", "b": "Alexei Kosygin"})
    (portable,) = mini_store.cypher(module.text, params)
    (variant,) = rows(mini_store, "shortest_connection", a="Maria Zelenkova", b="Alexei Kosygin")
    assert portable["hops"] == variant["hops"] == 2 and portable["names"] == variant["names"]


def test_per_type_branches_match_a_plain_scan(mini_store):
    """events_between and edge_evidence use one UNION branch per edge type (for the indexes)."""
    window = rows(mini_store, "events_between", **{"from": "1900", "to": "2030"})
    plain = mini_store.cypher(
        "MATCH ()-[r]->() WHERE r.start IS NOT NULL AND type(r) <> 'MENTIONED_IN' RETURN r.id AS id"
    )
    assert sorted(r["edge_id"] for r in window) == sorted(r["id"] for r in plain)


# ---- the fast forms against their plain forms -----------------------------------------------------
#: The straightforward texts these modules had before they were restructured for speed (label-branch
#: name lookups, timeline's candidate pairs and the derived ``offices``): the restructured modules must
#: return exactly their rows, in their order.
PLAIN = {
    "timeline": """
MATCH (ca:Country) WHERE toLower($a) IN ca.names_lc OR ca.id = $a
OPTIONAL MATCH (ca)-[:SUCCEEDED*1..3]->(pa:Country)
OPTIONAL MATCH (qa:Country) WHERE qa.successor = ca.id OR qa.id = ca.predecessor
WITH collect(DISTINCT ca) + collect(DISTINCT pa) + collect(DISTINCT qa) AS states_a
UNWIND states_a AS sa
OPTIONAL MATCH (ga:Organization) WHERE ga.country = sa.id
WITH states_a, sa, collect(ga) + [sa] AS bodies_a
UNWIND bodies_a AS xa
OPTIONAL MATCH (oa:Person)-[:HOLDS_OFFICE]->(xa)
WITH states_a, collect(DISTINCT oa) AS officials_a
WITH states_a + officials_a AS side_a
MATCH (cb:Country) WHERE toLower($b) IN cb.names_lc OR cb.id = $b
OPTIONAL MATCH (cb)-[:SUCCEEDED*1..3]->(pb:Country)
OPTIONAL MATCH (qb:Country) WHERE qb.successor = cb.id OR qb.id = cb.predecessor
WITH side_a, collect(DISTINCT cb) + collect(DISTINCT pb) + collect(DISTINCT qb) AS states_b
UNWIND states_b AS sb
OPTIONAL MATCH (gb:Organization) WHERE gb.country = sb.id
WITH side_a, states_b, sb, collect(gb) + [sb] AS bodies_b
UNWIND bodies_b AS xb
OPTIONAL MATCH (ob:Person)-[:HOLDS_OFFICE]->(xb)
WITH side_a, states_b, collect(DISTINCT ob) AS officials_b
WITH side_a, states_b + officials_b AS side_b
UNWIND [n IN side_a | [n, true]] + [n IN side_b | [n, false]] AS x
WITH x[0] AS s, x[1] AS in_a
OPTIONAL MATCH (s)-[:SIGNED]->(t:Treaty)
WITH collect(DISTINCT CASE WHEN in_a THEN s END) AS side_a, collect(DISTINCT CASE WHEN NOT in_a THEN s END) AS side_b,
     collect(DISTINCT CASE WHEN in_a THEN t.id END) AS treaties_a, collect(DISTINCT CASE WHEN NOT in_a THEN t.id END) AS treaties_b
WITH side_a, side_b, [t IN treaties_a WHERE t IN treaties_b] AS common
UNWIND [n IN side_a | [n, true]] + [n IN side_b | [n, false]] AS x
WITH side_a, side_b, common, x[0] AS u, x[1] AS u_in_a, x[0].type = 'Country' AS u_state
MATCH (u)--(v)
WHERE (u_in_a AND v IN side_b) OR v.id IN common
   OR (u_state AND v.type = 'Person' AND NOT v IN side_a AND NOT v IN side_b)
OPTIONAL MATCH (v)-[:HOLDS_OFFICE]->(office)
WITH u, v, u_in_a, u_state, side_a, side_b, common, office
WHERE (u_in_a AND v IN side_b) OR v.id IN common OR office IS NULL
MATCH (u)-[r]-(v)
WHERE r.start IS NOT NULL
  AND ((u_in_a AND v IN side_b) OR (type(r) = 'SIGNED' AND v.id IN common)
       OR (u_state AND v.type = 'Person' AND NOT v IN side_a AND NOT v IN side_b))
WITH DISTINCT r
RETURN r.date_iso AS date, r.start AS start, type(r) AS type, startNode(r).name AS source, endNode(r).name AS target,
       coalesce(r.level, r.kind, r.title, r.quote) AS detail, r.id AS edge_id, r.evidence_text AS evidence
ORDER BY start, type, edge_id
LIMIT $limit
""",
    "treaties": """
OPTIONAL MATCH (party)-[:SIGNED]->(pt:Treaty)
WHERE $party IS NOT NULL AND (toLower($party) IN party.names_lc OR party.id = $party)
WITH collect(DISTINCT pt.id) AS chosen
MATCH (t:Treaty)
WHERE ($party IS NULL OR t.id IN chosen)
  AND ($treaty IS NULL OR toLower($treaty) IN t.names_lc OR t.id = $treaty)
MATCH (s)-[r:SIGNED]->(t)
WITH t, s, r ORDER BY r.start, s.name
WITH t, collect(DISTINCT s.name) AS signatories, collect(r.date_iso)[0] AS date, collect(r.start)[0] AS start,
     collect(r.evidence_text)[0] AS evidence
RETURN t.name AS treaty, t.kind AS kind, date, start, signatories, t.id AS treaty_id, evidence
ORDER BY start, treaty
LIMIT $limit
""",
    "statements": """
MATCH (p)-[r:STATED]->(t)
WHERE ($person IS NULL OR toLower($person) IN p.names_lc OR p.id = $person)
  AND ($about IS NULL OR toLower($about) IN t.names_lc OR t.id = $about)
RETURN p.name AS speaker, t.name AS about, r.quote AS quote, r.date_iso AS date, r.start AS start, r.medium AS medium,
       r.place AS place, r.evidence_text AS evidence, r.doc_ids AS doc_ids, r.id AS edge_id
ORDER BY start, speaker, edge_id
LIMIT $limit
""",
    "mentions": """
MATCH (n) WHERE toLower($entity) IN n.names_lc OR n.id = $entity
MATCH (n)-[r:MENTIONED_IN]->(d:Document)
RETURN n.name AS entity, d.id AS doc_id, coalesce(d.title, d.name) AS title, d.path AS path, d.url AS url,
       d.date AS published, r.evidence_text AS evidence
ORDER BY published, doc_id
LIMIT $limit
""",
    "visits": """
OPTIONAL MATCH (vc:Country) WHERE $visitor IS NOT NULL AND (toLower($visitor) IN vc.names_lc OR vc.id = $visitor)
WITH collect(vc.id) AS visitor_countries
MATCH (v)-[r:VISITED]->(h)
WHERE ($host IS NULL OR toLower($host) IN h.names_lc OR h.id = $host)
  AND ($kind IS NULL OR toLower(r.kind) = toLower($kind))
  AND ($year_from IS NULL OR r.year >= $year_from)
  AND ($year_to IS NULL OR r.year <= $year_to)
OPTIONAL MATCH (v)-[:HOLDS_OFFICE]->(office)
WITH visitor_countries, v, r, h, collect(coalesce(office.country, office.id)) AS office_countries
WHERE $visitor IS NULL OR toLower($visitor) IN v.names_lc OR v.id = $visitor
   OR any(c IN office_countries WHERE c IN visitor_countries)
OPTIONAL MATCH (home:Country {id: coalesce(office_countries[0], '')})
RETURN r.date_iso AS date, r.start AS start, v.name AS visitor, CASE WHEN v.type = 'Country' THEN v.name ELSE home.name END AS visitor_country,
       h.name AS host, r.kind AS kind, r.place AS place, r.id AS edge_id, r.evidence_text AS evidence
ORDER BY start, visitor, edge_id
LIMIT $limit
""",
}

MINI_COUNTRIES = ["country:vn", "country:ru", "country:soviet-union", "country:soviet-russia", "country:democratic-republic-of-vietnam"]
PLAIN_CASES = {
    "timeline": [{"a": a, "b": b} for a in MINI_COUNTRIES for b in MINI_COUNTRIES] + [{"a": "Vietnam", "b": "Russia", "limit": 3}],
    "treaties": [{}, {"party": "Vietnam"}, {"party": "russian federation"}, {"party": "Atlantis"}, {"party": "Vladimir Putin"},
                 {"treaty": "Treaty on the Basic Principles of Friendly Relations"}, {"treaty": "Treaty on the Basic Principles of Friendly Relations", "party": "Russia"},
                 {"limit": 1}],
    "statements": [{}, {"person": "Zelenkova"}, {"about": "Russia"}, {"about": "Vietnam"}, {"person": "Maria Zelenkova", "about": "Vietnam"},
                   {"person": "Atlantis"}, {"about": "Vietnam", "limit": 1}],
    "mentions": [{"entity": e} for e in ("Zelenkova", "Vietnam", "Putin", "person:alexei-kosygin", "Atlantis")] + [{"entity": "Vietnam", "limit": 1}],
    "visits": [{}, {"visitor": "Russia"}, {"host": "Vietnam"}, {"visitor": "Russia", "host": "Vietnam", "year_from": 2000},
               {"visitor": "Vladimir Putin", "kind": "state"}, {"host": "Atlantis"}, {"year_to": 1970}, {"host": "Vietnam", "limit": 1}],
}


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_fast_modules_return_what_their_plain_forms_return(mini_store, name):
    module = catalog()[name]
    for params in PLAIN_CASES[name]:
        prepared = mini_store.prepare_params(module, params)
        expected = mini_store.cypher(PLAIN[name], prepared)
        assert mini_store.cypher(module.text_for(mini_store.kind), prepared) == expected, params
    assert any(mini_store.cypher(PLAIN[name], mini_store.prepare_params(module, p)) for p in PLAIN_CASES[name])
