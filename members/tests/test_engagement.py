"""The LHIN engagement dashboard: hand-counted figures, who sees which LHINs, CSV, bad input.

The figures are checked against the selector with a fixed "now" (15 November 2025, Toronto), so
quarters and month ends are known; the pages are checked with memberships made relative to the
real now.
"""

import csv
import io
from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from members import admin_engagement, engagement
from members.demo import DEMO_MEMBERS, seed_membership_demo
from members.engagement import ONTARIO, lhin_engagement
from members.models import LHINTarget, Membership, MembershipApplication, User
from network.demo import seed_demo
from network.models import LHIN, AuditEntry
from tests.factories import MembershipApplicationFactory, MembershipFactory
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db

NOW = datetime(2025, 11, 15, 12, 0, tzinfo=ONTARIO)  # in the fourth quarter
DASHBOARD = "/admin/members/lhintarget/dashboard/"
CSV_URL = "/admin/members/lhintarget/dashboard.csv"

TORONTO_CENTRAL, CENTRAL_EAST, CHAMPLAIN, NORTH_EAST = 7, 9, 11, 13


def on(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 12, 0, tzinfo=ONTARIO)


def member(lhin: int, joined: datetime, expires: datetime, kind="full", status="active"):
    return MembershipFactory(
        lhin=LHIN.objects.get(number=lhin),
        membership_type=kind,
        joined_at=joined,
        expires_at=expires,
        status=status,
    )


def applications(lhin: int, *statuses: str) -> None:
    for status in statuses:
        MembershipApplicationFactory(lhin=LHIN.objects.get(number=lhin), status=status)


@pytest.fixture
def memberships_2025(db):
    """Hand-counted; the comments say what each is at NOW and at the end of 2024."""
    # Toronto Central: full 2, supporting 1, active 3, new this quarter 1 (target 5: gap 2).
    member(7, on(2025, 10, 5), on(2026, 10, 5))  # new in Q4 2025
    member(7, on(2024, 3, 1), on(2026, 3, 1))  # renewed; active at the end of 2024 too
    member(7, on(2025, 2, 10), on(2026, 2, 10), kind="supporting")
    # Lapsed on expiry in June: not active now, but active at the end of 2024.
    member(7, on(2024, 6, 1), on(2025, 6, 1), status="lapsed")
    # Expired on 1 November and not lapsed yet by the nightly task: not active now.
    member(7, on(2024, 11, 1), on(2025, 11, 1))
    applications(7, "submitted", "submitted", "info_requested", "draft", "approved", "declined")
    # Champlain: four full members for a target of 2 (a surplus of 2).
    LHINTarget.objects.create(lhin=LHIN.objects.get(number=11), year=2025, target=2)
    LHINTarget.objects.create(lhin=LHIN.objects.get(number=11), year=2024, target=9)
    for joined in (on(2025, 1, 15), on(2025, 1, 15), on(2025, 3, 20), on(2025, 6, 30)):
        member(11, joined, joined + timedelta(days=365))
    # Central East: one full member. North East: one supporting member, new this quarter.
    member(9, on(2025, 4, 1), on(2026, 4, 1))
    member(13, on(2025, 11, 1), on(2026, 11, 1), kind="supporting")
    applications(13, "submitted", "withdrawn")


def by_number(figures) -> dict:
    return {row.lhin.number: row for row in figures.lhins}


def test_every_figure_of_an_lhin_is_counted_as_defined(memberships_2025, network_admin):
    rows = by_number(lhin_engagement(user=network_admin, year=2025, now=NOW))

    toronto = rows[TORONTO_CENTRAL].figures
    assert (toronto.target, toronto.full, toronto.supporting, toronto.active) == (5, 2, 1, 3)
    assert (toronto.pending, toronto.new_this_quarter, toronto.gap, toronto.met) == (3, 1, 2, False)
    champlain = rows[CHAMPLAIN].figures
    assert (champlain.target, champlain.full, champlain.supporting, champlain.active) == (
        2,
        4,
        0,
        4,
    )
    assert (champlain.pending, champlain.new_this_quarter, champlain.gap) == (0, 0, 0)
    assert champlain.met
    north_east = rows[NORTH_EAST].figures
    assert (north_east.full, north_east.supporting, north_east.active) == (0, 1, 1)
    assert (north_east.pending, north_east.new_this_quarter, north_east.gap) == (1, 1, 4)
    assert not north_east.met
    empty = rows[14].figures  # North West
    assert (empty.target, empty.active, empty.pending, empty.gap, empty.met) == (5, 0, 0, 5, False)


def test_a_past_year_counts_at_its_last_moment_with_that_years_targets(
    memberships_2025, network_admin
):
    rows = by_number(lhin_engagement(user=network_admin, year=2024, now=NOW))

    toronto = rows[TORONTO_CENTRAL].figures
    # The renewed one, the one lapsed in 2025 and the one expired in November 2025.
    assert (toronto.full, toronto.supporting, toronto.active) == (3, 0, 3)
    assert toronto.new_this_quarter == 1  # joined 1 November 2024: the fourth quarter of 2024
    assert toronto.pending == 3  # waiting now, whatever the year shown
    champlain = rows[CHAMPLAIN].figures
    assert (champlain.target, champlain.active, champlain.gap) == (9, 0, 9)


def test_the_trend_counts_the_active_members_at_each_month_end_and_now(
    memberships_2025, network_admin
):
    figures = lhin_engagement(user=network_admin, year=2025, now=NOW)
    rows = by_number(figures)

    # January to November (the last point is now): the lapse after May, the new member of
    # October, the expiry of 1 November.
    assert rows[TORONTO_CENTRAL].trend == (3, 4, 4, 4, 4, 3, 3, 3, 3, 4, 3)
    assert rows[CHAMPLAIN].trend == (2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4)
    assert figures.total_trend == (5, 6, 7, 8, 8, 8, 8, 8, 8, 9, 9)
    assert len(lhin_engagement(user=network_admin, year=2024, now=NOW).total_trend) == 12


def test_regions_add_up_their_lhins_and_meet_only_when_every_lhin_does(
    memberships_2025, network_admin
):
    figures = lhin_engagement(user=network_admin, year=2025, now=NOW)
    regions = {region.region: region for region in figures.regions}

    assert len(regions) == 6
    east = regions["east"].figures  # Central East 1 of 5, South East 0 of 5, Champlain 4 of 2
    assert (east.target, east.full, east.supporting, east.active) == (12, 5, 0, 5)
    assert (east.lhins, east.lhins_met) == (3, 1)
    assert east.gap == 4 + 5 + 0  # Champlain's surplus does not make up for the others
    assert not east.met
    toronto = regions["toronto"].figures
    assert (toronto.active, toronto.gap, toronto.pending, toronto.met) == (3, 2, 3, False)


def test_the_province_adds_up_every_lhin(memberships_2025, network_admin):
    total = lhin_engagement(user=network_admin, year=2025, now=NOW).total

    assert (total.target, total.full, total.supporting, total.active) == (13 * 5 + 2, 7, 2, 9)
    assert (total.pending, total.new_this_quarter, total.lhins, total.lhins_met) == (4, 2, 14, 1)
    assert total.gap == 2 + 4 + 4 + 10 * 5  # Toronto, Central East, North East, the ten empty
    assert not total.met


def test_a_region_meets_its_target_when_all_its_lhins_do(network_admin):
    LHINTarget.objects.create(lhin=LHIN.objects.get(number=13), year=2025, target=1)
    member(13, on(2025, 1, 1), on(2026, 1, 1))

    regions = {r.region: r for r in lhin_engagement(user=network_admin, year=2025, now=NOW).regions}

    assert regions["north_east"].figures.met
    assert regions["north_east"].figures.gap == 0


def test_a_coordinator_counts_their_own_lhins_only(memberships_2025, coordinator):
    figures = lhin_engagement(user=coordinator, year=2025, now=NOW)

    assert not figures.whole_province
    assert [row.lhin.number for row in figures.lhins] == [TORONTO_CENTRAL]
    assert [region.region for region in figures.regions] == ["toronto"]
    assert (figures.total.target, figures.total.active, figures.total.pending) == (5, 3, 3)
    assert figures.total_trend == (3, 4, 4, 4, 4, 3, 3, 3, 3, 4, 3)


def test_a_year_outside_the_range_is_refused(network_admin):
    with pytest.raises(ValueError, match="2026"):
        lhin_engagement(user=network_admin, year=2026, now=NOW)
    with pytest.raises(ValueError, match="2013"):
        lhin_engagement(user=network_admin, year=2013, now=NOW)


def test_the_figures_take_one_query_whatever_the_number_of_memberships(
    memberships_2025, network_admin, django_assert_num_queries
):
    assert network_admin.role_slugs  # loaded once per request, with the person
    with django_assert_num_queries(1):
        lhin_engagement(user=network_admin, year=2025, now=NOW)


# --- The pages ----------------------------------------------------------------------------------


@pytest.fixture
def memberships_now(db):
    """Relative to the real now, for the pages (which count at the real now)."""
    now = timezone.now()
    long_ago = now - timedelta(days=600)
    LHINTarget.objects.create(
        lhin=LHIN.objects.get(number=7), year=engagement.current_year(), target=3
    )
    member(7, now - timedelta(minutes=1), now + timedelta(days=365))  # new this quarter
    member(7, long_ago, now + timedelta(days=100))
    member(7, long_ago, now + timedelta(days=50), kind="supporting")
    member(7, long_ago, now - timedelta(days=10), status="lapsed")
    member(7, long_ago, now - timedelta(hours=1))  # expired, not lapsed yet
    applications(7, "submitted", "info_requested", "draft")
    member(13, now - timedelta(minutes=1), now + timedelta(days=365), kind="supporting")
    applications(13, "submitted")
    member(11, long_ago, now + timedelta(days=30))
    member(11, long_ago, now + timedelta(days=30))


def read_csv(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def test_the_network_administrator_sees_every_lhin_with_its_figures(
    client, memberships_now, network_admin
):
    sign_in(client, network_admin)

    response = client.get(DASHBOARD)

    assert response.status_code == 200
    figures = response.context["engagement"]
    assert figures.whole_province
    assert len(figures.lhins) == 14
    toronto = by_number(figures)[7].figures
    assert (toronto.target, toronto.full, toronto.supporting, toronto.active) == (3, 2, 1, 3)
    assert (toronto.pending, toronto.new_this_quarter, toronto.gap, toronto.met) == (2, 1, 0, True)
    total = figures.total
    assert (total.target, total.active, total.pending, total.new_this_quarter) == (68, 6, 3, 2)
    assert total.gap == 0 + 4 + 3 + 11 * 5
    page = response.content.decode()
    assert page.count("<h1") == 1
    assert f"LHIN engagement in {engagement.current_year()}" in page
    for name in ("Toronto Central", "Champlain", "North East", "North West"):
        assert name in page
    assert 'role="img"' in page
    assert "Not met" in page
    assert 'style="' not in page.split('id="content-main"')[1]


def test_the_page_shows_counts_never_names_or_emails(client, memberships_now, network_admin):
    sign_in(client, network_admin)
    people = list(Membership.objects.values_list("person__display_name", "person__email")) + list(
        MembershipApplication.objects.values_list("applicant__display_name", "applicant__email")
    )

    page = client.get(DASHBOARD).content.decode()
    export = client.get(CSV_URL).content.decode()

    for name, email in people:
        for text in (page, export):
            assert f">{name}<" not in text
            assert email not in text


def test_the_csv_export_has_a_header_row_and_one_row_per_lhin(
    client, memberships_now, network_admin
):
    sign_in(client, network_admin)
    year = engagement.current_year()

    response = client.get(f"{CSV_URL}?year={year}")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="lhin-engagement-{year}.csv"'
    rows = read_csv(response)
    assert rows[0] == [
        "LHIN number",
        "LHIN",
        "Ontario Health region",
        "Year",
        "Target",
        "Full members",
        "Supporting members",
        "Total active",
        "Pending applications",
        "New this quarter",
        "Gap to target",
        "Target met",
        "Engagement strategy",
        "Engagement activities in the year",
        "People reached in the year",
        "Last engagement activity",
    ]
    assert len(rows) == 15
    assert rows[7] == [
        "7",
        "Toronto Central",
        "Toronto",
        str(year),
        "3",
        "2",
        "1",
        "3",
        "2",
        "1",
        "0",
        "Met",
        "No",
        "0",
        "0",
        "",
    ]
    assert rows[13] == [
        "13",
        "North East",
        "North East",
        str(year),
        "5",
        "0",
        "1",
        "1",
        "1",
        "1",
        "4",
        "Not met",
        "No",
        "0",
        "0",
        "",
    ]
    assert rows[11][4:12] == ["5", "2", "0", "2", "0", "0", "3", "Not met"]


def test_the_csv_export_cannot_smuggle_a_formula_into_a_spreadsheet(client, network_admin):
    LHIN.objects.filter(number=14).update(name='=HYPERLINK("http://evil.example")')
    sign_in(client, network_admin)

    rows = read_csv(client.get(CSV_URL))

    assert rows[14][1] == '\'=HYPERLINK("http://evil.example")'


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Toronto", "Toronto"),
        (5, "5"),
    ],
)
def test_cells_that_start_like_a_formula_are_made_text(value, safe):
    assert admin_engagement.spreadsheet_safe(value) == safe


def test_a_coordinator_sees_toronto_central_only_even_in_the_totals(
    client, memberships_now, coordinator
):
    sign_in(client, coordinator)

    response = client.get(DASHBOARD)

    assert response.status_code == 200
    figures = response.context["engagement"]
    assert [row.lhin.number for row in figures.lhins] == [7]
    assert [region.region for region in figures.regions] == ["toronto"]
    assert (figures.total.target, figures.total.active, figures.total.pending) == (3, 3, 2)
    page = response.content.decode()
    assert "your LHINs" in page
    assert "Champlain" not in page
    assert "North East" not in page
    rows = read_csv(client.get(CSV_URL))
    assert [row[0] for row in rows[1:]] == ["7"]


def test_the_coordinator_of_another_lhin_sees_north_east_only(
    client, memberships_now, coordinator_other
):
    sign_in(client, coordinator_other)

    figures = client.get(DASHBOARD).context["engagement"]

    assert [row.lhin.number for row in figures.lhins] == [13]
    assert (figures.total.active, figures.total.pending, figures.total.gap) == (1, 1, 4)
    assert [row[1] for row in read_csv(client.get(CSV_URL))[1:]] == ["North East"]


@pytest.mark.parametrize("url", [DASHBOARD, CSV_URL])
def test_a_member_without_admin_access_is_sent_to_sign_in(client, full_member, url):
    sign_in(client, full_member)

    response = client.get(url)

    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.parametrize("url", [DASHBOARD, CSV_URL, "/admin/members/lhintarget/", "history"])
def test_staff_without_the_permission_get_403(client, content_editor, url):
    if url == "history":
        target = LHINTarget.objects.create(lhin=LHIN.objects.get(number=7), year=2025)
        url = f"/admin/members/lhintarget/{target.pk}/history/"
    sign_in(client, content_editor)

    assert client.get(url).status_code == 403


@pytest.mark.parametrize("year", ["abc", "1999", "2999", "20.5", "-1"])
@pytest.mark.parametrize("url", [DASHBOARD, CSV_URL])
def test_a_bad_year_gets_400_with_a_clear_message(client, network_admin, url, year):
    sign_in(client, network_admin)

    response = client.get(url, {"year": year})

    assert response.status_code == 400
    page = response.content.decode()
    assert f"Choose a year from 2014 to {engagement.current_year()}." in page
    assert 'aria-invalid="true"' in page
    assert "engagement" not in response.context or not response.context.get("engagement")


def test_a_past_year_is_shown_when_asked(client, memberships_now, network_admin):
    sign_in(client, network_admin)
    last_year = engagement.current_year() - 1

    response = client.get(DASHBOARD, {"year": last_year})

    assert response.status_code == 200
    assert response.context["engagement"].period.year == last_year
    assert len(response.context["engagement"].total_trend) == 12


def test_the_dashboard_query_count_does_not_grow_with_the_memberships(
    client, network_admin, assert_page_queries, coordinator
):
    now = timezone.now()
    for number in (7, 11, 13):
        member(number, now - timedelta(days=3), now + timedelta(days=300))
    sign_in(client, network_admin)
    # The person, their roles, their permissions (2), the figures, each LHIN's engagement
    # strategy and activities (governance), and the request's savepoint.
    assert_page_queries(DASHBOARD, 8)
    assert_page_queries(CSV_URL, 8)

    for number in (7, 11, 13):
        for _ in range(10):
            member(number, now - timedelta(days=40), now + timedelta(days=300), kind="supporting")
        applications(number, *["submitted"] * 5)
    assert_page_queries(DASHBOARD, 8)
    assert_page_queries(CSV_URL, 8)
    sign_in(client, coordinator)
    assert_page_queries(DASHBOARD, 9)  # and the content type of their LHIN grants


# --- Targets ------------------------------------------------------------------------------------


def test_the_target_list_opens_with_no_target_set_yet(client, network_admin):
    sign_in(client, network_admin)

    assert client.get("/admin/members/lhintarget/").status_code == 200


def test_a_coordinator_reads_the_targets_of_their_lhins_only(client, coordinator):
    toronto = LHINTarget.objects.create(lhin=LHIN.objects.get(number=7), year=2025, target=8)
    north = LHINTarget.objects.create(lhin=LHIN.objects.get(number=13), year=2025, target=4)
    sign_in(client, coordinator)

    response = client.get("/admin/members/lhintarget/")

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [toronto]
    assert client.get(f"/admin/members/lhintarget/{toronto.pk}/change/").status_code == 200
    assert client.get(f"/admin/members/lhintarget/{north.pk}/change/").status_code == 302
    assert client.get("/admin/members/lhintarget/add/").status_code == 403
    changed = client.post(
        f"/admin/members/lhintarget/{toronto.pk}/change/",
        {"lhin": toronto.lhin_id, "year": 2025, "target": 1},
    )
    assert changed.status_code == 403
    toronto.refresh_from_db()
    assert toronto.target == 8


def test_the_network_administrator_sets_a_target_and_it_is_audited(client, network_admin):
    sign_in(client, network_admin)
    lhin = LHIN.objects.get(number=14)

    response = client.post(
        "/admin/members/lhintarget/add/", {"lhin": lhin.pk, "year": 2026, "target": 3}
    )

    assert response.status_code == 302
    target = LHINTarget.objects.get(lhin=lhin, year=2026)
    assert target.target == 3
    assert AuditEntry.objects.filter(action="lhin_target.add", actor=network_admin).exists()
    twice = client.post(
        "/admin/members/lhintarget/add/", {"lhin": lhin.pk, "year": 2026, "target": 4}
    )
    assert twice.status_code == 400  # the form again, with the error: one target per year
    too_early = client.post(
        "/admin/members/lhintarget/add/", {"lhin": lhin.pk, "year": 1990, "target": 4}
    )
    assert "Choose a year from 2014" in too_early.content.decode()


def test_the_target_list_labels_each_editable_target(client, network_admin):
    LHINTarget.objects.create(lhin=LHIN.objects.get(number=7), year=2025, target=8)
    sign_in(client, network_admin)

    page = client.get("/admin/members/lhintarget/").content.decode()

    assert 'aria-label="Target of Toronto Central in 2025"' in page
    assert "/admin/members/lhintarget/dashboard/" in page


# --- Demo data ----------------------------------------------------------------------------------


def test_the_demo_members_are_idempotent_and_leave_lhins_over_and_under_target(network_admin):
    seed_demo()
    seed_membership_demo()  # whether seed_demo ran it or not, nothing is new from here on
    counts = (
        User.objects.count(),
        Membership.objects.count(),
        MembershipApplication.objects.count(),
        LHINTarget.objects.count(),
        AuditEntry.objects.count(),
    )

    created = seed_membership_demo()

    assert created == 0
    assert counts == (
        User.objects.count(),
        Membership.objects.count(),
        MembershipApplication.objects.count(),
        LHINTarget.objects.count(),
        AuditEntry.objects.count(),
    )
    members = sum(active + lapsed for active, lapsed, _ in DEMO_MEMBERS.values())
    applicants = sum(applying for _, _, applying in DEMO_MEMBERS.values())
    assert User.objects.filter(display_name__startswith="Peer ").count() == members
    assert (
        MembershipApplication.objects.filter(
            applicant__display_name__startswith="Applicant "
        ).count()
        == applicants
    )
    rows = lhin_engagement(user=network_admin, year=engagement.current_year()).lhins
    assert any(row.figures.active > row.figures.target for row in rows)
    assert any(0 < row.figures.active < row.figures.target for row in rows)
    assert any(row.figures.active == 0 for row in rows)
    assert any(row.figures.pending for row in rows)
    assert not User.objects.exclude(email__endswith="@example.org").exclude(
        email__endswith="@example.net"
    )


def test_the_demo_members_are_created_once(db):
    assert seed_membership_demo() == sum(sum(counts) for counts in DEMO_MEMBERS.values())
    assert seed_membership_demo() == 0
