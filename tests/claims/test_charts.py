"""The interval chart: what a reader of a figure page sees drawn for each claim."""

from decimal import Decimal

import pytest
from lxml import etree

from claims.charts import render_interval_chart

SVG = "{http://www.w3.org/2000/svg}"
TEXT = "About 200 were deported, officials said; rights groups said about 600. As many as 900 fled. It rained 3 mm."


@pytest.fixture
def figure_claims(make_document, make_claim, make_figure):
    figure = make_figure(
        title="People deported in one night",
        accepted_low=Decimal(550),
        accepted_high=Decimal(650),
        accepted_qualifier="approximate",
    )
    document = make_document(text=TEXT)
    claims = [
        make_claim(document=document, quote="About 200", low=Decimal(200), high=Decimal(200), conflict="hard"),
        make_claim(document=document, quote="about 600", low=Decimal(600), high=Decimal(600), conflict="hard"),
        make_claim(
            document=document,
            quote="As many as 900",
            low=None,
            high=Decimal(900),
            qualifier="at_most",
            rank="deprecated",
        ),
        make_claim(document=document, quote="3 mm", low=Decimal(3), high=Decimal(3), qualifier="exact", unit="mm"),
    ]
    for claim in claims:
        claim.refresh_from_db()
    return figure, claims


def chart_tree(figure, claims):
    html = str(render_interval_chart(claims, figure))
    svg, _, note = html.partition("</svg>")
    return etree.fromstring(svg + "</svg>"), note


def test_chart_draws_one_row_per_claim_on_the_figure_axis(figure_claims):
    svg, note = chart_tree(*figure_claims)
    rows = svg.findall(f"{SVG}g")
    assert len(rows) == 3
    assert "Intervals of 3 claims, in person" in svg.findtext(f"{SVG}title")
    assert "“3 mm” (mm)" in note and "Not on this axis" in note


def test_chart_marks_hard_conflicts_red_and_named(figure_claims):
    svg, _ = chart_tree(*figure_claims)
    hard = [row for row in svg.findall(f"{SVG}g") if "conflict-hard" in row.get("class")]
    assert len(hard) == 2
    for row in hard:
        assert row.find(f"{SVG}circle").get("fill") == "#c62828"
        assert [text.text for text in row.findall(f"{SVG}text")][-1] == "⚠ hard"


def test_chart_draws_an_open_end_as_an_arrow_and_a_deprecated_claim_dashed(figure_claims):
    svg, _ = chart_tree(*figure_claims)
    deprecated = next(row for row in svg.findall(f"{SVG}g") if "rank-deprecated" in row.get("class"))
    line = deprecated.find(f"{SVG}line")
    assert line.get("marker-start") == "url(#arrow)" and line.get("marker-end") is None
    assert line.get("stroke-dasharray") == "4 3"
    assert "[open, 900]" in deprecated.findtext(f"{SVG}title")


def test_chart_shows_the_accepted_value_as_a_band(figure_claims):
    svg, _ = chart_tree(*figure_claims)
    band = svg.find(f"{SVG}rect[@class='accepted']")
    assert band is not None and band.get("fill") == "#2e7d32"
    ticks = [float(text.text.replace(",", "")) for text in svg.findall(f"{SVG}text") if text.get("text-anchor")]
    assert ticks[0] == 0 and ticks[-1] >= 900


def test_chart_of_no_claims_says_so(db):
    assert "No claims to chart" in render_interval_chart([])
