"""The posts of the thread page, written as HTML in Python.

The thread page must serve 240 requests a second on two cores (issue 8), and it shows 20 posts.
In the template, each post cost a few dozen nodes, a dozen translations and reversed URLs, and
an include: more than the rest of the page. Here the words are translated and the URLs reversed
once per language for the life of the process (`_words`), a post's time is formatted once
(`_when`), and each post is one string built from them (`PostsHTML.article`).

What a post shows, and to whom, is the same as the template showed:
- the author by display name only ("Former member" once their account is closed), the
  permalink, the time, "edited" (with the history link for moderators), "Waiting for a
  moderator" on a held post;
- the text, sanitized when stored (nh3), behind its content warning if it has one, and
  collapsed if the reader muted its author; a deleted post, or a hidden one for those who do not
  moderate, shows only a line saying so;
- the reactions, and the actions the reader may take: quote, edit, delete, mute, report (the
  link says "Reported" once the reader has); the category's moderators get their tools from
  `forums/moderation/_post_tools.html`.

Every value that comes from a person is escaped here; the labels are escaped once per page.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache, lru_cache

from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.template.loader import get_template
from django.urls import get_script_prefix, reverse
from django.utils.dateformat import format as date_format
from django.utils.formats import get_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import localtime
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ..models import ContentWarning, Post, Reaction
from ..selectors.access import Viewer

SENTINEL = "2147483647"
URL_NAMES = ("post", "post_edit", "post_delete", "post_history", "react", "mute", "report")


def csrf_input(request: HttpRequest) -> str:
    """One hidden CSRF field for every form of the page (one masked token is as safe as many)."""
    return f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(get_token(request))}">'


@cache
def _words(language: str, script_prefix: str) -> dict:
    """What every post of every page shows, translated and reversed once per language for the
    life of the process: a post's URLs are one reversed pattern formatted with its pk, its
    labels one translated pattern formatted with its number."""
    return {
        "urls": {
            name: reverse(f"forums:{name}", args=[SENTINEL]).replace(SENTINEL, "{}")
            for name in URL_NAMES
        },
        # The msgids the template's {% translate %} and {% blocktranslate trimmed %} had.
        "permalink": _('<span class="visually-hidden">Post </span>#%(number)s'),
        "quote_label": _('Quote<span class="visually-hidden"> post %(number)s</span>'),
        "edit_label": _('Edit<span class="visually-hidden"> post %(number)s</span>'),
        "delete_label": _('Delete<span class="visually-hidden"> post %(number)s</span>'),
        "report_label": _('Report<span class="visually-hidden"> post %(number)s</span>'),
        "reactions_label": _("Reactions to post %(number)s"),
        "mute_label": _("Mute %(name)s"),
        "unmute_label": _("Unmute %(name)s"),
        "muted_summary": _("You muted %(name)s: show this post"),
        "former_member": escape(_("Former member")),
        "reported_label": _('Reported<span class="visually-hidden"> post %(number)s</span>'),
        "edited": escape(_("edited")),
        "history": escape(_("history")),
        "waiting": escape(_("Waiting for a moderator")),
        "deleted": escape(_("This post was deleted by its author.")),
        "hidden": escape(_("This post was hidden by a moderator.")),
        "hidden_badge": escape(_("Hidden from readers by a moderator")),
        "held_note": escape(
            _(
                "Only you and the moderators see this post until a moderator approves it. "
                "Thank you for your patience."
            )
        ),
        # str(): the choices' labels are lazy, and escape() keeps them lazy (translated again
        # at each use).
        "kinds": [(kind, escape(str(label))) for kind, label in Reaction.Kind.choices],
        "warnings": {
            value: _("Content warning: %(warning)s. Open to read") % {"warning": escape(str(label))}
            for value, label in ContentWarning.choices
        },
    }


@lru_cache(maxsize=8192)
def _when(created: datetime, timezone_name: str, language: str) -> str:
    """A post's time as the reader's language writes it. Formatting a date is slow (each part
    of the format, translated month names) and a post's time never changes, so each is kept,
    by instant, time zone and language (the 8,192 most recent)."""
    return date_format(created, get_format("DATETIME_FORMAT"))


class PostsHTML:
    """The posts of one page, for one reader (`article`), from the words of their language
    (`_words`)."""

    def __init__(
        self,
        *,
        request: HttpRequest,
        viewer: Viewer,
        thread_pk: int | None = None,
        may_moderate: bool = False,
        may_quote: bool = False,
    ):
        self.request = request
        self.viewer = viewer
        self.may_moderate = may_moderate
        self.csrf_input = csrf_input(request)
        self.__dict__.update(_words(get_language(), get_script_prefix()))
        self.quote = (
            reverse("forums:reply", args=[thread_pk]) + "?quote={}"
            if thread_pk and may_quote
            else ""
        )
        self.tools = get_template("forums/moderation/_post_tools.html") if may_moderate else None

    # --- Parts ----------------------------------------------------------------------------------

    def body(self, post: Post) -> str:
        """The post's text (sanitized by nh3 when stored), behind its content warning if any."""
        body = f'<div class="prose post__body">{post.body_html}</div>'
        if post.content_warning:
            summary = self.warnings.get(post.content_warning, escape(post.content_warning))
            body = f'<details class="post__warning"><summary>{summary}</summary>{body}</details>'
        return body

    def reactions_form(self, post: Post) -> SafeString:
        """The post's supportive reactions with their counts; each button toggles the viewer's
        own (a form, posted by htmx when script runs)."""
        kinds = post.reaction_kinds or []
        mine = set(post.my_reactions or [])
        pk, url = post.pk, self.urls["react"].format(post.pk)
        buttons = []
        for kind, label in self.kinds:
            pressed = kind in mine
            count = kinds.count(kind)
            buttons.append(
                f'<li><button class="button button--small{"" if pressed else " button--quiet"}" '
                f'type="submit" name="kind" value="{kind}" '
                f'aria-pressed="{"true" if pressed else "false"}">{label}'
                + (f' <span class="reactions__count">{count}</span>' if count else "")
                + "</button></li>"
            )
        return mark_safe(  # noqa: S308 (labels escaped once per page; the rest is ours)
            f'<form class="reactions" id="reactions-{pk}" method="post" action="{url}" '
            f'hx-post="{url}" hx-target="this" hx-swap="outerHTML">{self.csrf_input}'
            f'<p class="visually-hidden" id="reactions-label-{pk}">'
            f"{escape(self.reactions_label % {'number': post.number})}</p>"
            f'<ul class="reactions__list" aria-labelledby="reactions-label-{pk}">'
            f"{''.join(buttons)}</ul></form>"
        )

    def _link(self, name: str, pk: int, label: str, number: int) -> str:
        return f'<a href="{self.urls[name].format(pk)}">{label % {"number": number}}</a>'

    def _actions(self, post: Post, *, live: bool, visible: bool, mine: bool, name: str) -> str:
        pk, number = post.pk, post.number
        actions = []
        if self.quote and visible:
            actions.append(
                f'<a href="{self.quote.format(pk)}">{self.quote_label % {"number": number}}</a>'
            )
        if live and (mine or self.may_moderate):
            actions.append(self._link("post_edit", pk, self.edit_label, number))
        if live and mine:
            actions.append(self._link("post_delete", pk, self.delete_label, number))
        if post.author_id and not mine and name:
            label = self.unmute_label if post.muted else self.mute_label
            actions.append(
                f'<form class="post__mute" method="post" '
                f'action="{self.urls["mute"].format(post.author_id)}">{self.csrf_input}'
                f'<input type="hidden" name="next" value="{self.urls["post"].format(pk)}">'
                f'<button class="button button--link" type="submit">'
                f"{label % {'name': name}}</button></form>"
            )
        if self.tools is not None:
            actions.append(
                self.tools.render(
                    {"post": post, "may_moderate": True, "viewer": self.viewer},
                    self.request,
                )
            )
        elif visible and not mine:
            # Once reported, the link reads so and leads to what became of the report.
            label = self.reported_label if post.reported else self.report_label
            actions.append(self._link("report", pk, label, number))
        return "".join(actions)

    # --- A whole post ---------------------------------------------------------------------------

    def article(self, post: Post) -> SafeString:
        """One post of the page, whole. `post` comes from `selectors.threads.thread_posts`."""
        pk, number = post.pk, post.number
        former = post.author_id is None or post.author_closed_at is not None
        # Escaped once, used in the header and the mute labels ("" for a former member).
        name = "" if former else escape(post.author_display_name)
        mine = post.author_id is not None and post.author_id == self.viewer.pk
        live = post.deleted_at is None
        visible = live and post.status == Post.Status.VISIBLE
        created = localtime(post.created_at)

        shown_name = name or self.former_member
        meta = [
            f"<strong>{shown_name}</strong>",
            f'<a class="post__permalink" href="{self.urls["post"].format(pk)}">'
            f"{self.permalink % {'number': number}}</a>",
            f'<time datetime="{created.isoformat()}">'
            f"{escape(_when(created, str(created.tzinfo), get_language()))}</time>",
        ]
        if post.edited_at:
            history = ""
            if self.may_moderate:
                history = f': <a href="{self.urls["post_history"].format(pk)}">{self.history}</a>'
            meta.append(f'<span class="muted">({self.edited}{history})</span>')
        if post.status == Post.Status.HELD:
            meta.append(f'<span class="badge badge--warning">{self.waiting}</span>')

        if not live:
            content = f'<p class="post__placeholder muted">{self.deleted}</p>'
        elif post.status == Post.Status.HIDDEN and not self.may_moderate:
            content = f'<p class="post__placeholder muted">{self.hidden}</p>'
        else:
            notes = ""
            if post.status == Post.Status.HIDDEN:
                notes = f'<p class="badge badge--warning">{self.hidden_badge}</p>'
            elif post.status == Post.Status.HELD and mine:
                notes = f'<p class="post__note">{self.held_note}</p>'
            body = self.body(post)
            if post.muted:
                summary = self.muted_summary % {"name": shown_name}
                body = (
                    f'<details class="post__collapsed"><summary>{summary}</summary>{body}</details>'
                )
            content = notes + body

        return mark_safe(  # noqa: S308 (stored HTML is sanitized; what people typed is escaped)
            f'<article class="post{"" if visible else " post--placeholder"}" id="post-{number}" '
            f'aria-labelledby="post-{number}-meta">'
            f'<header class="post__meta" id="post-{number}-meta">{" ".join(meta)}</header>'
            f"{content}"
            f"{self.reactions_form(post) if visible else ''}"
            f'<div class="post__actions">'
            f"{self._actions(post, live=live, visible=visible, mine=mine, name=name)}</div>"
            "</article>"
        )
