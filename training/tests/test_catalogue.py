"""The catalogue: frameworks as data, the public list with its filters and bilingual search,
the course and competency pages, the editors' admin and the demo."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from governance.tests.factories_registry import PartnerFactory
from network.models import AuditEntry
from tests.factories import UserFactory
from tests.plugin import sign_in
from training.demo import catalogue as demo
from training.models import (
    Competency,
    Course,
    CourseModule,
    Depth,
    Framework,
    Registration,
    ScaleLevel,
    Session,
)
from training.reference import load_frameworks

from .factories_catalogue import CourseFactory, CourseModuleFactory

pytestmark = pytest.mark.django_db

CATALOGUE = "/training/"


def _titles(response) -> list[str]:
    return [course.title for course in response.context["page"].object_list]


def _session(course, *, days=7, capacity=10, **kwargs) -> Session:
    starts = timezone.now() + timedelta(days=days)
    return Session.objects.create(
        course=course,
        starts_at=starts,
        ends_at=starts + timedelta(hours=3),
        registration_deadline=starts - timedelta(days=1),
        capacity=capacity,
        **kwargs,
    )


# --- frameworks as data ------------------------------------------------------------------------


def test_the_core_framework_keeps_its_six_names_and_gains_a_four_level_scale():
    core = Framework.objects.get(slug="core")
    assert [c.name for c in core.competencies.order_by("number")] == [
        "Self-Assessment/Self-Evaluation",
        "Interpersonal skills",
        "Working with changes and transitions",
        "Supervision",
        "Personal Development and Learning",
        "Access to information tool kit with current information",
    ]
    levels = list(core.levels.order_by("value"))
    assert [(level.value, level.label) for level in levels] == [
        (1, "Not yet"),
        (2, "Beginning"),
        (3, "Developing"),
        (4, "Confident"),
    ]
    assert all(level.descriptor and level.label_fr and level.descriptor_fr for level in levels)


def test_peer_support_canadas_eleven_competencies_are_a_second_framework_with_its_own_scale():
    psc = Framework.objects.get(slug="peer-support-canada")
    names = list(psc.competencies.order_by("number").values_list("name", flat=True))
    assert len(names) == 11
    assert names[0] == "Hope"
    assert names[-1] == "Continuous Learning & Development"
    assert "Self-Management & Resiliency" in names
    assert psc.levels.count() == 3
    assert not psc.levels.filter(label_fr="").exists()


def test_loading_the_frameworks_again_puts_back_edits_and_adds_nothing():
    counts = (Framework.objects.count(), Competency.objects.count(), ScaleLevel.objects.count())
    ScaleLevel.objects.filter(framework__slug="core", value=4).update(label="Expert")

    load_frameworks(Framework, Competency, ScaleLevel)

    assert ScaleLevel.objects.get(framework__slug="core", value=4).label == "Confident"
    assert (Framework.objects.count(), Competency.objects.count(), ScaleLevel.objects.count()) == (
        counts
    )


def test_the_competencies_page_lists_every_framework_with_its_scale(client):
    page = client.get("/training/competencies/").content.decode()
    assert "Core competencies for peer support work in addictions" in page
    assert "Peer Support Canada competencies" in page
    assert "Continuous Learning &amp; Development" in page
    assert "Not yet" in page
    assert "Mentoring" in page
    assert 'href="/training/competencies/peer-support-canada/11/"' in page


def test_a_new_framework_needs_no_code(client):
    framework = Framework.objects.create(slug="third", name="A third framework")
    Competency.objects.create(framework=framework, number=1, name="Listening deeply")

    assert "Listening deeply" in client.get("/training/competencies/").content.decode()
    assert client.get("/training/competencies/third/1/").status_code == 200


# --- the catalogue -----------------------------------------------------------------------------


def test_the_catalogue_lists_published_courses_only_and_hides_unpublished_pages(client):
    CourseFactory(title="Open to all")
    hidden = CourseFactory(title="Not ready", is_published=False)

    assert _titles(client.get(CATALOGUE)) == ["Open to all"]
    assert client.get(f"/training/courses/{hidden.slug}/").status_code == 404
    assert client.get("/training/courses/no-such-course/").status_code == 404


def test_the_catalogue_pages_by_twenty(client):
    CourseFactory.create_batch(25)

    first = client.get(CATALOGUE)
    assert len(first.context["page"].object_list) == 20
    assert "25 courses and workshops" in first.content.decode()
    assert len(client.get(CATALOGUE + "?page=2").context["page"].object_list) == 5


def test_filters_by_competency_format_and_cost(client):
    CourseFactory(title="Listening", competencies={2: Depth.DEEPENS}, cost=Decimal("0"))
    CourseFactory(
        title="Supervision paid",
        competencies={4: Depth.DEVELOPS},
        cost=Decimal("40"),
        format=Course.Format.IN_PERSON,
    )
    CourseFactory(title="Supervision free", competencies={4: Depth.INTRODUCES})

    assert _titles(client.get(CATALOGUE + "?competency=4")) == [
        "Supervision free",
        "Supervision paid",
    ]
    assert _titles(client.get(CATALOGUE + "?competency=4&cost=paid")) == ["Supervision paid"]
    assert _titles(client.get(CATALOGUE + "?cost=free")) == ["Listening", "Supervision free"]
    assert _titles(client.get(CATALOGUE + "?format=in_person")) == ["Supervision paid"]


def test_a_bilingual_course_is_listed_for_english_and_for_french(client):
    CourseFactory(title="English", language=Course.Language.ENGLISH)
    CourseFactory(title="French", language=Course.Language.FRENCH)
    CourseFactory(title="Both", language=Course.Language.BILINGUAL)

    assert _titles(client.get(CATALOGUE + "?language=fr")) == ["Both", "French"]
    assert _titles(client.get(CATALOGUE + "?language=en")) == ["Both", "English"]
    assert _titles(client.get(CATALOGUE + "?language=bilingual")) == ["Both"]


def test_an_lhin_shows_its_own_courses_and_the_province_wide_ones(
    client, lhin_toronto, lhin_north_east
):
    CourseFactory(title="Toronto", lhins=[lhin_toronto])
    CourseFactory(title="North East", lhins=[lhin_north_east])
    CourseFactory(title="Everywhere")

    assert _titles(client.get(CATALOGUE + "?lhin=toronto-central")) == ["Everywhere", "Toronto"]


def test_search_stems_english_words_and_ranks_title_matches_first(client):
    CourseFactory(title="Peer mentoring", description="<p>Includes active listening.</p>")
    CourseFactory(title="Listening skills", summary="Listen with intention.")
    CourseFactory(title="Budgets")

    assert _titles(client.get(CATALOGUE + "?q=listened")) == ["Listening skills", "Peer mentoring"]


def test_search_finds_french_words_with_accents_and_plurals(client):
    CourseFactory(
        title="Boundaries and self-care",
        title_fr="Limites et soins personnels",
        summary_fr="La sécurité personnelle des pairs aidants.",
    )
    CourseFactory(title="Other")

    assert _titles(client.get(CATALOGUE + "?q=limite")) == ["Boundaries and self-care"]
    assert _titles(client.get(CATALOGUE + "?q=sécurité")) == ["Boundaries and self-care"]
    assert _titles(client.get(CATALOGUE + "?q=aidant")) == ["Boundaries and self-care"]


def test_search_with_punctuation_only_is_no_error(client):
    CourseFactory(title="Anything")
    response = client.get(CATALOGUE + "?q=%22%27%3A%26%7C%21")
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("format=zoom", "format", "Please choose one of the formats listed."),
        ("competency=99", "competency", "Please choose one of the competencies listed."),
        ("competency=two", "competency", "Please choose one of the competencies listed."),
        ("lhin=atlantis", "lhin", "Please choose one of the 14 LHIN regions listed."),
        ("cost=cheap", "cost", "Please choose free, paid, or either."),
        ("language=de", "language", "Please choose one of the languages listed."),
        ("q=" + "x" * 201, "q", "Please use at most 200 characters."),
    ],
)
def test_a_bad_filter_is_a_400_with_the_message_at_its_field_and_the_values_kept(
    client, query, field, message
):
    response = client.get(f"{CATALOGUE}?{query}&q2=ignored&format=hybrid&q=kept"[:None])
    response = client.get(f"{CATALOGUE}?{query}")
    assert response.status_code == 400
    assert response.context["form"].errors[field] == [message]
    page = response.content.decode()
    assert f'aria-describedby="id_{field}_error"' in page or f"id_{field}_error" in page
    assert response.context["page"] is None


def test_a_bad_filter_keeps_the_other_values(client):
    page = client.get(CATALOGUE + "?format=zoom&q=boundaries&cost=free").content.decode()
    assert 'value="boundaries"' in page
    assert '<option value="free" selected>' in page


def test_the_catalogue_takes_the_same_queries_with_three_hundred_courses(
    client, assert_page_queries, lhin_toronto
):
    for n in range(300):
        CourseFactory(
            title=f"Peer listening course {n}",
            competencies={2: Depth.DEVELOPS, 5: Depth.INTRODUCES},
            lhins=[lhin_toronto] if n % 2 else None,
        )
    assert_page_queries(CATALOGUE, 7)
    # With filters, the competency and LHIN lists are read twice: to check the value, to render.
    assert_page_queries(CATALOGUE + "?q=listening&competency=2&lhin=toronto-central", 9)
    assert_page_queries(CATALOGUE + "?page=15&language=en&cost=free", 9)


# --- the course page ---------------------------------------------------------------------------


def test_the_course_page_shows_what_a_reader_needs(client, lhin_toronto):
    partner = PartnerFactory(name="HIV Peer Network", website="https://example.org/hiv")
    course = CourseFactory(
        title="Harm reduction",
        provider=partner,
        cost=Decimal("1245.5"),
        duration_hours=Decimal("2.5"),
        audiences=["peer_workers", "supervisors"],
        addiction_specific=True,
        lhins=[lhin_toronto],
        competencies={3: Depth.DEEPENS, 6: Depth.INTRODUCES},
        description='<p>Safer use.</p><script>alert("x")</script>',
    )
    module = CourseModuleFactory(course=course, title="Naloxone")
    module.competencies.set(Competency.objects.filter(framework__slug="core", number=6))

    page = client.get(course.get_absolute_url()).content.decode()

    assert "<h1>Harm reduction</h1>" in page
    assert "HIV Peer Network" in page
    assert 'href="/governance/partners' not in page  # the partner as plain text, not a link
    assert 'href="https://example.org/hiv"' in page
    assert "$1,245.50" in page
    assert "2.5 hours" in page
    assert "Peer workers, Supervisors" in page
    assert "Toronto Central" in page
    assert "Working with changes and transitions</a> (Core competencies" in page
    assert ": deepens" in page
    assert "Naloxone" in page
    assert "<script>" not in page


def test_the_course_page_in_french_formats_the_cost_the_french_way(client):
    course = CourseFactory(title="Boundaries", title_fr="Limites", cost=Decimal("45"))
    client.cookies["django_language"] = "fr"
    page = client.get(course.get_absolute_url()).content.decode()
    assert "<h1>Limites</h1>" in page
    assert "45,00\N{NO-BREAK SPACE}$" in page


def test_the_course_page_lists_upcoming_sessions_with_seats_or_the_waitlist(client, lhin_toronto):
    course = CourseFactory(title="Core workshop")
    in_person = _session(course, days=3, capacity=2, place="Community hall", lhin=lhin_toronto)
    online = _session(course, days=10, capacity=1)
    Registration.objects.create(
        session=online, person=UserFactory(), status=Registration.Status.REGISTERED
    )
    Registration.objects.create(
        session=in_person, person=UserFactory(), status=Registration.Status.CANCELLED
    )
    _session(course, days=5, status=Session.Status.CANCELLED)
    past = _session(course, days=5)
    Session.objects.filter(pk=past.pk).update(
        starts_at=timezone.now() - timedelta(days=2),
        ends_at=timezone.now() - timedelta(days=2) + timedelta(hours=1),
        registration_deadline=timezone.now() - timedelta(days=3),
    )

    response = client.get(course.get_absolute_url())
    page = response.content.decode()

    assert [s.pk for s in response.context["sessions"]] == [in_person.pk, online.pk]
    assert f'href="/training/sessions/{in_person.pk}/"' in page
    assert "Community hall (Toronto Central)" in page
    assert "2 seats left" in page
    assert "Online" in page
    assert "Full — waitlist" in page


def test_session_times_are_shown_in_toronto_time(client):
    course = CourseFactory()
    session = _session(course, days=30)
    Session.objects.filter(pk=session.pk).update(
        starts_at=datetime(2030, 1, 15, 18, 30, tzinfo=UTC),
        ends_at=datetime(2030, 1, 15, 20, 30, tzinfo=UTC),
        registration_deadline=datetime(2030, 1, 14, tzinfo=UTC),
    )
    page = client.get(course.get_absolute_url()).content.decode()
    assert "1:30 p.m." in page  # 18:30 UTC is 13:30 in Toronto in winter


def test_the_course_page_takes_the_same_queries_with_many_modules_and_sessions(
    client, assert_page_queries, lhin_toronto
):
    course = CourseFactory(competencies=dict.fromkeys(range(1, 7), Depth.DEVELOPS))
    course.lhins.set([lhin_toronto])
    core = list(Competency.objects.filter(framework__slug="core"))
    for _ in range(30):
        CourseModuleFactory(course=course).competencies.set(core)
    for n in range(30):
        session = _session(course, days=n + 1, lhin=lhin_toronto, place="Hall")
        Registration.objects.create(
            session=session, person=UserFactory(), status=Registration.Status.REGISTERED
        )
    assert_page_queries(course.get_absolute_url(), 10)


# --- competency pages --------------------------------------------------------------------------


def test_a_competency_page_groups_the_courses_that_build_it_by_depth(client):
    deep = CourseFactory(title="Deep", competencies={4: Depth.DEEPENS})
    CourseFactory(title="Intro", competencies={4: Depth.INTRODUCES})
    CourseFactory(title="Hidden", competencies={4: Depth.DEEPENS}, is_published=False)
    CourseFactory(title="Elsewhere", competencies={2: Depth.DEEPENS})
    _session(deep, days=3)
    _session(deep, days=4)
    _session(deep, days=4, status=Session.Status.CANCELLED)

    response = client.get("/training/competencies/core/4/")
    page = response.content.decode()
    groups = response.context["groups"]

    assert [(g.depth, [c.title for c in g.courses]) for g in groups] == [
        (Depth.DEEPENS, ["Deep"]),
        (Depth.INTRODUCES, ["Intro"]),
    ]
    assert "<h1>Supervision</h1>" in page
    assert "Courses that deepen it" in page
    assert "2 upcoming sessions build it." in page
    assert "Hidden" not in page
    assert "Elsewhere" not in page


def test_an_unknown_competency_is_a_404(client):
    assert client.get("/training/competencies/core/7/").status_code == 404
    assert client.get("/training/competencies/nope/1/").status_code == 404


def test_the_competency_page_takes_the_same_queries_with_many_courses(client, assert_page_queries):
    for n in range(100):
        course = CourseFactory(competencies={2: [Depth.INTRODUCES, Depth.DEEPENS][n % 2]})
        _session(course, days=n % 5 + 1)
    assert_page_queries("/training/competencies/core/2/", 4)
    assert_page_queries("/training/competencies/", 5)


# --- the admin ---------------------------------------------------------------------------------


def test_content_editors_publish_a_course_only_once_it_builds_a_competency(client, content_editor):
    ready = CourseFactory(is_published=False)
    empty = CourseFactory(is_published=False, competencies={})
    empty.course_competencies.all().delete()
    sign_in(client, content_editor)

    response = client.post(
        "/admin/training/course/",
        {"action": "publish_selected", "_selected_action": [ready.pk, empty.pk]},
        follow=True,
    )

    page = response.content.decode()
    assert "builds no competency yet" in page
    assert Course.objects.get(pk=ready.pk).is_published
    assert not Course.objects.get(pk=empty.pk).is_published
    assert AuditEntry.objects.filter(
        action="training.course_published", target_id=str(ready.pk)
    ).exists()


def test_content_editors_add_a_course_with_competencies_and_modules(client, content_editor):
    sign_in(client, content_editor)
    competency = Competency.objects.get(framework__slug="core", number=3)
    data = {
        "kind": "workshop",
        "title": "Transitions",
        "slug": "transitions",
        "summary": "Supporting transitions.",
        "description": "<p>Hi</p><img src=x onerror=alert(1)>",
        "format": "hybrid",
        "language": "en",
        "duration_hours": "2",
        "cost": "0",
        "audiences": "peer_workers",
        "course_competencies-TOTAL_FORMS": "1",
        "course_competencies-INITIAL_FORMS": "0",
        "course_competencies-0-competency": competency.pk,
        "course_competencies-0-depth": "2",
        "modules-TOTAL_FORMS": "1",
        "modules-INITIAL_FORMS": "0",
        "modules-0-order": "1",
        "modules-0-title": "Leaving hospital",
        "modules-0-competencies": [competency.pk],
    }
    response = client.post("/admin/training/course/add/", data)

    assert response.status_code == 302, response.content.decode()[:3000]
    course = Course.objects.get(slug="transitions")
    assert "onerror" not in course.description
    assert not course.is_published
    assert course.course_competencies.get().depth == Depth.DEVELOPS
    assert CourseModule.objects.get(course=course).competencies.get() == competency


def test_scale_levels_are_read_only_in_the_admin(client, content_editor):
    level = ScaleLevel.objects.filter(framework__slug="core").first()
    sign_in(client, content_editor)
    assert client.get(f"/admin/training/scalelevel/{level.pk}/change/").status_code == 200
    assert client.post(f"/admin/training/scalelevel/{level.pk}/change/", {}).status_code == 403
    assert client.get("/admin/training/scalelevel/add/").status_code == 403


# --- the demo ----------------------------------------------------------------------------------


def test_the_demo_runs_twice_and_builds_the_core_workshop_and_a_varied_catalogue():
    from governance.demo import registry

    registry.seed()
    demo.seed()
    demo.seed()

    workshop = Course.objects.get(slug=demo.CORE_WORKSHOP_SLUG)
    assert workshop.addiction_specific
    assert workshop.is_published
    modules = list(workshop.modules.prefetch_related("competencies"))
    assert len(modules) == len(demo.CORE_MODULES) >= 10
    assert all(module.competencies.all() for module in modules)
    assert {"Boundaries in peer support", "Triggers and cravings", "Harm reduction"} <= {
        m.title for m in modules
    }
    assert workshop.course_competencies.count() == 6

    others = Course.objects.exclude(pk=workshop.pk)
    assert 8 <= others.count() <= 12
    assert others.filter(language=Course.Language.FRENCH).count() >= 2
    assert {c.format for c in others} == set(Course.Format.values)
    assert others.filter(cost=0).exists()
    assert others.filter(cost__gt=0).exists()
    assert others.filter(provider__isnull=False).count() >= 4
    assert others.filter(lhins__isnull=False).distinct().count() >= 3
    assert Course.objects.filter(is_published=False).count() == 1


def test_the_search_reads_the_gin_index():
    from django.db import connection

    from training.selectors.catalogue import catalogue_courses

    sql, params = catalogue_courses(q="limites").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a tiny table is scanned otherwise
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "course_search" in plan
