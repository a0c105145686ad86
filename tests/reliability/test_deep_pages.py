"""Issue 13, item 7: deep or huge pages are read whole; a page without article text is a failure, not a title."""

import pytest

from corpus.html import read_html
from corpus.reading import ReadError, read_source_file

PARAGRAPHS = (
    "<p>Some 2,000 people were evacuated from the coast on Tuesday, officials said.</p>"
    "<p>As many as 300 volunteers helped at the shelters through the night.</p>"
)


def nested_page(depth: int, body: str = PARAGRAPHS, tag: str = "div") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>Storm on the coast</title></head><body>"
        f"{f'<{tag}>' * depth}{body}{f'</{tag}>' * depth}</body></html>"
    )


@pytest.mark.parametrize("depth", [10, 253, 254, 300, 2047, 2048, 5000, 20000])
@pytest.mark.parametrize("tag", ["div", "span", "section"])
def test_deeply_nested_page_keeps_its_article_text(depth, tag):
    """Issue 13, item 7: a page nested 254 levels and more is read, not reduced to its title."""
    page = read_html(nested_page(depth, tag=tag))
    assert page.text.split("\n\n") == [
        "Storm on the coast",
        "Some 2,000 people were evacuated from the coast on Tuesday, officials said.",
        "As many as 300 volunteers helped at the shelters through the night.",
    ]


def test_text_after_a_deep_part_is_kept():
    """Issue 13, item 7: the paragraphs after a deeply nested block are not cut off with it."""
    deep = "<div>" * 3000 + "<p>Officials counted 40 buses at the border crossing.</p>" + "</div>" * 3000
    page = read_html(nested_page(0, body=deep + PARAGRAPHS))
    assert "Officials counted 40 buses at the border crossing." in page.text
    assert "As many as 300 volunteers helped at the shelters through the night." in page.text


@pytest.mark.parametrize("where", ["attribute", "text"])
def test_page_with_a_huge_attribute_or_text_node_is_read(where):
    """Issue 13, item 7: an attribute or text node over libxml2's 10 MB default does not hide the article."""
    huge = "x" * (11 * 1024 * 1024)
    filler = f'<div data-state="{huge}"></div>' if where == "attribute" else f"<script>var s='{huge}';</script>"
    page = read_html(nested_page(3, body=filler + PARAGRAPHS))
    assert "Some 2,000 people were evacuated" in page.text and "xxxx" not in page.text


@pytest.mark.parametrize(
    "body",
    [
        "",
        "<h1>Storm on the coast</h1>",
        "<p>Facebook share button</p><p>Subscribe to our newsletter</p>",
        "<div>" * 3000 + "</div>" * 3000,
    ],
)
def test_page_without_article_text_is_a_one_line_failure(tmp_path, body):
    """Issue 13, item 7: a page whose text is its title alone (or chrome) fails with a clear error."""
    path = tmp_path / "storm.html"
    path.write_text(nested_page(2, body=body), encoding="utf-8")
    with pytest.raises(ReadError, match="no article text found") as raised:
        read_source_file(path)
    assert str(path) in str(raised.value) and "\n" not in str(raised.value)


def test_ingest_stores_the_deep_page_and_nothing_for_a_title_alone(tmp_path, db):
    """Issue 13, item 7: ingest stores a deep page's text and reports a title-only page as failed."""
    from claims.pipeline import ingest
    from corpus.models import Document

    (tmp_path / "deep.html").write_text(nested_page(1000), encoding="utf-8")
    (tmp_path / "title-only.html").write_text(nested_page(2, body="<h1>Storm on the coast</h1>"), encoding="utf-8")
    report = ingest([tmp_path], citations=False, suggest=False)
    assert report.count("ingested") == 1
    assert [outcome.source for outcome in report.failures] == ["title-only.html"]
    assert "no article text found" in report.failures[0].message
    document = Document.objects.get()
    assert "As many as 300 volunteers" in document.text
    assert {claim.quote for claim in document.claims.all()} >= {"Some 2,000", "As many as 300"}
