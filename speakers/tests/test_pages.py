"""The speakers' bureau's public pages and front page, the coordinators' admin for the pages and
the speaking topics, and the demo pages."""

import re

import pytest

from network.models import AuditEntry
from speakers.admin.pages import TopicAdmin
from speakers.demo import pages as demo_pages
from speakers.models import BureauPage, Topic
from speakers.services.pages import TopicError, topic_delete
from speakers.tests.factories import (
    BureauPageFactory,
    SpeakerFactory,
    SpeakingRequestFactory,
    TopicFactory,
)
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db

Kind = BureauPage.Kind
PAGES = "/admin/speakers/bureaupage/"
TOPICS = "/admin/speakers/topic/"


def _page_form(**overrides) -> dict:
    return {
        "order": "0",
        "title": "About the speakers' bureau",
        "summary": "People with lived experience who speak.",
        "body": "<p>What the bureau is.</p>",
        "title_fr": "",
        "summary_fr": "",
        "body_fr": "",
        **overrides,
    }


# --- The front page ------------------------------------------------------------------------------


def test_the_front_page_says_what_the_bureau_is_and_links_each_page_with_its_summary(client):
    BureauPageFactory(
        kind=Kind.ABOUT,
        title="About us",
        summary="Speakers with lived experience, at policy tables and in the media.",
        body="<p>We bring lived experience to where decisions are made.</p>",
    )
    BureauPageFactory(kind=Kind.MEDIA, title="Media guidelines", summary="Speak safely to media.")
    BureauPageFactory(kind=Kind.ENGAGEMENT, title="Rules for hosts", summary="Two people attend.")

    page = client.get("/speakers/").content.decode()

    assert "<h1>Speakers' bureau</h1>" in page
    assert "Speakers with lived experience, at policy tables and in the media." in page
    assert "<p>We bring lived experience to where decisions are made.</p>" in page
    assert '<a href="/speakers/pages/media/">Media guidelines</a>' in page
    assert "Speak safely to media." in page
    assert '<a href="/speakers/pages/engagement/">Rules for hosts</a>' in page
    assert "Two people attend." in page
    # The about page is the front page's text, not one more link among the others.
    assert '<a href="/speakers/pages/about/">' not in page


def test_the_front_page_calls_hosts_to_request_and_people_to_apply(client):
    page = client.get("/speakers/").content.decode()

    assert re.search(r'<a class="button" href="/speakers/request/">Request a speaker', page)
    assert re.search(r'<a class="button" href="/speakers/apply/">Apply to the bureau', page)
    assert 'href="/speakers/directory/"' in page


def test_the_front_page_shows_a_few_listed_speakers_and_no_one_else(client):
    listed = [SpeakerFactory(approved=True, name=f"Listed{n}") for n in range(4)]
    SpeakerFactory(approved=True, listed=False, name="Unlisted")
    SpeakerFactory(name="Drafting")

    page = client.get("/speakers/").content.decode()

    shown = [speaker for speaker in listed if speaker.get_absolute_url() in page]
    assert len(shown) == 3
    assert "Unlisted" not in page
    assert "Drafting" not in page


def test_the_front_page_without_speakers_still_says_a_speaker_can_be_requested(client):
    page = client.get("/speakers/").content.decode()

    assert "No speaker is listed publicly yet." in page


def test_the_front_page_and_a_page_read_in_french(client):
    BureauPageFactory(
        kind=Kind.ABOUT,
        summary="In English",
        summary_fr="Des personnes qui parlent de leur expérience.",
        body_fr="<p>Le bureau en français.</p>",
    )
    BureauPageFactory(kind=Kind.MEDIA, title="Media", title_fr="Lignes directrices médias")
    client.cookies["django_language"] = "fr"

    front = client.get("/speakers/").content.decode()
    media = client.get("/speakers/pages/media/").content.decode()

    assert "Des personnes qui parlent de leur expérience." in front
    assert "<p>Le bureau en français.</p>" in front
    assert "Lignes directrices médias" in front
    assert "<h1>Lignes directrices médias</h1>" in media


def test_the_main_navigation_leads_to_the_bureau(client):
    page = client.get("/").content.decode()

    assert '<a href="/speakers/">Speakers\' bureau</a>' in page


def test_the_bureau_is_marked_as_the_current_page_in_the_navigation(client):
    page = client.get("/speakers/").content.decode()

    assert '<a href="/speakers/" aria-current="page">Speakers\' bureau</a>' in page


def test_the_front_page_takes_the_same_queries_with_one_speaker_or_six(assert_page_queries):
    for kind in Kind.values:
        BureauPageFactory(kind=kind)
    SpeakerFactory(approved=True)
    assert_page_queries("/speakers/", 6)
    for _ in range(5):
        SpeakerFactory(approved=True, topics=[TopicFactory(), TopicFactory()])
    assert_page_queries("/speakers/", 6)


# --- A page --------------------------------------------------------------------------------------


def test_a_page_shows_its_text_with_the_way_back_to_the_bureau(client):
    BureauPageFactory(
        kind=Kind.GUIDELINES,
        title="Speaker guidelines",
        summary="Telling your journey.",
        body="<h2>You choose what to share</h2><p>Always.</p>",
    )

    response = client.get("/speakers/pages/guidelines/")
    page = response.content.decode()

    assert response.status_code == 200
    assert "<title>Speaker guidelines · " in page
    assert "<h1>Speaker guidelines</h1>" in page
    assert "<h2>You choose what to share</h2><p>Always.</p>" in page
    breadcrumbs = page[
        page.index('class="breadcrumbs"') : page.index("</nav>", page.index('class="breadcrumbs"'))
    ]
    assert '<a href="/speakers/">Speakers\' bureau</a>' in breadcrumbs
    assert '<li aria-current="page">Speaker guidelines</li>' in breadcrumbs


@pytest.mark.parametrize("kind", ["nothing", "ABOUT", "criteria"])
def test_an_unknown_kind_or_a_page_not_yet_written_is_not_found(client, kind):
    BureauPageFactory(kind=Kind.ABOUT)

    assert client.get(f"/speakers/pages/{kind}/").status_code == 404


def test_a_page_takes_a_fixed_number_of_queries(assert_page_queries):
    BureauPageFactory(kind=Kind.MEDIA)

    assert_page_queries("/speakers/pages/media/", 3)


# --- Pages in the admin --------------------------------------------------------------------------


def test_a_coordinator_edits_a_page_and_is_recorded_as_its_editor(client, coordinator):
    page = BureauPageFactory(kind=Kind.ABOUT, title="Old title")
    sign_in(client, coordinator)

    response = client.post(
        f"{PAGES}{page.pk}/change/",
        _page_form(title="What the bureau is", body="<p>Updated by a coordinator.</p>"),
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == "What the bureau is"
    assert page.updated_by == coordinator
    assert AuditEntry.objects.filter(
        action="bureau_page.change", actor=coordinator, target_id=str(page.pk)
    ).exists()
    assert "<p>Updated by a coordinator.</p>" in client.get("/speakers/").content.decode()


def test_the_page_editor_offers_the_rich_text_editor_in_both_languages(client, network_admin):
    page = BureauPageFactory(kind=Kind.MEDIA)
    sign_in(client, network_admin)

    form = client.get(f"{PAGES}{page.pk}/change/").content.decode()

    assert '<textarea  name="body" class="django_ckeditor_5"' in form
    assert '<textarea  name="body_fr" class="django_ckeditor_5"' in form
    assert '<script src="/static/django_ckeditor_5/dist/bundle.js">' in form


def test_a_script_in_a_page_body_is_removed_before_it_is_stored(client, coordinator):
    page = BureauPageFactory(kind=Kind.MEDIA)
    sign_in(client, coordinator)

    client.post(
        f"{PAGES}{page.pk}/change/",
        _page_form(
            title="Media guidelines",
            body='<p onclick="steal()">Decline any question.</p><script>steal()</script>',
            body_fr='<p>Français</p><img src="https://tracker.example/x.gif">',
        ),
    )

    page.refresh_from_db()
    assert page.body == "<p>Decline any question.</p>"
    assert page.body_fr == "<p>Français</p><img>"
    public = client.get("/speakers/pages/media/").content.decode()
    assert "steal()" not in public
    assert "tracker.example" not in public


def test_a_page_needs_a_title_and_says_so_next_to_the_field(client, coordinator):
    page = BureauPageFactory(kind=Kind.MEDIA, title="Media guidelines")
    sign_in(client, coordinator)

    response = client.post(
        f"{PAGES}{page.pk}/change/", _page_form(title="", body="<p>Kept as typed</p>")
    )

    assert response.status_code == 400  # the admin re-renders its form with the errors
    assert response.context["adminform"].form.errors["title"]
    assert "Kept as typed" in response.content.decode()
    page.refresh_from_db()
    assert page.title == "Media guidelines"


def test_a_page_is_added_only_for_a_kind_not_yet_written(client, coordinator):
    BureauPageFactory(kind=Kind.ABOUT)
    sign_in(client, coordinator)

    form = client.get(f"{PAGES}add/").content.decode()
    assert 'value="criteria"' in form
    assert 'value="about"' not in form

    response = client.post(f"{PAGES}add/", _page_form(kind="criteria", title="Criteria"))

    assert response.status_code == 302
    added = BureauPage.objects.get(kind="criteria")
    assert added.updated_by == coordinator
    assert AuditEntry.objects.filter(action="bureau_page.add", target_id=str(added.pk)).exists()


def test_a_second_page_of_the_same_kind_is_refused(client, network_admin):
    BureauPageFactory(kind=Kind.ABOUT)
    sign_in(client, network_admin)

    response = client.post(f"{PAGES}add/", _page_form(kind="about"))

    assert response.status_code == 400
    assert "kind" in response.context["adminform"].form.errors
    assert BureauPage.objects.filter(kind="about").count() == 1


def test_once_all_six_pages_exist_there_is_nothing_to_add(client, coordinator):
    for kind in Kind.values:
        BureauPageFactory(kind=kind)
    sign_in(client, coordinator)

    assert client.get(f"{PAGES}add/").status_code == 403


def test_the_kind_of_a_written_page_cannot_be_changed(client, coordinator):
    page = BureauPageFactory(kind=Kind.MEDIA)
    sign_in(client, coordinator)

    client.post(f"{PAGES}{page.pk}/change/", _page_form(kind="about", title="Media"))

    page.refresh_from_db()
    assert page.kind == "media"


@pytest.mark.parametrize("role", ["coordinator", "network_admin"])
def test_nobody_deletes_a_page_that_hosts_are_sent_to(client, request, role):
    page = BureauPageFactory(kind=Kind.ENGAGEMENT)
    sign_in(client, request.getfixturevalue(role))

    response = client.post(f"{PAGES}{page.pk}/delete/", {"post": "yes"})

    assert response.status_code == 403
    assert BureauPage.objects.filter(pk=page.pk).exists()


@pytest.mark.parametrize("role", ["content_editor", "governance_member", "treasurer"])
def test_other_staff_cannot_change_the_pages(client, request, role):
    page = BureauPageFactory(kind=Kind.ABOUT, title="Kept")
    sign_in(client, request.getfixturevalue(role))

    response = client.post(f"{PAGES}{page.pk}/change/", _page_form(title="Changed"))

    assert response.status_code == 403
    page.refresh_from_db()
    assert page.title == "Kept"


# --- Topics in the admin -------------------------------------------------------------------------


def test_a_coordinator_adds_a_topic_and_it_is_offered_in_the_directory(client, coordinator):
    sign_in(client, coordinator)

    response = client.post(
        f"{TOPICS}add/",
        {
            "name": "Grief and loss",
            "name_fr": "Le deuil et la perte",
            "slug": "grief",
            "order": "3",
            "active": "on",
        },
    )

    assert response.status_code == 302
    topic = Topic.objects.get(slug="grief")
    assert AuditEntry.objects.filter(action="speaking_topic.add", target_id=str(topic.pk)).exists()
    assert (
        '<option value="grief">Grief and loss</option>'
        in client.get("/speakers/directory/").content.decode()
    )


def test_a_retired_topic_is_no_longer_offered_but_stays_on_profiles(client, coordinator):
    topic = TopicFactory(slug="retiring", name="Retiring topic")
    speaker = SpeakerFactory(approved=True, topics=[topic])
    sign_in(client, coordinator)

    response = client.post(
        f"{TOPICS}{topic.pk}/change/",
        {"name": "Retiring topic", "name_fr": "", "slug": "retiring", "order": "0"},
    )

    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.active is False
    assert 'value="retiring"' not in client.get("/speakers/directory/").content.decode()
    assert "Retiring topic" in client.get(speaker.get_absolute_url()).content.decode()


def test_the_topic_list_counts_the_speakers_and_requests_that_use_each(client, coordinator):
    topic = TopicFactory(name="Harm reduction")
    SpeakerFactory(topics=[topic])
    SpeakerFactory(topics=[topic])
    SpeakingRequestFactory(topics=[topic])
    sign_in(client, coordinator)

    page = client.get(TOPICS).content.decode()

    row = re.search(r"<tr[^>]*>.*?Harm reduction.*?</tr>", page, re.S).group(0)
    assert '<td class="field-speaker_count">2</td>' in row
    assert '<td class="field-request_count">1</td>' in row


@pytest.mark.parametrize("use", ["speaker", "request"])
def test_a_topic_in_use_cannot_be_deleted(client, coordinator, use):
    topic = TopicFactory()
    if use == "speaker":
        SpeakerFactory(topics=[topic])
    else:
        SpeakingRequestFactory(topics=[topic])
    sign_in(client, coordinator)

    response = client.post(f"{TOPICS}{topic.pk}/delete/", {"post": "yes"})

    assert response.status_code == 403
    assert Topic.objects.filter(pk=topic.pk).exists()


def test_the_service_refuses_to_delete_a_topic_taken_up_meanwhile_and_says_why(coordinator):
    topic = TopicFactory(name="Stigma")
    SpeakerFactory(topics=[topic])

    with pytest.raises(TopicError) as refused:
        topic_delete(topic=topic, actor=coordinator)

    assert refused.value.message == (
        "“Stigma” is used by 1 speaker or request, so it cannot be deleted. Untick “active” to "
        "retire it: it stays on the profiles that name it."
    )
    assert Topic.objects.filter(pk=topic.pk).exists()


def test_the_delete_page_taken_over_by_a_new_use_answers_with_the_reason(
    client, coordinator, monkeypatch
):
    topic = TopicFactory(name="Stigma")
    sign_in(client, coordinator)
    # The delete page was allowed (an unused topic); a speaker takes it up before the
    # confirmation is checked again in the service.
    monkeypatch.setattr(TopicAdmin, "has_delete_permission", lambda *args, **kwargs: True)
    SpeakerFactory(topics=[topic])

    response = client.post(f"{TOPICS}{topic.pk}/delete/", {"post": "yes"}, follow=True)

    assert response.redirect_chain[-1][0] == f"{TOPICS}{topic.pk}/change/"
    assert "so it cannot be deleted" in response.content.decode()
    assert Topic.objects.filter(pk=topic.pk).exists()


def test_an_unused_topic_is_deleted_and_the_deletion_audited(client, network_admin):
    topic = TopicFactory(slug="typo-topic")
    sign_in(client, network_admin)

    response = client.post(f"{TOPICS}{topic.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert not Topic.objects.filter(pk=topic.pk).exists()
    assert AuditEntry.objects.filter(action="speaking_topic.delete", actor=network_admin).exists()


def test_topics_are_not_deleted_in_bulk(client, coordinator):
    TopicFactory()
    sign_in(client, coordinator)

    page = client.get(TOPICS).content.decode()

    assert 'value="delete_selected"' not in page


# --- Demo data -----------------------------------------------------------------------------------


def test_the_demo_pages_and_topics_are_bilingual_and_seeding_twice_changes_nothing():
    demo_pages.seed()
    first = (BureauPage.objects.count(), Topic.objects.count())
    demo_pages.seed()

    assert (BureauPage.objects.count(), Topic.objects.count()) == first == (6, 11)
    for page in BureauPage.objects.all():
        assert page.title_fr
        assert page.summary
        assert page.summary_fr
        assert page.body.startswith("<")
        assert page.body_fr.startswith("<")
    assert all(topic.name_fr for topic in Topic.objects.all())


def test_the_demo_pages_say_what_the_sources_ask_of_the_bureau():
    demo_pages.seed()
    text = {page.kind: page.body for page in BureauPage.objects.all()}

    assert "No minimum time in recovery" in text["criteria"]
    assert "four weeks ahead" in text["requesting"]
    assert "two speakers" in text["requesting"]
    assert "At least two people" in text["engagement"]
    assert "No questions about the details" in text["engagement"]
    assert "quiet room" in text["engagement"]
    assert "Pay honoraria promptly" in text["engagement"]
    assert "decline any question" in text["media"]
    assert "full name" in text["media"]
    assert "review your quotes" in text["media"]
    assert "Reading an audience" in text["guidelines"]
    assert "Looking after yourself" in text["guidelines"]
