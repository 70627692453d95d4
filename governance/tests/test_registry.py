"""The registry: the peer roles matrix, partners, LHIN engagement strategies and their log."""

import csv
import io
from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from governance.demo import registry as demo
from governance.models import EngagementActivity, LHINEngagementStrategy, Partner, PeerRole
from governance.peer_roles import PEER_ROLES, load_peer_roles
from members import engagement
from network.demo import seed_demo
from network.models import LHIN, AuditEntry
from tests.plugin import sign_in
from training.models import Competency

from .factories_registry import (
    EngagementActivityFactory,
    LHINEngagementStrategyFactory,
    PartnerFactory,
    PeerRoleFactory,
    lhin,
)

pytestmark = pytest.mark.django_db

PEER_ROLES_URL = "/governance/peer-roles/"
PARTNERS_URL = "/governance/partners/"
STRATEGIES = "/admin/governance/lhinengagementstrategy/"
ACTIVITIES = "/admin/governance/engagementactivity/"
DASHBOARD = "/admin/members/lhintarget/dashboard/"
CSV_URL = "/admin/members/lhintarget/dashboard.csv"


# --- Reference data -----------------------------------------------------------------------------


def test_the_eight_peer_roles_are_loaded_with_a_scope_of_practice_in_both_languages():
    roles = list(PeerRole.objects.order_by("order"))

    assert [role.name for role in roles] == [
        "Peer support worker",
        "Peer advocate",
        "Peer educator",
        "Peer navigator",
        "Peer advisor",
        "Peer researcher/evaluator",
        "Peer manager",
        "Peer group facilitator",
    ]
    for role in roles:
        for field in ("description", "in_scope", "out_of_scope"):
            assert getattr(role, field).strip(), (role.slug, field)
            assert getattr(role, f"{field}_fr").strip(), (role.slug, f"{field}_fr")
        assert role.name_fr
        assert role.competencies.exists()
        # Every scope line in English has its French line.
        assert len(role.in_scope_items) == len(role.in_scope_fr.splitlines())
    worker = PeerRole.objects.get(slug="peer-support-worker")
    assert "Diagnosing, assessing or treating" in worker.out_of_scope_items


def test_loading_the_roles_again_keeps_what_governance_members_edited():
    PeerRole.objects.filter(slug="peer-advocate").update(description="Edited by the board.")
    PeerRole.objects.filter(slug="peer-manager").delete()

    load_peer_roles(PeerRole, Competency)

    assert PeerRole.objects.get(slug="peer-advocate").description == "Edited by the board."
    assert PeerRole.objects.count() == len(PEER_ROLES) == 8
    assert PeerRole.objects.get(slug="peer-manager").competencies.count() == 5


# --- The peer roles pages -----------------------------------------------------------------------


def test_the_matrix_marks_each_roles_competencies_in_words(client):
    response = client.get(PEER_ROLES_URL)

    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("<h1") == 1
    assert '<th scope="col">1. Self-Assessment/Self-Evaluation</th>' in page
    assert '<th scope="row"><a href="#peer-educator">Peer educator</a></th>' in page
    educator = next(row for row in response.context["rows"] if row.role.slug == "peer-educator")
    assert [related for _c, related in educator.cells] == [True, True, False, False, True, True]
    assert "<td>Yes</td>" in page
    assert "<td>No</td>" in page
    assert "<li>Giving medical advice</li>" in page  # the educator's out of scope, as a list


def test_the_matrix_takes_the_same_queries_with_more_roles(client, assert_page_queries):
    assert_page_queries(PEER_ROLES_URL, 6)
    competencies = list(Competency.objects.all())
    for _ in range(10):
        PeerRoleFactory().competencies.set(competencies)
    assert len(assert_page_queries(PEER_ROLES_URL, 6).context["rows"]) == 18


def test_a_role_has_its_own_page_in_french_too(client):
    page = client.get("/governance/peer-roles/peer-navigator/").content.decode()
    assert "<h1>Peer navigator</h1>" in page
    assert "<h2>Out of scope</h2>" in page

    client.cookies["django_language"] = "fr"
    page = client.get("/governance/peer-roles/peer-navigator/").content.decode()
    assert "Pair navigateur" in page
    assert "Aide les personnes à trouver" in page


def test_a_roles_page_keeps_its_query_count(assert_page_queries):
    assert_page_queries("/governance/peer-roles/peer-support-worker/", 5)


def test_an_unknown_role_is_404(client):
    assert client.get("/governance/peer-roles/peer-wizard/").status_code == 404


# --- Partners -----------------------------------------------------------------------------------


def test_the_public_list_shows_current_active_partners_only(client):
    today = timezone.localdate()
    PartnerFactory(name="Current Partner")
    PartnerFactory(name="Ending Today", agreement_end=today)
    PartnerFactory(name="Ended Agreement", agreement_end=today - timedelta(days=1))
    PartnerFactory(name="Marked Ended", status=Partner.Status.ENDED)
    PartnerFactory(name="Just Talking", status=Partner.Status.PROSPECTIVE)

    response = client.get(PARTNERS_URL)

    assert response.status_code == 200
    shown = [partner.name for partner in response.context["page"]]
    assert shown == ["Current Partner", "Ending Today"]
    page = response.content.decode()
    assert "Private Contact" not in page
    assert "private.contact@example.org" not in page
    assert '<a href="https://example.org/" rel="noopener noreferrer nofollow">' in page
    assert "Across Ontario" in page


def test_partners_filter_by_kind_and_by_lhin_with_those_across_the_province(client):
    PartnerFactory(name="Toronto Stakeholder", kind="stakeholder", lhins=[lhin(7)])
    PartnerFactory(name="Northern Stakeholder", kind="stakeholder", lhins=[lhin(13), lhin(14)])
    PartnerFactory(name="Everywhere Network", kind="international_network")

    def names(query: str) -> list[str]:
        response = client.get(PARTNERS_URL + query)
        assert response.status_code == 200
        return [partner.name for partner in response.context["page"]]

    assert names("?kind=stakeholder") == ["Northern Stakeholder", "Toronto Stakeholder"]
    assert names("?lhin=north-east") == ["Everywhere Network", "Northern Stakeholder"]
    assert names("?lhin=toronto-central&kind=stakeholder") == ["Toronto Stakeholder"]
    assert names("?kind=national_network") == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?kind=cult", "Please choose one of the kinds of partner listed."),
        ("?lhin=atlantis", "Please choose one of the 14 LHIN regions listed."),
        ("?lhin=1", "Please choose one of the 14 LHIN regions listed."),
    ],
)
def test_a_bad_filter_is_400_with_a_clear_message(client, query, message):
    response = client.get(PARTNERS_URL + query)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert response.context["page"] is None


def test_partners_paginate_and_keep_their_query_count(client, assert_page_queries):
    lhins = list(LHIN.objects.all()[:3])
    for _ in range(25):
        PartnerFactory(lhins=lhins)

    first = assert_page_queries(PARTNERS_URL, 6)
    second = assert_page_queries(PARTNERS_URL + "?page=2", 6)
    assert_page_queries(PARTNERS_URL + "?page=99", 6)  # the last page, not an error

    assert len(first.context["page"].object_list) == 20
    assert len(second.context["page"].object_list) == 5
    assert 'rel="next"' in first.content.decode()


@pytest.mark.parametrize("website", ["javascript:alert(1)", "ftp://example.org/", "example"])
def test_a_partners_website_must_be_a_web_address(website):
    partner = PartnerFactory.build(website=website)
    with pytest.raises(ValidationError) as error:
        partner.full_clean()
    assert "website" in error.value.message_dict


def test_an_agreement_cannot_end_before_it_starts():
    partner = PartnerFactory.build(
        agreement_start=date(2025, 5, 1), agreement_end=date(2025, 4, 30)
    )
    with pytest.raises(ValidationError) as error:
        partner.full_clean()
    assert error.value.message_dict["agreement_end"] == [
        "The agreement cannot end before it starts."
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        partner.save()


def test_a_governance_member_adds_a_partner_in_the_admin_and_it_is_audited(
    client, governance_member
):
    sign_in(client, governance_member)
    form = {
        "name": "Diabetes Peer Network",
        "name_fr": "",
        "kind": "peer_network",
        "status": "active",
        "website": "https://example.org/diabetes",
        "description": "Shares training.",
        "description_fr": "",
        "lhins": [lhin(11).pk],
        "agreement_start": "2026-01-01",
        "agreement_end": "",
        "contact_name": "",
        "contact_email": "",
    }

    response = client.post("/admin/governance/partner/add/", form)

    assert response.status_code == 302
    partner = Partner.objects.get(name="Diabetes Peer Network")
    assert list(partner.lhins.values_list("number", flat=True)) == [11]
    assert AuditEntry.objects.filter(action="partner.add", target_id=str(partner.pk)).exists()

    bad = client.post(
        "/admin/governance/partner/add/",
        {**form, "name": "Other", "website": "javascript:alert(1)", "agreement_end": "2025-01-01"},
    )
    assert bad.status_code == 400
    page = bad.content.decode()
    assert "Enter a valid URL." in page
    assert "The agreement cannot end before it starts." in page
    assert not Partner.objects.filter(name="Other").exists()


# --- LHIN engagement in the admin ---------------------------------------------------------------


def test_a_coordinator_keeps_the_strategy_and_log_of_their_own_lhin_only(
    client, coordinator, coordinator_other
):
    toronto = LHINEngagementStrategyFactory(lhin=lhin(7))
    north = LHINEngagementStrategyFactory(lhin=lhin(13))
    toronto_activity = EngagementActivityFactory(lhin=lhin(7), description="Toronto outreach")
    EngagementActivityFactory(lhin=lhin(13), description="Sudbury outreach")

    sign_in(client, coordinator)
    assert client.get(f"{STRATEGIES}{toronto.pk}/change/").status_code == 200
    assert client.get(f"{STRATEGIES}{north.pk}/change/").status_code == 404
    assert [a.lhin.number for a in client.get(ACTIVITIES).context["cl"].result_list] == [7]

    sign_in(client, coordinator_other)
    for url in (
        f"{STRATEGIES}{toronto.pk}/change/",
        f"{STRATEGIES}{toronto.pk}/history/",
        f"{STRATEGIES}{toronto.pk}/delete/",
        f"{ACTIVITIES}{toronto_activity.pk}/change/",
        f"{ACTIVITIES}{toronto_activity.pk}/delete/",
    ):
        assert client.get(url).status_code == 404, url
    assert (
        client.post(f"{ACTIVITIES}{toronto_activity.pk}/delete/", {"post": "yes"}).status_code
        == 404
    )
    assert EngagementActivity.objects.filter(pk=toronto_activity.pk).exists()


def test_a_coordinator_logs_an_activity_recorded_as_theirs(client, coordinator):
    sign_in(client, coordinator)
    today = timezone.localdate()
    form = {
        "lhin": lhin(7).pk,
        "date": today.isoformat(),
        "kind": "outreach",
        "description": "Outreach at a harm reduction site.",
        "people_reached": "40",
    }

    assert client.post(f"{ACTIVITIES}add/", form).status_code == 302

    activity = EngagementActivity.objects.get()
    assert (activity.lhin.number, activity.people_reached) == (7, 40)
    assert activity.recorded_by == coordinator
    assert AuditEntry.objects.filter(action="engagement_activity.add").exists()


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"lhin": 13}, "lhin", "Select a valid choice."),
        ({"people_reached": "-3"}, "people_reached", "greater than or equal to 0"),
        ({"people_reached": "1000000"}, "people_reached", "less than or equal to 100000"),
        ({"date": "2999-01-01"}, "date", "choose today or an earlier date"),
        ({"kind": "party"}, "kind", "Select a valid choice."),
    ],
)
def test_a_bad_activity_is_refused_at_its_field(client, coordinator, change, field, message):
    sign_in(client, coordinator)
    form = {
        "lhin": lhin(7).pk,
        "date": timezone.localdate().isoformat(),
        "kind": "outreach",
        "description": "Outreach.",
        "people_reached": "4",
    }
    if "lhin" in change:
        change = {"lhin": lhin(change["lhin"]).pk}

    response = client.post(f"{ACTIVITIES}add/", {**form, **change})

    assert response.status_code == 400
    errors = response.context["adminform"].form.errors
    assert message in str(errors[field])
    assert not EngagementActivity.objects.exists()


def test_a_coordinator_writes_their_lhins_strategy_and_cannot_pick_another(client, coordinator):
    sign_in(client, coordinator)
    form = {
        "lhin": lhin(7).pk,
        "strategy": "<p>Meet quarterly.</p><script>alert(1)</script>",
        "strategy_fr": "<p>Se rencontrer chaque trimestre.</p>",
        "review_by": "2027-06-30",
    }

    elsewhere = client.post(f"{STRATEGIES}add/", {**form, "lhin": lhin(13).pk})
    assert elsewhere.status_code == 400
    assert "Select a valid choice" in str(elsewhere.context["adminform"].form.errors["lhin"])
    assert client.post(f"{STRATEGIES}add/", form).status_code == 302

    strategy = LHINEngagementStrategy.objects.get()
    assert strategy.lhin.number == 7
    assert strategy.updated_by == coordinator
    assert "<script>" not in strategy.strategy  # sanitized on save


def test_governance_members_read_every_lhins_strategy_but_do_not_change_it(
    client, governance_member
):
    north = LHINEngagementStrategyFactory(lhin=lhin(13))
    sign_in(client, governance_member)

    assert client.get(f"{STRATEGIES}{north.pk}/change/").status_code == 200
    assert client.get(STRATEGIES).context["cl"].result_count == 1
    response = client.post(f"{STRATEGIES}{north.pk}/change/", {"strategy": "<p>Mine now</p>"})
    assert response.status_code == 403
    assert client.get(f"{STRATEGIES}add/").status_code == 403


def test_the_network_administrator_keeps_every_lhins_records(client, network_admin):
    north = LHINEngagementStrategyFactory(lhin=lhin(13))
    sign_in(client, network_admin)

    response = client.post(
        f"{STRATEGIES}{north.pk}/change/",
        {"strategy": "<p>Updated</p>", "strategy_fr": "", "review_by": ""},
    )

    assert response.status_code == 302
    north.refresh_from_db()
    assert north.strategy == "<p>Updated</p>"
    assert north.updated_by == network_admin


def test_people_reached_has_a_database_bound_too():
    with pytest.raises(IntegrityError), transaction.atomic():
        EngagementActivityFactory(people_reached=100_001)


# --- The engagement dashboard -------------------------------------------------------------------


@pytest.fixture
def logged_activities(db):
    today = timezone.localdate()
    this_year = engagement.current_year()
    LHINEngagementStrategyFactory(lhin=lhin(7))
    in_year = [
        today - timedelta(days=d)
        for d in (0, 1, 2)
        if (today - timedelta(days=d)).year == this_year
    ]
    for day, reached in zip(in_year, (10, 20, 30), strict=False):
        EngagementActivityFactory(lhin=lhin(7), date=day, people_reached=reached)
    EngagementActivityFactory(lhin=lhin(7), date=date(this_year - 1, 6, 1), people_reached=500)
    EngagementActivityFactory(lhin=lhin(13), date=date(this_year - 1, 3, 2), people_reached=7)
    return {"toronto": (len(in_year), sum((10, 20, 30)[: len(in_year)]), in_year[0])}


def test_the_dashboard_shows_each_lhins_strategy_and_activities_this_year(
    client, network_admin, logged_activities
):
    sign_in(client, network_admin)

    response = client.get(DASHBOARD)

    assert response.status_code == 200
    rows = {row.lhin.number: activity for row, activity in response.context["lhin_rows"]}
    count, reached, last = logged_activities["toronto"]
    toronto = rows[7]
    assert (toronto.activities, toronto.people_reached, toronto.last_activity) == (
        count,
        reached,
        last,
    )
    assert toronto.strategy_id == LHINEngagementStrategy.objects.get().pk
    north = rows[13]
    assert (north.strategy_id, north.activities, north.people_reached) == (None, 0, 0)
    assert north.last_activity == date(engagement.current_year() - 1, 3, 2)
    page = response.content.decode()
    strategy = LHINEngagementStrategy.objects.get()
    assert f'href="/admin/governance/lhinengagementstrategy/{strategy.pk}/change/"' in page
    assert "Toronto Central strategy" in page
    assert "No strategy yet" in page


def test_last_years_dashboard_counts_last_years_activities(
    client, network_admin, logged_activities
):
    sign_in(client, network_admin)
    year = engagement.current_year() - 1

    response = client.get(f"{DASHBOARD}?year={year}")

    rows = {row.lhin.number: activity for row, activity in response.context["lhin_rows"]}
    assert (rows[7].activities, rows[7].people_reached) == (1, 500)
    assert rows[7].last_activity == date(year, 6, 1)


def test_a_coordinator_sees_their_own_lhins_activity_on_the_dashboard(
    client, coordinator, logged_activities
):
    sign_in(client, coordinator)

    rows = client.get(DASHBOARD).context["lhin_rows"]

    assert [row.lhin.number for row, _activity in rows] == [7]


def test_the_csv_export_has_the_strategy_and_activity_columns(
    client, network_admin, logged_activities
):
    sign_in(client, network_admin)

    text = client.get(CSV_URL).content.decode().removeprefix("\ufeff")
    rows = list(csv.reader(io.StringIO(text)))

    assert rows[0][-4:] == [
        "Engagement strategy",
        "Engagement activities in the year",
        "People reached in the year",
        "Last engagement activity",
    ]
    count, reached, last = logged_activities["toronto"]
    assert rows[7][-4:] == ["Yes", str(count), str(reached), last.isoformat()]
    assert rows[13][-4:] == ["No", "0", "0", date(engagement.current_year() - 1, 3, 2).isoformat()]


def test_the_dashboards_activity_figures_take_one_query_whatever_their_number(
    client, network_admin, assert_page_queries
):
    sign_in(client, network_admin)
    # The dashboard's own queries (members/tests/test_engagement.py) and one for the activity.
    assert_page_queries(DASHBOARD, 8)
    for number in range(1, 15):
        LHINEngagementStrategyFactory(lhin=lhin(number))
        for _ in range(3):
            EngagementActivityFactory(lhin=lhin(number))
    assert_page_queries(DASHBOARD, 8)
    assert_page_queries(CSV_URL, 8)


# --- Demo ---------------------------------------------------------------------------------------


def test_the_demo_runs_twice_and_gives_partners_strategies_and_activities():
    seed_demo()
    seed_demo()  # and the registry's part again, with the demo people in place
    demo.seed()

    assert Partner.objects.count() == 5
    assert Partner.objects.get(name="Faces and Voices of Recovery").kind == "international_network"
    assert Partner.objects.filter(status="ended").count() == 1
    regional = Partner.objects.get(lhins__isnull=False, lhins__number=13)
    assert regional.kind == "stakeholder"
    assert Partner.objects.filter(name__icontains="HIV", kind="peer_network").exists()
    assert sorted(LHINEngagementStrategy.objects.values_list("lhin__number", flat=True)) == [
        7,
        11,
        13,
    ]
    assert EngagementActivity.objects.count() == 6
    toronto = EngagementActivity.objects.filter(lhin__number=7)
    assert {a.recorded_by.email for a in toronto} == {"coordinator@example.org"}
