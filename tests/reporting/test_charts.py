import re
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from reporting import charts
from reporting.figures import compute
from reporting.models import Plan, PlanTarget
from reporting.plan_results import plan_results
from tests.reporting.conftest import YEAR, coordinator

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


def svgs(html):
    """Each chart's SVG, parsed with an XML parser, and the figures of the table beside it."""
    found = {}
    for figure in re.findall(r'<figure class="portal-chart".*?</figure>', html, re.S):
        slug = re.search(r'data-chart="([^"]+)"', figure).group(1)
        # The portal's own output, not untrusted data (S314).
        svg = ET.fromstring(re.search(r"<svg.*?</svg>", figure, re.S).group(0))  # noqa: S314
        table = [
            [int(v.rstrip("%")) for v in re.findall(r"<td>([0-9]+%?)</td>", row)]
            for row in re.findall(r"<tr><th scope=\"row\">.*?</tr>", figure, re.S)
        ]
        found[slug] = (svg, table, figure)
    return found


def test_chart_figures_equal_the_reports(data):
    figures = compute(YEAR)
    month_chart = charts.items_per_unit_and_month(figures, YEAR)
    a = month_chart.values["Vụ Cải cách hành chính"]
    # Unit A: news in January, March and June, a workshop in April, a training in September.
    assert a == [1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0]
    for entry in figures.values():
        assert sum(month_chart.values[entry.unit.name]) == entry.items_vi
    coverage = charts.english_coverage(figures.values())
    assert coverage.values == {"Vụ Cải cách hành chính": [40], "Vụ Hợp tác quốc tế": [0]}
    assert coverage.values["Vụ Cải cách hành chính"][0] == (
        figures[data["unit_a"].translation_key].english_share
    )


def test_targets_chart_equals_the_plans_results(data):
    plan = Plan.objects.create(
        title="Kế hoạch",
        start_year=YEAR - 1,
        end_year=YEAR,
        receiving_ministry="Bộ Thông tin và Truyền thông",
    )
    PlanTarget.objects.create(plan=plan, unit=data["unit_a"], news_vi_per_year=2, events_per_year=3)
    results = plan_results(plan)
    with translation.override("en"):
        chart = charts.targets_against_results(results)
    assert chart.values["Vụ Cải cách hành chính: News in Vietnamese"] == [4, 4]
    assert chart.values["Vụ Cải cách hành chính: Events held"] == [2, 6]
    assert not any(label.startswith("Vụ Hợp tác quốc tế") for label in chart.values)


def test_results_report_draws_accessible_charts(client, data, django_user_model):
    client.force_login(coordinator(django_user_model))
    html = client.get(reverse("reporting_results"), {"year": YEAR}).content.decode()
    found = svgs(html)
    assert set(found) == {f"items-month-{YEAR}", "english-coverage"}
    for _slug, (svg, table, figure) in found.items():
        assert svg.get("role") == "img"
        title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
        assert title is not None and title.text and desc is not None and desc.text
        assert svg.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
        # No script and no style attribute (the Content-Security-Policy), presentation only.
        assert not svg.findall(f".//{SVG}script")
        assert all("style" not in element.attrib for element in svg.iter())
        # The bars carry the same figures as the table beside the drawing, row by row.
        values = [
            int(rect.get("data-value"))
            for rect in svg.iter(f"{SVG}rect")
            if rect.get("data-value") is not None
        ]
        assert values == [v for row in table for v in row]
        assert "<caption>" in figure
    coverage_svg, coverage_table, _figure = found["english-coverage"]
    assert coverage_table == [[40], [0]]
    assert coverage_svg.find(f"{SVG}title").text == "Tỷ lệ có bản tiếng Anh theo đơn vị"


def test_charts_in_english_for_an_english_admin(client, data, django_user_model):
    user = coordinator(django_user_model)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    html = client.get(reverse("reporting_results"), {"year": YEAR}).content.decode()
    svg, _table, _figure = svgs(html)["english-coverage"]
    assert svg.find(f"{SVG}title").text == "English coverage per unit"


def test_dashboard_shows_the_charts(client, data, django_user_model):
    client.force_login(coordinator(django_user_model))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert {"english-coverage", "waiting-per-step"} <= set(svgs(html))
