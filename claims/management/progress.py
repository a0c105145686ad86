"""The commands' progress bar: tqdm on standard error, only when a person watches it."""
from __future__ import annotations

import sys

from tqdm import tqdm


def progress_bar(total: int, *, desc: str, unit: str, enabled: bool = True) -> tqdm[None] | None:
    """Return a progress bar on standard error when it is a terminal (and ``enabled``); otherwise None.

    The bar goes to standard error, so standard output keeps only the command's report;
    redirected to a file or a pipe, no bar is drawn.
    """
    if not (enabled and sys.stderr.isatty()):
        return None
    return tqdm(total=total, unit=unit, file=sys.stderr, dynamic_ncols=True, desc=desc)
