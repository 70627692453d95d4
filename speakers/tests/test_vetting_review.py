"""The reviewers' pages: a reviewer sees the applications assigned to them, with their progress,
and assesses each against the active criteria. Nobody else reaches them; the safety plan is never
shown; once an application is decided, its assessments stay as they were."""

import pytest
from guardian.shortcuts import assign_perm

from network import roles
from network.services import role_revoke
from speakers.models import Assessment, Speaker
from tests.plugin import sign_in

from .factories import AssessmentFactory, CriterionFactory, SafetyPlanFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

LIST = "/speakers/review/"
SAFETY_PLAN_MARKERS = (
    "SAFETY-PLAN-WILL",
    "SAFETY-PLAN-WONT",
    "SAFETY-PLAN-SUPPORT",
    "SAFETY-PLAN-AFTER",
)


def page_of(application: Speaker) -> str:
    return f"/speakers/review/{application.public_id}/"


def assigned(reviewer, **kwargs) -> Speaker:
    application = SpeakerFactory(submitted=True, status=Speaker.Status.IN_REVIEW, **kwargs)
    assign_perm("speakers.review_speaker", reviewer, application)
    return application


@pytest.fixture
def other_reviewer(make_person):
    return make_person(roles.SPEAKERS_REVIEWER, display_name="Second Reader")


# --- The list -----------------------------------------------------------------------------------


def test_a_reviewer_sees_only_their_applications_open_ones_first_with_their_progress(
    client, speakers_reviewer, other_reviewer
):
    criteria = CriterionFactory.create_batch(3)
    CriterionFactory(active=False)
    waiting = assigned(speakers_reviewer, name="Waiting Wren")
    decided = assigned(speakers_reviewer, name="Decided Dale")
    Speaker.objects.filter(pk=decided.pk).update(status=Speaker.Status.APPROVED)
    assigned(other_reviewer, name="Someone Else")
    for criterion in criteria[:2]:
        AssessmentFactory(speaker=waiting, criterion=criterion, reviewer=speakers_reviewer)
    AssessmentFactory(speaker=waiting, criterion=criteria[2], reviewer=other_reviewer)
    sign_in(client, speakers_reviewer)

    page = client.get(LIST).content.decode()

    assert "Someone Else" not in page
    assert page.index("Waiting Wren") < page.index("Decided Dale")
    assert "2 of 3 criteria assessed" in page
    assert "0 of 3 criteria assessed" in page
    assert page_of(waiting) in page


def test_a_reviewer_with_nothing_assigned_is_told_so(client, speakers_reviewer):
    sign_in(client, speakers_reviewer)

    assert "No application is assigned to you" in client.get(LIST).content.decode()


def test_the_list_runs_a_pinned_number_of_queries(client, speakers_reviewer, assert_page_queries):
    criterion = CriterionFactory()
    AssessmentFactory(
        speaker=assigned(speakers_reviewer), criterion=criterion, reviewer=speakers_reviewer
    )
    sign_in(client, speakers_reviewer)
    # The request's savepoint and its release, the person, their roles, the count of
    # applications, the page of them, the count of criteria.
    assert_page_queries(LIST, 7)
    for _ in range(4):
        AssessmentFactory(
            speaker=assigned(speakers_reviewer), criterion=criterion, reviewer=speakers_reviewer
        )
    assert_page_queries(LIST, 7)


def test_the_list_is_paginated(client, speakers_reviewer):
    for _ in range(21):
        assigned(speakers_reviewer)
    sign_in(client, speakers_reviewer)

    first = client.get(LIST).content.decode()
    second = client.get(LIST, {"page": 2}).content.decode()

    assert "Page 1 of 2" in first
    assert second.count("/speakers/review/") - second.count('href="/speakers/review/"') >= 1


# --- Who reaches the pages ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "who",
    ["outsider", "full_member", "coordinator", "network_admin", "other_reviewer", "applicant"],
)
def test_everyone_not_assigned_gets_404_on_the_review_page(client, request, speakers_reviewer, who):
    application = assigned(speakers_reviewer)
    person = application.person if who == "applicant" else request.getfixturevalue(who)
    sign_in(client, person)

    assert client.get(page_of(application)).status_code == 404
    assert client.post(page_of(application), {}).status_code == 404


def test_signed_out_people_are_sent_to_sign_in(client, speakers_reviewer):
    application = assigned(speakers_reviewer)

    response = client.get(page_of(application))

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_a_draft_is_404_even_to_a_reviewer_holding_a_grant_on_it(client, speakers_reviewer):
    draft = SpeakerFactory()
    assign_perm("speakers.review_speaker", speakers_reviewer, draft)
    sign_in(client, speakers_reviewer)

    assert client.get(page_of(draft)).status_code == 404
    assert "No application is assigned to you" in client.get(LIST).content.decode()


def test_a_reviewer_whose_role_was_removed_no_longer_reaches_the_pages(client, speakers_reviewer):
    application = assigned(speakers_reviewer)
    role_revoke(user=speakers_reviewer, role=roles.SPEAKERS_REVIEWER)
    sign_in(client, speakers_reviewer)

    assert client.get(LIST).status_code == 404
    assert client.get(page_of(application)).status_code == 404


# --- The page and the assessment ----------------------------------------------------------------


def test_the_review_page_shows_the_application_but_never_the_safety_plan(client, speakers_reviewer):
    application = assigned(
        speakers_reviewer,
        references="Jo at the harm reduction site",
        accessibility_needs="Captions, please",
        honorarium_preference="accept",
    )
    SafetyPlanFactory(speaker=application)
    CriterionFactory(title="Respects peer values", guidance="Mutuality, choice & dignity")
    sign_in(client, speakers_reviewer)

    pages = [client.get(page_of(application)).content.decode(), client.get(LIST).content.decode()]

    for marker in SAFETY_PLAN_MARKERS:
        assert all(marker not in page for page in pages)
    page = pages[0]
    assert "Yes. Only the speaker can read it." in page
    assert "Jo at the harm reduction site" in page
    assert "Captions, please" in page
    assert "I accept honoraria" in page
    assert "Respects peer values" in page
    assert "Mutuality, choice &amp; dignity" in page


def test_a_reviewer_saves_an_assessment_and_changes_it_later_without_duplicates(
    client, speakers_reviewer
):
    application = assigned(speakers_reviewer)
    first, second = CriterionFactory.create_batch(2)
    sign_in(client, speakers_reviewer)

    response = client.post(
        page_of(application),
        {f"outcome_{first.pk}": "unsure", f"notes_{first.pk}": "Ask in the conversation."},
    )
    client.post(
        page_of(application),
        {
            f"outcome_{first.pk}": "meets",
            f"notes_{first.pk}": "Talked it through.",
            f"outcome_{second.pk}": "not_yet",
        },
    )

    assert response.status_code == 302
    mine = {a.criterion_id: a for a in Assessment.objects.filter(reviewer=speakers_reviewer)}
    assert len(mine) == 2
    assert (mine[first.pk].outcome, mine[first.pk].notes) == ("meets", "Talked it through.")
    assert mine[second.pk].outcome == "not_yet"
    page = client.get(page_of(application)).content.decode()
    assert "You have assessed 2 of 2 criteria." in page
    assert f'value="meets" id="id_outcome_{first.pk}_0" checked' in page


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"notes": "Seems fine"}, "You wrote notes: choose Meets, Not yet or Unsure"),
        ({"outcome": "excellent", "notes": "Seems fine"}, "Choose Meets, Not yet or Unsure."),
        ({"outcome": "meets", "notes": "x" * 3001}, "at most 3000 characters"),
        ({}, "Choose an assessment for at least one criterion before saving."),
    ],
)
def test_bad_input_is_refused_at_its_field_with_400_and_what_was_typed(
    client, speakers_reviewer, data, message
):
    application = assigned(speakers_reviewer)
    criterion = CriterionFactory()
    sign_in(client, speakers_reviewer)

    response = client.post(
        page_of(application), {f"{key}_{criterion.pk}": value for key, value in data.items()}
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert 'class="error-summary"' in page
    assert (
        f'href="#id_outcome_{criterion.pk}_0"' in page or f'href="#id_notes_{criterion.pk}"' in page
    )
    if "notes" in data and len(data["notes"]) < 100:
        assert data["notes"] in page
    assert not Assessment.objects.exists()


def test_other_reviewers_assessments_are_shown_read_only(client, speakers_reviewer, other_reviewer):
    application = assigned(speakers_reviewer)
    assign_perm("speakers.review_speaker", other_reviewer, application)
    criterion = CriterionFactory()
    AssessmentFactory(
        speaker=application,
        criterion=criterion,
        reviewer=other_reviewer,
        outcome="not_yet",
        notes="Would like to hear more about training.",
    )
    sign_in(client, speakers_reviewer)

    page = client.get(page_of(application)).content.decode()

    assert "Second Reader" in page
    assert "Would like to hear more about training." in page
    assert "Would like to hear more about training.</textarea>" not in page
    assert "You have assessed 0 of 1 criteria." in page


def test_once_decided_the_assessments_are_read_only(client, speakers_reviewer):
    application = assigned(speakers_reviewer)
    criterion = CriterionFactory()
    AssessmentFactory(
        speaker=application, criterion=criterion, reviewer=speakers_reviewer, notes="Kept."
    )
    Speaker.objects.filter(pk=application.pk).update(status=Speaker.Status.DECLINED)
    sign_in(client, speakers_reviewer)

    page = client.get(page_of(application)).content.decode()
    response = client.post(
        page_of(application), {f"outcome_{criterion.pk}": "not_yet", f"notes_{criterion.pk}": ""}
    )

    assert "can no longer change" in page
    assert "<textarea" not in page
    assert "Kept." in page
    assert response.status_code == 409
    assert Assessment.objects.get().outcome == "meets"


def test_an_application_decided_while_the_reviewer_was_typing_keeps_its_assessments(
    client, speakers_reviewer, coordinator
):
    from speakers.services.vetting import VettingError, assessments_save

    application = assigned(speakers_reviewer)
    criterion = CriterionFactory()
    Speaker.objects.filter(pk=application.pk).update(status=Speaker.Status.APPROVED)

    with pytest.raises(VettingError, match="can no longer change"):
        assessments_save(
            speaker_id=application.pk,
            reviewer=speakers_reviewer,
            outcomes={criterion.pk: ("meets", "")},
        )
    assert not Assessment.objects.exists()


def test_a_retired_criterion_is_no_longer_asked_but_what_was_said_of_it_stays(
    client, speakers_reviewer, other_reviewer
):
    application = assigned(speakers_reviewer)
    CriterionFactory(title="New criterion")
    retired = CriterionFactory(title="Old criterion", active=False)
    AssessmentFactory(speaker=application, criterion=retired, reviewer=other_reviewer)
    sign_in(client, speakers_reviewer)

    page = client.get(page_of(application)).content.decode()
    response = client.post(page_of(application), {f"outcome_{retired.pk}": "meets"})

    assert f'name="outcome_{retired.pk}"' not in page
    assert "Old criterion (retired)" in page
    assert response.status_code == 400  # nothing asked was answered
    assert not Assessment.objects.filter(reviewer=speakers_reviewer).exists()


def test_the_review_page_runs_a_pinned_number_of_queries(
    client, speakers_reviewer, other_reviewer, assert_page_queries
):
    from tests.factories import picture_file

    application = assigned(speakers_reviewer, photo=picture_file())
    SafetyPlanFactory(speaker=application)
    assign_perm("speakers.review_speaker", other_reviewer, application)

    def criterion_assessed_by_both():
        criterion = CriterionFactory()
        for reviewer in (speakers_reviewer, other_reviewer):
            AssessmentFactory(speaker=application, criterion=criterion, reviewer=reviewer)

    criterion_assessed_by_both()
    sign_in(client, speakers_reviewer)
    # The request's savepoint and its release, the person, their roles, the application (with
    # its home LHIN, person and whether it has a safety plan), its topics, LHINs served, training
    # attended and recorded, the active criteria, every reviewer's assessments.
    assert_page_queries(page_of(application), 11)
    for _ in range(4):
        criterion_assessed_by_both()
    assert_page_queries(page_of(application), 11)
