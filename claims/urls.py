from django.urls import include, path

from claims import api, views

urlpatterns = [
    path("", views.home, name="home"),
    path("claims/<int:pk>/", views.claim_detail, name="claim-detail"),
    path("figures/<int:pk>/", views.figure_detail, name="figure-detail"),
    path("search/", views.search, name="search"),
    path("citations/", views.citation_lookup, name="citation-lookup"),
    path("lexicon/", views.lexicon, name="lexicon"),
    path("downloads/<str:kind>.<str:fmt>", views.download, name="download"),
    path("api/", include(api.urlpatterns)),
]
