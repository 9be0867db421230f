"""Typed records for everything that crosses a boundary: nodes, edges, evidence, dates.

These pydantic models are the contract between extraction, the in-memory graph, the
stores, the exports and the published JSON Schema (``schema/diplograph.schema.json``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

NODE_TYPES: tuple[str, ...] = ("Person", "Country", "Organization", "Treaty", "Document")
EDGE_TYPES: tuple[str, ...] = (
    "VISITED",
    "MET",
    "SIGNED",
    "STATED",
    "INVITED",
    "RECOGNIZED",
    "PARTNERSHIP",
    "HOLDS_OFFICE",
    "AFFILIATED_WITH",
    "MEMBER_OF",
    "SUCCEEDED",
    "MENTIONED_IN",
)
NodeType = Literal["Person", "Country", "Organization", "Treaty", "Document"]
EdgeType = Literal[
    "VISITED",
    "MET",
    "SIGNED",
    "STATED",
    "INVITED",
    "RECOGNIZED",
    "PARTNERSHIP",
    "HOLDS_OFFICE",
    "AFFILIATED_WITH",
    "MEMBER_OF",
    "SUCCEEDED",
    "MENTIONED_IN",
]
Precision = Literal["day", "month", "year"]

# Edge types that are symmetric in meaning (stored once, with source < target by id).
SYMMETRIC_EDGE_TYPES: frozenset[str] = frozenset({"MET", "PARTNERSHIP"})


def stable_id(*parts: object) -> str:
    """A short deterministic hash, so the same fact always gets the same id."""
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _unpickle_record(cls: type["Record"], fields: dict[str, Any], fields_set: set[str]) -> "Record":
    """The inverse of ``Record.__reduce__``: the record as it was, without validating it again."""
    record = cls.__new__(cls)
    object.__setattr__(record, "__dict__", fields)
    object.__setattr__(record, "__pydantic_fields_set__", fields_set)
    object.__setattr__(record, "__pydantic_extra__", None)
    object.__setattr__(record, "__pydantic_private__", None)
    return record


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    def __reduce__(self) -> tuple:
        """Pickled as (class, fields, fields set): extraction workers send ~600,000 records to the
        parent on 10,000 articles, and pydantic's generic state dictionary made them pickle at half
        the speed. Records have no extra fields (``extra="forbid"``) and no private attributes."""
        return _unpickle_record, (type(self), self.__dict__, self.__pydantic_fields_set__)

    def __reduce_ex__(self, protocol: int) -> tuple:  # BaseModel's own would be used otherwise
        return self.__reduce__()


def _iso(day: dt.date, precision: str) -> str:
    """What ``strftime('%Y-%m-%d')`` cut to the precision gives, without its cost (ids hash it)."""
    if precision == "year":
        return f"{day.year}"
    if precision == "month":
        return f"{day.year}-{day.month:02d}"
    return f"{day.year}-{day.month:02d}-{day.day:02d}"


class EventDate(Record):
    """When something happened: ``start`` is the first day of the period ``precision`` names.

    ``1955-07`` is stored as start=1955-07-01, precision="month"; a multi-day visit has an ``end``.
    """

    start: dt.date
    end: dt.date | None = None
    precision: Precision = "day"

    @model_validator(mode="after")
    def _end_after_start(self) -> "EventDate":
        if self.end is not None and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self

    @property
    def iso(self) -> str:
        """ISO 8601 at the date's own precision: ``1955``, ``1955-07``, ``1955-07-18``."""
        out = _iso(self.start, self.precision)
        if self.end is not None:
            out += "/" + _iso(self.end, self.precision)
        return out

    @classmethod
    def parse(cls, text: str) -> "EventDate":
        """Read ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or a ``start/end`` range of them."""
        start_text, _, end_text = text.strip().partition("/")

        def one(part: str) -> tuple[dt.date, Precision]:
            pieces = part.split("-")
            if len(pieces) == 1:
                return dt.date(int(pieces[0]), 1, 1), "year"
            if len(pieces) == 2:
                return dt.date(int(pieces[0]), int(pieces[1]), 1), "month"
            return dt.date.fromisoformat(part), "day"

        start, precision = one(start_text)
        end = one(end_text)[0] if end_text else None
        return cls(start=start, end=end, precision=precision)


class Evidence(Record):
    """Where a fact was read: ``document.text[start_char:end_char] == text``."""

    doc_id: str
    sentence: int = Field(ge=0, description="0-based index of the sentence in the document")
    start_char: int = Field(ge=0)
    end_char: int = Field(ge=0)
    text: str

    def key(self) -> tuple[str, int, int, int, str]:
        """Every field: equal keys mean equal records (hashable, unlike the model)."""
        return self.doc_id, self.sentence, self.start_char, self.end_char, self.text

    @model_validator(mode="after")
    def _span_is_ordered(self) -> "Evidence":
        if self.end_char < self.start_char:
            raise ValueError("end_char is before start_char")
        if self.end_char - self.start_char != len(self.text):
            raise ValueError("span length differs from the evidence text length")
        return self


class NodeBase(Record):
    id: str
    name: str = Field(min_length=1, description="canonical name")
    aliases: list[str] = Field(default_factory=list)
    external_ids: dict[str, str] = Field(
        default_factory=dict, description="e.g. {'iso3166': 'VN', 'wikidata': 'Q881'}"
    )

    def all_names(self) -> list[str]:
        return [self.name, *[a for a in self.aliases if a != self.name]]


class Person(NodeBase):
    type: Literal["Person"] = "Person"
    titles: list[str] = Field(default_factory=list, description="titles seen with the name")


class Country(NodeBase):
    type: Literal["Country"] = "Country"
    iso_code: str | None = Field(default=None, description="ISO 3166-1 alpha-2 (or 3166-3 for former states)")
    historical: bool = False
    successor: str | None = Field(default=None, description="node id of the successor state")
    predecessor: str | None = Field(default=None, description="node id of the predecessor state")


class Organization(NodeBase):
    type: Literal["Organization"] = "Organization"
    kind: str | None = Field(
        default=None,
        description="party, ministry, government, agency, news_agency, institute, bloc, parliament, university, company, other",
    )
    country: str | None = Field(default=None, description="node id of the country it belongs to")


class Treaty(NodeBase):
    type: Literal["Treaty"] = "Treaty"
    kind: str | None = Field(
        default=None,
        description="treaty, joint_declaration, joint_statement, agreement, free_trade_agreement, memorandum, partnership_framework, other",
    )


class Document(NodeBase):
    type: Literal["Document"] = "Document"
    path: str | None = None
    url: str | None = None
    title: str | None = None
    date: dt.date | None = Field(default=None, description="publication date, anchors partial dates")
    date_precision: Literal["day", "month", "year"] = Field(
        default="day", description="how much of ``date`` is known: a month's or year's first day stands for it")


Node = Annotated[Union[Person, Country, Organization, Treaty, Document], Field(discriminator="type")]
NODE_CLASSES: dict[str, type[NodeBase]] = {
    "Person": Person,
    "Country": Country,
    "Organization": Organization,
    "Treaty": Treaty,
    "Document": Document,
}


class Edge(Record):
    """A dated, evidenced relation. Type-specific attributes are optional fields:

    - VISITED: ``kind`` (state/official/working/other), ``place``
    - STATED: ``quote`` (quote or paraphrase), ``medium``, ``place``
    - PARTNERSHIP: ``level`` (e.g. Comprehensive Strategic Partnership)
    - HOLDS_OFFICE / AFFILIATED_WITH: ``title``
    - RECOGNIZED: ``kind`` (recognition/diplomatic_relations)
    - MEMBER_OF: ``kind`` (member/observer/key member)
    """

    id: str = ""
    type: EdgeType
    source: str
    target: str
    date: EventDate | None = None
    kind: str | None = None
    level: str | None = None
    title: str | None = None
    quote: str | None = None
    medium: str | None = None
    place: str | None = None
    cameo: str | None = Field(default=None, description="CAMEO event code, e.g. '042'")
    plover: str | None = Field(default=None, description="PLOVER event category, e.g. 'CONSULT'")
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    rule: str = Field(default="manual", description="name of the extraction rule that produced it")
    evidence: list[Evidence] = Field(default_factory=list)

    @model_validator(mode="after")
    def _fill_id(self) -> "Edge":
        if not self.id:
            object.__setattr__(self, "id", self.identity())
        return self

    def identity(self) -> str:
        """Same type, endpoints, date and key attribute -> same id (so re-reads merge)."""
        source, target = self.source, self.target
        if self.type in SYMMETRIC_EDGE_TYPES and target < source:
            source, target = target, source
        key = self.level or self.kind or self.title or ""
        if self.type == "STATED":
            key = (self.quote or "")[:200]
        when = self.date.iso if self.date else ""
        return "e-" + stable_id(self.type, source, target, when, key.lower())


class GraphData(Record):
    """The whole graph as plain records: what JSON export writes and reads."""

    schema_version: Literal["1"] = "1"
    nodes: list[Node] = Field(default_factory=list)
    edges: list[Edge] = Field(default_factory=list)


def node_from_dict(data: dict[str, Any]) -> NodeBase:
    cls = NODE_CLASSES.get(data.get("type", ""))
    if cls is None:
        raise ValueError(f"unknown node type {data.get('type')!r}")
    return cls.model_validate(data)
