"""The private annual self-assessment: the form, the second one in a year, off-scale ratings,
the history, recommendations and the learning plan, the yearly reminder, and above all its
privacy: no one but the owner sees any of it; reports get only aggregates of five or more."""

import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings
from django.contrib import admin
from django.core import mail
from django.db import transaction
from django.utils import timezone

from members.models import Membership
from members.services import account_close
from network.models import OutboundEmail
from tests.factories import MembershipFactory, UserFactory
from tests.plugin import sign_in, wait_for
from training.admin.assessments import SelfAssessmentReportAdmin
from training.demo import assessments as demo
from training.models import (
    Competency,
    Course,
    Framework,
    LearningPlanItem,
    Rating,
    ScaleLevel,
    SelfAssessment,
    SelfAssessmentReport,
    Session,
)
from training.reference import load_core_competencies
from training.selectors.assessments import (
    recommendations_for,
    self_assessment_aggregates,
)
from training.services.assessments import self_assessment_remind, self_assessment_save
from training.tasks.assessments import remind_due_self_assessments

from .factories_assessments import (
    CourseCompetencyFactory,
    CourseFactory,
    SelfAssessmentFactory,
    SessionFactory,
    make_scale,
)

pytestmark = pytest.mark.django_db

TORONTO = ZoneInfo("America/Toronto")
URL = "/training/self-assessment/"
RESULT = "/training/self-assessment/result/"
HISTORY = "/training/self-assessment/history/"
PLAN = "/training/learning-plan/"


@pytest.fixture
def scale():
    return make_scale()


@pytest.fixture
def competencies():
    return list(Competency.objects.filter(framework__slug="core").order_by("number"))


@pytest.fixture
def member(full_member, lhin_toronto):
    MembershipFactory(person=full_member, lhin=lhin_toronto)
    return full_member


def levels(competencies, *values, notes=None):
    """`self_assessment_save`'s ratings: the values in competency order."""
    notes = notes or {}
    return {c.pk: (v, notes.get(c.number, "")) for c, v in zip(competencies, values, strict=True)}


def form_data(competencies, *values, notes=None):
    notes = notes or {}
    data = {f"level_{c.pk}": str(v) for c, v in zip(competencies, values, strict=True)}
    data.update({f"note_{c.pk}": notes.get(c.number, "") for c in competencies})
    return data


def assess(person, competencies, *values, year=None, notes=None):
    return self_assessment_save(
        person=person, ratings=levels(competencies, *values, notes=notes), year=year
    )


# --- The form -----------------------------------------------------------------------------------


def test_the_form_shows_each_competency_with_the_levels_and_their_descriptors(
    client, member, scale, competencies, assert_page_queries
):
    sign_in(client, member)

    response = assert_page_queries(URL, 15)

    html = response.content.decode()
    assert html.count("<fieldset") == 6
    assert html.count('type="radio"') == 6 * 4
    for competency in competencies:
        assert competency.name in html
        assert competency.description[:40] in html
    assert "I could help other peer workers learn this." in html
    # Each radio button is described by its level's descriptor.
    first = f"id_level_{competencies[0].pk}_3"
    assert f'aria-describedby="{first}_descriptor"' in html
    assert f'id="{first}_descriptor"' in html
    assert "Only you can see your self-assessment" in html


def test_signed_out_people_are_sent_to_sign_in_and_non_members_to_membership(client, outsider):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]

    sign_in(client, outsider)
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == "/members/apply/"


def test_a_lapsed_member_is_offered_renewal_not_the_form(client, member, scale):
    Membership.objects.filter(person=member).update(status=Membership.Status.LAPSED)
    sign_in(client, member)

    assert client.get(URL).status_code == 403


def test_a_supporting_member_may_assess_themself(client, supporting_member, scale, competencies):
    MembershipFactory(person=supporting_member, membership_type="supporting")
    sign_in(client, supporting_member)

    response = client.post(URL, form_data(competencies, 1, 2, 3, 4, 1, 2))

    assert response.status_code == 302
    assert SelfAssessment.objects.get().person == supporting_member


def test_without_a_scale_the_page_says_it_is_not_open_yet(client, member):
    ScaleLevel.objects.all().delete()  # the migration loads one; a new framework may have none
    sign_in(client, member)

    response = client.get(URL)

    assert response.status_code == 200
    assert b"not open yet" in response.content


def test_saving_records_this_years_ratings_and_private_notes(client, member, scale, competencies):
    sign_in(client, member)

    response = client.post(
        URL, form_data(competencies, 3, 2, 4, 1, 2, 3, notes={4: "I avoid asking for help."})
    )

    assert response.status_code == 302
    assert response["Location"] == RESULT
    assessment = SelfAssessment.objects.get(person=member)
    assert assessment.year == timezone.localdate().year
    assert [r.level for r in assessment.ratings.order_by("competency__number")] == [
        3,
        2,
        4,
        1,
        2,
        3,
    ]
    assert assessment.ratings.get(competency__number=4).note == "I avoid asking for help."
    page = client.get(RESULT).content.decode()
    assert "I avoid asking for help." in page


def test_a_second_self_assessment_in_the_same_year_edits_the_first(
    client, member, scale, competencies
):
    sign_in(client, member)
    client.post(URL, form_data(competencies, 1, 1, 1, 1, 1, 1, notes={1: "First go."}))

    form = client.get(URL).content.decode()
    assert "You already assessed yourself this year" in form
    assert "First go." in form  # the form starts from this year's answers
    client.post(URL, form_data(competencies, 2, 2, 2, 2, 2, 2))

    assert SelfAssessment.objects.count() == 1
    assert set(Rating.objects.values_list("level", flat=True)) == {2}
    assert Rating.objects.count() == 6
    assert not Rating.objects.exclude(note="").exists()


def test_the_year_is_torontos_calendar_year(member, scale, competencies):
    # 02:00 UTC on 1 January is still New Year's Eve in Toronto.
    with time_machine.travel(datetime(2027, 1, 1, 2, 0, tzinfo=ZoneInfo("UTC"))):
        first = assess(member, competencies, 1, 1, 1, 1, 1, 1)
    with time_machine.travel(datetime(2027, 1, 1, 12, 0, tzinfo=TORONTO)):
        second = assess(member, competencies, 2, 2, 2, 2, 2, 2)

    assert (first.year, second.year) == (2026, 2027)
    assert SelfAssessment.objects.count() == 2


def test_a_rating_off_the_scale_is_refused_at_the_field_and_the_answers_are_kept(
    client, member, scale, competencies
):
    sign_in(client, member)
    data = form_data(competencies, 2, 9, 3, 1, 2, 3, notes={1: "Keep me."})

    response = client.post(URL, data)

    assert response.status_code == 400
    html = response.content.decode()
    assert "Choose one of the levels of the scale." in html
    assert f'id="id_level_{competencies[1].pk}_error"' in html
    assert "Keep me." in html
    assert f'id="id_level_{competencies[0].pk}_1" value="2" aria-describedby' in html
    assert (
        f'value="2" aria-describedby="id_level_{competencies[0].pk}_1_descriptor" checked' in html
    )
    assert not SelfAssessment.objects.exists()


def test_an_empty_post_is_refused_at_every_competency(client, member, scale, competencies):
    sign_in(client, member)

    response = client.post(URL, {})

    assert response.status_code == 400
    assert response.content.decode().count("Choose one of the levels of the scale.") == 12


def test_a_missing_rating_or_a_note_too_long_is_refused(client, member, scale, competencies):
    sign_in(client, member)
    data = form_data(competencies, 2, 2, 3, 1, 2, 3, notes={2: "x" * 2001})
    del data[f"level_{competencies[0].pk}"]

    response = client.post(URL, data)

    assert response.status_code == 400
    assert b"at most 2000 characters" in response.content
    assert not SelfAssessment.objects.exists()


def test_the_service_refuses_off_scale_levels_and_non_members(member, scale, competencies):
    with pytest.raises(Exception, match="levels of the scale"):
        assess(member, competencies, 0, 2, 3, 1, 2, 3)
    with pytest.raises(Exception, match="active members"):
        assess(UserFactory(), competencies, 1, 2, 3, 1, 2, 3)
    assert not SelfAssessment.objects.exists()


# --- Privacy ------------------------------------------------------------------------------------


def test_self_assessments_ratings_and_plans_are_not_in_the_admin_at_all(
    client, django_user_model, member, scale, competencies
):
    assessment = assess(member, competencies, 1, 2, 3, 4, 1, 2, notes={1: "Secret"})
    for model in (SelfAssessment, Rating, LearningPlanItem):
        assert not admin.site.is_registered(model)
    superuser = django_user_model.objects.create_superuser(
        email="root@example.net", password="x" * 20, display_name="Root"
    )
    sign_in(client, superuser)
    for path in (
        "/admin/training/selfassessment/",
        f"/admin/training/selfassessment/{assessment.pk}/change/",
        "/admin/training/rating/",
        "/admin/training/learningplanitem/",
        # The report's proxy opens no record either.
        f"/admin/training/selfassessmentreport/{assessment.pk}/change/",
    ):
        assert client.get(path).status_code == 404, path
    index = client.get("/admin/").content.decode()
    assert "/admin/training/selfassessment/" not in index
    assert "Secret" not in index


@pytest.mark.parametrize("role", ["coordinator", "network_admin", "governance_member"])
def test_no_other_role_sees_anything_of_a_members_self_assessment(
    client, request, role, member, scale, competencies
):
    """The coordinator of the member's LHIN (Toronto), a network administrator and a governance
    member get nothing: their own (empty) pages, a 404 for the member's plan items, and My data
    without the member's notes."""
    assess(member, competencies, 1, 2, 3, 4, 1, 2, notes={1: "Only mine"})
    item = LearningPlanItem.objects.create(person=member, course=CourseFactory())
    other = request.getfixturevalue(role)
    MembershipFactory(person=other)
    sign_in(client, other)

    assert client.get(RESULT).status_code == 302  # they have none: sent to make their own
    assert b"Only mine" not in client.get(URL).content
    history = client.get(HISTORY).content.decode()
    assert "You have not assessed yourself yet." in history
    assert item.course.title not in client.get(PLAN).content.decode()
    assert client.post(f"{PLAN}{item.pk}/remove/").status_code == 404
    assert client.post(f"{PLAN}{item.pk}/done/").status_code == 404
    assert LearningPlanItem.objects.get(pk=item.pk).done_at is None
    my_data = client.get("/members/my-data/").content.decode()
    assert "Only mine" not in my_data
    assert item.course.title not in my_data
    assert client.get(f"/admin/training/selfassessment/{item.pk}/change/").status_code in (
        302,
        404,
    )


def test_my_data_shows_the_owner_their_ratings_notes_and_plan(client, member, scale, competencies):
    assess(member, competencies, 1, 2, 3, 4, 1, 2, notes={1: "Only mine"})
    course = CourseFactory(title="Boundaries in practice")
    LearningPlanItem.objects.create(person=member, course=course)
    sign_in(client, member)

    page = client.get("/members/my-data/").content.decode()
    download = client.get("/members/my-data/download/").content.decode()

    for text in ("Only mine", "Boundaries in practice", "Your self-assessments"):
        assert text in page
    assert "Only mine" in download
    assert "Boundaries in practice" in download


def test_closing_the_account_deletes_the_self_assessments_notes_and_plan(
    member, scale, competencies
):
    assess(member, competencies, 1, 2, 3, 4, 1, 2, notes={1: "Only mine"})
    LearningPlanItem.objects.create(person=member, course=CourseFactory())

    with transaction.atomic():
        account_close(user=member)

    assert not SelfAssessment.objects.exists()
    assert not Rating.objects.exists()
    assert not LearningPlanItem.objects.exists()


# --- Aggregates ---------------------------------------------------------------------------------


def _people_assess(count, competencies, level=2, lhin=None):
    for n in range(count):
        person = UserFactory()
        MembershipFactory(person=person, **({"lhin": lhin} if lhin else {}))
        assess(person, competencies, level, level, level, 1 + n % 2, level, level)


def test_aggregates_of_four_people_show_nothing(scale, competencies):
    _people_assess(4, competencies)

    report = self_assessment_aggregates(timezone.localdate().year)

    assert not report.enough
    assert report.people is None
    assert all(
        not row.enough and row.average is None and not row.distribution for row in report.rows
    )


def test_aggregates_of_five_people_give_averages_and_distributions(scale, competencies):
    _people_assess(5, competencies)

    report = self_assessment_aggregates(timezone.localdate().year)

    assert report.people == 5
    rows = {row.competency.number: row for row in report.rows}
    assert rows[1].average == 2.0
    assert [(level.value, n) for level, n in rows[1].distribution] == [
        (1, 0),
        (2, 5),
        (3, 0),
        (4, 0),
    ]
    assert rows[4].average == 1.4  # three at 1, two at 2
    assert [n for _level, n in rows[4].distribution] == [3, 2, 0, 0]


def test_aggregates_by_lhin_count_only_that_lhins_members(scale, competencies, lhin_north_east):
    _people_assess(5, competencies)
    _people_assess(4, competencies, lhin=lhin_north_east)
    year = timezone.localdate().year

    assert self_assessment_aggregates(year).people == 9
    assert not self_assessment_aggregates(year, lhin=lhin_north_east).enough
    assert self_assessment_aggregates(year - 1).people is None


def test_the_aggregate_report_is_for_governance_members_and_network_administrators(
    client, governance_member, network_admin, coordinator, scale, competencies
):
    _people_assess(5, competencies)
    url = "/admin/training/selfassessmentreport/"

    for person in (governance_member, network_admin):
        sign_in(client, person)
        response = client.get(url)
        assert response.status_code == 200
        assert b"5 people assessed themselves." in response.content
        index = client.get("/admin/").content.decode()
        assert "/admin/training/selfassessmentreport/" in index
    sign_in(client, coordinator)
    assert client.get(url).status_code == 403


def test_the_aggregate_report_of_four_people_shows_no_numbers(
    client, governance_member, scale, competencies
):
    _people_assess(4, competencies)
    sign_in(client, governance_member)

    response = client.get("/admin/training/selfassessmentreport/?year=abc&lhin=99")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Fewer than 5 people assessed themselves" in html
    assert "Average level" not in html


def test_the_report_proxy_grants_nothing_on_the_assessments_themselves(network_admin):
    assert network_admin.has_perm("training.view_selfassessmentreport")
    assert not network_admin.has_perm("training.view_selfassessment")
    assert not network_admin.has_perm("training.view_rating")
    assert SelfAssessmentReportAdmin(SelfAssessmentReport, admin.site)


# --- Recommendations ----------------------------------------------------------------------------


def test_recommendations_build_the_lowest_rated_competencies_in_language_and_lhin_order(
    member, scale, competencies, lhin_toronto, lhin_north_east
):
    member.preferred_language = "fr"
    member.save()
    interpersonal, supervision = competencies[1], competencies[3]
    # Ties: 2 and 4 are both the lowest.
    assessment = assess(member, competencies, 3, 1, 3, 1, 4, 2)

    def session(title, language, lhin, depth=1, days=20, competency=supervision):
        course = CourseFactory(title=title, language=language)
        CourseCompetencyFactory(course=course, competency=competency, depth=depth)
        return SessionFactory(
            course=course, lhin=lhin, starts_at=timezone.now() + timedelta(days=days)
        )

    english_here = session("English here", "en", lhin_toronto, depth=3)
    french_elsewhere = session("French elsewhere", "fr", lhin_north_east)
    bilingual_province = session("Bilingual province", "bilingual", None, competency=interpersonal)
    french_here_late = session("French here late", "fr", lhin_toronto, days=40)
    french_here_deep = session("French here deep", "fr", lhin_toronto, depth=3, days=60)
    french_here_soon = session("French here soon", "fr", lhin_toronto, days=10)
    # Not recommended: cancelled, deadline passed, unpublished, builds another competency, past.
    session("Cancelled", "fr", lhin_toronto).__class__.objects.filter(
        course__title="Cancelled"
    ).update(status=Session.Status.CANCELLED)
    late = session("Deadline passed", "fr", lhin_toronto, days=1)
    Session.objects.filter(pk=late.pk).update(
        registration_deadline=timezone.now() - timedelta(hours=1)
    )
    hidden = session("Unpublished", "fr", lhin_toronto)
    Course.objects.filter(pk=hidden.course_id).update(is_published=False)
    session("Other competency", "fr", lhin_toronto, competency=competencies[4])

    result = recommendations_for(member, assessment, lhin=lhin_toronto)

    assert [c.number for c in result.competencies] == [2, 4]
    assert [s.pk for s in result.sessions] == [
        french_here_deep.pk,  # French, here, deepest
        french_here_soon.pk,  # then by date
        french_here_late.pk,
        bilingual_province.pk,  # bilingual counts as French; province-wide after the LHIN
        french_elsewhere.pk,  # another LHIN last
        english_here.pk,  # not in their language: after all of those
    ]
    courses = [c.title for c in result.courses]
    # Courses here are offered province-wide: language, then depth, then title.
    assert courses[:3] == ["French here deep", "Bilingual province", "Cancelled"]
    assert "Unpublished" not in courses
    assert "Other competency" not in courses
    assert courses[-1] == "English here"


def test_courses_offered_in_the_members_lhin_come_before_province_wide_and_elsewhere(
    member, scale, competencies, lhin_toronto, lhin_north_east
):
    assessment = assess(member, competencies, 1, 3, 3, 3, 3, 3)
    elsewhere = CourseFactory(title="A elsewhere")
    elsewhere.lhins.add(lhin_north_east)
    province = CourseFactory(title="B province")
    here = CourseFactory(title="C here")
    here.lhins.add(lhin_toronto, lhin_north_east)
    for course in (elsewhere, province, here):
        CourseCompetencyFactory(course=course, competency=competencies[0])

    result = recommendations_for(member, assessment, lhin=lhin_toronto)

    assert [c.title for c in result.courses] == ["C here", "B province", "A elsewhere"]


def test_the_result_page_recommends_and_adds_to_the_plan_in_few_queries(
    client, member, scale, competencies, lhin_toronto, assert_page_queries
):
    assess(member, competencies, 3, 1, 3, 3, 3, 3)
    for n in range(30):
        course = CourseFactory(title=f"Listening {n:02d}")
        CourseCompetencyFactory(course=course, competency=competencies[1], depth=1 + n % 3)
        CourseCompetencyFactory(course=course, competency=competencies[2])
        course.lhins.add(lhin_toronto)
        SessionFactory(course=course, lhin=lhin_toronto if n % 2 else None)
    sign_in(client, member)

    response = assert_page_queries(RESULT, 16)

    html = response.content.decode()
    assert html.count("Add to my learning plan") == 20
    assert "Interpersonal skills" in html
    shown = html.split('name="session" value="')[1].split('"')[0]
    session = Session.objects.get(pk=shown)
    response = client.post(f"{PLAN}add/", {"session": session.pk, "competency": competencies[1].pk})
    assert response.status_code == 302
    assert response["Location"] == PLAN
    client.post(f"{PLAN}add/", {"session": session.pk})  # twice: still one
    item = LearningPlanItem.objects.get()
    assert (item.person, item.session, item.competency) == (member, session, competencies[1])
    assert "In your learning plan" in client.get(RESULT).content.decode()


def test_adding_an_unpublished_course_or_nothing_is_refused(client, member, scale):
    sign_in(client, member)
    hidden = CourseFactory(is_published=False)

    assert client.post(f"{PLAN}add/", {"course": hidden.pk}).status_code == 404
    assert client.post(f"{PLAN}add/", {"course": "x"}).status_code == 404
    response = client.post(f"{PLAN}add/", {}, follow=True)
    assert b"Choose a course or a session." in response.content
    assert not LearningPlanItem.objects.exists()


# --- The learning plan and the history ----------------------------------------------------------


def test_the_learning_plan_lists_marks_done_and_removes_in_few_queries(
    client, member, scale, competencies, assert_page_queries
):
    for n in range(15):
        LearningPlanItem.objects.create(
            person=member, course=CourseFactory(title=f"Course {n}"), competency=competencies[0]
        )
        LearningPlanItem.objects.create(person=member, session=SessionFactory())
    first = LearningPlanItem.objects.filter(course__title="Course 3").get()
    sign_in(client, member)

    assert_page_queries(PLAN, 10)
    assert client.post(f"{PLAN}{first.pk}/done/").status_code == 302
    first.refresh_from_db()
    assert first.done_at is not None
    page = client.get(PLAN).content.decode()
    assert page.index("Course 3") > page.index('id="done"')
    client.post(f"{PLAN}{first.pk}/done/", {"done": "0"})
    first.refresh_from_db()
    assert first.done_at is None
    assert client.post(f"{PLAN}{first.pk}/remove/").status_code == 302
    assert not LearningPlanItem.objects.filter(pk=first.pk).exists()
    assert client.get(f"{PLAN}{first.pk}/remove/").status_code == 405


def test_the_history_draws_each_competency_over_the_years_and_tabulates_the_same_numbers(
    client, member, scale, competencies, assert_page_queries
):
    this_year = timezone.localdate().year
    assess(member, competencies, 1, 1, 2, 1, 2, 1, year=this_year - 2)
    assess(member, competencies, 2, 2, 2, 1, 3, 2, year=this_year - 1)
    assess(member, competencies, 3, 4, 3, 2, 4, 3, year=this_year)
    sign_in(client, member)

    response = assert_page_queries(HISTORY, 10)

    html = response.content.decode()
    assert html.count("<svg") == 6
    assert 'role="img"' in html
    assert "style=" not in html.split("<main")[-1]
    assert "<script" not in html.split("<main")[-1]
    assert html.count("<polyline") == 6
    assert (
        f'<desc id="chart-2-desc">{this_year - 2}: 1; {this_year - 1}: 2; {this_year}: 4</desc>'
        in html
    )
    assert f'<th scope="col">{this_year - 2}</th>' in html
    row = html.split("2. Interpersonal skills</th>")[1].split("</tr>")[0]
    assert [cell.split("</td>")[0] for cell in row.split("<td>")[1:]] == ["1", "2", "4"]


# --- The reminder -------------------------------------------------------------------------------


def test_the_reminder_is_in_the_beat_schedule_daily():
    entry = settings.CELERY_BEAT_SCHEDULE["remind-due-self-assessments"]
    assert entry["task"] == "training.tasks.assessments.remind_due_self_assessments"
    assert entry["schedule"].hour == {11}


def test_the_reminder_goes_a_year_after_the_last_one_once_and_only_to_active_members(
    member, scale, competencies
):
    lapsed = UserFactory()
    MembershipFactory(person=lapsed, status=Membership.Status.LAPSED)
    with time_machine.travel(timezone.now() - timedelta(days=366)):
        old = assess(member, competencies, 1, 1, 1, 1, 1, 1)
        SelfAssessmentFactory(person=lapsed)
        recent_person = UserFactory()
        MembershipFactory(person=recent_person, expires_at=timezone.now() + timedelta(days=800))
        assess(recent_person, competencies, 1, 1, 1, 1, 1, 1)
    # This one assessed themself again since: not reminded.
    assess(recent_person, competencies, 2, 2, 2, 2, 2, 2)
    with time_machine.travel(timezone.now() - timedelta(days=300)):
        fresh = UserFactory()
        MembershipFactory(person=fresh)
        assess(fresh, competencies, 1, 1, 1, 1, 1, 1)

    assert remind_due_self_assessments() == 1
    assert remind_due_self_assessments() == 0
    assert not self_assessment_remind(assessment_id=old.pk)
    emails = list(OutboundEmail.objects.all())
    assert [e.to for e in emails] == [[member.email]]
    assert "/training/self-assessment/" in emails[0].body_text


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_sends_the_reminder_once(celery_worker):
    load_core_competencies(Framework, Competency)
    make_scale()
    competencies = list(Competency.objects.filter(framework__slug="core").order_by("number"))
    person = UserFactory(email="reminded@example.net")
    MembershipFactory(person=person)
    with time_machine.travel(timezone.now() - timedelta(days=400)):
        assessment = assess(person, competencies, 1, 2, 3, 4, 1, 2)

    remind_due_self_assessments.delay().get(timeout=15)

    assert wait_for(lambda: [m.to for m in mail.outbox] == [["reminded@example.net"]]), mail.outbox
    assessment.refresh_from_db()
    assert assessment.reminder_sent_at is not None
    remind_due_self_assessments.delay().get(timeout=15)  # as the beat would, the next day
    time.sleep(0.3)
    assert len(mail.outbox) == 1
    assert "self-assessment" in mail.outbox[0].subject


# --- Demo ---------------------------------------------------------------------------------------


def test_the_demo_gives_the_full_member_two_years_and_a_plan_item_and_runs_twice(
    scale, competencies
):
    person = UserFactory(email=demo.DEMO_EMAIL)
    MembershipFactory(person=person)
    course = CourseFactory(title="Supervision basics")
    CourseCompetencyFactory(course=course, competency=competencies[3], depth=2)

    demo.seed()
    demo.seed()

    years = list(SelfAssessment.objects.filter(person=person).values_list("year", flat=True))
    assert sorted(years) == [timezone.localdate().year - 1, timezone.localdate().year]
    assert Rating.objects.filter(assessment__person=person).count() == 12
    item = LearningPlanItem.objects.get(person=person)
    assert (item.course, item.competency) == (course, competencies[3])


def test_the_demo_skips_the_self_assessments_without_a_scale(competencies):
    ScaleLevel.objects.all().delete()
    UserFactory(email=demo.DEMO_EMAIL)

    demo.seed()

    assert not SelfAssessment.objects.exists()
