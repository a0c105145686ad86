"""How many claims of the seed corpus survive realistic edits of their articles.

Every claim the extractor finds in a seed article is marked in the text with two
private-use characters; an edit is applied to the marked text, so the true place of every
claim in the edited text is known (or known to be gone). Re-anchoring then runs on the
edited text without the marks and is scored against that truth:

- survived: placed exactly where the claim truly is now;
- orphaned correctly: the claim's words are gone (or its number changed) and it is orphaned;
- lost: the claim is still there but was orphaned;
- wrong: placed somewhere it is not (the one outcome that misleads an editor).

    .venv/bin/python bench/reanchor.py [--smoke]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.anchoring import ORPHANED, Selector, anchor_selectors
from claims.extraction import PREFIX_LENGTH, extract_claims

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds"
NOTE = "Editor's note: this article was updated to correct the spelling of a name and add a response."
INSERTED = "The ministry did not respond to a request for comment by the time of publication."
SYNONYMS = {
    "said": "stated",
    "urged": "called on",
    "country": "nation",
    "people": "individuals",
    "government": "administration",
    "letter": "message",
    "also": "further",
    "issue": "matter",
}


def separator(text: str) -> str:
    return "\n\n" if "\n\n" in text else "\n"


def paragraphs(text: str) -> list[str]:
    return text.split(separator(text))


def insert_note_at_top(text: str, rng: random.Random) -> str:
    return NOTE + "\n\n" + text


def insert_paragraph_in_middle(text: str, rng: random.Random) -> str:
    parts = paragraphs(text)
    parts.insert(rng.randrange(1, len(parts)), INSERTED)
    return separator(text).join(parts)


def delete_a_paragraph(text: str, rng: random.Random) -> str:
    parts = paragraphs(text)
    with_claims = [i for i, p in enumerate(parts) if re.search("[\ue000-\uefff]", p) and i > 0] or [len(parts) - 1]
    del parts[rng.choice(with_claims)]
    return separator(text).join(parts)


def reflow(text: str, rng: random.Random) -> str:
    wrap = textwrap.TextWrapper(72, break_on_hyphens=False, break_long_words=False)
    return "\n\n".join(wrap.fill(p) for p in paragraphs(text))


def reword_near_claims(text: str, rng: random.Random) -> str:
    def swap(match: re.Match[str]) -> str:
        return SYNONYMS[match.group(0)] if rng.random() < 0.7 else match.group(0)

    return re.sub(r"\b(?:" + "|".join(SYNONYMS) + r")\b", swap, text)


def straighten_quotes(text: str, rng: random.Random) -> str:
    return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "}))


def change_one_number(text: str, rng: random.Random) -> str:
    # A digit inside a claim: after an opening mark (even code point) and before its closing mark.
    digits = [m for m in re.finditer(r"[\ue000-\uefff][^\ue000-\uefff]*?(\d)", text) if ord(m.group(0)[0]) % 2 == 0]
    if not digits:
        return text
    match = rng.choice(digits)
    return text[: match.start(1)] + str((int(match.group(1)) + 1) % 10) + text[match.end(1) :]


def everything_but_numbers(text: str, rng: random.Random) -> str:
    for edit in (insert_note_at_top, insert_paragraph_in_middle, reword_near_claims, reflow):
        text = edit(text, rng)
    return text


EDITS = {
    "note inserted at the top": insert_note_at_top,
    "paragraph inserted in the middle": insert_paragraph_in_middle,
    "paragraph deleted": delete_a_paragraph,
    "whitespace reflowed": reflow,
    "words changed next to claims": reword_near_claims,
    "quotes straightened, NBSP to space": straighten_quotes,
    "one claim's number changed": change_one_number,
    "all but numbers at once": everything_but_numbers,
}


def opening(i: int) -> str:
    return chr(0xE000 + 2 * i)


def closing(i: int) -> str:
    return chr(0xE001 + 2 * i)


def mark(text: str, spans: list[tuple[int, int]]) -> str:
    """Return ``text`` with claim ``i`` wrapped in its own pair of private-use marks."""
    out, at = [], 0
    for i, (start, end) in enumerate(spans):
        out += [text[at:start], opening(i), text[start:end], closing(i)]
        at = end
    return "".join([*out, text[at:]])


def truth(marked: str, quotes: list[str]) -> tuple[str, list[tuple[int, int] | None]]:
    """Return the edited text and each claim's true span in it: None when its words are gone or changed."""
    plain: list[str] = []
    opened: dict[int, int] = {}
    closed: dict[int, int] = {}
    for char in marked:
        code = ord(char) - 0xE000
        if 0 <= code < 0x1000:
            (closed if code % 2 else opened)[code // 2] = len(plain)
        else:
            plain.append(char)
    text = "".join(plain)
    spans: list[tuple[int, int] | None] = []
    for i, quote in enumerate(quotes):
        if i in opened and i in closed and " ".join(text[opened[i] : closed[i]].split()) == " ".join(quote.split()):
            spans.append((opened[i], closed[i]))
        else:
            spans.append(None)
    return text, spans


def score_article(text: str, edit_name: str, rng: random.Random) -> Counter[str]:
    # Overlapping claims cannot both be marked; keep the first of any overlap.
    kept, last_end = [], -1
    for claim in sorted(extract_claims(text), key=lambda c: (c.start, c.end)):
        if claim.start >= last_end:
            kept.append(claim)
            last_end = claim.end
    marked = EDITS[edit_name](mark(text, [(c.start, c.end) for c in kept]), rng)
    edited, expected = truth(marked, [c.quote for c in kept])
    selectors = [Selector(c.quote, c.prefix[-PREFIX_LENGTH:], c.suffix[:PREFIX_LENGTH], c.start) for c in kept]
    tally: Counter[str] = Counter()
    for want, got in zip(expected, anchor_selectors(edited, selectors), strict=True):
        if want is None:
            tally["orphaned correctly" if got.status == ORPHANED else "wrong"] += 1
        elif got.status == ORPHANED:
            tally["lost"] += 1
        elif (got.start, got.end) == want:
            tally["survived"] += 1
        else:
            tally["wrong"] += 1
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="one round (CI)")
    parser.add_argument("--rounds", type=int, default=20, help="random draws per edit and article")
    args = parser.parse_args()
    rounds = 1 if args.smoke else args.rounds
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    started = time.perf_counter()
    total: Counter[str] = Counter()
    print(f"{'edit':38} {'claims':>7} {'survived':>9} {'lost':>5} {'orphaned ok':>12} {'wrong':>6}")
    for name in EDITS:
        tally: Counter[str] = Counter()
        for round_number in range(rounds):
            rng = random.Random(round_number)
            for text in texts:
                tally += score_article(text, name, rng)
        total += tally
        claims = sum(tally.values())
        print(
            f"{name:38} {claims:7d} {tally['survived']:9d} {tally['lost']:5d} "
            f"{tally['orphaned correctly']:12d} {tally['wrong']:6d}"
        )
    should_survive = total["survived"] + total["lost"]
    rate = total["survived"] / should_survive if should_survive else 1.0
    print(
        f"\nclaims that should survive: {should_survive}; survived {total['survived']} ({rate:.1%}); "
        f"lost {total['lost']}; wrongly placed {total['wrong']}; "
        f"orphaned correctly {total['orphaned correctly']}; {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
