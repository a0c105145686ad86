"""Check the figures eval set (articles, meta, manifest, gold, conflicts) and print its counts.

Stdlib only. Checks every offset (`text[start:end] == quote`, the attribution span,
the occurrence, that no claim starts in the title), that each interval fits its
qualifier, that every figure_key a conflict names exists and holds both claims,
that hard conflicts follow the CLAIMS.md rule, then prints the counts.

    python3 bench/figures_gold/check_gold.py bench/figures_eval2   # or each set's own check_gold.py
"""

import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_rules import HERE, VAGUE, hard, occurrence

FIELDS = [
    "article",
    "quote",
    "occurrence",
    "start",
    "end",
    "low",
    "high",
    "qualifier",
    "unit",
    "subject",
    "figure_key",
    "attribution",
    "attribution_start",
    "attribution_end",
    "hedge",
    "place",
    "period",
]
META = ["title", "outlet", "outlet_domain", "url", "published", "byline"]
DAY = r"\d{4}(-\d{2}(-\d{2})?)?"
PERIOD = re.compile(rf"^{DAY}(/{DAY})?$")
SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s|\n")
errors = []


def fail(message):
    """Record one error."""
    errors.append(message)


def interval_fits(claim):
    """Return whether low and high fit the qualifier."""
    low, high, qualifier = claim["low"], claim["high"], claim["qualifier"]
    return {
        "exact": low is not None and low == high,
        "approximate": low is not None and low == high,
        "at_most": low is None and high is not None,
        "at_least": low is not None and high is None,
        "range": low is not None and high is not None and low < high,
        "vague": (low, high) in VAGUE.values(),
    }.get(qualifier, False)


def value(claim):
    """Return one representative value of a claim: its midpoint or its one finite end."""
    if claim["low"] is None:
        return claim["high"]
    if claim["high"] is None:
        return claim["low"]
    return (claim["low"] + claim["high"]) / 2


def check_articles():
    """Check the articles, meta files and manifest; return texts, offsets, words, outlets, dates."""
    manifest = [json.loads(line) for line in (HERE / "manifest.jsonl").read_text().splitlines()]
    texts, offsets, words, outlets, published = {}, {}, {}, {}, {}
    for row in manifest:
        name = row["file"]
        text = (HERE / name).read_text(encoding="utf-8")
        title = text.split("\n", 1)[0]
        if row["body_offset"] != len(title) + 2 or text[len(title) : len(title) + 2] != "\n\n":
            fail(f"{name}: body_offset is not after the title line and a blank line")
        meta = json.loads((HERE / name).with_suffix(".meta.json").read_text(encoding="utf-8"))
        if list(meta) != META or meta["title"] != title:
            fail(f"{name}: meta keys or title differ")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
            fail(f"{name}: published {meta['published']!r}")
        texts[name], offsets[name] = text, row["body_offset"]
        words[name] = len(text[row["body_offset"] :].split())
        outlets[name], published[name] = meta["outlet"], meta["published"]
    for name, count in words.items():
        if not 250 <= count <= 500:
            fail(f"{name}: body has {count} words")
    if len(set(outlets.values())) != len(outlets):
        fail("two articles share an outlet")
    return texts, offsets, words, outlets, published


def check_claims(texts, offsets):
    """Check every gold claim's offsets, interval, attribution and period; return the claims."""
    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text().splitlines()]
    spans = {}
    for claim in gold:
        where = f"{claim['article']}@{claim['start']}"
        if list(claim) != FIELDS:
            fail(f"{where}: fields {list(claim)}")
            continue
        text = texts[claim["article"]]
        if text[claim["start"] : claim["end"]] != claim["quote"]:
            fail(f"{where}: text[start:end] != quote {claim['quote']!r}")
        if claim["start"] < offsets[claim["article"]]:
            fail(f"{where}: claim in the title")
        if claim["occurrence"] != occurrence(text, claim["quote"], claim["start"]):
            fail(f"{where}: occurrence")
        if not interval_fits(claim):
            fail(f"{where}: interval does not fit {claim['qualifier']}")
        if claim["attribution"] is not None:
            a, b = claim["attribution_start"], claim["attribution_end"]
            if text[a:b] != claim["attribution"]:
                fail(f"{where}: attribution span")
            if a < claim["end"] and claim["start"] < b:
                fail(f"{where}: attribution holds the number")
            if claim["hedge"] and claim["hedge"] in claim["attribution"]:
                fail(f"{where}: attribution holds the hedge")
        elif claim["attribution_start"] is not None or claim["attribution_end"] is not None:
            fail(f"{where}: span without attribution")
        if claim["hedge"] and claim["hedge"] not in text:
            fail(f"{where}: hedge not in text")
        if claim["period"] is not None and not PERIOD.match(claim["period"]):
            fail(f"{where}: period {claim['period']!r}")
        spans.setdefault(claim["article"], []).append((claim["start"], claim["end"]))
    for name, pairs in spans.items():
        pairs.sort()
        for (s1, e1), (s2, _) in itertools.pairwise(pairs):
            if s2 < e1:
                fail(f"{name}: claims at {s1} and {s2} overlap")
    return gold


def check_conflicts(gold):
    """Check conflicts.jsonl against the figures of the gold; return the figures and conflicts."""
    by_key = {}
    for claim in gold:
        if claim["figure_key"]:
            by_key.setdefault(claim["figure_key"], []).append(claim)
    by_ref = {(c["article"], c["start"]): c for c in gold}
    conflicts = [json.loads(line) for line in (HERE / "conflicts.jsonl").read_text().splitlines()]
    listed = set()
    for row in conflicts:
        key = row["figure_key"]
        if key not in by_key:
            fail(f"conflict names a missing figure_key {key!r}")
            continue
        a = by_ref.get((row["a"]["article"], row["a"]["start"]))
        b = by_ref.get((row["b"]["article"], row["b"]["start"]))
        if a is None or b is None or a["figure_key"] != key or b["figure_key"] != key:
            fail(f"conflict on {key}: a claim is missing or not on that figure")
            continue
        if row["kind"] not in ("hard", "soft") or (row["kind"] == "hard") != hard(a, b):
            fail(f"conflict on {key}: kind {row['kind']} disagrees with the rule")
        listed.add(frozenset([id(a), id(b)]))
    for key, members in by_key.items():
        if len(members) < 2:
            fail(f"figure_key {key!r} has one claim")
        for a, b in itertools.combinations(members, 2):
            if hard(a, b) and frozenset([id(a), id(b)]) not in listed:
                fail(f"hard conflict on {key} not listed")
    return by_key, by_ref, conflicts


def print_counts(texts, words, outlets, published, gold, by_key, by_ref, conflicts):
    """Print the counts of the set."""
    hard_rows = [row for row in conflicts if row["kind"] == "hard"]
    far = same_sentence = cross = 0
    for row in hard_rows:
        a = by_ref[(row["a"]["article"], row["a"]["start"])]
        b = by_ref[(row["b"]["article"], row["b"]["start"])]
        high, low = max(value(a), value(b)), min(value(a), value(b))
        far += low > 0 and high / low >= 5
        if a["article"] == b["article"]:
            lo, hi = sorted([a["start"], b["start"]])
            same_sentence += not SENTENCE_END.search(texts[a["article"]], lo, hi)
        else:
            cross += 1
    multi = {k: v for k, v in by_key.items() if len(v) >= 2}
    pairs = sum(len(v) * (len(v) - 1) // 2 for v in multi.values())
    cross_figures = sum(len({c["article"] for c in v}) >= 2 for v in multi.values())
    kinds = Counter(row["kind"] for row in conflicts)
    print(f"articles: {len(texts)} from {len(set(outlets.values()))} outlets")
    print(f"  body words: min {min(words.values())}, max {max(words.values())}")
    print(f"  published: {min(published.values())} .. {max(published.values())}")
    print(f"claims: {len(gold)}")
    print(f"  qualifiers: {dict(Counter(c['qualifier'] for c in gold).most_common())}")
    print(f"  attributed: {sum(c['attribution'] is not None for c in gold)}")
    print(f"  hedged: {sum(c['hedge'] is not None for c in gold)}")
    print(f"  with place: {sum(c['place'] is not None for c in gold)}")
    print(f"  with period: {sum(c['period'] is not None for c in gold)}")
    print(f"  in a figure: {sum(len(v) for v in multi.values())}")
    print(f"figures with >= 2 claims: {len(multi)} ({cross_figures} across articles)")
    print(f"  largest: {max(len(v) for v in multi.values())} claims")
    print(f"same-figure claim pairs: {pairs}")
    print(f"conflicts: {kinds['hard']} hard, {kinds['soft']} soft")
    print(f"  hard, values 5x or more apart: {far}")
    print(f"  hard, inside one sentence: {same_sentence}")
    print(f"  hard, across articles: {cross}")
    print(f"  figures with a hard conflict: {len({row['figure_key'] for row in hard_rows})}")


def main():
    """Check everything, print the counts, exit 1 on any error."""
    texts, offsets, words, outlets, published = check_articles()
    gold = check_claims(texts, offsets)
    by_key, by_ref, conflicts = check_conflicts(gold)
    print_counts(texts, words, outlets, published, gold, by_key, by_ref, conflicts)
    for message in errors:
        print("ERROR", message)
    if errors:
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
