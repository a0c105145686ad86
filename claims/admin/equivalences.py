"""Learned equivalences in the admin: the counted terms editors taught the suggester, to read, change or delete."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.http import HttpRequest

from claims.models import LearnedEquivalence


class LearnedEquivalenceForm(forms.ModelForm):
    """Two words and their relation; the pair is stored in order, lower-cased, whichever way it is typed."""

    class Meta:
        model = LearnedEquivalence
        fields = ["first", "second", "relation", "note"]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        first, second = (str(cleaned.get(name) or "").strip().lower() for name in ("first", "second"))
        if first and second:
            if first == second:
                raise forms.ValidationError("Give two different words.")
            cleaned["first"], cleaned["second"] = sorted((first, second))
            self.instance.first, self.instance.second = cleaned["first"], cleaned["second"]
        return cleaned


@admin.register(LearnedEquivalence)
class LearnedEquivalenceAdmin(admin.ModelAdmin):
    form = LearnedEquivalenceForm
    list_display = ["first", "second", "relation", "editor", "note", "updated_at"]
    list_editable = ["relation"]
    list_filter = ["relation"]
    search_fields = ["first", "second", "note"]
    readonly_fields = ["editor", "created_at", "updated_at"]

    def save_model(self, request: HttpRequest, obj: LearnedEquivalence, form: Any, change: bool) -> None:
        obj.editor = request.user  # type: ignore[assignment]
        super().save_model(request, obj, form, change)
