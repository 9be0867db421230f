"""The ``diplograph`` command line: build, export, query, view and evaluate.

Every command is a thin shell over the Python API. Expected failures (bad arguments, unknown
query modules, unreachable stores) print one line and exit 2 (usage) or 1 (environment);
``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

app = typer.Typer(
    name="diplograph",
    help="Turn news articles about diplomacy into a queryable property graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

DEFAULT_DATA_DIR = Path("diplograph-data")


class StoreKind(str, Enum):
    embedded = "embedded"
    neo4j = "neo4j"


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormatChoice(str, Enum):
    json = "json"
    graphml = "graphml"
    csv = "csv"


class _State:
    debug = False


DataDirOption = Annotated[
    Optional[Path],
    typer.Option("--data-dir", help="Folder of the embedded store (default $DIPLOGRAPH_DATA_DIR or ./diplograph-data)."),
]
StoreOption = Annotated[
    Optional[StoreKind],
    typer.Option("--store", help="embedded (default) or neo4j (default when NEO4J_URI is set)."),
]


def data_dir_from(option: Path | None) -> Path:
    return option or Path(os.environ.get("DIPLOGRAPH_DATA_DIR") or DEFAULT_DATA_DIR)


def store_kind_from(option: StoreKind | None) -> str:
    if option is not None:
        return option.value
    return "neo4j" if os.environ.get("NEO4J_URI") else "embedded"


def open_store_for(store: StoreKind | None, data_dir: Path | None):
    from diplograph.graph.store import open_store

    return open_store(store_kind_from(store), data_dir=data_dir_from(data_dir))


def parse_params(pairs: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"expected key=value, got {pair!r}", param_hint="--param")
        params[key.strip()] = value
    return params


def print_rows(rows: list[Any], fmt: OutputFormat) -> None:
    """Rows may be pydantic models or dicts; print them as a table, JSON or CSV."""
    dicts = [row.model_dump(mode="json") if hasattr(row, "model_dump") else dict(row) for row in rows]
    if fmt is OutputFormat.json:
        out.print_json(json.dumps(dicts, default=str, ensure_ascii=False))
        return
    columns = list(dicts[0]) if dicts else []
    if fmt is OutputFormat.csv:
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=columns)
        writer.writeheader()
        for row in dicts:
            writer.writerow({k: v if isinstance(v, (str, int, float)) or v is None else json.dumps(v, default=str) for k, v in row.items()})
        return
    table = Table(show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in dicts:
        table.add_row(*[_cell(row.get(c)) for c in columns])
    out.print(table)
    out.print(f"[dim]{len(dicts)} row(s)[/dim]")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def summary_table(title: str, counts: Counter) -> Table:
    table = Table(title=title)
    table.add_column("type")
    table.add_column("count", justify="right")
    for key, value in sorted(counts.items()):
        table.add_row(key, str(value))
    table.add_row("[bold]total[/bold]", f"[bold]{sum(counts.values())}[/bold]")
    return table


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
) -> None:
    _State.debug = debug


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (.txt .md .html .jsonl).")],
    data_dir: DataDirOption = None,
    store: StoreOption = None,
    view: Annotated[bool, typer.Option("--view/--no-view", help="Also write the interactive HTML view.")] = True,
    view_path: Annotated[Optional[Path], typer.Option("--view-path", help="Where to write the view (default DATA_DIR/view.html).")] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Clear the store before loading.")] = False,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="Extraction processes (>1 helps on large corpora).")] = 1,
) -> None:
    """Read articles, extract the graph, load it into the store and print a summary."""
    from diplograph.loaders.documents import ReadProblem, iter_documents
    from diplograph.loaders.extract import extract_documents

    documents: list = []
    problems: list[ReadProblem] = []

    def readable():
        """Documents as they are read (extraction starts on the first ones), problems reported as met."""
        for item in iter_documents(paths):
            if isinstance(item, ReadProblem):
                problems.append(item)
                # escaped: file names may contain [brackets]; soft_wrap: one line per problem at any width
                err.print(f"[yellow]skipped[/yellow] {escape(str(item))}", highlight=False, markup=True, soft_wrap=True)
            else:
                documents.append(item)
                yield item

    # Redrawn from the extraction loop, not by rich's refresh thread: worker processes are forked, and
    # forking while another thread runs (and may hold a lock) can deadlock the child.
    with Progress(
        TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, auto_refresh=False,
    ) as progress:
        task = progress.add_task("extract", total=None)
        drawn = [0.0]

        def advance(_document) -> None:
            progress.advance(task)
            if (now := time.monotonic()) - drawn[0] >= 0.1:  # ten redraws a second at most
                drawn[0] = now
                progress.refresh()

        graph = extract_documents(readable(), progress=advance, workers=workers)
    if not documents:
        err.print("error: no readable documents in " + ", ".join(str(p) for p in paths))
        raise typer.Exit(1)
    with open_store_for(store, data_dir) as target:
        if replace:
            target.clear()
        report = target.load(graph)
        stored = target.read_graph() if view else None
    counts = graph.counts()
    out.print(summary_table("nodes extracted", counts["nodes"]))
    out.print(summary_table("edges extracted", counts["edges"]))
    where = store_kind_from(store)
    location = data_dir_from(data_dir) if where == "embedded" else os.environ.get("NEO4J_URI", "neo4j")
    out.print(
        f"documents read: {len(documents)}, problems: {len(problems)}; "
        f"loaded {report.nodes} nodes and {report.edges} edges into the {where} store ({location})",
        highlight=False,
    )
    if view and stored is not None:
        from diplograph.view import write_html

        html_path = write_html(stored, view_path or data_dir_from(data_dir) / "view.html")
        out.print(f"view: {Path(html_path).resolve()}", highlight=False, soft_wrap=True)


@app.command()
def export(
    format: Annotated[ExportFormatChoice, typer.Option("--format", "-f", help="json, graphml or csv.")] = ExportFormatChoice.json,
    output: Annotated[Optional[Path], typer.Option("--out", "-o", help="Output file (a folder for csv).")] = None,
    data_dir: DataDirOption = None,
    store: StoreOption = None,
) -> None:
    """Export the stored graph (JSON follows schema/diplograph.schema.json)."""
    from diplograph.graph.exports import export_graph

    with open_store_for(store, data_dir) as source:
        graph = source.read_graph()
    default = {"json": "diplograph.json", "graphml": "diplograph.graphml", "csv": "diplograph-csv"}
    written = export_graph(graph, format.value, output or Path(default[format.value]))
    for path in written:
        out.print(f"wrote {path}", highlight=False)


@app.command("queries")
def list_queries() -> None:
    """List the named Cypher query modules and their parameters."""
    from diplograph.queries import catalog

    table = Table(title="query modules")
    table.add_column("name")
    table.add_column("purpose")
    table.add_column("parameters")
    for module in catalog().values():
        params = ", ".join(
            f"{p.name}:{p.type}" + ("" if p.required else f"={p.default}") for p in module.params
        )
        table.add_row(module.name, module.purpose, params)
    out.print(table)


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="Query module name (see `diplograph queries`).")],
    param: Annotated[list[str], typer.Option("--param", "-p", help="key=value, repeatable.")] = [],  # noqa: B006
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
    data_dir: DataDirOption = None,
    store: StoreOption = None,
) -> None:
    """Run a named query module with parameters."""
    params = parse_params(param)
    with open_store_for(store, data_dir) as source:
        rows = source.query(name, **params)
    print_rows(rows, format)


@app.command()
def cypher(
    text: Annotated[str, typer.Argument(help="A read-only Cypher statement.")],
    param: Annotated[list[str], typer.Option("--param", "-p", help="key=value, repeatable.")] = [],  # noqa: B006
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
    data_dir: DataDirOption = None,
    store: StoreOption = None,
) -> None:
    """Run raw read-only Cypher (values go in as $parameters)."""
    with open_store_for(store, data_dir) as source:
        rows = source.cypher(text, parse_params(param))
    print_rows(rows, format)


@app.command()
def view(
    output: Annotated[Optional[Path], typer.Option("--out", "-o", help="HTML file (default DATA_DIR/view.html).")] = None,
    focus: Annotated[Optional[str], typer.Option(help="Only this entity's neighbourhood (name or alias).")] = None,
    depth: Annotated[int, typer.Option(help="Neighbourhood depth with --focus.")] = 2,
    edge_types: Annotated[Optional[str], typer.Option("--edge-types", help="Comma-separated, e.g. VISITED,SIGNED.")] = None,
    since: Annotated[Optional[int], typer.Option(help="Only edges from this year on.")] = None,
    until: Annotated[Optional[int], typer.Option(help="Only edges up to this year.")] = None,
    physics: Annotated[Optional[bool], typer.Option("--physics/--no-physics", help="Force physics on or off.")] = None,
    documents: Annotated[bool, typer.Option("--documents", help="Include document nodes.")] = False,
    data_dir: DataDirOption = None,
    store: StoreOption = None,
) -> None:
    """Write the interactive, offline HTML view of the stored graph and print its path."""
    from diplograph.graph.models import EDGE_TYPES
    from diplograph.view import write_html

    wanted = [t.strip().upper() for t in edge_types.split(",") if t.strip()] if edge_types else None
    unknown = sorted(set(wanted or []) - set(EDGE_TYPES))
    if unknown:
        raise typer.BadParameter(f"unknown edge type(s) {', '.join(unknown)}; known: {', '.join(EDGE_TYPES)}", param_hint="--edge-types")
    with open_store_for(store, data_dir) as source:
        graph = source.read_graph()
    path = write_html(
        graph, output or data_dir_from(data_dir) / "view.html", focus=focus, depth=depth,
        edge_types=wanted, since=since, until=until, physics=physics, include_documents=documents,
    )
    out.print(f"view: {Path(path).resolve()}", highlight=False, soft_wrap=True)


@app.command()
def evaluate(
    paths: Annotated[list[Path], typer.Argument(help="Articles to extract and score.")],
    gold: Annotated[Path, typer.Option("--gold", help="Gold annotation file (see docs/gold-format.md).")],
    show_errors: Annotated[bool, typer.Option("--show-errors", help="List false positives and misses.")] = False,
    min_f1: Annotated[Optional[float], typer.Option("--min-f1", help="Exit 1 when overall edge F1 is below this.")] = None,
) -> None:
    """Score extraction against hand-written gold annotations (precision, recall, F1)."""
    from diplograph.scoring import main_evaluate

    raise typer.Exit(main_evaluate(gold, paths, show_errors, min_f1))


@app.command()
def schema(
    output: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """Print the JSON Schema that JSON exports follow."""
    from diplograph.graph.exports import json_schema

    text = json.dumps(json_schema(), indent=2) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
        out.print(f"wrote {output}", highlight=False)
    else:
        sys.stdout.write(text)


def _exit_code_for(exc: BaseException) -> int | None:
    """Known, user-facing failures and their exit codes; None means a real bug."""
    try:
        from diplograph.graph.store import StoreConnectionError, UsageError
    except ImportError:  # stores not installed yet in a partial checkout
        return None
    if isinstance(exc, UsageError):
        return 2
    if isinstance(exc, StoreConnectionError):
        return 1
    return None


def main(argv: list[str] | None = None) -> None:
    """Console entry point: run the app, turning known errors into one-line messages."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        app(args=argv, standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the one place that turns errors into exit codes
        code = _exit_code_for(exc)
        if debug or code is None and os.environ.get("DIPLOGRAPH_DEBUG"):
            raise
        if code is None:
            err.print(f"error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", highlight=False, markup=False)
            sys.exit(1)
        err.print(f"error: {exc}", highlight=False, markup=False)
        sys.exit(code)


if __name__ == "__main__":
    main()
