"""The public directory of speakers: only listed speakers, only what each consented to publish,
filters that match published fields only, pagination, pinned query counts, a speaker's page,
and who may see a speaker's photo."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from guardian.shortcuts import assign_perm

from network.models import LHIN
from speakers.models import Speaker
from speakers.selectors.directory import public_name
from speakers.tests.factories import SafetyPlanFactory, SpeakerFactory, TopicFactory
from tests.factories import picture_file
from tests.plugin import sign_in
from training.tests.factories_records import (
    CourseFactory,
    ExternalTrainingFactory,
    RegistrationFactory,
    SessionFactory,
)

pytestmark = pytest.mark.django_db

DIRECTORY = "/speakers/directory/"


def lhin(number: int) -> LHIN:
    return LHIN.objects.get(number=number)


def results(page: str) -> str:
    """The list of speakers found, without the filters above it (which name every choice)."""
    return page[page.index('id="results"') :]


def photo_url(speaker: Speaker) -> str:
    return f"/speakers/photos/{speaker.public_id}/"


# --- Who is listed -------------------------------------------------------------------------------


UNLISTED = {
    "a draft": {},
    "a submitted application": {"submitted": True},
    "one in review": {"status": "in_review"},
    "one with a conversation scheduled": {"status": "conversation"},
    "a declined applicant": {"approved": True, "status": "declined"},
    "a withdrawn applicant": {"approved": True, "status": "withdrawn"},
    "a paused speaker": {"approved": True, "paused": True},
    "a speaker who chose not to be listed": {"approved": True, "listed": False},
}


def test_the_directory_lists_active_speakers_who_chose_to_be_listed(client):
    listed = SpeakerFactory(approved=True, name="Aurora")

    response = client.get(DIRECTORY)

    assert response.status_code == 200
    page = response.content.decode()
    assert f'<a href="{listed.get_absolute_url()}">Aurora</a>' in page
    assert "1 speaker" in page


@pytest.mark.parametrize("who", UNLISTED)
def test_nobody_else_is_in_the_directory(client, who):
    hidden = SpeakerFactory(name="Hidden", **UNLISTED[who])

    page = client.get(DIRECTORY).content.decode()

    assert "Hidden" not in page
    assert str(hidden.public_id) not in page
    assert "0 speakers" in page


@pytest.mark.parametrize("who", UNLISTED)
def test_the_page_of_a_speaker_who_is_not_listed_is_not_found(client, full_member, who):
    hidden = SpeakerFactory(person=full_member, **UNLISTED[who])

    assert client.get(hidden.get_absolute_url()).status_code == 404
    # Not even for the speaker: the page is the public one, and they are not public.
    assert sign_in(client, full_member).get(hidden.get_absolute_url()).status_code == 404


def test_an_address_that_names_no_speaker_is_not_found(client):
    assert client.get(f"{DIRECTORY}00000000-0000-0000-0000-000000000000/").status_code == 404


# --- Only what each speaker consented to publish --------------------------------------------------


@pytest.fixture
def open_book(db):
    """A listed speaker who publishes everything, each field with a value found nowhere else."""
    course = CourseFactory(title="Storytelling for change")
    speaker = SpeakerFactory(
        approved=True,
        name="Aurora",
        bio="BIO: I talk about what helped.",
        formats=["media"],
        audiences=["families"],
        languages=["oj"],
        travel="ontario",
        availability="Tuesday mornings only",
        photo=picture_file(),
        photo_alt="A person smiling in a park",
        topics=[TopicFactory(name="Housing first")],
        lhins_served=[lhin(11)],
    )
    registration = RegistrationFactory(
        person=speaker.person, session=SessionFactory(course=course), attended=True
    )
    speaker.training_registrations.set([registration])
    speaker.training_external.set(
        [ExternalTrainingFactory(person=speaker.person, title="Media training with a coach")]
    )
    return speaker


FIELDS = {
    # show_* consent: what appears when it is given, and only then.
    "show_name": "Aurora",
    "show_bio": "BIO: I talk about what helped.",
    "show_topics": "Housing first",
    "show_formats": "Media interview",
    "show_audiences": "Families and friends",
    "show_lhins": "Champlain",
    "show_languages": "Ojibwe",
    "show_travel": "Anywhere in Ontario",
    "show_availability": "Tuesday mornings only",
    "show_photo": "/speakers/photos/",
    "show_training": "Storytelling for change",
}
# Shown on the speaker's page only; the directory's cards stay short.
PAGE_ONLY = {"show_audiences", "show_travel", "show_availability", "show_training"}


def test_a_speaker_who_publishes_everything_shows_everything(client, open_book):
    page = client.get(open_book.get_absolute_url()).content.decode()

    for shown in FIELDS.values():
        assert shown in page
    assert "Media training with a coach" in page
    assert 'alt="A person smiling in a park"' in page
    cards = results(client.get(DIRECTORY).content.decode())
    for consent, shown in FIELDS.items():
        if consent not in PAGE_ONLY:
            assert shown in cards, consent


@pytest.mark.parametrize("consent", FIELDS)
def test_each_field_without_its_consent_is_shown_nowhere(client, open_book, consent):
    Speaker.objects.filter(pk=open_book.pk).update(**{consent: False})
    hidden = FIELDS[consent]

    page = client.get(open_book.get_absolute_url()).content.decode()
    cards = results(client.get(DIRECTORY).content.decode())

    assert hidden not in page
    assert hidden not in cards
    if consent == "show_training":
        assert "Media training with a coach" not in page
    # The others are still there.
    for other, shown in FIELDS.items():
        if other != consent:
            assert shown in page, other


def test_no_contact_detail_private_field_or_safety_plan_appears_anywhere(client, open_book):
    SafetyPlanFactory(speaker=open_book)
    person = open_book.person

    pages = [
        client.get(open_book.get_absolute_url()).content.decode(),
        client.get(DIRECTORY).content.decode(),
        client.get("/speakers/").content.decode(),
    ]

    for page in pages:
        assert person.email not in page
        assert person.display_name not in page  # the account's name, not the name to show
        assert "555-01" not in page  # the references' and support person's phone numbers
        assert "A reference" not in page
        assert "A chair on stage" not in page  # accessibility needs
        assert "SAFETY-PLAN" not in page
        assert "mailto:" not in page
        assert "tel:" not in page


def test_a_speaker_page_asks_through_the_network_for_this_speaker(client, open_book):
    page = client.get(open_book.get_absolute_url()).content.decode()

    assert f'href="/speakers/request/?speaker={open_book.public_id}"' in page
    assert "Request this speaker" in page
    assert "never straight to a speaker" in page


def test_a_speaker_page_has_the_way_back_to_the_directory_and_the_bureau(client, open_book):
    page = client.get(open_book.get_absolute_url()).content.decode()

    start = page.index('class="breadcrumbs"')
    breadcrumbs = page[start : page.index("</nav>", start)]
    assert '<a href="/speakers/">Speakers\' bureau</a>' in breadcrumbs
    assert '<a href="/speakers/directory/">Directory of speakers</a>' in breadcrumbs
    assert '<li aria-current="page">Aurora</li>' in breadcrumbs


def test_training_not_attended_is_not_shown_as_training_done(client, open_book):
    missed = RegistrationFactory(
        person=open_book.person,
        session=SessionFactory(course=CourseFactory(title="A course they missed")),
        attended=False,
    )
    open_book.training_registrations.add(missed)

    page = client.get(open_book.get_absolute_url()).content.decode()

    assert "Storytelling for change" in page
    assert "A course they missed" not in page


def test_the_photo_is_described_by_the_speaker_or_by_their_public_name(client, open_book):
    Speaker.objects.filter(pk=open_book.pk).update(photo_alt="")

    page = client.get(open_book.get_absolute_url()).content.decode()

    assert 'alt="Photo of Aurora"' in page


# --- The public name -----------------------------------------------------------------------------


def test_the_name_is_the_speakers_own_only_when_they_publish_it(client):
    named = SpeakerFactory(approved=True, name="Aurora")
    one_region = SpeakerFactory(
        approved=True, show_name=False, name="Secret", lhins_served=[lhin(11)]
    )
    regions = SpeakerFactory(
        approved=True, show_name=False, name="Secret", lhins_served=[lhin(11), lhin(10)]
    )
    nothing = SpeakerFactory(
        approved=True, show_name=False, show_lhins=False, name="Secret", lhins_served=[lhin(11)]
    )

    assert public_name(named) == "Aurora"
    assert public_name(one_region) == "A speaker serving Champlain"
    assert public_name(regions) == "A speaker serving South East and 1 other region"
    assert public_name(nothing) == "A speaker from the bureau"
    assert "Secret" not in client.get(DIRECTORY).content.decode()


def test_the_neutral_label_never_names_the_home_region(client):
    speaker = SpeakerFactory(
        approved=True, show_name=False, home_lhin=lhin(14), lhins_served=[lhin(11)]
    )

    page = client.get(speaker.get_absolute_url()).content.decode()

    assert "<h1>A speaker serving Champlain</h1>" in page
    assert "North West" not in page


# --- Filters -------------------------------------------------------------------------------------


@pytest.fixture
def two_speakers(db):
    housing, stigma = TopicFactory(slug="housing"), TopicFactory(slug="stigma")
    north = SpeakerFactory(
        approved=True,
        name="Nora",
        topics=[housing],
        formats=["media"],
        languages=["fr"],
        lhins_served=[lhin(13)],
    )
    south = SpeakerFactory(
        approved=True,
        name="Sol",
        topics=[stigma],
        formats=["classroom"],
        languages=["en"],
        lhins_served=[lhin(7)],
    )
    return north, south


@pytest.mark.parametrize(
    "query",
    ["topic=housing", "format=media", "lhin=north-east", "language=fr"],
)
def test_each_filter_finds_the_speakers_who_match_it(client, two_speakers, query):
    page = results(client.get(f"{DIRECTORY}?{query}").content.decode())

    assert ">Nora</a>" in page
    assert ">Sol</a>" not in page


def test_filters_combine(client, two_speakers):
    both = results(client.get(f"{DIRECTORY}?topic=housing&language=fr").content.decode())
    none = results(client.get(f"{DIRECTORY}?topic=housing&language=en").content.decode())

    assert ">Nora</a>" in both
    assert "No listed speaker matches." in none


@pytest.mark.parametrize(
    ("query", "consent"),
    [
        ("topic=housing", "show_topics"),
        ("format=media", "show_formats"),
        ("lhin=north-east", "show_lhins"),
        ("language=fr", "show_languages"),
    ],
)
def test_nobody_is_found_by_a_field_they_keep_private(client, two_speakers, query, consent):
    north, _south = two_speakers
    Speaker.objects.filter(pk=north.pk).update(**{consent: False})

    page = results(client.get(f"{DIRECTORY}?{query}").content.decode())

    assert ">Nora</a>" not in page


def test_the_filters_keep_what_was_chosen(client, two_speakers):
    page = client.get(f"{DIRECTORY}?topic=housing&format=media&lhin=north-east").content.decode()

    assert '<option value="housing" selected>' in page
    assert '<option value="media" selected>' in page
    assert '<option value="north-east" selected>' in page


def test_the_filters_are_labelled(client):
    page = client.get(DIRECTORY).content.decode()

    for name, label in [
        ("topic", "Topic"),
        ("format", "Format"),
        ("lhin", "LHIN region served"),
        ("language", "Language"),
    ]:
        assert f'<label class="field__label" for="id_{name}">{label} ' in page


def test_an_unknown_filter_value_is_refused_next_to_its_field_with_the_others_kept(
    client, two_speakers
):
    response = client.get(f"{DIRECTORY}?topic=no-such-topic&format=media&lhin=atlantis")

    assert response.status_code == 400
    page = response.content.decode()
    assert '<a href="#id_topic">Topic: Please choose one of the topics listed.</a>' in page
    assert (
        '<a href="#id_lhin">LHIN region served: Please choose one of the 14 LHIN regions listed.'
        in page
    )
    assert '<option value="media" selected>' in page
    assert 'id="results"' not in page


def test_a_retired_topic_is_not_offered_as_a_filter(client):
    TopicFactory(slug="old-topic", active=False)

    response = client.get(f"{DIRECTORY}?topic=old-topic")

    assert response.status_code == 400
    assert 'value="old-topic"' not in response.content.decode()


# --- Pagination and queries ----------------------------------------------------------------------


def test_the_directory_is_paginated_and_the_pages_keep_the_filters(client):
    topic = TopicFactory(slug="harm-reduction")
    for n in range(21):
        SpeakerFactory(approved=True, name=f"Speaker {n:02d}", topics=[topic])

    first = client.get(f"{DIRECTORY}?topic=harm-reduction").content.decode()
    second = client.get(f"{DIRECTORY}?topic=harm-reduction&page=2").content.decode()

    assert "21 speakers" in first
    assert len(re.findall(r'class="member-card__name"', first)) == 20
    assert 'href="?topic=harm-reduction&amp;page=2"' in first
    assert len(re.findall(r'class="member-card__name"', second)) == 1
    assert ">Speaker 20</a>" in second
    assert "Page 2 of 2" in second


def test_speakers_who_publish_their_name_come_first_in_name_order(client):
    SpeakerFactory(approved=True, show_name=False, name="Aaron")
    SpeakerFactory(approved=True, name="zed")
    SpeakerFactory(approved=True, name="Bea")

    page = results(client.get(DIRECTORY).content.decode())

    names = re.findall(r'class="member-card__name"><a href="[^"]+">([^<]+)</a>', page)
    assert names == ["Bea", "zed", "A speaker serving Toronto Central"]


def _many_topics_and_regions() -> dict:
    return {
        "topics": [TopicFactory() for _ in range(3)],
        "lhins_served": [lhin(n) for n in (7, 8, 9)],
        "photo": picture_file(),
    }


def test_the_directory_takes_the_same_queries_with_one_speaker_or_six(assert_page_queries):
    SpeakerFactory(approved=True, **_many_topics_and_regions())
    # The request's savepoint and its release, the count, the speakers, their topics and
    # regions, and the topics and regions the filters offer.
    assert_page_queries(DIRECTORY, 8)
    for _ in range(5):
        SpeakerFactory(approved=True, **_many_topics_and_regions())
    assert_page_queries(DIRECTORY, 8)


def test_the_filtered_directory_takes_the_same_queries_with_one_speaker_or_six(
    assert_page_queries,
):
    topic = TopicFactory(slug="stigma")
    filtered = f"{DIRECTORY}?topic=stigma&format=roundtable&lhin=toronto-central&language=en"
    SpeakerFactory(approved=True, **_many_topics_and_regions()).topics.add(topic)
    # The topic and region lists are read twice: to check the value, then to render.
    assert_page_queries(filtered, 10)
    for _ in range(5):
        SpeakerFactory(approved=True, **_many_topics_and_regions()).topics.add(topic)
    assert_page_queries(filtered, 10)


def test_a_speaker_page_takes_the_same_queries_with_one_training_or_six(assert_page_queries):
    speaker = SpeakerFactory(approved=True, **_many_topics_and_regions())

    def add_training():
        registration = RegistrationFactory(person=speaker.person, attended=True)
        speaker.training_registrations.add(registration)
        speaker.training_external.add(ExternalTrainingFactory(person=speaker.person))

    add_training()
    # The request's savepoint and its release, the speaker, topics, regions, both trainings.
    assert_page_queries(speaker.get_absolute_url(), 7)
    for _ in range(5):
        add_training()
    assert_page_queries(speaker.get_absolute_url(), 7)


# --- The photo -----------------------------------------------------------------------------------


def test_a_published_photo_is_public_and_may_be_kept_a_little_while(client):
    speaker = SpeakerFactory(approved=True, photo=picture_file())

    response = client.get(photo_url(speaker))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "public, max-age=600"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"\xff\xd8")


@pytest.fixture
def private_photo(db, full_member):
    """The full member's photo, not published: listed, but without show_photo."""
    return SpeakerFactory(person=full_member, approved=True, show_photo=False, photo=picture_file())


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("anonymous", 404),
        ("outsider", 404),
        ("supporting_member", 404),
        ("speakers_reviewer", 404),  # a reviewer, but not of this application
        ("coordinator_other", 404),
        ("content_editor", 404),
        ("full_member", 200),  # the speaker
        ("coordinator", 200),  # of the speaker's home LHIN (Toronto Central)
        ("network_admin", 200),
    ],
)
def test_a_photo_that_is_not_published_is_seen_only_by_those_who_look_after_it(
    client, request, private_photo, role, status
):
    response = sign_in(client, request.getfixturevalue(role)).get(photo_url(private_photo))

    assert response.status_code == status
    if status == 200:
        assert response["Cache-Control"] == "private, max-age=3600"
        assert response["X-Content-Type-Options"] == "nosniff"


def test_the_reviewers_assigned_to_an_application_see_its_photo(client, speakers_reviewer):
    application = SpeakerFactory(submitted=True, photo=picture_file(), show_photo=True)
    assign_perm("speakers.review_speaker", speakers_reviewer, application)

    response = sign_in(client, speakers_reviewer).get(photo_url(application))

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, max-age=3600"


def test_a_coordinator_of_the_home_lhin_sees_the_photo_of_a_draft_but_the_public_does_not(
    client, coordinator
):
    draft = SpeakerFactory(photo=picture_file(), show_photo=True, listed=True)

    assert client.get(photo_url(draft)).status_code == 404
    assert sign_in(client, coordinator).get(photo_url(draft)).status_code == 200


@pytest.mark.parametrize("change", ["paused", "unlisted"])
def test_a_published_photo_of_a_speaker_no_longer_listed_is_not_public(client, change):
    speaker = SpeakerFactory(approved=True, photo=picture_file())
    if change == "paused":
        Speaker.objects.filter(pk=speaker.pk).update(paused_at=timezone.now())
    else:
        Speaker.objects.filter(pk=speaker.pk).update(listed=False)

    assert client.get(photo_url(speaker)).status_code == 404


def test_a_speaker_without_a_photo_has_no_photo_even_for_themself(client, full_member):
    speaker = SpeakerFactory(person=full_member, approved=True)

    assert sign_in(client, full_member).get(photo_url(speaker)).status_code == 404


def test_the_photo_address_changes_when_the_profile_changes(client, open_book):
    before = re.search(r'src="(/speakers/photos/[^"]+)"', client.get(DIRECTORY).content.decode())
    Speaker.objects.filter(pk=open_book.pk).update(updated_at=timezone.now() + timedelta(seconds=5))
    after = re.search(r'src="(/speakers/photos/[^"]+)"', client.get(DIRECTORY).content.decode())

    assert before.group(1) != after.group(1)
    assert before.group(1).startswith(f"{photo_url(open_book)}?v=")
