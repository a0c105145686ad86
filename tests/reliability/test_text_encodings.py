"""Issue 13, item 15 (encodings): text with a byte-order mark is read in the encoding the mark names; binary is refused."""

import codecs

import pytest

from corpus.reading import ReadError, read_source_file

TEXT = "Ferry note\n\nSome\u00a040 boats and \u201ctwo\u201d piers; \uc57d 2,000\uba85 \U0001f6a2.\n"
# (encoding, the bytes' mark); the -le/-be codecs write no mark, so it is encoded with the text.
ENCODINGS = [
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE),
    ("utf-32-be", codecs.BOM_UTF32_BE),
]


@pytest.mark.parametrize("suffix", [".txt", ".html"])
@pytest.mark.parametrize(("encoding", "bom"), ENCODINGS)
def test_text_with_a_byte_order_mark_is_read_exactly(tmp_path, encoding, bom, suffix):
    """Issue 13, item 15: a UTF-16 (or UTF-32, or UTF-8) file with a BOM is read, not refused as binary."""
    path = tmp_path / f"note{suffix}"
    if suffix == ".txt":
        path.write_bytes(bom + TEXT.encode(encoding))
        assert read_source_file(path).text == TEXT
    else:
        page = f"<html><head><title>Ferry note</title></head><body><p>{TEXT.splitlines()[2]}</p></body></html>"
        path.write_bytes(bom + page.encode(encoding))
        assert read_source_file(path).text == "Ferry note\n\n" + TEXT.splitlines()[2]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Some 40 boats".encode("utf-16-le"), "binary file"),  # no mark: cannot tell it from binary
        (codecs.BOM_UTF16_LE + b"S\x00\x00\x00\x01\x02", "binary file"),  # a mark, then NUL characters
        (codecs.BOM_UTF16_LE + b"S\x00o", r"not UTF-16 text \(bad byte at offset 4\)"),  # odd length
        (codecs.BOM_UTF16_LE + "\ud800".encode("utf-16-le", "surrogatepass"), "not UTF-16 text"),
        (codecs.BOM_UTF16_BE + "  \n".encode("utf-16-be"), "empty article"),
    ],
)
def test_binary_and_broken_text_are_still_refused(tmp_path, content, error):
    """Issue 13, item 15: a byte-order mark does not let binary or undecodable bytes through."""
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=error) as raised:
        read_source_file(path)
    assert str(path) in str(raised.value) and "\n" not in str(raised.value)


def test_utf_16_sidecar_is_read(tmp_path):
    """Issue 13, item 15: a metadata sidecar saved as UTF-16 (as some Windows editors do) is read too."""
    path = tmp_path / "story.txt"
    path.write_text("Flood toll rises\n\nSome 40 people died.\n", encoding="utf-8")
    (tmp_path / "story.meta.json").write_bytes(
        codecs.BOM_UTF16_LE + '{"outlet": "The Valley Post"}'.encode("utf-16-le")
    )
    assert read_source_file(path).outlet_name == "The Valley Post"
