"""Complaints and feedback: the public form, the tracking link, deadlines, handling in the admin,
escalation by a real worker, the counts for governance, and the person's data."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from governance.demo import complaints as demo
from governance.models import Case, CaseEvent, Document, DocumentVersion
from governance.services import complaints as services
from governance.services.complaints import case_deadlines
from governance.tasks.complaints import escalate_overdue_cases
from governance.tests.factories_complaints import CaseEventFactory, CaseFactory
from governance.views.complaints import RATE_LIMIT
from members.models import User
from network.models import AuditEntry, OutboundEmail
from tests.factories import UserFactory
from tests.plugin import sign_in, wait_for

TORONTO = ZoneInfo("America/Toronto")
FORM = "/governance/feedback/"
SENT = "/governance/feedback/sent/"


def toronto(*args) -> datetime:
    return datetime(*args, tzinfo=TORONTO)


def track_url(token: str) -> str:
    return reverse("governance:feedback_track", args=[token])


def valid_form(**overrides) -> dict:
    return {
        "kind": "complaint",
        "category": "conduct",
        "what_happened": "A volunteer was rude to me at the drop-in.",
        "outcome_hoped": "An apology.",
        "name": "",
        "email": "",
        "phone": "",
        "preferred_contact": "",
        **overrides,
    }


def submit(client, **overrides):
    return client.post(FORM, valid_form(**overrides))


def token_from_sent_page(client) -> str:
    page = client.get(SENT).content.decode()
    return re.search(r"/governance/feedback/track/([A-Za-z0-9_-]{43})/", page).group(1)


# --- Deadlines ----------------------------------------------------------------------------------


def test_a_case_received_the_friday_before_family_day_is_acknowledged_by_the_end_of_wednesday():
    deadlines = case_deadlines(toronto(2026, 2, 13, 15, 0))

    # Monday 16 February 2026 is Family Day: Tuesday and Wednesday are the two business days.
    assert deadlines.acknowledge_by == toronto(2026, 2, 19, 0, 0)
    # 30 calendar days, whatever the holidays (and across the change to daylight time).
    assert deadlines.respond_by == toronto(2026, 3, 16, 0, 0)


def test_a_case_received_on_christmas_eve_skips_christmas_the_weekend_and_boxing_day_observed():
    deadlines = case_deadlines(toronto(2026, 12, 24, 10, 0))

    # Fri 25 Christmas, Sat, Sun, Mon 28 Boxing Day (observed): Tuesday and Wednesday count.
    assert deadlines.acknowledge_by == toronto(2026, 12, 31, 0, 0)
    assert deadlines.respond_by == toronto(2027, 1, 24, 0, 0)


def test_a_case_received_on_a_saturday_is_acknowledged_by_the_end_of_tuesday():
    assert case_deadlines(toronto(2026, 11, 28, 9, 0)).acknowledge_by == toronto(2026, 12, 2)


def test_days_are_toronto_days_whatever_the_time_zone_of_receipt():
    # 03:00 UTC on Saturday is still Friday evening in Toronto.
    late_friday = datetime(2026, 2, 14, 3, 0, tzinfo=ZoneInfo("UTC"))

    assert case_deadlines(late_friday).acknowledge_by == toronto(2026, 2, 19)


@pytest.mark.django_db
def test_a_case_sent_the_friday_before_family_day_gets_its_deadlines_from_the_frozen_clock(client):
    with time_machine.travel(toronto(2026, 2, 13, 16, 30), tick=False):
        submit(client)

    case = Case.objects.get()
    assert case.received_at == toronto(2026, 2, 13, 16, 30)
    assert case.acknowledge_by == toronto(2026, 2, 19)
    assert case.respond_by == toronto(2026, 3, 16)
    assert case.reference == "C-2026-0001"


# --- The public form ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_anyone_finds_the_form_and_is_told_the_tracking_link_is_the_way_back_without_contact(
    client,
):
    response = client.get(FORM)

    assert response.status_code == 200
    page = response.content.decode()
    assert "tracking link we show you next is the" in page
    assert "Attach this to my account" not in page  # signed out: no account to attach to
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_form_links_no_complaint_policy_while_none_exists(client):
    assert "complaint policy" not in client.get(FORM).content.decode()


@pytest.mark.django_db
def test_the_form_links_the_complaint_policy_once_it_is_approved(client):
    policy_url = reverse("governance:document", args=["complaint-policy"])
    document = Document.objects.create(
        kind=Document.Kind.COMPLAINT_POLICY, slug="complaint-policy", title="Complaint policy"
    )
    DocumentVersion.objects.create(
        document=document,
        number=1,
        status="approved",
        body="<p>Policy</p>",
        body_fr="<p>Politique</p>",
        approved_at=timezone.now(),
    )

    assert f'href="{policy_url}"' in client.get(FORM).content.decode()


@pytest.mark.django_db
def test_an_anonymous_complaint_is_saved_and_its_link_is_shown_once(client):
    response = submit(client)

    assert response.status_code == 302
    assert response["Location"] == SENT
    case = Case.objects.get()
    assert (case.status, case.kind, case.category) == ("received", "complaint", "conduct")
    assert (case.name, case.email, case.phone, case.person) == ("", "", "", None)
    assert re.fullmatch(r"C-\d{4}-0001", case.reference)
    page = client.get(SENT)
    text = page.content.decode()
    token = re.search(r"/governance/feedback/track/([A-Za-z0-9_-]{43})/", text).group(1)
    assert case.reference in text
    assert "this link is the only way back to your case" in text
    assert page["Referrer-Policy"] == "same-origin"
    # Only the hash is stored; the link is not shown a second time.
    assert case.token_hash == services.token_hash(token) != token
    assert not Case.objects.filter(token_hash=token).exists()
    assert client.get(SENT).status_code == 302
    assert not OutboundEmail.objects.exists()
    event = case.events.get()
    assert (event.to_status, event.is_public) == ("received", True)


@pytest.mark.django_db
def test_with_an_email_address_the_person_is_emailed_the_tracking_link(client):
    submit(client, name="Robin", email="robin@example.net", preferred_contact="email")

    case = Case.objects.get()
    email = OutboundEmail.objects.get()
    assert email.to == ["robin@example.net"]
    assert case.reference in email.subject
    token = token_from_sent_page(client)
    assert settings.SITE_URL + track_url(token) in email.body_text
    assert "Hello Robin," in email.body_text


@pytest.mark.django_db
def test_complaints_officers_hear_of_a_new_case_without_its_contents(client, complaints_officer):
    submit(client, what_happened="Private details of what happened.", email="robin@example.net")

    case = Case.objects.get()
    email = OutboundEmail.objects.get(to=[complaints_officer.email])
    assert case.reference in email.subject
    assert f"/admin/governance/case/{case.pk}/change/" in email.body_text
    assert "Private" not in email.body_text
    assert "robin@example.net" not in email.body_text


@pytest.mark.django_db
def test_complaints_officers_hear_of_a_message_from_the_person(client, complaints_officer):
    case = CaseFactory(token="m" * 43)

    client.post(track_url("m" * 43), {"message": "Private: one more detail."})

    email = OutboundEmail.objects.get(to=[complaints_officer.email])
    assert case.reference in email.subject
    assert "Private" not in email.body_text


@pytest.mark.django_db
def test_a_french_speakers_case_keeps_their_language_for_its_emails(client):
    client.post("/i18n/setlang/", {"language": "fr", "next": "/"})
    submit(client, email="camille@example.net")

    case = Case.objects.get()
    assert case.language == "fr"
    assert OutboundEmail.objects.get().to == ["camille@example.net"]


@pytest.mark.django_db
def test_a_signed_in_person_who_attaches_it_finds_it_linked_to_their_account(client, full_member):
    sign_in(client, full_member)
    assert "Attach this to my account" in client.get(FORM).content.decode()

    submit(client, attach_to_account="on")

    case = Case.objects.get()
    assert case.person == full_member
    assert AuditEntry.objects.get(action="case.submit").actor == full_member


@pytest.mark.django_db
def test_a_signed_in_person_who_does_not_attach_it_leaves_no_trace_of_who_they_are(
    client, full_member
):
    sign_in(client, full_member)

    submit(client)

    case = Case.objects.get()
    assert case.person is None
    assert AuditEntry.objects.get(action="case.submit").actor is None


@pytest.mark.django_db
@pytest.mark.parametrize("blank", ["", "   \n  "])
def test_an_empty_account_of_what_happened_is_refused_and_the_rest_kept(client, blank):
    response = submit(client, what_happened=blank, name="Robin", outcome_hoped="An apology.")

    assert response.status_code == 400
    page = response.content.decode()
    assert "Tell us what happened, in a few words or more." in page
    assert 'value="Robin"' in page
    assert "An apology." in page
    assert not Case.objects.exists()


@pytest.mark.django_db
def test_a_bad_email_address_is_refused_at_its_field_with_the_text_kept(client):
    response = submit(client, email="robin@", what_happened="It happened on Tuesday.")

    assert response.status_code == 400
    page = response.content.decode()
    assert "Enter an email address like name@example.org." in page
    assert 'value="robin@"' in page
    assert "It happened on Tuesday." in page
    assert 'aria-invalid="true"' in page
    assert not Case.objects.exists()


@pytest.mark.django_db
def test_choosing_to_be_reached_by_phone_needs_a_phone_number(client):
    response = submit(client, preferred_contact="phone")

    assert response.status_code == 400
    assert "Give a phone number, or choose another way to reach you." in response.content.decode()


@pytest.mark.django_db
def test_an_unknown_category_is_refused(client):
    assert submit(client, category="secret").status_code == 400
    assert not Case.objects.exists()


@pytest.mark.django_db
def test_a_flood_of_submissions_from_one_client_gets_429_with_the_text_kept(client):
    for _ in range(RATE_LIMIT):
        assert submit(client).status_code == 302

    response = submit(client, what_happened="One more thing I forgot.")

    assert response.status_code == 429
    page = response.content.decode()
    assert "Please wait before sending more" in page
    assert "One more thing I forgot." in page
    assert Case.objects.count() == RATE_LIMIT


@pytest.mark.django_db
def test_invalid_attempts_do_not_use_up_the_limit(client):
    for _ in range(RATE_LIMIT + 2):
        submit(client, what_happened="")

    assert submit(client).status_code == 302


# --- The tracking page --------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_tracking_page_shows_the_status_in_words_and_is_private(client):
    case = CaseFactory(token="t" * 43)

    response = client.get(track_url("t" * 43))

    assert response.status_code == 200
    page = response.content.decode()
    assert case.reference in page
    assert "will acknowledge it by" in page
    assert response["Referrer-Policy"] == "same-origin"
    assert "noindex" in response["X-Robots-Tag"]
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "token",
    ["t" * 42 + "u", "T" * 43, "t" * 42, "t" * 44, "not-a-token"],
    ids=["one-character-changed", "other-case", "short", "long", "garbage"],
)
def test_a_guessed_or_tampered_tracking_link_is_404(client, token):
    CaseFactory(token="t" * 43)

    assert client.get(track_url(token)).status_code == 404


@pytest.mark.django_db
def test_the_person_sees_public_steps_and_the_response_but_never_internal_notes(
    client, complaints_officer
):
    case = CaseFactory(token="a" * 43)
    services.case_acknowledge(case_id=case.pk, actor=complaints_officer, note="We have it.")
    services.case_add_note(
        case_id=case.pk, actor=complaints_officer, note="Internal: call the site lead."
    )
    services.case_add_note(
        case_id=case.pk, actor=complaints_officer, note="We spoke to the team.", public=True
    )
    services.case_resolve(
        case_id=case.pk, actor=complaints_officer, response="We fixed the timeout. Sorry!"
    )

    page = client.get(track_url("a" * 43)).content.decode()

    assert "Resolved" in page
    assert "We fixed the timeout. Sorry!" in page
    assert "We have it." in page
    assert "We spoke to the team." in page
    assert "Internal: call the site lead." not in page
    assert "Complaints Officer" not in page  # officers are not named to the person


@pytest.mark.django_db
def test_the_person_adds_a_message_from_the_tracking_page(client):
    case = CaseFactory(token="m" * 43)

    response = client.post(track_url("m" * 43), {"message": "I remembered the date: 3 May."})

    assert response.status_code == 302
    event = case.events.get(kind=CaseEvent.Kind.MESSAGE)
    assert (event.note, event.is_public, event.actor) == (
        "I remembered the date: 3 May.",
        True,
        None,
    )
    assert "I remembered the date: 3 May." in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
def test_the_message_form_is_protected_against_cross_site_posts():
    """The tracking page sends its referrer to this site only, so its own form passes the CSRF
    check while a post forged elsewhere (no CSRF token) is refused."""
    from django.test import Client

    case = CaseFactory(token="m" * 43)
    browser = Client(enforce_csrf_checks=True)

    response = browser.post(track_url("m" * 43), {"message": "Hello"}, HTTP_ORIGIN="null")

    assert response.status_code == 403
    assert not case.events.filter(kind=CaseEvent.Kind.MESSAGE).exists()


@pytest.mark.django_db
def test_references_count_up_within_the_year(client):
    CaseFactory(reference="C-2026-9999", received_at=toronto(2026, 11, 1))
    with time_machine.travel(toronto(2026, 11, 2, 10, 0), tick=False):
        submit(client)
        submit(client)
    with time_machine.travel(toronto(2027, 1, 2, 10, 0), tick=False):
        submit(client)

    references = set(Case.objects.values_list("reference", flat=True))
    assert {"C-2026-10000", "C-2026-10001", "C-2027-0001"} <= references


@pytest.mark.django_db
def test_an_empty_message_is_refused(client):
    CaseFactory(token="m" * 43)

    response = client.post(track_url("m" * 43), {"message": "   "})

    assert response.status_code == 400
    assert "Write your message." in response.content.decode()
    assert not CaseEvent.objects.filter(kind=CaseEvent.Kind.MESSAGE).exists()


@pytest.mark.django_db
def test_a_closed_case_takes_no_more_messages(client):
    CaseFactory(token="c" * 43, status=Case.Status.CLOSED, response="Done.")
    url = track_url("c" * 43)
    assert "Add to your case" not in client.get(url).content.decode()

    response = client.post(url, {"message": "One more thing."})

    assert response.status_code == 400
    assert "This case is closed." in response.content.decode()
    assert not CaseEvent.objects.filter(kind=CaseEvent.Kind.MESSAGE).exists()


@pytest.mark.django_db
def test_the_tracking_page_query_count_does_not_grow_with_its_steps(assert_page_queries):
    case = CaseFactory(token="q" * 43)
    CaseEventFactory.create_batch(30, case=case, is_public=True)

    assert_page_queries(track_url("q" * 43), 6)


# --- Handling in the admin ----------------------------------------------------------------------


def case_url(case: Case, step: str = "") -> str:
    if step:
        return reverse("admin:governance_case_step", args=[case.pk, step])
    return reverse("admin:governance_case_change", args=[case.pk])


@pytest.mark.django_db
def test_the_officer_lists_cases_with_deadlines_and_overdue_in_words(
    client, complaints_officer, assert_page_queries
):
    with time_machine.travel(toronto(2026, 11, 2, 10, 0)):
        late = CaseFactory(reference="C-2026-0100")
    CaseFactory.create_batch(25)
    sign_in(client, complaints_officer)

    response = assert_page_queries("/admin/governance/case/", 12)

    page = response.content.decode()
    assert "Overdue: not acknowledged" in page
    assert "acknowledge by" in page
    overdue = client.get("/admin/governance/case/?overdue=acknowledge").content.decode()
    assert late.reference in overdue
    assert overdue.count("Overdue: not acknowledged") == 1


@pytest.mark.django_db
def test_the_case_page_query_count_does_not_grow_with_its_steps(
    client, complaints_officer, assert_page_queries
):
    case = CaseFactory()
    CaseEventFactory.create_batch(30, case=case, actor=complaints_officer)
    sign_in(client, complaints_officer)

    response = assert_page_queries(case_url(case), 16)

    assert case.what_happened in response.content.decode()


@pytest.mark.django_db
def test_the_officer_acknowledges_a_case_and_the_person_is_emailed(client, complaints_officer):
    case = CaseFactory(email="robin@example.net", name="Robin")
    sign_in(client, complaints_officer)
    assert "Acknowledge" in client.get(case_url(case)).content.decode()

    response = client.post(case_url(case, "acknowledge"))

    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == "acknowledged"
    assert case.acknowledged_at is not None
    event = case.events.get(to_status="acknowledged")
    assert (event.from_status, event.actor, event.is_public) == (
        "received",
        complaints_officer,
        True,
    )
    email = OutboundEmail.objects.get()
    assert email.to == ["robin@example.net"]
    assert case.reference in email.subject
    assert AuditEntry.objects.filter(action="case.acknowledge", actor=complaints_officer).exists()


@pytest.mark.django_db
def test_resolving_needs_a_response_and_keeps_the_note(client, complaints_officer):
    case = CaseFactory(status=Case.Status.UNDER_REVIEW)
    sign_in(client, complaints_officer)

    response = client.post(case_url(case, "resolve"), {"response": "  ", "note": "Kept note"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "Write the response: it is what the person will read." in page
    assert "Kept note" in page
    case.refresh_from_db()
    assert case.status == "under_review"


@pytest.mark.django_db
def test_the_officer_resolves_then_closes_and_the_person_gets_the_response(
    client, complaints_officer
):
    case = CaseFactory(status=Case.Status.UNDER_REVIEW, email="robin@example.net")
    sign_in(client, complaints_officer)

    client.post(case_url(case, "resolve"), {"response": "We are sorry; it is fixed."})
    client.post(case_url(case, "close"))

    case.refresh_from_db()
    assert case.status == "closed"
    assert case.response == "We are sorry; it is fixed."
    assert case.resolved_at
    assert case.closed_at
    assert "We are sorry; it is fixed." in OutboundEmail.objects.get().body_text
    assert list(case.events.values_list("to_status", flat=True)) == ["resolved", "closed"]


@pytest.mark.django_db
def test_a_step_out_of_order_is_refused_with_a_message(client, complaints_officer):
    case = CaseFactory()
    sign_in(client, complaints_officer)

    response = client.post(case_url(case, "close"), follow=True)

    assert "that step is not possible now" in response.content.decode()
    case.refresh_from_db()
    assert case.status == "received"


@pytest.mark.django_db
def test_starting_the_review_of_a_new_case_acknowledges_it_too(complaints_officer):
    case = CaseFactory()

    services.case_start_review(case_id=case.pk, actor=complaints_officer)

    case.refresh_from_db()
    assert case.status == "under_review"
    assert case.acknowledged_at is not None
    assert list(case.events.values_list("to_status", flat=True)) == [
        "acknowledged",
        "under_review",
    ]


@pytest.mark.django_db
def test_an_internal_note_is_internal_unless_ticked(client, complaints_officer):
    case = CaseFactory()
    sign_in(client, complaints_officer)

    client.post(case_url(case, "note"), {"note": "Called the site lead."})
    client.post(case_url(case, "note"), {"note": "We are on it.", "public": "on"})
    empty = client.post(case_url(case, "note"), {"note": ""})

    assert empty.status_code == 400
    notes = dict(case.events.filter(kind="note").values_list("note", "is_public"))
    assert notes == {"Called the site lead.": False, "We are on it.": True}


@pytest.mark.django_db
def test_an_unknown_step_is_404(client, complaints_officer):
    case = CaseFactory()
    sign_in(client, complaints_officer)

    assert client.post(case_url(case, "delete-everything")).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["network_admin", "governance_member", "coordinator", "treasurer"])
def test_other_staff_get_403_for_cases_and_their_steps(client, request, role):
    case = CaseFactory()
    sign_in(client, request.getfixturevalue(role))

    assert client.get("/admin/governance/case/").status_code == 403
    assert client.get(case_url(case)).status_code == 403
    assert client.post(case_url(case, "acknowledge")).status_code == 403
    case.refresh_from_db()
    assert case.status == "received"


@pytest.mark.django_db
def test_even_a_superuser_without_the_role_does_not_open_cases(client):
    superuser = UserFactory(is_superuser=True)
    case = CaseFactory()
    sign_in(client, superuser)

    assert client.get(case_url(case)).status_code == 403
    assert "Complaint and feedback cases" not in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_services_refuse_a_person_without_the_role(network_admin):
    case = CaseFactory()

    with pytest.raises(services.CaseError):
        services.case_acknowledge(case_id=case.pk, actor=network_admin)


# --- Escalation ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_escalation_is_claimed_once_per_deadline(network_admin):
    with time_machine.travel(toronto(2026, 11, 2, 10, 0), tick=False):
        case = CaseFactory()
    with time_machine.travel(toronto(2026, 11, 5, 0, 1), tick=False):
        assert services.case_escalate(case_id=case.pk, deadline=services.ACKNOWLEDGE)
        assert not services.case_escalate(case_id=case.pk, deadline=services.ACKNOWLEDGE)
        assert not services.case_escalate(case_id=case.pk, deadline=services.RESPOND)

    assert OutboundEmail.objects.filter(to=[network_admin.email]).count() == 1


@pytest.mark.django_db
def test_a_case_on_time_is_not_escalated(network_admin):
    with time_machine.travel(toronto(2026, 11, 2, 10, 0), tick=False):
        CaseFactory()
    with time_machine.travel(toronto(2026, 11, 4, 23, 59), tick=False):
        assert escalate_overdue_cases() == 0
    assert not OutboundEmail.objects.exists()


def test_the_escalation_runs_hourly_from_beat():
    entry = settings.CELERY_BEAT_SCHEDULE["escalate-overdue-complaints"]

    assert entry["task"] == escalate_overdue_cases.name
    assert entry["schedule"].hour == set(range(24))


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_escalates_overdue_cases_to_administrators_once_per_deadline(
    celery_worker, network_admin, complaints_officer
):
    other_admin = UserFactory(email="admin2@example.net")
    from network import roles
    from network.services import role_grant

    role_grant(user=other_admin, role=roles.NETWORK_ADMINISTRATOR)
    with time_machine.travel(toronto(2026, 2, 13, 15, 0), tick=False):
        case = CaseFactory(what_happened="Private: the coordinator shouted at me.")

    def escalations_sent() -> list[OutboundEmail]:
        return list(OutboundEmail.objects.filter(subject__contains=case.reference))

    # Past the acknowledgement deadline (end of Wednesday 18 Feb, after Family Day).
    with time_machine.travel(toronto(2026, 2, 19, 0, 30)):
        escalate_overdue_cases.delay()
        # Queued by the escalation, then sent by the same worker.
        assert wait_for(lambda: [e.status for e in escalations_sent()] == ["sent", "sent"])
        assert Case.objects.filter(pk=case.pk, acknowledge_escalated_at__isnull=False).exists()
        assert escalate_overdue_cases() == 0  # a second run finds the marker taken

    case.refresh_from_db()
    assert case.respond_escalated_at is None
    sent = [message for message in mail.outbox if case.reference in message.subject]
    assert sorted(message.to[0] for message in sent) == sorted(
        [network_admin.email, other_admin.email]
    )
    for message in sent:
        # The reference, the deadline and the admin link only: nothing of the complaint.
        assert "Private" not in message.body
        assert "shouted" not in message.body
        assert case.reference in message.body
        assert f"/admin/governance/case/{case.pk}/change/" in message.body

    # Then past the response deadline (30 days): one more escalation each.
    services.case_acknowledge(case_id=case.pk, actor=complaints_officer)
    with time_machine.travel(toronto(2026, 3, 16, 1, 0)):
        escalate_overdue_cases.delay()
        assert wait_for(
            lambda: Case.objects.filter(pk=case.pk, respond_escalated_at__isnull=False).exists()
        )
        assert wait_for(lambda: len(escalations_sent()) == 4)
        assert escalate_overdue_cases() == 0
    events = CaseEvent.objects.filter(case=case, kind=CaseEvent.Kind.ESCALATION)
    assert sorted(events.values_list("note", flat=True)) == ["acknowledge", "respond"]
    assert not events.filter(is_public=True).exists()
    assert AuditEntry.objects.filter(action="case.escalate").count() == 2


# --- The monthly counts -------------------------------------------------------------------------


def make_cases(count: int, *, when: datetime, category: str, status: str = "received") -> None:
    with time_machine.travel(when, tick=False):
        for _ in range(count):
            CaseFactory(
                category=category,
                status=status,
                response="Done." if status in ("resolved", "closed") else "",
                name="Secret Name",
                what_happened="Secret text",
            )


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["governance_member", "network_admin", "complaints_officer"])
def test_governance_sees_counts_with_small_ones_hidden_and_no_names(client, request, role):
    make_cases(6, when=toronto(2026, 10, 5, 12), category="privacy")
    make_cases(2, when=toronto(2026, 10, 6, 12), category="website", status="resolved")
    sign_in(client, request.getfixturevalue(role))

    with time_machine.travel(toronto(2026, 11, 20, 12)):
        response = client.get("/admin/governance/casereport/")

    assert response.status_code == 200
    page = response.content.decode()
    october = re.search(r"October 2026</th>(.*?)</tr>", page, re.S).group(1)
    cells = re.findall(r"<td>(.*?)</td>", october)
    categories = [key for key, _label in Case.Category.choices]
    assert cells[categories.index("privacy")] == "6"
    assert cells[categories.index("website")] == "fewer than 5"
    assert cells[categories.index("training")] == "0"
    assert "Secret" not in page


@pytest.mark.django_db
def test_the_counts_page_query_count_does_not_grow_with_the_cases(
    client, governance_member, django_assert_max_num_queries
):
    sign_in(client, governance_member)
    make_cases(2, when=toronto(2026, 10, 5, 12), category="privacy")
    with django_assert_max_num_queries(50) as few:
        client.get("/admin/governance/casereport/")
    make_cases(40, when=toronto(2026, 9, 5, 12), category="training", status="closed")
    make_cases(20, when=toronto(2026, 8, 5, 12), category="conduct")

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/admin/governance/casereport/")

    assert response.status_code == 200


@pytest.mark.django_db
def test_governance_members_find_the_counts_in_the_admin_index(client, governance_member):
    sign_in(client, governance_member)

    page = client.get("/admin/").content.decode()

    assert "/admin/governance/casereport/" in page
    assert "/admin/governance/case/" not in page


# --- The person's data --------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_attached_case_appears_in_my_data(client, full_member):
    CaseFactory(person=full_member, reference="C-2026-0077", what_happened="About my training.")
    CaseFactory(reference="C-2026-0078")  # someone else's
    sign_in(client, full_member)

    page = client.get("/members/my-data/").content.decode()

    assert "C-2026-0077" in page
    assert "About my training." in page
    assert "C-2026-0078" not in page


@pytest.mark.django_db
def test_closing_the_account_detaches_the_case_and_erases_the_contact_details(full_member):
    from members.services import account_close

    case = CaseFactory(
        person=full_member,
        name="River",
        email=full_member.email,
        phone="416 555 0199",
        preferred_contact="phone",
    )

    account_close(user=User.objects.get(pk=full_member.pk))

    case.refresh_from_db()
    assert (case.person, case.name, case.email, case.phone, case.preferred_contact) == (
        None,
        "",
        "",
        "",
        "",
    )
    assert case.what_happened  # the case itself stays, to be answered for


# --- Demo data ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_demo_has_cases_in_every_state_one_overdue_and_one_anonymous(client):
    demo.seed()
    demo.seed()

    cases = Case.objects.filter(reference__in=[c.reference for c in demo.CASES])
    assert cases.count() == len(demo.CASES)
    assert set(cases.values_list("status", flat=True)) == set(Case.Status.values)
    assert cases.filter(name="", email="", phone="").exists()
    assert cases.filter(status="received", acknowledge_by__lt=timezone.now()).count() == 1
    resolved = cases.get(status="resolved")
    page = client.get(track_url(demo.demo_token(resolved.reference))).content.decode()
    assert resolved.response in page


@pytest.mark.django_db
def test_every_page_links_the_feedback_form_in_its_footer(client):
    assert 'href="/governance/feedback/"' in client.get("/privacy/").content.decode()
