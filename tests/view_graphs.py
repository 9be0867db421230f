"""Small hand-built graphs for the view tests (no extractor needed)."""

from __future__ import annotations

import datetime as dt

from diplograph.graph import Country, DiploGraph, Edge, EventDate, Evidence, Person
from diplograph.graph.models import Document, Organization, Treaty

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
PWN = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>"


def evidence(doc_id: str, text: str, sentence: int = 0) -> Evidence:
    return Evidence(doc_id=doc_id, sentence=sentence, start_char=0, end_char=len(text), text=text)


def small_graph() -> DiploGraph:
    """Putin, Vietnam, Russia, the Soviet Union and friends, with parallel edges and a document."""
    g = DiploGraph()
    doc = "doc-00000000000000a1"
    g.add_node(Document(id=doc, name="Putin in Hanoi", title="Putin in Hanoi", date=dt.date(2024, 6, 20)))
    g.add_node(Person(id="person:vladimir-putin", name="Vladimir Putin", aliases=["Putin"], titles=["President"]))
    g.add_node(Person(id="person:ho-chi-minh", name="Ho Chi Minh", titles=["President"]))
    g.add_node(Country(id="country:vn", name="Vietnam", aliases=["Viet Nam"], iso_code="VN"))
    g.add_node(Country(id="country:ru", name="Russia", aliases=["Russian Federation"], iso_code="RU", predecessor="country:soviet-union"))
    g.add_node(Country(id="country:soviet-union", name="Soviet Union", aliases=["USSR"], historical=True, successor="country:ru"))
    g.add_node(Organization(id="org:eaeu", name="Eurasian Economic Union", kind="bloc"))
    g.add_node(Treaty(id="treaty:1994", name="Treaty on Basic Principles of Friendly Relations", kind="treaty"))
    text = "Russian President Vladimir Putin paid a state visit to Vietnam on June 19-20, 2024."
    g.add_edge(Edge(type="VISITED", source="person:vladimir-putin", target="country:vn", kind="state",
                    date=EventDate(start=dt.date(2024, 6, 19), end=dt.date(2024, 6, 20)), cameo="042",
                    evidence=[evidence(doc, text)]))
    g.add_edge(Edge(type="VISITED", source="person:vladimir-putin", target="country:vn", kind="official",
                    date=EventDate(start=dt.date(2001, 1, 1), precision="year"), cameo="042"))
    g.add_edge(Edge(type="VISITED", source="person:ho-chi-minh", target="country:soviet-union", kind="official",
                    date=EventDate(start=dt.date(1955, 7, 1), precision="month"), cameo="042"))
    g.add_edge(Edge(type="PARTNERSHIP", source="country:ru", target="country:vn", level="Strategic Partnership",
                    date=EventDate(start=dt.date(2001, 1, 1), precision="year"), cameo="050"))
    g.add_edge(Edge(type="PARTNERSHIP", source="country:ru", target="country:vn", level="Comprehensive Strategic Partnership",
                    date=EventDate(start=dt.date(2012, 1, 1), precision="year"), cameo="050"))
    g.add_edge(Edge(type="RECOGNIZED", source="country:soviet-union", target="country:vn", kind="recognition",
                    date=EventDate(start=dt.date(1950, 1, 30)), cameo="054"))
    g.add_edge(Edge(type="SUCCEEDED", source="country:ru", target="country:soviet-union"))
    g.add_edge(Edge(type="MEMBER_OF", source="country:ru", target="org:eaeu"))
    g.add_edge(Edge(type="SIGNED", source="country:vn", target="treaty:1994", date=EventDate(start=dt.date(1994, 6, 16)), cameo="057"))
    g.add_edge(Edge(type="SIGNED", source="country:ru", target="treaty:1994", date=EventDate(start=dt.date(1994, 6, 16)), cameo="057"))
    g.add_edge(Edge(type="MENTIONED_IN", source="person:vladimir-putin", target=doc))
    return g


def hostile_graph() -> DiploGraph:
    """Names, aliases, titles and evidence carrying markup that must show as text."""
    g = DiploGraph()
    doc = "doc-00000000000000b2"
    g.add_node(Document(id=doc, name=f"Doc {SCRIPT}", title=f"Title {PWN}"))
    g.add_node(Person(id="person:evil", name=f"Evil {SCRIPT} {IMG}", aliases=[PWN], titles=[f"Minister {IMG}"]))
    g.add_node(Country(id="country:vn", name="Vietnam"))
    sentence = f"He said {SCRIPT} and {IMG} and {PWN} in Hanoi."
    g.add_edge(Edge(type="STATED", source="person:evil", target="country:vn", quote=f"quote {PWN}", place=IMG,
                    date=EventDate(start=dt.date(2020, 5, 1)), cameo="010", evidence=[evidence(doc, sentence, 3)]))
    g.add_edge(Edge(type="VISITED", source="person:evil", target="country:vn", kind="state",
                    date=EventDate(start=dt.date(2021, 5, 1)), cameo="042", evidence=[evidence(doc, sentence, 4)]))
    return g
