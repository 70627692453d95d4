"""The forums' moderation part: reporting, the moderation queue and its actions, the log, and
who may reach them (a category's moderators and network administrators; everyone else 404)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from guardian.shortcuts import assign_perm

from content.forums.models import (
    DistressFlag,
    ForumProfile,
    ModerationAction,
    Post,
    Report,
    Rule,
    Thread,
    WatchedPhrase,
)
from content.forums.selectors.access import viewer_of
from content.forums.tests.factories import CategoryFactory, PostFactory, ThreadFactory
from content.forums.views.moderation import REPORT_LIMIT
from network.models import CrisisLine
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

Kind = ModerationAction.Kind


@pytest.fixture
def category(forum_moderator):
    category = CategoryFactory(slug="peer-talk", name="Peer talk")
    assign_perm("forums.moderate_category", forum_moderator, category)
    return category


@pytest.fixture
def other_category(make_person):
    """Another category, with its own moderator."""
    from network import roles

    category = CategoryFactory(slug="families", name="Families")
    other = make_person(roles.FULL_MEMBER, roles.FORUM_MODERATOR, display_name="Other Mod")
    assign_perm("forums.moderate_category", other, category)
    return category


@pytest.fixture
def thread(category):
    return ThreadFactory(category=category, posts=2, title="Getting through the winter")


@pytest.fixture
def post(thread):
    return thread.posts.get(number=2)


def _report(client, post, reason="harassment", note=""):
    return client.post(reverse("forums:report", args=[post.pk]), {"reason": reason, "note": note})


# --- Reporting ---------------------------------------------------------------------------------


def test_a_member_reports_a_post_once_and_a_second_report_is_a_kind_message(
    client_for, full_member, post
):
    client = client_for(full_member)

    first = _report(client, post, note="Name-calling in the second line.")
    second = _report(client, post, reason="spam")

    # The second lands on the acknowledgement: reported already, nothing saved twice.
    assert first.status_code == 302
    assert second.status_code == 200
    assert "You reported this post: Harassment" in second.content.decode()
    report = Report.objects.get()
    assert (report.reason, report.reporter, report.note) == (
        "harassment",
        full_member,
        "Name-calling in the second line.",
    )
    page = client.get(reverse("forums:report", args=[post.pk]))
    assert "your report is with the moderators" in page.content.decode()
    assert "Harassment" in page.content.decode()


def test_reporting_the_same_post_twice_at_once_never_fails(full_member, post, rf):
    from content.forums.services.moderation import AlreadyReported, report_submit

    request = rf.get("/")
    request.user = full_member
    viewer = viewer_of(request)
    report_submit(viewer=viewer, reporter=full_member, post=post, reason="spam")

    with pytest.raises(AlreadyReported):
        report_submit(viewer=viewer, reporter=full_member, post=post, reason="other")
    assert Report.objects.count() == 1


def test_a_report_without_a_reason_is_refused_with_the_note_kept(client_for, full_member, post):
    response = client_for(full_member).post(
        reverse("forums:report", args=[post.pk]), {"note": "Please look at this"}
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "Choose why you are reporting this post." in html
    assert "Please look at this" in html
    assert not Report.objects.exists()


def test_a_report_of_distress_flags_the_post_at_once_and_shows_the_reporter_the_help(
    client_for, full_member, post, django_capture_on_commit_callbacks
):
    CrisisLine.objects.create(name="Suicide Crisis Helpline", phone="988", is_crisis_line=True)
    client = client_for(full_member)

    with django_capture_on_commit_callbacks(execute=True):
        _report(client, post, reason="distress")
    page = client.get(reverse("forums:report", args=[post.pk]))

    flag = DistressFlag.objects.get()
    assert (flag.post, flag.source, flag.report) == (post, "report", Report.objects.get())
    assert flag.notified_at is not None  # the task ran (eagerly here)
    assert "Suicide Crisis Helpline" in page.content.decode()
    assert "Thank you for looking out for them" in page.content.decode()
    assert Post.objects.get(pk=post.pk).status == Post.Status.VISIBLE  # never hidden for it


def test_reports_are_rate_limited_and_the_form_comes_back_with_what_was_typed(
    client_for, full_member, category
):
    thread = ThreadFactory(category=category, posts=REPORT_LIMIT + 2)
    posts = list(thread.posts.order_by("number"))
    client = client_for(full_member)
    for post in posts[:REPORT_LIMIT]:
        assert _report(client, post).status_code == 302

    response = _report(client, posts[REPORT_LIMIT], note="One more, sorry")

    assert response.status_code == 429
    assert "One more, sorry" in response.content.decode()
    assert Report.objects.count() == REPORT_LIMIT


def test_a_post_in_a_category_one_cannot_read_cannot_be_reported(
    client_for, supporting_member, forum_moderator
):
    peer_only = CategoryFactory(read_rule=Rule.FULL_MEMBERS, write_rule=Rule.FULL_MEMBERS)
    post = ThreadFactory(category=peer_only).posts.get()

    assert _report(client_for(supporting_member), post).status_code == 404
    assert client_for(None).get(reverse("forums:report", args=[post.pk])).status_code == 302
    assert not Report.objects.exists()


# --- Who reaches the moderation pages --------------------------------------------------------


def _moderation_requests(category, thread, post, report, flag):
    """Every moderation page and action of `category`, as (method, url, data)."""
    return [
        ("get", reverse("forums:moderation_category", args=[category.slug]), None),
        ("get", reverse("forums:moderation_log", args=[category.slug]), None),
        ("get", reverse("forums:moderation_warn", args=[post.pk]), None),
        ("post", reverse("forums:moderation_warn", args=[post.pk]), {"message": "Please stop."}),
        ("get", reverse("forums:moderation_suspend", args=[post.pk]), None),
        ("post", reverse("forums:moderation_suspend", args=[post.pk]), {"days": 7, "note": "x"}),
        ("post", reverse("forums:moderation_post", args=[post.pk]), {"action": "hide"}),
        ("post", reverse("forums:moderation_dismiss", args=[report.pk]), {}),
        ("post", reverse("forums:moderation_respond", args=[flag.pk]), {}),
        ("post", reverse("forums:moderation_thread", args=[thread.pk]), {"action": "lock"}),
        ("get", reverse("forums:moderation_move", args=[thread.pk]), None),
    ]


@pytest.fixture
def reported(full_member, post):
    report = Report.objects.create(post=post, reporter=full_member, reason="distress")
    flag = DistressFlag.objects.create(post=post, source="report", report=report)
    return report, flag


@pytest.mark.parametrize("who", ["other_moderator", "member"])
def test_only_the_categorys_moderators_reach_its_moderation_pages_and_actions(
    who, client_for, category, other_category, thread, post, reported, supporting_member
):
    from content.forums.selectors.access import moderators_of

    person = moderators_of(other_category).get() if who == "other_moderator" else supporting_member
    client = client_for(person)

    for method, url, data in _moderation_requests(category, thread, post, *reported):
        response = getattr(client, method)(url, data or {})
        assert response.status_code == 404, (method, url, response.status_code)

    assert not ModerationAction.objects.exists()
    assert Post.objects.get(pk=post.pk).status == Post.Status.VISIBLE
    assert Report.objects.get().status == Report.Status.OPEN
    assert DistressFlag.objects.get().first_response_at is None
    assert not Thread.objects.get(pk=thread.pk).is_locked
    assert not mail.outbox


def test_the_moderation_index_is_404_for_members_who_moderate_nothing(
    client_for, supporting_member, category
):
    client = client_for(supporting_member)
    assert client.get(reverse("forums:moderation")).status_code == 404
    assert client.get(reverse("forums:distress_flags")).status_code == 404


def test_the_moderation_index_lists_only_the_categories_one_moderates(
    client_for, forum_moderator, category, other_category, reported
):
    html = client_for(forum_moderator).get(reverse("forums:moderation")).content.decode()

    assert "Peer talk" in html
    assert "Families" not in html


# --- Actions, each in the log ----------------------------------------------------------------


def _act(client, name, pk, data):
    return client.post(reverse(f"forums:{name}", args=[pk]), data)


def test_approving_a_held_post_shows_it_counts_it_and_logs_it(
    client_for, forum_moderator, thread, category
):
    author = UserFactory()
    held = PostFactory(thread=thread, author=author, status=Post.Status.HELD)
    Thread.objects.filter(pk=thread.pk).update(post_count=2)

    response = _act(client_for(forum_moderator), "moderation_post", held.pk, {"action": "approve"})

    assert response.status_code == 302
    assert Post.objects.get(pk=held.pk).status == Post.Status.VISIBLE
    assert Thread.objects.get(pk=thread.pk).post_count == 3
    assert ForumProfile.objects.get(person=author).approved_posts == 1
    action = ModerationAction.objects.get()
    assert (action.kind, action.moderator, action.post, action.member, action.category) == (
        Kind.APPROVE,
        forum_moderator,
        held,
        author,
        category,
    )


def test_hiding_and_showing_a_post_again_are_logged_and_close_its_reports(
    client_for, forum_moderator, post, reported
):
    client = client_for(forum_moderator)

    _act(client, "moderation_post", post.pk, {"action": "hide", "note": "Private details"})
    assert Post.objects.get(pk=post.pk).status == Post.Status.HIDDEN
    assert Report.objects.get().status == Report.Status.ACTIONED
    _act(client, "moderation_post", post.pk, {"action": "unhide"})

    assert Post.objects.get(pk=post.pk).status == Post.Status.VISIBLE
    kinds = list(ModerationAction.objects.order_by("pk").values_list("kind", "note"))
    assert kinds == [(Kind.HIDE, "Private details"), (Kind.UNHIDE, "")]


def test_dismissing_a_report_closes_it_and_logs_it(client_for, forum_moderator, post, reported):
    report, _flag = reported

    _act(client_for(forum_moderator), "moderation_dismiss", report.pk, {"note": "A quote"})

    report.refresh_from_db()
    assert (report.status, report.handled_by) == (Report.Status.DISMISSED, forum_moderator)
    assert ModerationAction.objects.get().kind == Kind.DISMISS
    assert Post.objects.get(pk=post.pk).status == Post.Status.VISIBLE


def test_a_warning_emails_the_member_the_moderators_words_and_is_logged(
    client_for, forum_moderator, post, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _act(
            client_for(forum_moderator),
            "moderation_warn",
            post.pk,
            {"message": "Please keep other members' names out of your posts."},
        )

    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [[post.author.email]]
    assert "Please keep other members' names out of your posts." in mail.outbox[0].body
    action = ModerationAction.objects.get()
    assert (action.kind, action.member) == (Kind.WARN, post.author)


def test_a_warning_without_words_is_refused_at_the_field(client_for, forum_moderator, post):
    response = _act(client_for(forum_moderator), "moderation_warn", post.pk, {"message": ""})

    assert response.status_code == 400
    assert "Write the message the member will receive." in response.content.decode()
    assert not ModerationAction.objects.exists()


def test_suspending_posting_stops_the_member_writing_for_the_days_chosen(
    client_for, forum_moderator, thread, category, supporting_member
):
    post = PostFactory(thread=thread, author=supporting_member)
    request = RequestFactory().get("/")
    request.user = supporting_member
    assert viewer_of(request).may_write(category)

    response = _act(
        client_for(forum_moderator),
        "moderation_suspend",
        post.pk,
        {"days": "7", "note": "Repeated insults after a warning."},
    )

    assert response.status_code == 302
    until = ForumProfile.objects.get(person=post.author).posting_suspended_until
    assert timedelta(days=6, hours=23) < until - timezone.now() <= timedelta(days=7)
    request = RequestFactory().get("/")
    request.user = supporting_member
    viewer = viewer_of(request)
    assert viewer.may_read(category)
    assert not viewer.may_write(category)
    action = ModerationAction.objects.get()
    assert (action.kind, action.member) == (Kind.SUSPEND, post.author)
    assert "7 days" in action.note


def test_a_suspension_of_another_length_is_refused_at_the_field(client_for, forum_moderator, post):
    response = _act(client_for(forum_moderator), "moderation_suspend", post.pk, {"days": "365"})

    assert response.status_code == 400
    assert not ForumProfile.objects.filter(posting_suspended_until__isnull=False).exists()


def test_pinning_and_locking_a_thread_are_logged(client_for, forum_moderator, thread):
    client = client_for(forum_moderator)

    _act(client, "moderation_thread", thread.pk, {"action": "pin"})
    _act(client, "moderation_thread", thread.pk, {"action": "lock"})
    _act(client, "moderation_thread", thread.pk, {"action": "unlock"})

    thread.refresh_from_db()
    assert thread.is_pinned
    assert not thread.is_locked
    assert list(ModerationAction.objects.order_by("pk").values_list("kind", flat=True)) == [
        Kind.PIN,
        Kind.LOCK,
        Kind.LOCK,
    ]


def test_a_thread_moves_only_to_a_category_the_moderator_moderates(
    client_for, forum_moderator, thread, category, other_category
):
    mine = CategoryFactory(slug="recovery-stories")
    assign_perm("forums.moderate_category", forum_moderator, mine)
    client = client_for(forum_moderator)

    refused = _act(client, "moderation_move", thread.pk, {"category": other_category.pk})
    moved = _act(client, "moderation_move", thread.pk, {"category": mine.pk})

    assert refused.status_code == 400
    assert "Choose one of the categories you moderate." in refused.content.decode()
    assert moved.status_code == 302
    assert Thread.objects.get(pk=thread.pk).category == mine
    logged = ModerationAction.objects.filter(kind=Kind.MOVE)
    assert sorted(logged.values_list("category", flat=True)) == sorted([category.pk, mine.pk])


def test_the_first_response_to_a_distress_flag_is_recorded_once(
    client_for, forum_moderator, network_admin, post, reported
):
    _report, flag = reported
    _act(client_for(forum_moderator), "moderation_respond", flag.pk, {"note": "Replied kindly"})
    first = DistressFlag.objects.get(pk=flag.pk)

    again = _act(client_for(network_admin), "moderation_post", post.pk, {"action": "hide"})

    assert again.status_code == 302
    flag.refresh_from_db()
    assert flag.first_responder == forum_moderator
    assert flag.first_response_at == first.first_response_at
    assert ModerationAction.objects.filter(kind=Kind.RESPOND).count() == 1


def test_any_action_on_a_flagged_post_records_the_first_response(
    client_for, forum_moderator, post, reported
):
    report, flag = reported

    _act(client_for(forum_moderator), "moderation_dismiss", report.pk, {})

    flag.refresh_from_db()
    assert flag.first_responder == forum_moderator
    assert flag.first_response_at is not None


# --- Pages -----------------------------------------------------------------------------------


def _fill_queue(category, count: int) -> None:
    reporter_pool = [UserFactory() for _ in range(3)]
    for index in range(count):
        thread = ThreadFactory(category=category, posts=1)
        post = thread.posts.get()
        report = Report.objects.create(
            post=post, reporter=reporter_pool[index % 3], reason="distress", note="Worried"
        )
        DistressFlag.objects.create(post=post, source="report", report=report)
        PostFactory(thread=thread, status=Post.Status.HELD)


@pytest.mark.parametrize("count", [2, 30])
def test_the_queue_runs_the_same_queries_whatever_waits(
    client_for, forum_moderator, category, count, assert_page_queries
):
    _fill_queue(category, count)
    client_for(forum_moderator)

    response = assert_page_queries(reverse("forums:moderation_category", args=[category.slug]), 12)

    html = response.content.decode()
    assert html.count('class="card moderation-item') == 3 * count
    assert "Worried" in html


@pytest.mark.parametrize("count", [2, 60])
def test_the_log_paginates_and_runs_the_same_queries_whatever_its_length(
    client_for, forum_moderator, category, thread, count, assert_page_queries
):
    post = thread.posts.get(number=2)
    ModerationAction.objects.bulk_create(
        ModerationAction(
            category=category,
            moderator=forum_moderator,
            kind=Kind.HIDE,
            thread=thread,
            post=post,
            member=post.author,
            note=f"Note {index}",
        )
        for index in range(count)
    )
    client_for(forum_moderator)

    response = assert_page_queries(reverse("forums:moderation_log", args=[category.slug]), 10)

    assert response.content.decode().count("<tr>") == min(count, 25) + 1


@pytest.mark.parametrize("count", [2, 40])
def test_the_distress_flags_page_shows_response_times_in_flat_queries(
    client_for, forum_moderator, category, count, assert_page_queries
):
    _fill_queue(category, count)
    DistressFlag.objects.update(first_response_at=timezone.now(), first_responder=forum_moderator)
    client_for(forum_moderator)

    response = assert_page_queries(reverse("forums:distress_flags"), 10)

    assert "Median time to a first response" in response.content.decode()


def test_the_moderation_index_runs_one_query_for_its_counts(
    client_for, forum_moderator, category, assert_page_queries
):
    _fill_queue(category, 5)
    client_for(forum_moderator)

    response = assert_page_queries(reverse("forums:moderation"), 8)

    assert "Peer talk" in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_the_demo_has_open_reports_a_distress_flag_and_a_held_post_and_seeds_once(reference_data):
    from network.demo import seed_demo

    seed_demo()
    seed_demo()

    assert set(Report.objects.values_list("reason", flat=True)) >= {
        "distress",
        "harassment",
        "spam",
    }
    assert DistressFlag.objects.filter(first_response_at__isnull=True).count() == 1
    assert Post.objects.filter(status=Post.Status.HELD).exists()
    assert ModerationAction.objects.count() >= 2
    assert set(WatchedPhrase.objects.values_list("language", flat=True)) == {"en", "fr"}
