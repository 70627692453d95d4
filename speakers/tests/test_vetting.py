"""Vetting in the admin: coordinators take an application from submitted to approved or declined,
assign reviewers, keep the selection criteria; the applicant is emailed at each step; the
safety plan never appears; the state refuses steps it does not allow, with a clear message."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib import admin
from guardian.shortcuts import assign_perm

from network import roles
from network.models import AuditEntry, OutboundEmail
from network.services import role_grant
from speakers.models import Assessment, Criterion, SafetyPlan, Speaker, SpeakerStatusChange
from speakers.selectors.vetting import is_assigned
from speakers.services import vetting as services
from tests.concurrency import race
from tests.factories import UserFactory
from tests.plugin import sign_in

from .factories import (
    AssessmentFactory,
    CriterionFactory,
    SafetyPlanFactory,
    SpeakerFactory,
)

pytestmark = pytest.mark.django_db

TORONTO = ZoneInfo("America/Toronto")
ADMIN = "/admin/speakers/speaker/"
CRITERIA = "/admin/speakers/criterion/"
SAFETY_PLAN_MARKERS = (
    "SAFETY-PLAN-WILL",
    "SAFETY-PLAN-WONT",
    "SAFETY-PLAN-SUPPORT",
    "SAFETY-PLAN-AFTER",
)


def url(speaker: Speaker, step: str = "change") -> str:
    return f"{ADMIN}{speaker.pk}/{step}/"


def in_review(**kwargs) -> Speaker:
    return SpeakerFactory(submitted=True, status=Speaker.Status.IN_REVIEW, **kwargs)


def emails_to(person) -> list[OutboundEmail]:
    return list(OutboundEmail.objects.filter(to=[person.email]).order_by("pk"))


def future(days: int = 7) -> datetime:
    return (datetime.now(TORONTO) + timedelta(days=days)).replace(
        hour=14, minute=30, second=0, microsecond=0
    )


def schedule_data(at: datetime) -> dict:
    return {"date": at.strftime("%Y-%m-%d"), "time": at.strftime("%H:%M")}


# --- The journey --------------------------------------------------------------------------------


def test_an_application_goes_from_submitted_to_approved_and_is_listed_because_they_consented(
    client, coordinator, speakers_reviewer
):
    application = SpeakerFactory(submitted=True, listed=True, show_name=True)
    criterion = CriterionFactory(title="Lived or living experience")
    sign_in(client, coordinator)

    client.post(url(application, "start-review"))
    client.post(url(application, "assign-reviewer"), {"reviewer": speakers_reviewer.pk})
    sign_in(client, speakers_reviewer)
    client.post(
        f"/speakers/review/{application.public_id}/",
        {f"outcome_{criterion.pk}": "meets", f"notes_{criterion.pk}": "In their own words."},
    )
    sign_in(client, coordinator)
    client.post(url(application, "schedule-conversation"), schedule_data(future()))
    response = client.post(url(application, "approve"), follow=True)

    application.refresh_from_db()
    assert application.status == Speaker.Status.APPROVED
    assert application.decided_by == coordinator
    assert "is now an active speaker" in response.content.decode()
    steps = SpeakerStatusChange.objects.filter(speaker=application).order_by("pk")
    assert [(s.from_status, s.to_status, s.actor) for s in steps] == [
        ("submitted", "in_review", coordinator),
        ("in_review", "conversation", coordinator),
        ("conversation", "approved", coordinator),
    ]
    assert Assessment.objects.get(speaker=application).notes == "In their own words."
    assert [m.subject for m in emails_to(application.person)] == [
        "Your speakers' bureau application is being reviewed",
        "A conversation about your speakers' bureau application",
        "Welcome to the speakers' bureau",
    ]
    assert [m.subject for m in emails_to(speakers_reviewer)] == [
        "An application is waiting for your review"
    ]
    assert Speaker.objects.listed().filter(pk=application.pk).exists()
    assert client.get(application.get_absolute_url()).status_code == 200


def test_an_approved_speaker_who_chose_not_to_be_listed_is_active_but_not_listed(coordinator):
    application = in_review(listed=False)

    services.application_approve(speaker_id=application.pk, actor=coordinator)

    assert Speaker.objects.active().filter(pk=application.pk).exists()
    assert not Speaker.objects.listed().filter(pk=application.pk).exists()
    body = emails_to(application.person)[-1].body_text
    assert "You chose not to be listed" in body
    assert "/speakers/me/" in body
    assert "pause at any time" in body


def test_a_declined_application_keeps_the_kind_message_and_tells_the_applicant(client, coordinator):
    application = in_review()
    note = "We would love to hear from you again after the storytelling workshop."
    sign_in(client, coordinator)

    response = client.post(url(application, "decline"), {"note": f"  {note}  "}, follow=True)

    application.refresh_from_db()
    assert application.status == Speaker.Status.DECLINED
    assert application.decision_note == note
    assert application.decided_by == coordinator
    assert "Declined. The applicant is told by email" in response.content.decode()
    email = emails_to(application.person)[-1]
    assert email.subject == "About your speakers' bureau application"
    assert note in email.body_text
    assert "welcome to apply again later" in email.body_text
    assert not Speaker.objects.listed().filter(pk=application.pk).exists()


def test_a_decline_without_a_message_says_nothing_of_one(coordinator):
    application = in_review()

    services.application_decline(speaker_id=application.pk, actor=coordinator)

    body = emails_to(application.person)[-1].body_text
    assert "A word from the coordinator" not in body
    assert "This is not a judgement of you" in body


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", ["Thursday", "May 14, 2026, 2:30 p.m."]), ("fr", ["jeudi", "14 mai 2026 14:30"])],
)
def test_the_conversation_email_gives_the_date_in_the_applicants_language_and_says_it_is_no_test(
    coordinator, language, expected
):
    application = in_review(person=UserFactory(preferred_language=language))
    with time_machine.travel(datetime(2026, 5, 1, 9, tzinfo=TORONTO)):
        services.conversation_schedule(
            speaker_id=application.pk,
            at=datetime(2026, 5, 14, 14, 30, tzinfo=TORONTO),
            actor=coordinator,
        )

    body = emails_to(application.person)[-1].body_text
    for text in expected:
        assert text in body
    if language == "en":
        assert "friendly conversation, not a test" in body
        assert "nobody will ask you to prove your experience" in body


def test_a_conversation_can_be_moved_and_the_applicant_is_told_the_new_date(coordinator):
    application = in_review()
    with time_machine.travel(datetime(2026, 5, 1, 9, tzinfo=TORONTO)):
        services.conversation_schedule(
            speaker_id=application.pk,
            at=datetime(2026, 5, 14, 14, 30, tzinfo=TORONTO),
            actor=coordinator,
        )
        services.conversation_schedule(
            speaker_id=application.pk,
            at=datetime(2026, 5, 20, 10, 0, tzinfo=TORONTO),
            actor=coordinator,
        )

    application.refresh_from_db()
    assert application.conversation_at == datetime(2026, 5, 20, 10, 0, tzinfo=TORONTO)
    assert "May 20, 2026, 10 a.m." in emails_to(application.person)[-1].body_text


def test_assigning_a_reviewer_grants_them_this_application_only_and_emails_no_personal_details(
    client, coordinator, speakers_reviewer
):
    application = in_review(name="Tamsin")
    other = in_review()
    sign_in(client, coordinator)

    response = client.post(
        url(application, "assign-reviewer"), {"reviewer": speakers_reviewer.pk}, follow=True
    )

    assert "Reviewer is assigned and told by email" in response.content.decode()
    assert speakers_reviewer.has_perm("speakers.review_speaker", application)
    assert not speakers_reviewer.has_perm("speakers.review_speaker", other)
    email = emails_to(speakers_reviewer)[0]
    assert "Tamsin" not in email.subject
    assert application.person.display_name not in email.subject
    assert f"/speakers/review/{application.public_id}/" in email.body_text
    assert AuditEntry.objects.filter(action="speaker.reviewer_assign").count() == 1


def test_a_removed_reviewer_loses_the_application_but_their_assessments_stay(
    client, coordinator, speakers_reviewer
):
    application = in_review()
    assign_perm("speakers.review_speaker", speakers_reviewer, application)
    AssessmentFactory(speaker=application, reviewer=speakers_reviewer)
    sign_in(client, coordinator)

    client.post(url(application, "remove-reviewer"), {"reviewer": speakers_reviewer.pk})

    assert not is_assigned(speaker=application, reviewer=speakers_reviewer)
    assert Assessment.objects.filter(speaker=application, reviewer=speakers_reviewer).exists()
    sign_in(client, speakers_reviewer)
    assert client.get(f"/speakers/review/{application.public_id}/").status_code == 404


# --- Who may be a reviewer ----------------------------------------------------------------------


def test_only_people_with_the_reviewer_role_are_offered_and_anyone_else_is_refused_at_the_field(
    client, coordinator, speakers_reviewer, full_member
):
    application = in_review()
    sign_in(client, coordinator)

    page = client.get(url(application, "assign-reviewer")).content.decode()
    response = client.post(url(application, "assign-reviewer"), {"reviewer": full_member.pk})

    assert speakers_reviewer.display_name in page
    assert full_member.display_name not in page
    assert response.status_code == 400
    assert "Choose one of the reviewers in the list." in response.content.decode()
    with pytest.raises(services.VettingError, match="is not a speakers' bureau reviewer"):
        services.reviewer_assign(speaker_id=application.pk, reviewer=full_member, actor=coordinator)
    assert not OutboundEmail.objects.filter(to=[full_member.email]).exists()


def test_nobody_reviews_their_own_application(coordinator, speakers_reviewer):
    application = in_review(person=speakers_reviewer)

    with pytest.raises(services.VettingError, match="Nobody reviews their own application"):
        services.reviewer_assign(
            speaker_id=application.pk, reviewer=speakers_reviewer, actor=coordinator
        )


def test_a_reviewer_is_not_assigned_twice(coordinator, speakers_reviewer):
    application = in_review()
    services.reviewer_assign(
        speaker_id=application.pk, reviewer=speakers_reviewer, actor=coordinator
    )

    with pytest.raises(services.VettingError, match="already reviews this application"):
        services.reviewer_assign(
            speaker_id=application.pk, reviewer=speakers_reviewer, actor=coordinator
        )
    assert len(emails_to(speakers_reviewer)) == 1


# --- Steps the state does not allow -------------------------------------------------------------


def test_an_application_not_yet_reviewed_cannot_be_approved_and_the_coordinator_is_told_why(
    client, coordinator
):
    application = SpeakerFactory(submitted=True)
    sign_in(client, coordinator)

    response = client.post(url(application, "approve"), follow=True)

    assert response.status_code == 200
    assert (
        "Only an application in review or with a conversation scheduled can be approved; "
        "this one is “Submitted”." in response.content.decode()
    )
    application.refresh_from_db()
    assert application.status == Speaker.Status.SUBMITTED
    assert not emails_to(application.person)


def test_the_second_of_two_coordinators_deciding_is_told_who_decided_first(
    client, coordinator, network_admin
):
    application = in_review()
    sign_in(client, network_admin)
    page = client.get(url(application)).content.decode()  # both have the page open
    assert url(application, "decline") in page

    with time_machine.travel(datetime(2026, 5, 14, 10, 5, tzinfo=TORONTO), tick=False):
        services.application_approve(speaker_id=application.pk, actor=coordinator)
    response = client.post(url(application, "decline"), {"note": "Sorry."}, follow=True)

    assert (
        "Toronto Coordinator already approved this application on May 14, 2026, 10:05 a.m.: "
        "nothing was changed." in response.content.decode()
    )
    application.refresh_from_db()
    assert application.status == Speaker.Status.APPROVED
    assert application.decision_note == ""
    assert [m.subject for m in emails_to(application.person)] == ["Welcome to the speakers' bureau"]


def test_a_withdrawn_application_cannot_be_declined(coordinator):
    application = in_review()
    SpeakerStatusChange.objects.create(
        speaker=application, from_status="in_review", to_status="withdrawn", actor=None
    )
    Speaker.objects.filter(pk=application.pk).update(status=Speaker.Status.WITHDRAWN)

    with pytest.raises(services.VettingError, match="The applicant withdrew this application"):
        services.application_decline(speaker_id=application.pk, actor=coordinator)


def test_a_review_cannot_start_twice(coordinator):
    application = SpeakerFactory(submitted=True)
    services.application_review_start(speaker_id=application.pk, actor=coordinator)

    with pytest.raises(services.VettingError, match="this one is “In review”"):
        services.application_review_start(speaker_id=application.pk, actor=coordinator)
    assert SpeakerStatusChange.objects.filter(speaker=application).count() == 1


def test_a_conversation_in_the_past_is_refused_at_its_field_with_what_was_typed(
    client, coordinator
):
    application = in_review()
    sign_in(client, coordinator)
    yesterday = future(days=-1)

    response = client.post(url(application, "schedule-conversation"), schedule_data(yesterday))
    empty = client.post(url(application, "schedule-conversation"), {"date": "", "time": "25:99"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "Choose a date and time in the future for the conversation." in page
    assert f'value="{yesterday:%Y-%m-%d}"' in page
    assert empty.status_code == 400
    assert "Enter the date of the conversation." in empty.content.decode()
    assert "Enter a time like 14:30." in empty.content.decode()
    application.refresh_from_db()
    assert application.status == Speaker.Status.IN_REVIEW
    with pytest.raises(services.VettingError, match="in the future"):
        services.conversation_schedule(speaker_id=application.pk, at=yesterday, actor=coordinator)


def test_a_decline_message_too_long_is_refused_at_its_field(client, coordinator):
    application = in_review()
    sign_in(client, coordinator)

    response = client.post(url(application, "decline"), {"note": "x" * 2001})

    assert response.status_code == 400
    assert "Ensure this value has at most 2000 characters" in response.content.decode()
    application.refresh_from_db()
    assert application.status == Speaker.Status.IN_REVIEW


# --- Who sees which applications ----------------------------------------------------------------


def test_coordinators_of_another_lhin_get_404_on_the_application_and_its_steps(
    client, coordinator_other
):
    application = in_review()
    sign_in(client, coordinator_other)

    assert client.get(ADMIN).status_code == 200
    assert str(application) not in client.get(ADMIN).content.decode()
    for step in ("change", "history", "assign-reviewer", "decline", "schedule-conversation"):
        assert client.get(url(application, step)).status_code == 404, step
    assert client.post(url(application, "approve")).status_code == 404
    application.refresh_from_db()
    assert application.status == Speaker.Status.IN_REVIEW


def test_drafts_are_nobody_s_in_the_admin_but_their_author_s(client, network_admin):
    draft = SpeakerFactory(name="Draft Dana")
    submitted = SpeakerFactory(submitted=True, name="Submitted Sam")
    sign_in(client, network_admin)

    listing = client.get(ADMIN).content.decode()

    assert "Submitted Sam" in listing
    assert "Draft Dana" not in listing
    assert client.get(url(draft)).status_code == 404
    assert client.get(url(submitted)).status_code == 200


def test_the_list_is_titled_speakers_and_applications_and_filters_by_status_and_lhin(
    client, network_admin, lhin_north_east
):
    SpeakerFactory(submitted=True, name="Toronto Tal")
    in_review(name="Sudbury Sky", home_lhin=lhin_north_east)
    sign_in(client, network_admin)

    page = client.get(ADMIN).content.decode()
    by_status = client.get(ADMIN, {"status__exact": "in_review"}).content.decode()
    by_lhin = client.get(ADMIN, {"home_lhin__id__exact": lhin_north_east.pk}).content.decode()

    assert "<h1>Speakers and applications</h1>" in page
    assert "Toronto Tal" in page
    assert "Sudbury Sky" in page
    assert "Sudbury Sky" in by_status
    assert "Toronto Tal" not in by_status
    assert "Sudbury Sky" in by_lhin
    assert "Toronto Tal" not in by_lhin


def test_the_list_runs_a_pinned_number_of_queries(client, coordinator, assert_page_queries):
    in_review()
    sign_in(client, coordinator)
    assert_page_queries(ADMIN, 13)
    for _ in range(5):
        in_review()
    assert_page_queries(ADMIN, 13)


# --- What the admin shows -----------------------------------------------------------------------


def test_the_application_page_shows_everything_the_decision_needs(
    client, coordinator, speakers_reviewer
):
    application = in_review(
        references="Alex at the drop-in, 555-0199",
        accessibility_needs="Step-free entrance",
        monthly_limit=3,
        honorarium_preference="volunteer",
    )
    services.reviewer_assign(
        speaker_id=application.pk, reviewer=speakers_reviewer, actor=coordinator
    )
    AssessmentFactory(
        speaker=application, reviewer=speakers_reviewer, outcome="unsure", notes="Ask about it."
    )
    sign_in(client, coordinator)

    page = client.get(url(application)).content.decode()

    for text in (
        "Alex at the drop-in, 555-0199",
        "Step-free entrance",
        "Engagements a month, at most",
        "I speak as a volunteer (no honorarium)",
        "Safety plan",
        "Reviewer: 1 of 1 criteria assessed",
        "Unsure: discuss in the conversation",
        "Ask about it.",
    ):
        assert text in page, text
    assert 'name="references"' not in page  # the applicant's words are not a form here
    assert 'name="_save"' not in page


def test_posting_the_application_page_changes_nothing_of_the_applicants_words(client, coordinator):
    application = in_review(references="Their own words")
    sign_in(client, coordinator)

    client.post(url(application), {"status": "approved", "references": "Changed", "_save": "1"})

    application.refresh_from_db()
    assert application.status == Speaker.Status.IN_REVIEW
    assert application.references == "Their own words"


def test_the_photo_is_shown_through_its_own_address_with_its_description(client, coordinator):
    from tests.factories import picture_file

    application = in_review(photo=picture_file(), photo_alt="Smiling, in a green coat")
    sign_in(client, coordinator)

    page = client.get(url(application)).content.decode()

    assert f'src="/speakers/photos/{application.public_id}/"' in page
    assert 'alt="Smiling, in a green coat"' in page


def test_the_safety_plan_never_appears_in_the_admin_only_whether_there_is_one(
    client, network_admin, speakers_reviewer
):
    application = in_review()
    SafetyPlanFactory(speaker=application)
    without = in_review()
    services.reviewer_assign(
        speaker_id=application.pk, reviewer=speakers_reviewer, actor=network_admin
    )
    sign_in(client, network_admin)

    pages = [
        client.get(path).content.decode()
        for path in (
            ADMIN,
            url(application),
            url(application, "history"),
            url(application, "assign-reviewer"),
            url(application, "remove-reviewer"),
            url(application, "schedule-conversation"),
            url(application, "decline"),
            f"{ADMIN}?q=SAFETY-PLAN",
            "/admin/",
        )
    ]

    for page in pages:
        for marker in SAFETY_PLAN_MARKERS:
            assert marker not in page
    assert "Yes. Only the speaker can read it." in pages[1]
    assert "Yes. Only the speaker can read it." not in client.get(url(without)).content.decode()
    assert not admin.site.is_registered(SafetyPlan)
    assert all(
        marker not in email.body_text
        for email in OutboundEmail.objects.all()
        for marker in SAFETY_PLAN_MARKERS
    )


def test_each_step_is_offered_only_in_the_states_that_allow_it(client, coordinator):
    submitted = SpeakerFactory(submitted=True)
    approved = SpeakerFactory(approved=True)
    sign_in(client, coordinator)

    first = client.get(url(submitted)).content.decode()
    done = client.get(url(approved)).content.decode()

    assert "Start the review" in first
    assert "Approve</button>" not in first
    assert "Schedule the conversation" not in first
    for label in ("Start the review", "Assign a reviewer", "Approve</button>", "Decline<"):
        assert label not in done


# --- Criteria -----------------------------------------------------------------------------------


def criterion_data(**overrides) -> dict:
    return {
        "title": "Willing to take storytelling training",
        "title_fr": "Prête à suivre une formation au récit",
        "guidance": "Not having done it yet is fine.",
        "guidance_fr": "Ne pas l'avoir suivie n'est pas un problème.",
        "order": "10",
        "active": "on",
        **overrides,
    }


def test_a_coordinator_adds_edits_and_retires_a_criterion_in_both_languages(client, coordinator):
    sign_in(client, coordinator)

    client.post(f"{CRITERIA}add/", criterion_data())
    criterion = Criterion.objects.get()
    client.post(
        f"{CRITERIA}{criterion.pk}/change/",
        criterion_data(title="Has done or is willing to do storytelling training", active=""),
    )

    criterion.refresh_from_db()
    assert criterion.title == "Has done or is willing to do storytelling training"
    assert criterion.title_fr == "Prête à suivre une formation au récit"
    assert not criterion.active
    assert list(
        AuditEntry.objects.filter(action__startswith="criterion.")
        .order_by("pk")
        .values_list("action", flat=True)
    ) == ["criterion.add", "criterion.change"]


def test_a_criterion_without_a_title_is_refused_with_400_and_what_was_typed(client, coordinator):
    sign_in(client, coordinator)

    response = client.post(f"{CRITERIA}add/", criterion_data(title=""))

    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert "Not having done it yet is fine." in response.content.decode()
    assert not Criterion.objects.exists()


def test_a_criterion_already_assessed_is_retired_never_deleted(client, network_admin):
    assessed = AssessmentFactory().criterion
    unused = CriterionFactory()
    sign_in(client, network_admin)

    assert client.post(f"{CRITERIA}{assessed.pk}/delete/", {"post": "yes"}).status_code == 403
    client.post(f"{CRITERIA}{unused.pk}/delete/", {"post": "yes"})

    assert Criterion.objects.filter(pk=assessed.pk).exists()
    assert not Criterion.objects.filter(pk=unused.pk).exists()


def test_reviewers_and_other_staff_cannot_edit_criteria(client, content_editor, speakers_reviewer):
    for person, status in ((content_editor, 403), (speakers_reviewer, 302)):
        sign_in(client, person)
        assert client.post(f"{CRITERIA}add/", criterion_data()).status_code == status
    assert not Criterion.objects.exists()


# --- Two coordinators at once -------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_two_coordinators_deciding_at_the_same_moment_make_one_decision(reference_data):
    from network import services as network_services
    from network.models import LHIN

    toronto = LHIN.objects.get(number=7)
    first, second = UserFactory(display_name="First"), UserFactory(display_name="Second")
    for person in (first, second):
        network_services.lhin_coordinator_grant(lhin=toronto, user=person)
    application = in_review()
    jobs = [
        lambda: services.application_approve(speaker_id=application.pk, actor=first),
        lambda: services.application_decline(speaker_id=application.pk, actor=second),
    ]
    errors = race(jobs)

    application.refresh_from_db()
    assert len(errors) == 1
    assert isinstance(errors[0], services.VettingError)
    assert "already" in errors[0].message
    assert application.status in (Speaker.Status.APPROVED, Speaker.Status.DECLINED)
    assert SpeakerStatusChange.objects.filter(speaker=application).count() == 1
    assert len(emails_to(application.person)) == 1


# --- Demo ----------------------------------------------------------------------------------------


def test_the_demo_criteria_ask_no_time_in_recovery_and_the_demo_reviewer_assesses_open_ones():
    from speakers.demo import vetting as demo

    reviewer = UserFactory(email=demo.REVIEWER_EMAIL)
    role_grant(user=reviewer, role=roles.SPEAKERS_REVIEWER)
    waiting = in_review()
    talking = SpeakerFactory(submitted=True, status=Speaker.Status.CONVERSATION)
    approved = SpeakerFactory(approved=True)

    demo.seed()
    demo.seed()

    assert 6 <= Criterion.objects.count() <= 8
    assert all(c.title_fr and c.guidance_fr for c in Criterion.objects.all())
    first = Criterion.objects.order_by("order").first()
    assert "No minimum time in recovery or abstinence is required" in first.guidance
    assert is_assigned(speaker=waiting, reviewer=reviewer)
    assert is_assigned(speaker=talking, reviewer=reviewer)
    assert not is_assigned(speaker=approved, reviewer=reviewer)
    assert Assessment.objects.filter(speaker=waiting).count() == 4
    assert Assessment.objects.filter(speaker=talking).count() == Criterion.objects.count()
