"""The safety plan is its speaker's alone: no other person, whatever their role, reaches it or
sees a word of it, anywhere on the site or in the admin; others see at most that one exists."""

import pytest
from django.contrib import admin

from network.models import AuditEntry
from speakers.models import SafetyPlan, Speaker
from tests.matrix import ROLES
from tests.plugin import sign_in
from tests.test_permission_matrix import MATRIX, objects  # noqa: F401 (the matrix's fixture)

from .factories import SafetyPlanFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

PLAN = "/speakers/me/safety-plan/"
MARKERS = ("SAFETY-PLAN-WILL", "SAFETY-PLAN-WONT", "SAFETY-PLAN-SUPPORT", "SAFETY-PLAN-AFTER")
# The full member's own pages that show their plan (in "My data" too: it is theirs).
OWN_PAGES = {
    "speakers/me/safety-plan/",
    "speakers/apply/<slug:step>/",
    "members/my-data/",
    "members/my-data/download/",
}


def test_the_speaker_reads_and_changes_their_safety_plan(client_for, full_member):
    speaker = SpeakerFactory(person=full_member, submitted=True)
    SafetyPlanFactory(speaker=speaker)
    client = client_for(full_member)

    page = client.get(PLAN)
    assert page.status_code == 200
    assert page["Cache-Control"].startswith("max-age=0")
    assert "no-store" in page["Cache-Control"]
    for marker in MARKERS:
        assert marker in page.content.decode()
    assert "Only you will ever see your safety plan." in page.content.decode()

    response = client.post(
        PLAN,
        {
            "will_speak_about": "Peer work",
            "wont_speak_about": "My brother",
            "support_person": "",
            "after_care": "Tea",
        },
    )

    assert response["Location"] == PLAN
    plan = SafetyPlan.objects.get(speaker=speaker)
    assert (plan.wont_speak_about, plan.support_person) == ("My brother", "")
    # Editable whatever the application's state; nothing of it is written to the audit log.
    entry = AuditEntry.objects.get(action="speaker.safety_plan.save")
    assert "My brother" not in str(entry.data) + entry.target_repr


def test_a_too_long_answer_is_refused_with_400_and_what_was_typed_kept(client_for, full_member):
    SpeakerFactory(person=full_member)

    response = client_for(full_member).post(
        PLAN, {"will_speak_about": "x" * 3001, "after_care": "A walk by the water"}
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "at most 3000 characters" in page
    assert "A walk by the water" in page
    assert not SafetyPlan.objects.exists()


def test_an_emptied_plan_is_not_kept(client_for, full_member):
    speaker = SpeakerFactory(person=full_member)
    SafetyPlanFactory(speaker=speaker)

    client_for(full_member).post(PLAN, {})

    assert not Speaker.objects.get(pk=speaker.pk).has_safety_plan


@pytest.mark.parametrize("role", [role for role in ROLES if role != "full_member"])
def test_every_other_role_gets_404_for_the_safety_plan(request, client, full_member, role):
    SafetyPlanFactory(speaker=SpeakerFactory(person=full_member, approved=True))
    person = request.getfixturevalue(role)

    response = sign_in(client, person).get(PLAN)

    expected = 302 if person is None else 404
    assert response.status_code == expected
    for marker in MARKERS:
        assert marker not in response.content.decode()


def test_another_speaker_reaches_only_their_own_plan(client_for, full_member, supporting_member):
    SafetyPlanFactory(speaker=SpeakerFactory(person=full_member))
    SpeakerFactory(person=supporting_member)

    page = client_for(supporting_member).get(PLAN).content.decode()

    for marker in MARKERS:
        assert marker not in page
    assert not SafetyPlan.objects.filter(speaker__person=supporting_member).exists()


def test_the_safety_plan_is_not_in_the_admin():
    assert SafetyPlan not in admin.site._registry


def _text(response) -> str:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode(errors="replace")


def _bureau_routes() -> list[str]:
    """Every GET-able route of the bureau, its admin pages and the admin's index."""
    return sorted(
        route
        for route in MATRIX
        if route.startswith("speakers/")
        or (route.startswith("admin/") and "speakers" in route)
        or route in ("admin/", "members/my-data/", "members/my-data/download/")
    )


def test_no_page_of_the_bureau_or_the_admin_shows_a_safety_plan_but_to_its_speaker(
    request,
    client,
    objects,  # noqa: F811 (the matrix's fixture)
):
    """Every role opens every page of the bureau and of its admin (the matrix's objects): the
    plan's words appear only on the full member's own pages."""
    speaker = Speaker.objects.get(person=request.getfixturevalue("full_member"))
    assert speaker.has_safety_plan
    people = {role: request.getfixturevalue(role) for role in ROLES}
    seen = []
    for route in _bureau_routes():
        url = MATRIX[route][0].format(**objects)
        for role, person in people.items():
            content = _text(sign_in(client, person).get(url))
            if any(marker in content for marker in MARKERS):
                seen.append((route, role))

    assert {route for route, role in seen if role != "full_member"} == set()
    assert {route for route, _role in seen} <= OWN_PAGES
    assert ("speakers/me/safety-plan/", "full_member") in seen
