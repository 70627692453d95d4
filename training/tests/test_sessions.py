"""Sessions: registration with seats and a waitlist, cancellation and promotion, capacity,
attendance, reminders, the pages and calendar files, the admin, My data and account close."""

from datetime import UTC, timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from members.models import Membership
from members.personal_data import personal_data_of
from members.services import account_close
from network import icalendar as calendar
from network.models import AuditEntry, OutboundEmail
from tests.factories import MembershipFactory, UserFactory
from tests.plugin import sign_in
from training.models import Registration, Session, SessionFeed
from training.services import sessions as services

from .factories_sessions import RegistrationFactory, SessionFactory, member

pytestmark = pytest.mark.django_db


def _emails_to(person) -> list[str]:
    return list(OutboundEmail.objects.filter(to=[person.email]).values_list("subject", flat=True))


# --- Registering ---------------------------------------------------------------------------------


def test_a_member_gets_a_seat_and_an_email_while_seats_are_free():
    session = SessionFactory(capacity=2)
    person = member()

    registration = services.registration_create(session=session, person=person)

    assert registration.status == Registration.Status.REGISTERED
    assert registration.waitlisted_at is None
    assert _emails_to(person) == [f"You are registered: {session.course.title}"]
    assert AuditEntry.objects.filter(action="training.registration.registered").exists()


def test_a_supporting_member_may_register_too():
    session = SessionFactory()
    person = MembershipFactory(membership_type="supporting").person

    registration = services.registration_create(session=session, person=person)

    assert registration.status == Registration.Status.REGISTERED


def test_when_the_session_is_full_the_next_member_joins_the_waitlist():
    session = SessionFactory(capacity=1)
    RegistrationFactory(session=session)
    person = member()

    registration = services.registration_create(session=session, person=person)

    assert registration.status == Registration.Status.WAITLISTED
    assert registration.waitlisted_at is not None
    assert _emails_to(person) == [f"You are on the waitlist: {session.course.title}"]


def test_registering_twice_is_refused_with_a_clear_message():
    session = SessionFactory()
    person = member()
    services.registration_create(session=session, person=person)

    with pytest.raises(services.RegistrationError, match="You are already registered"):
        services.registration_create(session=session, person=person)
    assert Registration.objects.filter(session=session, person=person).count() == 1


def test_joining_the_waitlist_twice_is_refused_with_a_clear_message():
    session = SessionFactory(capacity=1)
    RegistrationFactory(session=session)
    person = member()
    services.registration_create(session=session, person=person)

    with pytest.raises(services.RegistrationError, match="already on the waitlist"):
        services.registration_create(session=session, person=person)


def test_registering_again_after_cancelling_is_allowed():
    session = SessionFactory()
    person = member()
    first = services.registration_create(session=session, person=person)
    services.registration_cancel(registration=first, actor=person)

    again = services.registration_create(session=session, person=person)

    assert again.status == Registration.Status.REGISTERED
    assert again.pk != first.pk


def test_registering_after_the_deadline_is_refused():
    session = SessionFactory()
    late = time_machine.travel(session.registration_deadline + timedelta(minutes=1))
    with late, pytest.raises(services.RegistrationError, match="Registration for this session"):
        services.registration_create(session=session, person=member())


def test_registering_for_a_past_session_is_refused():
    starts = timezone.now() - timedelta(days=1)
    session = SessionFactory(starts_at=starts, registration_deadline=starts - timedelta(days=1))

    with pytest.raises(services.RegistrationError, match="already taken place"):
        services.registration_create(session=session, person=member())


def test_registering_for_a_cancelled_session_is_refused():
    session = SessionFactory(status=Session.Status.CANCELLED)

    with pytest.raises(services.RegistrationError, match="has been cancelled"):
        services.registration_create(session=session, person=member())


def test_a_lapsed_member_is_refused_and_told_to_renew():
    session = SessionFactory()
    person = MembershipFactory(status=Membership.Status.LAPSED).person

    with pytest.raises(services.RegistrationError, match="membership has lapsed"):
        services.registration_create(session=session, person=person)
    assert not Registration.objects.exists()


def test_a_membership_past_its_end_counts_as_lapsed():
    session = SessionFactory()
    person = MembershipFactory(expires_at=timezone.now() - timedelta(days=1)).person

    with pytest.raises(services.RegistrationError, match="membership has lapsed"):
        services.registration_create(session=session, person=person)


def test_someone_without_a_membership_is_refused():
    with pytest.raises(services.RegistrationError, match="Only members"):
        services.registration_create(session=SessionFactory(), person=UserFactory())


# --- Cancelling and the waitlist ----------------------------------------------------------------


def test_a_cancellation_gives_the_seat_to_the_first_person_waiting_at_once():
    session = SessionFactory(capacity=1)
    holder = RegistrationFactory(session=session)
    first = RegistrationFactory(
        session=session, status="waitlisted", waitlisted_at=timezone.now() - timedelta(hours=2)
    )
    second = RegistrationFactory(
        session=session, status="waitlisted", waitlisted_at=timezone.now() - timedelta(hours=1)
    )

    services.registration_cancel(registration=holder, actor=holder.person)

    holder.refresh_from_db()
    first.refresh_from_db()
    second.refresh_from_db()
    assert holder.status == "cancelled"
    assert holder.cancelled_at is not None
    assert first.status == "registered"
    assert first.promoted_at is not None
    assert second.status == "waitlisted"
    assert _emails_to(first.person) == [f"A seat is yours: {session.course.title}"]
    assert _emails_to(second.person) == []


def test_leaving_the_waitlist_promotes_nobody():
    session = SessionFactory(capacity=1)
    RegistrationFactory(session=session)
    waiting = RegistrationFactory(session=session, status="waitlisted")
    behind = RegistrationFactory(session=session, status="waitlisted")

    services.registration_cancel(registration=waiting, actor=waiting.person)

    behind.refresh_from_db()
    assert behind.status == "waitlisted"


def test_cancelling_twice_is_refused():
    registration = RegistrationFactory()
    services.registration_cancel(registration=registration, actor=registration.person)

    with pytest.raises(services.RegistrationError, match="already cancelled"):
        services.registration_cancel(registration=registration, actor=registration.person)


def test_the_promotion_email_leaves_only_after_the_commit(django_capture_on_commit_callbacks):
    session = SessionFactory(capacity=1)
    holder = RegistrationFactory(session=session)
    RegistrationFactory(session=session, status="waitlisted")

    with django_capture_on_commit_callbacks() as callbacks:
        services.registration_cancel(registration=holder, actor=holder.person)

    assert len(callbacks) == 1  # the promotion email's send, queued for after the commit


# --- Capacity -----------------------------------------------------------------------------------


def test_capacity_cannot_go_below_the_people_registered():
    session = SessionFactory(capacity=3)
    RegistrationFactory.create_batch(3, session=session)

    with pytest.raises(services.RegistrationError, match="3 people are registered"):
        services.session_change_capacity(session=session, capacity=2, actor=None)
    session.refresh_from_db()
    assert session.capacity == 3


def test_raising_the_capacity_promotes_from_the_waitlist_in_order():
    session = SessionFactory(capacity=1)
    RegistrationFactory(session=session)
    first = RegistrationFactory(
        session=session, status="waitlisted", waitlisted_at=timezone.now() - timedelta(hours=3)
    )
    second = RegistrationFactory(
        session=session, status="waitlisted", waitlisted_at=timezone.now() - timedelta(hours=2)
    )
    third = RegistrationFactory(
        session=session, status="waitlisted", waitlisted_at=timezone.now() - timedelta(hours=1)
    )

    services.session_change_capacity(session=session, capacity=3, actor=None)

    statuses = [Registration.objects.get(pk=r.pk).status for r in (first, second, third)]
    assert statuses == ["registered", "registered", "waitlisted"]


def test_the_admin_refuses_a_capacity_below_the_registrations_at_the_field(client, content_editor):
    session = SessionFactory(capacity=2)
    RegistrationFactory.create_batch(2, session=session)
    sign_in(client, content_editor)
    url = reverse("admin:training_session_change", args=[session.pk])

    response = client.post(url, _admin_data(session, capacity=1))

    assert response.status_code == 400
    assert "2 people are registered" in response.content.decode()
    session.refresh_from_db()
    assert session.capacity == 2


def test_the_admin_raising_capacity_promotes_the_waiting(client, content_editor):
    session = SessionFactory(capacity=1)
    RegistrationFactory(session=session)
    waiting = RegistrationFactory(session=session, status="waitlisted")
    sign_in(client, content_editor)
    url = reverse("admin:training_session_change", args=[session.pk])

    response = client.post(url, _admin_data(session, capacity=2))

    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == "registered"


def _admin_data(session: Session, **changes) -> dict:
    local = timezone.localtime
    data = {
        "course": session.course_id,
        "starts_at_0": local(session.starts_at).strftime("%Y-%m-%d"),
        "starts_at_1": local(session.starts_at).strftime("%H:%M:%S"),
        "ends_at_0": local(session.ends_at).strftime("%Y-%m-%d"),
        "ends_at_1": local(session.ends_at).strftime("%H:%M:%S"),
        "registration_deadline_0": local(session.registration_deadline).strftime("%Y-%m-%d"),
        "registration_deadline_1": local(session.registration_deadline).strftime("%H:%M:%S"),
        "lhin": "",
        "place": session.place,
        "online_url": session.online_url,
        "capacity": session.capacity,
        "registrations-TOTAL_FORMS": "0",
        "registrations-INITIAL_FORMS": "0",
        "registrations-MIN_NUM_FORMS": "0",
        "registrations-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


# --- Cancelling a session -----------------------------------------------------------------------


def test_cancelling_a_session_emails_everyone_registered_or_waiting():
    session = SessionFactory(capacity=1)
    seated = RegistrationFactory(session=session)
    waiting = RegistrationFactory(session=session, status="waitlisted")
    gone = RegistrationFactory(session=session, status="cancelled")

    services.session_cancel(session=session, actor=None)

    session.refresh_from_db()
    assert session.status == Session.Status.CANCELLED
    subject = f"Session cancelled: {session.course.title}"
    assert _emails_to(seated.person) == [subject]
    assert _emails_to(waiting.person) == [subject]
    assert _emails_to(gone.person) == []


def test_the_admin_action_cancels_the_chosen_sessions(client, content_editor):
    session = SessionFactory()
    RegistrationFactory(session=session)
    sign_in(client, content_editor)

    response = client.post(
        reverse("admin:training_session_changelist"),
        {"action": "cancel_sessions", "_selected_action": [session.pk]},
    )

    assert response.status_code == 302
    session.refresh_from_db()
    assert session.status == Session.Status.CANCELLED


# --- Attendance ---------------------------------------------------------------------------------


def _started_session(**kwargs) -> Session:
    starts = timezone.now() - timedelta(hours=1)
    return SessionFactory(
        starts_at=starts, registration_deadline=starts - timedelta(days=1), **kwargs
    )


def test_a_facilitator_marks_attendance_once_the_session_has_started(make_person):
    facilitator = make_person()
    session = _started_session(facilitators=[facilitator])
    came, missed = RegistrationFactory.create_batch(2, session=session)

    services.attendance_mark(
        session=session,
        marker=facilitator,
        attended={came.person_id: True, missed.person_id: False},
    )

    came.refresh_from_db()
    missed.refresh_from_db()
    assert (came.attended, missed.attended) == (True, False)
    assert came.attendance_marked_by == facilitator


def test_attendance_before_the_start_is_refused(make_person):
    facilitator = make_person()
    session = SessionFactory(facilitators=[facilitator])
    registration = RegistrationFactory(session=session)

    with pytest.raises(services.RegistrationError, match="once the session has started"):
        services.attendance_mark(
            session=session, marker=facilitator, attended={registration.person_id: True}
        )


def test_someone_not_facilitating_cannot_mark_attendance(full_member):
    session = _started_session()
    registration = RegistrationFactory(session=session)

    with pytest.raises(services.RegistrationError, match="Only the facilitators"):
        services.attendance_mark(
            session=session, marker=full_member, attended={registration.person_id: True}
        )


def test_a_content_editor_may_mark_attendance(content_editor):
    session = _started_session()
    registration = RegistrationFactory(session=session)

    services.attendance_mark(
        session=session, marker=content_editor, attended={registration.person_id: True}
    )

    registration.refresh_from_db()
    assert registration.attended is True


def test_the_attendance_page_lists_registered_people_by_name_and_saves(client, make_person):
    facilitator = make_person()
    session = _started_session(facilitators=[facilitator])
    registration = RegistrationFactory(session=session, person=member(display_name="Robin Peer"))
    RegistrationFactory(session=session, status="waitlisted", person=member(display_name="Wai"))
    sign_in(client, facilitator)
    url = reverse("training:session_attendance", args=[session.pk])

    page = client.get(url).content.decode()
    response = client.post(url, {f"person_{registration.person_id}": "yes"})

    assert "Robin Peer" in page
    assert "Wai" not in page
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.attended is True


def test_the_attendance_page_is_not_found_for_others(client, full_member):
    session = _started_session()
    sign_in(client, full_member)

    response = client.get(reverse("training:session_attendance", args=[session.pk]))

    assert response.status_code == 404


def test_an_incomplete_attendance_form_answers_400_with_the_values(client, make_person):
    facilitator = make_person()
    session = _started_session(facilitators=[facilitator])
    first, _second = RegistrationFactory.create_batch(2, session=session)
    sign_in(client, facilitator)

    response = client.post(
        reverse("training:session_attendance", args=[session.pk]),
        {f"person_{first.person_id}": "yes"},
    )

    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()
    first.refresh_from_db()
    assert first.attended is None


# --- Reminders ----------------------------------------------------------------------------------


def test_reminders_go_once_to_the_people_registered_two_days_ahead():
    session = SessionFactory()
    seated = RegistrationFactory(session=session)
    waiting = RegistrationFactory(session=session, status="waitlisted")

    with time_machine.travel(session.starts_at - timedelta(days=3)):
        assert services.sessions_due_for_reminder() == []
    with time_machine.travel(session.starts_at - timedelta(days=2) + timedelta(minutes=30)):
        due = services.sessions_due_for_reminder()
        sent = [services.session_remind(session_id=pk) for pk in due]
        again = services.session_remind(session_id=session.pk)

    assert due == [session.pk]
    assert sent == [1]
    assert again == 0
    assert _emails_to(seated.person) == [f"Coming soon: {session.course.title}"]
    assert _emails_to(waiting.person) == []


def test_a_cancelled_session_gets_no_reminder():
    session = SessionFactory(status=Session.Status.CANCELLED)
    RegistrationFactory(session=session)

    assert services.session_remind(session_id=session.pk) == 0


# --- Pages --------------------------------------------------------------------------------------


def test_the_session_page_shows_date_in_toronto_time_seats_and_deadline(client):
    session = SessionFactory(capacity=5)
    RegistrationFactory.create_batch(2, session=session)

    page = client.get(session.get_absolute_url()).content.decode()

    local = timezone.localtime(session.starts_at, timezone.get_default_timezone())
    assert session.course.title in page
    assert local.strftime("%H:%M") in page
    assert "3 seats left of 5" in page
    assert "Registration closes" in page
    assert "Sign in to register" in page


def test_the_online_link_is_shown_only_to_people_registered(client):
    session = SessionFactory(online_url="https://meet.example.org/secret-room")
    seated = RegistrationFactory(session=session)
    waiting = RegistrationFactory(session=session, status="waitlisted")

    anonymous_page = client.get(session.get_absolute_url()).content.decode()
    sign_in(client, waiting.person)
    waiting_page = client.get(session.get_absolute_url()).content.decode()
    waiting_ics = client.get(reverse("training:session_ics", args=[session.pk])).content.decode()
    sign_in(client, seated.person)
    seated_page = client.get(session.get_absolute_url()).content.decode()
    seated_ics = client.get(reverse("training:session_ics", args=[session.pk])).content.decode()

    assert "secret-room" not in anonymous_page
    assert "secret-room" not in waiting_page
    assert "secret-room" not in waiting_ics
    assert "secret-room" in seated_page
    assert "secret-room" in seated_ics.replace("\r\n ", "")


def test_a_waiting_member_sees_their_position(client):
    session = SessionFactory(capacity=1)
    RegistrationFactory(session=session)
    RegistrationFactory(
        session=session, status="waitlisted", waitlisted_at=timezone.now() - timedelta(hours=1)
    )
    mine = RegistrationFactory(session=session, status="waitlisted")
    sign_in(client, mine.person)

    page = client.get(session.get_absolute_url()).content.decode()

    assert "on the waitlist, in position 2" in page


def test_a_member_registers_and_cancels_through_the_page(client):
    session = SessionFactory()
    person = member()
    sign_in(client, person)

    registered = client.post(reverse("training:session_register", args=[session.pk]))
    page = client.get(session.get_absolute_url()).content.decode()
    cancelled = client.post(reverse("training:session_cancel", args=[session.pk]))

    assert registered.status_code == 302
    assert cancelled.status_code == 302
    assert "You are registered." in page
    assert Registration.objects.get(person=person).status == "cancelled"


@pytest.mark.parametrize("state", ["twice", "lapsed", "past", "cancelled", "deadline"])
def test_a_refused_registration_answers_409_with_the_reason(client, state):
    starts = timezone.now() + timedelta(days=10)
    session = SessionFactory(starts_at=starts)
    person = member()
    expected = {
        "twice": "You are already registered",
        "lapsed": "membership has lapsed",
        "past": "already taken place",
        "cancelled": "has been cancelled",
        "deadline": "Registration for this session has closed",
    }[state]
    if state == "twice":
        RegistrationFactory(session=session, person=person)
    elif state == "lapsed":
        Membership.objects.filter(person=person).update(status=Membership.Status.LAPSED)
    elif state == "past":
        Session.objects.filter(pk=session.pk).update(
            starts_at=timezone.now() - timedelta(hours=2),
            ends_at=timezone.now() - timedelta(hours=1),
            registration_deadline=timezone.now() - timedelta(days=1),
        )
    elif state == "cancelled":
        Session.objects.filter(pk=session.pk).update(status=Session.Status.CANCELLED)
    else:
        Session.objects.filter(pk=session.pk).update(
            registration_deadline=timezone.now() - timedelta(minutes=1)
        )
    sign_in(client, person)

    response = client.post(reverse("training:session_register", args=[session.pk]))

    assert response.status_code == 409
    assert expected in response.content.decode()


def test_cancelling_without_a_registration_answers_409(client):
    session = SessionFactory()
    sign_in(client, member())

    response = client.post(reverse("training:session_cancel", args=[session.pk]))

    assert response.status_code == 409
    assert "You are not registered" in response.content.decode()


def test_signed_out_people_are_sent_to_sign_in_to_register(client):
    session = SessionFactory()

    response = client.post(reverse("training:session_register", args=[session.pk]))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_session_of_an_unpublished_course_is_not_found(client):
    session = SessionFactory(course__is_published=False)

    assert client.get(session.get_absolute_url()).status_code == 404


def test_my_sessions_lists_upcoming_and_past_with_status_in_words(client):
    person = member()
    RegistrationFactory(person=person, session__course__title="Upcoming workshop")
    RegistrationFactory(
        person=person, status="waitlisted", session__course__title="Waiting workshop"
    )
    past = _started_session(course__title="Past workshop")
    Session.objects.filter(pk=past.pk).update(ends_at=timezone.now() - timedelta(minutes=5))
    RegistrationFactory(person=person, session=past, attended=True)
    RegistrationFactory(session__course__title="Someone else's workshop")
    sign_in(client, person)

    page = client.get(reverse("training:my_sessions")).content.decode()

    assert "Upcoming workshop" in page
    assert "Waiting workshop" in page
    assert "You are on the waitlist." in page
    assert "Past workshop" in page
    assert "Attended" in page
    assert "Someone else" not in page


def test_my_sessions_queries_stay_flat_with_many_registrations(client, assert_page_queries):
    person = member()
    for _ in range(30):
        RegistrationFactory(person=person)
    for _ in range(30):
        past = _started_session()
        Session.objects.filter(pk=past.pk).update(ends_at=timezone.now() - timedelta(minutes=5))
        RegistrationFactory(person=person, session=past)
    sign_in(client, person)

    assert_page_queries(reverse("training:my_sessions"), 11)


def test_the_session_page_queries_stay_flat_with_many_registrations(client, assert_page_queries):
    session = SessionFactory(capacity=100)
    RegistrationFactory.create_batch(60, session=session)
    RegistrationFactory.create_batch(20, session=session, status="waitlisted")
    waiting = RegistrationFactory(session=session, status="waitlisted")
    sign_in(client, waiting.person)

    assert_page_queries(session.get_absolute_url(), 10)


# --- Calendar files -----------------------------------------------------------------------------


def test_the_session_calendar_file_has_utc_times_a_uid_and_crlf_lines(client):
    session = SessionFactory(
        course__title="A very long workshop title, with commas; and semicolons, " * 2
    )

    response = client.get(reverse("training:session_ics", args=[session.pk]))

    body = response.content.decode()
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert body.endswith("END:VCALENDAR\r\n")
    assert f"UID:{calendar.session_uid(session.pk)}\r\n" in body
    assert f"DTSTART:{session.starts_at.astimezone(UTC):%Y%m%dT%H%M%SZ}" in body
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))
    assert "\n" not in body.replace("\r\n", "")
    unfolded = body.replace("\r\n ", "")
    assert "SUMMARY:A very long workshop title\\, with commas\\; and semicolons\\," in unfolded


def test_folding_never_splits_a_multibyte_character():
    line = "SUMMARY:" + "é" * 100

    folded = calendar.fold(line)

    assert all(len(piece.encode()) <= 75 for piece in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_the_feed_lists_my_sessions_and_a_new_token_revokes_the_old(client):
    person = member()
    mine = RegistrationFactory(person=person, session__online_url="https://meet.example.org/x")
    RegistrationFactory(session__course__title="Not mine")
    sign_in(client, person)
    client.get(reverse("training:my_sessions"))
    old = SessionFeed.objects.get(person=person).token
    client.logout()

    feed = client.get(reverse("training:my_sessions_feed", args=[old])).content.decode()
    sign_in(client, person)
    client.post(reverse("training:my_sessions_feed_renew"))
    client.logout()
    stale = client.get(reverse("training:my_sessions_feed", args=[old]))

    assert mine.session.course.title in feed
    assert "Not mine" not in feed
    assert "meet.example.org/x" in feed.replace("\r\n ", "")
    assert stale.status_code == 404


def test_a_made_up_feed_token_is_not_found(client):
    assert client.get(reverse("training:my_sessions_feed", args=["nope"])).status_code == 404


# --- My data and closing the account ------------------------------------------------------------


def test_my_data_lists_the_registrations():
    registration = RegistrationFactory(session__course__title="Boundaries workshop")

    sections = {s.key: s for s in personal_data_of(registration.person)}

    records = sections["training_sessions"].records
    assert records[0]["training_session"] == "Boundaries workshop"
    assert records[0]["status"] == "Registered"


def test_closing_an_account_cancels_its_registrations_and_promotes_the_waiting():
    session = SessionFactory(capacity=1)
    leaving = RegistrationFactory(session=session)
    waiting = RegistrationFactory(session=session, status="waitlisted")
    services.session_feed_of(leaving.person)

    account_close(user=leaving.person)

    leaving.refresh_from_db()
    waiting.refresh_from_db()
    assert leaving.status == "cancelled"
    assert waiting.status == "registered"
    assert not SessionFeed.objects.filter(person=leaving.person).exists()


# --- Demo ---------------------------------------------------------------------------------------


def test_the_demo_seeds_a_full_session_a_past_one_and_river_s_registrations_twice():
    from network.demo import seed_demo

    seed_demo()
    seed_demo()

    river = Registration.objects.filter(person__email="full.member@example.org")
    statuses = {(r.session.course.slug, r.status) for r in river}
    assert ("core-knowledge-and-skills", "registered") in statuses
    assert any(status == "waitlisted" for _slug, status in statuses)
    full = Session.objects.get(
        registrations__status="waitlisted", registrations__person__email="full.member@example.org"
    )
    assert full.registrations.filter(status="registered").count() == full.capacity
    assert Registration.objects.filter(
        session__starts_at__lt=timezone.now(), attended__isnull=False
    ).exists()
    assert Session.objects.filter(starts_at__gt=timezone.now()).count() >= 2


# --- The admin ----------------------------------------------------------------------------------


def test_the_admin_shows_registrations_by_display_name_read_only(client, content_editor):
    session = SessionFactory()
    RegistrationFactory(session=session, person=member(display_name="Avery Seat"))
    sign_in(client, content_editor)

    response = client.get(reverse("admin:training_session_change", args=[session.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert "Avery Seat" in page
    assert 'name="registrations-0-status"' not in page  # nothing to edit


def test_the_facilitator_picker_searches_display_names_only(client, content_editor):
    UserFactory(display_name="Rowan Facilitator", email="hidden-ri@example.net")
    UserFactory(display_name="Someone Else", email="rowan@example.net")
    sign_in(client, content_editor)

    response = client.get(
        "/admin/training/session/people-autocomplete/",
        {
            "app_label": "training",
            "model_name": "session",
            "field_name": "facilitators",
            "term": "rowan",
        },
    )

    names = [result["text"] for result in response.json()["results"]]
    assert names == ["Rowan Facilitator"]


def test_the_facilitator_picker_refuses_other_fields(client, content_editor):
    sign_in(client, content_editor)

    response = client.get(
        "/admin/training/session/people-autocomplete/",
        {"app_label": "governance", "model_name": "seat", "field_name": "holder", "term": "a"},
    )

    assert response.status_code == 403


def test_a_session_people_registered_for_cannot_be_deleted(client, content_editor):
    session = RegistrationFactory().session
    sign_in(client, content_editor)

    response = client.get(reverse("admin:training_session_delete", args=[session.pk]))

    assert response.status_code == 403
