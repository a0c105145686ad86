"""Readers: files become articles or a one-line error naming the file; URL lists are split into URLs and junk."""

import pytest

from corpus.reading import ReadError, iter_source_files, read_source_file, read_text_file, read_url_list
from tests.corpus.pages import article_html


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", "empty article"),
        (b"  \n\t\n", "empty article"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Caf\u00e9 with 12 tables".encode("cp1252"), r"not UTF-8 text \(bad byte at offset 3\)"),
    ],
)
def test_bad_text_file_gives_one_line_error_naming_it(tmp_path, content, error):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=error) as raised:
        read_source_file(path)
    assert str(path) in str(raised.value) and "\n" not in str(raised.value)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ReadError, match="cannot read"):
        read_source_file(tmp_path / "gone.txt")


def test_text_file_is_stored_as_written(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes("Ferry note\r\n\r\nSome\u00a040 boats and “two” piers.\r\n".encode())
    article = read_text_file(path)
    assert article.text == "Ferry note\n\nSome\u00a040 boats and “two” piers.\n"
    assert article.source_name == "note.txt" and article.title == "Ferry note"


@pytest.mark.parametrize("name", ["page.html", "page.htm", "saved-page"])
def test_html_file_is_read_as_a_page(tmp_path, name):
    path = tmp_path / name
    path.write_text(article_html(), encoding="utf-8")
    article = read_source_file(path)
    assert article.source_name == name
    assert article.url == "https://harbour.example.org/news/ferry-season"
    assert "As many as 300 volunteers" in article.text and "share button" not in article.text


def test_html_file_in_a_declared_encoding_is_decoded(tmp_path):
    path = tmp_path / "cafe.html"
    page = article_html(title="Café count", charset_meta='<meta charset="windows-1252">')
    path.write_bytes(page.encode("cp1252"))
    assert read_source_file(path).title == "Café count"


def test_url_list_skips_blank_lines_and_comments_and_reports_junk(tmp_path):
    path = tmp_path / "urls.txt"
    path.write_text(
        "# ferry coverage\n\nhttps://harbour.example.org/a\n   \nnot a url at all\nftp://files.example.org/x\n"
        "  http://news.example.net/b  \nhttp://\n",
        encoding="utf-8",
    )
    urls, junk = read_url_list(path)
    assert urls == ["https://harbour.example.org/a", "http://news.example.net/b"]
    assert junk == [
        "urls.txt line 5: not an http(s) URL: 'not a url at all'",
        "urls.txt line 6: not an http(s) URL: 'ftp://files.example.org/x'",
        "urls.txt line 8: not an http(s) URL: 'http://'",
    ]


def test_folders_are_walked_in_order_without_hidden_files(tmp_path):
    (tmp_path / "b.txt").write_text("B 2")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.html").write_text("<html></html>")
    (tmp_path / ".hidden.txt").write_text("H 1")
    assert [p.name for p in iter_source_files([tmp_path])] == ["b.txt", "a.html"]


def test_sidecar_metadata_wins_over_the_text(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Flood toll rises\n\nSome 40 people died.\n", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(
        '{"outlet": "The Valley Post", "outlet_domain": "valleypost.example", "published": "2023-09",'
        ' "url": "https://valleypost.example/flood"}',
        encoding="utf-8",
    )
    article = read_source_file(path)
    assert (article.title, article.outlet_name, article.url) == (
        "Flood toll rises",
        "The Valley Post",
        "https://valleypost.example/flood",
    )
    assert (article.published.isoformat(), article.published_precision) == ("2023-09-01", "month")
    assert iter_source_files([tmp_path]) == [path]


def test_a_null_in_a_sidecar_is_not_known_and_the_text_says_it(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Flood toll rises\nBy Ana Ruiz\n\nSome 40 people died.\n", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text('{"outlet": "The Valley Post", "byline": null}', encoding="utf-8")
    article = read_source_file(path)
    assert (article.outlet_name, article.title) == ("The Valley Post", "Flood toll rises")
    assert article.byline == "Ana Ruiz"  # the text's, the sidecar's null saying nothing against it


def test_a_bad_sidecar_fails_its_file_with_a_clear_error(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Flood toll rises\n\nSome 40 people died.\n", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text('{"outlet": "The Valley Post", "date": "yesterday"}', encoding="utf-8")
    with pytest.raises(ReadError, match=r"story.meta.json: expected an object of strings \(or null\) with keys among"):
        read_source_file(path)
