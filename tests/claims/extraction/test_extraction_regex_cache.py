"""The compiled regular expressions kept beside the bytecode build the very patterns ``re`` compiles."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from claims.extraction import regex_cache

ROOT = Path(__file__).resolve().parents[3]
# Groups named and numbered, flags given and inline, a long alternation, classes folded by case, a look-behind.
PROBE_PATTERNS = [
    (r"(?P<count>[0-9]+(?:,[0-9]{3})*)\s+(people|persons)", 0),
    (r"\b(?:some|about|nearly|as many as|more than)\b", re.IGNORECASE),
    (r"(?i)(?<![\w'’-])dozens? of (?P<what>[a-z]+)", 0),
    (r"""^ (?P<day>[0-9]{1,2}) \s+ (?:Jan|Feb|Mar)\.? $""", re.VERBOSE | re.MULTILINE),
    ("|".join(f"w{i}ord" for i in range(300)), 0),
    (r"[^\W_][\w'’-]*", 0),
]
PROBE_TEXT = "Some 2,000 people and about 30 persons; dozens of Rescuers.\n 8 Jan.\nw17ord w299ord 10,100 persons"


@pytest.fixture
def probe_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Write a cache for a package that compiles the probe patterns when imported; return its path."""
    package = tmp_path / "tally_regex_probe"
    package.mkdir()
    lines = [
        "import re",
        *(f"P{i} = re.compile({text!r}, {int(flags)})" for i, (text, flags) in enumerate(PROBE_PATTERNS)),
    ]
    (package / "__init__.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    path = str(tmp_path / "regexes.marshal")
    assert regex_cache.write_cache(path, "tally_regex_probe") == len(PROBE_PATTERNS)
    return path


def _compile_fresh() -> list[re.Pattern[str]]:
    re.purge()
    return [re.compile(text, flags) for text, flags in PROBE_PATTERNS]


def _forbid_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a pattern on record was parsed again")

    monkeypatch.setattr(_parser, "parse", refuse)


def test_patterns_on_record_are_built_without_parsing_and_equal_compiled_ones(
    probe_cache: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _compile_fresh()
    with monkeypatch.context() as m:
        _forbid_parsing(m)
        with regex_cache.compiled_from_cache(probe_cache):
            built = _compile_fresh()
    # A pattern's equality compares its text, flags and engine code.
    assert built == expected
    for got, want in zip(built, expected, strict=True):
        assert (got.groups, got.groupindex) == (want.groups, want.groupindex)
        assert [m.groupdict() or m.groups() for m in got.finditer(PROBE_TEXT)] == [
            m.groupdict() or m.groups() for m in want.finditer(PROBE_TEXT)
        ]


def test_patterns_not_on_record_compile_as_usual(probe_cache: str) -> None:
    with regex_cache.compiled_from_cache(probe_cache):
        re.purge()
        other = re.compile(r"(?P<n>[0-9]+) hectares", re.IGNORECASE)
    re.purge()
    assert other == re.compile(r"(?P<n>[0-9]+) hectares", re.IGNORECASE)


def test_the_compiler_is_restored_after_the_block(probe_cache: str) -> None:
    before = re._compiler.compile  # type: ignore[attr-defined]
    with pytest.raises(KeyError), regex_cache.compiled_from_cache(probe_cache):
        raise KeyError("inside")
    assert re._compiler.compile is before  # type: ignore[attr-defined]


def test_a_file_from_another_interpreter_is_ignored(probe_cache: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with open(probe_cache, "rb") as f:
        _, records = marshal.loads(f.read())
    with open(probe_cache, "wb") as f:
        f.write(marshal.dumps((("3.99.0 (other)", 1, 4), records)))
    parsed: list[str] = []
    parse = _parser.parse

    def counting_parse(text: str, flags: int = 0) -> Any:
        parsed.append(text)
        return parse(text, flags)

    monkeypatch.setattr(_parser, "parse", counting_parse)
    with regex_cache.compiled_from_cache(probe_cache):
        built = _compile_fresh()
    assert len(parsed) == len(PROBE_PATTERNS)
    monkeypatch.undo()
    assert built == _compile_fresh()


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps(("tuple", "of", "three"))])
def test_a_broken_file_is_ignored(probe_cache: str, content: bytes) -> None:
    with open(probe_cache, "wb") as f:
        f.write(content)
    with regex_cache.compiled_from_cache(probe_cache):
        built = _compile_fresh()
    assert built == _compile_fresh()


def test_a_record_the_engine_refuses_is_compiled_from_its_text(probe_cache: str) -> None:
    with open(probe_cache, "rb") as f:
        writer, records = marshal.loads(f.read())
    for key, (flags, code, groups, groupindex, indexgroup) in records.items():
        records[key] = (flags, [9999, *code[1:]], groups, groupindex, indexgroup)
    with open(probe_cache, "wb") as f:
        f.write(marshal.dumps((writer, records)))
    with regex_cache.compiled_from_cache(probe_cache):
        built = _compile_fresh()
    assert built == _compile_fresh()


def test_a_missing_file_is_no_cache(tmp_path: Path) -> None:
    with regex_cache.compiled_from_cache(str(tmp_path / "absent.marshal")):
        built = _compile_fresh()
    assert built == _compile_fresh()


# Run apart: writing the cache imports the package afresh, which this process must not see.
EVERY_PATTERN_ON_RECORD = """
import re, sys, _sre
from claims.extraction import regex_cache
path = sys.argv[1]
regex_cache.write_cache(path)
records = regex_cache._read(path)
patterns = {
    (name, key): value
    for name, module in list(sys.modules.items())
    if name == "claims.extraction" or name.startswith("claims.extraction.")
    for key, value in vars(module).items()
    if isinstance(value, re.Pattern)
}
built = {}
for (text, flags), record in records.items():
    built.setdefault(text, []).append(_sre.compile(text, *record))
missing = sorted(f"{n}.{k}" for (n, k), p in patterns.items() if p not in built.get(p.pattern, []))
print(len(patterns), len(records), missing)
"""


def test_every_pattern_of_the_extractor_is_on_record_and_built_alike(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", EVERY_PATTERN_ON_RECORD, str(tmp_path / "regexes.marshal")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    patterns, records, missing = out.stdout.split(" ", 2)
    assert int(patterns) > 200
    assert int(records) > 200
    assert missing.strip() == "[]"
