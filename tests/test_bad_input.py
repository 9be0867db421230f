"""A hostile corpus: every broken input is exactly one clear problem naming it; good files still load.

We run as root in CI, so ``chmod 000`` does not stop reads: "unreadable" is simulated by making
``os.open`` raise ``PermissionError`` for one file, and "vanishes" by deleting a file after the
folder was listed but before it was read (``iter_documents`` reads lazily).
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from diplograph.loaders.documents import iter_documents, read_paths

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
GOOD_TEXT = "President Xi Jinping arrived in Colombo on a two-day State visit on 16 September 2014."


def build_hostile_corpus(root: Path) -> dict[str, str]:
    """Write the hostile corpus under ``root``; return {file name: expected problem reason}."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "good.txt").write_text("date 2014-09-16\n" + GOOD_TEXT, encoding="utf-8")
    (root / "Hà Nội visit — notes ü.txt").write_text("Putin visited Hà Nội in June 2024.", encoding="utf-8")
    (root / "russian.txt").write_text("Президент России Владимир Путин посетил Вьетнам.", encoding="utf-8")
    (root / "latin1.txt").write_bytes("Le président Macron a visité Hanoï en février.".encode("latin-1"))
    (root / "utf16.txt").write_bytes("Lavrov met Mirzoyan in Yerevan.".encode("utf-16"))
    (root / "long-line.txt").write_text("word " * 209_716, encoding="utf-8")  # 1 MiB, no full stop
    (root / "page.html").write_text(
        "<html><head><title>Talks</title><style>body{}</style><script>alert('x')</script></head>"
        "<body><!-- hidden comment --><p>Modi met Hasina in Dhaka.</p><script>track()</script></body></html>",
        encoding="utf-8",
    )
    good_line = json.dumps({"text": "Kosygin visited Hanoi in February 1965.", "date": "1965-02-06"})
    (root / "articles.jsonl").write_text(
        good_line + "\n" + '{"text": "broken line' + "\n" + json.dumps({"text": "Ho Chi Minh visited Moscow."}) + "\n",
        encoding="utf-8",
    )
    expected = {
        "empty.txt": "empty file",
        "[draft] blank.md": "file has only whitespace, no text",
        "photo.txt": "binary file (PNG image), not text",
        "archive.txt": "binary file (zip archive), not text",
        "mixed.txt": "invalid UTF-8 at byte 14 in otherwise UTF-8 text (mixed encodings); re-save it as UTF-8",
        "huge.txt": "too large (50.0 MB > 20 MB limit)",
        "scripts-only.html": "no visible text after removing markup",
        "self-link.txt": "symlink loop (too many levels of symbolic links)",
        "dangling.txt": "broken symlink",
        "fifo.txt": "not a regular file (a FIFO)",
        "sub/back-up": f"symlink loop back to {os.path.realpath(root)}, skipped",
    }
    (root / "empty.txt").write_bytes(b"")
    (root / "[draft] blank.md").write_text("  \n\t\n   ", encoding="utf-8")
    (root / "photo.txt").write_bytes(PNG_HEADER)
    with zipfile.ZipFile(root / "archive.txt", "w") as archive:
        archive.writestr("a.txt", "inside a zip")
    (root / "mixed.txt").write_bytes("Café in Hà Nội ".encode("utf-8")[:14] + b"\xe9 and more \xff text")
    with open(root / "huge.txt", "wb") as huge:
        huge.truncate(50 * 1_000_000)  # sparse: never read, rejected from its size
    (root / "scripts-only.html").write_text("<script>x()</script><style>a{}</style><!-- c -->", encoding="utf-8")
    (root / "self-link.txt").symlink_to("self-link.txt")
    (root / "dangling.txt").symlink_to("does-not-exist.txt")
    os.mkfifo(root / "fifo.txt")
    (root / "sub").mkdir()
    (root / "sub" / "nested.md").write_text("Lavrov visited Yerevan.", encoding="utf-8")
    (root / "sub" / "back-up").symlink_to(root, target_is_directory=True)
    (root / "image.png").write_bytes(PNG_HEADER)  # not a text extension: skipped silently in a folder
    return expected


@pytest.fixture()
def hostile(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    root = tmp_path / "corpus with spaces"
    return root, build_hostile_corpus(root)


def _by_name(problems, root: Path) -> dict[str, str]:
    return {Path(p.path).relative_to(root).as_posix(): p.reason for p in problems if p.line is None}


def test_each_bad_file_is_exactly_one_problem_naming_it(hostile) -> None:
    root, expected = hostile
    _, problems = read_paths([root])
    assert _by_name(problems, root) == expected
    file_problems = [p for p in problems if p.line is None]
    assert len(file_problems) == len(expected)  # exactly one each
    for problem in problems:
        assert "\n" not in str(problem) and str(problem).startswith(str(root))


def test_good_files_still_load_with_their_text(hostile) -> None:
    root, _ = hostile
    documents, _ = read_paths([root])
    texts = {Path(d.path.rsplit(":", 1)[0] if d.path.endswith((":1", ":3")) else d.path).name: d.text for d in documents}
    assert texts["good.txt"].endswith(GOOD_TEXT)
    assert texts["Hà Nội visit — notes ü.txt"] == "Putin visited Hà Nội in June 2024."
    assert texts["russian.txt"].startswith("Президент России")
    assert texts["utf16.txt"] == "Lavrov met Mirzoyan in Yerevan."
    assert texts["page.html"] == "Modi met Hasina in Dhaka."
    assert texts["nested.md"] == "Lavrov visited Yerevan."
    assert len(texts["long-line.txt"]) == 5 * 209_716
    assert "image.png" not in texts


def test_latin1_is_decoded_with_a_warning(hostile, caplog) -> None:
    root, _ = hostile
    with caplog.at_level(logging.WARNING, logger="diplograph.loaders.documents"):
        documents, _ = read_paths([root / "latin1.txt"])
    assert documents[0].text == "Le président Macron a visité Hanoï en février."
    assert any("latin1.txt: not UTF-8; decoded as Windows-1252" in r.getMessage() for r in caplog.records)


def test_broken_jsonl_line_is_reported_with_its_number_and_the_others_load(hostile) -> None:
    root, _ = hostile
    documents, problems = read_paths([root / "articles.jsonl"])
    assert [d.text for d in documents] == ["Kosygin visited Hanoi in February 1965.", "Ho Chi Minh visited Moscow."]
    assert documents[0].date.isoformat() == "1965-02-06"
    assert [(p.line, p.reason) for p in problems] == [(2, "invalid JSON at column 10: unterminated string")]
    assert str(problems[0]) == f"{root / 'articles.jsonl'}:2: invalid JSON at column 10: unterminated string"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"title": "no text"}', "missing required field 'text'"),
        ('{"text": 42}', "field 'text' must be a string, got int"),
        ('{"text": "   "}', "'text' has only whitespace, no text"),
        ('["text"]', "expected a JSON object, got list"),
        ('{"text": "ok", "date": "yesterday"}', "field 'date' is not an ISO date: 'yesterday'"),
    ],
)
def test_jsonl_line_problems(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "Good."}) + "\n" + line + "\n", encoding="utf-8")
    documents, problems = read_paths([path])
    assert [d.text for d in documents] == ["Good."]
    assert [(p.line, p.reason) for p in problems] == [(2, reason)]


def test_jsonl_line_over_the_size_limit_is_skipped_and_the_next_line_loads(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"text": "x" * 5000}) + "\n" + json.dumps({"text": "Small."}) + "\n", encoding="utf-8")
    documents, problems = read_paths([path], max_bytes=1000)
    assert [d.text for d in documents] == ["Small."]
    assert [(p.line, p.reason) for p in problems] == [(1, "line too large (0.0 MB > 0.001 MB limit)")]


def test_file_name_with_undecodable_bytes_loads_with_a_printable_path(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9 notes.txt"), "wb") as handle:
        handle.write(b"Macron met Lula in Paris.")
    with open(os.path.join(folder, b"caf\xe9 empty.txt"), "wb"):
        pass
    documents, problems = read_paths([tmp_path])
    assert [d.text for d in documents] == ["Macron met Lula in Paris."]
    assert documents[0].path == f"{tmp_path}/caf\ufffd notes.txt"
    assert str(problems[0]).encode("utf-8").endswith("caf\ufffd empty.txt: empty file".encode("utf-8"))


def test_explicit_unsupported_or_missing_files_are_problems(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(PNG_HEADER)
    documents, problems = read_paths([tmp_path / "image.png", tmp_path / "nope.txt"])
    assert documents == []
    assert problems[0].reason.startswith("unsupported file type '.png'; expected one of .htm, .html, .jsonl")
    assert problems[1].reason == "no such file (missing, or removed while reading)"


def test_size_limit_is_configurable(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text("x" * 3000, encoding="utf-8")
    assert read_paths([tmp_path], max_bytes=2000)[1][0].reason == "too large (0.0 MB > 0.002 MB limit)"
    monkeypatch.setenv("DIPLOGRAPH_MAX_DOCUMENT_MB", "0.001")
    assert read_paths([tmp_path])[1][0].reason == "too large (0.0 MB > 0.001 MB limit)"


def test_file_that_vanishes_during_the_run(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First article.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second article.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Third article.", encoding="utf-8")
    items = iter_documents([tmp_path])
    first = next(items)
    (tmp_path / "b.txt").unlink()  # after listing, before reading
    rest = list(items)
    assert first.text == "First article."
    assert [str(i) for i in rest[:1]] == [f"{tmp_path / 'b.txt'}: no such file (missing, or removed while reading)"]
    assert rest[1].text == "Third article."


def test_unreadable_file_permission_denied(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text("Readable.", encoding="utf-8")
    (tmp_path / "locked.txt").write_text("Locked.", encoding="utf-8")
    real_open = os.open

    def deny_locked(path, *args, **kwargs):
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny_locked)
    documents, problems = read_paths([tmp_path])
    assert [d.text for d in documents] == ["Readable."]
    assert [str(p) for p in problems] == [f"{tmp_path / 'locked.txt'}: permission denied"]


def test_one_megabyte_line_goes_through_the_extractor(hostile) -> None:
    """The reader accepts it; the extractor must come back (no hang, no crash).

    It is longer than spaCy's default ``nlp.max_length`` (1,000,000 characters), on purpose.
    """
    extract = pytest.importorskip("diplograph.loaders.extract")
    root, _ = hostile
    (document,), _ = read_paths([root / "long-line.txt"])
    extract.extract_document(document)


def _cli_ready() -> bool:
    try:
        import diplograph.cli  # noqa: F401
        import diplograph.graph.store  # noqa: F401
        import diplograph.loaders.extract  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _cli_ready(), reason="the CLI's extractor or store is not in this checkout yet")
def test_cli_build_with_workers_forks_them_while_no_other_thread_runs(tmp_path: Path) -> None:
    """Forking beside a running thread (rich's progress refresher was one) can deadlock a worker; Python warns."""
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    result = subprocess.run(
        [sys.executable, "-W", "default", "-m", "diplograph.cli", "build", str(seeds), "--workers", "2",
         "--data-dir", str(tmp_path / "data"), "--no-view"],
        capture_output=True, text=True, timeout=600, env={**os.environ, "COLUMNS": "120"},
    )
    assert result.returncode == 0, result.stderr
    assert "multi-threaded" not in result.stderr and "DeprecationWarning" not in result.stderr
    assert "loaded 27 nodes and 69 edges" in result.stdout


def test_cli_build_reports_each_bad_file_on_one_line_and_loads_the_rest(hostile, tmp_path: Path) -> None:
    root, expected = hostile
    (root / "long-line.txt").unlink()  # extraction speed on it is a benchmark concern, not this test's
    result = subprocess.run(
        [sys.executable, "-m", "diplograph.cli", "build", str(root), "--data-dir", str(tmp_path / "data"), "--no-view"],
        capture_output=True, text=True, timeout=600, env={**os.environ, "COLUMNS": "80"},
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    for name, reason in expected.items():
        matching = [line for line in lines if str(root / name) in line]
        assert len(matching) == 1 and matching[0].endswith(reason), (name, lines)
    assert any(line.endswith("articles.jsonl:2: invalid JSON at column 10: unterminated string") for line in lines)
    assert f"problems: {len(expected) + 1}" in result.stdout
