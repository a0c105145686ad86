from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and figures"

    def ready(self) -> None:
        from claims.documents import claims_part
        from corpus.pages import register_document_part

        register_document_part(claims_part)
