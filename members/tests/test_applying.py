"""A person applies to join: a draft to finish later, a submission checked in full, its status."""

import re

import pytest
from django.core import mail

from members.consent import CURRENT_VERSIONS
from members.models import ConsentRecord, MembershipApplication, User
from network.models import LHIN, AuditEntry
from tests.factories import MembershipApplicationFactory, MembershipFactory
from tests.plugin import sign_in

pytestmark = pytest.mark.django_db

APPLY = "/members/apply/"
STATUS = "/members/application/"


@pytest.fixture
def applicant(client, outsider):
    sign_in(client, outsider)
    return outsider


def complete(lhin: LHIN, **overrides) -> dict:
    """Everything a full member's submission needs."""
    return {
        "action": "submit",
        "display_name": "Outsider",
        "membership_type": "full",
        "lived_experience_attested": "on",
        "lhin": str(lhin.pk),
        "accept_terms": "on",
        "accept_privacy": "on",
        **overrides,
    }


def field_errors(page: str, field: str) -> str:
    """The text of a field's error list (the element its aria-describedby points to)."""
    found = re.search(rf'<ul class="field__errors" id="id_{field}_error">(.*?)</ul>', page, re.S)
    return found.group(1) if found else ""


def open_application(person) -> MembershipApplication:
    return MembershipApplication.objects.get(
        applicant=person, status__in=MembershipApplication.OPEN_STATUSES
    )


# --- The form ----------------------------------------------------------------------------------


def test_a_signed_out_visitor_is_asked_to_sign_in_before_applying(client):
    response = client.get(APPLY)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/members/apply/")


def test_the_form_defines_both_membership_types_and_lists_the_14_lhins_with_their_areas(
    client, applicant, assert_page_queries
):
    # transaction (2), the person, their roles, an open application, a membership, the LHINs
    page = assert_page_queries(APPLY, 7).content.decode()

    assert "a single attestation, never a story or proof" in page
    assert "without a vote" in page
    assert page.count('name="lhin"') == 14
    assert "Areas: Sudbury, North Bay" in page
    assert 'value="Outsider"' in page  # the display name, filled in from the account
    assert "js/lhin-finder.js" in page
    assert "<script>" not in page  # the CSP allows no inline script
    assert 'name="contact_news" ' in page
    assert 'name="contact_news" checked' not in page  # nothing is ticked for the person


def test_saving_a_draft_keeps_partial_answers_and_finds_them_again(client, applicant, lhin_toronto):
    response = client.post(
        APPLY,
        {
            "action": "save",
            "display_name": "Outsider",
            "membership_type": "supporting",
            "organization_name": "Harbour House",  # its kind is missing: fine for a draft
            "lhin": str(lhin_toronto.pk),
            "languages": ["fr", "oj"],
            "interests": ["navigator"],
        },
    )

    assert response.status_code == 302
    assert response["Location"] == STATUS
    draft = open_application(applicant)
    assert draft.status == "draft"
    assert draft.submitted_at is None
    assert draft.languages == ["fr", "oj"]
    assert not ConsentRecord.objects.exists()
    assert not mail.outbox

    status = client.get(STATUS).content.decode()
    assert "Draft" in status
    assert "Continue your application" in status
    form = client.get(APPLY).content.decode()
    assert 'value="Harbour House"' in form
    assert re.search(r'value="supporting"[^>]*checked', form)
    assert re.search(rf'value="{lhin_toronto.pk}"[^>]*checked', form)
    assert re.search(r'value="oj"[^>]*checked', form)


def test_saving_a_draft_again_updates_the_same_draft(client, applicant, lhin_toronto):
    client.post(APPLY, {"action": "save", "display_name": "Outsider", "pronouns": "they/them"})
    client.post(APPLY, {"action": "save", "display_name": "Outsider", "pronouns": "she/her"})

    assert MembershipApplication.objects.filter(applicant=applicant).count() == 1
    assert open_application(applicant).pronouns == "she/her"


def test_a_draft_still_refuses_what_is_invalid(client, applicant):
    response = client.post(
        APPLY, {"action": "save", "display_name": "Outsider", "membership_type": "honorary"}
    )

    assert response.status_code == 400
    assert "Please choose full or supporting membership." in field_errors(
        response.content.decode(), "membership_type"
    )
    assert not MembershipApplication.objects.exists()


def test_submitting_an_incomplete_application_says_what_is_missing_at_each_field(client, applicant):
    response = client.post(
        APPLY,
        {
            "action": "submit",
            "display_name": "Outsider",
            "pronouns": "they/them",
            "languages": ["fr"],
            "heard_about": "event",
            "heard_about_detail": "The spring exchange",
        },
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem" in page
    assert "Please choose full or supporting membership." in field_errors(page, "membership_type")
    assert "Please choose your LHIN region." in field_errors(page, "lhin")
    assert "accept the terms of membership" in field_errors(page, "accept_terms")
    assert "accept the privacy statement" in field_errors(page, "accept_privacy")
    assert field_errors(page, "pronouns") == ""
    # Every value typed is still there.
    assert 'value="they/them"' in page
    assert 'value="The spring exchange"' in page
    assert re.search(r'value="fr"[^>]*checked', page)
    assert re.search(r'<option value="event" selected>', page)
    assert 'aria-describedby="id_lhin_helptext id_lhin_error"' in page
    assert not MembershipApplication.objects.exists()


def test_a_full_member_confirms_lived_experience_and_is_asked_nothing_more_about_it(
    client, applicant, lhin_toronto
):
    response = client.post(APPLY, complete(lhin_toronto, lived_experience_attested=""))

    assert response.status_code == 400
    assert "lived or living experience" in field_errors(
        response.content.decode(), "lived_experience_attested"
    )

    response = client.post(APPLY, complete(lhin_toronto))

    assert response.status_code == 302
    application = MembershipApplication.objects.get(applicant=applicant)
    assert application.status == "submitted"
    assert application.lived_experience_attested


@pytest.mark.parametrize(
    ("organization", "missing"),
    [
        ({"organization_name": "Harbour House"}, "organization_kind"),
        ({"organization_kind": "community_agency"}, "organization_name"),
    ],
)
def test_a_supporting_member_gives_an_organizations_name_and_kind_together(
    client, applicant, lhin_toronto, organization, missing
):
    data = complete(lhin_toronto, membership_type="supporting", **organization)
    del data["lived_experience_attested"]

    response = client.post(APPLY, data)

    assert response.status_code == 400
    assert "Please" in field_errors(response.content.decode(), missing)


def test_a_supporting_member_may_join_as_themselves_or_for_an_organization(
    client, outsider, make_person, lhin_toronto
):
    sign_in(client, outsider)
    as_themselves = complete(lhin_toronto, membership_type="supporting")
    del as_themselves["lived_experience_attested"]
    assert client.post(APPLY, as_themselves).status_code == 302

    other = make_person(display_name="Harbour Staffer")
    sign_in(client, other)
    for_organization = {
        **as_themselves,
        "display_name": "Harbour Staffer",
        "organization_name": "Harbour House",
        "organization_kind": "community_agency",
    }
    assert client.post(APPLY, for_organization).status_code == 302

    application = MembershipApplication.objects.get(applicant=other)
    assert (application.organization_name, application.organization_kind) == (
        "Harbour House",
        "community_agency",
    )
    assert not application.lived_experience_attested


@pytest.mark.parametrize(
    ("display_name", "message"),
    [
        ("RIVER", "This display name is taken"),
        ("Network Admin", "does not sound like a staff role"),
        ("the moderator", "does not sound like a staff role"),
        ("me@example.net", "Use 3 to 40 letters"),
        ("", "Please enter a display name"),
    ],
)
def test_taken_staff_sounding_and_empty_display_names_are_refused_even_in_a_draft(
    client, applicant, full_member, display_name, message
):
    for action in ("save", "submit"):
        response = client.post(APPLY, {"action": action, "display_name": display_name})

        assert response.status_code == 400
        assert message in field_errors(response.content.decode(), "display_name")
    assert User.objects.get(pk=applicant.pk).display_name == "Outsider"


def test_a_new_display_name_is_saved_to_the_account_keeping_the_language(
    client, applicant, lhin_toronto
):
    applicant.preferred_language = "fr"
    applicant.save(update_fields=["preferred_language"])

    response = client.post(APPLY, complete(lhin_toronto, display_name="  Quiet   Harbour "))

    assert response.status_code == 302
    applicant.refresh_from_db()
    assert applicant.display_name == "Quiet Harbour"
    assert applicant.preferred_language == "fr"
    assert AuditEntry.objects.filter(action="user.display_name.change").exists()


def test_submitting_records_consent_to_the_current_terms_and_privacy_statement(
    client, applicant, lhin_toronto
):
    response = client.post(APPLY, complete(lhin_toronto, accept_privacy=""))
    assert response.status_code == 400
    assert not ConsentRecord.objects.exists()

    client.post(APPLY, complete(lhin_toronto))

    application = MembershipApplication.objects.get(applicant=applicant)
    records = {
        (record.document, record.version, record.application_id)
        for record in ConsentRecord.objects.filter(person=applicant)
    }
    assert records == {
        ("terms", CURRENT_VERSIONS[ConsentRecord.Document.TERMS], application.pk),
        ("privacy", CURRENT_VERSIONS[ConsentRecord.Document.PRIVACY], application.pk),
    }


def test_submitting_tells_the_coordinators_of_the_chosen_lhin_and_no_others(
    client,
    applicant,
    coordinator,
    coordinator_other,
    lhin_toronto,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(APPLY, complete(lhin_toronto), follow=True)

    assert [message.to for message in mail.outbox] == [[coordinator.email]]
    assert "Outsider" in mail.outbox[0].body
    assert applicant.email not in mail.outbox[0].body  # coordinators see the display name only
    page = response.content.decode()
    assert "your application is sent" in page
    assert "Waiting for review" in page


def test_a_nonexistent_lhin_is_a_message_on_the_field(client, applicant):
    missing = LHIN.objects.order_by("-pk").first().pk + 100

    for action in ("save", "submit"):
        response = client.post(
            APPLY, {"action": action, "display_name": "Outsider", "lhin": str(missing)}
        )

        assert response.status_code == 400
        assert "one of the 14 LHIN regions" in field_errors(response.content.decode(), "lhin")


def test_a_refusal_from_the_service_is_shown_on_the_page_and_nothing_is_kept(
    client, applicant, lhin_toronto, monkeypatch
):
    from members import services, views

    def refuse(**kwargs):
        raise services.MembershipError("Your application is with the coordinators now.")

    monkeypatch.setattr(views, "application_save", refuse)

    response = client.post(APPLY, complete(lhin_toronto, display_name="Quiet Harbour"))

    assert response.status_code == 400
    page = response.content.decode()
    assert "Your application is with the coordinators now." in page
    assert 'value="Quiet Harbour"' in page
    # The new display name went back with the application it came with.
    assert User.objects.get(pk=applicant.pk).display_name == "Outsider"


# --- When there is already an application or a membership ---------------------------------------


@pytest.mark.parametrize("action", ["get", "post"])
def test_applying_while_an_application_waits_for_review_shows_its_status_instead(
    client, applicant, lhin_toronto, action
):
    MembershipApplicationFactory(applicant=applicant)

    response = getattr(client, action)(APPLY, complete(lhin_toronto) if action == "post" else {})

    assert response.status_code == 302
    assert response["Location"] == STATUS
    assert MembershipApplication.objects.filter(applicant=applicant).count() == 1
    assert "with the coordinators" in client.get(STATUS).content.decode()


def test_a_member_who_applies_is_sent_to_the_status_page(client, applicant, lhin_toronto):
    MembershipFactory(person=applicant)

    response = client.post(APPLY, complete(lhin_toronto))

    assert response.status_code == 302
    assert response["Location"] == STATUS
    page = client.get(STATUS).content.decode()
    assert "already a member" in page
    assert "Go to your member pages" in page
    assert not MembershipApplication.objects.exists()


def test_a_coordinators_question_is_shown_and_the_answer_submitted_again(
    client, applicant, lhin_toronto, lhin_north_east
):
    MembershipApplicationFactory(
        applicant=applicant,
        status="info_requested",
        info_request="Which town do you live near?",
    )

    form = client.get(APPLY).content.decode()
    assert "Which town do you live near?" in form
    assert re.search(rf'value="{lhin_toronto.pk}"[^>]*checked', form)

    response = client.post(APPLY, complete(lhin_north_east))

    assert response.status_code == 302
    application = MembershipApplication.objects.get(applicant=applicant)
    assert application.status == "submitted"
    assert application.lhin == lhin_north_east


def test_a_declined_person_may_apply_again(client, applicant, lhin_toronto):
    MembershipApplicationFactory(applicant=applicant, status="declined", decline_reason="Sorry.")

    assert client.get(APPLY).status_code == 200
    response = client.post(APPLY, complete(lhin_toronto))

    assert response.status_code == 302
    assert list(
        MembershipApplication.objects.filter(applicant=applicant)
        .order_by("created_at")
        .values_list("status", flat=True)
    ) == ["declined", "submitted"]


# --- The status page ---------------------------------------------------------------------------


def test_the_status_page_invites_a_person_without_an_application_to_apply(client, applicant):
    page = client.get(STATUS).content.decode()

    assert "You have not applied" in page
    assert f'href="{APPLY}"' in page
    assert "Withdraw" not in page


@pytest.mark.parametrize(
    ("status", "fields", "words", "links_to_apply", "withdrawable"),
    [
        ("draft", {}, ["Draft", "nothing has been sent yet"], True, True),
        ("submitted", {}, ["Waiting for review", "We will email you"], False, True),
        (
            "info_requested",
            {"info_request": "Which town do you live near?"},
            ["More information requested", "Which town do you live near?"],
            True,
            True,
        ),
        (
            "declined",
            {"decline_reason": "We could not confirm your LHIN."},
            ["We're sorry", "We could not confirm your LHIN.", "apply again"],
            True,
            False,
        ),
        ("withdrawn", {}, ["You withdrew your application", "apply again"], True, False),
        ("approved", {}, ["Welcome to the network"], False, False),
    ],
)
def test_the_status_page_says_where_the_application_stands_in_words(
    client, applicant, status, fields, words, links_to_apply, withdrawable
):
    MembershipApplicationFactory(applicant=applicant, status=status, **fields)

    page = client.get(STATUS).content.decode()

    for word in words:
        assert word in page
    assert (f'href="{APPLY}"' in page) == links_to_apply
    assert ("Withdraw my application" in page) == withdrawable


def test_the_reason_and_the_request_are_shown_as_text_never_as_markup(client, applicant):
    MembershipApplicationFactory(
        applicant=applicant, status="declined", decline_reason="<b>No</b> for now."
    )

    page = client.get(STATUS).content.decode()

    assert "&lt;b&gt;No&lt;/b&gt; for now." in page


def test_withdrawing_closes_the_application_and_the_person_may_apply_again(client, applicant):
    MembershipApplicationFactory(applicant=applicant)

    response = client.post("/members/application/withdraw/", follow=True)

    assert response.redirect_chain == [(STATUS, 302)]
    page = response.content.decode()
    assert "Your application is withdrawn" in page
    assert "Withdraw my application" not in page
    assert MembershipApplication.objects.get(applicant=applicant).status == "withdrawn"
    assert AuditEntry.objects.filter(action="application.withdraw", actor=applicant).exists()
    assert client.get(APPLY).status_code == 200


def test_withdrawing_needs_a_post_and_an_open_application(client, applicant):
    assert client.get("/members/application/withdraw/").status_code == 405

    response = client.post("/members/application/withdraw/", follow=True)

    assert "You have no application in progress." in response.content.decode()


def test_someone_else_s_application_is_never_shown_or_withdrawn(client, applicant):
    other = MembershipApplicationFactory(info_request="A private question")

    assert "A private question" not in client.get(STATUS).content.decode()
    client.post("/members/application/withdraw/")

    assert MembershipApplication.objects.get(pk=other.pk).status == "submitted"


# --- Queries -----------------------------------------------------------------------------------


def test_the_apply_and_status_pages_run_as_many_queries_whatever_the_history(
    client, applicant, assert_page_queries
):
    # Status: transaction (2), the person, their roles, the latest application, a membership.
    assert_page_queries(STATUS, 6)
    for _ in range(5):
        MembershipApplicationFactory(applicant=applicant, status="declined")
        MembershipApplicationFactory()  # other people's
    MembershipApplicationFactory(applicant=applicant, status="draft", languages=["en", "fr"])

    assert_page_queries(APPLY, 7)
    assert_page_queries(STATUS, 6)
