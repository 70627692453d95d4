"""Coordinators of the application's LHIN decide it, in the admin; the rules hold everywhere."""

import threading

import pytest
from django.core import mail
from django.db import connection

from members import services
from members.models import Membership, MembershipApplication
from network import roles
from network.models import AuditEntry
from tests.factories import MembershipApplicationFactory
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(db):
    return MembershipApplicationFactory(applicant__display_name="Quiet Harbour")


def admin_url(application, action: str = "change") -> str:
    if action == "change":
        return f"/admin/members/membershipapplication/{application.pk}/change/"
    return f"/admin/members/membershipapplication/{application.pk}/{action}/"


def test_approving_makes_a_member_for_a_year_with_the_role_an_audit_entry_and_an_email(
    application, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        membership = services.application_approve(
            application_id=application.pk, reviewer=coordinator
        )

    application.refresh_from_db()
    assert application.status == "approved"
    assert application.decided_by == coordinator
    assert membership.lhin.number == 7
    assert 364 <= (membership.expires_at - membership.joined_at).days <= 365
    applicant = application.applicant
    assert roles.has_role(applicant, roles.FULL_MEMBER)
    assert AuditEntry.objects.filter(action="application.approve", actor=coordinator).exists()
    assert mail.outbox[-1].to == [applicant.email]
    assert "Welcome" in mail.outbox[-1].subject


def test_declining_needs_a_reason_and_tells_the_applicant_kindly(
    application, coordinator, django_capture_on_commit_callbacks
):
    with pytest.raises(services.MembershipError, match="reason"):
        services.application_decline(
            application_id=application.pk, reviewer=coordinator, reason=" "
        )

    with django_capture_on_commit_callbacks(execute=True):
        services.application_decline(
            application_id=application.pk,
            reviewer=coordinator,
            reason="We could not confirm your LHIN.",
        )

    application.refresh_from_db()
    assert application.status == "declined"
    assert "We could not confirm your LHIN." in mail.outbox[-1].body
    assert "apply again" in mail.outbox[-1].body
    assert not Membership.objects.exists()


def test_asking_for_more_information_waits_for_the_applicant(
    application, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.application_request_info(
            application_id=application.pk,
            reviewer=coordinator,
            message="Which town do you live near?",
        )

    application.refresh_from_db()
    assert application.status == "info_requested"
    assert "Which town do you live near?" in mail.outbox[-1].body


def test_a_decided_application_cannot_be_decided_again_and_nothing_changes(
    application, coordinator, network_admin
):
    services.application_approve(application_id=application.pk, reviewer=coordinator)

    with pytest.raises(services.MembershipError, match="already approved by Toronto Coordinator"):
        services.application_decline(
            application_id=application.pk, reviewer=network_admin, reason="No."
        )

    application.refresh_from_db()
    assert application.status == "approved"
    assert application.decided_by == coordinator


def test_a_coordinator_of_another_lhin_cannot_decide(application, coordinator_other):
    with pytest.raises(MembershipApplication.DoesNotExist):
        services.application_approve(application_id=application.pk, reviewer=coordinator_other)

    application.refresh_from_db()
    assert application.status == "submitted"


def test_two_coordinators_deciding_at_once_one_wins_and_the_other_is_told(
    reference_data, make_person, lhin_toronto
):
    from network import services as network_services

    application = MembershipApplicationFactory()
    first, second = make_person(), make_person()
    for person in (first, second):
        network_services.lhin_coordinator_grant(lhin=lhin_toronto, user=person)
    outcomes = []

    def decide(reviewer, action):
        try:
            action(reviewer)
            outcomes.append("decided")
        except services.MembershipError as error:
            outcomes.append(error.message)
        finally:
            connection.close()

    threads = [
        threading.Thread(
            target=decide,
            args=(
                first,
                lambda r: services.application_approve(application_id=application.pk, reviewer=r),
            ),
        ),
        threading.Thread(
            target=decide,
            args=(
                second,
                lambda r: services.application_decline(
                    application_id=application.pk, reviewer=r, reason="Sorry."
                ),
            ),
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes, key=len)[0] == "decided"
    assert "already" in sorted(outcomes, key=len)[1]
    assert MembershipApplication.objects.get(pk=application.pk).status in {"approved", "declined"}


# --- In the admin ------------------------------------------------------------------------------


def test_a_coordinator_sees_the_applications_of_their_lhin_only(
    client, coordinator, application, lhin_north_east
):
    elsewhere = MembershipApplicationFactory(
        lhin=lhin_north_east, applicant__display_name="Far Away"
    )
    MembershipApplicationFactory(status="draft", applicant__display_name="Still Writing")
    sign_in(client, coordinator)

    page = client.get("/admin/members/membershipapplication/").content.decode()

    assert "Quiet Harbour" in page
    assert "Far Away" not in page
    assert "Still Writing" not in page  # drafts are the applicant's own
    assert client.get(admin_url(elsewhere)).status_code == 302  # admin: "does not exist"
    assert client.post(admin_url(elsewhere, "approve")).status_code == 404
    assert client.get(admin_url(elsewhere, "decline")).status_code == 404


def test_a_coordinator_approves_from_the_application_page(client, coordinator, application):
    sign_in(client, coordinator)
    page = client.get(admin_url(application)).content.decode()
    assert admin_url(application, "approve") in page

    response = client.post(admin_url(application, "approve"))

    assert response.status_code == 302
    assert MembershipApplication.objects.get(pk=application.pk).status == "approved"
    assert "is now a member" in client.get(admin_url(application)).content.decode()


def test_approving_twice_in_the_admin_says_what_happened(client, coordinator, application):
    sign_in(client, coordinator)
    client.post(admin_url(application, "approve"))

    response = client.post(admin_url(application, "approve"), follow=True)

    assert "already approved by Toronto Coordinator" in response.content.decode()


def test_declining_in_the_admin_without_a_reason_is_refused_and_keeps_the_form(
    client, coordinator, application
):
    sign_in(client, coordinator)

    empty = client.post(admin_url(application, "decline"), {"text": "   "})
    done = client.post(admin_url(application, "decline"), {"text": "Please apply in your LHIN."})

    assert empty.status_code == 400
    assert "Please write something" in empty.content.decode() or "required" in (
        empty.content.decode()
    )
    assert done.status_code == 302
    assert MembershipApplication.objects.get(pk=application.pk).decline_reason == (
        "Please apply in your LHIN."
    )


def test_bulk_approval_approves_what_it_may_and_reports_the_rest(client, coordinator, application):
    decided = MembershipApplicationFactory(status="declined", applicant__display_name="Done Before")
    sign_in(client, coordinator)

    response = client.post(
        "/admin/members/membershipapplication/",
        {"action": "approve_selected", "_selected_action": [application.pk, decided.pk]},
        follow=True,
    )

    assert MembershipApplication.objects.get(pk=application.pk).status == "approved"
    page = response.content.decode()
    assert "1 application approved" in page
    assert "Done Before" in page


def test_the_application_list_runs_the_same_queries_for_3_or_30(
    client, coordinator, assert_page_queries
):
    MembershipApplicationFactory.create_batch(3)
    sign_in(client, coordinator)
    assert_page_queries("/admin/members/membershipapplication/", 14)
    MembershipApplicationFactory.create_batch(27)
    assert_page_queries("/admin/members/membershipapplication/", 14)
