"""Project middleware. First: answer a form that failed validation with 400, whatever view
rendered it. Second: send someone signed out to sign in when a view finds they must.

Django's generic views (and allauth's, which build on them) re-render an invalid form with
200. The project's rule is a 4xx for bad input, so clients, tests and monitoring can tell a
rejected submission from a page view. The form is re-rendered unchanged, values kept. The
admin's change forms count too: their context wraps the form and inlines in helpers.
"""

from django.contrib.admin.helpers import AdminForm, InlineAdminFormSet
from django.forms import BaseForm, BaseFormSet
from django.http import HttpRequest
from django.template.response import TemplateResponse


class InvalidFormStatusMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_template_response(self, request: HttpRequest, response: TemplateResponse):
        context = response.context_data or {}
        if (
            request.method == "POST"
            and response.status_code == 200
            and any(_rejected(value) for value in context.values())
        ):
            response.status_code = 400
        return response


def _rejected(value) -> bool:
    if isinstance(value, AdminForm):
        return _rejected(value.form)
    if isinstance(value, InlineAdminFormSet):
        return _rejected(value.formset)
    if isinstance(value, list):
        return any(_rejected(item) for item in value)
    if isinstance(value, BaseForm):
        return value.is_bound and bool(value.errors)
    if isinstance(value, BaseFormSet):
        return value.is_bound and value.total_error_count() > 0
    return False


class SignInRequired(Exception):
    """Raised by a selector when someone signed out asks for what only some signed-in people may
    see (members-only content): `SignInRequiredMiddleware` sends them to sign in. Signed-in people
    who may not see it get 404 instead, so nobody learns that it exists."""


class SignInRequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if isinstance(exception, SignInRequired):
            from django.contrib.auth.views import redirect_to_login

            return redirect_to_login(request.get_full_path())
        return None
