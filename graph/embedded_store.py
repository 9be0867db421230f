"""The embedded store: FalkorDB (an openCypher graph database) through ``falkordblite``.

No set-up: ``falkordblite`` ships ``redis-server`` with the FalkorDB module and runs it as a
private server on a unix socket (no TCP port); the graph persists to ``DATA_DIR/graph.db``.

Life cycle: the store starts the server when opened and shuts it down (saving) when closed;
use it as a context manager. ``close`` also runs at interpreter exit (redislite's atexit hook),
on Ctrl-C (KeyboardInterrupt unwinds through ``__exit__``) and on SIGTERM (while a store is
open, SIGTERM raises ``SystemExit(143)`` so the same unwinding happens).

Concurrency: **one process at a time per data directory.** Opening takes an exclusive
``fcntl.flock`` on ``DATA_DIR/lock`` for as long as the store is open. A second process waits up
to ``lock_timeout`` seconds (default 10, or ``$DIPLOGRAPH_LOCK_TIMEOUT``) and then fails with
``StoreConnectionError: data dir X is in use by pid N``. The lock dies with its process, so a
killed process never blocks the next one.

Faults: every batch is one ``GRAPH.QUERY`` (FalkorDB runs each query atomically), so a killed
load leaves each batch either fully written or absent. If the loading process is SIGKILLed,
its server keeps running with the batches written so far; the next open finds it through
redislite's settings file, adopts it (nothing lost) and shuts it down when done. A load ends
with a ``SAVE``, so a finished load survives even a killed server.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import signal
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

from pydantic_core import to_json

from .memory import cycle_collector_paused
from .models import EDGE_TYPES, NODE_TYPES
from .store import (
    LoadReport,
    Store,
    create_nodes_cypher,
    CypherError,
    StoreConnectionError,
    check_rel_type,
    edge_batches,
    edge_groups,
    existing_edges_cypher,
    existing_nodes_cypher,
    merge_edge_rows,
    merge_edges_cypher,
    merge_node_rows,
    merge_nodes_cypher,
    node_batches,
    node_counts,
    refresh_nodes_cypher,
)

if TYPE_CHECKING:  # pragma: no cover
    from .memory import DiploGraph

GRAPH_NAME = "diplograph"
DB_FILE = "graph.db"


class _DirLock:
    """An exclusive flock on ``data_dir/lock`` holding the owner's pid (for the error message)."""

    def __init__(self, data_dir: Path, timeout: float) -> None:
        self.path = data_dir / "lock"
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = self._holder()
                    os.close(self.fd)
                    raise StoreConnectionError(
                        f"data dir {data_dir} is in use by pid {holder or '?'} "
                        f"(waited {timeout:g}s; wait for it to finish or use another --data-dir)"
                    ) from None
                time.sleep(0.05)
        os.ftruncate(self.fd, 0)
        os.write(self.fd, str(os.getpid()).encode())

    def _holder(self) -> str:
        try:
            return Path(self.path).read_text().strip()
        except OSError:
            return ""

    def release(self) -> None:
        if self.fd >= 0:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = -1


def _sigterm(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)


class EmbeddedStore(Store):
    """FalkorDB in ``data_dir`` (file ``graph.db``), one process at a time (see module doc)."""

    kind = "embedded"

    def __init__(self, data_dir: Path, lock_timeout: float | None = None) -> None:
        self.data_dir = Path(data_dir)
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreConnectionError(f"cannot create data dir {self.data_dir}: {exc.strerror}") from exc
        if lock_timeout is None:
            lock_timeout = float(os.environ.get("DIPLOGRAPH_LOCK_TIMEOUT", "10"))
        self._lock: _DirLock | None = _DirLock(self.data_dir, lock_timeout)
        self._previous_sigterm: Any = None
        try:
            from redislite.falkordb_client import FalkorDB

            self._db = FalkorDB(str(self.data_dir.resolve() / DB_FILE))
            self._graph = self._db.select_graph(GRAPH_NAME)
            self._ensure_indexes()
        except StoreConnectionError:
            self._lock.release()
            raise
        except Exception as exc:  # the server did not start: say where to look
            self._lock.release()
            raise StoreConnectionError(f"cannot start the embedded FalkorDB server in {self.data_dir}: {exc}") from exc
        self._install_sigterm()

    # ---- life cycle ------------------------------------------------------------------------
    @property
    def server_pid(self) -> int:
        """Pid of the redis-server holding this store (0 once closed)."""
        return self._db.client.pid if self._lock is not None else 0

    def _install_sigterm(self) -> None:
        if threading.current_thread() is threading.main_thread():
            current = signal.getsignal(signal.SIGTERM)
            if current in (signal.SIG_DFL, None):
                self._previous_sigterm = current
                signal.signal(signal.SIGTERM, _sigterm)

    def _restore_sigterm(self) -> None:
        if self._previous_sigterm is not None and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, self._previous_sigterm)
            self._previous_sigterm = None

    def close(self) -> None:
        """Save, stop the server and release the directory lock.

        We stop the server with SIGTERM rather than redislite's ``SHUTDOWN`` path, which spends
        about 4 s in redis-py's reconnect back-off after the server goes away.
        """
        if self._lock is None:
            return
        try:
            _stop_server(self._db.client)
        finally:
            self._lock.release()
            self._lock = None
            self._restore_sigterm()

    # ---- statements ------------------------------------------------------------------------
    def _ensure_indexes(self) -> None:
        """Node ids (MERGE, lookups) and lower-cased names (name lookups: an index on a list
        property serves ``x IN n.names_lc``), relationship ids and starts (edge_evidence,
        events_between). A store written before ``names_lc``/``degree``/``offices`` existed gets them now."""
        rows = self._graph.query("CALL db.indexes() YIELD label, properties RETURN label, properties").result_set
        have = {(label, prop) for label, props in rows for prop in props}
        for label in NODE_TYPES:
            for prop in ("id", "names_lc"):
                if (label, prop) not in have:
                    self._graph.query(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})")
        for rel_type in EDGE_TYPES:
            if (rel_type, "id") not in have:
                self._graph.query(f"CREATE INDEX FOR ()-[r:{rel_type}]-() ON (r.id, r.start)")
        self._derive_missing_properties()

    def _run(self, text: str, params: dict[str, Any] | None, write: bool):
        text, params = _statement(text, params)
        with self._server_errors():
            if write:
                return self._graph.query(text, params or None)
            return self._graph.ro_query(text, params or None)

    @contextmanager
    def _server_errors(self) -> Iterator[None]:
        """The client's errors as the store's: a rejected statement, a timeout, a lost server."""
        import redis

        try:
            yield
        except redis.ResponseError as exc:
            message = str(exc).split(" errCtx:")[0]
            raise CypherError(f"Cypher error: {message}") from exc
        except redis.TimeoutError as exc:
            raise CypherError(f"the query ran too long and was abandoned ({exc}); narrow it with parameters") from exc
        except (redis.ConnectionError, OSError) as exc:
            raise StoreConnectionError(f"lost the embedded FalkorDB server in {self.data_dir}: {exc}") from exc

    @contextmanager
    def _write_pipeline(self) -> Iterator["_WritePipeline"]:
        """A :class:`_WritePipeline` on a connection of its own, given back when done (closed
        first if a statement is still in flight, so no later command reads its answer)."""
        pool = self._graph.client.connection_pool
        with self._server_errors():
            connection = pool.get_connection()
        pipeline = _WritePipeline(self, connection)
        try:
            yield pipeline
        finally:
            if pipeline.in_flight:
                connection.disconnect()
            pool.release(connection)

    def _rows(self, text: str, params: dict[str, Any] | None, write: bool) -> list[dict[str, Any]]:
        """Reads go through GRAPH.RO_QUERY, so the server refuses writes as well as the guard."""
        result = self._run(text, params, write)
        names = [column[1] for column in result.header]
        return [dict(zip(names, (_plain(v) for v in row))) for row in result.result_set]

    def load(
        self,
        graph: "DiploGraph",
        batch_size: int = 2000,
        progress: Callable[[int, int], None] | None = None,
    ) -> LoadReport:
        """MERGE nodes then edges in batches; each batch is one atomic query. Idempotent.

        Records already stored are merged, not overwritten: aliases and titles are unioned and
        an edge gains the new evidence (the same rules as ``DiploGraph.add_node/add_edge``).
        The derived ``names_lc``, ``degree`` and ``offices`` (see ``store.DERIVED_PROPS``) are kept exact.

        ``progress(batches_done, items_done)`` is called after each batch.
        """
        started = time.perf_counter()
        # Into an empty store nothing can collide (ids are unique in a DiploGraph): plain CREATE,
        # with each node's degree and offices counted here. A load killed midway leaves the store non-empty,
        # so its re-run takes the MERGE path, which recounts them in the store.
        fresh = not self._run("MATCH (n) RETURN n.id LIMIT 1", None, write=False).result_set
        with cycle_collector_paused():
            if fresh:
                batches, items = self._load_fresh(graph, batch_size, progress)
            else:
                batches, items = self._load_merge(graph, batch_size, progress)
        self._db.client.save()
        return LoadReport(
            nodes=graph.nx.number_of_nodes(),
            edges=graph.nx.number_of_edges(),
            batches=batches,
            seconds=round(time.perf_counter() - started, 4),
        )

    def _load_fresh(self, graph: "DiploGraph", batch_size: int, progress: Callable | None) -> tuple[int, int]:
        """CREATE every batch; edges find their endpoints by internal node id.

        Each node batch returns the internal ids of the nodes it created, so an edge batch seeks
        its endpoints directly instead of through the id index, and its rows are lists of values
        (``CREATE (a)-[r:T {kind: row[2], ...}]->(b)`` over the batch's property names) rather than maps: half
        the server time and a third of the statement text. Only valid while nothing else writes
        (the directory lock) and only for nodes created by this load.
        """
        groups = edge_groups(graph)
        degree, offices = node_counts(groups)
        batches = items = 0
        internal: dict[str, int] = {}
        for label, rows in node_batches(graph, batch_size, self.native_dates):
            for row in rows:
                row["props"]["degree"] = degree.get(row["id"], 0)
                row["props"]["offices"] = offices.get(row["id"], 0)
            result = self._run(f"{create_nodes_cypher(label)} RETURN row.id, id(n)", {"rows": rows}, write=True)
            internal.update(result.result_set)
            batches, items = batches + 1, items + len(rows)
            if progress:
                progress(batches, items)
        # Edge batches need no answer, so the next one is built while the server runs this one.
        with self._write_pipeline() as pipeline:
            sent = 0
            for rel_type, _, _, rows in edge_batches(graph, batch_size, self.native_dates, groups):
                statement = _create_edges_statement(rel_type, rows, internal)
                if pipeline.wait():  # the previous batch is written (or its error raised)
                    batches, items = batches + 1, items + sent
                    if progress:
                        progress(batches, items)
                pipeline.send(*statement)
                sent = len(rows)
            if pipeline.wait():
                batches, items = batches + 1, items + sent
                if progress:
                    progress(batches, items)
        return batches, items

    def _load_merge(self, graph: "DiploGraph", batch_size: int, progress: Callable | None) -> tuple[int, int]:
        """Read back the stored version of each batch, merge, MERGE; then recount degrees."""
        batches = items = 0
        touched: dict[str, list[dict]] = {}
        for label, rows in node_batches(graph, batch_size, self.native_dates):
            stored = self._props(existing_nodes_cypher(label), rows)
            rows = merge_node_rows(rows, stored, self.native_dates)
            self._run(merge_nodes_cypher(label), {"rows": rows}, write=True)
            touched.setdefault(label, []).extend({"id": row["id"]} for row in rows)
            batches, items = batches + 1, items + len(rows)
            if progress:
                progress(batches, items)
        for rel_type, source_label, target_label, rows in edge_batches(graph, batch_size, self.native_dates):
            stored = self._props(existing_edges_cypher(rel_type, source_label, target_label), rows)
            rows = merge_edge_rows(rel_type, rows, stored, self.native_dates)
            self._run(merge_edges_cypher(rel_type, source_label, target_label), {"rows": rows}, write=True)
            batches, items = batches + 1, items + len(rows)
            if progress:
                progress(batches, items)
        for label, keys in touched.items():
            for start in range(0, len(keys), batch_size):
                self._run(refresh_nodes_cypher(label), {"rows": keys[start : start + batch_size]}, write=True)
        return batches, items

    def _props(self, text: str, rows: list[dict]) -> list[dict]:
        """Stored property maps for a batch (only ids and endpoints are sent)."""
        keys = [{k: row[k] for k in ("id", "source", "target") if k in row} for row in rows]
        return [_plain(r[0]) for r in self._run(text, {"rows": keys}, write=False).result_set]

    def clear(self) -> None:
        """Delete every node and edge (the indexes stay)."""
        for rel_type in EDGE_TYPES:
            self._run(f"MATCH ()-[r:{rel_type}]->() DELETE r", None, write=True)
        self._run("MATCH (n) DELETE n", None, write=True)


class _WritePipeline:
    """Write statements sent without waiting for their answers, so Python builds the next batch
    while the server runs this one; at most one is in flight, and its answer is read before the
    next is sent, so batches are written in order and an error stops the load at its batch.

    Everything runs in the calling thread. A writer thread did the sending before, but each of
    its socket calls then waited for the GIL held by the thread building batches (up to the
    5 ms switch interval, a few times per batch) while the server sat idle."""

    def __init__(self, store: EmbeddedStore, connection: Any) -> None:
        self.store = store
        self.connection = connection
        self.in_flight = False

    def send(self, text: str, params: dict[str, Any] | None) -> None:
        """Send a write statement after reading the answer to the one in flight. A statement
        that needs the client's own parameter encoding (``params``) runs to completion instead."""
        self.wait()
        if params:
            self.store._run(text, params, write=True)
            return
        with self.store._server_errors():
            self.connection.send_command("GRAPH.QUERY", self.store._graph.name, text, "--compact")
        self.in_flight = True

    def wait(self) -> bool:
        """Read the answer to the statement in flight (raising its error); False if none was."""
        from falkordb.query_result import QueryResult

        if not self.in_flight:
            return False
        self.in_flight = False
        with self.store._server_errors():
            response = self.connection.read_response()
            QueryResult(self.store._graph, response)  # raises an error reported inside the answer
        return True


_KEY = re.compile(r'"(\w+)":')
_UNQUOTE = r"`\1`:"


_PROPERTY_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _create_edges_statement(rel_type: str, rows: list[dict], internal: dict[str, int]) -> tuple[str, dict[str, Any] | None]:
    """One CREATE of a batch of edges of one type between nodes of known internal ids.

    Rows are value lists (endpoints, then the batch's property names in order); the properties
    are in the CREATE pattern (a null one is not stored): ~10% less server time than CREATE then
    SET r = {...}."""
    names = sorted(set().union(*(row["props"] for row in rows)))
    for name in names:
        if not _PROPERTY_NAME.match(name):
            raise ValueError(f"unexpected property name {name!r}")
    values = [[internal[row["source"]], internal[row["target"]], *map(row["props"].get, names)] for row in rows]
    props = ", ".join(f"{name}: row[{i + 2}]" for i, name in enumerate(names))
    text = (
        f"UNWIND $rows AS row MATCH (a), (b) WHERE id(a) = row[0] AND id(b) = row[1] "
        f"CREATE (a)-[r:{check_rel_type(rel_type)} {{{props}}}]->(b)"
    )
    return _list_statement(text, values)


def _list_statement(text: str, rows: list[list[Any]]) -> tuple[str, dict[str, Any] | None]:
    """``$rows`` (lists of scalars and lists of strings, no maps) as a ``CYPHER`` header: compact
    JSON, no key rewriting (see :func:`_params_header` for the escapes FalkorDB reads).

    Written by pydantic_core's ``to_json`` (~1.7x faster than ``json.dumps`` here). A NaN or
    infinity is written as a bare constant the server rejects, as ``json.dumps(allow_nan=False)``
    refused it (not as null, ``to_json``'s default, which would store nothing)."""
    dumped = to_json(rows, inf_nan_mode="constants").decode("utf-8")
    if "\\u" in dumped:
        return text, {"rows": rows}
    return "CYPHER rows=" + dumped + " " + text, None


def _statement(text: str, params: dict[str, Any] | None) -> tuple[str, dict[str, Any] | None]:
    """The statement as sent: parameters in a ``CYPHER`` header where :func:`_params_header` can."""
    header = _params_header(params) if params else None
    if header is not None:
        return header + text, None
    return text, params


def _params_header(params: dict[str, Any]) -> str | None:
    """``CYPHER k=v ...`` written with json.dumps: 4x faster than the client's own stringifier.

    JSON is a Cypher literal once map keys are unquoted (a key is the only place a word is
    followed by ``":`` unescaped). FalkorDB reads ``\\n \\t \\" \\\\`` escapes but not ``\\uXXXX``, so
    text with other control characters (None returned) goes through the client's stringifier.
    """
    parts = []
    for key, value in params.items():
        if not key.isidentifier():
            return None
        try:
            dumped = json.dumps(value, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError):
            return None
        if "\\u" in dumped:
            return None
        parts.append(key + "=" + _KEY.sub(_UNQUOTE, dumped))
    return "CYPHER " + " ".join(parts) + " "


def _stop_server(client: Any, timeout: float = 15.0) -> None:
    """SAVE, SIGTERM (redis saves again and exits), wait; SIGKILL as a last resort; tidy up."""
    import psutil
    import redis

    pid = client.pid
    if pid:
        try:
            client.save()
        except redis.RedisError:
            pass
        try:
            process = psutil.Process(pid)
            process.terminate()
            deadline = time.monotonic() + timeout
            while process.is_running() and process.status() != psutil.STATUS_ZOMBIE:
                if time.monotonic() > deadline:
                    process.kill()
                    break
                time.sleep(0.01)
        except psutil.NoSuchProcess:
            pass
    client.connection_pool.disconnect()
    for leftover in (client.redis_dir,):
        if leftover and os.path.isdir(leftover):
            shutil.rmtree(leftover, ignore_errors=True)
    if client.settingregistryfile and os.path.exists(client.settingregistryfile):
        os.remove(client.settingregistryfile)
    # redislite's own atexit/__del__ cleanup must now find nothing to do
    client.running = False
    client.redis_dir = None
    client.pidfile = None


_SCALARS = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    """FalkorDB result values to plain Python (nodes and edges become their property dicts)."""
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    from falkordb import Edge as FEdge
    from falkordb import Node as FNode
    from falkordb import Path as FPath

    if isinstance(value, (FNode, FEdge)):
        return {k: _plain(v) for k, v in value.properties.items()}
    if isinstance(value, FPath):
        return [_plain(n) for n in value.nodes()]
    return value


__all__ = ["CypherError", "EmbeddedStore"]
