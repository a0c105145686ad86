"""Figure suggestions: propose which claims report one real-world quantity, and say why.

Two claims report one quantity when what they count, where and when agree (CLAIMS.md,
"Figures: when claims report one quantity"), across outlets, wordings and hedges:

- what is counted: the claims' subjects where the extractor gave them, else their counted
  nouns and the words of their sentences, weighted by how rare a word is
  (``scoring.idf_weights``). Words are read as
  their classes (``terms``): "defectors", "refugees" and "escapees" are one word, "fled"
  and "displaced" one event, and editors teach more (``LearnedEquivalence``, recorded by
  ``claims.reconciliation`` when they merge or split);
- the event: two events named (the context's, else the nearest word of the number's
  clause that names one) must be one: the dead and the missing are different quantities;
- the place: where both name places, one must be shared (a city and its country differ);
- the time: named years and the context's periods agree, publication dates are close, and
  a running total (deaths, injured, missing, displaced, evacuated, detained) is one figure
  per calendar day of its count (the context's day, else the publication date);
- the values: of one magnitude (a factor under five), unless the two are rival counts of
  one quantity (``scoring.is_rival_count``: subjects that agree, or one event and counted
  noun from two different sources), which may be up to ``scoring.MAX_RIVAL_RATIO`` apart and
  may even share a sentence ("organisers said 120,000 marched; police counted 35,000").

Otherwise two numbers in one sentence never report one quantity ("54 organizations and seven
individuals"), unless the second restates the first in other units of one kind in a
parenthesis ("10 kilometers (6.2 miles)", "5 billion rupees ($18 million)"): it joins the
first one's group. A floor far below a value ("at least 4" against "around 8,000") is not
that value.

These rules rule a pair out (``scoring.judge_pair``); the pairs they leave are scored by a
logistic model (``pair_model``) learned from the figures sets' gold (``bench/train_pairs.py``)
over what ``scoring.pair_features`` reads of the two: the similarity of sentences and of
subjects, counted nouns, events, values, sources, times, and whether one article (or one
source, in another outlet) prints one distinctive number again. Claims are grouped by
average linkage: a group grows while the mean score over all its pairs stays above the
model's threshold; two clusters holding a pair of other stories or places never merge. Then
two suggested groups that are rival counts of one quantity (agreeing values split apart from
their rivals') become one figure in conflict (``rival_groups``, reading the pairs grouping judged; a
source that gives a number of each in one sentence tells both sides and parts nothing by that alone). Claims already in an editor's figure pull new
claims into a suggestion for that figure; other groups of two or more become figures with
status "suggested", titled from subject, place and time (``explaining.suggest_title``).
Their conflicts are computed as for editors' figures (``conflicts.roll_up``) and stored on
the figure and on each claim (``suggested_conflict``). Nothing joins a figure for good until
an editor accepts.

Only likely pairs are scored (``blocking``): claims of one unit dimension that share a rare
word of their sentences, a name their articles keep coming back to, or one document, at most
``blocking.MAX_CANDIDATES_PER_CLAIM`` per claim; a word is rare when few claims hold it, or
only the claims of a few documents (a story's place, body or event). The average linkage keeps the summed scores between groups, so grouping costs about
the number of scored pairs, not the square of the claims.

``suggesting.suggest_figures`` regroups every claim (on demand);
``suggesting.suggest_figures_for_documents`` (after an ingest) is incremental: only the new
documents' claims are scored, against each other and against a bounded set of stored
claims (of which only the words are read, ``features.ClaimWords``; the ones blocking pairs
with a new claim are described in full); they join an existing suggestion or editor's
figure, or form new suggestions, and no earlier suggestion is regrouped.

The modules, in the order data flows through them. Pure (no Django, strictly typed):

- ``shared_stand_ins``: the shared sentence splitter and number formatter, under the names the suggester uses;
- ``words``: stems, content words, counted nouns and their head words;
- ``terms``: classes of words that name one counted thing or one event, built in and learned;
- ``features``: ``SuggestionInput``, what the suggester knows about one claim, read from its text;
- ``pair_model``: the learned weights of a pair's features, read once from ``pair_model.json``;
- ``scoring``: the rules that rule a pair out, and how likely two claims report one quantity;
- ``blocking``: which pairs are worth scoring;
- ``conversions``: a number restating another in other units;
- ``rivals``: rival counts that outlets keep printing side by side, each from its own source;
- ``grouping``: average-linkage groups (``group_claims``), joined where outlets tell them as rivals;
- ``rival_groups``: two suggested groups that are rival counts of one quantity, joined after grouping;
- ``explaining``: a suggested figure's readable title, scope, period and reason.

With Django: ``storage`` (reading claims and writing suggestions in bulk) and
``suggesting`` (the two entry points above).
"""
