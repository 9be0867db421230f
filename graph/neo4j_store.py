"""The Neo4j store: Neo4j 5 (or any Bolt server) through the official ``neo4j`` driver.

Settings come from ``open_store("neo4j")`` (arguments, ``NEO4J_URI``/``NEO4J_USER``/``NEO4J_PASSWORD``
or a ``.env`` file); ``docker compose up -d`` starts a local Neo4j 5 (see ``docker-compose.yml``).

- Every statement runs in a *managed* transaction (``execute_read``/``execute_write``), which the
  driver retries on transient errors and lost connections; each load batch is one transaction,
  and every write MERGEs on ids, so a retried or repeated batch changes nothing.
- On connect the store asks the server what it is (``CALL dbms.components()``). On Neo4j it
  creates a uniqueness constraint on ``id`` for every node label and an index on ``name``, and
  stores dates as real ``date`` values. On another Bolt server (FalkorDB's, which CI uses; see
  ``tests/bolt_server.py``) it skips the Neo4j-only statements, logs why (``self.skipped``),
  creates FalkorDB's plain indexes instead and stores dates as ISO strings, like the embedded store.
- FalkorDB's Bolt server (4.16) needs three work-arounds, each only used there: string
  parameters escaped (:func:`_escape_for_falkordb`), parameters kept under its ~4 KB limit
  (:func:`_fit_falkordb_params`) and a fault after GOODBYE settled (:func:`_settle_falkordb_bolt`).
  Its BEGIN/COMMIT are accepted but each statement commits on its own there.
- Labels and relationship types are checked against the schema before they enter a query text;
  every value is a ``$parameter``.
"""

from __future__ import annotations

import json
import logging
import re
import socket
import time
from typing import TYPE_CHECKING, Any, Callable, Iterator
from urllib.parse import urlsplit

import neo4j
from neo4j import GraphDatabase
from neo4j import exceptions as nx

from .models import NODE_TYPES
from .store import (
    CypherError,
    LoadReport,
    Store,
    StoreConnectionError,
    check_label,
    check_rel_type,
    edge_batches,
    merge_edges_cypher,
    merge_nodes_cypher,
    node_batches,
    refresh_nodes_cypher,
    to_plain,
)

if TYPE_CHECKING:  # pragma: no cover
    from .memory import DiploGraph

log = logging.getLogger(__name__)

CHECK_SETTINGS = "check NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD (environment or .env)"


def _first_line(exc: BaseException) -> str:
    """The reason in one line: the innermost OS error (e.g. connection refused) when there is one."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, OSError) and cause.strerror:
            return cause.strerror.lower()
        cause = cause.__cause__
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join(str(text).split("\n")[0].split()).rstrip(":")


class Neo4jStore(Store):
    """A Neo4j database (or FalkorDB's Bolt endpoint) holding a DiploGraph."""

    kind = "neo4j"

    def __init__(
        self,
        uri: str,
        user: str = "neo4j",
        password: str | None = None,
        database: str | None = None,
        connection_timeout: float = 10.0,
    ) -> None:
        self.uri = uri
        self.user = user
        self.database = database
        #: "neo4j" or "falkordb" (any Bolt server that lacks ``dbms.components()``)
        self.server = "unknown"
        self.server_version = ""
        #: statements left out on this server, each with the reason (also logged)
        self.skipped: list[str] = []
        auth = (user, password) if password is not None else None
        try:
            # acquisition timeout bounds a handshake the server never answers (see _settle_falkordb_bolt)
            self._driver = GraphDatabase.driver(
                uri, auth=auth, connection_timeout=connection_timeout, connection_acquisition_timeout=15.0
            )
        except (ValueError, nx.ConfigurationError) as exc:
            raise StoreConnectionError(f"invalid Neo4j URI {uri!r}: {_first_line(exc)}; {CHECK_SETTINGS}") from None
        try:
            self._verify_connectivity()
        except nx.AuthError as exc:
            self._driver.close()
            raise StoreConnectionError(
                f"Neo4j at {uri} refused the credentials of user {user!r} ({_first_line(exc)}); {CHECK_SETTINGS}"
            ) from None
        except (nx.DriverError, OSError) as exc:
            self._driver.close()
            raise StoreConnectionError(
                f"cannot reach Neo4j at {uri} ({_first_line(exc)}): is `docker compose up` running? {CHECK_SETTINGS}"
            ) from None
        except nx.Neo4jError as exc:  # e.g. a Bolt server that takes no credentials fails HELLO
            self._driver.close()
            raise StoreConnectionError(
                f"the Bolt server at {uri} rejected the connection ({_first_line(exc)}); {CHECK_SETTINGS}"
            ) from None
        try:
            self._detect_server()
            self.native_dates = self.server == "neo4j"
            self._ensure_schema()
        except BaseException:
            self.close()
            raise

    # ---- life cycle ------------------------------------------------------------------------
    def _verify_connectivity(self, attempts: int = 3) -> None:
        """``verify_connectivity`` again after ServiceUnavailable (a server still starting, or a
        FalkorDB handshake left unanswered, which the failed attempt itself clears)."""
        for attempt in range(attempts):
            try:
                self._driver.verify_connectivity()
                return
            except nx.ServiceUnavailable:
                if attempt == attempts - 1:
                    raise
                time.sleep(0.2 * (attempt + 1))

    def close(self) -> None:
        """Close the driver (idempotent); on FalkorDB also clear its after-GOODBYE fault."""
        driver, self._driver = getattr(self, "_driver", None), None
        if driver is None:
            return
        driver.close()
        if self.server == "falkordb":
            _settle_falkordb_bolt(self.uri)

    def _session(self) -> neo4j.Session:
        if self._driver is None:
            raise StoreConnectionError(f"the store for {self.uri} is closed")
        if self.database:
            return self._driver.session(database=self.database)
        return self._driver.session()

    def _detect_server(self) -> None:
        """Neo4j answers ``dbms.components()``; FalkorDB's Bolt server (which calls itself
        ``Neo4j/5.x`` in its greeting, so the agent string cannot tell) fails it."""
        try:
            rows = self._run("CALL dbms.components() YIELD name, versions RETURN name, versions", None, write=False)
        except CypherError:
            self.server = "falkordb"
            return
        if rows and "neo4j" in str(rows[0].get("name", "")).lower():
            self.server = "neo4j"
            self.server_version = (rows[0].get("versions") or [""])[0]
        else:
            self.server = "falkordb"

    def _skip(self, statement: str, reason: str) -> None:
        self.skipped.append(f"{statement}: {reason}")
        log.info("%s: skipped %s (%s)", self.uri, statement, reason)

    def _ensure_schema(self) -> None:
        """Uniqueness on ``id`` and an index on ``name`` for every node label (idempotent)."""
        if self.server == "neo4j":
            for label in NODE_TYPES:
                check_label(label)
                low = label.lower()
                self._run(
                    f"CREATE CONSTRAINT diplograph_{low}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE",
                    None,
                    write=True,
                )
                self._run(f"CREATE INDEX diplograph_{low}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)", None, write=True)
            self._derive_missing_properties()
            return
        self._skip(
            "uniqueness constraints (CREATE CONSTRAINT ... REQUIRE n.id IS UNIQUE)",
            "Neo4j-only syntax; FalkorDB makes constraints with its GRAPH.CONSTRAINT command, not Cypher. "
            "ids stay unique because every write MERGEs on id",
        )
        self._skip(
            "date() values", "FalkorDB's Bolt server cannot send date values back; dates are stored as ISO strings"
        )
        rows = self._run("CALL db.indexes() YIELD label, properties RETURN label, properties", None, write=False)
        have = {(row["label"], prop) for row in rows for prop in row["properties"] or []}
        for label in NODE_TYPES:
            for prop in ("id", "name"):
                if (label, prop) not in have:
                    self._run(f"CREATE INDEX FOR (n:{check_label(label)}) ON (n.{prop})", None, write=True)
        self._derive_missing_properties()

    # ---- statements ------------------------------------------------------------------------
    def _prepare(self, text: str, params: dict[str, Any] | None) -> tuple[str, dict[str, Any]]:
        """On FalkorDB's Bolt server: comments out, strings escaped, and the size checked."""
        if self.server != "falkordb":
            return text, params or {}
        escaped = _escape_for_falkordb(params or {})
        if not escaped:
            return text, escaped
        text = _compact_cypher(text)
        size = len(text.encode("utf-8")) + _rendered_size(escaped)
        if size > FALKORDB_STATEMENT_BYTES:
            raise CypherError(
                f"a statement with parameters of {size} bytes: FalkorDB's Bolt server takes at most about "
                f"{FALKORDB_STATEMENT_BYTES} (a larger one would crash it)"
            )
        return text, escaped

    def _run(self, text: str, params: dict[str, Any] | None, write: bool) -> list[dict[str, Any]]:
        text, params = self._prepare(text, params)

        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            result = tx.run(text, params)
            return [{key: to_plain(value) for key, value in record.data().items()} for record in result]

        return self._managed(work, write)

    def _managed(self, work: Callable[[neo4j.ManagedTransaction], Any], write: bool) -> Any:
        try:
            with self._session() as session:
                return session.execute_write(work) if write else session.execute_read(work)
        except (nx.ServiceUnavailable, nx.SessionExpired) as exc:
            raise StoreConnectionError(
                f"lost the connection to Neo4j at {self.uri} ({_first_line(exc)}): is `docker compose up` running? "
                f"{CHECK_SETTINGS}"
            ) from exc
        except nx.Neo4jError as exc:
            raise CypherError(f"Cypher error: {_first_line(exc)}") from exc

    def _rows(self, text: str, params: dict[str, Any] | None, write: bool) -> list[dict[str, Any]]:
        """Reads run in a READ transaction, after the base class's read-only guard."""
        return self._run(text, params, write)

    def load(
        self,
        graph: "DiploGraph",
        batch_size: int = 2000,
        progress: Callable[[int, int], None] | None = None,
    ) -> LoadReport:
        """MERGE nodes then edges, one managed write transaction per batch. Idempotent."""
        started = time.perf_counter()
        batches = items = 0

        def write(text: str, rows: list[dict[str, Any]], locate: str) -> None:
            nonlocal batches, items
            batches += self._write_batch(text, rows, locate)
            items += len(rows)
            if progress:
                progress(batches, items)

        for label, rows in node_batches(graph, batch_size, self.native_dates):
            write(merge_nodes_cypher(label), rows, f"MATCH (x:{check_label(label)} {{id: $id}})")
        for rel_type, source_label, target_label, rows in edge_batches(graph, batch_size, self.native_dates):
            locate = (
                f"MATCH (:{check_label(source_label)} {{id: $source}})-[x:{check_rel_type(rel_type)} {{id: $id}}]->"
                f"(:{check_label(target_label)} {{id: $target}})"
            )
            write(merge_edges_cypher(rel_type, source_label, target_label), rows, locate)
        # derived properties (store.DERIVED_PROPS) of every node this load touched, counted in the store;
        # names_lc again too, since on FalkorDB's Bolt server a long alias list is appended after the MERGE
        for label in NODE_TYPES:
            keys = sorted(({"id": node.id} for node in graph.nodes(label)), key=lambda row: row["id"])
            for start in range(0, len(keys), batch_size):
                self._write_batch(refresh_nodes_cypher(label), keys[start : start + batch_size], f"MATCH (x:{label} {{id: $id}})")
        return LoadReport(
            nodes=graph.nx.number_of_nodes(),
            edges=graph.nx.number_of_edges(),
            batches=batches,
            seconds=round(time.perf_counter() - started, 4),
        )

    def _write_batch(self, text: str, rows: list[dict[str, Any]], locate: str) -> int:
        """Write one batch in one managed transaction; returns the transactions used.

        On FalkorDB's Bolt server a batch is cut into parts whose parameters fit its limit, and a
        row with a long value is written short first, then the value appended in pieces
        (``locate`` finds the row's node or edge as ``x``)."""
        if self.server != "falkordb":
            self._managed(lambda tx: tx.run(text, rows=rows).consume(), write=True)
            return 1
        used = 0
        for part, appends in _fit_falkordb_params(rows, locate):

            def work(tx: neo4j.ManagedTransaction, part=part, appends=appends) -> None:
                if part:
                    tx.run(*self._prepare(text, {"rows": part})).consume()
                for statement, params in appends:
                    tx.run(*self._prepare(statement, params)).consume()

            self._managed(work, write=True)
            used += 1
        return used

    def clear(self, batch_size: int = 10000) -> None:
        """Delete every node and edge, in batches (so a large graph never needs one huge transaction)."""
        text = "MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted"
        while self._run(text, {"limit": batch_size}, write=True)[0]["deleted"]:
            pass


#: FalkorDB's Bolt server (4.16) renders a statement with parameters as ``CYPHER <params> <text>``
#: into a 4 KB stack buffer and crashes ("stack smashing detected") past it. Statements stay under
#: FALKORDB_STATEMENT_BYTES (comments stripped); load batches keep their rows under FALKORDB_PARAM_BYTES.
FALKORDB_STATEMENT_BYTES = 3900
FALKORDB_PARAM_BYTES = 3000
_TOKENS = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|(//[^\n]*|/\*.*?\*/)|(\s+)""", re.S)


def _compact_cypher(text: str) -> str:
    """The statement without comments and with single spaces (string literals untouched)."""

    def keep(match: re.Match) -> str:
        return " " if match.group(1) is not None or match.group(2) is not None else match.group(0)

    return _TOKENS.sub(keep, text).strip()

_PROPERTY_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _rendered_size(value: Any) -> int:
    """An over-estimate of the bytes FalkorDB renders ``value`` (already escaped) into."""
    return len(json.dumps(value, ensure_ascii=False, default=str).encode("utf-8"))


def _pieces(value: Any) -> list[Any]:
    """A long string or list cut into pieces that each fit a statement (``a + b + ...`` rebuilds it)."""
    if isinstance(value, str):
        return [value[i : i + 600] for i in range(0, len(value), 600)]  # <= 600 chars: <= 2400 bytes escaped
    if isinstance(value, list):
        out: list[list[Any]] = [[]]
        for item in value:
            size = _rendered_size(_escape_for_falkordb(item))
            if size > FALKORDB_PARAM_BYTES // 2:
                raise ValueError(f"a list item of {size} bytes is too large for FalkorDB's Bolt parameters")
            if out[-1] and _rendered_size(_escape_for_falkordb(out[-1])) + size > FALKORDB_PARAM_BYTES // 2:
                out.append([])
            out[-1].append(item)
        return out
    raise ValueError(f"a {type(value).__name__} value too large for FalkorDB's Bolt parameters")


def _fit_falkordb_params(rows: list[dict[str, Any]], locate: str) -> Iterator[tuple[list[dict[str, Any]], list[tuple[str, dict]]]]:
    """Cut a batch into ``(rows, appends)`` parts whose parameters fit FALKORDB_PARAM_BYTES."""
    current: list[dict[str, Any]] = []
    used = 0
    for row in rows:
        size = _rendered_size(_escape_for_falkordb(row))
        if current and (used + size > FALKORDB_PARAM_BYTES or size > FALKORDB_PARAM_BYTES):
            yield current, []
            current, used = [], 0
        if size <= FALKORDB_PARAM_BYTES:
            current.append(row)
            used += size + 1
            continue
        small, appends = {}, []
        key = {k: row[k] for k in ("id", "source", "target") if k in row}
        room = FALKORDB_PARAM_BYTES - _rendered_size(_escape_for_falkordb(key)) - 100
        sizes = {name: _rendered_size(_escape_for_falkordb(value)) + len(name) + 4 for name, value in row["props"].items()}
        for name in sorted(sizes, key=sizes.__getitem__):  # the short values go in the MERGE itself
            value = row["props"][name]
            if sizes[name] <= room:
                small[name] = value
                room -= sizes[name]
                continue
            if not _PROPERTY_KEY.match(name):
                raise ValueError(f"unexpected property name {name!r}")
            for i, piece in enumerate(_pieces(value)):
                update = f"x.{name} = $v" if i == 0 else f"x.{name} = x.{name} + $v"
                appends.append((f"{locate} SET {update}", {**key, "v": piece}))
        yield [{**row, "props": small}], appends
    if current:
        yield current, []


def _escape_for_falkordb(value: Any) -> Any:
    """FalkorDB's Bolt server (4.16) pastes string parameters into the query as '...' literals
    without escaping them, so ``it's`` fails (and a crafted value could inject Cypher). Escaping
    backslashes and single quotes first makes the pasted literal read back as the original
    string (checked for quotes, backslashes, newlines, non-ASCII). Only used on that server."""
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(value, list):
        return [_escape_for_falkordb(v) for v in value]
    if isinstance(value, dict):
        return {k: _escape_for_falkordb(v) for k, v in value.items()}
    return value


def _settle_falkordb_bolt(uri: str, attempts: int = 15, wait: float = 0.2) -> None:
    """Work around a FalkorDB Bolt fault (4.16): after a client ends a connection with GOODBYE
    (which ``driver.close()`` sends), the server ignores the *next* connection's handshake, so the
    next diplograph run would hang until the driver's acquisition timeout. A connection that sends
    the handshake and gives up absorbs the fault. The server handles the GOODBYE asynchronously, so
    we probe until one probe has been ignored (absorbed) and the next is answered, or give up."""
    parts = urlsplit(uri)
    address = (parts.hostname or "localhost", parts.port or 7687)
    handshake = bytes.fromhex("6060B017" "00000105" "00000004" "00000003" "00000000")
    absorbed = False
    for _ in range(attempts):
        try:
            with socket.create_connection(address, timeout=wait) as probe:
                probe.sendall(handshake)
                answered = len(probe.recv(4)) == 4
        except TimeoutError:
            absorbed = True
            continue
        except OSError:
            return  # nothing listening: nothing to settle
        if answered and absorbed:
            return
        time.sleep(0.02)  # answered before anything was absorbed: the GOODBYE may still be in flight


__all__ = ["Neo4jStore"]
