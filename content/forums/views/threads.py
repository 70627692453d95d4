"""Forums views: the threads part. The categories, a category's threads, a thread's pages,
posting, quoting, editing, deleting, reactions, muting, and the community guidelines.

Every page asks `viewer_of(request)` (one query) who is reading; the selectors apply it (signed
out: sent to sign in; not allowed: 404) and the services refuse what the rules refuse.
"""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from network.middleware import SignInRequired
from network.ratelimit import RateLimit
from network.selectors import crisis_lines_published

from .. import markdown
from ..forms.threads import ReactionForm, ReplyForm, ThreadForm
from ..models import Post
from ..selectors import threads as selectors
from ..selectors.access import Viewer, viewer_of
from ..services import threads as services
from ..services.distress import distress_notice_for
from .posts_html import PostsHTML

# Posting: generous for a conversation, short for a flood.
POST_LIMIT = RateLimit(scope="forums:post", limit=10, window=10 * 60)
DRAFT_KEY = "forums_draft"
DISTRESS_NOTICE = "forums_distress_notice"


def _viewer(request: HttpRequest) -> Viewer:
    viewer = viewer_of(request)
    if not viewer.is_authenticated:
        raise SignInRequired
    return viewer


def _refused(request: HttpRequest, message: str, *, back: str, status: int = 403):
    return render(
        request, "forums/threads/refused.html", {"message": message, "back": back}, status=status
    )


def _safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


# --- Reading ------------------------------------------------------------------------------------


@transaction.non_atomic_requests  # reads only: no transaction round trips
@require_safe
def index(request: HttpRequest) -> HttpResponse:
    viewer = _viewer(request)
    categories = list(selectors.categories_for(viewer))
    return render(
        request,
        "forums/threads/index.html",
        {"categories": categories, "viewer": viewer},
    )


@transaction.non_atomic_requests  # reads only: no transaction round trips
@require_safe
def category(request: HttpRequest, slug: str) -> HttpResponse:
    viewer = _viewer(request)
    category = selectors.category_or_404(viewer, slug)
    page = selectors.category_threads(viewer, category, request.GET.get("page"))
    return render(
        request,
        "forums/threads/category.html",
        {
            "category": category,
            "page": page,
            "viewer": viewer,
            "may_write": viewer.may_write(category),
        },
    )


# No transaction: a GET writes at most one upsert (the read marker), in autocommit, so no
# BEGIN/SAVEPOINT round trips are added to the thread page.
@transaction.non_atomic_requests
@require_safe
def thread(request: HttpRequest, pk: int) -> HttpResponse:
    viewer = _viewer(request)
    thread = selectors.thread_or_404(viewer, pk)
    page = selectors.thread_page(thread, request.GET.get("page"))
    posts = selectors.thread_posts(viewer, thread, page)
    first_unread = (thread.last_read or 0) + 1
    # The help, privately, right after they posted something that may say they are in distress.
    distress_notice = request.session.pop(DISTRESS_NOTICE, None) is not None
    selectors.read_marker_advance(viewer, thread, min(page.end_index(), thread.last_number))
    category = thread.category
    may_moderate = viewer.may_moderate(category)
    may_reply = True
    refusal = ""
    try:
        services.check_may_reply(viewer, thread)
    except services.GuidelinesNotAccepted:
        pass
    except services.ForumError as error:
        may_reply = False
        refusal = str(error)
    html = PostsHTML(
        request=request,
        viewer=viewer,
        thread_pk=thread.pk,
        may_moderate=may_moderate,
        may_quote=may_reply,
    )
    unread = (
        f'<p class="post-list__unread" id="unread">{escape(_("New since your last visit"))}</p>'
    )
    posts_html = "".join(
        (unread if thread.last_read is not None and post.number == first_unread else "")
        + html.article(post)
        for post in posts
    )
    return render(
        request,
        "forums/threads/thread.html",
        {
            "category": category,
            "thread": thread,
            "page": page,
            "posts_html": mark_safe(posts_html),  # noqa: S308 (PostsHTML escapes what people typed)
            "viewer": viewer,
            "may_moderate": may_moderate,
            "may_reply": may_reply,
            # The class, not a form: the template calls it only when its cached rendering of
            # the empty form is missing (most requests never build the form).
            "reply_form": ReplyForm,
            "refusal": refusal,
            "distress_notice": distress_notice,
            "crisis_lines": list(crisis_lines_published()) if distress_notice else [],
        },
    )


@require_safe
def thread_unread(request: HttpRequest, pk: int) -> HttpResponse:
    viewer = _viewer(request)
    thread = selectors.thread_or_404(viewer, pk)
    number = selectors.first_unread_number(thread)
    return redirect(Post(thread_id=thread.pk, number=number).get_absolute_url())


@require_safe
def post_permalink(request: HttpRequest, pk: int) -> HttpResponse:
    post = selectors.post_or_404(_viewer(request), pk)
    return redirect(post.get_absolute_url())


@require_safe
def post_history(request: HttpRequest, pk: int) -> HttpResponse:
    """A post's earlier texts, for the moderators of its category."""
    viewer = _viewer(request)
    post = selectors.post_or_404(viewer, pk)
    if not viewer.may_moderate(post.thread.category):
        raise Http404
    revisions = post.revisions.select_related("edited_by")
    return render(
        request,
        "forums/threads/history.html",
        {
            "post": post,
            "thread": post.thread,
            "category": post.thread.category,
            "revisions": revisions,
        },
    )


# --- Writing ------------------------------------------------------------------------------------


def _draft_take(request: HttpRequest) -> dict | None:
    """The text typed before being sent to the guidelines, for this form only."""
    draft = request.session.get(DRAFT_KEY)
    if draft and draft.get("path") == request.path:
        del request.session[DRAFT_KEY]
        return draft["data"]
    return None


def _to_guidelines(request: HttpRequest, form) -> HttpResponse:
    """Keep what they typed, send them to the guidelines, and bring them back to it."""
    request.session[DRAFT_KEY] = {
        "path": request.path,
        "data": {name: form.data.get(name, "") for name in form.fields},
    }
    messages.info(request, _("Please read and accept the community guidelines first."))
    return redirect(f"{reverse('forums:guidelines')}?next={request.path}")


def _posted(request: HttpRequest, post: Post) -> HttpResponse:
    POST_LIMIT.count(request)
    if post.status == Post.Status.HELD:
        messages.info(
            request,
            _(
                "Thank you for your post. New members' first posts are read by a moderator "
                "before others see them; this usually takes less than a day."
            ),
        )
    if distress_notice_for(post):
        request.session[DISTRESS_NOTICE] = post.pk  # shown once, on the page they land on
    return redirect(post.get_absolute_url())


def _form_page(request, template: str, context: dict, status: int = 200) -> TemplateResponse:
    """A TemplateResponse, so the project's middleware answers an invalid form with 400."""
    return TemplateResponse(request, template, context, status=status)


def _rate_limited(request, template: str, context: dict) -> HttpResponse:
    context["form"].add_error(
        None, _("You have posted a lot in a short time. Please wait a few minutes and try again.")
    )
    return _form_page(request, template, context, status=429)


@require_http_methods(["GET", "POST"])
def thread_new(request: HttpRequest, slug: str) -> HttpResponse:
    viewer = _viewer(request)
    category = selectors.category_or_404(viewer, slug)
    back = category.get_absolute_url()
    try:
        services.check_may_start(viewer, category)
    except services.GuidelinesNotAccepted:
        pass
    except services.ForumError as error:
        return _refused(request, str(error), back=back)
    template = "forums/threads/thread_form.html"
    if request.method == "GET":
        form = ThreadForm(initial=_draft_take(request))
        return _form_page(request, template, {"form": form, "category": category, "viewer": viewer})
    form = ThreadForm(request.POST)
    context = {"form": form, "category": category, "viewer": viewer}
    if not form.is_valid():
        return _form_page(request, template, context)
    if POST_LIMIT.exceeded(request):
        return _rate_limited(request, template, context)
    try:
        post = services.thread_start(
            viewer=viewer,
            author=request.user,
            category=category,
            title=form.cleaned_data["title"],
            body=form.cleaned_data["body"],
            content_warning=form.cleaned_data["content_warning"],
        )
    except services.GuidelinesNotAccepted:
        return _to_guidelines(request, form)
    except services.ForumError as error:
        form.add_error(None, str(error))
        return _form_page(request, template, context, status=403)
    return _posted(request, post)


def _quoted(viewer: Viewer, thread, pk) -> Post | None:
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        return None
    post = Post.objects.select_related("author").filter(pk=pk, thread=thread).first()
    if post is None:
        return None
    if post.status == Post.Status.HELD and not viewer.may_moderate(thread.category):
        return None
    return post


@require_http_methods(["GET", "POST"])
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    viewer = _viewer(request)
    thread = selectors.thread_or_404(viewer, pk)
    back = thread.get_absolute_url()
    try:
        services.check_may_reply(viewer, thread)
    except services.GuidelinesNotAccepted:
        pass
    except services.ForumError as error:
        return _refused(request, str(error), back=back)
    template = "forums/threads/reply_form.html"
    context = {"thread": thread, "category": thread.category, "viewer": viewer}
    if request.method == "GET":
        initial = _draft_take(request)
        quoted = _quoted(viewer, thread, request.GET.get("quote"))
        if initial is None and quoted is not None:
            try:
                services.check_quotable(viewer, quoted, thread)
            except services.ForumError as error:
                context["quote_refused"] = str(error)
            else:
                initial = {
                    "body": markdown.quote(quoted.body, _author_name(quoted)),
                    "quote_of": quoted.pk,
                }
        context["form"] = ReplyForm(initial=initial)
        return _form_page(request, template, context)
    form = ReplyForm(request.POST)
    context["form"] = form
    if not form.is_valid():
        return _form_page(request, template, context)
    quoted = None
    if form.cleaned_data.get("quote_of"):
        quoted = _quoted(viewer, thread, form.cleaned_data["quote_of"])
        if quoted is None:
            form.add_error("body", _("The post you quoted is not in this thread."))
            return _form_page(request, template, context)
    if POST_LIMIT.exceeded(request):
        return _rate_limited(request, template, context)
    try:
        post = services.post_reply(
            viewer=viewer,
            author=request.user,
            thread=thread,
            body=form.cleaned_data["body"],
            content_warning=form.cleaned_data["content_warning"],
            quote_of=quoted,
        )
    except services.GuidelinesNotAccepted:
        return _to_guidelines(request, form)
    except services.ForumError as error:
        form.add_error("body", str(error))
        return _form_page(request, template, context)
    return _posted(request, post)


def _author_name(post: Post) -> str:
    if post.author is None or post.author.closed_at is not None:
        return _("Former member")
    return post.author.display_name


@require_http_methods(["GET", "POST"])
def post_edit(request: HttpRequest, pk: int) -> HttpResponse:
    viewer = _viewer(request)
    post = selectors.post_or_404(viewer, pk)
    if not services.may_edit(viewer, post):
        raise Http404  # not theirs to edit: as if it did not exist for them
    template = "forums/threads/edit_form.html"
    if request.method == "GET":
        form = ReplyForm(initial={"body": post.body, "content_warning": post.content_warning})
    else:
        form = ReplyForm(request.POST)
        if form.is_valid():
            try:
                services.post_edit(
                    viewer=viewer,
                    editor=request.user,
                    post=post,
                    body=form.cleaned_data["body"],
                    content_warning=form.cleaned_data["content_warning"],
                )
            except services.ForumError as error:
                form.add_error("body", str(error))
            else:
                messages.success(request, _("Your changes are saved."))
                return redirect(post.get_absolute_url())
    return _form_page(
        request,
        template,
        {"form": form, "post": post, "thread": post.thread, "category": post.thread.category},
    )


@require_http_methods(["GET", "POST"])
def post_delete(request: HttpRequest, pk: int) -> HttpResponse:
    viewer = _viewer(request)
    post = selectors.post_or_404(viewer, pk)
    if post.author_id != viewer.pk or post.deleted_at is not None:
        raise Http404
    if request.method == "POST":
        services.post_delete(viewer=viewer, person=request.user, post=post)
        messages.success(request, _("Your post is deleted."))
        return redirect(post.get_absolute_url())
    return render(
        request,
        "forums/threads/delete_confirm.html",
        {"post": post, "thread": post.thread, "category": post.thread.category},
    )


@require_POST
def react(request: HttpRequest, pk: int) -> HttpResponse:
    viewer = _viewer(request)
    post = selectors.post_or_404(viewer, pk)
    form = ReactionForm(request.POST)
    if not form.is_valid():
        return _refused(
            request,
            _("Choose one of the reactions offered."),
            back=post.get_absolute_url(),
            status=400,
        )
    try:
        services.reaction_toggle(
            viewer=viewer, person=request.user, post=post, kind=form.cleaned_data["kind"]
        )
    except services.ForumError as error:
        return _refused(request, str(error), back=post.get_absolute_url(), status=400)
    if request.htmx:
        post = selectors.post_annotated(viewer, post)
        form = PostsHTML(request=request, viewer=viewer).reactions_form(post)
        return HttpResponse(form)
    return redirect(post.get_absolute_url())


@require_POST
def mute(request: HttpRequest, pk: int) -> HttpResponse:
    viewer = _viewer(request)
    person = selectors.person_or_404(viewer, pk)
    back = _safe_next(request, reverse("forums:index"))
    try:
        muted = services.mute_toggle(person=request.user, muted=person)
    except services.ForumError as error:
        return _refused(request, str(error), back=back, status=400)
    if muted:
        messages.success(
            request,
            _("You muted %(name)s: their posts are collapsed for you. Only you see this.")
            % {"name": person.display_name},
        )
    else:
        messages.success(request, _("%(name)s is no longer muted.") % {"name": person.display_name})
    return HttpResponseRedirect(back)


@require_http_methods(["GET", "POST"])
def guidelines(request: HttpRequest) -> HttpResponse:
    viewer = _viewer(request)
    back = _safe_next(request, reverse("forums:index"))
    if request.method == "POST":
        services.guidelines_accept(person=request.user)
        messages.success(request, _("Thank you. Welcome to the forums."))
        return HttpResponseRedirect(back)
    return render(
        request,
        "forums/threads/guidelines.html",
        {"viewer": viewer, "next": back, "may_accept": viewer.is_member or viewer.is_admin},
    )
