from django.urls import path

from corpus import views

urlpatterns = [
    path("documents/<int:pk>/", views.document_detail, name="document-detail"),
]
