from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CorpusConfig(AppConfig):
    name = "corpus"
    verbose_name = "Corpus"

    def ready(self) -> None:
        from corpus.fulltext import restore_triggers

        # A migration that rebuilt a table (SQLite) dropped its full-text triggers: put them back.
        post_migrate.connect(restore_triggers, sender=self, dispatch_uid="corpus-fulltext-triggers")
