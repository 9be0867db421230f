"""Reading articles from files into ``SourceDocument`` records (txt, md, html, jsonl).

``read_paths`` takes files and folders and never raises for bad input: every file (or JSONL
line) that cannot become a document comes back as exactly one ``ReadProblem`` naming it and
the reason, and everything else still loads. Folders are walked recursively in sorted order,
hidden entries and unsupported extensions are skipped silently, and symlink loops are cut.
Format and encoding rules live in ``formats.py``.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import logging
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Literal

from pydantic import BaseModel, ConfigDict

from diplograph.loaders.formats import (
    Unreadable,
    binary_kind,
    declared_charset,
    decode_text,
    date_precision,
    html_to_text,
    markdown_meta,
    parse_date,
    parse_jsonl_line,
    require_text,
)

log = logging.getLogger(__name__)


class SourceDocument(BaseModel):
    """One article's text and metadata. ``id`` is a content hash, so it is stable."""

    model_config = ConfigDict(extra="forbid")

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    url: str | None = None
    date: dt.date | None = None
    # how much of ``date`` the source told: 'date 1991' is the year (its first day stands for it), not 1 January
    date_precision: Literal["day", "month", "year"] = "day"


class ReadProblem(BaseModel):
    """A file (or a line of one) that could not be read, and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


_DATE_LINE = re.compile(r"^\s*date:?\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?![\w-])", re.IGNORECASE)


def document_id(text: str) -> str:
    return "doc-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_document(text: str, path: str | None = None, **meta) -> SourceDocument:
    """Build a document, reading a leading ``date YYYY-MM-DD`` line as its date.

    The text is kept byte-for-byte (evidence spans slice it); an impossible date is ignored.
    """
    if meta.get("date") is None:
        match = _DATE_LINE.match(text)
        if match:
            value = match.group(1)
            if (day := parse_date(value)) is None:
                log.warning("%s: ignoring impossible date %s", path or "document", value)
            else:
                meta["date"], meta["date_precision"] = day, date_precision(value)
    if meta.get("date") is None:
        meta["date"] = _dateline(text)
    return SourceDocument(id=document_id(text), text=text, path=path, **meta)


_PLACE_DATELINE = re.compile(r"^[A-Z][A-Za-z .'’-]{1,40},\s+(?P<date>[^()–—-]{6,40}?)\s*(?:\([^)]{1,40}\))?\s*[–—-]")


def _dateline(text: str) -> dt.date | None:
    """A dateline: one of the first lines holding nothing but a full date ('22 February, 2017')."""
    from diplograph.loaders.dates import find_dates

    lines = [line.strip() for line in text[:2000].splitlines() if line.strip()][:4]
    for line in lines:
        opening = _PLACE_DATELINE.match(line)  # 'BRASILIA, 12 May 2023 (Reuters) -'
        if opening:
            found = find_dates(opening.group("date"))
            if len(found) == 1 and found[0].date.precision == "day" and found[0].date.end is None:
                return found[0].date.start
        if len(line) > 40:
            continue
        found = find_dates(line)
        if len(found) == 1 and found[0].date.precision == "day" and found[0].date.end is None \
                and len(found[0].text) >= len(line.strip(" .,()")) - 2:
            return found[0].date.start
    return None


MANIFEST_NAMES = ("SOURCES.tsv", "sources.tsv", "manifest.tsv", "MANIFEST.tsv")


def _manifest(folder: Path, cache: dict[Path, dict[str, dict[str, str]]]) -> dict[str, dict[str, str]]:
    """Per-file metadata from a tab-separated manifest beside the articles (columns file, url, date, title)."""
    if folder in cache:
        return cache[folder]
    rows: dict[str, dict[str, str]] = {}
    for name in MANIFEST_NAMES:
        candidate = folder / name
        if candidate.is_file():
            import csv

            try:
                with candidate.open(encoding="utf-8", newline="") as handle:
                    for row in csv.DictReader(handle, delimiter="\t"):
                        if row.get("file"):
                            rows[row["file"].strip()] = {k: (v or "").strip() for k, v in row.items() if k}
            except (OSError, UnicodeDecodeError, csv.Error) as exc:
                log.warning("%s: manifest ignored (%s)", candidate, exc)
            break
    cache[folder] = rows
    return rows


def _with_manifest(document: SourceDocument, cache: dict) -> SourceDocument:
    if not document.path:
        return document
    path = Path(document.path)
    row = _manifest(path.parent, cache).get(path.name)
    if not row:
        return document
    update: dict[str, object] = {}
    if not document.url and row.get("url"):
        update["url"] = row["url"]
    if not document.title and row.get("title"):
        update["title"] = row["title"]
    if document.date is None and re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", row.get("date", "")) \
            and (day := parse_date(row["date"])) is not None:
        update["date"], update["date_precision"] = day, date_precision(row["date"])
    return document.model_copy(update=update) if update else document


# --- limits and formats ----------------------------------------------------------------------

MB = 1_000_000
DEFAULT_MAX_MB = 20.0
MAX_MB_ENV = "DIPLOGRAPH_MAX_DOCUMENT_MB"
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"})


def default_max_bytes() -> int:
    """The size limit per article: ``$DIPLOGRAPH_MAX_DOCUMENT_MB`` or 20 MB."""
    raw = os.environ.get(MAX_MB_ENV)
    try:
        return int(float(raw) * MB) if raw else int(DEFAULT_MAX_MB * MB)
    except ValueError:
        log.warning("ignoring %s=%r (not a number); using %g MB", MAX_MB_ENV, raw, DEFAULT_MAX_MB)
        return int(DEFAULT_MAX_MB * MB)


def _too_large(size: int, limit: int) -> str:
    return f"too large ({size / MB:.1f} MB > {limit / MB:g} MB limit)"


def _shown(path: Path) -> str:
    """The path as printable text: undecodable bytes in a file name become U+FFFD, not a crash later."""
    return os.fsencode(path).decode("utf-8", "replace")


def _os_reason(exc: OSError) -> str:
    """A one-line reason for an OS error, without repeating the path."""
    if isinstance(exc, FileNotFoundError):
        return "no such file (missing, or removed while reading)"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "symlink loop (too many levels of symbolic links)"
    return f"cannot read ({exc.strerror or exc})"


# --- finding files ---------------------------------------------------------------------------


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _expand(path: Path, seen: set[tuple[int, int]]) -> Iterator[Path | ReadProblem]:
    """A path named by the user -> the files to read, or problems."""
    try:
        info = path.stat()
    except OSError as exc:
        broken = isinstance(exc, FileNotFoundError) and path.is_symlink()
        yield ReadProblem(path=_shown(path), reason="broken symlink" if broken else _os_reason(exc))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(path, seen, ancestors=((info.st_dev, info.st_ino),))
    elif not stat.S_ISREG(info.st_mode):
        yield ReadProblem(path=_shown(path), reason=f"not a regular file ({_file_kind(info.st_mode)})")
    elif path.suffix.lower() not in TEXT_SUFFIXES:
        expected = ", ".join(sorted(TEXT_SUFFIXES))
        yield ReadProblem(path=_shown(path), reason=f"unsupported file type {path.suffix or '(no extension)'!r}; expected one of {expected}")
    elif (info.st_dev, info.st_ino) not in seen:
        seen.add((info.st_dev, info.st_ino))
        yield path


def _walk(folder: Path, seen: set[tuple[int, int]], ancestors: tuple[tuple[int, int], ...]) -> Iterator[Path | ReadProblem]:
    """Supported files under ``folder`` in sorted order; a directory link back up is a problem."""
    if ancestors[-1] in seen:
        return  # already read through another path
    seen.add(ancestors[-1])
    try:
        names = sorted(os.listdir(folder))
    except OSError as exc:
        yield ReadProblem(path=_shown(folder), reason=f"cannot list folder: {_os_reason(exc)}")
        return
    for name in names:
        if name.startswith("."):
            continue
        path = folder / name
        try:
            info = path.stat()
        except OSError as exc:
            if path.is_symlink():  # dangling or self-referencing link
                reason = "broken symlink" if isinstance(exc, FileNotFoundError) else _os_reason(exc)
                yield ReadProblem(path=_shown(path), reason=reason)
            elif path.suffix.lower() in TEXT_SUFFIXES:
                yield ReadProblem(path=_shown(path), reason=_os_reason(exc))
            continue
        key = (info.st_dev, info.st_ino)
        if stat.S_ISDIR(info.st_mode):
            if key in ancestors:
                yield ReadProblem(path=_shown(path), reason=f"symlink loop back to {_shown(Path(os.path.realpath(path)))}, skipped")
            else:
                yield from _walk(path, seen, ancestors + (key,))
        elif path.suffix.lower() in TEXT_SUFFIXES and key not in seen:
            if stat.S_ISREG(info.st_mode):
                seen.add(key)
                yield path
            else:
                yield ReadProblem(path=_shown(path), reason=f"not a regular file ({_file_kind(info.st_mode)})")


# --- reading one file ------------------------------------------------------------------------


def _open_regular(path: Path) -> tuple[BinaryIO, int]:
    """Open without blocking (a FIFO must not hang the run) and check it is a regular file."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise Unreadable(f"not a regular file ({_file_kind(info.st_mode)})")
    return os.fdopen(fd, "rb"), info.st_size


def _read_limited(path: Path, max_bytes: int) -> bytes:
    handle, size = _open_regular(path)
    with handle:
        if size > max_bytes:
            raise Unreadable(_too_large(size, max_bytes))
        data = handle.read(max_bytes + 1)  # a file growing while we read is still capped
    if len(data) > max_bytes:
        raise Unreadable(_too_large(len(data), max_bytes))
    return data


def _decode(path: Path, data: bytes, declared: str | None = None) -> str:
    decoded = decode_text(data, declared)
    if decoded.note:
        log.warning("%s: %s", path, decoded.note)
    return decoded.text


def _read_plain(path: Path, max_bytes: int) -> SourceDocument:
    text = require_text(_decode(path, _read_limited(path, max_bytes)))
    meta = markdown_meta(text) if path.suffix.lower() in {".md", ".markdown"} else {}
    return make_document(text, path=_shown(path), **meta)


def _read_html(path: Path, max_bytes: int) -> SourceDocument:
    data = _read_limited(path, max_bytes)
    markup = require_text(_decode(path, data, declared_charset(data)))
    content = html_to_text(markup)
    if not content.text:
        raise Unreadable("no visible text after removing markup")
    return make_document(content.text, path=_shown(path), title=content.title, date=content.date,
                         date_precision=content.date_precision)


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[SourceDocument | ReadProblem]:
    """One document per line; a bad line is a problem with its number, the rest still load."""
    handle, size = _open_regular(path)
    found_any = False
    with handle:
        head = handle.read(4096)
        kind = binary_kind(head)
        if kind is not None:
            raise Unreadable(f"binary file ({kind}), not text")
        handle.seek(0)
        for number, raw in enumerate(_limited_lines(handle, max_bytes), start=1):
            if raw is None:
                yield ReadProblem(path=_shown(path), line=number, reason=f"line {_too_large(max_bytes + 1, max_bytes)}")
                continue
            if not raw.strip():
                continue
            found_any = True
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                article = parse_jsonl_line(line)
            except UnicodeDecodeError as exc:
                yield ReadProblem(path=_shown(path), line=number, reason=f"invalid UTF-8 at byte {exc.start} of the line")
                continue
            except Unreadable as exc:
                yield ReadProblem(path=_shown(path), line=number, reason=str(exc))
                continue
            text = article.pop("text")
            yield make_document(text, path=f"{_shown(path)}:{number}", **article)
    if not found_any:
        raise Unreadable("empty file" if size == 0 else "no JSON lines in file")


def _limited_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of at most ``max_bytes``; an over-long line is drained and yields None."""
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # skip the rest of the over-long line without holding it in memory
                rest = handle.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
        else:
            yield line


def read_file(path: Path, max_bytes: int | None = None) -> Iterator[SourceDocument | ReadProblem]:
    """Documents of one supported file; failures become one ``ReadProblem`` for the file."""
    limit = default_max_bytes() if max_bytes is None else max_bytes
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path, limit)
        elif suffix in {".html", ".htm"}:
            yield _read_html(path, limit)
        else:
            yield _read_plain(path, limit)
    except Unreadable as exc:
        yield ReadProblem(path=_shown(path), reason=str(exc))
    except OSError as exc:
        yield ReadProblem(path=_shown(path), reason=_os_reason(exc))


# --- the public entry points -----------------------------------------------------------------


def iter_documents(paths: Iterable[str | Path], max_bytes: int | None = None) -> Iterator[SourceDocument | ReadProblem]:
    """Stream documents and problems in a deterministic order (files are read lazily).

    The same content read twice (a copy, a second link) is yielded once: ids are content hashes.
    """
    limit = default_max_bytes() if max_bytes is None else max_bytes
    seen_files: set[tuple[int, int]] = set()
    seen_ids: set[str] = set()
    manifests: dict = {}
    for raw in paths:
        files = list(_expand(Path(raw), seen_files))  # list first: a folder is one snapshot
        for item in files:
            if isinstance(item, ReadProblem):
                yield item
                continue
            for result in read_file(item, limit):
                if isinstance(result, SourceDocument):
                    result = _with_manifest(result, manifests)
                    if result.id in seen_ids:
                        log.info("%s: same text as a document already read, skipped", result.path)
                        continue
                    seen_ids.add(result.id)
                yield result


def read_paths(
    paths: Iterable[str | Path],
    on_problem: Callable[[ReadProblem], None] | None = None,
    max_bytes: int | None = None,
) -> tuple[list[SourceDocument], list[ReadProblem]]:
    """Read files and folders; return the documents and one problem per unreadable input."""
    documents: list[SourceDocument] = []
    problems: list[ReadProblem] = []
    for item in iter_documents(paths, max_bytes=max_bytes):
        if isinstance(item, ReadProblem):
            problems.append(item)
            if on_problem is not None:
                on_problem(item)
        else:
            documents.append(item)
    return documents, problems
