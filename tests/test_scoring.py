"""The scorer: gold format, matching rules, the report, the command.

Most tests score small graphs built by hand, so they do not depend on the extractor; the CLI
tests at the end run the real extractor on the seeds.
"""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from pydantic import ValidationError
from rich.console import Console

import diplograph
from diplograph.graph import Country, DiploGraph, Edge, EventDate, Evidence, Person, Treaty
from diplograph.graph.models import Document
from diplograph.loaders.documents import make_document
from diplograph.scoring import (
    GoldFile,
    date_agrees,
    gold_json_schema,
    load_gold,
    report_tables,
    score_graph,
)

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "fixtures" / "gold"
DEV_DIR = ROOT / "tests" / "fixtures" / "dev-articles"

TEXT = (
    "President Vladimir Putin paid a State visit to Vietnam from June 19 to 20, 2024. "
    "Putin met Prime Minister Pham Minh Chinh in Hanoi. "
    "In 1994 the two countries signed the Treaty on the Basic Principles of Friendly Relations."
)
DOC = make_document(TEXT, path="/somewhere/else/article.txt")

PUTIN = Person(id="person:vladimir-putin", name="Vladimir Putin")
CHINH = Person(id="person:pham-minh-chinh", name="Phạm Minh Chính")
VN = Country(id="country:vn", name="Vietnam")
RU = Country(id="country:ru", name="Russian Federation")
TREATY = Treaty(id="treaty:basic-principles", name="Treaty on the Basic Principles of Friendly Relations")


def gold(edges: list[dict], file: str = "article.txt") -> GoldFile:
    return GoldFile.model_validate(
        {
            "documents": [
                {
                    "file": file,
                    "nodes": [
                        {"type": "Person", "name": "Vladimir Putin", "aliases": ["Putin"]},
                        {"type": "Person", "name": "Pham Minh Chinh"},
                        {"type": "Country", "name": "Vietnam", "aliases": ["Viet Nam"]},
                        {"type": "Country", "name": "Russia", "aliases": ["Russian Federation"]},
                        {"type": "Treaty", "name": "Treaty on the Basic Principles of Friendly Relations"},
                    ],
                    "edges": edges,
                }
            ]
        }
    )


def evidence(phrase: str, doc=DOC) -> Evidence:
    start = doc.text.index(phrase)
    return Evidence(doc_id=doc.id, sentence=0, start_char=start, end_char=start + len(phrase), text=phrase)


def edge(type: str, source, target, date: str | None = None, phrase: str = "Putin", **attrs) -> Edge:
    return Edge(
        type=type, source=source.id, target=target.id, date=EventDate.parse(date) if date else None,
        evidence=[evidence(phrase)], rule="test", **attrs,
    )


def graph(*edges: Edge, nodes=(PUTIN, CHINH, VN, RU, TREATY)) -> DiploGraph:
    g = DiploGraph()
    for node in nodes:
        g.add_node(node)
    for e in edges:
        g.add_edge(e)
    return g


VISIT = {"type": "VISITED", "source": "Vladimir Putin", "target": "Vietnam", "date": "2024-06-19/2024-06-20", "kind": "state",
         "evidence": "President Vladimir Putin paid a State visit to Vietnam from June 19 to 20, 2024."}
MEETING = {"type": "MET", "source": "Vladimir Putin", "target": "Pham Minh Chinh"}
SIGNING = {"type": "SIGNED", "source": "Russia", "target": "Treaty on the Basic Principles of Friendly Relations", "date": "1994"}


# ---- matching rules ---------------------------------------------------------------------


def test_a_perfect_extraction_scores_one():
    extracted = graph(
        edge("VISITED", PUTIN, VN, "2024-06-19/2024-06-20", kind="state"),
        edge("MET", PUTIN, CHINH, phrase="Putin met Prime Minister Pham Minh Chinh"),
        edge("SIGNED", RU, TREATY, "1994", phrase="signed"),
    )
    report = score_graph(gold([VISIT, MEETING, SIGNING]), extracted, [DOC])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (3, 0, 0)
    assert report.overall.precision == report.overall.recall == report.overall.f1 == 1.0
    assert set(report.edges) == {"VISITED", "MET", "SIGNED"}
    assert report.documents_scored == ["article.txt"]  # paired by basename, not by full path
    assert report.nodes_overall.f1 == 1.0


def test_a_wrong_date_at_the_gold_precision_is_a_false_positive_and_a_miss():
    extracted = graph(edge("VISITED", PUTIN, VN, "2024-07-19/2024-07-20", kind="state"))
    report = score_graph(gold([VISIT]), extracted, [DOC])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (0, 1, 1)
    assert report.false_positives[0].date == "2024-07-19/2024-07-20"
    assert report.misses[0].sentence == VISIT["evidence"]
    assert report.overall.f1 == 0.0


@pytest.mark.parametrize(
    ("gold_date", "got", "agrees"),
    [
        ("1955-07", "1955-07-18", True),  # a day inside the gold's month
        ("1955-07", "1955-08-18", False),
        ("1955-07", "1955", False),  # coarser than the gold: does not say the month
        ("1955-07-18", "1955-07", False),
        ("1955", "1955-07-18", True),
        ("2024-06-19/2024-06-20", "2024-06-19/2024-06-20", True),
        ("2024-06-19/2024-06-20", "2024-06-19", False),  # the gold's range needs its end
        ("2024-06", "2024-06-19/2024-06-20", True),
        ("2024-06-19", "2024-06-19/2024-06-21", False),
        (None, "1999", True),  # gold without a date: date not checked
        ("1955-07", None, False),  # extracted without a date vs a dated gold edge
    ],
)
def test_dates_agree_at_the_gold_precision(gold_date, got, agrees):
    parse = lambda text: EventDate.parse(text) if text else None  # noqa: E731
    assert date_agrees(parse(gold_date), parse(got)) is agrees


def test_month_precision_gold_accepts_an_extracted_day_in_that_month():
    month_visit = {**VISIT, "date": "2024-06"}
    report = score_graph(gold([month_visit]), graph(edge("VISITED", PUTIN, VN, "2024-06-19")), [DOC])
    assert report.overall.tp == 1


def test_an_undated_extracted_edge_misses_a_dated_gold_edge():
    report = score_graph(gold([VISIT]), graph(edge("VISITED", PUTIN, VN)), [DOC])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (0, 1, 1)


def test_nodes_match_through_aliases_and_without_accents():
    # "Russian Federation" is only an alias in the gold; "Phạm Minh Chính" is spelled without accents there
    extracted = graph(
        edge("SIGNED", RU, TREATY, "1994", phrase="signed"),
        edge("MET", PUTIN, CHINH, phrase="Putin met Prime Minister Pham Minh Chinh"),
    )
    report = score_graph(gold([MEETING, SIGNING]), extracted, [DOC])
    assert report.overall.tp == 2 and report.overall.fp == 0


def test_symmetric_edges_match_in_either_direction_but_directed_ones_do_not():
    reversed_meeting = edge("MET", CHINH, PUTIN, phrase="Putin met Prime Minister Pham Minh Chinh")
    reversed_visit = edge("VISITED", VN, PUTIN, "2024-06-19/2024-06-20")
    report = score_graph(gold([MEETING, VISIT]), graph(reversed_meeting, reversed_visit), [DOC])
    assert report.edges["MET"].tp == 1
    assert (report.edges["VISITED"].tp, report.edges["VISITED"].fp, report.edges["VISITED"].fn) == (0, 1, 1)


def test_establishing_diplomatic_relations_matches_in_either_direction():
    ties = {"type": "RECOGNIZED", "source": "Russia", "target": "Vietnam", "date": "1950-01-30", "kind": "diplomatic_relations"}
    recognition = {**ties, "kind": "recognition"}
    extracted = graph(edge("RECOGNIZED", VN, RU, "1950-01-30", kind="diplomatic_relations"))
    assert score_graph(gold([ties]), extracted, [DOC]).overall.tp == 1
    assert score_graph(gold([recognition]), extracted, [DOC]).overall.tp == 0  # recognition has a direction


def test_each_gold_edge_is_matched_once_and_extra_copies_are_duplicates():
    first = edge("STATED", PUTIN, VN, quote="one quote")
    second = edge("STATED", PUTIN, VN, quote="another quote")
    stated = {"type": "STATED", "source": "Putin", "target": "Vietnam"}
    report = score_graph(gold([stated]), graph(first, second), [DOC])
    assert (report.overall.tp, report.overall.fp, report.overall.fn, report.overall.duplicates) == (1, 0, 0, 1)
    assert report.overall.precision == 1.0


def test_a_second_gold_edge_needs_a_second_extracted_edge():
    visits = [VISIT, {**VISIT, "date": "2001", "kind": "official"}]
    report = score_graph(gold(visits), graph(edge("VISITED", PUTIN, VN, "2024-06-19/2024-06-20")), [DOC])
    assert (report.overall.tp, report.overall.fn) == (1, 1)
    assert report.misses[0].date == "2001"


def test_edge_types_the_gold_does_not_annotate_count_as_false_positives():
    report = score_graph(gold([VISIT]), graph(edge("VISITED", PUTIN, VN, "2024-06-19/2024-06-20"), edge("INVITED", CHINH, PUTIN)), [DOC])
    assert report.edges["INVITED"].fp == 1
    assert report.overall.precision == 0.5


def test_mentioned_in_edges_are_not_scored():
    doc_node = Document(id=DOC.id, name="article")
    mention = Edge(type="MENTIONED_IN", source=VN.id, target=DOC.id, evidence=[evidence("Vietnam")])
    extracted = graph(edge("VISITED", PUTIN, VN, "2024-06-19/2024-06-20"), mention, nodes=(PUTIN, CHINH, VN, RU, TREATY, doc_node))
    report = score_graph(gold([VISIT]), extracted, [DOC])
    assert "MENTIONED_IN" not in report.edges
    assert report.overall.f1 == 1.0


def test_edges_without_evidence_are_false_positives():
    bare = Edge(type="SUCCEEDED", source=RU.id, target=VN.id)
    report = score_graph(gold([]), graph(bare), [DOC])
    assert report.edges["SUCCEEDED"].fp == 1
    assert report.false_positives[0].document == "(no evidence)"


def test_documents_without_gold_are_not_scored_and_unread_gold_is_reported():
    other = make_document("Putin spoke.", path="other.txt")
    stray = Edge(type="STATED", source=PUTIN.id, target=VN.id, evidence=[evidence("Putin", other)])
    report = score_graph(gold([VISIT], file="missing.txt"), graph(stray), [other])
    assert report.documents_without_gold == ["other.txt"]
    assert report.gold_documents_not_read == ["missing.txt"]
    assert report.overall.tp + report.overall.fp + report.overall.fn == 0


def test_node_scores_count_extra_and_missing_entities_per_type():
    stranger = Person(id="person:john-doe", name="John Doe")
    extracted = graph(edge("VISITED", PUTIN, VN, "2024-06-19/2024-06-20"), edge("MET", PUTIN, stranger), nodes=(PUTIN, VN, stranger))
    report = score_graph(gold([VISIT]), extracted, [DOC])
    assert report.nodes["Person"].tp == 1 and report.nodes["Person"].fp == 1
    assert {m.name for m in report.node_misses} == {"Pham Minh Chinh", "Russia", "Treaty on the Basic Principles of Friendly Relations"}


def test_error_listing_shows_sentences_literally():
    marked = make_document("Putin [bold]met[/bold] nobody.", path="article.txt")
    bad = Edge(type="MET", source=PUTIN.id, target=CHINH.id, evidence=[evidence("met", marked)])
    report = score_graph(gold([]), graph(bad), [marked])
    console = Console(record=True, width=200)
    for renderable in report_tables(report, show_errors=True):
        console.print(renderable)
    text = console.export_text()
    assert "Putin [bold]met[/bold] nobody." in text  # untrusted text is not read as rich markup
    assert "false positives (1)" in text


# ---- the gold format and the fixtures ---------------------------------------------------


def test_published_gold_schema_is_up_to_date():
    published = json.loads((ROOT / "schema" / "gold.schema.json").read_text(encoding="utf-8"))
    assert published == gold_json_schema(), "run: python -c \"from diplograph.scoring import write_schema; write_schema('schema/gold.schema.json')\""


@pytest.mark.parametrize(("name", "folder"), [("seeds", ROOT / "seeds"), ("dev-articles", DEV_DIR)])
def test_gold_fixtures_validate_and_name_existing_articles(name, folder):
    gold_file = load_gold(GOLD_DIR / f"{name}.json")
    assert sorted(d.file for d in gold_file.documents) == sorted(p.name for p in folder.glob("*.txt"))
    text_of = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    for document in gold_file.documents:
        assert document.edges, document.file
        for gold_edge in document.edges:  # evidence is copied verbatim (an ellipsis marks a cut)
            for part in (gold_edge.evidence or "").split("..."):
                assert part.strip(" ,.") in text_of[document.file], (document.file, part)


def test_gold_edges_must_name_nodes_of_their_document():
    with pytest.raises(ValidationError, match="not a node of this document"):
        gold([{"type": "MET", "source": "Vladimir Putin", "target": "Xi Jinping"}])


def test_gold_rejects_unscored_types_and_bad_dates():
    with pytest.raises(ValidationError):
        gold([{"type": "MENTIONED_IN", "source": "Vladimir Putin", "target": "Vietnam"}])
    with pytest.raises(ValidationError):
        gold([{**VISIT, "date": "June 2024"}])


# ---- the Python entry point and the command ---------------------------------------------


def test_evaluate_reads_pairs_and_never_takes_metadata_from_the_gold(tmp_path, monkeypatch):
    (tmp_path / "article.txt").write_text(TEXT, encoding="utf-8")
    seen = []

    def fake_extract_documents(documents, progress=None):
        seen.extend(documents)
        return graph(edge("VISITED", PUTIN, VN, "2024-06-19/2024-06-20"))

    fake = types.ModuleType("diplograph.loaders.extract")
    fake.extract_documents = fake_extract_documents
    monkeypatch.setitem(sys.modules, "diplograph.loaders.extract", fake)
    gold_file = gold([VISIT])
    gold_file.documents[0].date = "2024-06-01"
    report = diplograph.evaluate(gold_file, [tmp_path])
    assert seen[0].date is None  # the document's own date (none here), not the gold's
    assert report.overall.tp == 1 and report.documents_scored == ["article.txt"]


def test_cli_evaluate_reports_and_exits_zero_whatever_the_score():
    from typer.testing import CliRunner

    from diplograph.cli import app

    result = CliRunner().invoke(app, ["evaluate", "--gold", str(GOLD_DIR / "seeds.json"), str(ROOT / "seeds"), "--show-errors"])
    assert result.exit_code == 0, result.output
    assert "overall" in result.output and "misses" in result.output


def test_cli_evaluate_fails_below_min_f1():
    from typer.testing import CliRunner

    from diplograph.cli import app

    result = CliRunner().invoke(app, ["evaluate", "--gold", str(GOLD_DIR / "seeds.json"), str(ROOT / "seeds"), "--min-f1", "1.1"])
    assert result.exit_code == 1, result.output
    assert "below --min-f1 1.1" in result.output  # a judgement, not a crash
