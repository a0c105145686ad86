"""The rules both figures-gold tools apply (stdlib): the set's folder, units one figure may mix, vague
ranges, occurrences and the CLAIMS.md hard-conflict rule. ``build_gold.py`` and ``check_gold.py`` import it."""

import sys
from pathlib import Path

# The set's folder: the first argument, as each set's own script passes it.
HERE = Path(next((arg for arg in sys.argv[1:] if not arg.startswith("--")), ".")).resolve()
# Units that one figure may mix (an area in hectares and in acres, a distance in km and in
# miles): before intervals are compared each is converted to the first unit of its pair.
CONVERSIONS = {
    "acre": ("hectare", 0.40468564224),
    "mile": ("km", 1.609344),
    "nautical mile": ("km", 1.852),
}
VAGUE = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
    "tens of thousands": (20000, 99999),
    "hundreds of thousands": (200000, 999999),
    "millions": (2000000, 9999999),
}


def occurrence(text, quote, start):
    """Return the 1-based count of quote in text up to start, the CLAIMS.md way."""
    count, at = 0, text.find(quote)
    while at != -1 and at <= start:
        count += 1
        at = text.find(quote, at + 1)
    return count


def widened(claim):
    """Return the claim's interval in its figure's base unit, approximate values widened by 10%."""
    _, factor = CONVERSIONS.get(claim["unit"], (claim["unit"], 1))
    low = float("-inf") if claim["low"] is None else claim["low"] * factor
    high = float("inf") if claim["high"] is None else claim["high"] * factor
    if claim["qualifier"] == "approximate":
        low, high = low * 0.9, high * 1.1
    return low, high


def hard(a, b):
    """Return whether two claims are in hard conflict by the CLAIMS.md rule."""
    (alo, ahi), (blo, bhi) = widened(a), widened(b)
    return max(alo, blo) > min(ahi, bhi)
