"""Queries whose SQL is compiled once per database rather than on every request.

Django compiles a query's SQL each time it runs: for a page that reads one row and a short list,
compiling costs about as much as reading (docs/scale.md, third and fourth passes). A
``CompiledRows`` is made once per query shape (a module constant, a view class's attribute); each
call runs its SQL with the caller's value and makes the instances as Django's own iterable does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import connections
from django.db.models import QuerySet

MAX_ID = 2**63 - 1  # the largest id either database stores (a bigint); a larger number is an error, not a 500


class CompiledRows:
    """The rows of a queryset whose ``field`` equals a value, its SQL compiled once per database.

    The queryset (its filters, order and one level of ``select_related``, e.g. a document's outlet)
    must be the same on every call: it is compiled on the first call for each database, with a
    placeholder value, and each call runs that SQL with its own value and makes the instances with
    ``Model.from_db`` and the setters Django's compiler describes them by, so the objects (and the
    query count) are what evaluating the queryset gives.
    """

    PLACEHOLDER = -7_340_033  # a value no row has, found again among the compiled parameters

    def __init__(self, field: str = "pk") -> None:
        self.field = field
        self.compiled: dict[str, tuple[str, list[Any], int, Any]] = {}

    def rows(self, queryset: QuerySet, value: int) -> list[Any]:
        """Return the rows of ``queryset`` whose field equals the id ``value``, in the queryset's order."""
        if not 1 <= value <= MAX_ID:
            return []  # no row has it, and neither database driver takes an integer past a bigint
        db = queryset.db
        if db not in self.compiled:
            compiler = queryset.filter(**{self.field: self.PLACEHOLDER}).query.get_compiler(using=db)
            sql, params = compiler.as_sql()
            self.compiled[db] = (sql, list(params), list(params).index(self.PLACEHOLDER), compiler)
        sql, params, at, compiler = self.compiled[db]
        with connections[db].cursor() as cursor:
            cursor.execute(sql, [*params[:at], value, *params[at + 1 :]])
            found = cursor.fetchall()
        if not found:
            return []
        related = compiler.klass_info.get("related_klass_infos", [])
        instances = []
        for row in compiler.results_iter(results=[found]):
            instance = self.instance(compiler.klass_info, compiler.select, row, db)
            for info in related:
                # select_related, one level: None when the join found no row.
                other = self.instance(info, compiler.select, row, db)
                info["local_setter"](instance, other)
                if other is not None:
                    info["remote_setter"](other, instance)
            instances.append(instance)
        return instances

    def get(self, queryset: QuerySet, pk: int) -> Any:
        """Return the row of ``queryset`` with primary key ``pk`` (``field`` is ``pk``), or None."""
        found = self.rows(queryset, pk)
        return found[0] if found else None

    @staticmethod
    def instance(klass_info: dict[str, Any], select: list[Any], row: Sequence[Any], db: str) -> Any:
        model = klass_info["model"]
        columns = klass_info["select_fields"]
        names = [select[at][0].target.attname for at in columns]
        values = row[columns[0] : columns[-1] + 1]
        if values[names.index(model._meta.pk.attname)] is None:
            return None
        return model.from_db(db, names, values)
