"""Instructions per word of extraction, counted by valgrind's callgrind: stable on a shared machine.

    python benchmarks/bench_instructions.py                 # 50 synthetic articles
    python benchmarks/bench_instructions.py --articles 100

Timings on a shared 2-core machine drift by 10-20% within an hour, which hides changes of a few per
cent; instruction counts repeat to about 1%. Instrumentation is switched on (``callgrind_control``)
only around the extraction call, after imports and a warm-up article, so the figure is the
extractor's own work. Needs valgrind (Debian: ``apt-get install valgrind``); about 40 s for 50 articles.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_corpus  # noqa: E402


def measure(folder: Path, articles: int) -> None:
    """Run inside valgrind: warm up, then extract ``articles`` with instrumentation on."""
    from diplograph.loaders.documents import read_paths
    from diplograph.loaders.extract import extract_document, extract_documents

    documents, _ = read_paths([folder])
    extract_document(documents[0])
    chosen = documents[1:1 + articles]
    toggle = ["callgrind_control", "-i"]
    subprocess.run([*toggle, "on", str(os.getpid())], capture_output=True, check=False)
    extract_documents(chosen)
    subprocess.run([*toggle, "off", str(os.getpid())], capture_output=True, check=False)
    print(f"words={sum(len(d.text.split()) for d in chosen)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure, args.articles)
        return
    if not shutil.which("valgrind"):
        sys.exit("bench_instructions: valgrind is not installed (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(folder, args.articles + 1, args.seed)
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={tmp}/cg.out",
             sys.executable, __file__, "--measure", str(folder), "--articles", str(args.articles)],
            capture_output=True, text=True, check=False,
        )
    collected = re.search(r"Collected : (\d+)", run.stderr)
    words = re.search(r"words=(\d+)", run.stdout)
    if run.returncode != 0 or not collected or not words:
        sys.exit(f"bench_instructions: the measured run failed:\n{run.stderr[-2000:]}")
    instructions, count = int(collected.group(1)), int(words.group(1))
    print(f"{args.articles} articles, {count} words: {instructions / 1e9:.3f} G instructions, "
          f"{instructions / count:,.0f} per word")


if __name__ == "__main__":
    main()
