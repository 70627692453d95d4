"""The speakers' bureau in the admin: the pages part.

LHIN coordinators and network administrators write the bureau's six public pages (in CKEditor 5,
cleaned by nh3 when stored) and keep its list of speaking topics. Pages are never deleted: hosts'
emails and links lead to them. A topic in use is retired by unticking "active"; only a topic
nobody uses may be deleted. Every save goes through speakers.services.pages, which signs and
audits it.
"""

from django.contrib import admin, messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from ..models import BureauPage, Topic
from ..selectors.pages import topic_uses, topics_with_uses
from ..services import pages as services


@admin.register(BureauPage)
class BureauPageAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "order", "updated_at", "updated_by"]
    list_select_related = ["updated_by"]
    search_fields = ["title", "title_fr", "summary", "summary_fr"]
    fieldsets = [
        (None, {"fields": ["kind", "order"]}),
        (_("In English"), {"fields": ["title", "summary", "body"]}),
        (_("In French"), {"fields": ["title_fr", "summary_fr", "body_fr"]}),
        (_("Last change"), {"fields": ["updated_at", "updated_by"]}),
    ]
    readonly_fields = ["updated_at", "updated_by"]

    def get_readonly_fields(self, request, obj=None):
        # A page's kind is its address (/speakers/pages/<kind>/): fixed once written.
        return [*self.readonly_fields, "kind"] if obj else self.readonly_fields

    def _missing_kinds(self) -> list[tuple[str, str]]:
        written = set(BureauPage.objects.values_list("kind", flat=True))
        return [(kind, label) for kind, label in BureauPage.Kind.choices if kind not in written]

    def has_add_permission(self, request) -> bool:
        # One page per kind: once all six exist there is nothing left to add. Asked only on the
        # pages' own admin pages, so every other admin page (whose sidebar asks each model)
        # costs no query for it.
        if not super().has_add_permission(request):
            return False
        match = getattr(request, "resolver_match", None)
        if match is None or not (match.url_name or "").startswith("speakers_bureaupage_"):
            return True
        return bool(self._missing_kinds())

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "kind":
            kwargs["choices"] = [("", "---------"), *self._missing_kinds()]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change) -> None:
        services.bureau_page_save(page=obj, editor=request.user)


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "name_fr", "slug", "order", "active", "speaker_count", "request_count"]
    list_filter = ["active"]
    search_fields = ["name", "name_fr", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "name_fr", "slug", "order", "active"]

    def get_queryset(self, request):
        return topics_with_uses()

    @admin.display(description=_("speakers"), ordering="speaker_count")
    def speaker_count(self, topic: Topic) -> int:
        return topic.speaker_count

    @admin.display(description=_("requests"), ordering="request_count")
    def request_count(self, topic: Topic) -> int:
        return topic.request_count

    def get_actions(self, request):
        actions = super().get_actions(request)
        # The bulk delete would skip the check that a topic is unused; each topic's own delete
        # page makes it.
        actions.pop("delete_selected", None)
        return actions

    def has_delete_permission(self, request, obj=None) -> bool:
        if obj is not None and topic_uses(obj):
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change) -> None:
        services.topic_save(topic=obj, actor=request.user)

    def delete_model(self, request, obj) -> None:
        services.topic_delete(topic=obj, actor=request.user)

    def delete_view(self, request, object_id, extra_context=None) -> HttpResponse:
        try:
            return super().delete_view(request, object_id, extra_context)
        except services.TopicError as error:
            # Taken up by a speaker or a request while the page was open.
            self.message_user(request, error.message, messages.ERROR)
            return redirect("admin:speakers_topic_change", object_id)
