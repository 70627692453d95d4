"""Content admin: the contact part. Network administrators read the messages sent through the
contact form and mark those answered; nobody adds or edits one (they are the sender's words)."""

from django.contrib import admin, messages
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..models import ContactMessage
from ..services.contact import contact_messages_handle


class HandledFilter(admin.SimpleListFilter):
    title = _("handled")
    parameter_name = "handled"

    def lookups(self, request, model_admin):
        return [("no", _("Waiting for an answer")), ("yes", _("Handled"))]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(handled_at__isnull=self.value() == "no")
        return queryset


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    list_display = ["name", "topic", "excerpt", "created_at", "is_handled"]
    list_filter = [HandledFilter, "topic", "language"]
    list_select_related = ["handled_by"]
    search_fields = ["name", "email", "message"]
    date_hierarchy = "created_at"
    fields = [
        "name",
        "email",
        "topic",
        "language",
        "created_at",
        "message",
        "handled_at",
        "handled_by",
    ]
    readonly_fields = fields
    actions = ["mark_handled"]

    def has_add_permission(self, request) -> bool:
        return False

    @admin.display(description=_("message"))
    def excerpt(self, obj: ContactMessage) -> str:
        return Truncator(obj.message).chars(80)

    @admin.display(description=_("handled"), boolean=True, ordering="handled_at")
    def is_handled(self, obj: ContactMessage) -> bool:
        return obj.handled_at is not None

    @admin.action(description=_("Mark the selected messages handled"), permissions=["change"])
    def mark_handled(self, request, queryset) -> None:
        count = contact_messages_handle(
            message_ids=list(queryset.values_list("pk", flat=True)), actor=request.user
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d message marked handled.", "%(count)d messages marked handled.", count
            )
            % {"count": count},
            messages.SUCCESS,
        )
