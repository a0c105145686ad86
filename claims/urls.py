from django.urls import path

from claims import views

urlpatterns = [
    path("", views.home, name="home"),
    path("documents/<int:pk>/", views.document_detail, name="document-detail"),
    path("claims/<int:pk>/", views.claim_detail, name="claim-detail"),
    path("figures/<int:pk>/", views.figure_detail, name="figure-detail"),
]
