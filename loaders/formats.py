"""Per-format readers: bytes -> text (with an explicit encoding policy), HTML -> text, JSONL lines.

Everything here is pure (no file system access) so each rule is easy to test; ``documents.py``
does the I/O and turns ``Unreadable`` into one-line ``ReadProblem`` records.

Encoding policy (documented in one place):

- A BOM decides: UTF-8, UTF-16 (LE/BE) and UTF-32 files with a BOM decode through it.
- Otherwise the text must be UTF-8. A file with no valid multi-byte UTF-8 sequence at all but
  some high bytes is legacy single-byte text (Latin-1 / Windows-1252, common in old archives):
  it is decoded as Windows-1252 and the caller is told (``Decoded.note``) so it can warn.
- A file that mixes valid UTF-8 with invalid bytes is corrupt or concatenated from several
  encodings: it is rejected, because guessing would put mojibake into names and evidence.
- Known binary formats (by magic number) and anything with NUL bytes are rejected as binary.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser


class Unreadable(Exception):
    """The input cannot become a document; the message is the one-line reason."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # set when a fallback was used, so the caller can warn


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive"),
    (b"PK\x05\x06", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
)

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# A well-formed multi-byte UTF-8 sequence (2, 3 or 4 bytes).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def binary_kind(data: bytes) -> str | None:
    """Name the binary format of ``data`` (by magic number or NUL bytes), or None for text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None  # UTF-16/32 text legitimately contains NUL bytes
    if b"\x00" in data[:65536]:
        return "binary data (NUL bytes)"
    return None


_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(markup: bytes) -> str | None:
    """The ``<meta charset>`` an HTML page declares in its first 4 KB, if Python knows it."""
    match = _HTML_CHARSET.search(markup[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode_text(data: bytes, declared: str | None = None) -> Decoded:
    """Bytes -> text following the module's encoding policy; raises ``Unreadable``.

    ``declared`` (an HTML page's ``<meta charset>``) is used when the bytes are not UTF-8.
    """
    kind = binary_kind(data)
    if kind is not None:
        raise Unreadable(f"binary file ({kind}), not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise Unreadable(f"invalid {encoding.upper()} text after its byte-order mark (byte {exc.start})") from None
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if declared and declared != "utf-8":
        try:
            return Decoded(data.decode(declared), declared)
        except UnicodeDecodeError as exc:
            raise Unreadable(f"invalid {declared} text at byte {exc.start} (the charset the page declares)") from None
    if _UTF8_MULTIBYTE.search(data):
        raise Unreadable(
            f"invalid UTF-8 at byte {first_bad} in otherwise UTF-8 text (mixed encodings); re-save it as UTF-8"
        )
    # Windows-1252 leaves five bytes undefined; Latin-1 maps every byte, so use it for those.
    try:
        return Decoded(data.decode("cp1252"), "cp1252", "not UTF-8; decoded as Windows-1252 (Latin-1)")
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1", "not UTF-8; decoded as Latin-1")


def require_text(text: str, what: str = "file") -> str:
    """Reject text with nothing to read in it."""
    if not text:
        raise Unreadable(f"empty {what}")
    if not text.strip():
        raise Unreadable(f"{what} has only whitespace, no text")
    return text


# --- HTML -------------------------------------------------------------------------------------

_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object"})
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "section", "article",
        "header", "footer", "aside", "nav", "main", "blockquote", "pre", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "address", "form", "fieldset", "caption", "body", "html",
    }
)
_VOID_TAGS = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"})
_DATE_META_NAMES = frozenset(
    {"article:published_time", "date", "dc.date", "dcterms.date", "pubdate", "publish-date", "og:published_time", "datepublished"}
)


class _TextExtractor(HTMLParser):
    """Collects visible text; scripts, styles, comments and the <head> (except <title>) are dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.meta_date: str | None = None
        self._skip_depth = 0
        self._in_title = False
        self._in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag == "head":
            self._in_head = True
        elif tag == "body":
            self._in_head = False  # a page may never close its <head>
        elif tag == "meta":
            self._read_meta(dict(attrs))
        elif tag == "time" and self.meta_date is None:
            self.meta_date = dict(attrs).get("datetime")
        if tag in _SKIPPED_TAGS and tag not in _VOID_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._read_meta(dict(attrs))
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "head":
            self._in_head = False
        if tag in _SKIPPED_TAGS and self._skip_depth:
            self._skip_depth -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip_depth and not self._in_head:
            self.parts.append(data)

    def _read_meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in _DATE_META_NAMES and self.meta_date is None:
            self.meta_date = attrs.get("content")


@dataclass(frozen=True)
class HtmlContent:
    text: str
    title: str | None
    date: dt.date | None
    date_precision: str = "day"


def html_to_text(markup: str) -> HtmlContent:
    """Visible text of an HTML page, one paragraph per line, with its <title> and publication date."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    text = "\n\n".join(line for line in lines if line)
    title = " ".join("".join(parser.title_parts).split()) or None
    date = parse_date(parser.meta_date)
    return HtmlContent(text=text, title=title, date=date, date_precision=date_precision(parser.meta_date) if date else "day")


# --- dates and light metadata ----------------------------------------------------------------

_ISO_PREFIX = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)")


def parse_date(value: object) -> dt.date | None:
    """``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``, or an ISO timestamp) -> date (a month's or a year's first day);
    None when absent or invalid."""
    if not isinstance(value, str):
        return None
    match = _ISO_PREFIX.match(value)
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def date_precision(value: str) -> str:
    """How much of the date ``value`` tells (for a value ``parse_date`` reads): 'day', 'month' or 'year'."""
    match = _ISO_PREFIX.match(value)
    return "day" if match is None or match.group(3) else "month" if match.group(2) else "year"


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_MATTER_FIELD = re.compile(r"^(title|date)\s*:\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)
_MD_HEADING = re.compile(r"^#{1,2}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)


def markdown_meta(text: str) -> dict[str, object]:
    """Title and date from YAML front matter, else the title from the first ``#`` heading."""
    meta: dict[str, object] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        for key, value in _FRONT_MATTER_FIELD.findall(front.group(1)):
            value = value.strip("'\"")
            if key.lower() == "title" and value:
                meta["title"] = value
            elif key.lower() == "date" and parse_date(value):
                meta["date"], meta["date_precision"] = parse_date(value), date_precision(value)
    if "title" not in meta:
        heading = _MD_HEADING.search(text[:5000])
        if heading:
            meta["title"] = heading.group(1).strip()
    return meta


# --- JSONL ------------------------------------------------------------------------------------

_JSONL_FIELDS = ("title", "url")


def parse_jsonl_line(line: str) -> dict[str, object]:
    """One JSONL article -> ``{"text", "title"?, "url"?, "date"?}``; raises ``Unreadable``."""
    try:
        record = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        reason = exc.msg.removesuffix(" starting at").removesuffix(" at").lower()
        raise Unreadable(f"invalid JSON at column {exc.colno}: {reason}") from None
    if not isinstance(record, dict):
        raise Unreadable(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise Unreadable("missing required field 'text'")
    if not isinstance(text, str):
        raise Unreadable(f"field 'text' must be a string, got {type(text).__name__}")
    require_text(text, "'text'")
    article: dict[str, object] = {"text": text}
    for key in _JSONL_FIELDS:
        value = record.get(key)
        if value is not None:
            if not isinstance(value, str):
                raise Unreadable(f"field {key!r} must be a string, got {type(value).__name__}")
            article[key] = value
    if record.get("date") is not None:
        date = parse_date(record["date"])
        if date is None:
            raise Unreadable(f"field 'date' is not an ISO date: {str(record['date'])[:40]!r}")
        article["date"], article["date_precision"] = date, date_precision(record["date"])
    return article
