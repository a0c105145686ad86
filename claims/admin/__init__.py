"""The editors' admin: review claims, reconcile figures, see conflicts, with full history.

Every write goes through ``claims.reconciliation`` (the admin only checks input), so the
admin, the views, the API and the commands change figures the same way. History is kept
by django-simple-history: the history pages show who, when, and each field before and
after. A figure form carries the version it was loaded at; saving a figure that another
editor changed meanwhile is refused with the submitted values shown back.

The pages are registered by concept: figures (``figures``), claims under review (``review``),
documents with their claims and the readings that changed (``documents``), the counted terms
editors taught the suggester (``equivalences``); ``shared`` holds
what they all show.
"""

from claims.admin import documents, equivalences, figures, review

__all__ = ["documents", "equivalences", "figures", "review"]
