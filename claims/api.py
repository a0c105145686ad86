"""The read-only JSON API: documents, claims, figures and citation lookups, with an OpenAPI schema.

Every endpoint answers GET, HEAD and OPTIONS; any write method is 405. Lists are
filtered by the same FilterSets as the public pages and always paginated. A parameter the
endpoint does not know, a number out of range or a bad value is a 400 that says which and
lists the known parameters, never a silently unfiltered list or a 500.
"""

from __future__ import annotations

from typing import Any

import django_filters
from django.core.paginator import InvalidPage
from django.db.models import QuerySet
from django.http import Http404
from django.urls import include, path
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field, extend_schema_view
from drf_spectacular.views import SpectacularAPIView
from rest_framework import generics, serializers, viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import BasePagination, PageNumberPagination
from rest_framework.relations import PKOnlyObject
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.routers import DefaultRouter
from rest_framework.settings import api_settings
from rest_framework.utils.urls import remove_query_param, replace_query_param

from claims.exporting import decimal_text
from claims.filters import ClaimFilter, ClaimListFilter, DocumentFilter, FigureFilter
from claims.models import Claim, Figure
from claims.paging import (
    BY_ID,
    COUNT_LIMIT,
    NEWEST_DOCUMENTS,
    BadCursor,
    CappedPaginator,
    Key,
    keyset_page,
    newest_claims_keys,
)
from claims.public import API_CLAIM_FIELDS, API_DOCUMENT_DETAIL_FIELDS, API_DOCUMENT_FIELDS, API_FIGURE_FIELDS
from claims.views import (
    LOOKUP_PAGE,
    LookupResult,
    describe_accepted,
    describe_claim,
    fetch_page,
    lookup_claims,
    lookup_counted,
    lookup_results,
    lookup_rows,
    path_maker,
)
from corpus.compiled import MAX_ID, CompiledRows
from corpus.models import Document, is_web_url


class ErrorSerializer(serializers.Serializer):
    """A 400: what was wrong, per parameter, and for an unknown parameter the ones the endpoint knows."""

    detail = serializers.CharField(required=False)
    unknown = serializers.ListField(child=serializers.CharField(), required=False)
    known = serializers.ListField(child=serializers.CharField(), required=False)
    errors = serializers.DictField(required=False, help_text="The citation lookup's errors, per parameter.")


BAD_REQUEST = OpenApiResponse(ErrorSerializer, description="An unknown parameter or a bad value (which, and why).")
NOT_FOUND = OpenApiResponse(description="No such item, or a page past the last.")


def known_parameters(view: Any) -> list[str]:
    """Return the query parameters an endpoint reads: its filters, its pagination and ``format``."""
    filterset: type[django_filters.FilterSet] | None = getattr(view, "filterset_class", None)
    names = list(filterset.base_filters) if filterset else []
    paginator = getattr(view, "paginator", None)
    if paginator is not None:
        names += [
            p
            for p in (
                getattr(paginator, "cursor_query_param", None),
                paginator.page_query_param,
                paginator.page_size_query_param,
            )
            if p
        ]
    return [*names, "format"]


def check_parameters(request: Request, view: Any) -> None:
    """Raise a 400 for a query parameter the endpoint does not know, or a page number past any id."""
    known = known_parameters(view)
    unknown = sorted(set(request.query_params) - set(known))
    if unknown:
        raise ValidationError(
            {
                "detail": f"unknown parameter{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; "
                f"this endpoint knows {', '.join(known)}",
                "unknown": unknown,
                "known": known,
            }
        )
    page = request.query_params.get("page", "")
    if page.isdigit() and not 1 <= int(page) <= MAX_ID:
        raise ValidationError({"page": [f"Ensure this value is a whole number from 1 to {MAX_ID}."]})


class CappedPagination(PageNumberPagination):
    """Pages by number with a count that is exact up to COUNT_LIMIT, "more than" beyond or estimated (``count_exact`` false)."""

    django_paginator_class = CappedPaginator

    def get_paginated_response(self, data: Any) -> Response:
        paginator = self.page.paginator
        return Response(
            {
                "count": paginator.shown_count,
                "count_exact": paginator.is_exact,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        response = super().get_paginated_response_schema(schema)
        response["properties"]["count"]["description"] = (
            f"The number of matches, exact up to {COUNT_LIMIT:,}; beyond, {COUNT_LIMIT:,} and count_exact false. "
            "A search over more claims than a count reads gives an estimate instead (count_exact false): from a sample "
            "of its full-text index on SQLite, from the query planner on PostgreSQL."
        )
        response["properties"] = {
            "count": response["properties"]["count"],
            "count_exact": {
                "type": "boolean",
                "description": f"False when there are more than {COUNT_LIMIT:,}, or count is an estimate.",
            },
            **{key: value for key, value in response["properties"].items() if key != "count"},
        }
        response["required"] = [*response["required"], "count_exact"]
        return response


class KeysetPagination(BasePagination):
    """Pages through a list by an opaque cursor (``?cursor=``) in id order, with the capped count of CappedPagination.

    ``next`` and ``previous`` carry cursors, so the thousandth page costs what the first does.
    An old ``?page=N`` link still answers its page (by offset, as before); its links go on by cursor.
    """

    page_size = api_settings.PAGE_SIZE
    cursor_query_param = "cursor"
    page_query_param = "page"
    page_size_query_param = None
    keys = BY_ID

    numbered: CappedPagination | None = None

    def paginate_queryset(self, queryset: QuerySet, request: Request, view: Any = None) -> list[Any]:
        self.request = request
        keys = self.keys_for(queryset)
        if keys is None:
            # An order no key follows (figures found by words, best first): pages by number, as before.
            self.numbered = CappedPagination()
            self.numbered.page_size = self.page_size
            return list(self.numbered.paginate_queryset(queryset, request, view) or [])
        cursor = request.query_params.get(self.cursor_query_param) or None
        number = request.query_params.get(self.page_query_param) or "1"
        try:
            offset = 0 if cursor else (int(number) - 1) * self.page_size
        except ValueError:
            raise NotFound("Invalid page.") from None
        try:
            self.page = keyset_page(queryset, keys, cursor, self.page_size, offset=max(offset, 0))
        except BadCursor as error:
            raise ValidationError({self.cursor_query_param: [str(error)]}) from error
        if not self.page.object_list and offset:
            raise NotFound("Invalid page.")
        return self.page.object_list

    def keys_for(self, queryset: QuerySet) -> tuple[Key, ...] | None:
        """Return the keys of the list's own order: by id, or newest first (a search); None for another order."""
        order = list(queryset.query.order_by)
        if order in ([], ["id"]):
            return self.keys
        if order in (["-id"], ["-match_rowid"]):
            return newest_claims_keys(queryset)
        if order == [key.order() for key in NEWEST_DOCUMENTS]:  # documents found by words
            return NEWEST_DOCUMENTS
        return None

    def link(self, cursor: str | None) -> str | None:
        if cursor is None:
            return None
        url = remove_query_param(self.request.build_absolute_uri(), self.page_query_param)
        return replace_query_param(url, self.cursor_query_param, cursor)

    def get_paginated_response(self, data: Any) -> Response:
        if self.numbered is not None:
            return self.numbered.get_paginated_response(data)
        paginator = self.page.paginator
        assert paginator is not None
        return Response(
            {
                "count": paginator.shown_count,
                "count_exact": paginator.is_exact,
                "next": self.link(self.page.next_cursor),
                "previous": self.link(self.page.previous_cursor),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        return CappedPagination().get_paginated_response_schema(schema)

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "Where the page starts: the cursor in a previous answer's next or previous link.",
                "schema": {"type": "string"},
            },
            {
                "name": self.page_query_param,
                "required": False,
                "in": "query",
                "description": "A page number (older links); next and previous links carry cursors.",
                "schema": {"type": "integer"},
            },
        ]


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter's backend, refusing unknown parameters (400) instead of ignoring them."""

    def filter_queryset(self, request: Request, queryset: QuerySet, view: Any) -> QuerySet:
        check_parameters(request, view)
        if not any(request.query_params.get(name) for name in view.filterset_class.base_filters):
            return queryset  # no filter given (a single object, a plain list): no FilterSet to build
        return super().filter_queryset(request, queryset, view)


# Serialise rows with fields built once per serializer class instead of once per request.
#
# DRF builds a serializer's fields (deep copies of every declared field, a model field mapped to
# each) for every instance, which costs more than reading the row. Here the fields are built
# for the first instance of the class and reused: each row is read through the same fields'
# ``get_attribute`` and ``to_representation``, and method fields call this instance's method,
# so the output is what DRF writes (tested) for the same field lists and schema.
class LeanSerializerMixin:
    _lean_fields: list[tuple[str, Any, str | None, bool]] | None = None

    def lean_fields(self) -> list[tuple[str, Any, str | None, bool]]:
        cls = type(self)
        if cls.__dict__.get("_lean_fields") is None:
            fields = self.fields  # type: ignore[attr-defined]
            cls._lean_fields = [
                (name, field, stored_attribute(field), type(field) in PLAIN_FIELDS)
                for name, field in fields.items()
                if not field.write_only
            ]
        return cls._lean_fields  # type: ignore[return-value]

    def to_representation(self, instance: Any) -> dict[str, Any]:
        row: dict[str, Any] = {}
        stored = instance.__dict__
        for name, field, attribute_name, plain in self.lean_fields():
            if attribute_name is not None:
                # A column read into the instance: DRF writes it as it stands when the field is plain and it holds
                # a str, int or bool, and through the field's ``to_representation`` otherwise (a decimal, a date),
                # which is what DRF's ``get_attribute`` would hand it. A deferred column goes through DRF as below.
                value = stored.get(attribute_name, MISSING)
                if value is None or (plain and type(value) in PLAIN_TYPES):
                    row[name] = value
                    continue
                if value is not MISSING and not plain:
                    row[name] = field.to_representation(value)
                    continue
            if isinstance(field, serializers.SerializerMethodField):
                row[name] = getattr(self, field.method_name)(instance)
                continue
            try:
                attribute = field.get_attribute(instance)
            except serializers.SkipField:
                continue
            value = attribute.pk if isinstance(attribute, PKOnlyObject) else attribute
            row[name] = None if value is None else field.to_representation(attribute)
        return row

    def absolute_url(self, name: str, pk: int) -> str:
        """Return the absolute URL of URL ``name`` for ``pk``, reversing and reading the host once per serializer."""
        makers = self.__dict__.setdefault("_url_makers", {})
        if name not in makers:
            site = self.context["request"].build_absolute_uri("/").removesuffix("/")  # type: ignore[attr-defined]
            path = path_maker(name)
            makers[name] = lambda pk: site + path(pk)
        return makers[name](pk)  # type: ignore[no-any-return]


MISSING = object()
# DRF fields whose output is the stored value itself when that value is a str, int, bool or null.
PLAIN_FIELDS = (
    serializers.CharField,
    serializers.IntegerField,
    serializers.BooleanField,
    serializers.ChoiceField,
    serializers.PrimaryKeyRelatedField,
)
PLAIN_TYPES = (str, int, bool)


def stored_attribute(field: Any) -> str | None:
    """Return the instance attribute holding the value ``field`` writes, or None when DRF must look it up.

    A related object's id is its ``_id`` column; any other field of one plain source is that attribute.
    """
    source = getattr(field, "source", "")
    if not source or "." in source or source == "*":
        return None
    if type(field) is serializers.PrimaryKeyRelatedField:
        return f"{source}_id" if field.pk_field is None else None
    return source if not isinstance(field, serializers.RelatedField | serializers.ManyRelatedField) else None


class CompiledRetrieveMixin:
    """A viewset whose single objects are read by SQL compiled once (``CompiledRows``) when no filter narrows them.

    For views whose retrieve queryset is the same for every request (it is compiled once per view
    class): this takes 25–34% off a single object's request in-process (docs/scale.md, third pass).
    """

    retrieve_reader: CompiledRows

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.retrieve_reader = CompiledRows()

    def get_object(self) -> Any:
        view: Any = self
        base = view.get_queryset()
        queryset = view.filter_queryset(base)
        if queryset is not base:  # a filter parameter narrows it: the ORM compiles that query
            return super().get_object()  # type: ignore[misc]
        try:
            pk = int(view.kwargs[view.lookup_url_kwarg or view.lookup_field])
        except ValueError:
            raise Http404 from None
        found = view.retrieve_reader.get(base, pk)
        if found is None:
            raise Http404
        view.check_object_permissions(view.request, found)
        return found


@extend_schema_field({"type": "string", "nullable": True, "example": "2000"})
class DecimalText(serializers.Field):
    """An exact decimal as a string without trailing zeros; null is an open end."""

    def to_representation(self, value: Any) -> str | None:
        return decimal_text(value)


@extend_schema_field({"type": "string", "nullable": True})
class OutletField(serializers.Field):
    def to_representation(self, value: Any) -> str | None:
        return value.name if value else None


class DocumentSerializer(LeanSerializerMixin, serializers.ModelSerializer):
    outlet = OutletField(read_only=True)
    page = serializers.SerializerMethodField()

    class Meta:
        model = Document
        fields = API_DOCUMENT_FIELDS

    def get_page(self, document: Document) -> str:
        return self.absolute_url("document-detail", document.pk)


class DocumentDetailSerializer(DocumentSerializer):
    class Meta(DocumentSerializer.Meta):
        fields = API_DOCUMENT_DETAIL_FIELDS


class ClaimSerializer(LeanSerializerMixin, serializers.ModelSerializer):
    low = DecimalText()
    high = DecimalText()
    corrected_low = DecimalText()
    corrected_high = DecimalText()
    value_text = serializers.SerializerMethodField()
    page = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = API_CLAIM_FIELDS

    def get_value_text(self, claim: Claim) -> str:
        return describe_claim(claim)

    def get_page(self, claim: Claim) -> str:
        return self.absolute_url("claim-detail", claim.pk)


class FigureSerializer(LeanSerializerMixin, serializers.ModelSerializer):
    accepted_low = DecimalText()
    accepted_high = DecimalText()
    accepted_text = serializers.SerializerMethodField()
    claims = serializers.SerializerMethodField()
    page = serializers.SerializerMethodField()

    class Meta:
        model = Figure
        fields = API_FIGURE_FIELDS

    def get_accepted_text(self, figure: Figure) -> str:
        return describe_accepted(figure)

    def get_claims(self, figure: Figure) -> str:
        """Return the URL listing this figure's claims (paginated there)."""
        # The list URL may carry the request's ?format= already: add the figure as one more parameter.
        return replace_query_param(reverse("api-claim-list", request=self.context["request"]), "figure", figure.pk)

    def get_page(self, figure: Figure) -> str:
        return self.absolute_url("figure-detail", figure.pk)


@extend_schema_view(
    list=extend_schema(responses={200: DocumentSerializer(many=True), 400: BAD_REQUEST, 404: NOT_FOUND}),
    retrieve=extend_schema(responses={200: DocumentDetailSerializer, 400: BAD_REQUEST, 404: NOT_FOUND}),
)
class DocumentViewSet(CompiledRetrieveMixin, viewsets.ReadOnlyModelViewSet):
    """Ingested articles; the list leaves out the text, a single document includes it."""

    filterset_class = DocumentFilter
    filter_backends = [StrictFilterBackend]
    pagination_class = KeysetPagination

    def get_queryset(self) -> QuerySet:
        documents = Document.objects.select_related("outlet").order_by("id")
        return documents if self.action == "retrieve" else documents.defer("text")

    def get_serializer_class(self) -> type[serializers.Serializer]:
        return DocumentDetailSerializer if self.action == "retrieve" else DocumentSerializer


@extend_schema_view(
    list=extend_schema(responses={200: ClaimSerializer(many=True), 400: BAD_REQUEST, 404: NOT_FOUND}),
    retrieve=extend_schema(responses={200: ClaimSerializer, 400: BAD_REQUEST, 404: NOT_FOUND}),
)
class ClaimViewSet(CompiledRetrieveMixin, viewsets.ReadOnlyModelViewSet):
    """Claims readers may see (not rejected), filterable by value interval, unit, qualifier and more."""

    serializer_class = ClaimSerializer
    filterset_class = ClaimListFilter
    pagination_class = KeysetPagination
    filter_backends = [StrictFilterBackend]
    queryset = Claim.objects.public().order_by("id")


@extend_schema_view(
    list=extend_schema(responses={200: FigureSerializer(many=True), 400: BAD_REQUEST, 404: NOT_FOUND}),
    retrieve=extend_schema(responses={200: FigureSerializer, 400: BAD_REQUEST, 404: NOT_FOUND}),
)
class FigureViewSet(CompiledRetrieveMixin, viewsets.ReadOnlyModelViewSet):
    """Figures with their accepted value and the editors' rationale."""

    serializer_class = FigureSerializer
    filterset_class = FigureFilter
    pagination_class = KeysetPagination
    filter_backends = [StrictFilterBackend]
    queryset = Figure.objects.order_by("id")


class CitationSerializer(serializers.Serializer):
    claim = ClaimSerializer()
    outlet = serializers.CharField(allow_null=True)
    published = serializers.CharField()
    title = serializers.CharField()
    url = serializers.CharField(allow_null=True)
    apa = serializers.CharField()
    mla = serializers.CharField()
    chicago = serializers.CharField()
    bibtex = serializers.CharField()
    csl_json = serializers.DictField()
    tally_link = serializers.CharField()
    original_link = serializers.CharField(allow_null=True)
    fragment_unique = serializers.BooleanField()
    fragment_note = serializers.CharField()


class CitationGroupSerializer(serializers.Serializer):
    figure = FigureSerializer(allow_null=True)
    citations = CitationSerializer(many=True)


class LookupPagination(CappedPagination):
    """Lookup pages by number, their claims found as the lookup page finds them (``lookup_rows``), not by offset."""

    page_size = LOOKUP_PAGE

    def paginate_queryset(self, queryset: QuerySet, request: Request, view: Any = None) -> list[int]:  # type: ignore[override]
        self.request = request
        paginator = CappedPaginator(queryset, self.page_size, counted=getattr(view, "counted", None))
        try:
            self.page = paginator.page(self.get_page_number(request, paginator))  # the rows are not read here
        except InvalidPage as error:
            raise NotFound(f"Invalid page: {error}") from error
        number = self.page.number
        rows = lookup_rows(queryset, number * self.page_size + 1)[(number - 1) * self.page_size :]
        if number == 1 and len(rows) <= self.page_size and paginator.is_estimate:
            paginator.settle(len(rows))  # the first page holds every claim: an estimate would say less than it shows
        return rows[: self.page_size]


def citation_entry(result: LookupResult, context: dict[str, Any]) -> dict[str, Any]:
    """Return one lookup result as the API writes it: the claim, its source, citations and links."""
    claim, document, fragment = result.claim, result.claim.document, result.fragment
    return {
        "claim": ClaimSerializer(claim, context=context).data,
        "outlet": document.outlet.name if document.outlet else None,
        "published": document.published_display,
        "title": document.title or document.source_name,
        "url": document.url if is_web_url(document.url) else None,
        **result.citations.text,
        "bibtex": result.citations.bibtex,
        "csl_json": result.citations.csl,
        "tally_link": result.tally_link,
        "original_link": result.original_link or None,
        "fragment_unique": fragment.is_unique,
        "fragment_note": fragment.note,
    }


class CitationLookupView(generics.GenericAPIView):
    """Who says it? Claims whose intervals contain or intersect a value, grouped by figure, with citations."""

    pagination_class = LookupPagination
    serializer_class = CitationGroupSerializer
    # The lookup filters with ClaimFilter itself (lookup_claims); the backend and queryset give the
    # schema its parameters and the browsable API its filter form.
    queryset = Claim.objects.public()
    filterset_class = ClaimFilter
    filter_backends = [StrictFilterBackend]
    counted: QuerySet | None = None  # the claims the count reads (``lookup_counted``), set for each request

    @extend_schema(responses={200: CitationGroupSerializer(many=True), 400: BAD_REQUEST, 404: NOT_FOUND})
    def get(self, request: Request) -> Response:
        check_parameters(request, self)
        lookup, claims = lookup_claims(request.query_params)
        if claims is None:
            errors = lookup.errors or {"value": ["Give a value, low/high or words (q)."]}
            return Response({"errors": errors}, status=400)
        self.counted = lookup_counted(lookup)
        page = fetch_page(self.paginate_queryset(claims))
        context = self.get_serializer_context()
        groups = [
            {
                "figure": FigureSerializer(group["figure"], context=context).data if group["figure"] else None,
                "citations": [citation_entry(result, context) for result in group["results"]],
            }
            for group in lookup_results(request, page)
        ]
        return self.get_paginated_response(groups)


router = DefaultRouter()
router.register("documents", DocumentViewSet, basename="api-document")
router.register("claims", ClaimViewSet, basename="api-claim")
router.register("figures", FigureViewSet, basename="api-figure")

urlpatterns = [
    path("citations/", CitationLookupView.as_view(), name="api-citations"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("", include(router.urls)),
]
