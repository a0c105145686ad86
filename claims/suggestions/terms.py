"""Counted terms: which words name one counted thing or one event, built in and learned from editors.

Pure; no Django. A term is a word's stem (``words.stem``). ``Terms`` maps each term to its
class (the first term of the class), so that "defectors", "refugees" and "escapees" meet as
one word, and knows which classes editors split apart. ``storage`` builds one from
``BUILT_IN`` and the learned equivalences editors taught (``claims.models.LearnedEquivalence``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from claims.suggestions.words import stem

# Counted things and events that are one quantity whatever the word chosen ("fled" and "displaced").
# An event class of ``RUNNING`` is a running total: one figure per calendar day of the count (CLAIMS.md).
COUNTED_CLASSES: tuple[tuple[str, ...], ...] = (
    ("defector", "refugee", "escapee", "asylum-seeker", "runaway"),
    # People counted by their role are one count whatever the source calls them: a developer's "19 workers" are a
    # union's "some 60 men"; a school's "pupils" are its "students"; a town's "residents" its "inhabitants". Not
    # "employees" or "staff": a firm's workforce is not the workers who marched or lost their jobs (measured: they
    # lumped a plant's counts into one group); nor "passengers" and "travellers" (measured: an airline outage's hard
    # pairs lost, none gained).
    ("worker", "labourer", "laborer", "workman", "workmen", "men"),
    ("student", "pupil", "schoolchildren", "schoolboy", "schoolgirl"),
    ("resident", "inhabitant", "villager"),
    ("protester", "demonstrator", "marcher", "protestor"),
    ("soldier", "troop", "serviceman", "servicemember"),
    ("inmate", "prisoner"),
    ("casualty", "victim"),
    ("evacuee",),
    # A firm's or a body's workforce, however the source names it ("300 employees", "its staff of 300").
    ("employee", "staff", "staffer", "personnel"),
    # One unit spelled two ways (``conflicts.UNIT_ALIASES``): "31 storeys" and "31 floors", "homes" and "houses".
    ("house", "home"),
    ("floor", "storey"),
)
EVENT_CLASSES: tuple[tuple[str, ...], ...] = (
    # The dead are counted by their bodies too ("rescuers recovered 22 bodies"): one toll, whatever the word.
    (
        "killed",
        "dead",
        "death",
        "died",
        "perished",
        "fatality",
        "fatalities",
        "toll",
        "kill",
        "die",
        "body",
        "bodies",
        "corpse",
        # Animals are counted dead by their carcasses, as people by their bodies ("crews removed 140 carcasses").
        "carcass",
        "carcasses",
        "drowned",
        "slain",
    ),
    ("injured", "wounded", "injury", "injuries", "hurt"),
    ("missing", "unaccounted", "trapped", "buried", "entombed", "disappeared"),
    (
        "displaced",
        "fled",
        "flee",
        "fleeing",
        "uprooted",
        "homeless",
        "displacement",
    ),
    ("evacuated", "evacuate", "evacuation", "evacuee"),
    # Those in shelters on a day are counted apart from those who ever fled or were moved out: they go home.
    ("sheltering", "sheltered", "shelter"),
    # Those taken by force are one count however the outlet words it ("abducted", "kidnapped", "hostages").
    ("abducted", "kidnapped", "abduction", "kidnapping", "hostage", "captive"),
    (
        "detained",
        "detainee",
        "arrested",
        "jailed",
        "imprisoned",
        "detention",
        "custody",
        "arrest",
        "rounded",
        "apprehended",
    ),
    (
        "repatriated",
        "deported",
        "repatriation",
        "deportation",
        "expelled",
    ),
    (
        "marched",
        "protested",
        "rallied",
        "demonstrated",
        "gathered",
        "attended",
        "turnout",
        "march",
        "rally",
        "joined",
        "crowd",
        "attendance",
        "streets",
        "drew",
        "packed",
        "spectator",
    ),
    # What a place can hold is not how many it held: a stadium's 40,000 seats against the crowd inside it; nor is
    # what is allowed what was done ("the 60 km/h limit" against "doing 75", "approval for five floors" against the 11
    # built). Not "built": a tower "built to 11 floors" had them. Nor is what a rule requires what was counted ("the 50
    # percent threshold" against a turnout of 61.4 percent).
    (
        "capacity",
        "seat",
        "seating",
        "designed",
        "limit",
        "approved",
        "approval",
        "permit",
        "permitted",
        "allowed",
        "threshold",
        "minimum",
        "quorum",
        "required",
    ),
    ("rescued", "rescue", "survived", "survivor", "survive"),
    ("aboard", "boarded", "crammed", "onboard", "carrying"),
    ("struck", "strike", "striking", "striker", "walkout", "stoppage"),
    ("destroyed", "destroy", "razed", "flattened", "lost", "burned", "burnt"),
    ("damaged", "damage"),
    # Those a food, a water supply or an outbreak made ill: a running total, like the dead ("412 people sickened").
    # A case is one of them ("180 cases" against "412 people sickened").
    ("sickened", "ill", "sick", "poisoned", "infected", "infection", "case"),
    # Those medics treated are not those the police held ("treated for the effects of tear gas").
    ("treated", "hospitalised", "hospitalized", "admitted"),
    # Land a pest, a flood or an oil spill has reached, as it spreads ("18,500 hectares infested").
    ("infested", "infestation", "inundated", "oiled", "fouled"),
)
# The term of those medics treated: a treatment that names another event counts that event ("treated for injuries").
TREATED = stem("treated")
# The event classes of what an event wrecked. Counted in things (houses, shelters, boats), what one flood, fire or blast
# destroyed or damaged is a fixed quantity: later counts revise one figure ("the mayor raised her count of houses the
# storm wrecked to 90") and are no count of a later day (CLAIMS.md: "one figure whatever the date of the report").
# Measured (an area burnt as a wildfire spreads, cropland a storm damaged), it grows from day to day: a running total,
# like the other ``RUNNING`` classes.
WRECKED = frozenset(stem(word) for word in ("destroyed", "damaged"))
# The event class of those held. Those held over one event ("arrested over the derby", "detained during the protest") are
# that event's count, dated by it in the gold, not counts of the days they are reported on (``features.is_held_over_event``);
# a count its clause gives as accruing ("since Monday") stays a running total.
DETAINED = stem("detained")
# How a clause says those it counts were held: the detained class's words, and "held" (``features.is_held_over_event``).
HOLDING_WORDS = (*next(words for words in EVENT_CLASSES if DETAINED in map(stem, words)), "held")
RUNNING = (
    "killed",
    "injured",
    "missing",
    "displaced",
    "evacuated",
    "detained",
    "destroyed",
    "damaged",
    "treated",
    "sickened",
    "sheltering",
    "infested",
)
# Words of a number's clause that give it as a count that grows or shrinks from day to day, whatever it counts: what has
# accrued "since" a start ("214 birds taken in since the grounding"), "so far", "to date", or what changed "up from" or
# "down from" an earlier count, what a count "rose to" or "grew to", or what has "now" accrued ("14 have now been
# rescued"; not what a source "now says" of a fixed quantity). Such a count is a running total too: one figure per
# calendar day of the count.
RUNNING_CUES = (
    "since",
    "so far",
    "to date",
    "up from",
    "down from",
    "now",
    "rose to",
    "risen to",
    "grew to",
    "grown to",
    "climbed to",
    "increased to",
)
# Words of a number's clause that give it as a count of a state at a moment, which the next day's count replaces:
# patients "on trolleys" or "waiting" for a bed, homes "without power" (and those who "were still" in shelters:
# ``features.RUNNING_CUE``). Such a count is of the day of its report unless the text names another (CLAIMS.md: one
# figure per calendar day of the count), as a running total is. Not "remain": what a prison or a camp holds ("1,900
# inmates remain") is one figure whatever the day of its report; nor "stranded": travellers stranded on one day are
# that day's count, reported again on later days (measured: both split one figure of the development sets).
STATE_CUES = ("waiting", "without power", "on trolleys")


@dataclasses.dataclass(frozen=True)
class Terms:
    """Each known term's class, the classes that are events, and the pairs of classes editors keep apart."""

    canonical: Mapping[str, str]
    events: frozenset[str]
    running: frozenset[str]
    apart: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # What the suggester read with these terms of each distinct claim context (``features.read_context``): a run reads
    # each subject and event once, not once per claim.
    readings: dict[tuple[str, str], tuple[frozenset[str], str]] = dataclasses.field(
        default_factory=dict, compare=False, repr=False
    )

    def of(self, term: str) -> str:
        """Return a term's class (the term itself when it is in none).

        >>> [BUILT_IN.of(stem(word)) for word in ("escapees", "refugee", "fled", "displaced", "dog")]
        ['defector', 'defector', 'displac', 'displac', 'dog']
        """
        return self.canonical.get(term, term)

    def event_of(self, term: str) -> str:
        """Return the event class a term names, or ""."""
        found = self.of(term)
        return found if found in self.events else ""

    def are_apart(self, first: str, second: str) -> bool:
        """Return whether editors keep two terms' classes apart.

        >>> taught = BUILT_IN.learn([], [("dead", "missing")])
        >>> taught.are_apart(stem("deaths"), stem("missing")), BUILT_IN.are_apart(stem("deaths"), stem("missing"))
        (True, False)
        """
        return bool(first and second) and self.of(second) in self.apart.get(self.of(first), frozenset())

    def learn(self, same: Iterable[tuple[str, str]], different: Iterable[tuple[str, str]]) -> Terms:
        """Return these terms with editors' equivalences (pairs of words): ``same`` joins classes, ``different`` parts.

        >>> taught = BUILT_IN.learn([("migrant", "defector")], [])
        >>> taught.of(stem("migrants")) == taught.of(stem("escapees"))
        True
        >>> parted = BUILT_IN.learn([], [("escapees", "defectors")])
        >>> parted.are_apart(parted.of(stem("escapees")), parted.of(stem("defectors")))
        True
        """
        parent = dict(self.canonical)

        def find(term: str) -> str:
            while parent.get(term, term) != term:
                term = parent[term]
            return term

        for first, second in same:
            a, b = find(stem(first)), find(stem(second))
            if a != b:
                keep, gone = sorted((a, b), key=lambda t: (t not in self.events, t not in parent.values(), t))
                parent[gone] = keep
                parent.setdefault(keep, keep)
        canonical = {term: find(term) for term in parent}
        apart: dict[str, set[str]] = {key: set(value) for key, value in self.apart.items()}
        for first, second in different:
            a, b = canonical.get(stem(first), stem(first)), canonical.get(stem(second), stem(second))
            if a == b:
                # Editors part two words a class joins: each becomes a class of its own.
                a, b = stem(first), stem(second)
                canonical[a], canonical[b] = a, b
            apart.setdefault(a, set()).add(b)
            apart.setdefault(b, set()).add(a)
        events = frozenset(canonical.get(event, event) for event in self.events)
        running = frozenset(canonical.get(event, event) for event in self.running)
        return Terms(canonical, events, running, {key: frozenset(value) for key, value in apart.items()})


def build_terms() -> Terms:
    """Return the built-in terms: every word of a class maps to the class's first word (all stemmed)."""
    canonical: dict[str, str] = {}
    for group in (*EVENT_CLASSES, *COUNTED_CLASSES):  # a stem of both ("march", "marcher") is the event
        head = stem(group[0])
        for word in group:
            for form in (word, word + "s"):
                canonical.setdefault(stem(form), head)
    events = frozenset(stem(group[0]) for group in EVENT_CLASSES)
    return Terms(canonical, events, frozenset(stem(word) for word in RUNNING))


BUILT_IN = build_terms()
