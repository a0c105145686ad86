"""Figure suggestions: propose which claims report one real-world quantity, and say why.

Two claims are likely to report one quantity when

- their units measure the same thing (durations compared in one unit),
- their counted nouns are compatible and the words of their sentences overlap, weighted
  by how rare a word is among the claims compared (``scoring.idf_weights``),
- their values are of one magnitude (a hard conflict is allowed, "about 200" against
  "about 600" is exactly what an editor must see, but not a factor of five or more), and
- they are close in time: years named in their sentences do not differ, and known
  publication dates are less than ``scoring.MAX_DAYS_APART`` apart.

Two numbers in one sentence never report one quantity ("54 organizations and seven
individuals"), unless the second restates the first in other units of one kind in a
parenthesis ("10 kilometers (6.2 miles)", "5 billion rupees ($18 million)"): it joins the
first one's group. One article naming one distinctive number in two sentences (a headline
or bullet and the body) scores at least ``scoring.REPEATED_VALUE_SCORE``; small whole
numbers do not. A floor far below a value ("at least 4" against "around 8,000") is not that
value. Bullets end sentences; the words after a unit of measure or a currency are no
counted noun. Claims are grouped by average linkage: a group grows while the mean score
over all its pairs stays above ``grouping.THRESHOLD``. Claims already in an editor's figure
pull new claims into a suggestion for that figure; other groups of two or more become
figures with status "suggested". Nothing joins a figure for good until an editor accepts.

Only likely pairs are scored (``blocking``): claims of one unit dimension that share a rare
word of their sentences or one document, at most ``blocking.MAX_CANDIDATES_PER_CLAIM`` per
claim. The average linkage keeps the summed scores between groups, so grouping costs about
the number of scored pairs, not the square of the claims.

``suggesting.suggest_figures`` regroups every claim (on demand);
``suggesting.suggest_figures_for_documents`` (after an ingest) is incremental: only the new
documents' claims are scored, against each other and against a bounded set of stored
claims; they join an existing suggestion or editor's figure, or form new suggestions, and
no earlier suggestion is regrouped.

The modules, in the order data flows through them. Pure (no Django, strictly typed):

- ``shared_stand_ins``: the shared sentence splitter and number formatter, under the names the suggester uses;
- ``words``: stems, content words, counted nouns and their head words;
- ``features``: ``SuggestionInput``, what the suggester knows about one claim, read from its text;
- ``scoring``: how likely two claims report one quantity;
- ``blocking``: which pairs are worth scoring;
- ``conversions``: a number restating another in other units;
- ``grouping``: average-linkage groups (``group_claims``);
- ``explaining``: a suggested figure's title and reason.

With Django: ``storage`` (reading claims and writing suggestions in bulk) and
``suggesting`` (the two entry points above).
"""
