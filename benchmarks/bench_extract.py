"""Extraction throughput (words/s), its growth with corpus size, and peak memory.

    python benchmarks/bench_extract.py                        # 1,000 and 10,000 articles, 1 worker
    python benchmarks/bench_extract.py --workers 2            # multi-process extraction
    python benchmarks/bench_extract.py --sizes 1000 --profile # cProfile hot spots of the extractor

Each size runs in a fresh child process (``--measure``) so the figures are for the whole
process: interpreter start, imports, reading the files, extraction (and, with workers, merging
the per-worker graphs). Peak memory is the resident set size from ``getrusage`` (the main
process and the largest worker), so it costs nothing at run time; ``--tracemalloc`` adds the
Python-heap peak at the price of a slower run. The corpus is the seeded synthetic one
(``benchmarks/synthetic.py``), written once per size under ``--cache``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_corpus  # noqa: E402


def corpus_dir(cache: Path, articles: int, seed: int) -> Path:
    """The synthetic corpus of this size, generated on first use."""
    folder = cache / f"synthetic-{articles}-seed{seed}"
    done = folder / ".complete"
    if not done.exists():
        write_corpus(folder, articles, seed)
        done.write_text("ok", encoding="utf-8")
    return folder


def extract_in_workers(documents, workers: int):
    """The library's own multi-process extraction (what `diplograph build --workers N` runs)."""
    from diplograph.loaders.extract import extract_documents

    return extract_documents(documents, workers=workers)


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def measure(folder: Path, workers: int, use_tracemalloc: bool) -> dict:
    """Read and extract one corpus in this process; return the figures as a dict."""
    started = time.perf_counter()
    if use_tracemalloc:
        import tracemalloc

        tracemalloc.start()
    from diplograph.loaders.documents import ReadProblem, iter_documents
    from diplograph.loaders.extract import extract_documents  # noqa: F401 - import cost counted here

    imported = time.perf_counter()
    documents, problems = [], []

    def readable():  # what `diplograph build` does: files read as extraction goes, problems set aside
        for item in iter_documents([folder]):
            (problems if isinstance(item, ReadProblem) else documents).append(item)
            if not isinstance(item, ReadProblem):
                yield item

    read_done = imported  # files are read as extraction goes (with workers, overlapped): 'extract_s' covers both
    graph = extract_in_workers(readable(), workers)
    extracted = time.perf_counter()
    counts = graph.counts()
    words = sum(len(d.text.split()) for d in documents)
    figures = {
        "articles": len(documents),
        "problems": len(problems),
        "words": words,
        "workers": workers,
        "import_s": imported - started,
        "extract_s": extracted - read_done,
        "extract_words_per_s": words / max(extracted - read_done, 1e-9),
        "nodes": sum(counts["nodes"].values()),
        "edges": sum(counts["edges"].values()),
        "edges_by_type": dict(counts["edges"]),
        "peak_rss_mb": _rss_mb(resource.RUSAGE_SELF),
        "peak_worker_rss_mb": _rss_mb(resource.RUSAGE_CHILDREN) if workers > 1 else None,
    }
    if use_tracemalloc:
        import tracemalloc

        figures["python_heap_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
    return figures


def run_size(folder: Path, workers: int, use_tracemalloc: bool) -> dict:
    """Whole-process run in a fresh interpreter, timed from outside."""
    command = [sys.executable, __file__, "--measure", str(folder), "--workers", str(workers)]
    if use_tracemalloc:
        command.append("--tracemalloc")
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"measuring {folder} failed:\n{result.stderr[-3000:]}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["wall_s"] = wall
    figures["whole_process_words_per_s"] = figures["words"] / wall
    return figures


def profile(folder: Path, articles: int, top: int) -> str:
    """cProfile of extracting the first ``articles`` documents (after a warm-up document)."""
    from diplograph.loaders.documents import read_paths
    from diplograph.loaders.extract import extract_documents

    documents, _ = read_paths([folder])
    extract_documents(documents[:1])  # load lexicons/pipelines outside the profile
    profiler = cProfile.Profile()
    profiler.enable()
    extract_documents(documents[:articles])
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def report(rows: list[dict]) -> None:
    print(f"{'articles':>9} {'words':>10} {'workers':>7} {'wall s':>8} {'extract s':>9} "
          f"{'words/s (whole)':>15} {'words/s (read+extract)':>22} {'edges':>8} {'peak RSS MB':>11} {'worker MB':>9}")
    for row in rows:
        worker = f"{row['peak_worker_rss_mb']:.0f}" if row.get("peak_worker_rss_mb") else "-"
        print(f"{row['articles']:>9} {row['words']:>10} {row['workers']:>7} {row['wall_s']:>8.2f} {row['extract_s']:>9.2f} "
              f"{row['whole_process_words_per_s']:>15,.0f} {row['extract_words_per_s']:>22,.0f} {row['edges']:>8} "
              f"{row['peak_rss_mb']:>11.0f} {worker:>9}")
        if "python_heap_peak_mb" in row:
            print(f"{'':>9} python heap peak (tracemalloc): {row['python_heap_peak_mb']:.0f} MB")
    if len(rows) >= 2:
        small, large = rows[0], rows[-1]
        per_word = (large["extract_s"] / large["words"]) / (small["extract_s"] / small["words"])
        print(f"growth: {large['words'] / small['words']:.1f}x the words took {large['extract_s'] / small['extract_s']:.1f}x "
              f"the extraction time ({per_word:.2f}x time per word; 1.00 = linear)")
    print("target (issue 5): >= 50,000 words/s with the rule-based pipeline")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Extraction throughput benchmark.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="corpus sizes in articles")
    parser.add_argument("--workers", type=int, default=1, help="extraction processes")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/diplograph-bench"), help="where corpora are written")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace the Python-heap peak (slower)")
    parser.add_argument("--profile", action="store_true", help="print cProfile hot spots instead of timing")
    parser.add_argument("--profile-articles", type=int, default=300)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # child-process mode
    args = parser.parse_args(argv)

    if args.measure:
        print(json.dumps(measure(args.measure, args.workers, args.tracemalloc)))
        return
    if args.profile:
        folder = corpus_dir(args.cache, max(args.sizes[0], args.profile_articles), args.seed)
        print(profile(folder, args.profile_articles, top=30))
        return
    rows = [run_size(corpus_dir(args.cache, size, args.seed), args.workers, args.tracemalloc) for size in args.sizes]
    report(rows)
    if args.json:
        print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
