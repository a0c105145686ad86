"""The commands' progress bar: tqdm on standard error, only when a person watches it."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TextIO

from tqdm import tqdm


def progress_bar(total: int, *, desc: str, unit: str, enabled: bool = True) -> tqdm[None] | None:
    """Return a progress bar on standard error when it is a terminal (and ``enabled``); otherwise None.

    The bar goes to standard error, so standard output keeps only the command's report;
    redirected to a file or a pipe, no bar is drawn.
    """
    if not (enabled and sys.stderr.isatty()):
        return None
    return tqdm(total=total, unit=unit, file=sys.stderr, dynamic_ncols=True, desc=desc)


class Progress:
    """Count work done on ``progress_bar``; print lines around the bar, or straight to ``out`` and ``err`` without one."""

    def __init__(self, total: int, *, unit: str, desc: str, out: TextIO, err: TextIO, enabled: bool = True) -> None:
        self.out, self.err = out, err
        self.bar = progress_bar(total, desc=desc, unit=unit, enabled=enabled)

    def update(self, done: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(done)

    def write(self, line: str) -> None:
        """Print a line to ``out`` (above the bar, when there is one)."""
        if self.bar is not None:
            self.bar.write(line)
        else:
            self.out.write(line)

    def warn(self, line: str) -> None:
        """Print a line to stderr (above the bar, when there is one)."""
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            self.err.write(line)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
