"""The coverage report in the admin: sessions, seats and registrations per core competency and
LHIN, gaps in words, CSV, and who sees which LHINs."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from network.models import LHIN
from tests.plugin import sign_in
from training.demo import coverage as demo
from training.models import Registration, Session
from training.selectors.coverage import coverage_report

from .factories_records import CourseFactory, RegistrationFactory, SessionFactory

pytestmark = pytest.mark.django_db
REPORT = reverse("admin:training_coveragereport_changelist")
CSV = reverse("admin:training_coveragereport_csv")


def _cell(coverage, competency_number: int, lhin):
    row = next(r for r in coverage.rows if r.competency.number == competency_number)
    keys = [item.pk for item in coverage.lhins] + [None]
    return row.cells[keys.index(lhin.pk if lhin else None)]


def test_figures_count_upcoming_sessions_seats_and_registrations_per_competency_and_lhin(
    network_admin, lhin_toronto
):
    course = CourseFactory(builds=[1, 2])
    session = SessionFactory(course=course, lhin=lhin_toronto, capacity=10)
    SessionFactory(course=course, lhin=lhin_toronto, capacity=5)
    RegistrationFactory.create_batch(3, session=session)
    RegistrationFactory(session=session, status=Registration.Status.WAITLISTED)
    RegistrationFactory(session=session, status=Registration.Status.CANCELLED)
    SessionFactory(course=course, lhin=None, capacity=30)  # online, province-wide
    # Not counted: past, cancelled, unpublished.
    SessionFactory(course=course, lhin=lhin_toronto, starts_at=timezone.now() - timedelta(days=2))
    SessionFactory(course=course, lhin=lhin_toronto, status=Session.Status.CANCELLED)
    SessionFactory(course=CourseFactory(builds=[1], is_published=False), lhin=lhin_toronto)

    coverage = coverage_report(network_admin)
    assert len(coverage.rows) == 6
    toronto = _cell(coverage, 1, lhin_toronto)
    assert (toronto.sessions, toronto.seats, toronto.registrations) == (2, 15, 3)
    assert toronto.waitlisted == 1
    assert _cell(coverage, 2, lhin_toronto).sessions == 2
    online = _cell(coverage, 1, None)
    assert (online.sessions, online.seats, online.registrations) == (1, 30, 0)
    assert _cell(coverage, 3, lhin_toronto).is_gap
    assert len(coverage.lhins) == LHIN.objects.count()


def test_gaps_stand_out_in_words_on_the_admin_page(client, network_admin, lhin_toronto):
    SessionFactory(course=CourseFactory(builds=[1]), lhin=lhin_toronto, capacity=12)
    sign_in(client, network_admin)
    page = client.get(REPORT).content.decode()
    assert "Gap: no session" in page
    assert "1 session" in page
    assert "0 of 12 seats taken" in page
    assert "gaps in this table" in page


def test_a_coordinator_sees_only_their_lhins_and_the_province_wide_column(
    client, coordinator, lhin_toronto, lhin_north_east
):
    SessionFactory(course=CourseFactory(builds=[1]), lhin=lhin_north_east)
    coverage = coverage_report(coordinator)
    assert coverage.lhins == [lhin_toronto]
    assert not coverage.whole_province
    sign_in(client, coordinator)
    page = client.get(REPORT).content.decode()
    assert lhin_toronto.display_name in page
    assert lhin_north_east.display_name not in page
    csv_text = client.get(CSV).content.decode()
    assert lhin_north_east.display_name not in csv_text
    assert "Province-wide or online" in csv_text


def test_content_editors_see_every_lhin(content_editor):
    assert len(coverage_report(content_editor).lhins) == LHIN.objects.count()


def test_the_csv_has_a_row_per_competency_and_column_with_gaps_in_words(
    client, network_admin, lhin_toronto
):
    SessionFactory(course=CourseFactory(builds=[1]), lhin=lhin_toronto, capacity=7)
    sign_in(client, network_admin)
    response = client.get(CSV)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment")
    lines = response.content.decode().strip().splitlines()
    assert len(lines) == 1 + 6 * (LHIN.objects.count() + 1)
    assert any(lhin_toronto.display_name in line and ",1,7,0,0," in line for line in lines)
    assert "Gap: no session" in response.content.decode()


def test_formula_like_names_are_escaped_in_the_csv(client, network_admin):
    from training.models import Competency

    competency = Competency.objects.get(framework__slug="core", number=1)
    competency.name = "=HYPERLINK(1)"
    competency.save()
    sign_in(client, network_admin)
    text = client.get(CSV).content.decode()
    assert "'=HYPERLINK(1)" in text


def test_the_report_runs_the_same_number_of_queries_with_many_sessions(
    client, network_admin, assert_page_queries
):
    lhins = list(LHIN.objects.all())
    for index in range(30):
        session = SessionFactory(
            course=CourseFactory(builds=[1 + index % 6, 1 + (index + 2) % 6]),
            lhin=lhins[index % len(lhins)] if index % 5 else None,
        )
        RegistrationFactory.create_batch(2, session=session)
    sign_in(client, network_admin)
    assert_page_queries(REPORT, 12)
    assert_page_queries(CSV, 10)


def test_people_without_the_report_permission_are_refused(client, full_member, treasurer):
    sign_in(client, treasurer)
    assert client.get(REPORT).status_code == 403
    assert client.get(CSV).status_code == 403
    sign_in(client, full_member)
    assert client.get(REPORT).status_code == 302  # not staff: the admin's sign-in


def test_the_demo_seed_runs_twice():
    demo.seed()
    demo.seed()
