"""Keep the extractor's compiled regular expressions beside its bytecode, as Python keeps the bytecode.

Python compiles a regular expression in Python code (``re._parser``, ``re._compiler``) in every
process that uses it: the extractor's 260 patterns, long word lists among them, took 0.1 s of CPU
at each start of ``python -m claims.extraction``, a tenth of its time on two megabytes of news.
``write_cache`` (run by ``bin/setup``) imports the package afresh and writes, for each pattern,
what the interpreter's own compiler handed its C engine (``_sre.compile``) to
``__pycache__/regexes.TAG.marshal``; while the package is imported (``compiled_from_cache``), a
pattern found there under its exact text and flags is built from that record, any other is
compiled as usual. The file names the interpreter that wrote it (``sys.version`` and the engine's
``MAGIC``) and is ignored by any other, and the engine checks every record as it takes it, so a
stale, foreign or broken file costs speed, never a different pattern.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import importlib
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from re import _compiler  # type: ignore[attr-defined]
from typing import Any

__all__ = ["CACHE_PATH", "compiled_from_cache", "write_cache"]

# What ``_sre.compile`` takes after the pattern: its flags with the inline ones, code, groups, the
# name of each group and the group of each name.
Record = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_TAG = sys.implementation.cache_tag
# Plain paths: ``pathlib`` is one more import for the command line to start with.
CACHE_PATH = os.path.join(os.path.dirname(__file__), "__pycache__", f"regexes.{_TAG}.marshal") if _TAG else None
# The interpreter and engine a file was written by, and so the only ones that read it.
_WRITER = (sys.version, _sre.MAGIC, _sre.CODESIZE)


def _read(path: str | None) -> dict[tuple[str, int], Record]:
    """Return the records of the cache at ``path``, or none when it is missing, foreign or unreadable."""
    if path is None:
        return {}
    try:
        # One read and ``loads``: ``marshal.load`` on a file reads it in small pieces, many times slower.
        with open(path, "rb") as f:
            data = marshal.loads(f.read())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(data, tuple) or len(data) != 2 or data[0] != _WRITER or not isinstance(data[1], dict):
        return {}
    records: dict[tuple[str, int], Record] = data[1]
    return records


@contextmanager
def compiled_from_cache(path: str | None = CACHE_PATH) -> Iterator[None]:
    """Build the patterns compiled inside the block from the records at ``path``, where it holds them.

    Only ``re``'s own step from a pattern's text to its engine object is replaced, for the block's
    length: ``re``'s cache, errors and every pattern not on record are as they always are.
    """
    compile_as_usual: Callable[..., re.Pattern[Any]] = _compiler.compile
    # While ``write_cache`` records, every pattern is compiled from its text, to be recorded.
    records = {} if getattr(compile_as_usual, "is_recording", False) else _read(path)
    if not records:
        yield
        return

    def compile_from_record(p: Any, flags: int = 0) -> re.Pattern[Any]:
        record = records.get((p, flags)) if isinstance(p, str) else None
        if record is None:
            return compile_as_usual(p, flags)
        try:
            pattern: re.Pattern[Any] = _sre.compile(p, *record)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            # The engine refused the record (a file edited by hand): compile from the text.
            return compile_as_usual(p, flags)
        return pattern

    _compiler.compile = compile_from_record
    try:
        yield
    finally:
        _compiler.compile = compile_as_usual


class _EngineRecorder:
    """Stand in for ``_sre`` inside ``re._compiler``, keeping what its ``compile`` is handed last."""

    def __init__(self) -> None:
        self.last: tuple[Any, ...] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)

    def compile(self, *args: Any) -> Any:
        self.last = args
        return _sre.compile(*args)


def _record_import(package: str) -> dict[tuple[str, int], Record]:
    """Import ``package`` afresh and return the record of every pattern compiled meanwhile."""
    records: dict[tuple[str, int], Record] = {}
    compile_as_usual = _compiler.compile
    recorder = _EngineRecorder()

    def compile_and_record(p: Any, flags: int = 0) -> re.Pattern[Any]:
        recorder.last = None
        _compiler._sre = recorder
        try:
            pattern: re.Pattern[Any] = compile_as_usual(p, flags)
        finally:
            _compiler._sre = _sre
        if isinstance(p, str) and not flags & re.DEBUG and recorder.last is not None:
            _, final_flags, code, groups, groupindex, indexgroup = recorder.last
            # The engine's opcodes are int subclasses, which marshal does not write.
            records[(p, flags)] = (int(final_flags), [int(c) for c in code], groups, dict(groupindex), indexgroup)
        return pattern

    compile_and_record.is_recording = True  # type: ignore[attr-defined]
    # Compiled afresh, not taken from ``re``'s cache or the modules already imported.
    re.purge()
    for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
        del sys.modules[name]
    _compiler.compile = compile_and_record
    try:
        importlib.import_module(package)
    finally:
        _compiler.compile = compile_as_usual
    return records


def write_cache(path: str | None = CACHE_PATH, package: str = __package__) -> int:
    """Write the records of the patterns compiled by importing ``package`` to ``path``; return their count."""
    if path is None:
        return 0
    # Written from no cache, so that every pattern goes through the compiler and is recorded.
    if os.path.exists(path):
        os.remove(path)
    records = _record_import(package)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    # Written whole, then renamed, so that a process starting meanwhile reads the old file or the new.
    partial = f"{path}.{os.getpid()}"
    with open(partial, "wb") as f:
        f.write(marshal.dumps((_WRITER, records)))
    os.replace(partial, path)
    return len(records)
