"""The typed records: dates with precision, evidence spans, stable ids, merging."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from diplograph.graph import Country, DiploGraph, Edge, EventDate, Evidence, Person


def test_event_date_reads_and_writes_iso_at_its_precision():
    assert EventDate.parse("1955-07").iso == "1955-07"
    assert EventDate.parse("1955-07").start == dt.date(1955, 7, 1)
    assert EventDate.parse("1923").precision == "year"
    visit = EventDate.parse("2024-06-19/2024-06-20")
    assert (visit.start, visit.end, visit.precision) == (dt.date(2024, 6, 19), dt.date(2024, 6, 20), "day")
    assert visit.iso == "2024-06-19/2024-06-20"


def test_event_date_rejects_an_end_before_its_start():
    with pytest.raises(ValidationError):
        EventDate(start=dt.date(2024, 6, 20), end=dt.date(2024, 6, 19))


def test_evidence_span_must_match_its_text_length():
    text = "Putin visited Hanoi."
    Evidence(doc_id="d", sentence=0, start_char=0, end_char=len(text), text=text)
    with pytest.raises(ValidationError):
        Evidence(doc_id="d", sentence=0, start_char=0, end_char=5, text=text)


def _two_countries() -> DiploGraph:
    graph = DiploGraph()
    graph.add_node(Country(id="country:vn", name="Vietnam", iso_code="VN"))
    graph.add_node(Country(id="country:ru", name="Russia", iso_code="RU"))
    return graph


def test_symmetric_edges_get_one_id_whichever_way_round():
    one = Edge(type="PARTNERSHIP", source="country:vn", target="country:ru", level="Strategic Partnership")
    other = Edge(type="PARTNERSHIP", source="country:ru", target="country:vn", level="Strategic Partnership")
    directed = Edge(type="VISITED", source="country:vn", target="country:ru")
    reversed_visit = Edge(type="VISITED", source="country:ru", target="country:vn")
    assert one.id == other.id
    assert directed.id != reversed_visit.id


def test_adding_the_same_edge_twice_merges_its_evidence():
    graph = _two_countries()
    first = Evidence(doc_id="a", sentence=1, start_char=0, end_char=3, text="abc")
    second = Evidence(doc_id="b", sentence=4, start_char=10, end_char=13, text="xyz")
    date = EventDate.parse("2001")
    graph.add_edge(Edge(type="PARTNERSHIP", source="country:vn", target="country:ru", level="Strategic Partnership", date=date, evidence=[first]))
    graph.add_edge(Edge(type="PARTNERSHIP", source="country:vn", target="country:ru", level="Strategic Partnership", date=date, evidence=[second]))
    (edge,) = graph.edges(type="PARTNERSHIP")
    assert edge.evidence == [first, second]


def test_adding_a_known_node_merges_names_and_titles():
    graph = DiploGraph()
    graph.add_node(Person(id="person:vladimir-putin", name="Vladimir Putin", titles=["President"]))
    graph.add_node(Person(id="person:vladimir-putin", name="Putin", aliases=["the Russian President"], titles=["President of the Russian Federation"]))
    person = graph.find("the russian president")
    assert person is not None and person.name == "Vladimir Putin"
    assert set(person.aliases) == {"Putin", "the Russian President"}
    assert person.titles == ["President", "President of the Russian Federation"]


def test_an_edge_to_an_unknown_node_is_refused():
    graph = _two_countries()
    with pytest.raises(KeyError, match="country:cn"):
        graph.add_edge(Edge(type="VISITED", source="country:vn", target="country:cn"))


def test_graph_round_trips_through_json_and_networkx():
    graph = _two_countries()
    graph.add_edge(Edge(type="PARTNERSHIP", source="country:vn", target="country:ru", level="Comprehensive Strategic Partnership", date=EventDate.parse("2012")))
    again = DiploGraph.from_json(graph.to_json())
    assert again.to_data() == graph.to_data()
    assert DiploGraph.from_networkx(graph.to_networkx()).to_data() == graph.to_data()


def test_records_survive_pickling_as_workers_send_them():
    """Extraction workers pickle their records to the parent: what arrives must be the same record."""
    import pickle
    from multiprocessing.reduction import ForkingPickler

    evidence = Evidence(doc_id="doc-1", sentence=0, start_char=0, end_char=5, text="Hanoi")
    edge = Edge(type="VISITED", source="person:a", target="country:vn", date=EventDate.parse("2024-03-06/2024-03-09"),
                rule="visit-noun", confidence=0.9, evidence=[evidence], place="Hanoi")
    person = Person(id="person:a", name="A B", titles=["President"])
    for protocol in (0, 2, 5):
        back = pickle.loads(pickle.dumps([edge, person], protocol=protocol))
        assert back == [edge, person] and [type(r) for r in back] == [Edge, Person]
        assert back[0].model_fields_set == edge.model_fields_set
        assert back[0].model_dump_json() == edge.model_dump_json()
    shared = pickle.loads(bytes(ForkingPickler.dumps([edge, edge.model_copy(update={"id": "x"})])))
    assert shared[0].evidence[0] is shared[1].evidence[0]  # one evidence record per sentence stays one
