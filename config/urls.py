"""Tally's URLs: the admin for editors, public read-only pages and the API for everyone else."""

from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Tally editors"
admin.site.site_title = "Tally"
admin.site.index_title = "Claims, figures and documents"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("corpus.urls")),
    path("", include("claims.urls")),
]
