"""Reading articles from files into ``SourceDocument`` records (txt, md, html, jsonl)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict


class SourceDocument(BaseModel):
    """One article's text and metadata. ``id`` is a content hash, so it is stable."""

    model_config = ConfigDict(extra="forbid")

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    url: str | None = None
    date: dt.date | None = None


class ReadProblem(BaseModel):
    """A file (or a line of one) that could not be read, and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


_DATE_LINE = re.compile(r"^\s*date:?\s+(\d{4}-\d{2}(?:-\d{2})?)\b", re.IGNORECASE)


def document_id(text: str) -> str:
    return "doc-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_document(text: str, path: str | None = None, **meta) -> SourceDocument:
    """Build a document, reading a leading ``date YYYY-MM-DD`` line as its date."""
    if meta.get("date") is None:
        match = _DATE_LINE.match(text)
        if match:
            value = match.group(1)
            meta["date"] = dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
    return SourceDocument(id=document_id(text), text=text, path=path, **meta)


def read_text_file(path: Path) -> SourceDocument:
    text = path.read_bytes().decode("utf-8")
    return make_document(text, path=str(path))
