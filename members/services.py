"""Writes about people's accounts and memberships.

Each membership step locks its row, checks the state, writes an audit entry and sends its
emails through the queue after the commit (pretix's `reactivate_order` is the model).
"""

import secrets
from datetime import timedelta

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from governance.models import Honorarium
from governance.services.complaints import cases_forget_person
from governance.services.honoraria import honoraria_close_account
from network import roles
from network.models import AuditEntry, LHINUserObjectPermission, OutboundEmail
from network.services import audit_record, email_person, role_grant, role_revoke

from .consent import CURRENT_VERSIONS
from .models import (
    ConsentRecord,
    Membership,
    MembershipApplication,
    MembershipType,
    Profile,
    User,
)

MEMBERSHIP_TERM = timedelta(days=365)
ROLE_OF_TYPE = {
    MembershipType.FULL: roles.FULL_MEMBER,
    MembershipType.SUPPORTING: roles.SUPPORTING_MEMBER,
}
Status = MembershipApplication.Status


class MembershipError(Exception):
    """A step that cannot be taken now; the message says why, in words for the person."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


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


# --- Applying ----------------------------------------------------------------------------------


@transaction.atomic
def application_save(*, applicant: User, data: dict, submit: bool) -> MembershipApplication:
    """Save the person's open application with `data` (field → value); submit it if asked.

    A draft may be incomplete (the form checks completeness on submit). Submitting records the
    consent to the current terms and privacy statement and tells the LHIN's coordinators.
    """
    application = (
        MembershipApplication.objects.select_for_update()
        .filter(applicant=applicant, status__in=MembershipApplication.OPEN_STATUSES)
        .first()
    )
    if application is None:
        if Membership.objects.filter(person=applicant).exists():
            raise MembershipError(_("You are already a member: renew from your account instead."))
        application = MembershipApplication(applicant=applicant)
    elif not application.is_editable_by_applicant:
        raise MembershipError(
            _("Your application is with the coordinators now and cannot be changed.")
        )
    for field, value in data.items():
        setattr(application, field, value)
    if application.membership_type != MembershipType.FULL:
        application.lived_experience_attested = False
    if application.membership_type == MembershipType.FULL:
        application.organization_name = application.organization_kind = ""
    if submit:
        application.status = Status.SUBMITTED
        application.submitted_at = timezone.now()
    application.full_clean()
    application.save()
    audit_record(
        actor=applicant,
        action="application.submit" if submit else "application.save",
        target=application,
    )
    if submit:
        for document, version in CURRENT_VERSIONS.items():
            ConsentRecord.objects.create(
                person=applicant, document=document, version=version, application=application
            )
        from network.selectors import coordinators_of

        for coordinator in coordinators_of(application.lhin):
            email_person(
                person=coordinator,
                template="members/email/application_submitted",
                context={"application": application},
            )
    return application


@transaction.atomic
def application_withdraw(*, applicant: User) -> MembershipApplication:
    application = (
        MembershipApplication.objects.select_for_update()
        .filter(applicant=applicant, status__in=MembershipApplication.OPEN_STATUSES)
        .first()
    )
    if application is None:
        raise MembershipError(_("You have no application in progress."))
    application.status = Status.WITHDRAWN
    application.save(update_fields=["status", "updated_at"])
    audit_record(actor=applicant, action="application.withdraw", target=application)
    return application


# --- Reviewing ---------------------------------------------------------------------------------


def may_review(reviewer: User, application: MembershipApplication) -> bool:
    """Coordinators of the application's LHIN, and network administrators."""
    if reviewer.is_superuser or roles.has_role(reviewer, roles.NETWORK_ADMINISTRATOR):
        return True
    return application.lhin_id is not None and reviewer.has_perm(
        "network.coordinate_lhin", application.lhin
    )


def _lock_for_review(application_id: int, reviewer: User) -> MembershipApplication:
    # Lock the row alone: a join would be re-read from before the wait, and a second
    # coordinator would not learn who decided first.
    application = MembershipApplication.objects.select_for_update().get(pk=application_id)
    if not may_review(reviewer, application):
        raise MembershipApplication.DoesNotExist
    if application.status not in MembershipApplication.REVIEWABLE_STATUSES:
        if application.decided_by is not None and application.decided_at is not None:
            raise MembershipError(
                _(
                    "This application was already %(status)s by %(name)s on %(date)s. "
                    "Nothing was changed."
                )
                % {
                    "status": application.get_status_display().lower(),
                    "name": application.decided_by.display_name,
                    "date": date_format(
                        timezone.localtime(application.decided_at), "DATETIME_FORMAT"
                    ),
                }
            )
        raise MembershipError(
            _("This application is %(status)s and cannot be reviewed. Nothing was changed.")
            % {"status": application.get_status_display().lower()}
        )
    return application


def _decide(application: MembershipApplication, reviewer: User, status: str) -> None:
    application.status = status
    application.decided_at = timezone.now()
    application.decided_by = reviewer


def _record_and_tell_applicant(
    application: MembershipApplication, reviewer: User, *, action: str, email: str, **context
) -> None:
    """The end of every review step: an audit entry, and an email to the applicant."""
    audit_record(actor=reviewer, action=f"application.{action}", target=application)
    email_person(
        person=application.applicant,
        template=f"members/email/application_{email}",
        context={"application": application, **context},
    )


@transaction.atomic
def application_approve(*, application_id: int, reviewer: User) -> Membership:
    """Approve: the person becomes a member of the application's LHIN for a year."""
    application = _lock_for_review(application_id, reviewer)
    _decide(application, reviewer, Status.APPROVED)
    application.save(update_fields=["status", "decided_at", "decided_by", "updated_at"])
    now = timezone.now()
    membership, _created = Membership.objects.update_or_create(
        person=application.applicant,
        defaults={
            "membership_type": application.membership_type,
            "lhin": application.lhin,
            "status": Membership.Status.ACTIVE,
            "joined_at": now,
            "expires_at": now + MEMBERSHIP_TERM,
            "renewal_reminded_at": None,
            "lapse_notified_at": None,
        },
    )
    _sync_member_role(application.applicant, membership)
    profile_ensure(person=application.applicant, application=application)
    _record_and_tell_applicant(
        application, reviewer, action="approve", email="approved", membership=membership
    )
    return membership


@transaction.atomic
def application_decline(
    *, application_id: int, reviewer: User, reason: str
) -> MembershipApplication:
    reason = reason.strip()
    if not reason:
        raise MembershipError(_("Please give the applicant a reason; it is shown to them."))
    application = _lock_for_review(application_id, reviewer)
    _decide(application, reviewer, Status.DECLINED)
    application.decline_reason = reason
    application.save(
        update_fields=["status", "decided_at", "decided_by", "decline_reason", "updated_at"]
    )
    _record_and_tell_applicant(application, reviewer, action="decline", email="declined")
    return application


@transaction.atomic
def application_request_info(
    *, application_id: int, reviewer: User, message: str
) -> MembershipApplication:
    message = message.strip()
    if not message:
        raise MembershipError(_("Please say what information you need; it is shown to them."))
    application = _lock_for_review(application_id, reviewer)
    application.status = Status.INFO_REQUESTED
    application.info_request = message
    application.save(update_fields=["status", "info_request", "updated_at"])
    _record_and_tell_applicant(application, reviewer, action="request_info", email="info_requested")
    return application


# --- Being a member ----------------------------------------------------------------------------


def _sync_member_role(person: User, membership: Membership) -> None:
    """The role follows the membership: its type's role while active, none once lapsed."""
    for membership_type, role in ROLE_OF_TYPE.items():
        if membership.status == Membership.Status.ACTIVE and (
            membership.membership_type == membership_type
        ):
            role_grant(user=person, role=role)
        else:
            role_revoke(user=person, role=role)


@transaction.atomic
def membership_renew(*, person: User) -> Membership:
    """Renew for a year from the later of today and the current expiry."""
    membership = Membership.objects.select_for_update().filter(person=person).first()
    if membership is None:
        raise MembershipError(_("You are not a member yet: apply to join first."))
    now = timezone.now()
    membership.expires_at = max(now, membership.expires_at) + MEMBERSHIP_TERM
    membership.status = Membership.Status.ACTIVE
    membership.renewal_reminded_at = None
    membership.lapse_notified_at = None
    membership.save()
    _sync_member_role(person, membership)
    audit_record(actor=person, action="membership.renew", target=membership)
    email_person(
        person=person,
        template="members/email/membership_renewed",
        context={"membership": membership},
    )
    return membership


def membership_lapse(*, membership_id: int) -> bool:
    """End member access for an expired membership. Safe to run twice: only one run lapses it."""
    with transaction.atomic():
        lapsed = Membership.objects.filter(
            pk=membership_id, status=Membership.Status.ACTIVE, expires_at__lte=timezone.now()
        ).update(status=Membership.Status.LAPSED, lapse_notified_at=timezone.now())
        if not lapsed:
            return False
        membership = Membership.objects.select_related("person").get(pk=membership_id)
        _sync_member_role(membership.person, membership)
        audit_record(actor=None, action="membership.lapse", target=membership)
        email_person(
            person=membership.person,
            template="members/email/membership_lapsed",
            context={"membership": membership},
        )
    return True


@transaction.atomic
def membership_change_lhin(*, person: User, lhin) -> Membership:
    """Move a member to another LHIN: its coordinators are theirs from now on."""
    membership = Membership.objects.select_for_update().get(person=person)
    if membership.lhin_id != lhin.pk:
        previous = membership.lhin
        membership.lhin = lhin
        membership.save(update_fields=["lhin"])
        audit_record(
            actor=person,
            action="membership.change_lhin",
            target=membership,
            previous=previous.number,
            new=lhin.number,
        )
    return membership


# --- Profile -----------------------------------------------------------------------------------

# What a new profile takes from the application it follows; every visibility starts private.
FROM_APPLICATION = (
    "pronouns",
    "languages",
    "interests",
    "contact_news",
    "contact_events",
    "contact_opportunities",
)


def profile_ensure(*, person: User, application: MembershipApplication | None = None) -> Profile:
    """The person's profile, made on first need from their approved application."""
    profile = Profile.objects.filter(person=person).first()
    if profile is not None:
        return profile
    if application is None:
        application = (
            MembershipApplication.objects.filter(
                applicant=person, status=MembershipApplication.Status.APPROVED
            )
            .order_by("-decided_at", "-pk")
            .first()
        )
    defaults = {}
    if application is not None:
        defaults = {field: getattr(application, field) for field in FROM_APPLICATION}
    profile, _created = Profile.objects.get_or_create(person=person, defaults=defaults)
    return profile


def _profile_locked(person: User) -> Profile:
    profile_ensure(person=person)
    return Profile.objects.select_for_update().get(person=person)


@transaction.atomic
def profile_update(*, person: User, display_name: str, lhin, data: dict) -> Profile:
    """Save the member's profile: `data` maps Profile fields to values. The display name is the
    account's, and the LHIN the membership's, so each goes through its own service."""
    profile = _profile_locked(person)
    user_update_settings(
        user=person, display_name=display_name, preferred_language=person.preferred_language
    )
    if lhin is not None:
        membership_change_lhin(person=person, lhin=lhin)
    for field, value in data.items():
        setattr(profile, field, value)
    profile.full_clean()
    profile.save()
    audit_record(actor=person, action="profile.update", target=profile)
    return profile


def delete_file_after_commit(field_file) -> None:
    """Remove a stored file once the change that dropped it is committed (never before: a
    rollback would leave the row pointing at nothing)."""
    if field_file:
        storage, name = field_file.storage, field_file.name
        transaction.on_commit(lambda: storage.delete(name))


@transaction.atomic
def profile_photo_set(*, person: User, picture: ContentFile) -> Profile:
    """Store an already re-encoded picture (network.images) as the member's photo."""
    profile = _profile_locked(person)
    delete_file_after_commit(profile.photo)
    profile.photo.save(picture.name, picture, save=False)
    profile.save(update_fields=["photo", "updated_at"])
    audit_record(actor=person, action="profile.photo.change", target=profile)
    return profile


@transaction.atomic
def profile_photo_remove(*, person: User) -> Profile:
    profile = _profile_locked(person)
    if profile.photo:
        delete_file_after_commit(profile.photo)
        profile.photo = ""
        profile.save(update_fields=["photo", "updated_at"])
        audit_record(actor=person, action="profile.photo.remove", target=profile)
    return profile


# --- Closing an account ------------------------------------------------------------------------


def _former_member_name() -> str:
    # Stored, not shown through a translation: it stays the same whoever reads it.
    while True:
        name = f"Former member {secrets.token_hex(3)}"
        if not User.objects.filter(display_name__iexact=name).exists():
            return name


def _rename_records_of(
    user: User,
    membership: Membership | None,
    application_ids: list,
    profile_id: int | None,
    honorarium_ids: list,
) -> None:
    """Audit entries and admin history name their record as it was called then: give the
    person's records their new, anonymous name, and drop details that could hold the old one."""
    names = {(ContentType.objects.get_for_model(User).pk, str(user.pk)): str(user)}
    if profile_id is not None:
        profile_type = ContentType.objects.get_for_model(Profile).pk
        names[(profile_type, str(profile_id))] = str(Profile(person=user))
    if membership is not None:
        membership.person = user
        names[(ContentType.objects.get_for_model(Membership).pk, str(membership.pk))] = str(
            membership
        )
    application_type = ContentType.objects.get_for_model(MembershipApplication).pk
    for pk in application_ids:
        names[(application_type, str(pk))] = str(MembershipApplication(applicant=user))
    honorarium_type = ContentType.objects.get_for_model(Honorarium).pk
    for pk in honorarium_ids:
        names[(honorarium_type, str(pk))] = str(Honorarium(pk=pk, person=user))
    targets = Q(pk__in=[])
    for target_type, target_id in names:
        targets |= Q(target_type_id=target_type, target_id=target_id)
    for entry in AuditEntry.objects.filter(targets):
        entry.target_repr = names[(entry.target_type_id, entry.target_id)][:200]
        if entry.action == "user.display_name.change":
            entry.data = {}
        entry.save(update_fields=["target_repr", "data"])
    for (content_type_id, object_id), name in names.items():
        LogEntry.objects.filter(content_type_id=content_type_id, object_id=object_id).update(
            object_repr=name[:200], change_message=""
        )


@transaction.atomic
def account_close(*, user: User) -> User:
    """Close the person's account for good: erase their personal data, keep what they wrote
    elsewhere under a "former member" name, and keep their consent records (proof of consent
    is kept as the law requires). A last email confirms it, and its address is erased once it
    is sent. The account row stays, anonymous, so records that point at it keep their place.
    """
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.closed_at is not None:
        raise MembershipError(_("This account is already closed."))
    # Written first, while the address and the language are still known.
    farewell = email_person(
        person=user,
        template="members/email/account_closed",
        context={"contact": settings.NETWORK_CONTACT_EMAIL},
        erase_recipient=True,
    )
    # Every address of theirs: allauth emailed the others too (confirmations, notices).
    addresses = {user.email}
    addresses.update(EmailAddress.objects.filter(user=user).values_list("email", flat=True))
    OutboundEmail.objects.filter(to__overlap=sorted(addresses)).exclude(pk=farewell.pk).delete()

    membership = Membership.objects.select_for_update().filter(person=user).first()
    if membership is not None:
        # It ends today, so the engagement figures of the past stay as they were.
        membership.status = Membership.Status.LAPSED
        membership.expires_at = min(membership.expires_at, timezone.now())
        membership.save(update_fields=["status", "expires_at"])
    application_ids = list(
        MembershipApplication.objects.filter(applicant=user).values_list("pk", flat=True)
    )
    MembershipApplication.objects.filter(pk__in=application_ids).delete()

    profile = Profile.objects.filter(person=user).first()
    profile_id = profile.pk if profile is not None else None
    if profile is not None:
        delete_file_after_commit(profile.photo)
        profile.delete()
    for session in UserSession.objects.filter(user=user):
        session.end()
    Authenticator.objects.filter(user=user).delete()
    EmailAddress.objects.filter(user=user).delete()  # and their confirmation keys with them
    LHINUserObjectPermission.objects.filter(user=user).delete()
    from governance.services.bodies import seats_release  # governance builds on members

    seats_release(person=user)

    # Comments stay under the "former member" name and votes stay in the counts, anonymous;
    # the record of which consultation emails reached them goes.
    from governance.models import ConsultationNotice

    ConsultationNotice.objects.filter(person=user).delete()
    user.user_permissions.clear()
    user.groups.clear()

    cases_forget_person(person=user)  # governance: complaints attached to the account
    from training.services.sessions import sessions_forget_person  # training builds on members

    # Seats in upcoming sessions go to the people waiting; past attendance stays, anonymous.
    sessions_forget_person(person=user)

    from training.services.records import records_erase  # training builds on members

    records_erase(person=user)  # external training (files after commit) and hours

    from training.services.assessments import self_assessments_erase  # training builds on members

    self_assessments_erase(person=user)  # self-assessments, private notes, learning plan

    from speakers.services.applications import speaker_erase  # speakers build on members

    speaker_erase(person=user)  # the application or profile, its safety plan; photo after commit

    from content.forums.services.accounts import forums_forget_person  # forums build on members

    # Posts stay under "former member" (no author); settings, watches, mutes, reactions go.
    forums_forget_person(person=user)

    from content.services.newsletter import subscriptions_erase  # content builds on members

    subscriptions_erase(emails=sorted(addresses))  # the newsletter, and what it sent them

    user.display_name = _former_member_name()
    user.email = f"closed-{user.pk}-{secrets.token_hex(4)}@closed.invalid"
    user.preferred_language = ""
    user.set_unusable_password()
    user.is_active = False
    user.is_superuser = False
    user.last_login = None
    user.closed_at = timezone.now()
    user.full_clean(exclude=["password"])
    user.save()
    # After the new name: the records stay for the books, under it; unpaid ones are cancelled.
    honorarium_ids = honoraria_close_account(person=user)
    _rename_records_of(user, membership, application_ids, profile_id, honorarium_ids)
    audit_record(actor=None, action="account.close", target=user)
    return user
