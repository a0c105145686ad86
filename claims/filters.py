"""Filters for the public lists, the downloads and the API (django-filter FilterSets)."""

from __future__ import annotations

import copy
from decimal import Decimal, InvalidOperation
from typing import Any

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.http import QueryDict
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from claims.extraction import extract_claims
from claims.models import Claim, Conflict, Figure, FigureStatus, Qualifier, ReviewStatus
from claims.search import search_claims, search_documents, search_figures
from corpus.compiled import MAX_ID
from corpus.models import Document, Outlet


@extend_schema_field(OpenApiTypes.INT64)
class IdFilter(django_filters.NumberFilter):
    """A filter by a row's id: a whole number from 1 to MAX_ID, else a validation error (400 in the API)."""

    field_class = forms.IntegerField

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


# The words a value is read in, as a sentence the extractor reads a number from; the value must be
# all of what it reads. "2,000", "2k", "two thousand", "2.5 million", "1.5bn" all read.
VALUE_CARRIER = ("They counted ", " items.")
MAX_VALUE_LENGTH = 60


def read_value(text: str) -> Decimal | None:
    """Return the number ``text`` writes, read by the extractor (the one owner of reading numbers), or None.

    >>> [read_value(t) for t in ("2,000", "2k", "two thousand", "2.5 million", "-3.5", "many")]
    [Decimal('2000'), Decimal('2000'), Decimal('2000'), Decimal('2500000'), Decimal('-3.5'), None]
    """
    text = " ".join(text.split())
    if not text or len(text) > MAX_VALUE_LENGTH:
        return None
    try:
        plain = Decimal(text)
    except InvalidOperation:
        plain = None
    if plain is not None:
        return plain if plain.is_finite() else None
    head, tail = VALUE_CARRIER
    for claim in extract_claims(head + text + tail):
        if (claim.start, claim.end) == (len(head), len(head) + len(text)) and claim.low == claim.high:
            return claim.low
    return None


class ValueField(forms.CharField):
    """A number as people write it ("2,000", "2k", "two thousand", "2.5 million"), cleaned to a Decimal."""

    default_error_messages = {"invalid": "Enter a number, such as 2000, 2,000, 2k, two thousand or 2.5 million."}

    def to_python(self, value: object) -> Decimal | None:  # type: ignore[override]
        text = super().to_python(value)
        if not text:
            return None
        number = read_value(text)
        if number is None or abs(number) >= Decimal(10) ** 20:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return number


@extend_schema_field(
    {"type": "string", "example": "2,000", "description": "A number: 2000, 2,000, 2k, two thousand or 2.5 million."}
)
class ValueFilter(django_filters.Filter):
    """A value bound read by ``ValueField``; applied with the others in ``ClaimFilter.filter_queryset``."""

    field_class = ValueField

    def filter(self, queryset: QuerySet, value: object) -> QuerySet:
        return queryset


def interval_q(low: Decimal | None, high: Decimal | None, low_field: str, high_field: str, *, contains: bool) -> Q:
    """Return the condition for ``[low_field, high_field]`` intersecting (or containing) ``[low, high]``.

    A null end of the stored interval is open; a None bound of the asked interval is open too.
    """
    condition = Q()
    if contains:
        # The stored interval reaches at least as far as the asked one on both sides.
        if low is not None:
            condition &= Q(**{f"{low_field}__isnull": True}) | Q(**{f"{low_field}__lte": low})
        else:
            condition &= Q(**{f"{low_field}__isnull": True})
        if high is not None:
            condition &= Q(**{f"{high_field}__isnull": True}) | Q(**{f"{high_field}__gte": high})
        else:
            condition &= Q(**{f"{high_field}__isnull": True})
        return condition
    if low is not None:
        condition &= Q(**{f"{high_field}__isnull": True}) | Q(**{f"{high_field}__gte": low})
    if high is not None:
        condition &= Q(**{f"{low_field}__isnull": True}) | Q(**{f"{low_field}__lte": high})
    return condition


def claims_with_value(
    claims: QuerySet, low: Decimal | None, high: Decimal | None, *, contains: bool = False
) -> QuerySet:
    """Return the claims whose value (an editor's correction when there is one) meets ``[low, high]``."""
    if low is None and high is None:
        return claims
    extracted = ~Q(status=ReviewStatus.CORRECTED) & interval_q(low, high, "low", "high", contains=contains)
    corrected = Q(status=ReviewStatus.CORRECTED) & interval_q(
        low, high, "corrected_low", "corrected_high", contains=contains
    )
    return claims.filter(extracted | corrected)


class FilterSet(django_filters.FilterSet):
    """A FilterSet that costs little to build: its form class once per class, its filters copied shallowly.

    For every FilterSet, django-filter deep-copies each declared filter (with its choices and
    querysets) and makes a form field for each and a form class from them: a third of building and
    compiling a claim list's FilterSet (docs/scale.md, third pass). The form class depends only on the
    declared filters, and each form deep-copies its class's fields, so one class serves every
    request; a filter is only read while filtering, so each FilterSet gets its own shallow copies
    (their ``model``, ``parent`` and method binding are set per FilterSet, as django-filter's deep copy has them).
    """

    def __init__(
        self,
        data: Any = None,
        queryset: QuerySet | None = None,
        *,
        request: Any = None,
        prefix: str | None = None,
    ) -> None:
        # django-filter 26's BaseFilterSet.__init__, with copy.copy for its copy.deepcopy of the filters.
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        self.filters = {name: copy.copy(declared) for name, declared in self.base_filters.items()}
        for filter_ in self.filters.values():
            filter_.model = queryset.model
            filter_.parent = self
            if filter_.method is not None:
                filter_.method = filter_.method  # a method filter calls through a FilterMethod bound to its filter

    def get_form_class(self) -> type[forms.Form]:
        cls = type(self)
        form_class: type[forms.Form] | None = cls.__dict__.get("_form_class")
        if form_class is None:
            form_class = super().get_form_class()
            cls._form_class = form_class  # type: ignore[attr-defined]
        return form_class


def filter_has_conflict(queryset: QuerySet, name: str, value: bool | None) -> QuerySet:
    """Return the rows in a conflict (``value`` true) or in none (false); all of them for None."""
    if value is None:
        return queryset
    return queryset.exclude(conflict="") if value else queryset.filter(conflict="")


class ClaimFilter(FilterSet):
    """Claims by value interval, unit, qualifier, outlet, date, review status, conflict (an editor's figure's or a suggestion's) and words."""

    q = django_filters.CharFilter(method="filter_q", label="Words")
    low = ValueFilter(label="Value from")
    high = ValueFilter(label="Value to")
    value = ValueFilter(label="Value")
    match = django_filters.ChoiceFilter(
        method="filter_noop",
        choices=[("intersects", "intersects"), ("contains", "contains")],
        empty_label="intersects",
        label="Interval match",
    )
    unit = django_filters.CharFilter(method="filter_unit", label="Unit")
    qualifier = django_filters.ChoiceFilter(choices=Qualifier.choices)
    outlet = django_filters.ModelChoiceFilter(field_name="document__outlet", queryset=Outlet.objects.all())
    published_after = django_filters.DateFilter(
        field_name="document__published", lookup_expr="gte", label="Published from"
    )
    published_before = django_filters.DateFilter(
        field_name="document__published", lookup_expr="lte", label="Published to"
    )
    status = django_filters.ChoiceFilter(choices=ReviewStatus.choices, label="Review status")
    has_conflict = django_filters.BooleanFilter(method=filter_has_conflict, label="In a conflict")
    conflict = django_filters.ChoiceFilter(choices=Conflict.choices)
    suggested_conflict = django_filters.ChoiceFilter(choices=Conflict.choices, label="Conflict on its suggestion")
    document = IdFilter(field_name="document_id")
    figure = IdFilter(field_name="figure_id")

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_noop(self, queryset: QuerySet, name: str, value: object) -> QuerySet:
        return queryset

    # Lists shown newest first, a page at a time, ask for a search the full-text index can stream (SQLite).
    streamed_search = False

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return search_claims(queryset, value, streamed=self.streamed_search) if value.strip() else queryset

    def filter_unit(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # Units are stored as lower-case lemmas; an exact match keeps the (unit, low/high) indexes usable.
        return queryset.filter(unit=value.strip().lower()) if value.strip() else queryset

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        low, high = data.get("low"), data.get("high")
        if data.get("value") is not None:
            low = high = data["value"]
        return claims_with_value(queryset, low, high, contains=data.get("match") == "contains")


class DocumentFilter(FilterSet):
    """Documents by words, outlet and publication date."""

    q = django_filters.CharFilter(method="filter_q", label="Words")
    outlet = django_filters.ModelChoiceFilter(queryset=Outlet.objects.all())
    published_after = django_filters.DateFilter(field_name="published", lookup_expr="gte", label="Published from")
    published_before = django_filters.DateFilter(field_name="published", lookup_expr="lte", label="Published to")

    class Meta:
        model = Document
        fields: list[str] = []

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return search_documents(queryset, value) if value.strip() else queryset


class FigureFilter(FilterSet):
    """Figures by words, unit, status and conflict."""

    q = django_filters.CharFilter(method="filter_q", label="Words")
    unit = django_filters.CharFilter(field_name="unit", lookup_expr="iexact")
    status = django_filters.ChoiceFilter(choices=FigureStatus.choices)
    has_conflict = django_filters.BooleanFilter(method=filter_has_conflict, label="In a conflict")

    class Meta:
        model = Figure
        fields: list[str] = []

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return search_figures(queryset, value) if value.strip() else queryset


class ClaimListFilter(ClaimFilter):
    """ClaimFilter for lists paged newest first (search page, API list): words matched by a streamed search."""

    streamed_search = True
