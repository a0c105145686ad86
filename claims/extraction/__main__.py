"""Print the claims of each file as JSON Lines: ``python -m claims.extraction FILE...``.

Files are read as UTF-8 with ``newline=""`` so that offsets index the exact text, CRLF
included. Output is ASCII-escaped JSON so that lone surrogates never break the stream.
When ``NAME.meta.json`` sits beside ``NAME.txt``, its ``published`` date (a full date)
is the date relative times are read against.
"""

from __future__ import annotations

import gc
import json
import os
import re
import sys
from collections.abc import Iterable
from datetime import date
from typing import TextIO

from .extractor import extract_items
from .runs import FramedRun

_FULL_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def published_of(path: str) -> date | None:
    """Return the full ``published`` date of the sidecar ``NAME.meta.json`` beside ``path``, or None.

    A partial date ("2023-09") is no day to count back from, so it gives None too.
    """
    sidecar = os.path.splitext(path)[0] + ".meta.json"
    try:
        with open(sidecar, encoding="utf-8") as f:
            meta = json.load(f)
    except (OSError, ValueError):
        return None
    value = meta.get("published") if isinstance(meta, dict) else None
    m = _FULL_DATE.match(value) if isinstance(value, str) else None
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# Lines written at a time: a table of numbers prints a hundred times its own size, which is
# better not held whole in memory.
_CHUNK = 2048


def write_claims(article: str, text: str, out: TextIO, published: date | None = None) -> None:
    """Write one JSON line per claim in ``text``, each led by its ``article`` name.

    A piece of a table's run of bare numbers is written by one join of its lines.
    """
    # '{"article": NAME, ' and then the claim's own fields: json.dumps of the merged dict.
    head = '{"article": ' + json.dumps(article) + ", "
    lines: list[str] = []
    for item in extract_items(text, published):
        if isinstance(item, FramedRun):
            if lines:
                out.write("".join(lines))
                lines = []
            out.write(item.json_lines(head))
            continue
        lines.append(item.json_text(head) + "\n")
        if len(lines) == _CHUNK:
            out.write("".join(lines))
            lines = []
    out.write("".join(lines))


def main(argv: Iterable[str] | None = None) -> int:
    """Run the command line; return the exit status (1 when any file could not be read)."""
    paths = list(sys.argv[1:] if argv is None else argv)
    out = sys.stdout
    status = 0
    if not paths:
        # Bytes, decoded here, so that CRLF survives exactly as it does for files.
        try:
            text = sys.stdin.buffer.read().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"claims.extraction: cannot read -: {exc}", file=sys.stderr)
            return 1
        write_claims("-", text, out)
        return 0
    for path in paths:
        try:
            with open(path, encoding="utf-8", newline="") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as exc:
            print(f"claims.extraction: cannot read {path}: {exc}", file=sys.stderr)
            status = 1
            continue
        write_claims(os.path.basename(path), text, out, published_of(path))
    out.flush()
    return status


if __name__ == "__main__":
    # The extractor makes no reference cycles (tests/claims/extraction/test_extraction_api.py holds
    # it), so reference counting frees all it makes; the cycle collector would only walk the claims.
    gc.disable()
    sys.exit(main())
