"""Pure-Python numeric claim extractor: text in, spans and interval values out (no Django)."""

from __future__ import annotations

from .extractor import extract_claims
from .lexicon import LEXICON_VERSION, load_lexicon
from .model import PREFIX_LENGTH, QUALIFIERS, ExtractedClaim

__all__ = [
    "LEXICON_VERSION",
    "PREFIX_LENGTH",
    "QUALIFIERS",
    "ExtractedClaim",
    "extract_claims",
    "load_lexicon",
]
