"""Writes about people's accounts."""

from django.db import transaction

from network.services import audit_record

from .models import User


@transaction.atomic
def user_update_settings(*, user: User, display_name: str, preferred_language: str) -> User:
    changed = []
    if user.display_name != display_name:
        audit_record(
            actor=user, action="user.display_name.change", target=user, previous=user.display_name
        )
        user.display_name = display_name
        changed.append("display_name")
    if user.preferred_language != preferred_language:
        user.preferred_language = preferred_language
        changed.append("preferred_language")
    if changed:
        user.full_clean(exclude=["password"])
        user.save(update_fields=changed)
    return user
