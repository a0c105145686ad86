"""A real Chromium: an editor reconciles a conflicted figure in the admin; readers and the history see it."""

import re
from decimal import Decimal

import pytest

from claims import reconciliation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = "About 200 people were deported overnight. Rights groups said about 600 people were deported that night."


def test_editor_ranks_claims_writes_rationale_and_readers_see_it(
    page, live_server, editor, make_document, make_claim, make_figure, make_outlet, artifacts
):
    figure = make_figure(title="People deported in one night")
    document = make_document(text=TEXT, outlet=make_outlet(name="Daily Example"))
    official = make_claim(document=document, quote="About 200", low=Decimal(200), high=Decimal(200), figure=figure)
    rumour = make_claim(document=document, quote="about 600", low=Decimal(600), high=Decimal(600), figure=figure)
    reconciliation.recompute_conflicts(figure)

    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "ed")
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    page.goto(f"{live_server.url}/admin/claims/figure/?hard_conflict=yes")
    page.screenshot(path=str(artifacts / "reconcile-figure-list.png"), full_page=True)
    page.click(f"#result_list a:has-text('{figure.title}')")
    page.wait_for_url(re.compile(rf"/admin/claims/figure/{figure.pk}/change/"))
    assert page.locator("svg.interval-chart").count() == 1
    assert "hard" in page.locator(".figure-conflicts").inner_text()

    for claim, rank, reason in (
        (official, "preferred", "Official count, named source."),
        (rumour, "deprecated", "Unsourced estimate."),
    ):
        row = page.locator(f"tr.form-row:has(input[name$='-id'][value='{claim.pk}'])")
        row.locator("select[name$='-rank']").select_option(rank)
        row.locator("textarea[name$='-rank_reason']").fill(reason)
    page.select_option("#id_accepted_qualifier", "approximate")
    page.fill("#id_accepted_low", "200")
    page.fill("#id_accepted_high", "200")
    page.fill("#id_rationale", "The border office counted the buses; the higher number has no source.")
    page.screenshot(path=str(artifacts / "reconcile-figure-admin.png"), full_page=True)
    page.click("input[name=_save]")
    page.wait_for_url(re.compile(r"/admin/claims/figure/(\?.*)?$"))
    assert "changed successfully" in page.content()

    page.goto(f"{live_server.url}/figures/{figure.pk}/")
    body = page.locator("body").inner_text()
    assert "The border office counted the buses" in body
    rows_text = [row.lower() for row in page.locator(".claims li").all_inner_texts()]
    assert "about 200" in rows_text[0] and "preferred" in rows_text[0]
    assert any("about 600" in row and "deprecated" in row for row in rows_text)
    page.screenshot(path=str(artifacts / "reconcile-figure-public.png"), full_page=True)

    page.goto(f"{live_server.url}/admin/claims/figure/{figure.pk}/history/")
    history = page.locator("#change-history").inner_text()
    assert "ed" in history
    assert "The border office counted the buses" in history
    assert f"claim {official.pk} preferred" in history and f"claim {rumour.pk} deprecated" in history
