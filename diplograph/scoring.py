"""Measuring extraction quality against hand-written gold annotations.

The gold format (``GoldFile``) is documented in ``docs/gold-format.md`` and published as
``schema/gold.schema.json``. ``evaluate`` reads and extracts articles and scores the graph
against the gold; ``score_graph`` scores a graph you already have (tests use it with graphs
built by hand). The rules, in short (the docs say why):

- documents are paired by file basename; only extracted edges whose evidence lies in a gold
  document are scored against that document; an edge without evidence is a false positive;
- an extracted node stands for every gold node of the same document sharing a name or alias
  (case-, accent- and punctuation-insensitive);
- an edge is correct when its type, both endpoints and its date at the gold's precision agree
  (MET, PARTNERSHIP and establishing diplomatic relations match in either direction); each gold
  edge is matched once (maximum matching); MENTIONED_IN is not scored;
- the gold is complete: every other extracted edge in a gold document is a false positive,
  whatever its type. An extra copy of a correct fact (another quote of the same statement, the
  same office under a second title) is a *duplicate*: counted apart, neither right nor wrong.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Annotated, Iterable, Literal, Sequence

import networkx as nx
from pydantic import AfterValidator, BaseModel, StringConstraints, ConfigDict, Field, computed_field, model_validator

from diplograph.graph.memory import DiploGraph
from diplograph.graph.models import EDGE_TYPES, SYMMETRIC_EDGE_TYPES, Edge, EventDate, NodeBase

GoldNodeType = Literal["Person", "Country", "Organization", "Treaty"]
# every edge type but MENTIONED_IN (bookkeeping, not a fact an analyst annotates)
SCORED_EDGE_TYPES: tuple[str, ...] = tuple(t for t in EDGE_TYPES if t != "MENTIONED_IN")
ScoredEdgeType = Literal[SCORED_EDGE_TYPES]  # type: ignore[valid-type]
UNSCORED_EDGE_TYPES = frozenset({"MENTIONED_IN"})
NO_EVIDENCE = "(no evidence)"
_RANK = {"year": 0, "month": 1, "day": 2}


# ---- names ------------------------------------------------------------------------------

_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "’": "'", "‘": "'", "‐": "-", "–": "-", "—": "-"})


def normalize_name(name: str) -> str:
    """Case-, accent- and spacing-insensitive key: ``Phạm Minh Chính`` == ``pham minh chinh``."""
    text = unicodedata.normalize("NFKD", name.translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[\s.]+", " ", text.casefold()).strip()
    return text


# ---- the gold format --------------------------------------------------------------------


def _checked_date(value: str) -> str:
    EventDate.parse(value)  # raises on anything but YYYY, YYYY-MM, YYYY-MM-DD or a start/end range
    return value


# an ISO date at its own precision, checked on load, kept as written
IsoDate = Annotated[str, AfterValidator(_checked_date)]
_ISO_AT_PRECISION = r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$"


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldNode(_Gold):
    """An entity the article names: canonical name plus every other name used for it."""

    type: GoldNodeType
    name: str = Field(min_length=1, description="canonical name (countries by common short name, persons by full name)")
    aliases: list[str] = Field(default_factory=list, description="other names, abbreviations, spellings")

    def keys(self) -> set[str]:
        return {normalize_name(n) for n in (self.name, *self.aliases)}


class GoldEdge(_Gold):
    """A fact the article states. ``source``/``target`` are names (or aliases) of the document's nodes."""

    type: ScoredEdgeType
    source: str = Field(min_length=1)
    target: str = Field(min_length=1)
    date: Annotated[str, StringConstraints(pattern=_ISO_AT_PRECISION), AfterValidator(_checked_date)] | None = Field(
        default=None,
        description="ISO date at its precision: 1955, 1955-07, 2024-06-19 or a range 2024-06-19/2024-06-20",
    )
    kind: str | None = Field(default=None, description="VISITED: state/official/working/other; RECOGNIZED: recognition/diplomatic_relations; MEMBER_OF: member/observer/key member")
    level: str | None = Field(default=None, description="PARTNERSHIP level, e.g. Comprehensive Strategic Partnership")
    title: str | None = Field(default=None, description="HOLDS_OFFICE / AFFILIATED_WITH title")
    quote: str | None = Field(default=None, description="STATED quote or paraphrase (informative, not scored)")
    evidence: str | None = Field(default=None, description="the sentence stating the fact (shown for misses)")

    def event_date(self) -> EventDate | None:
        return EventDate.parse(self.date) if self.date else None

    def undirected(self) -> bool:
        """Mutual facts: either direction is the same fact."""
        return self.type in SYMMETRIC_EDGE_TYPES or (self.type == "RECOGNIZED" and self.kind == "diplomatic_relations")


class GoldDocument(_Gold):
    """The complete annotation of one article."""

    file: str = Field(min_length=1, description="the article's file name; matched by basename")
    title: str | None = None
    date: IsoDate | None = Field(default=None, description="publication date used to resolve relative dates (ISO, any precision)")
    nodes: list[GoldNode] = Field(default_factory=list)
    edges: list[GoldEdge] = Field(default_factory=list)


    @model_validator(mode="after")
    def _consistent(self) -> "GoldDocument":
        owner: dict[str, int] = {}
        for index, node in enumerate(self.nodes):
            for key in node.keys():
                if key in owner and owner[key] != index:
                    raise ValueError(f"{self.file}: name {key!r} belongs to two gold nodes")
                owner[key] = index
        seen: set[tuple] = set()
        for edge in self.edges:
            for end in (edge.source, edge.target):
                if normalize_name(end) not in owner:
                    raise ValueError(f"{self.file}: {edge.type} endpoint {end!r} is not a node of this document")
            ends = (owner[normalize_name(edge.source)], owner[normalize_name(edge.target)])
            if edge.undirected():
                ends = tuple(sorted(ends))
            key = (edge.type, ends, edge.date)
            if key in seen:
                raise ValueError(f"{self.file}: duplicate gold edge {edge.type} {edge.source} -> {edge.target} {edge.date or ''}")
            seen.add(key)
        return self

    def node_index(self) -> dict[str, int]:
        return {key: i for i, node in enumerate(self.nodes) for key in node.keys()}


class GoldFile(_Gold):
    """A set of annotated articles (one fixture set)."""

    documents: list[GoldDocument]

    @model_validator(mode="after")
    def _unique_files(self) -> "GoldFile":
        names = [Path(d.file).name for d in self.documents]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"gold documents repeat file names: {', '.join(dupes)}")
        return self


def load_gold(path: str | Path) -> GoldFile:
    return GoldFile.model_validate_json(Path(path).read_text(encoding="utf-8"))


def gold_json_schema() -> dict:
    """The JSON Schema published as ``schema/gold.schema.json``."""
    schema = GoldFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://diplograph.invalid/schema/gold.schema.json"
    schema["title"] = "diplograph gold annotations"
    return schema


# ---- the report -------------------------------------------------------------------------


class Score(BaseModel):
    """Counts and the usual ratios. With nothing extracted precision is 1.0 (nothing wrong was claimed)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    duplicates: int = Field(default=0, description="extra copies of correct facts (not counted)")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.duplicates += other.duplicates


class EdgeError(BaseModel):
    """A false positive (extracted, not in the gold) or a miss (in the gold, not extracted)."""

    document: str
    type: str
    source: str
    target: str
    date: str | None = None
    attributes: dict[str, str] = Field(default_factory=dict)
    sentence: str | None = None
    rule: str | None = None


class NodeError(BaseModel):
    document: str
    type: str
    name: str


class EvaluationReport(BaseModel):
    gold: str | None = None
    documents_scored: list[str] = Field(default_factory=list)
    documents_without_gold: list[str] = Field(default_factory=list, description="read and extracted, but no gold: not scored")
    gold_documents_not_read: list[str] = Field(default_factory=list, description="in the gold but not among the paths read: not scored")
    read_problems: list[str] = Field(default_factory=list)
    edges: dict[str, Score] = Field(default_factory=dict, description="per edge type")
    overall: Score = Field(default_factory=Score)
    nodes: dict[str, Score] = Field(default_factory=dict, description="per node type")
    nodes_overall: Score = Field(default_factory=Score)
    false_positives: list[EdgeError] = Field(default_factory=list)
    misses: list[EdgeError] = Field(default_factory=list)
    node_false_positives: list[NodeError] = Field(default_factory=list)
    node_misses: list[NodeError] = Field(default_factory=list)


# ---- scoring ----------------------------------------------------------------------------


def _truncate(day: dt.date, precision: str) -> tuple[int, ...]:
    return (day.year, day.month, day.day)[: _RANK[precision] + 1]


def date_agrees(gold: EventDate | None, got: EventDate | None) -> bool:
    """True when ``got`` says what ``gold`` says at the gold's precision (1955-07-18 fits 1955-07)."""
    if gold is None:
        return True
    if got is None or _RANK[got.precision] < _RANK[gold.precision]:
        return False
    p = gold.precision
    if _truncate(got.start, p) != _truncate(gold.start, p):
        return False
    if gold.end is not None:
        return got.end is not None and _truncate(got.end, p) == _truncate(gold.end, p)
    return got.end is None or _truncate(got.end, p) == _truncate(gold.start, p)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding a span, for error listings (evidence may be a clause)."""
    left = max(text.rfind(mark, 0, start) for mark in (". ", "? ", "! ", "\n", "” ", '" '))
    right_candidates = [i for i in (text.find(mark, end) for mark in (". ", "? ", "! ", "\n")) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return " ".join(text[left + 1 : right].split())


def _attributes(edge: Edge | GoldEdge) -> dict[str, str]:
    return {k: v for k in ("kind", "level", "title") if (v := getattr(edge, k, None))}


def _node_name(graph: DiploGraph, node_id: str) -> str:
    return graph.node(node_id).name if node_id in graph else node_id


def _doc_basename(path: str | None) -> str | None:
    return Path(path).name if path else None


def _edges_by_document(graph: DiploGraph) -> tuple[dict[str, list[Edge]], list[Edge]]:
    """Scored edges grouped by the documents their evidence points at; and those with no evidence."""
    by_doc: dict[str, list[Edge]] = defaultdict(list)
    orphans: list[Edge] = []
    for edge in graph.iter_edges():
        if edge.type in UNSCORED_EDGE_TYPES:
            continue
        doc_ids = sorted({ev.doc_id for ev in edge.evidence})
        if not doc_ids:
            orphans.append(edge)
        for doc_id in doc_ids:
            by_doc[doc_id].append(edge)
    return by_doc, orphans


def _nodes_in_document(graph: DiploGraph, doc_id: str, edges: list[Edge]) -> list[NodeBase]:
    ids = {e.source for e in graph.edges(type="MENTIONED_IN", target=doc_id)}
    for edge in edges:
        ids.update((edge.source, edge.target))
    return [graph.node(i) for i in sorted(ids) if i in graph and graph.node(i).type != "Document"]


def _node_map(nodes: Iterable[NodeBase], gold: GoldDocument) -> dict[str, set[int]]:
    """Extracted node id -> indexes of the gold nodes it can stand for (shared name or alias)."""
    index = gold.node_index()
    out: dict[str, set[int]] = {}
    for node in nodes:
        out[node.id] = {index[k] for k in (normalize_name(n) for n in node.all_names()) if k in index}
    return out


def _edge_fits(edge: Edge, gold: GoldEdge, ends: tuple[int, int], node_map: dict[str, set[int]]) -> bool:
    if edge.type != gold.type:
        return False
    src, tgt = node_map.get(edge.source, set()), node_map.get(edge.target, set())
    forward = ends[0] in src and ends[1] in tgt
    backward = gold.undirected() and ends[1] in src and ends[0] in tgt
    return (forward or backward) and date_agrees(gold.event_date(), edge.date)


def _weight(edge: Edge, gold: GoldEdge) -> float:
    """Prefer pairings whose attributes and exact date also agree (only breaks ties)."""
    weight = 10.0
    for key, value in _attributes(gold).items():
        got = getattr(edge, key, None)
        if got and normalize_name(got) == normalize_name(value):
            weight += 1
    if gold.date and edge.date and edge.date.iso == gold.date:
        weight += 1
    return weight


def _match(pairs: dict[tuple[int, int], float]) -> set[tuple[int, int]]:
    """Maximum-cardinality, maximum-weight bipartite matching (extracted index, gold index)."""
    graph = nx.Graph()
    for (x, g), weight in pairs.items():
        graph.add_edge(("x", x), ("g", g), weight=weight)
    matched = set()
    for a, b in nx.max_weight_matching(graph, maxcardinality=True):
        (side_a, i), (_, j) = sorted((a, b))  # "g" sorts before "x"
        matched.add((j, i) if side_a == "g" else (i, j))
    return matched


def _edge_key(edge: Edge) -> tuple:
    ends = (edge.source, edge.target)
    if edge.type in SYMMETRIC_EDGE_TYPES:
        ends = tuple(sorted(ends))
    return (edge.type, ends, edge.date.iso if edge.date else None)


def _extracted_error(graph: DiploGraph, edge: Edge, document: str, text: str | None) -> EdgeError:
    sentence = None
    for ev in edge.evidence:
        if text is not None and text[ev.start_char : ev.end_char] == ev.text:
            sentence = _sentence_around(text, ev.start_char, ev.end_char)
            break
        sentence = sentence or ev.text
    return EdgeError(
        document=document, type=edge.type, source=_node_name(graph, edge.source), target=_node_name(graph, edge.target),
        date=edge.date.iso if edge.date else None, attributes=_attributes(edge), sentence=sentence, rule=edge.rule,
    )


def _score_document(
    graph: DiploGraph, gold: GoldDocument, doc_id: str, edges: list[Edge], text: str | None, report: EvaluationReport
) -> None:
    name = Path(gold.file).name
    nodes = _nodes_in_document(graph, doc_id, edges)
    node_map = _node_map(nodes, gold)
    index = gold.node_index()
    gold_ends = [(index[normalize_name(g.source)], index[normalize_name(g.target)]) for g in gold.edges]

    # edges
    pairs = {
        (x, g): _weight(edge, gold_edge)
        for x, edge in enumerate(edges)
        for g, gold_edge in enumerate(gold.edges)
        if _edge_fits(edge, gold_edge, gold_ends[g], node_map)
    }
    matched = _match(pairs)
    matched_x = {x for x, _ in matched}
    matched_g = {g for _, g in matched}
    compatible = defaultdict(set)
    for x, g in pairs:
        compatible[x].add(g)
    fp_keys: set[tuple] = set()
    for x, edge in enumerate(edges):
        score = report.edges.setdefault(edge.type, Score())
        if x in matched_x:
            score.tp += 1
        elif compatible[x]:
            score.duplicates += 1  # a correct fact already counted once
        elif _edge_key(edge) not in fp_keys:
            fp_keys.add(_edge_key(edge))
            score.fp += 1
            report.false_positives.append(_extracted_error(graph, edge, name, text))
    for g, gold_edge in enumerate(gold.edges):
        if g not in matched_g:
            report.edges.setdefault(gold_edge.type, Score()).fn += 1
            report.misses.append(
                EdgeError(
                    document=name, type=gold_edge.type, source=gold_edge.source, target=gold_edge.target,
                    date=gold_edge.date, attributes=_attributes(gold_edge), sentence=gold_edge.evidence,
                )
            )

    # nodes: same type and a shared name
    node_pairs = {
        (x, g): 1.0
        for x, node in enumerate(nodes)
        for g in node_map.get(node.id, set())
        if gold.nodes[g].type == node.type
    }
    node_matched = _match(node_pairs)
    hit_x = {x for x, _ in node_matched}
    hit_g = {g for _, g in node_matched}
    for x, node in enumerate(nodes):
        score = report.nodes.setdefault(node.type, Score())
        if x in hit_x:
            score.tp += 1
        elif any(gold.nodes[g].type == node.type for g in node_map.get(node.id, set())):
            score.duplicates += 1  # two extracted nodes for one real entity
        else:
            score.fp += 1
            report.node_false_positives.append(NodeError(document=name, type=node.type, name=node.name))
    for g, gold_node in enumerate(gold.nodes):
        if g not in hit_g:
            report.nodes.setdefault(gold_node.type, Score()).fn += 1
            report.node_misses.append(NodeError(document=name, type=gold_node.type, name=gold_node.name))


def score_graph(gold: GoldFile, graph: DiploGraph, documents: Sequence) -> EvaluationReport:
    """Score ``graph`` (extracted from ``documents``, SourceDocument-like: id, path, text, title)."""
    report = EvaluationReport()
    by_file: dict[str, GoldDocument] = {Path(d.file).name: d for d in gold.documents}
    by_doc, orphans = _edges_by_document(graph)
    used: set[str] = set()
    for doc in documents:
        base = _doc_basename(getattr(doc, "path", None)) or doc.id
        gold_doc = by_file.get(base)
        if gold_doc is None:
            report.documents_without_gold.append(base)
            continue
        used.add(base)
        report.documents_scored.append(base)
        edges = sorted(by_doc.get(doc.id, []), key=lambda e: e.id)
        _score_document(graph, gold_doc, doc.id, edges, getattr(doc, "text", None), report)
    for edge in orphans:
        report.edges.setdefault(edge.type, Score()).fp += 1
        report.false_positives.append(_extracted_error(graph, edge, NO_EVIDENCE, None))
    report.gold_documents_not_read = sorted(set(by_file) - used)
    for score in report.edges.values():
        report.overall.add(score)
    for score in report.nodes.values():
        report.nodes_overall.add(score)
    report.edges = dict(sorted(report.edges.items()))
    report.nodes = dict(sorted(report.nodes.items()))
    return report


def evaluate(gold: str | Path | GoldFile, paths: Iterable[str | Path], progress=None) -> EvaluationReport:
    """Read and extract ``paths`` and score the graph against ``gold`` (a file or a GoldFile)."""
    from diplograph.loaders.documents import read_paths
    from diplograph.loaders.extract import extract_documents

    gold_file = gold if isinstance(gold, GoldFile) else load_gold(gold)
    documents, problems = read_paths([Path(p) for p in paths])
    # no metadata comes from the gold: documents carry their own dates (dateline, manifest, jsonl)
    graph = extract_documents(documents, progress=progress) if progress else extract_documents(documents)
    report = score_graph(gold_file, graph, documents)
    report.gold = None if isinstance(gold, GoldFile) else str(gold)
    report.read_problems = [str(p) for p in problems]
    return report


# ---- the command ------------------------------------------------------------------------


def _fmt(value: float) -> str:
    return f"{value:.3f}"


def report_tables(report: EvaluationReport, show_errors: bool = False) -> list:
    """Rich renderables for a report: the score table, node scores, and optionally the errors."""
    from rich.table import Table
    from rich.text import Text

    out: list = []
    table = Table(title=f"edges ({len(report.documents_scored)} document(s); MENTIONED_IN not scored)")
    for column in ("type", "P", "R", "F1", "tp", "fp", "fn", "dup"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for name, score in report.edges.items():
        table.add_row(name, _fmt(score.precision), _fmt(score.recall), _fmt(score.f1), str(score.tp), str(score.fp), str(score.fn), str(score.duplicates))
    o = report.overall
    table.add_row("[bold]overall[/bold]", f"[bold]{_fmt(o.precision)}[/bold]", f"[bold]{_fmt(o.recall)}[/bold]", f"[bold]{_fmt(o.f1)}[/bold]", str(o.tp), str(o.fp), str(o.fn), str(o.duplicates))
    out.append(table)

    nodes = Table(title="nodes")
    for column in ("type", "P", "R", "F1", "tp", "fp", "fn"):
        nodes.add_column(column, justify="left" if column == "type" else "right")
    for name, score in [*report.nodes.items(), ("overall", report.nodes_overall)]:
        nodes.add_row(name, _fmt(score.precision), _fmt(score.recall), _fmt(score.f1), str(score.tp), str(score.fp), str(score.fn))
    out.append(nodes)

    for label, items in (("documents without gold (not scored)", report.documents_without_gold),
                         ("gold documents not read (not scored)", report.gold_documents_not_read),
                         ("read problems", report.read_problems)):
        if items:
            out.append(Text(f"{label}: {', '.join(items)}", style="yellow"))
    if show_errors:
        for title, errors in (("false positives", report.false_positives), ("misses", report.misses)):
            # a list, not a table: sentences stay readable at any width; Text keeps untrusted text literal
            listing = Text(f"\n{title} ({len(errors)})\n", style="bold")
            for e in sorted(errors, key=lambda e: (e.document, e.type, e.source, e.target)):
                attrs = "".join(f" {k}={v}" for k, v in e.attributes.items())
                listing.append(f"{e.document}  {e.type}  {e.source} -> {e.target}  {e.date or '(no date)'}{attrs}")
                if e.rule:
                    listing.append(f"  [rule {e.rule}]", style="dim")
                listing.append("\n")
                if e.sentence:
                    listing.append(f"    {e.sentence}\n", style="dim")
            out.append(listing)
    return out


def main_evaluate(gold: Path, paths: list[Path], show_errors: bool = False, min_f1: float | None = None) -> int:
    """The ``diplograph evaluate`` command: print the scores; exit 1 only below ``--min-f1``."""
    from rich.console import Console

    console = Console()
    report = evaluate(gold, paths)
    for renderable in report_tables(report, show_errors):
        console.print(renderable)
    f1 = report.overall.f1
    console.print(f"overall edge F1 {f1:.3f} (P {report.overall.precision:.3f}, R {report.overall.recall:.3f})", highlight=False)
    if min_f1 is not None and f1 < min_f1:
        Console(stderr=True).print(f"overall F1 {f1:.3f} is below --min-f1 {min_f1}", highlight=False)
        return 1
    return 0


def write_schema(path: str | Path) -> Path:
    path = Path(path)
    path.write_text(json.dumps(gold_json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
