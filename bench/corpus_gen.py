"""Generate synthetic news-like articles (project-written templates, no third-party text).

``python bench/corpus_gen.py --articles 200 --seed 7 > corpus.txt`` or import
:func:`generate_articles`. The same seed always gives the same text.
"""

from __future__ import annotations

import argparse
import random
import sys

PLACES = [
    "Northport",
    "Lakeview",
    "the eastern province",
    "Riverton",
    "the capital",
    "Port Ellis",
    "the border region",
    "Westmarch",
    "the coastal city",
    "Hollowell",
]
GROUPS = [
    "protesters",
    "residents",
    "workers",
    "students",
    "refugees",
    "officials",
    "volunteers",
    "farmers",
    "patients",
    "families",
    "organizations",
    "companies",
    "countries",
]
HEDGES = [
    "",
    "",
    "",
    "about ",
    "nearly ",
    "more than ",
    "at least ",
    "as many as ",
    "up to ",
    "some ",
    "an estimated ",
    "roughly ",
    "over ",
    "fewer than ",
]
SOURCES = [
    "according to local officials",
    "the ministry said",
    "police said",
    "according to rights groups",
    "a spokesperson told reporters",
    "reportedly",
    "the agency estimated",
]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty"]
CURRENCIES = ["$", "€", "£", "US$", ""]
SCALES = ["million", "billion", "m", "bn", ""]
FILLER = [
    "The decision drew criticism from opposition lawmakers, who called for an independent review.",
    "Observers said the situation remained tense as negotiations continued behind closed doors.",
    "Local media showed long queues outside government offices throughout the morning.",
    "The announcement followed weeks of speculation about the future of the programme.",
    "Critics argued that the measures did not go far enough to address the underlying problems.",
    "Officials declined to comment further, citing an ongoing investigation.",
    "Analysts expect the debate to continue well into the next parliamentary session.",
    "Residents described scenes of confusion as emergency crews arrived at the site.",
]


def _number(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.35:
        return f"{rng.randint(2, 999)}"
    if kind < 0.55:
        return f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}"
    if kind < 0.75:
        return rng.choice(WORDS)
    return f"{rng.randint(1, 99)}.{rng.randint(1, 9)}"


FILLER_SHARE = 0.8


def _sentence(rng: random.Random) -> str:
    if rng.random() < FILLER_SHARE:
        return _filler(rng)
    t = rng.randrange(11)
    n = _number(rng)
    place = rng.choice(PLACES)
    if t == 0:
        return f"{rng.choice(HEDGES)}{n} {rng.choice(GROUPS)} gathered in {place} on {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.choice(SOURCES)}."
    if t == 1:
        return f"The project will cost {rng.choice(CURRENCIES)}{rng.randint(1, 99)}.{rng.randint(1, 9)} {rng.choice(SCALES)}, {rng.choice(SOURCES)}."
    if t == 2:
        return f"Support for the plan fell to {rng.randint(10, 90)}.{rng.randint(0, 9)}% in {rng.randint(2001, 2024)}, down {rng.randint(1, 9)} percentage points."
    if t == 3:
        return f"{rng.choice(['Dozens', 'Hundreds', 'Thousands', 'Tens of thousands'])} of {rng.choice(GROUPS)} took part, {rng.choice(SOURCES)}."
    if t == 4:
        return f"The talks lasted {rng.choice(WORDS)} days and ended at {rng.randint(1, 12)}:{rng.randint(0, 59):02d} p.m. on {rng.choice(MONTHS)} {rng.randint(1, 28)}."
    if t == 5:
        return f"Between {rng.randint(10, 40)} and {rng.randint(50, 90)} {rng.choice(GROUPS)} were affected in {place}."
    if t == 6:
        return f"Home side {place.title()} won {rng.randint(1, 5)}-{rng.randint(0, 1)} in the final match of the 19th season."
    if t == 7:
        return f"A {rng.randint(18, 90)}-year-old man was detained, and nearly 1 in {rng.randint(3, 9)} households lost power for {rng.randint(2, 48)} hours."
    if t == 8:
        return f"Visit https://news.example.org/{rng.randint(2000, 2024)}/{rng.randint(1, 12)}/story or write to desk{rng.randint(1, 99)}@example.org for details."
    if t == 9:
        return f"The {rng.randint(100, 900)}-page report covers {rng.choice(WORDS)} regions and {rng.randint(2, 60)} districts over {rng.choice(WORDS)} years and {rng.choice(WORDS)} months."
    if t == 10:
        return f"A magnitude {rng.randint(4, 8)}.{rng.randint(0, 9)} earthquake struck about {rng.randint(5, 90)}km from {place}, where temperatures reached {rng.randint(20, 45)}°C."
    return f"On {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2, 40)} {rng.choice(GROUPS)} from {place} joined the {rng.randint(1, 30)}th annual meeting."


SUBJECTS = [
    "The minister",
    "A senior adviser",
    "The committee",
    "The mayor of " + PLACES[0],
    "Opposition leaders",
    "The central bank",
    "A group of researchers",
    "The union",
    "Regional authorities",
    "The prosecutor's office",
    "Aid agencies",
    "The company",
]
VERBS = ["said", "warned", "argued", "announced", "insisted", "suggested", "confirmed", "denied"]
CLAUSES = [
    "the plan would be reviewed before the end of the session",
    "talks with neighbouring governments had stalled again",
    "the new rules were necessary to restore public confidence",
    "the investigation would continue despite mounting political pressure",
    "further delays could not be ruled out",
    "emergency funding had already been released to the worst-hit areas",
    "the agreement marked an important step toward lasting cooperation",
    "it was too early to judge the long-term impact of the decision",
]


def _filler(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(FILLER)
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} that {rng.choice(CLAUSES)}, and that {rng.choice(CLAUSES)}."


def generate_article(rng: random.Random, index: int) -> str:
    """Return one synthetic article: a title, a date line, body paragraphs and page chrome."""
    title = f"Officials in {rng.choice(PLACES).title()} respond to report No. {index}"
    date = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    paras = []
    for _ in range(rng.randint(4, 9)):
        paras.append(" ".join(_sentence(rng) for _ in range(rng.randint(2, 5))))
    chrome = "Top 10 Stories\n\n  • -2\n  • -1\n  • 0\n  • +1\n  • +2\n"
    return f"{title}\n{date}\n\n" + "\n\n".join(paras) + "\n\n" + chrome


def generate_articles(count: int, seed: int = 7) -> list[str]:
    """Return ``count`` synthetic articles generated deterministically from ``seed``."""
    rng = random.Random(seed)
    return [generate_article(rng, i) for i in range(count)]


def main(argv: list[str] | None = None) -> int:
    """Write generated articles to stdout, separated by blank lines."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    sys.stdout.write("\n\n".join(generate_articles(a.articles, a.seed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
