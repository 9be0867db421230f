"""Named, parameterised Cypher query modules that run unchanged on every store.

Each ``*.cypher`` file in this folder starts with a header of ``//`` comments::

    // name: timeline
    // purpose: one line
    // param: a str - first country (name or alias)
    // param: limit int = 200 - most rows returned        (optional, with a default)
    // param: kind str = null - only this kind            (optional, no default)
    // returns: date str, type str, evidence str
    // example: diplograph query timeline -p a=Vietnam -p b=Russia

Parameter types: str, int, float, bool, date (YYYY, YYYY-MM or YYYY-MM-DD, read as the first
day of that period), end_date (the same, read as the last day), node_type and edge_type (checked
against the schema's lists). Result column types: str, int, float, bool, list, dict, any and
json (a JSON string property decoded into Python values). A ``date`` column holds the ISO
string on every store. The store checks and coerces parameters and builds typed rows
from these headers (see ``diplograph.graph.store.Store.query``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

HERE = Path(__file__).resolve().parent
PARAM_TYPES = ("str", "int", "float", "bool", "date", "end_date", "node_type", "edge_type")
COLUMN_TYPES = ("str", "int", "float", "bool", "list", "dict", "json", "any")

_PARAM = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s+(?P<type>\w+)(?:\s*=\s*(?P<default>\S+))?\s+-\s+(?P<description>.+)$")


class QueryParam(BaseModel):
    name: str
    type: str
    required: bool = True
    default: Any = None
    description: str = ""


class QueryColumn(BaseModel):
    name: str
    type: str = "any"


class QueryModule(BaseModel):
    name: str
    purpose: str
    params: list[QueryParam] = Field(default_factory=list)
    returns: list[str] = Field(default_factory=list, description="result column names, in order")
    columns: list[QueryColumn] = Field(default_factory=list)
    returns_text: str = ""
    example: str = ""
    text: str
    path: Path
    variants: dict[str, str] = Field(
        default_factory=dict,
        description="store kind -> Cypher text, from NAME.KIND.cypher beside NAME.cypher (used where one "
        "text cannot serve both stores; the variant file says why)",
    )

    def text_for(self, kind: str) -> str:
        return self.variants.get(kind, self.text)


class QueryFileError(ValueError):
    """A query module's header is malformed (a bug in the shipped files, caught by the tests)."""


def _default(type_name: str, raw: str | None) -> Any:
    if raw is None or raw == "null":
        return None
    from diplograph.graph.store import coerce_param

    return coerce_param("default", type_name, raw)


def parse_module(path: Path) -> QueryModule:
    """Read one ``.cypher`` file and its header."""
    text = path.read_text(encoding="utf-8")
    fields: dict[str, Any] = {"params": [], "text": text, "path": path}
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("//"):
            break
        key, sep, value = stripped[2:].strip().partition(":")
        if not sep:
            continue
        key, value = key.strip(), value.strip()
        if key == "param":
            match = _PARAM.match(value)
            if not match or match["type"] not in PARAM_TYPES:
                raise QueryFileError(f"{path.name}: bad param line {value!r}")
            optional = match["default"] is not None
            fields["params"].append(
                QueryParam(
                    name=match["name"],
                    type=match["type"],
                    required=not optional,
                    default=_default(match["type"], match["default"]),
                    description=match["description"].strip(),
                )
            )
        elif key == "returns":
            columns = []
            for part in value.split(","):
                bits = part.split()
                if not bits:
                    continue
                type_name = bits[1] if len(bits) > 1 else "any"
                if type_name not in COLUMN_TYPES:
                    raise QueryFileError(f"{path.name}: bad column type in {part!r}")
                columns.append(QueryColumn(name=bits[0], type=type_name))
            fields["columns"] = columns
            fields["returns"] = [c.name for c in columns]
            fields["returns_text"] = value
        elif key in ("name", "purpose", "example"):
            fields[key] = value
    for required in ("name", "purpose"):
        if required not in fields:
            raise QueryFileError(f"{path.name}: header lacks '// {required}:'")
    if fields["name"] != path.stem:
        raise QueryFileError(f"{path.name}: name {fields['name']!r} differs from the file name")
    return QueryModule(**fields)


@lru_cache(maxsize=1)
def _catalog() -> dict[str, QueryModule]:
    paths = sorted(HERE.glob("*.cypher"))
    modules = {m.name: m for m in (parse_module(p) for p in paths if "." not in p.stem)}
    for path in paths:
        name, dot, kind = path.stem.partition(".")
        if dot:
            if name not in modules:
                raise QueryFileError(f"{path.name}: variant of unknown module {name!r}")
            modules[name].variants[kind] = path.read_text(encoding="utf-8")
    return modules


def catalog() -> dict[str, QueryModule]:
    """Every query module shipped in this package, by name (sorted)."""
    return dict(_catalog())


def get_module(name: str) -> QueryModule:
    """The module called ``name``; UnknownQueryError (listing the known names) otherwise."""
    modules = _catalog()
    if name not in modules:
        from diplograph.graph.store import UnknownQueryError

        raise UnknownQueryError(f"unknown query {name!r}; known: {', '.join(modules)}")
    return modules[name]


__all__ = ["QueryColumn", "QueryModule", "QueryParam", "catalog", "get_module", "parse_module"]
