"""A real Chromium against a live server: highlights lead to claims, article text never runs, readers cite sources."""

import re
import shutil
from decimal import Decimal

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOSTILE = """Hostile markup in an article

<script>window.pwned = "script"; alert("script")</script>
Officials said as many as 2,000 people were detained. <img src="x" onerror="window.pwned='img'; alert('img')">
Read more: <a href="javascript:window.pwned='link';alert('link')">click here</a> about the 54 organizations.
<svg onload="window.pwned='svg'"></svg> "><script>window.pwned='attr'</script>
"""


def test_clicking_a_highlighted_claim_opens_its_page(page, live_server, make_document, make_claim):
    document = make_document(text="Detentions\n\nRights groups say as many as 2,000 North Koreans are held.")
    claim = make_claim(document=document, quote="as many as 2,000", low=None, high=Decimal(2000), qualifier="at_most")
    page.goto(live_server.url + document.get_absolute_url())
    page.click(f"a.claim#claim-{claim.pk}")
    page.wait_for_url(f"**/claims/{claim.pk}/")
    assert page.locator("blockquote.context mark").inner_text() == "as many as 2,000"
    assert "at most 2,000" in page.locator("h1").inner_text()


def test_article_markup_never_runs(page, live_server, tmp_path, artifacts):
    from claims.models import Claim
    from claims.pipeline import ingest
    from corpus.models import Document

    (tmp_path / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    report = ingest([tmp_path])
    assert not report.failures, report.summary()
    document = Document.objects.get()
    assert "<script>" in document.text  # stored as written: escaping is the pages' job
    claim = Claim.objects.filter(document=document).order_by("start").first()
    assert claim is not None

    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    urls = [
        document.get_absolute_url(),
        claim.get_absolute_url(),
        "/search/?q=detained",
        "/search/?q=%3Cscript%3E",
        "/citations/?value=2000&q=detained",
    ]
    for url in urls:
        page.goto(live_server.url + url)
        page.wait_for_load_state("load")
        assert page.evaluate("window.pwned") is None, url
        assert page.locator('a[href^="javascript:"]').count() == 0, url
        assert page.locator("main img, main svg script, main script").count() == 0, url
    page.goto(live_server.url + document.get_absolute_url())
    assert "<script>window.pwned" in page.locator("article .text").inner_text()  # shown as text
    page.get_by_text("click here").first.click()
    page.wait_for_timeout(300)
    page.screenshot(path=str(artifacts / "hostile-document.png"), full_page=True)
    assert dialogs == [] and page.evaluate("window.pwned") is None


@pytest.fixture
def seed_figure(seed_corpus):
    """Put the seeds' detention counts on one reconciled figure."""
    from claims.models import Claim, Figure

    figure = Figure.objects.create(
        title="North Korean escapees detained in China, 2023",
        unit="person",
        scope="North Koreans held in China",
        period="2023",
        status="reconciled",
        accepted_low=None,
        accepted_high=Decimal(2000),
        accepted_qualifier="at_most",
        rationale="Rights groups give 2,000 as an upper bound; no count exceeds it.",
    )
    claims = list(Claim.objects.filter(quote__contains="2,000", unit="person").order_by("document_id", "start"))
    assert claims, "the seeds state 2,000 detained"
    Claim.objects.filter(pk__in=[c.pk for c in claims]).update(figure=figure)
    Claim.objects.filter(pk=claims[0].pk).update(rank="preferred", rank_reason="States the bound and its source.")
    if len(claims) > 2:
        Claim.objects.filter(pk=claims[-1].pk).update(rank="deprecated", rank_reason="Repeats an older count.")
    return figure


def test_reader_searches_opens_figure_and_claim_and_copies_its_citation(page, live_server, seed_figure, artifacts):
    from claims.models import Claim

    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(live_server.url + "/")
    page.fill("#home-q", "detained")
    page.click("form.search-big button")
    page.wait_for_url("**/search/?q=detained")
    page.click(f"a.figure-link[href='{seed_figure.get_absolute_url()}']")
    page.wait_for_url(f"**{seed_figure.get_absolute_url()}")
    assert "at most 2,000" in page.locator(".accepted-value").inner_text()
    page.screenshot(path=str(artifacts / "figure.png"), full_page=True)

    page.locator("ul.by-rank a.quote").first.click()
    page.wait_for_url(re.compile(r".*/claims/\d+/$"))
    claim = Claim.objects.select_related("document").get(pk=int(page.url.rstrip("/").rsplit("/", 1)[1]))
    assert claim.figure_id == seed_figure.pk
    apa = page.locator("#cite-apa .citation-text").inner_text()
    assert claim.document.title.split()[0] in apa
    page.click("#cite-apa button.copy")
    page.wait_for_selector("#cite-apa button.copy[data-copied]")
    copied = page.locator("#cite-apa button.copy").get_attribute("data-copied")
    assert copied == apa
    try:
        clipboard = page.evaluate("navigator.clipboard.readText()")
    except Exception:  # a headless browser without a clipboard still shows the text to copy
        clipboard = copied
    assert clipboard == apa
    page.screenshot(path=str(artifacts / "claim.png"), full_page=True)

    page.goto(live_server.url + claim.document.get_absolute_url())
    assert page.locator("a.claim").count() >= 1
    page.screenshot(path=str(artifacts / "document.png"), full_page=False)

    page.goto(live_server.url + "/citations/?value=2000&unit=person&q=detained")
    assert page.locator(".lookup-group").count() >= 1
    assert seed_figure.title in page.locator(".lookup-group h2").first.inner_text()
    page.screenshot(path=str(artifacts / "lookup.png"), full_page=True)

    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto(live_server.url + seed_figure.get_absolute_url())
    shutil.copy(artifacts / "figure.png", artifacts / "figure-full.png")
    # The README's docs/screenshot.png is copied from this file by hand; tests never write tracked files.
    page.screenshot(path=str(artifacts / "readme-figure.png"), full_page=False)


def test_pages_work_without_javascript(browser, live_server, seed_figure, artifacts):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/")
    page.fill("#home-q", "detained")
    page.click("form.search-big button")
    page.wait_for_url("**/search/?q=detained")
    page.click(f"a.figure-link[href='{seed_figure.get_absolute_url()}']")
    page.locator("ul.by-rank a.quote").first.click()
    page.wait_for_url(re.compile(r".*/claims/\d+/$"))
    assert page.locator("#cite-apa .citation-text").inner_text()
    context.close()
