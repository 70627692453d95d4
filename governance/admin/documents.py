"""Governance in the admin: the documents part.

Versions are written in CKEditor 5 and move on only through governance.services.documents:
the buttons on a version start a new one from it, approve it (after asking the effective date
and where it was approved) or take it back from consultation. Approved and superseded versions
are the record: they are shown read-only and cannot be deleted.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from ..forms.documents import ApproveForm
from ..models import Document, DocumentVersion
from ..services import documents as services

Status = DocumentVersion.Status
RECORD_STATUSES = (Status.APPROVED, Status.SUPERSEDED)


class DocumentVersionInline(admin.TabularInline):
    """A read-only summary of the versions, each linking to its own page."""

    model = DocumentVersion
    fields = ["version_link", "status", "effective_date", "change_summary", "approved_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False
    ordering = ["-number"]

    def get_queryset(self, request):
        # Each row names its version ("Policy v2"): without this, one query per row.
        return super().get_queryset(request).select_related("document")

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description=_("version"))
    def version_link(self, version: DocumentVersion) -> str:
        url = reverse("admin:governance_documentversion_change", args=[version.pk])
        return format_html('<a href="{}">{}</a>', url, _("Version %s") % version.number)


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    change_form_template = "admin/governance/document/change_form.html"
    list_display = ["title", "kind", "slug", "current_version", "version_count"]
    list_filter = ["kind"]
    search_fields = ["title", "title_fr", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    fields = ["kind", "title", "title_fr", "slug", "order"]
    inlines = [DocumentVersionInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                _version_count=Count("versions"),
                _record_count=Count("versions", filter=Q(versions__status__in=RECORD_STATUSES)),
                _current_number=Max("versions__number", filter=Q(versions__status="approved")),
            )
        )

    @admin.display(description=_("versions"), ordering="_version_count")
    def version_count(self, document: Document) -> int:
        return document._version_count

    @admin.display(description=_("current version"), ordering="_current_number")
    def current_version(self, document: Document) -> str:
        if document._current_number is None:
            return _("none approved yet")
        return _("Version %s") % document._current_number

    def has_delete_permission(self, request, obj=None) -> bool:
        # A document that was ever approved is part of the network's record.
        if obj is not None and getattr(obj, "_record_count", None) is None:
            obj._record_count = obj.versions.filter(status__in=RECORD_STATUSES).count()
        if obj is not None and obj._record_count:
            return False
        return super().has_delete_permission(request, obj)

    def get_urls(self):
        return [
            path(
                "<int:pk>/new-version/",
                self.admin_site.admin_view(self.new_version_view),
                name="governance_document_new_version",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "can_start_version": self._may_manage_versions(request),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def _may_manage_versions(self, request) -> bool:
        return request.user.has_perm("governance.add_documentversion")

    @method_decorator(require_POST)
    def new_version_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        document = self.get_queryset(request).filter(pk=pk).first()
        if document is None:
            raise Http404
        if not self._may_manage_versions(request):
            raise PermissionDenied
        version = services.version_new(document=document, author=request.user)
        self.message_user(
            request,
            _("Version %(number)s started as a draft.") % {"number": version.number},
            messages.SUCCESS,
        )
        return redirect("admin:governance_documentversion_change", version.pk)


class DocumentVersionForm(forms.ModelForm):
    class Meta:
        model = DocumentVersion
        fields = ["change_summary", "body", "body_fr", "effective_date"]

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and not self.instance.is_editable:
            raise forms.ValidationError(
                _("An approved version cannot be edited: start a new version.")
            )
        return cleaned


@admin.register(DocumentVersion)
class DocumentVersionAdmin(admin.ModelAdmin):
    form = DocumentVersionForm
    change_form_template = "admin/governance/documentversion/change_form.html"
    list_display = ["document", "number", "status", "effective_date", "approved_at"]
    list_filter = ["status", "document__kind"]
    list_select_related = ["document"]
    search_fields = ["document__title", "change_summary"]
    fieldsets = [
        (None, {"fields": ["document", "number", "status", "change_summary"]}),
        (_("Text"), {"fields": ["body", "body_fr"]}),
        (
            _("Approval"),
            {
                "fields": [
                    "effective_date",
                    "created_by",
                    "created_at",
                    "approved_by",
                    "approved_at",
                    "approval_note",
                ]
            },
        ),
    ]
    STEP_FIELDS = [
        "document",
        "number",
        "status",
        "created_by",
        "created_at",
        "approved_by",
        "approved_at",
        "approval_note",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("document", "created_by", "approved_by")

    READ_ONLY_TEXT = {"body": "text", "body_fr": "text_fr"}

    def get_fieldsets(self, request, obj=None):
        if obj is None or obj.is_editable:
            return self.fieldsets
        # Shown as the formatted text rather than its HTML source.
        return [
            (name, {"fields": [self.READ_ONLY_TEXT.get(f, f) for f in options["fields"]]})
            for name, options in self.fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and not obj.is_editable:
            return [
                field
                for _name, options in self.get_fieldsets(request, obj)
                for field in options["fields"]
            ]
        return self.STEP_FIELDS

    @admin.display(description=_("text"))
    def text(self, version: DocumentVersion) -> str:
        return mark_safe(version.body)  # noqa: S308 (sanitized by nh3 when it was stored)

    @admin.display(description=_("text in French"))
    def text_fr(self, version: DocumentVersion) -> str:
        return mark_safe(version.body_fr)  # noqa: S308 (sanitized by nh3 when it was stored)

    # Versions are started from a document or from another version (the buttons), so that the
    # number and the starting text come from the service.
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        if obj is not None and not obj.is_editable:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        if obj is not None and not obj.is_editable:
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change) -> None:
        fields = {
            name: form.cleaned_data[name]
            for name in form.changed_data
            if name in services.EDITABLE_FIELDS
        }
        try:
            services.version_update(
                version=DocumentVersion(pk=obj.pk), editor=request.user, **fields
            )
        except services.DocumentError as error:
            self.message_user(request, error.message, messages.ERROR)
        obj.refresh_from_db()

    def delete_model(self, request, obj) -> None:
        services.version_discard(version=obj, actor=request.user)

    def delete_queryset(self, request, queryset) -> None:
        for version in queryset:
            try:
                services.version_discard(version=version, actor=request.user)
            except services.DocumentError as error:
                self.message_user(request, f"{version}: {error.message}", messages.WARNING)

    def get_actions(self, request):
        actions = super().get_actions(request)
        # The bulk delete would bypass the per-version check of what may be discarded; the
        # delete page of a draft does the same through the service.
        actions.pop("delete_selected", None)
        return actions

    def change_view(self, request, object_id, form_url="", extra_context=None):
        version = self.get_object(request, object_id)
        may_manage = self._may_manage(request)
        extra_context = {
            **(extra_context or {}),
            "may_manage": may_manage,
            "can_approve": version is not None
            and may_manage
            and version.status in (Status.DRAFT, Status.CONSULTATION),
            "can_return_to_draft": version is not None
            and may_manage
            and version.status == Status.CONSULTATION,
        }
        return super().change_view(request, object_id, form_url, extra_context)

    # --- The steps -------------------------------------------------------------------------

    def get_urls(self):
        def view(function):
            return self.admin_site.admin_view(function)

        return [
            path(
                "<int:pk>/new-version/",
                view(self.new_version_view),
                name="governance_documentversion_new_version",
            ),
            path(
                "<int:pk>/approve/",
                view(self.approve_view),
                name="governance_documentversion_approve",
            ),
            path(
                "<int:pk>/return-to-draft/",
                view(self.return_to_draft_view),
                name="governance_documentversion_return_to_draft",
            ),
            *super().get_urls(),
        ]

    def _may_manage(self, request) -> bool:
        """Starting, approving and returning versions: those who may change versions at all."""
        return request.user.has_perm("governance.change_documentversion")

    def _version_or_404(self, request, pk: int) -> DocumentVersion:
        version = self.get_queryset(request).filter(pk=pk).first()
        if version is None:
            raise Http404
        if not self._may_manage(request):
            raise PermissionDenied
        return version

    def _done(self, version: DocumentVersion) -> HttpResponse:
        return redirect("admin:governance_documentversion_change", version.pk)

    @method_decorator(require_POST)
    def new_version_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        source = self._version_or_404(request, pk)
        version = services.version_new(
            document=source.document, author=request.user, from_version=source
        )
        self.message_user(
            request,
            _("Version %(number)s started as a draft from version %(source)s.")
            % {"number": version.number, "source": source.number},
            messages.SUCCESS,
        )
        return self._done(version)

    @method_decorator(require_POST)
    def return_to_draft_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        version = self._version_or_404(request, pk)
        try:
            services.version_return_to_draft(version=version, actor=request.user)
        except services.DocumentError as error:
            self.message_user(request, error.message, messages.ERROR)
        else:
            self.message_user(
                request, _("Returned to draft: it can be edited again."), messages.SUCCESS
            )
        return self._done(version)

    def approve_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        """Ask the effective date and where it was approved, then approve."""
        version = self._version_or_404(request, pk)
        if version.status not in (Status.DRAFT, Status.CONSULTATION):
            self.message_user(
                request,
                _("Only a draft or a version in consultation can be approved."),
                messages.ERROR,
            )
            return self._done(version)
        form = ApproveForm(request.POST or None, initial={"effective_date": version.effective_date})
        status = 200
        if request.method == "POST":
            if form.is_valid():
                try:
                    services.version_approve(
                        version=version,
                        approver=request.user,
                        effective_date=form.cleaned_data["effective_date"],
                        note=form.cleaned_data["note"],
                    )
                except services.DocumentError as error:
                    self.message_user(request, error.message, messages.ERROR)
                else:
                    self.message_user(
                        request,
                        _("Approved: version %(number)s is now the current one.")
                        % {"number": version.number},
                        messages.SUCCESS,
                    )
                return self._done(version)
            status = 400
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": version,
            "form": form,
            "title": _("Approve %(version)s") % {"version": version},
        }
        return TemplateResponse(
            request, "admin/governance/documentversion/approve.html", context, status=status
        )
