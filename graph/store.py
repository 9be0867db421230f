"""One store interface for the embedded FalkorDB store and Neo4j, plus what both share.

Both stores hold the same property layout (see :func:`node_to_props` and :func:`edge_to_props`),
so the query modules in ``queries/`` run unchanged on either. The layout:

- a node has its type as label *and* as the ``type`` property; list fields stay lists; the
  ``external_ids`` dict is a JSON string;
- an edge keeps its scalar attributes; its date becomes ``start``/``end``, ``precision`` and
  ``date_iso`` (the date at its own precision, e.g. ``1955-07``) and ``year`` (int); its evidence list is a JSON
  string ``evidence`` plus ``evidence_text`` (the first evidence sentence) and ``doc_ids`` (a list).

``start``/``end`` (and ``Document.date``) are real ``date`` values on Neo4j
(``Store.native_dates = True``) and ISO ``YYYY-MM-DD`` strings on FalkorDB. FalkorDB has
``date()``, but (FalkorDB 4.x, checked) compares dates before 1970 wrongly:
``date('2024-06-19') < date('1923-01-01')`` is true, and ORDER BY follows suit. ISO strings
order and compare correctly, and query parameters declared ``date`` are converted by the store
to the kind it stores, so ``r.start >= $from`` and ``ORDER BY r.start`` mean the same on both.
(The FalkorDB client also cannot send a Python ``date`` as a parameter.)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from abc import ABC, abstractmethod
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from pydantic import BaseModel, ConfigDict, TypeAdapter

from .models import EDGE_TYPES, NODE_CLASSES, NODE_TYPES, Edge, EventDate, Evidence, NodeBase

if TYPE_CHECKING:  # pragma: no cover
    from diplograph.queries import QueryModule

    from .memory import DiploGraph


# ---- errors -------------------------------------------------------------------------------
class UsageError(Exception):
    """The user asked for something wrong (the CLI exits 2)."""


class UnknownQueryError(UsageError):
    """No query module has that name."""


class QueryParameterError(UsageError):
    """A query parameter is missing, unknown or of the wrong type."""


class ReadOnlyError(UsageError):
    """A write statement was sent where only reads are allowed."""


class CypherError(UsageError):
    """The database rejected a statement (syntax, unknown function, type error)."""


class StoreConnectionError(Exception):
    """The store cannot be reached or opened (the CLI exits 1)."""


# ---- records ------------------------------------------------------------------------------
class LoadReport(BaseModel):
    """What one ``Store.load`` did: nodes and edges written (merged), batches, wall time."""

    nodes: int
    edges: int
    batches: int
    seconds: float


class Row(BaseModel):
    """Base of the typed rows a query module returns (one subclass per module)."""

    model_config = ConfigDict(extra="allow", frozen=True)


# ---- read-only guard ----------------------------------------------------------------------
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`")
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
_WRITE_CLAUSES = re.compile(r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH)\b|\bLOAD\s+CSV\b", re.I)
_CALLS = re.compile(r"\bCALL\s+([A-Za-z_][\w.]*)", re.I)
_READ_PROCEDURES = frozenset(
    {
        "db.labels",
        "db.relationshiptypes",
        "db.propertykeys",
        "db.indexes",
        "db.constraints",
        "db.schema.visualization",
        "db.schema.nodetypeproperties",
        "db.schema.reltypeproperties",
    }
)


def check_read_only(text: str) -> None:
    """Raise ReadOnlyError when ``text`` could write (clauses, LOAD CSV, db.*/dbms.* procedures).

    String literals, quoted names and comments are ignored, so ``WHERE n.name = 'Set'`` passes.
    A text found read-only is remembered (query modules send the same long texts every time;
    the scan cost up to 0.4 ms a query).
    """
    if text in _READ_ONLY_TEXTS:
        return
    _check_read_only(text)
    if len(_READ_ONLY_TEXTS) < 256:
        _READ_ONLY_TEXTS.add(text)


_READ_ONLY_TEXTS: set[str] = set()


def _check_read_only(text: str) -> None:
    """:func:`check_read_only` without the memory of texts already found read-only."""
    bare = _STRINGS.sub("''", _COMMENTS.sub(" ", text))
    found = _WRITE_CLAUSES.search(bare)
    if found:
        raise ReadOnlyError(
            f"{' '.join(found.group(0).upper().split())} is not allowed in read-only Cypher "
            "(only the loader writes to the store)"
        )
    for call in _CALLS.finditer(bare):
        name = call.group(1).lower()
        if name.startswith(("db.", "dbms.", "apoc.", "gds.")) and name not in _READ_PROCEDURES:
            raise ReadOnlyError(f"CALL {call.group(1)} is not allowed in read-only Cypher")


# ---- serialisation shared by both stores --------------------------------------------------
def check_label(label: str) -> str:
    """Labels come from records; check them before they are placed in a query."""
    if label not in NODE_TYPES:
        raise ValueError(f"unknown node type {label!r}; known: {', '.join(NODE_TYPES)}")
    return label


def check_rel_type(rel_type: str) -> str:
    if rel_type not in EDGE_TYPES:
        raise ValueError(f"unknown edge type {rel_type!r}; known: {', '.join(EDGE_TYPES)}")
    return rel_type


def _date_value(value: dt.date | None, native_dates: bool) -> Any:
    if value is None:
        return None
    return value if native_dates else value.isoformat()


def to_plain(value: Any) -> Any:
    """Driver values to plain Python: neo4j ``Date`` -> ``datetime.date``; lists and maps recursively."""
    if isinstance(value, (str, int, float, type(None))):
        return value
    if hasattr(value, "to_native"):
        return value.to_native()
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    return value


def _as_date(value: Any) -> dt.date | None:
    value = to_plain(value)
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def node_to_props(node: NodeBase, native_dates: bool = False) -> dict[str, Any]:
    """A node as a flat property map (no nulls: a missing property reads back as the default)."""
    check_label(node.type)
    props: dict[str, Any] = {}
    for field, value in node.model_dump().items():
        if field == "external_ids":
            value = json.dumps(value, ensure_ascii=False, sort_keys=True) if value else None
        elif isinstance(value, dt.date):
            value = _date_value(value, native_dates)
        if value is not None:
            props[field] = value
    return props


def props_to_node(props: dict[str, Any]) -> NodeBase:
    """Inverse of :func:`node_to_props`."""
    data = {k: to_plain(v) for k, v in props.items() if v is not None}
    cls = NODE_CLASSES[check_label(data.get("type", ""))]
    if isinstance(data.get("external_ids"), str):
        data["external_ids"] = json.loads(data["external_ids"])
    if "date" in data:
        data["date"] = _as_date(data["date"])
    known = set(cls.model_fields)
    return cls.model_validate({k: v for k, v in data.items() if k in known})


_EVIDENCE_LIST = TypeAdapter(list[Evidence])
_EDGE_SCALARS = ("kind", "level", "title", "quote", "medium", "place", "cameo", "plover", "confidence", "rule")


def edge_to_props(edge: Edge, native_dates: bool = False) -> dict[str, Any]:
    """An edge's properties (without source/target/type, which the pattern carries)."""
    check_rel_type(edge.type)
    fields = edge.__dict__  # the pydantic field values (attribute access costs a lookup each)
    props: dict[str, Any] = {"id": fields["id"]}
    for field in _EDGE_SCALARS:
        value = fields[field]
        if value is not None:
            props[field] = value
    when = fields["date"]
    if when is not None:
        _add_date_props(props, when, native_dates)
    evidence = fields["evidence"]
    if evidence:
        props["evidence"] = _EVIDENCE_LIST.dump_json(evidence).decode("utf-8")
        props["evidence_text"] = evidence[0].text
        props["doc_ids"] = [evidence[0].doc_id] if len(evidence) == 1 else sorted({e.doc_id for e in evidence})
    return props


def _add_date_props(props: dict[str, Any], when: EventDate, native_dates: bool) -> None:
    """Add ``start``, ``end``, ``precision``, ``date_iso`` and ``year`` of an edge's date.

    A day without an end (most dates) is its own ISO text, so ``date_iso`` reuses the start's
    ``isoformat`` instead of formatting it again (``EventDate.iso`` writes years below 1000
    unpadded, so those take the general path)."""
    start = when.__dict__["start"]
    iso = start.isoformat()
    end = when.__dict__["end"]
    precision = when.__dict__["precision"]
    props["start"] = start if native_dates else iso
    if end is not None:
        props["end"] = _date_value(end, native_dates)
    props["precision"] = precision
    props["date_iso"] = iso if end is None and precision == "day" and start.year >= 1000 else when.iso
    props["year"] = start.year


def props_to_edge(rel_type: str, source: str, target: str, props: dict[str, Any]) -> Edge:
    """Inverse of :func:`edge_to_props`."""
    data = {k: to_plain(v) for k, v in props.items() if v is not None}
    out: dict[str, Any] = {"id": data["id"], "type": check_rel_type(rel_type), "source": source, "target": target}
    for field in _EDGE_SCALARS:
        if field in data:
            out[field] = data[field]
    if "start" in data:
        out["date"] = EventDate(
            start=_as_date(data["start"]), end=_as_date(data.get("end")), precision=data.get("precision", "day")
        )
    if "evidence" in data:
        out["evidence"] = [Evidence.model_validate(e) for e in json.loads(data["evidence"])]
    return Edge.model_validate(out)


def node_batches(graph: "DiploGraph", batch_size: int, native_dates: bool = False) -> Iterator[tuple[str, list[dict]]]:
    """(label, rows) batches of ``{"id", "props"}``, one label per batch, in id order."""
    by_label: dict[str, list[NodeBase]] = defaultdict(list)
    for node in graph.nodes():
        by_label[check_label(node.type)].append(node)
    for label in NODE_TYPES:
        nodes = sorted(by_label.get(label, []), key=lambda n: n.id)
        for start in range(0, len(nodes), batch_size):
            yield label, [{"id": n.id, "props": node_to_props(n, native_dates)} for n in nodes[start : start + batch_size]]


def edge_groups(graph: "DiploGraph") -> dict[tuple[str, str, str], list[Edge]]:
    """The edges of ``graph`` by (type, source label, target label), in one pass."""
    labels = {node.id: node.type for node in graph.nodes()}
    groups: dict[tuple[str, str, str], list[Edge]] = defaultdict(list)
    for edge in graph.iter_edges():
        groups[(edge.type, labels[edge.source], labels[edge.target])].append(edge)
    for rel_type, _, _ in groups:
        check_rel_type(rel_type)
    return groups


def edge_batches(
    graph: "DiploGraph",
    batch_size: int,
    native_dates: bool = False,
    groups: dict[tuple[str, str, str], list[Edge]] | None = None,
) -> Iterator[tuple[str, str, str, list[dict]]]:
    """(type, source label, target label, rows) batches of ``{"id", "source", "target", "props"}``.

    Grouping by endpoint labels lets the MERGE look endpoints up through the id index.
    ``groups``: :func:`edge_groups` of ``graph``, when the caller has them already.
    """
    if groups is None:
        groups = edge_groups(graph)
    for key in sorted(groups):
        edges = sorted(groups[key], key=lambda e: e.id)
        for start in range(0, len(edges), batch_size):
            rows = [
                {"id": e.id, "source": e.source, "target": e.target, "props": edge_to_props(e, native_dates)}
                for e in edges[start : start + batch_size]
            ]
            yield (*key, rows)


#: Properties the stores derive at load time (not part of the records; ``props_to_node`` drops them):
#: ``names_lc``, the lower-cased name and aliases (indexed, so a name lookup is
#: ``toLower($x) IN n.names_lc``), ``degree``, the count of relations other than MENTIONED_IN
#: (what ``most_connected`` ranks by), and ``offices``, the count of HOLDS_OFFICE relations the node
#: starts (``timeline`` tests ``v.offices = 0`` for persons of no known office: a property read where
#: an OPTIONAL MATCH per candidate cost ~3 ms at 100k edges). All are computed by the database's own
#: ``toLower`` and ``count`` (or, into an empty store, counted the same way in Python) so they agree
#: with what the queries compared before.
DERIVED_PROPS = ("names_lc", "degree", "offices")
_SET_NAMES_LC = "SET n.names_lc = [x IN [n.name] + coalesce(n.aliases, []) | toLower(x)]"


def merge_nodes_cypher(label: str) -> str:
    """Idempotent node upsert for one label (rows: ``{id, props}``); same text on both stores."""
    return f"UNWIND $rows AS row MERGE (n:{check_label(label)} {{id: row.id}}) SET n += row.props {_SET_NAMES_LC}"


def refresh_nodes_cypher(label: str, every: bool = False) -> str:
    """Recompute the derived properties of a batch of stored nodes (rows: ``{id}``) from the store.

    Run after the edges of a MERGE load, for every node the load touched, so re-loads and
    incremental loads leave ``degree`` and ``offices`` exact. ``every``: all nodes of the label (no rows)."""
    match = f"MATCH (n:{check_label(label)})" if every else f"UNWIND $rows AS row MATCH (n:{check_label(label)} {{id: row.id}})"
    return (
        f"{match} "
        f"OPTIONAL MATCH (n)-[r]-() WHERE type(r) <> 'MENTIONED_IN' "
        f"WITH n, count(r) AS degree "
        f"OPTIONAL MATCH (n)-[o:HOLDS_OFFICE]->() "
        f"WITH n, degree, count(o) AS offices SET n.degree = degree, n.offices = offices {_SET_NAMES_LC}"
    )


def node_counts(groups: dict[tuple[str, str, str], list[Edge]]) -> tuple[Counter, Counter]:
    """``degree`` and ``offices`` of every node of a graph alone, from its :func:`edge_groups`
    (a self-loop counts once in ``degree``, as FalkorDB counts it). Counted a group at a time by
    ``Counter.update``, which counts in C (a ``+= 1`` per edge end was ~0.15 s at 100k edges)."""
    degree: Counter = Counter()
    offices: Counter = Counter()
    for (kind, _, _), edges in groups.items():
        if kind == "MENTIONED_IN":
            continue
        degree.update([edge.source for edge in edges])
        degree.update([edge.target for edge in edges if edge.target != edge.source])
        if kind == "HOLDS_OFFICE":
            offices.update([edge.source for edge in edges])
    return degree, offices


def merge_edges_cypher(rel_type: str, source_label: str, target_label: str) -> str:
    """Idempotent edge upsert (rows: ``{id, source, target, props}``); endpoints must exist."""
    return (
        f"UNWIND $rows AS row "
        f"MATCH (a:{check_label(source_label)} {{id: row.source}}) "
        f"MATCH (b:{check_label(target_label)} {{id: row.target}}) "
        f"MERGE (a)-[r:{check_rel_type(rel_type)} {{id: row.id}}]->(b) SET r += row.props"
    )


def create_nodes_cypher(label: str) -> str:
    """Plain CREATE for a load into an empty store (half the server time of MERGE on FalkorDB)."""
    return f"UNWIND $rows AS row CREATE (n:{check_label(label)}) SET n = row.props {_SET_NAMES_LC}"


def existing_nodes_cypher(label: str) -> str:
    """Read back the stored versions of a batch of nodes (rows: ``{id, ...}``)."""
    return f"UNWIND $rows AS row MATCH (n:{check_label(label)} {{id: row.id}}) RETURN properties(n) AS props"


def existing_edges_cypher(rel_type: str, source_label: str, target_label: str) -> str:
    """Read back the stored versions of a batch of edges (rows: ``{id, source, target, ...}``)."""
    return (
        f"UNWIND $rows AS row "
        f"MATCH (a:{check_label(source_label)} {{id: row.source}})-[r:{check_rel_type(rel_type)} {{id: row.id}}]->"
        f"(b:{check_label(target_label)} {{id: row.target}}) RETURN properties(r) AS props"
    )


def _merged_rows(rows: list[dict], old: dict[str, dict], merge: Callable[[dict, dict], dict]) -> list[dict]:
    """``rows`` with the properties of each record already stored (by id, with other properties)
    replaced by ``merge(stored properties, row)``."""
    if not old:
        return rows
    return [
        {**row, "props": merge(old[row["id"]], row)} if row["id"] in old and to_plain(old[row["id"]]) != row["props"] else row
        for row in rows
    ]


def merge_node_rows(rows: list[dict], stored: list[dict], native_dates: bool = False) -> list[dict]:
    """Rows for nodes already in the store become the union of stored and new (as DiploGraph.add_node does).

    So loading a second document set adds aliases, titles and ids instead of overwriting them.
    """
    from .memory import DiploGraph

    def merge(old: dict, row: dict) -> dict:
        merged = DiploGraph()
        merged.add_node(props_to_node(old))
        return node_to_props(merged.add_node(props_to_node(row["props"])), native_dates)

    old = {props["id"]: {k: v for k, v in props.items() if k not in DERIVED_PROPS} for props in stored}
    return _merged_rows(rows, old, merge)


def merge_edge_rows(rel_type: str, rows: list[dict], stored: list[dict], native_dates: bool = False) -> list[dict]:
    """Rows for edges already in the store gain the stored evidence (as DiploGraph.add_edge does)."""
    from .memory import DiploGraph

    def merge(old: dict, row: dict) -> dict:
        merged = DiploGraph()
        merged.nx.add_nodes_from([row["source"], row["target"]])
        merged.add_edge(props_to_edge(rel_type, row["source"], row["target"], old))
        return edge_to_props(merged.add_edge(props_to_edge(rel_type, row["source"], row["target"], row["props"])), native_dates)

    return _merged_rows(rows, {props["id"]: props for props in stored}, merge)


# ---- parameters and rows -------------------------------------------------------------------
def _parse_date(text: str, end_of_period: bool) -> dt.date:
    when = EventDate.parse(text)
    if not end_of_period or when.precision == "day":
        return when.start
    if when.precision == "year":
        return dt.date(when.start.year, 12, 31)
    following = dt.date(when.start.year + when.start.month // 12, when.start.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def coerce_param(name: str, type_name: str, value: Any) -> Any:
    """Turn a CLI string (or a Python value) into the declared type; QueryParameterError if it cannot."""
    if value is None:
        return None
    try:
        if type_name == "str":
            return str(value)
        if type_name == "int":
            if isinstance(value, bool):
                raise ValueError
            return int(value)
        if type_name == "float":
            return float(value)
        if type_name == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("true", "yes", "1", "on"):
                return True
            if text in ("false", "no", "0", "off"):
                return False
            raise ValueError
        if type_name == "node_type":
            if str(value) not in NODE_TYPES:
                raise QueryParameterError(f"parameter {name!r} must be one of {', '.join(NODE_TYPES)}, got {value!r}")
            return str(value)
        if type_name == "edge_type":
            if str(value).upper() not in EDGE_TYPES:
                raise QueryParameterError(f"parameter {name!r} must be one of {', '.join(EDGE_TYPES)}, got {value!r}")
            return str(value).upper()
        if type_name in ("date", "end_date"):
            if isinstance(value, dt.date):
                return value
            return _parse_date(str(value), end_of_period=type_name == "end_date")
    except (TypeError, ValueError) as exc:
        raise QueryParameterError(f"parameter {name!r} must be of type {type_name}, got {value!r}") from exc
    raise QueryParameterError(f"parameter {name!r} has an unsupported declared type {type_name!r}")


_PLAIN_SCALARS = (str, int, float, type(None))
_ROW_MODELS: dict[tuple[str, str], type[Row]] = {}
_ROW_TYPES: dict[str, Any] = {
    "str": str, "int": int, "float": float, "bool": bool, "list": list, "dict": dict, "json": Any, "any": Any,
}


def row_model(module: "QueryModule") -> type[Row]:
    """The pydantic row class of a module, built from its ``// returns:`` columns (all nullable)."""
    from pydantic import create_model

    key = (module.name, module.returns_text)
    if key not in _ROW_MODELS:
        fields = {col.name: (_ROW_TYPES.get(col.type, Any) | None, None) for col in module.columns}
        class_name = "".join(part.title() for part in module.name.split("_")) + "Row"
        _ROW_MODELS[key] = create_model(class_name, __base__=Row, **fields)  # type: ignore[call-overload]
    return _ROW_MODELS[key]


def _row_value(value: Any) -> Any:
    if isinstance(value, _PLAIN_SCALARS):  # most values: nothing to convert
        return value
    value = to_plain(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_row_value(v) for v in value]
    return value


# ---- the interface -------------------------------------------------------------------------
class Store(ABC):
    """A graph database holding a DiploGraph. Use as a context manager so it is always closed.

    Subclasses implement ``load``, ``cypher``, ``clear`` and ``close``; ``read_graph`` and
    ``counts`` have portable defaults written in Cypher both stores accept.
    """

    kind: str = "abstract"
    #: dates stored as real date values (Neo4j) or ISO strings (FalkorDB); see the module doc
    native_dates: bool = False

    @abstractmethod
    def load(self, graph: "DiploGraph", batch_size: int = 2000) -> LoadReport:
        """MERGE every node and edge on its id, in batches (one transaction each); idempotent."""

    def cypher(self, text: str, params: dict[str, Any] | None = None, write: bool = False) -> list[dict[str, Any]]:
        """Run Cypher with $parameters; read-only (ReadOnlyError) unless ``write=True``.

        Rows are dicts of plain values (lists, dicts, str, numbers, dates).
        """
        if not write:
            check_read_only(text)
        return self._rows(text, params, write)

    @abstractmethod
    def _rows(self, text: str, params: dict[str, Any] | None, write: bool) -> list[dict[str, Any]]:
        """Run an already-checked statement and return its rows as plain dicts."""

    def _derive_missing_properties(self) -> None:
        """A store written before ``degree``/``offices`` existed gets them (and ``names_lc``) when
        opened: ``most_connected`` and ``timeline`` read them."""
        if self._rows("MATCH (n) WHERE n.degree IS NULL OR n.offices IS NULL RETURN n.id AS id LIMIT 1", None, write=False):
            for label in NODE_TYPES:
                self._rows(refresh_nodes_cypher(label, every=True), None, write=True)

    @abstractmethod
    def clear(self) -> None:
        """Delete everything."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection (and, for the embedded store, stop its server)."""

    def read_graph(self) -> "DiploGraph":
        """The whole stored graph back as the pydantic model (same ids, attributes, evidence)."""
        from .memory import DiploGraph

        graph = DiploGraph()
        for row in self.cypher("MATCH (n) RETURN properties(n) AS props"):
            graph.add_node(props_to_node(row["props"]))
        rows = self.cypher(
            "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props"
        )
        for row in rows:
            graph.add_edge(props_to_edge(row["type"], row["source"], row["target"], row["props"]))
        return graph

    def counts(self) -> dict[str, dict[str, int]]:
        """``{"nodes": {label: n}, "edges": {type: n}}``, like ``DiploGraph.counts``."""
        nodes = Counter({r["type"]: r["n"] for r in self.cypher("MATCH (n) RETURN n.type AS type, count(n) AS n")})
        edges = Counter({r["type"]: r["n"] for r in self.cypher("MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n")})
        return {"nodes": dict(nodes), "edges": dict(edges)}

    def prepare_params(self, module: "QueryModule", params: dict[str, Any]) -> dict[str, Any]:
        """Check and coerce parameters against the module's header; dates become stored values."""
        declared = {p.name: p for p in module.params}
        unknown = sorted(set(params) - set(declared))
        if unknown:
            raise QueryParameterError(
                f"query {module.name!r} has no parameter {', '.join(map(repr, unknown))}; "
                f"it takes: {', '.join(declared) or 'none'}"
            )
        out: dict[str, Any] = {}
        for name, spec in declared.items():
            value = params.get(name, spec.default)
            if name not in params and spec.required:
                raise QueryParameterError(
                    f"query {module.name!r} needs parameter {name!r} ({spec.type}: {spec.description}); "
                    f"e.g. {module.example}"
                )
            value = coerce_param(name, spec.type, value)
            if isinstance(value, dt.date):
                value = _date_value(value, self.native_dates)
            out[name] = value
        return out

    def query(self, name: str, **params: Any) -> list[Row]:
        """Run the named query module with parameters; typed rows (``.model_dump()``)."""
        from diplograph.queries import get_module

        module = get_module(name)
        rows = self.cypher(module.text_for(self.kind), self.prepare_params(module, params))
        model = row_model(module)
        decode = {c.name for c in module.columns if c.type == "json"}
        out = []
        for row in rows:
            values = {k: _row_value(v) for k, v in row.items()}
            for key in decode:
                if isinstance(values.get(key), str):
                    values[key] = json.loads(values[key])
            out.append(model(**values))
        return out

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---- factories -----------------------------------------------------------------------------
def open_store(
    kind: str = "embedded",
    data_dir: Path | None = None,
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
) -> Store:
    """Open the embedded store in ``data_dir`` or Neo4j (settings from arguments, env or ``.env``)."""
    if kind == "embedded":
        from .embedded_store import EmbeddedStore

        return EmbeddedStore(Path(data_dir) if data_dir is not None else Path("diplograph-data"))
    if kind == "neo4j":
        from dotenv import find_dotenv, load_dotenv

        load_dotenv(find_dotenv(usecwd=True), override=False)
        from .neo4j_store import Neo4jStore

        return Neo4jStore(
            uri or os.environ.get("NEO4J_URI") or "bolt://localhost:7687",
            user or os.environ.get("NEO4J_USER") or "neo4j",
            password if password is not None else os.environ.get("NEO4J_PASSWORD"),
        )
    raise UsageError(f"unknown store kind {kind!r}; use 'embedded' or 'neo4j'")


def query_graph(graph: "DiploGraph", name: str, params: dict[str, Any]) -> list[Row]:
    """Run a query module against an in-memory graph through a private, temporary embedded store."""
    import tempfile

    from diplograph.queries import get_module

    get_module(name)  # fail fast, before a server starts
    with tempfile.TemporaryDirectory(prefix="diplograph-q-") as tmp:
        from .embedded_store import EmbeddedStore

        with EmbeddedStore(Path(tmp)) as store:
            store.load(graph)
            return store.query(name, **params)


def iter_chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


__all__ = [
    "CypherError",
    "LoadReport",
    "QueryParameterError",
    "ReadOnlyError",
    "Row",
    "Store",
    "StoreConnectionError",
    "UnknownQueryError",
    "UsageError",
    "check_read_only",
    "edge_batches",
    "edge_groups",
    "edge_to_props",
    "create_nodes_cypher",
    "existing_edges_cypher",
    "existing_nodes_cypher",
    "merge_edge_rows",
    "merge_edges_cypher",
    "merge_node_rows",
    "merge_nodes_cypher",
    "DERIVED_PROPS",
    "node_batches",
    "node_counts",
    "node_to_props",
    "refresh_nodes_cypher",
    "open_store",
    "props_to_edge",
    "props_to_node",
    "query_graph",
    "to_plain",
]
