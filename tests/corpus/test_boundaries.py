"""corpus is the lower layer: it imports nothing from claims, and its migrations depend on no claims migration."""

import ast
from pathlib import Path

from django.db.migrations.loader import MigrationLoader

from tests.conftest import REPO


def imported_modules(path: Path) -> set[str]:
    """Return the modules a file imports, by statement or by ``importlib.import_module("...")``."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.add(str(node.args[0].value))
    return names


def test_imported_modules_sees_every_kind_of_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import claims.models\nfrom claims import views\nimport importlib\n"
        "importlib.import_module('claims.tasks')\nfrom . import local\n",
        encoding="utf-8",
    )
    assert imported_modules(sample) == {"claims.models", "claims", "importlib", "claims.tasks"}


def test_corpus_imports_nothing_from_claims():
    offenders = [
        (str(path.relative_to(REPO)), name)
        for path in sorted((REPO / "corpus").rglob("*.py"))
        for name in imported_modules(path)
        if name == "claims" or name.startswith("claims.")
    ]
    assert offenders == []


def test_corpus_migrations_depend_on_no_claims_migration():
    graph = MigrationLoader(None, ignore_no_migrations=True).graph
    corpus_nodes = [key for key in graph.nodes if key[0] == "corpus"]
    assert corpus_nodes
    for key in corpus_nodes:
        assert [dep for dep in graph.forwards_plan(key) if dep[0] == "claims"] == [], key


def test_document_page_renders_without_any_app_adding_to_it(client, make_document, monkeypatch):
    from corpus import pages

    monkeypatch.setattr(pages, "part_makers", [])
    document = make_document(text="Some 2,000 people were detained, officials said.", url="https://example.org/a")
    page = client.get(document.get_absolute_url()).content.decode()
    assert "Some 2,000 people were detained" in page and 'href="https://example.org/a"' in page
    assert 'class="claim"' not in page and "Claims in this document" not in page
