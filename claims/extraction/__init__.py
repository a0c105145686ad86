"""Pure-Python numeric claim extractor: text in, spans and interval values out (no Django)."""

from __future__ import annotations

from .regex_cache import compiled_from_cache

# The modules compile their patterns as they are imported: from the cache beside the bytecode where it holds them.
with compiled_from_cache():
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
