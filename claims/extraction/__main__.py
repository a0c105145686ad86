"""Print the claims of each file as JSON Lines: ``python -m claims.extraction FILE...``.

Files are read as UTF-8 with ``newline=""`` so that offsets index the exact text, CRLF
included. Output is ASCII-escaped JSON so that lone surrogates never break the stream.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from typing import TextIO

from .extractor import extract_claims


def write_claims(article: str, text: str, out: TextIO) -> None:
    """Write one JSON line per claim in ``text``, each led by its ``article`` name."""
    lines = []
    for claim in extract_claims(text):
        row: dict[str, object] = {"article": article}
        row.update(claim.to_json())
        lines.append(json.dumps(row))
    if lines:
        out.write("\n".join(lines) + "\n")


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
        write_claims(os.path.basename(path), text, out)
    out.flush()
    return status


if __name__ == "__main__":
    sys.exit(main())
