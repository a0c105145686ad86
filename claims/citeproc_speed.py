"""Speed-ups for citeproc-py: remember answers that depend only on the parsed style.

Rendering three styles for each new document is the largest cost of ingest after extraction
(``bench/citations.py``: about 10 ms per document with these speed-ups, 11x that without, on
the same items, output byte-identical: ``tests/claims/test_citations.py``). The patches are
applied once per process by ``speed_up_citeproc``, which ``claims.citations.load_style`` calls.
"""

from __future__ import annotations

import functools
from typing import Any

_MISSING = object()


def _patch_subtree_walks(model: Any, CitationItem: Any, VariableError: Any) -> None:
    """Patch XPath searches and subtree walks."""
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
            # The default binds this class's method now, not the loop's last class.
            def memoised(self: Any, _original: Any = vars(cls)["calls_variable"]) -> bool:  # noqa: B008
                key = (_original, self)
                try:
                    return calls[key]
                except KeyError:
                    result = calls[key] = _original(self)
                    return result

            cls.calls_variable = memoised


def _patch_root_formatter_options(model: Any, CitationItem: Any, VariableError: Any) -> None:
    """Patch the root, the formatter, options."""
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


def _patch_locale_terms(model: Any, CitationItem: Any, VariableError: Any) -> None:
    """Patch locale terms."""
    terms: dict[tuple[object, ...], Any] = {}
    original_get_term = model.CitationStylesElement.get_term

    def get_term(
        self: Any, name: str, form: Any = None, fallback_locale: bool = True, zero_padded: bool = False
    ) -> Any:
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


def _patch_item_reference(model: Any, CitationItem: Any, VariableError: Any) -> None:
    """Patch the item's reference."""
    original_reference = CitationItem.reference.fget
    dict_get = dict.__getitem__

    def reference(self: Any) -> Any:
        try:
            return dict_get(dict_get(dict_get(self, "citation"), "bibliography").source, dict_get(self, "key"))
        except (KeyError, AttributeError, TypeError):
            return original_reference(self)

    CitationItem.reference = property(reference)


def _patch_choose(model: Any, CitationItem: Any, VariableError: Any) -> None:
    """Patch cs:choose."""
    plans: dict[object, Any] = {}
    original_choose = model.Choose.render
    condition_classes = (model.If, model.Else_If)

    def choose_plan(choose: Any) -> Any:
        """Return [(branch, types, variables, match)] or None when a branch tests anything else."""
        plan: list[tuple[Any, Any, Any, Any]] = []
        for child in choose.getchildren():
            if type(child) is model.Else:
                plan.append((child, None, None, None))
            elif type(child) in condition_classes and set(child.attrib) <= {"type", "variable", "match"}:
                types = tuple(t.lower() for t in child.get("type").split()) if "type" in child.attrib else ()
                variables = (
                    tuple(v.replace("-", "_") for v in child.get("variable").split())
                    if "variable" in child.attrib
                    else ()
                )
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
                    results += [
                        ("locator" in item) if variable == "locator" else (variable in reference)
                        for variable in variables
                    ]
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


def _patch_child_walks(model: Any, CitationItem: Any, VariableError: Any) -> None:
    """Patch walking children."""
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
                text = child.render(item, delimiter=delimiter, **kwargs) if is_choose else child.render(item, **kwargs)
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


def _patch_text(model: Any, CitationItem: Any, VariableError: Any) -> None:
    """Patch cs:text."""
    String = model.String
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


def _patch_formatting(model: Any, CitationItem: Any, VariableError: Any) -> None:
    """Patch formatting."""
    plain_formats: dict[object, bool] = {}
    original_format = model.Formatted.format
    defaults = (
        ("font-style", "normal"),
        ("font-variant", "normal"),
        ("font-weight", "normal"),
        ("text-decoration", "none"),
        ("vertical-align", "baseline"),
    )

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

    _patch_subtree_walks(model, CitationItem, VariableError)
    _patch_root_formatter_options(model, CitationItem, VariableError)
    _patch_locale_terms(model, CitationItem, VariableError)
    _patch_item_reference(model, CitationItem, VariableError)
    _patch_choose(model, CitationItem, VariableError)
    _patch_child_walks(model, CitationItem, VariableError)
    _patch_text(model, CitationItem, VariableError)
    _patch_formatting(model, CitationItem, VariableError)
