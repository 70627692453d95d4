"""Writes that are network-wide: roles, LHIN coordinator grants, the audit log, outgoing email."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models, transaction
from django.db.models.functions import Length
from django.template.loader import render_to_string
from django.utils import timezone, translation
from guardian.shortcuts import assign_perm, remove_perm

from . import roles
from .models import LHIN, AuditEntry, LHINUserObjectPermission, OutboundEmail

COORDINATE_LHIN = "network.coordinate_lhin"
TORONTO = ZoneInfo("America/Toronto")


def yearly_reference(*, queryset, prefix: str, lock_key: int, at: datetime) -> str:
    """The next reference "<prefix>-<year>-<number>" among `queryset`'s `reference`s, numbered
    from 0001 each year (a year in Toronto). Call it in the transaction that saves the row: an
    advisory lock on `lock_key` keeps two submissions from taking the same number."""
    full_prefix = f"{prefix}-{timezone.localtime(at, TORONTO).year}-"
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [lock_key])
    last = (
        queryset.filter(reference__startswith=full_prefix)
        .order_by(Length("reference").desc(), "-reference")  # 10000 after 9999
        .values_list("reference", flat=True)
        .first()
    )
    number = int(last.removeprefix(full_prefix)) + 1 if last else 1
    return f"{full_prefix}{number:04d}"


def audit_record(*, actor, action: str, target: models.Model | None = None, **data) -> AuditEntry:
    entry = AuditEntry(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        data=data,
    )
    if target is not None:
        entry.target_type = ContentType.objects.get_for_model(target)
        entry.target_id = str(target.pk)
        entry.target_repr = str(target)[:200]
    entry.save()
    return entry


@transaction.atomic
def role_grant(*, user, role: roles.Role, actor=None) -> None:
    if roles.has_role(user, role):
        return
    user.groups.add(roles.group_for(role))
    user.__dict__.pop("role_slugs", None)
    audit_record(actor=actor, action="role.grant", target=user, role=role.slug)


@transaction.atomic
def role_revoke(*, user, role: roles.Role, actor=None) -> None:
    if not roles.has_role(user, role):
        return
    user.groups.remove(roles.group_for(role))
    user.__dict__.pop("role_slugs", None)
    audit_record(actor=actor, action="role.revoke", target=user, role=role.slug)


@transaction.atomic
def lhin_coordinator_grant(*, lhin: LHIN, user, actor=None) -> None:
    """Make `user` a coordinator of `lhin`: the role, plus the object grant on that LHIN only."""
    role_grant(user=user, role=roles.LHIN_COORDINATOR, actor=actor)
    if LHINUserObjectPermission.objects.filter(
        user=user, content_object=lhin, permission__codename="coordinate_lhin"
    ).exists():
        return
    assign_perm(COORDINATE_LHIN, user, lhin)
    audit_record(actor=actor, action="lhin.coordinator.grant", target=lhin, user=user.pk)


@transaction.atomic
def lhin_coordinator_revoke(*, lhin: LHIN, user, actor=None) -> None:
    remove_perm(COORDINATE_LHIN, user, lhin)
    audit_record(actor=actor, action="lhin.coordinator.revoke", target=lhin, user=user.pk)
    # The role goes with the last LHIN, so an empty role grants no admin access.
    from .selectors import lhins_coordinated_by

    if not lhins_coordinated_by(user).exists():
        role_revoke(user=user, role=roles.LHIN_COORDINATOR, actor=actor)


def email_person(
    *, person, template: str, context: dict | None = None, erase_recipient: bool = False
) -> OutboundEmail:
    """Email one person from `<template>_subject.txt` and `<template>_message.txt`, written in
    the language they prefer (else the current one), sent by a worker after the commit."""
    language = getattr(person, "preferred_language", "") or translation.get_language()
    context = {"person": person, "site_url": settings.SITE_URL, **(context or {})}
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}_message.txt", context).strip()
    return email_enqueue(
        to=[person.email], subject=subject, body_text=body, erase_recipient=erase_recipient
    )


def email_enqueue(
    *,
    to: list[str],
    subject: str,
    body_text: str,
    body_html: str = "",
    from_email: str | None = None,
    erase_recipient: bool = False,
) -> OutboundEmail:
    """Store the email and have a worker send it once the current transaction commits."""
    from .tasks import send_outbound_email

    message = OutboundEmail(
        to=list(to),
        subject=" ".join(subject.splitlines())[:255],
        body_text=body_text,
        body_html=body_html,
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        erase_recipient=erase_recipient,
    )
    message.full_clean()
    message.save()
    send_outbound_email.delay_on_commit(message.pk)
    return message
