"""allauth adapters: email goes out through a Celery worker, TOTP secrets are encrypted at rest."""

import base64
import hashlib
from contextlib import nullcontext

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation

from network.services import email_enqueue

ENCRYPTED_PREFIX = "fernet:"


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Render now, in the person's preferred language, and send from a worker after commit."""
        language = getattr(context.get("user"), "preferred_language", "")
        with translation.override(language) if language else nullcontext():
            message = self.render_mail(template_prefix, email, context)
        html = ""
        for content, mimetype in getattr(message, "alternatives", []):
            if mimetype == "text/html":
                html = content
        email_enqueue(
            to=message.to,
            subject=message.subject,
            body_text=message.body,
            body_html=html,
            from_email=message.from_email,
        )

    def populate_username(self, request, user) -> None:
        """There are no usernames: people sign in with their email address."""


def _fernet() -> Fernet:
    key = settings.MFA_ENCRYPTION_KEY
    if key:
        try:
            return Fernet(key)
        except ValueError as exc:
            raise ImproperlyConfigured(
                "MFA_ENCRYPTION_KEY must be a Fernet key (Fernet.generate_key())."
            ) from exc
    # Derived from SECRET_KEY so a deployment works without one more secret; rotating SECRET_KEY
    # then needs MFA_ENCRYPTION_KEY set to the old derived key (README, "Deploying").
    digest = hashlib.sha256(("mfa-totp:" + settings.SECRET_KEY).encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


class MFAAdapter(DefaultMFAAdapter):
    def encrypt(self, text: str) -> str:
        return ENCRYPTED_PREFIX + _fernet().encrypt(text.encode()).decode()

    def decrypt(self, encrypted_text: str) -> str:
        if not encrypted_text.startswith(ENCRYPTED_PREFIX):
            # Written before encryption was enabled: still readable, re-encrypted on next change.
            return encrypted_text
        token = encrypted_text.removeprefix(ENCRYPTED_PREFIX).encode()
        try:
            return _fernet().decrypt(token).decode()
        except InvalidToken as exc:
            raise ImproperlyConfigured(
                "A stored MFA secret cannot be decrypted: MFA_ENCRYPTION_KEY or SECRET_KEY changed."
            ) from exc
