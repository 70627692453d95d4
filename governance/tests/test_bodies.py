"""Bodies, their seats and their meetings: the rules, the pages people see and the admin."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from governance.demo import bodies as demo
from governance.models import (
    Attendance,
    Body,
    BodyVisibility,
    Decision,
    Document,
    DocumentVersion,
    Meeting,
    Seat,
)
from governance.services.bodies import BodyError, meeting_minutes_approve, seat_assign
from governance.tests.factories_bodies import (
    AttendanceFactory,
    BodyFactory,
    DecisionFactory,
    MeetingFactory,
    SeatFactory,
)
from members.models import Membership, Visibility
from network.models import AuditEntry
from tests.factories import MembershipFactory, ProfileFactory, UserFactory
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db


def body_url(body: Body) -> str:
    return reverse("governance:body", args=[body.slug])


def meeting_url(meeting: Meeting) -> str:
    return reverse("governance:meeting", args=[meeting.body.slug, meeting.pk])


def member(membership_type: str = "full", **profile) -> object:
    """A person with an active membership and, if asked, a profile."""
    person = UserFactory()
    MembershipFactory(person=person, membership_type=membership_type)
    if profile:
        ProfileFactory(person=person, **profile)
    return person


# --- Seats ---------------------------------------------------------------------------------------


def test_a_full_member_takes_a_lived_experience_seat_and_it_is_audited(governance_member):
    seat = SeatFactory(lived_experience=True)
    holder = member("full")

    seat_assign(seat=seat, holder=holder, actor=governance_member)

    seat.refresh_from_db()
    assert seat.holder == holder
    entry = AuditEntry.objects.get(action="seat.assign")
    assert entry.actor == governance_member
    assert entry.data["holder"] == holder.pk


def test_a_supporting_member_is_refused_a_lived_experience_seat():
    seat = SeatFactory(lived_experience=True)

    with pytest.raises(BodyError) as refused:
        seat_assign(seat=seat, holder=member("supporting"), actor=None)

    assert "Only a full member" in refused.value.message_dict["holder"][0]
    seat.refresh_from_db()
    assert seat.holder is None


def test_a_full_member_whose_membership_lapsed_is_refused_a_lived_experience_seat():
    holder = member("full")
    Membership.objects.filter(person=holder).update(status=Membership.Status.LAPSED)

    with pytest.raises(BodyError):
        seat_assign(seat=SeatFactory(lived_experience=True), holder=holder, actor=None)


def test_a_supporting_member_may_be_the_secretary():
    seat = SeatFactory(role=Seat.Role.SECRETARY)

    seat_assign(seat=seat, holder=member("supporting"), actor=None)

    assert Seat.objects.get(pk=seat.pk).holder is not None


def test_a_term_that_ends_before_it_starts_is_refused():
    seat = SeatFactory.build(body=BodyFactory(), term_start=date(2026, 5, 1))
    seat.term_end = date(2026, 4, 1)

    with pytest.raises(ValidationError) as refused:
        seat_assign(seat=seat, holder=None, actor=None)

    assert "term_end" in refused.value.message_dict


def test_vacating_a_seat_is_audited():
    seat = SeatFactory(holder=member("full"))

    seat_assign(seat=seat, holder=None, actor=None)

    assert Seat.objects.get(pk=seat.pk).holder is None
    assert AuditEntry.objects.filter(action="seat.vacate").exists()


# --- Minutes -------------------------------------------------------------------------------------


def test_approving_the_minutes_of_a_held_meeting_publishes_them(governance_member):
    meeting = MeetingFactory()

    meeting_minutes_approve(meeting=meeting, actor=governance_member)

    meeting.refresh_from_db()
    assert meeting.minutes_approved_at is not None
    assert AuditEntry.objects.filter(action="meeting.minutes_approve").exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"status": Meeting.Status.SCHEDULED}, "was held"),
        ({"minutes": ""}, "Write the minutes"),
        ({"minutes_approved_at": timezone.now()}, "already approved"),
    ],
)
def test_minutes_are_approved_once_and_only_when_written_for_a_held_meeting(fields, message):
    meeting = MeetingFactory(**fields)

    with pytest.raises(BodyError) as refused:
        meeting_minutes_approve(meeting=meeting, actor=None)

    assert message in refused.value.messages[0]


def test_a_meeting_that_ends_before_it_starts_is_refused():
    meeting = MeetingFactory.build(body=BodyFactory())
    meeting.ends_at = meeting.starts_at - timedelta(hours=1)

    with pytest.raises(ValidationError) as refused:
        meeting.full_clean()

    assert "ends_at" in refused.value.message_dict


def test_negative_votes_are_refused():
    decision = DecisionFactory.build(meeting=MeetingFactory(), votes_against=-1)

    with pytest.raises(ValidationError) as refused:
        decision.full_clean()

    assert "votes_against" in refused.value.message_dict


# --- Who sees which body and meeting ------------------------------------------------------------


def test_the_list_shows_members_only_bodies_to_active_members_only(client, outsider):
    public = BodyFactory(name="Open table")
    private = BodyFactory(name="Members circle", visibility=BodyVisibility.MEMBERS)
    BodyFactory(name="Old group", active=False)

    for viewer in (None, outsider):
        page = sign_in(client, viewer).get(reverse("governance:bodies")).content.decode()
        assert public.name in page
        assert private.name not in page
        assert "Old group" not in page

    page = sign_in(client, member("supporting")).get(reverse("governance:bodies")).content.decode()
    assert private.name in page


@pytest.mark.parametrize("members_only", ["body", "meeting"])
def test_members_only_pages_ask_signed_out_people_to_sign_in_and_hide_from_non_members(
    client, outsider, supporting_member, members_only
):
    body = BodyFactory(
        visibility=BodyVisibility.MEMBERS if members_only == "body" else BodyVisibility.PUBLIC
    )
    meeting = MeetingFactory(
        body=body,
        visibility=BodyVisibility.MEMBERS if members_only == "meeting" else BodyVisibility.PUBLIC,
    )
    urls = [meeting_url(meeting)] + ([body_url(body)] if members_only == "body" else [])

    for url in urls:
        signed_out = sign_in(client, None).get(url)
        assert signed_out.status_code == 302
        assert signed_out.url.startswith(reverse("account_login"))
        # The supporting member's role without a membership is not a membership.
        assert sign_in(client, outsider).get(url).status_code == 404
        assert sign_in(client, supporting_member).get(url).status_code == 404
        assert sign_in(client, member("supporting")).get(url).status_code == 200


def test_a_meeting_of_a_members_only_body_is_members_only_whatever_it_says(client):
    body = BodyFactory(visibility=BodyVisibility.MEMBERS)
    meeting = MeetingFactory(body=body, visibility=BodyVisibility.PUBLIC)

    assert client.get(meeting_url(meeting)).status_code == 302


def test_members_only_meetings_are_left_out_of_a_public_body_page_for_non_members(client):
    body = BodyFactory()
    MeetingFactory(body=body, title="Open meeting")
    MeetingFactory(body=body, title="Closed meeting", visibility=BodyVisibility.MEMBERS)

    page = client.get(body_url(body)).content.decode()
    assert "Open meeting" in page
    assert "Closed meeting" not in page

    page = sign_in(client, member()).get(body_url(body)).content.decode()
    assert "Closed meeting" in page


def test_a_meeting_of_another_body_is_not_found(client):
    meeting = MeetingFactory()

    url = reverse("governance:meeting", args=[BodyFactory().slug, meeting.pk])

    assert client.get(url).status_code == 404


# --- What a body page shows ---------------------------------------------------------------------


def test_a_body_page_shows_its_seats_with_the_lived_experience_marker_terms_and_vacancy(client):
    body = BodyFactory(purpose="<p>We look after the network.</p>")
    SeatFactory(body=body, role=Seat.Role.CHAIR, lived_experience=True)
    SeatFactory(body=body, role=Seat.Role.SECRETARY, holder=member("supporting"))

    page = client.get(body_url(body)).content.decode()

    assert "We look after the network." in page
    assert "Lived-experience seat" in page
    assert "Vacant" in page
    assert "Held by a member" in page
    assert "Jan. 1, 2026 \N{EN DASH} Dec. 31, 2027" in page


def test_the_holder_name_shows_only_where_their_profile_shows_it(client, outsider):
    body = BodyFactory()
    public = member(display_name_visibility=Visibility.PUBLIC)
    to_members = member(display_name_visibility=Visibility.MEMBERS)
    private = member(display_name_visibility=Visibility.ONLY_ME)
    for order, holder in enumerate((public, to_members, private)):
        SeatFactory(body=body, holder=holder, order=order)

    for viewer in (None, outsider):
        page = sign_in(client, viewer).get(body_url(body)).content.decode()
        assert public.display_name in page
        assert to_members.display_name not in page
        assert private.display_name not in page
        assert page.count("Held by a member") == 2

    page = sign_in(client, member()).get(body_url(body)).content.decode()
    assert to_members.display_name in page
    assert private.display_name not in page

    page = sign_in(client, private).get(body_url(body)).content.decode()
    assert private.display_name in page  # their own seat


def test_a_coordinator_sees_the_name_a_holder_shows_to_their_lhins_coordinators(
    client, coordinator
):
    holder = member(display_name_visibility=Visibility.COORDINATORS)  # in Toronto Central
    body = BodyFactory()
    SeatFactory(body=body, holder=holder)

    assert holder.display_name in sign_in(client, coordinator).get(body_url(body)).content.decode()
    assert holder.display_name not in sign_in(client, member()).get(body_url(body)).content.decode()


def test_a_body_page_names_the_current_version_of_its_terms_of_reference(client):
    document = Document.objects.create(
        kind=Document.Kind.TERMS_OF_REFERENCE, slug="group-terms", title="Group terms"
    )
    DocumentVersion.objects.create(
        document=document,
        number=1,
        status="superseded",
        body="<p>Old</p>",
        approved_at=timezone.now(),
    )
    DocumentVersion.objects.create(
        document=document,
        number=2,
        status="approved",
        body="<p>New</p>",
        approved_at=timezone.now(),
    )
    body = BodyFactory(terms_of_reference=document)

    page = client.get(body_url(body)).content.decode()

    assert "Group terms, version 2" in page
    version_url = reverse("governance:document_version", args=["group-terms", 2])
    assert f'href="{version_url}"' in page


def test_only_a_terms_of_reference_document_may_be_a_bodys_terms():
    policy = Document.objects.create(kind=Document.Kind.POLICY, slug="a-policy", title="Policy")

    with pytest.raises(ValidationError) as refused:
        BodyFactory.build(terms_of_reference=policy).full_clean()

    assert "terms_of_reference" in refused.value.message_dict


def test_upcoming_and_past_meetings_are_listed_apart_and_past_ones_paginate(client):
    body = BodyFactory()
    MeetingFactory(
        body=body,
        title="Next one",
        status=Meeting.Status.SCHEDULED,
        starts_at=timezone.now() + timedelta(days=3),
    )
    for day in range(12):
        MeetingFactory(
            body=body, title=f"Past {day:02d}", starts_at=timezone.now() - timedelta(days=day + 1)
        )

    first = client.get(body_url(body)).content.decode()
    second = client.get(body_url(body) + "?page=2").content.decode()

    assert first.index("Next one") < first.index("Past meetings") < first.index("Past 00")
    assert "Past 11" not in first
    assert "Past 11" in second
    assert "Page 2 of 2" in second


# --- What a meeting page shows ------------------------------------------------------------------


def test_minutes_show_only_once_approved(client):
    meeting = MeetingFactory(minutes="<p>Secret draft words.</p>")

    page = client.get(meeting_url(meeting)).content.decode()
    assert "Minutes not yet approved" in page
    assert "Secret draft words." not in page

    meeting_minutes_approve(meeting=meeting, actor=None)
    page = client.get(meeting_url(meeting)).content.decode()
    assert "Secret draft words." in page
    assert "Minutes not yet approved" not in page


def test_attendance_is_counted_and_named_only_as_profiles_allow(client):
    meeting = MeetingFactory()
    shown = member(display_name_visibility=Visibility.PUBLIC)
    hidden = member(display_name_visibility=Visibility.MEMBERS)
    AttendanceFactory(meeting=meeting, person=shown)
    AttendanceFactory(meeting=meeting, person=hidden)
    AttendanceFactory(meeting=meeting, status=Attendance.Status.REGRETS)

    page = client.get(meeting_url(meeting)).content.decode()

    assert "2 people" in page
    assert "1 person" in page
    assert "0 people" in page
    assert shown.display_name in page
    assert "and 1 other" in page
    assert hidden.display_name not in page


def test_decisions_show_motion_outcome_mover_and_votes(client):
    meeting = MeetingFactory()
    chair = SeatFactory(body=meeting.body, role=Seat.Role.CHAIR, holder=member())
    DecisionFactory(
        meeting=meeting,
        number=3,
        motion="That we publish the minutes.",
        outcome=Decision.Outcome.DEFEATED,
        moved_by=chair,
        votes_for=2,
        votes_against=4,
        votes_abstain=1,
    )

    page = client.get(meeting_url(meeting)).content.decode()

    assert "Motion 3" in page
    assert "Defeated" in page
    assert "That we publish the minutes." in page
    assert "2 for, 4 against, 1 abstaining" in page
    assert "Chair" in page
    assert chair.holder.display_name not in page


def test_the_online_note_shows_to_members_only(client):
    meeting = MeetingFactory(online_note="https://meet.example.net/board")

    assert "meet.example.net" not in client.get(meeting_url(meeting)).content.decode()
    page = sign_in(client, member()).get(meeting_url(meeting)).content.decode()
    assert "meet.example.net" in page


def test_a_decision_is_moved_by_a_seat_of_the_body_that_met():
    decision = DecisionFactory.build(meeting=MeetingFactory(), moved_by=SeatFactory())

    with pytest.raises(ValidationError) as refused:
        decision.full_clean()

    assert "moved_by" in refused.value.message_dict


# --- Query counts --------------------------------------------------------------------------------


@pytest.fixture
def busy_body():
    """A body with enough seats, meetings, attendance and decisions that an N+1 would show."""
    body = BodyFactory()
    for order in range(12):
        SeatFactory(
            body=body,
            order=order,
            lived_experience=order % 2 == 0,
            holder=member(display_name_visibility=Visibility(order % 4)),
        )
    for day in range(15):
        MeetingFactory(body=body, starts_at=timezone.now() - timedelta(days=day + 1))
    for day in range(5):
        MeetingFactory(
            body=body,
            status=Meeting.Status.SCHEDULED,
            starts_at=timezone.now() + timedelta(days=day + 1),
        )
    meeting = MeetingFactory(body=body, minutes_approved_at=timezone.now())
    for index in range(15):
        AttendanceFactory(
            meeting=meeting,
            status=Attendance.Status.choices[index % 3][0],
            person=member(display_name_visibility=Visibility(index % 4)),
        )
    for number in range(1, 6):
        DecisionFactory(meeting=meeting, number=number, moved_by=body.seats.first())
    return body, meeting


@pytest.mark.parametrize("viewer", ["anonymous", "member", "coordinator"])
def test_the_pages_run_a_fixed_number_of_queries(
    client, assert_page_queries, busy_body, viewer, coordinator
):
    body, meeting = busy_body
    sign_in(client, {"anonymous": None, "member": member(), "coordinator": coordinator}[viewer])

    assert_page_queries(reverse("governance:bodies"), 6)
    assert_page_queries(body_url(body), 12)
    assert_page_queries(meeting_url(meeting), 9)


# --- The admin -----------------------------------------------------------------------------------


def body_form(**fields) -> dict:
    data = {
        "kind": "board",
        "name": "Board",
        "name_fr": "",
        "slug": "the-board",
        "terms_of_reference": "",
        "purpose": "<p>Oversees.</p>",
        "purpose_fr": "",
        "visibility": "public",
        "active": "on",
        "order": "0",
        "seats-TOTAL_FORMS": "1",
        "seats-INITIAL_FORMS": "0",
        "seats-MIN_NUM_FORMS": "0",
        "seats-MAX_NUM_FORMS": "1000",
        "seats-0-role": "chair",
        "seats-0-lived_experience": "on",
        "seats-0-holder": "",
        "seats-0-term_start": "2026-01-01",
        "seats-0-term_end": "2027-01-01",
        "seats-0-note": "",
        "seats-0-order": "0",
    }
    data.update(fields)
    return data


def test_a_governance_member_adds_a_body_with_a_seat_in_the_admin_and_it_is_audited(
    client, governance_member
):
    holder = member("full")
    sign_in(client, governance_member)

    response = client.post(
        reverse("admin:governance_body_add"), body_form(**{"seats-0-holder": str(holder.pk)})
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    seat = Seat.objects.get(body__slug="the-board")
    assert seat.holder == holder
    assert seat.lived_experience
    assert AuditEntry.objects.get(action="seat.assign").actor == governance_member


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"seats-0-holder": "supporting"}, "Only a full member"),
        ({"seats-0-term_end": "2025-01-01"}, "The term must end after it starts."),
        ({"slug": "not a slug!"}, "Enter a valid"),
    ],
)
def test_bad_input_in_the_body_admin_is_refused_at_the_field(
    client, governance_member, fields, message
):
    if fields.get("seats-0-holder") == "supporting":
        fields = {"seats-0-holder": str(member("supporting").pk)}
    sign_in(client, governance_member)

    response = client.post(reverse("admin:governance_body_add"), body_form(**fields))

    assert response.status_code in (200, 400)
    assert message in response.content.decode()
    assert not Body.objects.exists()


def test_a_meeting_with_negative_votes_is_refused_in_the_admin(client, governance_member):
    body = BodyFactory()
    sign_in(client, governance_member)
    data = {
        "body": str(body.pk),
        "title": "Spring meeting",
        "title_fr": "",
        "status": "held",
        "visibility": "public",
        "starts_at_0": "2026-03-01",
        "starts_at_1": "18:00",
        "ends_at_0": "2026-03-01",
        "ends_at_1": "20:00",
        "place": "",
        "online_note": "",
        "agenda": "",
        "agenda_fr": "",
        "minutes": "",
        "minutes_fr": "",
        "attendance-TOTAL_FORMS": "0",
        "attendance-INITIAL_FORMS": "0",
        "decisions-TOTAL_FORMS": "1",
        "decisions-INITIAL_FORMS": "0",
        "decisions-0-number": "1",
        "decisions-0-motion": "That we meet.",
        "decisions-0-motion_fr": "",
        "decisions-0-moved_by": "",
        "decisions-0-seconded_by": "",
        "decisions-0-outcome": "carried",
        "decisions-0-votes_for": "3",
        "decisions-0-votes_against": "-2",
        "decisions-0-votes_abstain": "0",
    }

    refused = client.post(reverse("admin:governance_meeting_add"), data)

    assert "greater than or equal to 0" in refused.content.decode()
    assert not Meeting.objects.exists()

    data["decisions-0-votes_against"] = "0"
    assert client.post(reverse("admin:governance_meeting_add"), data).status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.starts_at.hour == 23  # 18:00 in Toronto is 23:00 UTC in March
    assert meeting.decisions.get().votes_for == 3


def test_the_approve_minutes_action_goes_through_the_service(client, governance_member):
    held, scheduled = MeetingFactory(), MeetingFactory(status=Meeting.Status.SCHEDULED)
    sign_in(client, governance_member)

    response = client.post(
        reverse("admin:governance_meeting_changelist"),
        {"action": "approve_minutes", "_selected_action": [held.pk, scheduled.pk]},
        follow=True,
    )

    page = response.content.decode()
    assert "Approved the minutes of 1 meeting." in page
    assert "Only the minutes of a meeting that was held" in page
    held.refresh_from_db()
    assert held.minutes_approved_at is not None
    assert not Meeting.objects.get(pk=scheduled.pk).minutes_approved


def test_the_people_autocomplete_finds_display_names_never_emails(
    client, governance_member, content_editor
):
    UserFactory(display_name="Rowan Hill", email="rowan.secret@example.net")
    url = reverse("admin:governance_person_autocomplete")
    query = {"app_label": "governance", "model_name": "seat", "field_name": "holder"}

    sign_in(client, governance_member)
    found = client.get(url, {**query, "term": "rowan"}).json()["results"]
    assert [result["text"] for result in found] == ["Rowan Hill"]
    assert "secret" not in str(found)
    assert client.get(url, {**query, "term": "rowan.secret"}).json()["results"] == []
    assert (
        client.get(
            url, {**query, "model_name": "body", "field_name": "terms_of_reference"}
        ).status_code
        == 403
    )

    assert sign_in(client, content_editor).get(url, {**query, "term": "rowan"}).status_code == 403


# --- Demo ----------------------------------------------------------------------------------------


def test_the_demo_runs_twice_and_has_a_board_with_a_meeting():
    from network.demo import seed_demo

    seed_demo()
    seed_demo()
    demo.seed()

    board = Body.objects.get(slug="board")
    assert board.terms_of_reference.slug == demo.BOARD_TERMS_SLUG
    assert board.terms_of_reference.versions.filter(status="approved").count() == 1
    chair = board.seats.get(role=Seat.Role.CHAIR)
    assert chair.holder.email == "governance@example.org"
    assert chair.lived_experience
    assert board.seats.filter(holder__isnull=True, lived_experience=True).count() == 1
    held = board.meetings.get(status=Meeting.Status.HELD)
    assert held.minutes_approved
    assert held.attendance.count() >= 4
    assert held.decisions.count() == 2
    assert (
        board.meetings.filter(status=Meeting.Status.SCHEDULED, starts_at__gt=timezone.now()).count()
        == 1
    )
    assert Body.objects.get(kind=Body.Kind.ADVISORY_GROUP).visibility == BodyVisibility.MEMBERS
    assert Body.objects.filter(kind=Body.Kind.EXPERT_PANEL).count() == 1
    assert Seat.objects.count() == 10
    assert Meeting.objects.count() == 2


# --- Personal data -------------------------------------------------------------------------------


def test_my_data_lists_the_seats_a_person_holds_and_the_meetings_they_were_listed_at(client):
    person = member("full")
    body = BodyFactory(name="Board of directors")
    SeatFactory(body=body, role=Seat.Role.CHAIR, lived_experience=True, holder=person)
    AttendanceFactory(meeting=MeetingFactory(body=body, title="Spring meeting"), person=person)

    page = sign_in(client, person).get(reverse("members:my_data")).content.decode()

    assert "Seats you hold on governance bodies" in page
    assert "Board of directors" in page
    assert "Chair" in page
    assert "Board of directors: Spring meeting" in page


def test_closing_an_account_vacates_its_seats_and_keeps_the_attendance_counts(client):
    from members.services import account_close

    person = member("full", display_name_visibility=Visibility.PUBLIC)
    seat = SeatFactory(lived_experience=True, holder=person)
    meeting = MeetingFactory(body=seat.body)
    AttendanceFactory(meeting=meeting, person=person)

    account_close(user=person)

    assert Seat.objects.get(pk=seat.pk).holder is None
    assert AuditEntry.objects.filter(action="seat.vacate").exists()
    page = client.get(meeting_url(meeting)).content.decode()
    assert "1 person" in page
    assert "Former member" not in page


def test_approved_minutes_are_no_longer_edited_in_the_admin(client, governance_member):
    meeting = MeetingFactory(minutes="<p>As approved.</p>", minutes_approved_at=timezone.now())
    sign_in(client, governance_member)

    page = client.get(reverse("admin:governance_meeting_change", args=[meeting.pk]))

    assert page.status_code == 200
    content = page.content.decode()
    assert "<p>As approved.</p>" in content
    assert 'name="minutes"' not in content
    assert 'name="agenda"' in content
