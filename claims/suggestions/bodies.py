"""Who a source is when its article names it more than one way.

Pure; no Django. An article names a body in full once ("the Interior Ministry put the toll at six") and then more
shortly ("the ministry said"), and a person by full name and role ("the hospital's director, Dr. Ana Ruiz, said") then
by surname ("Ruiz said"). The attribution stays as written (what the article says, which the other rules read: "the
ministry's first count"); the comparisons of who gives two numbers (``scoring.body_of``) read the body it names, read
here once for every claim in article order (``with_bodies_resolved``).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence

from claims.suggestions.features import SuggestionInput
from claims.suggestions.scoring import is_named, source_names


def with_bodies_resolved(inputs: Sequence[SuggestionInput]) -> list[SuggestionInput]:
    """Return the inputs with each claim's ``body`` read across its article, in its order.

    A named source that says no more than an earlier one of its article (``refers_to``: "the ministry said" after "the
    Interior Ministry put", "Ruiz said" after "the hospital's director, Dr. Ana Ruiz, said", "the operator says" after
    "ANA, the airport operator, said") is that earlier source's body: the most recent such. Any other source is a body
    of its own, and a pronoun ("it said") was read as the named source before it already
    (``rivals.with_sources_carried``).
    """
    resolved = list(inputs)
    by_document: defaultdict[int, list[int]] = defaultdict(list)
    for at, item in enumerate(inputs):
        by_document[item.document_id].append(at)
    for indexes in by_document.values():
        # The named sources told so far, each with the body it was read as, the latest last.
        told: list[tuple[str, str]] = []
        for at in sorted(indexes, key=lambda at: inputs[at].span[0]):
            item = inputs[at]
            if not is_named(item.source):
                continue
            body = next((body for source, body in reversed(told) if refers_to(item.source, source)), item.source)
            told.append((item.source, body))
            if body != item.source:
                resolved[at] = dataclasses.replace(item, body=body)
    return resolved


def refers_to(later: str, earlier: str) -> bool:
    """Return whether a named source refers back to one its article named before: it is the same words, or each of its
    names says no more than one of the earlier's (``scoring.source_names``): the same head, and no word before it that
    the earlier name lacks.

    >>> refers_to("the ministry later said", "The Interior Ministry put")
    True
    >>> refers_to("Ruiz said", "the hospital's director, Dr. Ana Ruiz, told reporters")
    True
    >>> refers_to("the interior ministry said", "the ministry put"), refers_to("the ministry said", "the union said")
    (False, False)
    >>> refers_to("the state said", "the state water department said")
    False
    """
    if later == earlier:
        return True
    names, later_names = source_names(earlier), source_names(later)
    return bool(later_names) and all(
        any(head == known and modifiers <= before for known, before in names) for head, modifiers in later_names
    )
