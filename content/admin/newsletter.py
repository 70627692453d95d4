"""Content admin: the newsletter part.

Content editors compose issues from recent public news and events, preview them in both
languages and send them. They never see who subscribed: the addresses are personal data, and
composing an issue needs only how many there are. Network administrators see the subscribers
(to answer a person who writes about their subscription, or to erase it) and the deliveries.
"""

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..forms.newsletter import NewsletterIssueAdminForm
from ..models import Delivery, NewsletterIssue, Subscriber
from ..selectors import newsletter as selectors
from ..services import newsletter as services


@admin.register(NewsletterIssue)
class NewsletterIssueAdmin(admin.ModelAdmin):
    form = NewsletterIssueAdminForm
    change_form_template = "content/newsletter/admin/change_form.html"
    list_display = ["subject", "status", "created_at", "sent_at", "progress"]
    list_filter = ["status"]
    search_fields = ["subject", "subject_fr"]
    actions = None  # deleting goes one by one, drafts only
    fieldsets = [
        (None, {"fields": ["subject", "subject_fr", "introduction", "introduction_fr"]}),
        (_("What the issue carries"), {"fields": ["news_posts", "events"]}),
    ]

    def get_queryset(self, request):
        sent, failed, waiting = (
            Q(deliveries__status=status)
            for status in (Delivery.Status.SENT, Delivery.Status.FAILED, Delivery.Status.PENDING)
        )
        return (
            super()
            .get_queryset(request)
            .annotate(
                sent_count=Count("deliveries", filter=sent),
                failed_count=Count("deliveries", filter=failed),
                waiting_count=Count("deliveries", filter=waiting),
            )
        )

    @admin.display(description=_("emails"))
    def progress(self, obj: NewsletterIssue) -> str:
        if obj.status == NewsletterIssue.Status.DRAFT:
            return _("not sent yet")
        return _("%(sent)s sent, %(failed)s failed, %(waiting)s waiting") % {
            "sent": obj.sent_count,
            "failed": obj.failed_count,
            "waiting": obj.waiting_count,
        }

    def get_changeform_initial_data(self, request) -> dict:
        """A new issue starts from the public news of the last 30 days and the public events of
        the next 60; the editor adjusts."""
        month = formats.date_format(timezone.localdate(), "YEAR_MONTH_FORMAT")
        return {
            "subject": _("Network news, %(month)s") % {"month": month},
            "news_posts": [post.pk for post in selectors.news_proposed()],
            "events": [event.pk for event in selectors.events_proposed()],
            **super().get_changeform_initial_data(request),
        }

    def has_change_permission(self, request, obj=None) -> bool:
        # Once sending starts the issue is the record of what was sent: read only.
        if obj is not None and obj.status != NewsletterIssue.Status.DRAFT:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        if obj is not None and obj.status != NewsletterIssue.Status.DRAFT:
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change) -> None:
        services.issue_save(issue=obj, editor=request.user)

    def delete_model(self, request, obj) -> None:
        services.issue_delete(issue=obj, editor=request.user)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        issue = self.get_object(request, object_id)
        extra = {}
        if issue is not None:
            extra = {
                "counts": selectors.delivery_counts(issue),
                "can_send": issue.status == NewsletterIssue.Status.DRAFT
                and super().has_change_permission(request, issue),
            }
        return super().change_view(request, object_id, form_url, {**extra, **(extra_context or {})})

    def get_urls(self):
        def view(function, name: str):
            return path(
                f"<int:pk>/{name}/",
                self.admin_site.admin_view(function),
                name=f"content_newsletterissue_{name}",
            )

        # Before the model's own URLs, whose "<path:object_id>/" would take these.
        return [
            view(self.preview_view, "preview"),
            view(self.send_view, "send"),
            *super().get_urls(),
        ]

    def _issue_or_404(self, request, pk: int) -> NewsletterIssue:
        issue = NewsletterIssue.objects.filter(pk=pk).first()
        if issue is None:
            raise Http404
        if not self.has_view_permission(request, issue):
            raise PermissionDenied
        return issue

    def _context(self, request, issue: NewsletterIssue, title) -> dict:
        return {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": issue,
            "title": title,
        }

    def preview_view(self, request, pk: int):
        """The issue as subscribers will receive it: HTML and plain text, in either language."""
        issue = self._issue_or_404(request, pk)
        language = request.GET.get("language", "en")
        if language not in dict(settings.LANGUAGES):
            language = "en"
        sample_link = settings.SITE_URL + reverse(
            "content:newsletter_unsubscribe", args=["each-subscriber-gets-their-own-link"]
        )
        email = selectors.issue_render(
            selectors.issue_content(issue), language=language, unsubscribe_url=sample_link
        )
        context = {
            **self._context(request, issue, _("Preview of the issue")),
            "email": email,
            "language": language,
            "languages": settings.LANGUAGES,
            "from_email": settings.DEFAULT_FROM_EMAIL,
            "can_send": issue.status == NewsletterIssue.Status.DRAFT
            and self.has_change_permission(request, issue),
        }
        return TemplateResponse(request, "content/newsletter/admin/preview.html", context)

    def send_view(self, request, pk: int):
        """Asks once more, then starts sending to every confirmed subscriber."""
        issue = self._issue_or_404(request, pk)
        if not super().has_change_permission(request, issue):
            raise PermissionDenied
        if issue.status != NewsletterIssue.Status.DRAFT:
            self.message_user(request, _("This issue is already being sent, or was sent."))
            return redirect("admin:content_newsletterissue_change", issue.pk)
        if request.method == "POST":
            try:
                services.issue_send(issue_id=issue.pk, actor=request.user)
            except services.NewsletterError as error:
                self.message_user(request, error.message, messages.ERROR)
            else:
                self.message_user(
                    request,
                    _("Sending has started. This page shows how many emails are sent so far."),
                    messages.SUCCESS,
                )
            return redirect("admin:content_newsletterissue_change", issue.pk)
        content = selectors.issue_content(issue)
        context = {
            **self._context(request, issue, _("Send this issue")),
            "audience": selectors.subscribers_confirmed().count(),
            "content": content,
        }
        return TemplateResponse(request, "content/newsletter/admin/send.html", context)


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    """Network administrators only (see content.permissions.newsletter)."""

    list_display = ["email", "language", "status", "created_at", "confirmed_at", "unsubscribed_at"]
    list_filter = ["status", "language"]
    search_fields = ["email"]
    fields = [
        "email",
        "language",
        "status",
        "created_at",
        "confirmation_sent_at",
        "confirmed_at",
        "unsubscribed_at",
    ]
    readonly_fields = fields
    actions = ["unsubscribe_selected"]

    def has_add_permission(self, request) -> bool:
        # Only the person may subscribe (double opt-in), never someone on their behalf.
        return False

    # Deleting erases: the subscription and the record of what was sent to the address.
    def delete_model(self, request, obj) -> None:
        services.subscriptions_erase(emails=[obj.email])

    def delete_queryset(self, request, queryset) -> None:
        services.subscriptions_erase(emails=list(queryset.values_list("email", flat=True)))

    @admin.action(description=_("Unsubscribe the selected addresses"), permissions=["change"])
    def unsubscribe_selected(self, request, queryset) -> None:
        subscribers = list(queryset)
        for subscriber in subscribers:
            services.subscriber_unsubscribe(subscriber_id=subscriber.pk)
        self.message_user(
            request,
            ngettext(
                "%(count)d address unsubscribed.",
                "%(count)d addresses unsubscribed.",
                len(subscribers),
            )
            % {"count": len(subscribers)},
            messages.SUCCESS,
        )


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    """Which issue went to which address: read only, for network administrators."""

    list_display = ["issue", "email", "status", "sent_at", "error"]
    list_filter = ["status", ("issue", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["issue"]
    search_fields = ["email"]
    fields = ["issue", "email", "status", "sent_at", "error"]
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
