"""Load the extractor's lexicon (number words, hedges, units, currencies) from JSON data."""

from __future__ import annotations

import hashlib
import json
import pkgutil
from functools import lru_cache
from typing import Any

__all__ = ["LEXICON_VERSION", "lexicon_bytes", "load_lexicon"]


@lru_cache(maxsize=1)
def lexicon_bytes() -> bytes:
    """Return the raw bytes of ``lexicon.json`` as shipped with the package."""
    # pkgutil reads through the package's loader as importlib.resources does (zips included), without
    # importing zipfile and the resources machinery: 3% of the command line's start-up instructions.
    data = pkgutil.get_data(__package__, "lexicon.json")
    if data is None:
        raise FileNotFoundError("claims/extraction/lexicon.json")
    return data


@lru_cache(maxsize=1)
def _parsed() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(lexicon_bytes().decode("utf-8"))
    return data


def load_lexicon() -> dict[str, Any]:
    """Return a fresh copy of the parsed lexicon, safe for the caller to mutate.

    >>> lex = load_lexicon()
    >>> lex["vague_plurals"]["dozens"]
    [24, 99]
    >>> lex["hedges_before"]["as many as"]
    'at_most'
    """
    copied: dict[str, Any] = json.loads(lexicon_bytes().decode("utf-8"))
    return copied


def compute_version(raw: bytes, declared: str) -> str:
    """Return a version string from the lexicon's own version and a hash of its bytes.

    >>> compute_version(b"{}", "1")
    '1+44136fa3'
    """
    return f"{declared}+{hashlib.sha256(raw).hexdigest()[:8]}"


LEXICON_VERSION: str = compute_version(lexicon_bytes(), str(_parsed().get("version", "0")))
