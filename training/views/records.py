"""Training views: the records part. Each page is the signed-in person's own records; a
record of someone else's answers 404. Sign-in is enough (no active membership needed): a
lapsed member still needs their certificates and their hours."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from ..forms.records import ExternalTrainingForm, PeerSupportHoursForm
from ..selectors import records as selectors
from ..services import records as services

EVIDENCE_EXTENSIONS = {"application/pdf": "pdf", "image/jpeg": "jpg"}
# The hours log is the list that grows (an entry per shift); the other two stay short.
HOURS_PER_PAGE = 25


@login_required
@require_safe
def my_training(request: HttpRequest) -> HttpResponse:
    person = request.user
    return TemplateResponse(
        request,
        "training/records/my_training.html",
        {
            "completed": selectors.completed_sessions_of(person),
            "external": selectors.external_training_of(person),
            "page": Paginator(selectors.peer_hours_of(person), HOURS_PER_PAGE).get_page(
                request.GET.get("page")
            ),
            "totals": selectors.peer_hours_totals(person),
        },
    )


def _external_form_page(request, form, training=None) -> HttpResponse:
    return TemplateResponse(
        request, "training/records/external_form.html", {"form": form, "training": training}
    )


def _external_values(form) -> dict:
    data = form.cleaned_data
    return {
        "title": data["title"],
        "provider": data["provider"],
        "completed_on": data["completed_on"],
        "hours": data["hours"],
        "competencies": list(data["competencies"]),
        "evidence": data.get("evidence_file"),
    }


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def external_add(request: HttpRequest) -> HttpResponse:
    form = ExternalTrainingForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.external_training_create(person=request.user, **_external_values(form))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The training is added to your record."))
            return redirect("training:my_training")
    return _external_form_page(request, form)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def external_edit(request: HttpRequest, pk: int) -> HttpResponse:
    training = selectors.external_training_for_owner(request.user, pk)
    form = ExternalTrainingForm(request.POST or None, request.FILES or None, instance=training)
    if request.method == "POST" and form.is_valid():
        try:
            services.external_training_update(
                training=training,
                remove_evidence=form.cleaned_data.get("remove_evidence", False),
                **_external_values(form),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The training is saved."))
            return redirect("training:my_training")
    return _external_form_page(request, form, training)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def external_delete(request: HttpRequest, pk: int) -> HttpResponse:
    training = selectors.external_training_for_owner(request.user, pk)
    if request.method == "POST":
        services.external_training_delete(training=training)
        messages.success(request, _("The training is removed from your record."))
        return redirect("training:my_training")
    return TemplateResponse(
        request,
        "training/records/confirm_delete.html",
        {"what": training.title, "kind": _("external training")},
    )


@login_required
@require_safe
def external_evidence(request: HttpRequest, pk: int) -> FileResponse:
    """The evidence file, to its owner only, as a download: never shown inline, so a file
    that slipped through cannot run in the site's origin."""
    training = selectors.external_training_for_owner(request.user, pk)
    if not training.evidence:
        raise Http404
    extension = EVIDENCE_EXTENSIONS.get(training.evidence_type, "bin")
    response = FileResponse(
        training.evidence.open("rb"),
        as_attachment=True,
        filename=f"evidence-{training.pk}.{extension}",
        content_type=training.evidence_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def _hours_form_page(request, form, entry=None) -> HttpResponse:
    return TemplateResponse(
        request, "training/records/hours_form.html", {"form": form, "entry": entry}
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def hours_add(request: HttpRequest) -> HttpResponse:
    form = PeerSupportHoursForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.peer_hours_create(person=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The hours are added to your log."))
            return redirect("training:my_training")
    return _hours_form_page(request, form)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def hours_edit(request: HttpRequest, pk: int) -> HttpResponse:
    entry = selectors.peer_hours_for_owner(request.user, pk)
    form = PeerSupportHoursForm(request.POST or None, instance=entry)
    if request.method == "POST" and form.is_valid():
        try:
            services.peer_hours_update(entry=entry, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The hours are saved."))
            return redirect("training:my_training")
    return _hours_form_page(request, form, entry)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def hours_delete(request: HttpRequest, pk: int) -> HttpResponse:
    entry = selectors.peer_hours_for_owner(request.user, pk)
    if request.method == "POST":
        services.peer_hours_delete(entry=entry)
        messages.success(request, _("The hours are removed from your log."))
        return redirect("training:my_training")
    return TemplateResponse(
        request,
        "training/records/confirm_delete.html",
        {"what": str(entry), "kind": _("peer-support hours")},
    )


@login_required
@require_safe
def certificate(request: HttpRequest, registration_pk: int) -> HttpResponse:
    registration = selectors.certificate_for_owner(request.user, registration_pk)
    return TemplateResponse(
        request,
        "training/records/certificate.html",
        {
            "registration": registration,
            "session": registration.session,
            "course": registration.session.course,
            "competencies": registration.session.course.course_competencies.all(),
        },
    )
