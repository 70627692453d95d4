"""Content admin: the pages part.

Content editors and network administrators keep the page tree here. The list shows the tree in
the navigation's order, indented by depth, with each page's own rule and the stricter one it
inherits. Every save goes through content.services.pages, which records a revision: the page's
"History" lists them, each with what changed from the one before, and brings back the words of
any of them ("Restore this version"). A page with pages under it is not deleted: the editor is
told to move or delete those first.
"""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import formats, timezone
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from network.richtext import text_diff

from ..forms.pages import PageAdminForm
from ..models import Page, Status
from ..selectors.pages import in_tree_order, page_is_due
from ..services import pages as services


class ScheduledFilter(admin.SimpleListFilter):
    title = _("publication")
    parameter_name = "publication"

    def lookups(self, request, model_admin):
        return [("scheduled", _("Scheduled, not live yet")), ("live", _("Published and live"))]

    def queryset(self, request, queryset):
        now = timezone.now()
        published = queryset.filter(status=Status.PUBLISHED)
        if self.value() == "scheduled":
            return published.filter(publish_at__gt=now)
        if self.value() == "live":
            return published.exclude(publish_at__gt=now)
        return queryset


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    form = PageAdminForm
    change_form_template = "content/pages/admin/change_form.html"
    list_display = [
        "indented_title",
        "address",
        "state",
        "access",
        "effective_access",
        "show_in_navigation",
        "updated_at",
    ]
    list_filter = ["status", ScheduledFilter, "effective_access", "access", "show_in_navigation"]
    search_fields = ["title", "title_fr", "summary", "summary_fr", "path"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["path", "effective_access", "updated_at", "updated_by"]
    fieldsets = [
        (
            _("Place in the navigation"),
            {"fields": ["parent", "slug", "path", "order", "show_in_navigation"]},
        ),
        (
            _("Who may see it, and when"),
            {"fields": ["access", "effective_access", "status", "publish_at"]},
        ),
        (_("In English"), {"fields": ["title", "summary", "body"]}),
        (_("In French"), {"fields": ["title_fr", "summary_fr", "body_fr"]}),
        (_("Last change"), {"fields": ["updated_at", "updated_by"]}),
    ]

    def get_queryset(self, request):
        # Not super()'s: it orders by get_ordering() before the tree key exists.
        return in_tree_order(self.model._default_manager.all())

    def get_ordering(self, request):
        return ["tree_key"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "parent":
            # The tree's order; the admin would otherwise order by get_ordering() without it.
            kwargs["queryset"] = in_tree_order(Page.objects.all())
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("title"))
    def indented_title(self, page: Page) -> str:
        return format_html('<span aria-hidden="true">{}</span>{}', "— " * page.depth, page.title)

    @admin.display(description=_("address"), ordering="path")
    def address(self, page: Page) -> str:
        return f"/{page.path}/"

    @admin.display(description=_("status"), ordering="status")
    def state(self, page: Page) -> str:
        if page.status != Status.PUBLISHED:
            return _("Draft")
        if not page_is_due(page):
            when = formats.date_format(timezone.localtime(page.publish_at), "DATETIME_FORMAT")
            return _("Scheduled for %(when)s") % {"when": when}
        return _("Published")

    def save_model(self, request, obj, form, change) -> None:
        services.page_save(page=obj, actor=request.user)

    # --- Deleting: never a page with pages under it, never a statement -------------------

    def delete_view(self, request, object_id, extra_context=None):
        page = self.get_object(request, unquote(object_id))
        if page is not None and self.has_delete_permission(request, page):
            refusal = services.page_delete_refusal(page)
            if refusal:
                self.message_user(request, refusal, messages.ERROR)
                return redirect("admin:content_page_change", page.pk)
        return super().delete_view(request, object_id, extra_context)

    def delete_model(self, request, obj) -> None:
        services.page_delete(page=obj, actor=request.user)

    def delete_queryset(self, request, queryset) -> None:
        # Django's confirmation already stops at a page with pages under it; this is the audit.
        for page in queryset.order_by("-depth"):
            try:
                services.page_delete(page=page, actor=request.user)
            except services.PageError as error:
                self.message_user(request, error.message, messages.WARNING)

    # --- History: the revisions, what changed, and "Restore this version" ----------------

    def get_urls(self):
        return [
            path(
                "<path:object_id>/history/<int:revision_id>/restore/",
                self.admin_site.admin_view(self.restore_view),
                name="content_page_restore",
            ),
            *super().get_urls(),
        ]

    def history_view(self, request, object_id, extra_context=None):
        page = self.get_object(request, unquote(object_id))
        if page is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_or_change_permission(request, page):
            raise PermissionDenied
        revisions = list(page.revisions.select_related("author"))
        entries = []
        for index, revision in enumerate(revisions):
            before = revisions[index + 1] if index + 1 < len(revisions) else None
            entries.append(
                {
                    "revision": revision,
                    "is_current": index == 0,
                    "changes": _changes(before, revision),
                }
            )
        context = {
            **self.admin_site.each_context(request),
            "title": _("History of “%(title)s”") % {"title": page.title},
            "opts": self.opts,
            "original": page,
            "entries": entries,
            "kept": services.REVISIONS_KEPT,
            "can_restore": self.has_change_permission(request, page),
            **(extra_context or {}),
        }
        return TemplateResponse(request, "content/pages/admin/history.html", context)

    @method_decorator(require_POST)
    def restore_view(self, request: HttpRequest, object_id: str, revision_id: int) -> HttpResponse:
        page = self.get_object(request, unquote(object_id))
        if page is None:
            raise Http404
        if not self.has_change_permission(request, page):
            raise PermissionDenied
        revision = page.revisions.filter(pk=revision_id).first()
        if revision is None:
            raise Http404
        try:
            services.page_restore(page=page, revision=revision, actor=request.user)
        except services.PageError as error:
            self.message_user(request, error.message, messages.ERROR)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
        else:
            when = formats.date_format(timezone.localtime(revision.created_at), "DATETIME_FORMAT")
            self.message_user(
                request,
                _(
                    "The title, summary and text saved on %(when)s are back, as a new version. "
                    "Who may see the page and its status have not changed."
                )
                % {"when": when},
                messages.SUCCESS,
            )
        return redirect("admin:content_page_change", page.pk)


_COMPARED = (
    ("title", _("Title")),
    ("summary", _("Summary")),
    ("body", _("Text")),
    ("title_fr", _("Title in French")),
    ("summary_fr", _("Summary in French")),
    ("body_fr", _("Text in French")),
)


def _changes(before, after) -> list[dict]:
    """What `after` changed from `before` (everything, for the first version), part by part:
    only the lines removed and added."""
    changes = []
    for name, label in _COMPARED:
        old = getattr(before, name) if before else ""
        new = getattr(after, name)
        if old == new:
            continue
        lines = [(kind, line) for kind, line in text_diff(old, new) if kind != "same"]
        if lines:
            changes.append({"label": label, "lines": lines})
    return changes
