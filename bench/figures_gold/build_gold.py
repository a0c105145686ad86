"""Build gold.jsonl and conflicts.jsonl from the hand annotations in annotations.txt.

Stdlib only; it never imports or runs Tally. Each claim line of annotations.txt is

    quote [@ context] | spec | unit | subject | figure_key | attribution [@ context]
        | hedge | place | period [| id]

on one line, under a `= FILE` line naming the article. `-` is null. `spec` is the
qualifier and its value: `ex 41`, `ap 700`, `am 2000`, `al 500`, `rg 6 12`,
`vg hundreds`. A context is a longer string, unique in the body, that holds the
quote (or the attribution) once; without one the quote must be unique in the body.
An attribution without a context that occurs several times in the body takes the
occurrence nearest the claim (reported, to review). `SOFT id1 id2 | why` records a
soft conflict. Hard conflicts are computed by the CLAIMS.md rule: the intervals do
not overlap after widening each approximate value by 10% either way.

    python3 build_gold.py              # writes gold.jsonl and conflicts.jsonl
    python3 build_gold.py --unmarked   # lists numbers in the bodies that are not gold
"""

import itertools
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_rules import HERE, VAGUE, hard, occurrence

QUALIFIERS = {
    "ex": "exact",
    "ap": "approximate",
    "am": "at_most",
    "al": "at_least",
    "rg": "range",
    "vg": "vague",
}
NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|"
    r"billion|dozen|dozens|scores|half"
)
NUMBER_RE = re.compile(rf"\d[\d,.]*|\b(?:{NUMBER_WORDS})\b", re.IGNORECASE)


def number(text):
    """Return a JSON number for a decimal string: an int when it is whole."""
    value = Decimal(text)
    return int(value) if value == value.to_integral_value() else float(value)


def interval(spec):
    """Return (qualifier, low, high) for a spec such as `ap 700` or `vg dozens`."""
    code, _, rest = spec.partition(" ")
    qualifier = QUALIFIERS[code]
    if code == "vg":
        low, high = VAGUE[rest]
        return qualifier, low, high
    if code == "rg":
        low, high = rest.split()
        return qualifier, number(low), number(high)
    value = number(rest)
    low = None if code == "am" else value
    high = None if code == "al" else value
    return qualifier, low, high


def unique(text, needle, lo, where):
    """Return the one index of needle in text[lo:], failing loudly otherwise."""
    hits = [m.start() for m in re.finditer(re.escape(needle), text) if m.start() >= lo]
    if len(hits) != 1:
        sys.exit(f"{where}: {needle!r} occurs {len(hits)} times in the body; add a context")
    return hits[0]


def locate(text, field, lo, where):
    """Return (string, start) for `string [@ context]` in the body of text."""
    string, _, context = (part.strip() for part in field.partition(" @ "))
    if not context:
        return string, unique(text, string, lo, where)
    at = unique(text, context, lo, where)
    if context.count(string) != 1:
        sys.exit(f"{where}: {string!r} is not once in its context {context!r}")
    return string, at + context.index(string)


def read_annotations():
    """Return the gold claims, their ids and the soft conflicts of annotations.txt."""
    offsets = {}
    for line in (HERE / "manifest.jsonl").read_text().splitlines():
        row = json.loads(line)
        offsets[row["file"]] = row["body_offset"]
    claims, ids, soft = [], {}, []
    article = text = None
    for number_, raw in enumerate((HERE / "annotations.txt").read_text().splitlines(), 1):
        line = raw.strip()
        where = f"annotations.txt:{number_}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("= "):
            article = line[2:].strip()
            text = (HERE / article).read_text(encoding="utf-8")
            continue
        if line.startswith("SOFT "):
            pair, _, why = line[5:].partition(" | ")
            soft.append((*pair.split(), why.strip(), where))
            continue
        fields = [f.strip() for f in line.split(" | ")]
        if len(fields) not in (9, 10):
            sys.exit(f"{where}: {len(fields)} fields")
        lo = offsets[article]
        quote, start = locate(text, fields[0], lo, where)
        qualifier, low, high = interval(fields[1])
        attribution = a_start = a_end = None
        if fields[5] != "-":
            attribution, a_start = locate_attribution(text, fields[5], lo, start, where)
            a_end = a_start + len(attribution)
        claim = {
            "article": article,
            "quote": quote,
            "occurrence": occurrence(text, quote, start),
            "start": start,
            "end": start + len(quote),
            "low": low,
            "high": high,
            "qualifier": qualifier,
            "unit": fields[2],
            "subject": fields[3],
            "figure_key": None if fields[4] == "-" else fields[4],
            "attribution": attribution,
            "attribution_start": a_start,
            "attribution_end": a_end,
            "hedge": None if fields[6] == "-" else fields[6],
            "place": None if fields[7] == "-" else fields[7],
            "period": None if fields[8] == "-" else fields[8],
        }
        claims.append(claim)
        if len(fields) == 10:
            ids[fields[9]] = claim
    return claims, ids, soft


def locate_attribution(text, field, lo, start, where):
    """Return (attribution, start): the context's, or the occurrence nearest the claim."""
    if " @ " in field:
        return locate(text, field, lo, where)
    hits = [m.start() for m in re.finditer(re.escape(field), text) if m.start() >= lo]
    if not hits:
        sys.exit(f"{where}: attribution {field!r} not in the body")
    best = min(hits, key=lambda h: abs(h - start))
    if len(hits) > 1:
        print(f"note {where}: {field!r} x{len(hits)}, took the one at {best} (claim at {start})")
    return field, best


def describe(claim):
    """Return a short reading of a claim for a conflict's `why`."""
    source = claim["attribution"] or "unattributed"
    return f"{claim['quote']!r} ({claim['article'][:3]}, {source})"


def conflicts(claims, ids, soft):
    """Return the hard conflicts of every figure and the annotated soft ones."""
    rows = []
    figures = {}
    for claim in claims:
        if claim["figure_key"]:
            figures.setdefault(claim["figure_key"], []).append(claim)
    for key, members in figures.items():
        for a, b in itertools.combinations(members, 2):
            if hard(a, b):
                rows.append(pair(key, a, b, "hard", "intervals do not overlap even widened by 10%"))
    for a_id, b_id, why, where in soft:
        a, b = ids[a_id], ids[b_id]
        if a["figure_key"] != b["figure_key"] or not a["figure_key"]:
            sys.exit(f"{where}: soft pair not on one figure")
        rows.append(pair(a["figure_key"], a, b, "soft", why))
    return rows


def pair(key, a, b, kind, why):
    """Return one conflicts.jsonl row."""
    return {
        "figure_key": key,
        "a": {"article": a["article"], "start": a["start"]},
        "b": {"article": b["article"], "start": b["start"]},
        "kind": kind,
        "why": f"{describe(a)} vs {describe(b)}: {why}",
    }


def unmarked(claims):
    """Print every number or number word in a body that no gold quote covers."""
    covered = {}
    for claim in claims:
        covered.setdefault(claim["article"], []).append((claim["start"], claim["end"]))
    for line in (HERE / "manifest.jsonl").read_text().splitlines():
        row = json.loads(line)
        text = (HERE / row["file"]).read_text(encoding="utf-8")
        spans = covered.get(row["file"], [])
        for m in NUMBER_RE.finditer(text, row["body_offset"]):
            if not any(s <= m.start() < e for s, e in spans):
                context = text[max(0, m.start() - 40) : m.end() + 30].replace("\n", " ")
                print(f"{row['file'][:3]} {m.group()!r:>12}  ...{context}...")


def main():
    """Write gold.jsonl and conflicts.jsonl, or list unmarked numbers."""
    claims, ids, soft = read_annotations()
    if "--unmarked" in sys.argv:
        unmarked(claims)
        return
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as out:
        for claim in claims:
            out.write(json.dumps(claim, ensure_ascii=False) + "\n")
    rows = conflicts(claims, ids, soft)
    with open(HERE / "conflicts.jsonl", "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(claims)} claims, {len(rows)} conflicts written")


if __name__ == "__main__":
    main()
