"""Reading good input: formats, metadata, ids, folder order (hostile input is in test_bad_input.py)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from diplograph.loaders.documents import SourceDocument, document_id, iter_documents, read_paths
from diplograph.loaders.formats import decode_text, html_to_text, markdown_meta


def test_seeds_load_with_the_date_line_read_and_the_text_unchanged(seeds_dir: Path) -> None:
    documents, problems = read_paths([seeds_dir])
    assert problems == []
    assert [Path(d.path).name[:3] for d in documents] == ["000", "004"]
    second = documents[1]
    raw = (seeds_dir / Path(second.path).name).read_text(encoding="utf-8")
    assert second.text == raw  # evidence spans slice this exact text
    assert second.text.startswith(" date 2025-01-29 ")
    assert second.date == dt.date(2025, 1, 29)
    assert documents[0].date is None


def test_document_ids_are_stable_content_hashes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Putin visited Hanoi.", encoding="utf-8")
    first, _ = read_paths([tmp_path])
    second, _ = read_paths([tmp_path / "a.txt"])
    assert first[0].id == second[0].id == document_id("Putin visited Hanoi.")


def test_same_text_in_two_files_is_one_document(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Same article.", encoding="utf-8")
    (tmp_path / "b.md").write_text("Same article.", encoding="utf-8")
    documents, problems = read_paths([tmp_path])
    assert [Path(d.path).name for d in documents] == ["a.txt"]
    assert problems == []


def test_folders_are_recursive_sorted_and_skip_other_and_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed.", encoding="utf-8")
    (tmp_path / "b" / "a.md").write_text("Ay.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "SOURCES.tsv").write_text("file\turl\n", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    documents, problems = read_paths([tmp_path])
    assert [d.text for d in documents] == ["First.", "Ay.", "Zed."]
    assert problems == []


def test_date_line_variants() -> None:
    from diplograph.loaders.documents import make_document

    assert make_document("date 2020-02-26\nTrump arrived.").date == dt.date(2020, 2, 26)
    assert make_document("Date: 2024-08\nText.").date == dt.date(2024, 8, 1)
    # how much of the date the line tells: a month's or a year's first day stands for it
    assert [(d.date, d.date_precision) for d in map(make_document, ("date 1991\nText.", "Date: 2024-08\nText.", "date 2020-02-26\nx"))] \
        == [(dt.date(1991, 1, 1), "year"), (dt.date(2024, 8, 1), "month"), (dt.date(2020, 2, 26), "day")]
    assert make_document("The date 2020-02-26 is later in the line.").date is None
    assert make_document("date 2025-13-45\nImpossible month.").date is None  # no crash
    assert make_document("date 2020-02-26\nx", date=dt.date(2000, 1, 1)).date == dt.date(2000, 1, 1)


def test_html_drops_scripts_styles_comments_and_keeps_paragraphs() -> None:
    markup = """<!doctype html><html><head><title>Putin in  Hanoi</title>
    <meta property="article:published_time" content="2024-06-20T08:00:00Z">
    <style>p { color: red }</style><script>var secret = "do not keep";</script></head>
    <body><!-- a comment --><h1>State visit</h1><p>Putin &amp; Lam met in <b>Hanoi</b>.</p>
    <p>They signed a  joint statement.</p><script>track()</script><noscript>enable js</noscript></body></html>"""
    content = html_to_text(markup)
    assert content.text == "State visit\n\nPutin & Lam met in Hanoi.\n\nThey signed a joint statement."
    assert content.title == "Putin in Hanoi"
    assert content.date == dt.date(2024, 6, 20)


def test_html_file_title_and_text(tmp_path: Path) -> None:
    (tmp_path / "page.htm").write_text("<title>T</title><p>Body text.</p>", encoding="utf-8")
    (document,), problems = read_paths([tmp_path])
    assert (document.title, document.text, problems) == ("T", "Body text.", [])


def test_jsonl_articles_with_metadata(tmp_path: Path) -> None:
    lines = [
        {"text": "Modi visited Dhaka.", "title": "Visit", "date": "2016-10-14", "url": "https://example.org/a"},
        {"text": "Xi met Hasina."},
        {"text": "Kohl met Meri.", "date": "1991"},
    ]
    (tmp_path / "articles.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    documents, problems = read_paths([tmp_path])
    assert problems == []
    assert [d.text for d in documents] == ["Modi visited Dhaka.", "Xi met Hasina.", "Kohl met Meri."]
    assert [(d.date, d.date_precision) for d in documents] == [
        (dt.date(2016, 10, 14), "day"), (None, "day"), (dt.date(1991, 1, 1), "year")]
    assert documents[0].title == "Visit" and documents[0].url == "https://example.org/a"
    assert documents[0].date == dt.date(2016, 10, 14)
    assert documents[0].path.endswith("articles.jsonl:1") and documents[1].path.endswith(":2")


def test_markdown_front_matter_and_heading() -> None:
    assert markdown_meta("---\ntitle: 'Talks'\ndate: 2023-05-02\n---\nBody") == {
        "title": "Talks", "date": dt.date(2023, 5, 2), "date_precision": "day"}
    assert markdown_meta("---\ndate: 2023-05\n---\nBody")["date_precision"] == "month"
    assert markdown_meta("# Lavrov in Yerevan\n\nText.") == {"title": "Lavrov in Yerevan"}


def test_utf16_with_bom_and_utf8_bom_decode() -> None:
    assert decode_text("Hà Nội".encode("utf-16")).text == "Hà Nội"
    assert decode_text(b"\xef\xbb\xbfHello").text == "Hello"


def test_iter_documents_streams_documents_and_problems(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    items = list(iter_documents([tmp_path]))
    assert [type(i).__name__ for i in items] == ["SourceDocument", "ReadProblem"]
    assert isinstance(items[0], SourceDocument)


def test_on_problem_is_called_once_per_problem(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    seen = []
    _, problems = read_paths([tmp_path], on_problem=seen.append)
    assert seen == problems and len(seen) == 1


def test_html_declared_charset_is_used_when_the_bytes_are_not_utf8(tmp_path: Path) -> None:
    page = '<meta charset="shift_jis"><title>会談</title><p>岸田首相はハノイを訪問した。</p>'
    (tmp_path / "ja.html").write_bytes(page.encode("shift_jis"))
    (document,), problems = read_paths([tmp_path])
    assert (document.title, document.text, problems) == ("会談", "岸田首相はハノイを訪問した。", [])


def _synthetic():
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "synthetic.py"
    spec = importlib.util.spec_from_file_location("diplograph_bench_synthetic", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file executes
    spec.loader.exec_module(module)
    return module


def test_synthetic_corpus_is_deterministic_and_reads_cleanly(tmp_path: Path) -> None:
    synthetic = _synthetic()
    first = [a.as_txt() for a in synthetic.generate_corpus(20, seed=3)]
    assert first == [a.as_txt() for a in synthetic.generate_corpus(20, seed=3)]
    assert first != [a.as_txt() for a in synthetic.generate_corpus(20, seed=4)]
    synthetic.main(["--articles", "20", "--seed", "3", "--out", str(tmp_path / "corpus")])
    documents, problems = read_paths([tmp_path / "corpus"])
    assert problems == [] and len(documents) == 20
    assert [d.text for d in documents] == first
    assert all(d.date is not None and d.text.startswith(f"date {d.date.isoformat()}\n") for d in documents)


def test_html_with_an_unclosed_head_still_keeps_the_body() -> None:
    content = html_to_text("<html><head><title>T</title><link rel=x><body><p>Lula visited Beijing.</p>")
    assert (content.title, content.text) == ("T", "Lula visited Beijing.")


def test_a_manifest_beside_the_articles_gives_their_url_and_date(tmp_path):
    from diplograph.loaders.documents import read_paths

    (tmp_path / "a.txt").write_text("Leaders met today in Hanoi.", encoding="utf-8")
    (tmp_path / "SOURCES.tsv").write_text("file\turl\tdate\toutlet\na.txt\thttps://example.org/a\t2014-09\tExample\n", encoding="utf-8")
    (document,), problems = read_paths([tmp_path])
    assert problems == []
    assert (str(document.date), document.date_precision, document.url) == ("2014-09-01", "month", "https://example.org/a")


def test_a_dateline_near_the_top_is_the_publication_date():
    from diplograph.loaders.documents import make_document

    document = make_document("Meeting of Foreign Ministers\n\n22 February, 2017\n\nOn February 22, the ministers met.")
    assert str(document.date) == "2017-02-22"
    assert make_document("A story about 22 February, 2017 and other days in a long first line.").date is None

