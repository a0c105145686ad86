"""A suggested figure's working title and the reason shown to editors.

Pure; no Django.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from claims import conflicts
from claims.suggestions.features import SuggestionInput
from claims.suggestions.shared_stand_ins import format_number


def explain_group(members: Sequence[SuggestionInput], shared_words: Counter[str]) -> str:
    """Return a sentence or three saying why these claims were grouped."""
    units = sorted({conflicts.normalize_unit(m.value.unit) for m in members})
    documents = len({m.document_id for m in members})
    values = sorted(
        {f"{m.value.qualifier} [{format_number(m.value.low)}, {format_number(m.value.high)}]" for m in members}
    )
    dates = sorted({m.published for m in members if m.published})
    years = sorted({year for m in members for year in m.years})
    parts = [
        f"{len(members)} claims from {documents} document{'s' if documents != 1 else ''}",
        f"unit {' = '.join(units)}" + (" (durations compared in one unit)" if len(units) > 1 else ""),
    ]
    noun_texts = Counter(m.noun_text.lower() for m in members if m.noun_text)
    if noun_texts:
        parts.append("counted noun " + " / ".join(f"“{text}”" for text, _ in noun_texts.most_common(3)))
    if shared_words:
        surface = {stem_: word for m in members for stem_, word in m.surface.items()}
        shown = [surface.get(word, word) for word, _ in shared_words.most_common(6)]
        parts.append("shared words in the sentences: " + ", ".join(shown))
    parts.append("values " + "; ".join(values[:6]))
    if dates:
        parts.append(f"published {dates[0]:%Y-%m-%d}" + (f" to {dates[-1]:%Y-%m-%d}" if dates[-1] != dates[0] else ""))
    if years:
        parts.append("years named: " + ", ".join(str(y) for y in years))
    state = conflicts.roll_up([conflicts.Member(m.value) for m in members]).conflict
    parts.append({"": "no conflict", "soft": "a soft conflict", "hard": "a hard conflict"}[state] + " among them")
    return "Grouped: " + "; ".join(parts) + "."


def suggest_title(members: Sequence[SuggestionInput], words: Iterable[str] = ()) -> str:
    """Return a working title for a suggested figure: its counted noun and most telling words.

    >>> from claims.suggestions.features import describe_claim
    >>> value = conflicts.Value.of(30, 30, "approximate", "person")
    >>> m = describe_claim(1, 1, "Some 30 defectors were detained.", 0, 7, value)
    >>> suggest_title([m], ["detain"])
    'defectors (person): detained'
    """
    nouns = Counter(m.noun_text.lower() for m in members if m.head)
    unit = conflicts.normalize_unit(members[0].value.unit)
    noun = nouns.most_common(1)[0][0] if nouns else unit
    surface = {stem_: word for m in members for stem_, word in m.surface.items()}
    extra = [surface.get(w, w) for w in words if w not in {m.head for m in members}][:3]
    return f"{noun} ({unit})" + (": " + ", ".join(extra) if extra else "")


def suggestion_fields(members: Sequence[SuggestionInput], reason: str) -> dict[str, str]:
    """Return a suggested figure's fields: its working title (from the words next to its numbers), unit and reason."""
    words = [
        w
        for w, _ in Counter(w for m in members for w, weight in m.words.items() if weight > 1).most_common(6)
        if not w.isdigit()
    ]
    return {
        "title": suggest_title(members, words)[:300],
        "unit": conflicts.normalize_unit(members[0].value.unit),
        "suggestion_reason": reason,
    }
