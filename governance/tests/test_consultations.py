"""Member consultations: opening one on a draft or a proposal, comments, full members' votes,
results after the close, the email when it opens, the pages and the admin."""

import re
import time
from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from governance.models import (
    Consultation,
    ConsultationComment,
    ConsultationNotice,
    ConsultationVote,
    DocumentVersion,
)
from governance.services.consultations import (
    ConsultationError,
    comment_add,
    comment_hide,
    consultation_announce,
    consultation_open,
    consultation_update,
    consultation_withdraw,
    results_publish,
    vote_cast,
)
from governance.tasks.consultations import announce_consultation, announce_due_consultations
from members.models import Membership, Visibility
from network.models import AuditEntry, OutboundEmail
from tests.factories import MembershipFactory, ProfileFactory, UserFactory
from tests.plugin import sign_in, wait_for

from .factories_consultations import (
    CommentFactory,
    ConsultationFactory,
    DocumentFactory,
    DocumentVersionFactory,
    VoteFactory,
)

pytestmark = pytest.mark.django_db

NOW = timezone.now()
# Pinned whatever the number of rows: the savepoint pair, the session, the person, their
# membership, then the list's three queries and the closed page's count (list), or the
# consultation, the member's vote, the comments and their count, the counts of votes (detail).
LIST_QUERIES = 9
DETAIL_QUERIES = 9
SUMMARY = "<p>Tell us what you think.</p>"


def in_days(days: float):
    return timezone.now() + timedelta(days=days)


def errors_of(excinfo) -> dict[str, list[str]]:
    return excinfo.value.message_dict


@pytest.fixture
def member(full_member):
    """The full member, with an active full membership."""
    MembershipFactory(person=full_member)
    return full_member


@pytest.fixture
def supporter(supporting_member):
    MembershipFactory(person=supporting_member, membership_type="supporting")
    return supporting_member


@pytest.fixture
def lapsed(make_person):
    from network import roles

    person = make_person(roles.FULL_MEMBER, display_name="Lapsed Peer")
    MembershipFactory(
        person=person, status=Membership.Status.LAPSED, expires_at=timezone.now() - timedelta(1)
    )
    return person


@pytest.fixture
def code_of_conduct():
    """A document with an approved version 1 and a draft version 2."""
    document = DocumentFactory(slug="code-of-conduct", title="Code of conduct")
    DocumentVersionFactory(document=document, number=1, status="approved")
    return DocumentVersionFactory(document=document, number=2, body="<p>Draft two.</p>")


@pytest.fixture
def consultation():
    return ConsultationFactory()


@pytest.fixture
def closed():
    return ConsultationFactory(opens_at=in_days(-20), closes_at=in_days(-1))


@pytest.fixture
def upcoming():
    return ConsultationFactory(opens_at=in_days(2), closes_at=in_days(20))


# --- Opening ------------------------------------------------------------------------------------


def test_opening_on_a_draft_puts_the_version_in_consultation(governance_member, code_of_conduct):
    consultation = consultation_open(
        actor=governance_member,
        title="Code of conduct v2",
        summary=SUMMARY,
        document_version=code_of_conduct,
        opens_at=in_days(1),
        closes_at=in_days(15),
    )

    code_of_conduct.refresh_from_db()
    assert code_of_conduct.status == DocumentVersion.Status.CONSULTATION
    assert consultation.created_by == governance_member
    assert AuditEntry.objects.filter(action="consultation.open", actor=governance_member).exists()


def test_opening_on_a_proposal_leaves_documents_alone(governance_member):
    consultation = consultation_open(
        actor=governance_member,
        title="Meet online",
        summary=SUMMARY,
        proposal="<p>Meet online.</p>",
        opens_at=in_days(1),
        closes_at=in_days(15),
    )

    assert consultation.document_version is None
    assert consultation.proposal == "<p>Meet online.</p>"


@pytest.mark.parametrize(
    ("opens", "closes", "field", "message"),
    [
        (5, 2, "closes_at", "The close must come after the opening."),
        (5, 5, "closes_at", "The close must come after the opening."),
        (-10, -1, "closes_at", "The close must be in the future."),
    ],
)
def test_opening_refuses_dates_out_of_order(governance_member, opens, closes, field, message):
    with pytest.raises(ConsultationError) as excinfo:
        consultation_open(
            actor=governance_member,
            title="Dates",
            summary=SUMMARY,
            proposal="<p>A proposal.</p>",
            opens_at=NOW + timedelta(days=opens),
            closes_at=NOW + timedelta(days=closes),
        )

    assert errors_of(excinfo) == {field: [message]}
    assert not Consultation.objects.exists()


def test_opening_needs_exactly_one_subject(governance_member, code_of_conduct):
    dates = {"opens_at": in_days(1), "closes_at": in_days(5), "summary": SUMMARY, "title": "T"}
    with pytest.raises(ConsultationError) as neither:
        consultation_open(actor=governance_member, proposal="<p>&nbsp;</p>", **dates)
    with pytest.raises(ConsultationError) as both:
        consultation_open(
            actor=governance_member,
            proposal="<p>A proposal.</p>",
            document_version=code_of_conduct,
            **dates,
        )

    assert "Choose a draft version" in errors_of(neither)["proposal"][0]
    assert "not both" in errors_of(both)["proposal"][0]
    code_of_conduct.refresh_from_db()
    assert code_of_conduct.status == DocumentVersion.Status.DRAFT


def test_only_a_draft_goes_out_to_consultation(governance_member):
    approved = DocumentVersionFactory(status="approved")

    with pytest.raises(ConsultationError) as excinfo:
        consultation_open(
            actor=governance_member,
            title="T",
            summary=SUMMARY,
            document_version=approved,
            opens_at=in_days(1),
            closes_at=in_days(5),
        )

    assert errors_of(excinfo) == {
        "document_version": ["Only a draft can go out to consultation; this version is “Approved”."]
    }


def test_a_second_version_of_a_document_cannot_go_out_while_one_is_in_consultation(
    governance_member, code_of_conduct
):
    DocumentVersionFactory(document=code_of_conduct.document, number=3, status="consultation")

    with pytest.raises(ConsultationError) as excinfo:
        consultation_open(
            actor=governance_member,
            title="T",
            summary=SUMMARY,
            document_version=code_of_conduct,
            opens_at=in_days(1),
            closes_at=in_days(5),
        )

    assert errors_of(excinfo) == {
        "document_version": ["Another version of this document is already in consultation."]
    }
    code_of_conduct.refresh_from_db()
    assert code_of_conduct.status == DocumentVersion.Status.DRAFT


def test_a_version_already_taken_by_a_consultation_is_refused_to_another(
    governance_member, code_of_conduct
):
    arguments = {
        "actor": governance_member,
        "title": "T",
        "summary": SUMMARY,
        "document_version": code_of_conduct,
        "opens_at": in_days(1),
        "closes_at": in_days(5),
    }
    consultation_open(**arguments)

    with pytest.raises(ConsultationError):
        consultation_open(**arguments)

    assert Consultation.objects.count() == 1


def test_changing_the_version_before_the_opening_gives_the_old_one_back(
    governance_member, code_of_conduct
):
    consultation = consultation_open(
        actor=governance_member,
        title="T",
        summary=SUMMARY,
        document_version=code_of_conduct,
        opens_at=in_days(1),
        closes_at=in_days(5),
    )
    other = DocumentVersionFactory()

    consultation_update(actor=governance_member, consultation=consultation, document_version=other)

    code_of_conduct.refresh_from_db()
    other.refresh_from_db()
    assert code_of_conduct.status == DocumentVersion.Status.DRAFT
    assert other.status == DocumentVersion.Status.CONSULTATION


def test_a_consultation_cannot_be_changed_or_withdrawn_once_open(governance_member, consultation):
    with pytest.raises(ConsultationError, match="cannot be changed once it has opened"):
        consultation_update(actor=governance_member, consultation=consultation, title="New")
    with pytest.raises(ConsultationError, match="cannot be withdrawn once it has opened"):
        consultation_withdraw(actor=governance_member, consultation=consultation)

    consultation.refresh_from_db()
    assert consultation.title != "New"


def test_withdrawing_before_the_opening_returns_the_version_to_the_drafts(
    governance_member, code_of_conduct
):
    consultation = consultation_open(
        actor=governance_member,
        title="T",
        summary=SUMMARY,
        document_version=code_of_conduct,
        opens_at=in_days(1),
        closes_at=in_days(5),
    )

    consultation_withdraw(actor=governance_member, consultation=consultation)

    code_of_conduct.refresh_from_db()
    assert code_of_conduct.status == DocumentVersion.Status.DRAFT
    assert not Consultation.objects.exists()


# --- Comments -----------------------------------------------------------------------------------


def test_full_and_supporting_members_comment_while_it_is_open(member, supporter, consultation):
    comment_add(consultation=consultation, author=member, body="  Yes, please.  ")
    comment_add(consultation=consultation, author=supporter, body="From a family member.")

    assert list(consultation.comments.values_list("body", flat=True)) == [
        "Yes, please.",
        "From a family member.",
    ]


@pytest.mark.parametrize("person", ["outsider", "lapsed", "full_member"])
def test_a_non_member_may_not_comment(request, person, consultation):
    # The full member fixture has the role but no membership here: the membership decides.
    with pytest.raises(ConsultationError) as excinfo:
        comment_add(consultation=consultation, author=request.getfixturevalue(person), body="Hi")

    assert errors_of(excinfo) == {
        "body": ["Only members of the network with an active membership may comment."]
    }
    assert not ConsultationComment.objects.exists()


def test_comments_are_refused_before_the_opening_and_after_the_close(member, upcoming, closed):
    with pytest.raises(ConsultationError, match="This consultation opens on"):
        comment_add(consultation=upcoming, author=member, body="Early")
    with pytest.raises(ConsultationError, match="comments are no longer taken"):
        comment_add(consultation=closed, author=member, body="Late")


def test_a_comment_is_plain_text_of_at_most_5000_characters(member, consultation):
    with pytest.raises(ConsultationError) as too_long:
        comment_add(consultation=consultation, author=member, body="x" * 5001)
    with pytest.raises(ConsultationError) as blank:
        comment_add(consultation=consultation, author=member, body="   ")

    assert "at most 5000 characters" in errors_of(too_long)["body"][0]
    assert errors_of(blank) == {"body": ["This field cannot be blank."]}
    comment_add(consultation=consultation, author=member, body="x" * 5000)


def test_hiding_a_comment_keeps_it_and_records_who(governance_member, consultation):
    comment = CommentFactory(consultation=consultation)

    comment_hide(actor=governance_member, comment=comment)

    comment.refresh_from_db()
    assert comment.is_hidden
    assert comment.hidden_by == governance_member
    comment_hide(actor=governance_member, comment=comment, hidden=False)
    comment.refresh_from_db()
    assert not comment.is_hidden
    assert comment.hidden_by is None


# --- Votes --------------------------------------------------------------------------------------


def test_a_full_member_votes_once_and_may_change_the_vote_until_the_close(member, consultation):
    first = vote_cast(consultation=consultation, voter=member, choice="support")
    with time_machine.travel(consultation.closes_at - timedelta(seconds=1)):
        second = vote_cast(consultation=consultation, voter=member, choice="oppose")

    assert first.pk == second.pk
    assert list(ConsultationVote.objects.values_list("choice", flat=True)) == ["oppose"]
    # The audit log tells that a vote was cast and changed, never which way.
    entries = AuditEntry.objects.filter(action__startswith="consultation.vote")
    assert sorted(entries.values_list("action", flat=True)) == [
        "consultation.vote",
        "consultation.vote.change",
    ]
    assert all("oppose" not in str(e.data) and "support" not in str(e.data) for e in entries)


def test_voting_after_the_close_is_refused(member, consultation):
    vote_cast(consultation=consultation, voter=member, choice="support")

    with time_machine.travel(consultation.closes_at), pytest.raises(ConsultationError) as excinfo:
        vote_cast(consultation=consultation, voter=member, choice="oppose")

    [message] = errors_of(excinfo)["choice"]
    assert message.startswith("Voting closed on ")
    assert message.endswith("votes can no longer be cast or changed.")
    assert ConsultationVote.objects.get().choice == "support"


def test_voting_before_the_opening_is_refused(member, upcoming):
    with pytest.raises(ConsultationError, match="This consultation opens on"):
        vote_cast(consultation=upcoming, voter=member, choice="support")


def test_a_supporting_member_may_not_vote(supporter, consultation):
    with pytest.raises(ConsultationError) as excinfo:
        vote_cast(consultation=consultation, voter=supporter, choice="support")

    assert errors_of(excinfo) == {
        "choice": ["Only full members vote. As a supporting member, you are welcome to comment."]
    }
    assert not ConsultationVote.objects.exists()


@pytest.mark.parametrize("person", ["outsider", "lapsed", "full_member", "governance_member"])
def test_only_an_active_full_membership_gives_a_vote(request, person, consultation):
    with pytest.raises(ConsultationError) as excinfo:
        vote_cast(
            consultation=consultation, voter=request.getfixturevalue(person), choice="support"
        )

    assert errors_of(excinfo) == {
        "choice": ["Only full members with an active membership may vote."]
    }


def test_an_unknown_choice_is_refused(member, consultation):
    with pytest.raises(ConsultationError, match="Choose support, oppose or abstain"):
        vote_cast(consultation=consultation, voter=member, choice="maybe")


def test_the_database_keeps_one_vote_per_member(member, consultation):
    from django.db import IntegrityError

    VoteFactory(consultation=consultation, voter=member)
    with pytest.raises(IntegrityError), transaction.atomic():
        VoteFactory(consultation=consultation, voter=member)


# --- Results ------------------------------------------------------------------------------------


def test_results_are_published_only_after_the_close(governance_member, consultation):
    with pytest.raises(ConsultationError) as excinfo:
        results_publish(actor=governance_member, consultation=consultation, summary=SUMMARY)

    [message] = errors_of(excinfo)["results_summary"]
    assert message.startswith("Results can be published only after the close, on ")
    consultation.refresh_from_db()
    assert consultation.results_published_at is None


def test_results_need_a_summary(governance_member, closed):
    with pytest.raises(ConsultationError) as excinfo:
        results_publish(actor=governance_member, consultation=closed, summary="<p> </p>")

    assert errors_of(excinfo) == {
        "results_summary": ["Write a summary of the results before publishing them."]
    }


def test_publishing_again_corrects_the_summary_and_keeps_the_first_time(governance_member, closed):
    first = results_publish(actor=governance_member, consultation=closed, summary=SUMMARY)
    published_at = first.results_published_at

    again = results_publish(
        actor=governance_member, consultation=closed, summary="<p>Corrected.</p>"
    )

    assert again.results_published_at == published_at
    assert again.results_published_by == governance_member
    assert again.results_summary == "<p>Corrected.</p>"


# --- The email when it opens --------------------------------------------------------------------


def wants_news(person, *, wants: bool = True, **membership):
    MembershipFactory(person=person, **membership)
    ProfileFactory(person=person, contact_opportunities=wants)
    return person


@pytest.fixture
def audience(db):
    """Who hears of a consultation: active members who asked to hear of opportunities."""
    return {
        "yes": wants_news(UserFactory(display_name="Wants Mail", email="yes@example.net")),
        "supporting": wants_news(
            UserFactory(display_name="Supporter Mail", email="sup@example.net"),
            membership_type="supporting",
        ),
        "no": wants_news(UserFactory(email="no@example.net"), wants=False),
        "lapsed": wants_news(
            UserFactory(email="lapsed@example.net"),
            status=Membership.Status.LAPSED,
            expires_at=timezone.now() - timedelta(days=1),
        ),
        "no_profile": MembershipFactory(person=UserFactory(email="bare@example.net")).person,
        "not_a_member": UserFactory(email="outside@example.net"),
    }


def recipients() -> list[str]:
    return sorted(address for email in OutboundEmail.objects.all() for address in email.to)


def test_opening_now_emails_the_members_who_asked_once_after_the_commit(
    governance_member, audience, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        consultation = consultation_open(
            actor=governance_member,
            title="Meet online",
            summary=SUMMARY,
            proposal="<p>Meet online.</p>",
            opens_at=timezone.now(),
            closes_at=in_days(14),
        )
        assert not OutboundEmail.objects.exists()  # nothing before the commit

    assert callbacks
    assert recipients() == ["sup@example.net", "yes@example.net"]
    email = OutboundEmail.objects.get(to=["yes@example.net"])
    assert email.subject == "Have your say: Meet online"
    consultation.refresh_from_db()
    assert consultation.announced_at is not None
    [sent] = [message for message in mail.outbox if message.to == ["yes@example.net"]]
    assert f"{settings.SITE_URL}/governance/consultations/{consultation.pk}/" in sent.body
    assert "asked to hear about opportunities to take part" in sent.body


def test_announcing_twice_emails_nobody_twice(audience, consultation):
    assert consultation_announce(consultation_id=consultation.pk) == 2
    assert consultation_announce(consultation_id=consultation.pk) == 0
    assert announce_consultation(consultation.pk) == 0
    # Even if the claim were reset, the notices stop a second email to anyone.
    Consultation.objects.filter(pk=consultation.pk).update(announced_at=None)
    assert consultation_announce(consultation_id=consultation.pk) == 0

    assert OutboundEmail.objects.count() == 2
    assert ConsultationNotice.objects.count() == 2


def test_a_consultation_opening_later_is_announced_by_the_beat_when_its_time_comes(
    governance_member, audience, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        consultation = consultation_open(
            actor=governance_member,
            title="Later",
            summary=SUMMARY,
            proposal="<p>Later.</p>",
            opens_at=in_days(2),
            closes_at=in_days(14),
        )
    assert announce_due_consultations() == 0
    assert not OutboundEmail.objects.exists()

    with time_machine.travel(consultation.opens_at + timedelta(minutes=5)):
        assert announce_due_consultations() == 2
        assert announce_due_consultations() == 0

    assert recipients() == ["sup@example.net", "yes@example.net"]


def test_the_email_is_written_in_the_members_language(audience, consultation):
    audience["yes"].preferred_language = "fr"
    audience["yes"].save()
    Consultation.objects.filter(pk=consultation.pk).update(title_fr="Se réunir en ligne")

    consultation_announce(consultation_id=consultation.pk)

    french = OutboundEmail.objects.get(to=["yes@example.net"])
    english = OutboundEmail.objects.get(to=["sup@example.net"])
    assert french.subject.endswith("Se réunir en ligne")
    assert english.subject == f"Have your say: {consultation.title}"


def test_moving_an_upcoming_opening_to_now_announces_it(
    governance_member, audience, upcoming, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        consultation_update(actor=governance_member, consultation=upcoming, opens_at=timezone.now())

    assert recipients() == ["sup@example.net", "yes@example.net"]


def test_a_closed_consultation_is_never_announced(audience, closed):
    assert announce_due_consultations() == 0
    assert consultation_announce(consultation_id=closed.pk) == 0
    assert not OutboundEmail.objects.exists()


def test_the_beat_runs_the_announcement_every_quarter_hour(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["announce-due-consultations"]
    assert entry["task"] == "governance.tasks.consultations.announce_due_consultations"
    assert entry["schedule"].minute == {0, 15, 30, 45}


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_announces_an_opening_once(reference_data, celery_worker, make_person):
    from network import roles

    chair = make_person(roles.GOVERNANCE_MEMBER, display_name="Chair")
    wants_news(UserFactory(email="yes@example.net"))
    wants_news(UserFactory(email="no@example.net"), wants=False)

    with transaction.atomic():
        consultation = consultation_open(
            actor=chair,
            title="Meet online",
            summary=SUMMARY,
            proposal="<p>Meet online.</p>",
            opens_at=timezone.now(),
            closes_at=in_days(14),
        )
        time.sleep(0.3)
        assert not OutboundEmail.objects.exists()  # the task waits for the commit

    assert wait_for(lambda: [m.to for m in mail.outbox] == [["yes@example.net"]]), mail.outbox
    consultation.refresh_from_db()
    assert consultation.announced_at is not None
    # A second run, as the beat would do, sends nothing more.
    announce_consultation.delay(consultation.pk).get(timeout=10)
    time.sleep(0.3)
    assert len(mail.outbox) == 1
    assert OutboundEmail.objects.get().status == OutboundEmail.Status.SENT


# --- The pages ----------------------------------------------------------------------------------


def detail_url(consultation) -> str:
    return reverse("governance:consultation", args=[consultation.pk])


def test_the_list_asks_for_sign_in_and_tells_non_members_membership_is_needed(
    client, outsider, lapsed
):
    url = reverse("governance:consultations")
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")

    response = sign_in(client, outsider).get(url, follow=True)
    assert response.redirect_chain[0][0] == reverse("members:apply")
    assert "These pages are for members of the network." in response.content.decode()

    response = sign_in(client, lapsed).get(url)
    assert response.status_code == 403
    assert "renew" in response.content.decode().lower()


def test_the_list_shows_open_upcoming_and_closed_consultations_in_pages(
    client, member, assert_page_queries
):
    for number in range(4):
        ConsultationFactory(title=f"Open {number}")
        ConsultationFactory(
            title=f"Upcoming {number}", opens_at=in_days(number + 1), closes_at=in_days(30)
        )
        ConsultationFactory(
            title=f"On a draft {number}", proposal="", document_version=DocumentVersionFactory()
        )
    for number in range(12):
        ConsultationFactory(
            title=f"Closed {number:02}", opens_at=in_days(-30), closes_at=in_days(-number - 1)
        )
    sign_in(client, member)

    response = assert_page_queries(reverse("governance:consultations"), LIST_QUERIES)

    page = response.content.decode()
    assert page.index("Open now") < page.index("Open 0") < page.index("Coming up")
    assert page.index("Coming up") < page.index("Upcoming 0") < page.index("Closed 00")
    assert "On a draft 3" in page
    assert "draft version" in page
    assert "Closed 09" in page
    assert "Closed 10" not in page
    second = client.get(reverse("governance:consultations") + "?page=2").content.decode()
    assert "Closed 10" in second
    assert "Closed 11" in second


@pytest.mark.parametrize("person", ["outsider", "lapsed", "full_member"])
def test_a_consultation_is_not_found_for_people_without_an_active_membership(
    client, request, person, consultation
):
    sign_in(client, request.getfixturevalue(person))

    assert client.get(detail_url(consultation)).status_code == 404
    comment = client.post(reverse("governance:consultation_comment", args=[consultation.pk]))
    assert comment.status_code == 404
    vote = client.post(reverse("governance:consultation_vote", args=[consultation.pk]))
    assert vote.status_code == 404


def test_a_consultation_asks_signed_out_people_to_sign_in(client, consultation):
    response = client.get(detail_url(consultation))

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_an_unknown_consultation_is_not_found(client, member):
    assert sign_in(client, member).get("/governance/consultations/999999/").status_code == 404


def test_the_page_shows_the_draft_its_dates_in_toronto_time_and_the_vote_form(
    client, member, governance_member, code_of_conduct
):
    with time_machine.travel("2026-03-02 14:00 -05:00"):
        consultation = consultation_open(
            actor=governance_member,
            title="Code of conduct v2",
            summary="<p>One addition.</p>",
            document_version=code_of_conduct,
            opens_at=timezone.now(),
            closes_at=timezone.now() + timedelta(days=14),
        )
        page = sign_in(client, member).get(detail_url(consultation)).content.decode()

    assert "<h1>Code of conduct v2</h1>" in page
    assert "<p>Draft two.</p>" in page
    assert "<p>One addition.</p>" in page
    assert "The draft: Code of conduct, version 2" in page
    assert "March 2, 2026, 2 p.m. EST" in page
    assert "March 16, 2026, 3 p.m. EDT" in page  # the same instant, after the clocks change
    assert 'name="choice"' in page
    assert "Only full members vote" not in page


def test_the_page_shows_what_the_draft_changes_from_the_approved_version(
    client, member, code_of_conduct
):
    consultation = ConsultationFactory(proposal="", document_version=code_of_conduct)

    page = sign_in(client, member).get(detail_url(consultation)).content.decode()

    assert "What changes from version 1" in page
    assert re.search(r"<del><span[^>]*>Removed:</span> Members treat one another", page)
    assert re.search(r"<ins><span[^>]*>Added:</span> Draft two.</ins>", page)


def test_the_page_links_to_a_comparison_the_member_may_open(client, member, code_of_conduct):
    DocumentVersion.objects.filter(pk=code_of_conduct.pk).update(status="consultation")
    consultation = ConsultationFactory(proposal="", document_version=code_of_conduct)
    compare = reverse("governance:document_compare", args=["code-of-conduct"]) + "?from=1&to=2"

    page = sign_in(client, member).get(detail_url(consultation)).content.decode()
    comparison = client.get(compare)

    assert compare.replace("&", "&amp;") in page
    assert comparison.status_code == 200
    assert "Added:" in comparison.content.decode()


def test_a_version_in_consultation_stays_hidden_from_people_who_are_not_members(
    client, outsider, code_of_conduct
):
    DocumentVersion.objects.filter(pk=code_of_conduct.pk).update(status="consultation")
    ConsultationFactory(proposal="", document_version=code_of_conduct)
    version = reverse("governance:document_version", args=["code-of-conduct", 2])

    assert client.get(version).status_code == 404
    assert sign_in(client, outsider).get(version).status_code == 404


def test_a_supporting_member_is_told_only_full_members_vote(client, supporter, consultation):
    page = sign_in(client, supporter).get(detail_url(consultation)).content.decode()

    assert "Only full members vote. As a supporting member, you are welcome to comment." in page
    assert 'name="choice"' not in page
    assert 'name="body"' in page


def test_comments_show_the_name_only_where_the_author_shows_it_to_members(
    client, member, consultation, assert_page_queries
):
    named = wants_news(UserFactory(display_name="Open Name"))
    named.profile.display_name_visibility = Visibility.MEMBERS
    named.profile.save()
    private = wants_news(UserFactory(display_name="Private Name"))
    CommentFactory(consultation=consultation, author=named, body="Named comment")
    CommentFactory(consultation=consultation, author=private, body="Private comment")
    CommentFactory(consultation=consultation, author=UserFactory(display_name="No Profile"))
    CommentFactory(consultation=consultation, body="Hidden one", is_hidden=True)
    for _ in range(20):
        CommentFactory(consultation=consultation, author=wants_news(UserFactory()))
    sign_in(client, member)

    page = assert_page_queries(detail_url(consultation), DETAIL_QUERIES).content.decode()

    assert "Open Name" in page
    assert "Private Name" not in page
    assert "No Profile" not in page
    assert page.count("A member") == 19  # 20 on the first page, one of them named
    assert "Hidden one" not in page
    assert "23 comments" in page
    second = client.get(detail_url(consultation) + "?page=2").content.decode()
    assert second.count("A member") == 3


def test_a_full_member_comments_and_sees_it(client, member, consultation):
    response = sign_in(client, member).post(
        reverse("governance:consultation_comment", args=[consultation.pk]),
        {"body": "Line one\nLine two <b>bold</b>"},
        follow=True,
    )

    page = response.content.decode()
    assert response.redirect_chain[-1][0].endswith(f"{detail_url(consultation)}#comments")
    assert "Thank you: your comment is posted." in page
    assert "Line one<br>Line two &lt;b&gt;bold&lt;/b&gt;" in page
    assert "River" in page  # the author sees their own name


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "Write your comment before sending it."),
        ("x" * 5001, "Keep your comment to 5000 characters (it has 5001)."),
    ],
)
def test_a_bad_comment_is_refused_at_its_field_with_the_text_kept(
    client, member, consultation, body, message
):
    response = sign_in(client, member).post(
        reverse("governance:consultation_comment", args=[consultation.pk]), {"body": body}
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert re.search(r'id="id_body_error".*?' + re.escape(message), page, re.S)
    assert f">\n{body}</textarea>" in page or f">{body}</textarea>" in page
    assert not ConsultationComment.objects.exists()


def test_commenting_after_the_close_is_refused_with_a_message(client, member, closed):
    response = sign_in(client, member).post(
        reverse("governance:consultation_comment", args=[closed.pk]), {"body": "Too late"}
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "comments are no longer taken" in page
    assert "Too late</textarea>" in page


def test_a_full_member_votes_then_changes_the_vote_and_sees_their_choice(
    client, member, consultation
):
    url = reverse("governance:consultation_vote", args=[consultation.pk])
    sign_in(client, member)

    first = client.post(url, {"choice": "support"}, follow=True).content.decode()
    assert "Your vote is recorded: Support." in first
    assert "Your vote: <strong>Support</strong>" in first
    assert re.search(r'value="support"[^>]*checked', first)

    second = client.post(url, {"choice": "abstain"}, follow=True).content.decode()
    assert "Your vote: <strong>Abstain</strong>" in second
    assert "Change your vote" in second
    assert ConsultationVote.objects.get().choice == "abstain"


def test_voting_after_the_close_is_refused_at_the_field(client, member, consultation):
    vote_cast(consultation=consultation, voter=member, choice="support")
    sign_in(client, member)

    with time_machine.travel(consultation.closes_at + timedelta(minutes=1)):
        response = client.post(
            reverse("governance:consultation_vote", args=[consultation.pk]), {"choice": "oppose"}
        )

    assert response.status_code == 400
    page = response.content.decode()
    assert re.search(r'id="id_choice_error".*?Voting closed on', page, re.S)
    assert re.search(r'value="oppose"[^>]*checked', page)  # what they chose is kept
    assert ConsultationVote.objects.get().choice == "support"


def test_a_supporting_member_posting_a_vote_gets_a_clear_refusal(client, supporter, consultation):
    response = sign_in(client, supporter).post(
        reverse("governance:consultation_vote", args=[consultation.pk]), {"choice": "support"}
    )

    assert response.status_code == 400
    assert "Only full members vote." in response.content.decode()
    assert not ConsultationVote.objects.exists()


def test_a_vote_without_a_choice_is_refused_at_the_field(client, member, consultation):
    response = sign_in(client, member).post(
        reverse("governance:consultation_vote", args=[consultation.pk]), {"choice": "maybe"}
    )

    assert response.status_code == 400
    assert "Choose support, oppose or abstain." in response.content.decode()


def test_nobody_sees_how_another_member_voted(client, member, make_person, consultation):
    from network import roles

    chair = make_person(roles.FULL_MEMBER, roles.GOVERNANCE_MEMBER, display_name="Chair Person")
    MembershipFactory(person=chair)
    vote_cast(consultation=consultation, voter=member, choice="oppose")

    page = sign_in(client, chair).get(detail_url(consultation)).content.decode()

    assert "Oppose</strong>" not in page
    assert "River" not in page
    assert "Your vote:" not in page


def test_results_show_counts_and_shares_after_publication_only(
    client, member, governance_member, assert_page_queries
):
    consultation = ConsultationFactory(opens_at=in_days(-10), closes_at=in_days(5))
    for choice in ["support", "support", "support", "oppose"]:
        voter = UserFactory()
        MembershipFactory(person=voter)
        vote_cast(consultation=consultation, voter=voter, choice=choice)
    sign_in(client, member)
    before = client.get(detail_url(consultation)).content.decode()
    assert "Results" not in before

    with time_machine.travel(consultation.closes_at + timedelta(days=1)):
        results_publish(
            actor=governance_member, consultation=consultation, summary="<p>Most agree.</p>"
        )
        page = assert_page_queries(detail_url(consultation), DETAIL_QUERIES).content.decode()

    assert '<th scope="row">Support</th>' in page
    assert re.search(r"Support</th>\s*<td[^>]*>3</td>\s*<td[^>]*>75.0 %</td>", page)
    assert re.search(r"Oppose</th>\s*<td[^>]*>1</td>\s*<td[^>]*>25.0 %</td>", page)
    assert re.search(r"Abstain</th>\s*<td[^>]*>0</td>\s*<td[^>]*>0.0 %</td>", page)
    assert "4 votes in all" in page
    assert "<p>Most agree.</p>" in page
    assert "Voting is closed." in page
    assert "You did not vote." in page


# --- The admin ----------------------------------------------------------------------------------


def admin_form(**fields) -> dict:
    data = {
        "title": "From the admin",
        "title_fr": "",
        "summary": SUMMARY,
        "summary_fr": "",
        "document_version": "",
        "proposal": "",
        "proposal_fr": "",
        "opens_at_0": "",
        "opens_at_1": "",
        "closes_at_0": "",
        "closes_at_1": "",
    }
    data.update(fields)
    return data


def dates(opens, closes) -> dict:
    local_opens, local_closes = timezone.localtime(opens), timezone.localtime(closes)
    return {
        "opens_at_0": local_opens.strftime("%Y-%m-%d"),
        "opens_at_1": local_opens.strftime("%H:%M:%S"),
        "closes_at_0": local_closes.strftime("%Y-%m-%d"),
        "closes_at_1": local_closes.strftime("%H:%M:%S"),
    }


def test_a_governance_member_opens_a_consultation_in_the_admin(
    client, governance_member, code_of_conduct
):
    response = sign_in(client, governance_member).post(
        "/admin/governance/consultation/add/",
        admin_form(document_version=code_of_conduct.pk, **dates(in_days(1), in_days(10))),
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    consultation = Consultation.objects.get()
    assert consultation.created_by == governance_member
    code_of_conduct.refresh_from_db()
    assert code_of_conduct.status == DocumentVersion.Status.CONSULTATION


def test_the_admin_shows_each_problem_at_its_field(client, governance_member):
    approved = DocumentVersionFactory(status="approved")
    response = sign_in(client, governance_member).post(
        "/admin/governance/consultation/add/",
        admin_form(proposal="<p>Also a proposal</p>", **dates(in_days(5), in_days(1))),
    )

    assert response.status_code == 400  # bad input: the form again, with its errors
    form = response.context["adminform"].form
    assert form.errors["closes_at"] == ["The close must come after the opening."]
    assert form.errors.get("__all__") is None
    # Only drafts are offered as subjects.
    assert approved not in form.fields["document_version"].queryset
    assert not Consultation.objects.exists()


def test_an_open_consultation_is_read_only_in_the_admin_with_counts_not_voters(
    client, governance_member, member, consultation
):
    vote_cast(consultation=consultation, voter=member, choice="oppose")
    CommentFactory(consultation=consultation)
    CommentFactory(consultation=consultation, is_hidden=True)
    sign_in(client, governance_member)

    listing = client.get("/admin/governance/consultation/").content.decode()
    change = client.get(f"/admin/governance/consultation/{consultation.pk}/change/")

    assert "2 (1 hidden)" in listing
    page = change.content.decode()
    assert 'name="title"' not in page
    assert "Oppose: 1" in page
    assert "River" not in page
    assert (
        client.post(
            f"/admin/governance/consultation/{consultation.pk}/delete/", {"post": "yes"}
        ).status_code
        == 403
    )
    assert Consultation.objects.filter(pk=consultation.pk).exists()


def test_deleting_an_upcoming_consultation_in_the_admin_frees_its_version(
    client, governance_member, code_of_conduct
):
    consultation = consultation_open(
        actor=governance_member,
        title="T",
        summary=SUMMARY,
        document_version=code_of_conduct,
        opens_at=in_days(1),
        closes_at=in_days(5),
    )

    response = sign_in(client, governance_member).post(
        f"/admin/governance/consultation/{consultation.pk}/delete/", {"post": "yes"}
    )

    assert response.status_code == 302
    code_of_conduct.refresh_from_db()
    assert code_of_conduct.status == DocumentVersion.Status.DRAFT


def test_results_are_published_from_the_admin_after_the_close_with_a_summary(
    client, governance_member, consultation
):
    url = f"/admin/governance/consultation/{consultation.pk}/results/"
    sign_in(client, governance_member)

    early = client.post(url, {"results_summary": SUMMARY, "results_summary_fr": ""})
    assert early.status_code == 400
    assert "only after the close" in early.content.decode()

    with time_machine.travel(consultation.closes_at + timedelta(hours=1)):
        empty = client.post(url, {"results_summary": "", "results_summary_fr": ""})
        assert empty.status_code == 400
        done = client.post(url, {"results_summary": SUMMARY, "results_summary_fr": ""})

    assert done.status_code == 302
    consultation.refresh_from_db()
    assert consultation.results_published_by == governance_member


def test_a_comment_is_hidden_from_the_admin(client, governance_member, member, consultation):
    comment = CommentFactory(consultation=consultation, body="Rude words")
    sign_in(client, governance_member)

    response = client.post(
        "/admin/governance/consultationcomment/",
        {"action": "hide_selected", "_selected_action": [comment.pk]},
    )

    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.is_hidden
    assert comment.hidden_by == governance_member
    page = sign_in(client, member).get(detail_url(consultation)).content.decode()
    assert "Rude words" not in page


def test_the_admin_never_lists_votes(client, network_admin):
    sign_in(client, network_admin)

    assert client.get("/admin/governance/consultationvote/").status_code == 404
    assert client.get("/admin/governance/consultationnotice/").status_code == 404


# --- Demo ---------------------------------------------------------------------------------------


def test_the_demo_runs_twice_and_has_an_open_and_a_closed_consultation():
    from network.demo import seed_demo

    seed_demo()
    seed_demo()

    open_now = Consultation.objects.get(title__startswith="Code of conduct, version 2")
    assert open_now.is_open
    assert open_now.document_version.document.slug == "code-of-conduct"
    assert open_now.document_version.number == 2
    assert open_now.document_version.status == DocumentVersion.Status.CONSULTATION
    assert open_now.comments.count() == 3
    assert open_now.votes.count() == 3
    closed = Consultation.objects.exclude(pk=open_now.pk).get()
    assert closed.is_closed
    assert closed.results_published
    assert closed.votes.count() == 4
    assert Consultation.objects.count() == 2
    assert DocumentVersion.objects.filter(document__slug="code-of-conduct").count() == 2


# --- Personal data ------------------------------------------------------------------------------


def test_my_data_lists_the_persons_comments_and_votes(client, member, consultation):
    comment_add(consultation=consultation, author=member, body="My own words")
    vote_cast(consultation=consultation, voter=member, choice="abstain")

    page = sign_in(client, member).get(reverse("members:my_data")).content.decode()

    assert "Your comments on consultations" in page
    assert "My own words" in page
    assert "Your votes in consultations (nobody else sees them)" in page
    assert "Abstain" in page


def test_closing_an_account_keeps_comments_and_votes_anonymous(member, consultation, audience):
    from members.services import account_close

    comment_add(consultation=consultation, author=member, body="Kept words")
    vote_cast(consultation=consultation, voter=member, choice="support")
    ConsultationNotice.objects.create(consultation=consultation, person=member)

    account_close(user=member)

    comment = ConsultationComment.objects.get()
    assert comment.body == "Kept words"
    assert comment.author.display_name != "River"
    assert ConsultationVote.objects.get().choice == "support"
    assert not ConsultationNotice.objects.filter(person=member).exists()


def test_saving_a_closed_consultation_in_the_admin_changes_nothing_and_complains_of_nothing(
    client, governance_member, closed
):
    response = sign_in(client, governance_member).post(
        f"/admin/governance/consultation/{closed.pk}/change/", {}
    )

    assert response.status_code == 302
    before = closed.closes_at
    closed.refresh_from_db()
    assert closed.closes_at == before
