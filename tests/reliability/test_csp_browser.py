"""Issue 13, item 13 (browser): under the Content-Security-Policy the copy button works and nothing is refused."""

from decimal import Decimal

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) {
  window.cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def test_copy_button_works_under_the_policy_and_nothing_is_refused(
    page, live_server, make_document, make_claim, make_figure, editor
):
    """Issue 13, item 13: the citation copy button works with inline script refused; no CSP violation is logged."""
    document = make_document(
        text="Floods\n\nAs many as 2,000 people were moved, officials said.",
        byline="Jane Doe",
        url="https://example.org/floods",
    )
    figure = make_figure(
        status="reconciled",
        accepted_low=None,
        accepted_high=Decimal(2000),
        accepted_qualifier="at_most",
        reconciled_by=editor,
    )
    claim = make_claim(
        document=document, quote="As many as 2,000", low=None, high=Decimal(2000), qualifier="at_most", figure=figure
    )
    console: list[str] = []
    page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
    page.add_init_script(RECORD_VIOLATIONS)

    response = page.goto(live_server.url + claim.get_absolute_url())
    assert "'unsafe-inline'" not in response.headers["content-security-policy"].split("script-src")[1].split(";")[0]
    button = page.locator("#cite-apa button.copy")
    button.wait_for(state="visible")  # the script un-hides the buttons: it ran
    button.click()
    page.wait_for_selector("#cite-apa button.copy[data-copied]")
    assert button.inner_text() == "Copied"
    assert button.get_attribute("data-copied") == page.locator("#cite-apa .citation-text").inner_text()
    violations = page.evaluate("window.cspViolations")

    for url in (figure.get_absolute_url(), document.get_absolute_url(), "/citations/?value=2000", "/", "/api/"):
        page.goto(live_server.url + url)
        page.wait_for_load_state("load")
        violations += page.evaluate("window.cspViolations")
    assert violations == []
    assert [line for line in console if "Content Security Policy" in line or "Refused to" in line] == []
