"""The Python entry points: read paths, extract, and hand back a DiploGraph."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from diplograph.graph import DiploGraph
from diplograph.loaders.documents import ReadProblem, SourceDocument


def read_documents(paths: Iterable[str | Path]) -> tuple[list[SourceDocument], list[ReadProblem]]:
    """Read every supported file under ``paths``; unreadable ones come back as problems."""
    from diplograph.loaders.documents import read_paths

    return read_paths(paths)


def build(paths: Iterable[str | Path]) -> DiploGraph:
    """Read and extract ``paths`` (files or folders) into one resolved in-memory graph."""
    from diplograph.loaders.extract import extract_documents

    documents, _problems = read_documents(paths)
    return extract_documents(documents)
