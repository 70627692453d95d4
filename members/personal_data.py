"""Everything the platform holds about a person, for "My data": a JSON download and a page.

One function gathers it (`personal_data_of`), in sections; the page and the download show the
same sections, so neither can leave out what the other has. Secrets are never included: no
password hash, no two-factor secret or recovery code, no session key.

A later issue that stores something about a person adds a section here (and a line in
`members.services.account_close` to erase it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from governance.models import Honorarium
from governance.selectors.complaints import complaint_records_of
from governance.selectors.honoraria import honoraria_of
from network import roles
from network.choices import PeerRole, SpokenLanguage, choice_labels
from network.models import AuditEntry, OutboundEmail
from network.selectors import lhins_coordinated_by

from .models import ConsentRecord, Membership, MembershipApplication, Profile, User, Visibility


@dataclass(frozen=True)
class Section:
    key: str
    title: Promise
    records: list[dict]  # field name → value (DjangoJSONEncoder writes the dates as ISO 8601)


# The names of the fields, as the page shows them. The JSON uses the keys.
LABELS = {
    "email": gettext_lazy("Email address"),
    "display_name": gettext_lazy("Display name"),
    "preferred_language": gettext_lazy("Language of emails"),
    "date_joined": gettext_lazy("Account made"),
    "last_login": gettext_lazy("Last signed in"),
    "roles": gettext_lazy("Roles"),
    "coordinates_lhins": gettext_lazy("LHIN regions you coordinate"),
    "verified": gettext_lazy("Verified"),
    "primary": gettext_lazy("Primary"),
    "membership_type": gettext_lazy("Membership type"),
    "lhin": gettext_lazy("LHIN region"),
    "status": gettext_lazy("Status"),
    "joined_at": gettext_lazy("Joined"),
    "expires_at": gettext_lazy("Ends"),
    "renewal_reminded_at": gettext_lazy("Renewal reminder sent"),
    "lapse_notified_at": gettext_lazy("Lapse notice sent"),
    "pronouns": gettext_lazy("Pronouns"),
    "bio": gettext_lazy("About you"),
    "photo": gettext_lazy("Photo"),
    "languages": gettext_lazy("Languages"),
    "interests": gettext_lazy("Areas of interest"),
    "in_directory": gettext_lazy("Listed in the members' directory"),
    "visibility": gettext_lazy("Who can see each field"),
    "contact_news": gettext_lazy("Emails about news and the newsletter"),
    "contact_events": gettext_lazy("Emails about events and training"),
    "contact_opportunities": gettext_lazy("Emails about opportunities to take part"),
    "lived_experience_attested": gettext_lazy("Lived or living experience attested"),
    "organization_name": gettext_lazy("Organization name"),
    "organization_kind": gettext_lazy("Kind of organization"),
    "heard_about": gettext_lazy("How you heard of the network"),
    "heard_about_detail": gettext_lazy("Tell us more"),
    "created_at": gettext_lazy("Made"),
    "submitted_at": gettext_lazy("Submitted"),
    "decided_at": gettext_lazy("Decided"),
    "decline_reason": gettext_lazy("Reason for declining"),
    "info_request": gettext_lazy("Information requested"),
    "document": gettext_lazy("Document"),
    "version": gettext_lazy("Version"),
    "accepted_at": gettext_lazy("Accepted"),
    "ip": gettext_lazy("IP address"),
    "user_agent": gettext_lazy("Browser"),
    "last_seen_at": gettext_lazy("Last seen"),
    "type": gettext_lazy("Kind"),
    "last_used_at": gettext_lazy("Last used"),
    "subject": gettext_lazy("Subject"),
    "sent_at": gettext_lazy("Sent"),
    "action": gettext_lazy("What happened"),
    "by_you": gettext_lazy("Done by you"),
    "record": gettext_lazy("Record"),
    "at": gettext_lazy("When"),
    "reference": gettext_lazy("Reference"),
    "kind": gettext_lazy("Kind"),
    "activity": gettext_lazy("Activity"),
    "activity_date": gettext_lazy("Date of the activity"),
    "quantity": gettext_lazy("Quantity"),
    "amount": gettext_lazy("Amount (CAD)"),
    "requested_at": gettext_lazy("Requested"),
    "approved_at": gettext_lazy("Approved"),
    "paid_at": gettext_lazy("Paid"),
    "payment_reference": gettext_lazy("Payment reference"),
    "declined_at": gettext_lazy("Declined"),
    "cancelled_at": gettext_lazy("Cancelled"),
    "body": gettext_lazy("Body"),
    "role": gettext_lazy("Role"),
    "lived_experience": gettext_lazy("Lived-experience seat"),
    "term_start": gettext_lazy("Term starts"),
    "term_end": gettext_lazy("Term ends"),
    "meeting": gettext_lazy("Meeting"),
    "starts_at": gettext_lazy("Starts"),
    "capacity": gettext_lazy("Attending as"),
    "category": gettext_lazy("About"),
    "what_happened": gettext_lazy("What happened"),
    "outcome_hoped": gettext_lazy("Outcome hoped for"),
    "name": gettext_lazy("Name"),
    "training_session": gettext_lazy("Training session"),
    "waitlisted_at": gettext_lazy("Joined the waitlist"),
    "promoted_at": gettext_lazy("Given a seat from the waitlist"),
    "attended": gettext_lazy("Attended"),
    "phone": gettext_lazy("Phone number"),
    "preferred_contact": gettext_lazy("Preferred way to reach you"),
    "received_at": gettext_lazy("Received"),
    "response": gettext_lazy("Our response"),
    "consultation": gettext_lazy("Consultation"),
    "comment": gettext_lazy("Comment"),
    "hidden": gettext_lazy("Hidden by a moderator"),
    "vote": gettext_lazy("Your vote"),
    "updated_at": gettext_lazy("Last changed"),
    "course": gettext_lazy("Course"),
    "hours": gettext_lazy("Hours"),
    "title": gettext_lazy("Title"),
    "provider": gettext_lazy("Provider"),
    "completed_on": gettext_lazy("Completed on"),
    "competencies": gettext_lazy("Competencies"),
    "evidence": gettext_lazy("Evidence file"),
    "date": gettext_lazy("Date"),
    "organization": gettext_lazy("Organization"),
    "note": gettext_lazy("Private note"),
    "year": gettext_lazy("Year"),
    "competency": gettext_lazy("Competency"),
    "level": gettext_lazy("Your level"),
    "session": gettext_lazy("Session"),
    "added_at": gettext_lazy("Added"),
    "done_at": gettext_lazy("Done"),
    "name_to_show": gettext_lazy("Name to show"),
    "home_lhin": gettext_lazy("Home LHIN region"),
    "public_bio": gettext_lazy("Public bio"),
    "photo_alt": gettext_lazy("Photo description"),
    "topics": gettext_lazy("Topics"),
    "formats": gettext_lazy("Formats"),
    "audiences": gettext_lazy("Audiences"),
    "lhins_served": gettext_lazy("LHIN regions served"),
    "travel": gettext_lazy("Travel"),
    "availability": gettext_lazy("Availability"),
    "monthly_limit": gettext_lazy("Engagements a month, at most"),
    "training_attended": gettext_lazy("Training attended here"),
    "training_external": gettext_lazy("Training taken elsewhere"),
    "references": gettext_lazy("References"),
    "accessibility_needs": gettext_lazy("Accessibility needs"),
    "honorarium_preference": gettext_lazy("Honorarium"),
    "published": gettext_lazy("What you chose to publish"),
    "decision_note": gettext_lazy("Message from the coordinators"),
    "paused_at": gettext_lazy("Paused since"),
    "will_speak_about": gettext_lazy("What I will speak about"),
    "wont_speak_about": gettext_lazy("What I won't speak about"),
    "support_person": gettext_lazy("My support person"),
    "after_care": gettext_lazy("What helps me after a talk"),
    "language": gettext_lazy("Language"),
    "signed_up_at": gettext_lazy("Signed up"),
    "confirmed_at": gettext_lazy("Confirmed"),
    "unsubscribed_at": gettext_lazy("Unsubscribed"),
    "thread": gettext_lazy("Thread"),
    "written_at": gettext_lazy("Written"),
    "edited_at": gettext_lazy("Edited"),
    "deleted_at": gettext_lazy("Deleted"),
    "content_warning": gettext_lazy("Content warning"),
    "text": gettext_lazy("Text"),
    "post": gettext_lazy("Post"),
    "reaction": gettext_lazy("Reaction"),
    "given_at": gettext_lazy("Given"),
    "reason": gettext_lazy("Reason"),
    "details": gettext_lazy("What you told the moderators"),
    "reported_at": gettext_lazy("Reported"),
    "member": gettext_lazy("Member"),
    "muted_at": gettext_lazy("Muted since"),
    "watching": gettext_lazy("Watching"),
    "since": gettext_lazy("Since"),
    "guidelines_accepted_at": gettext_lazy("Community guidelines accepted"),
    "digest": gettext_lazy("Digest email"),
    "email_replies": gettext_lazy("Email me replies in what I watch"),
    "email_mentions": gettext_lazy("Email me when someone mentions me"),
    "posting_suspended_until": gettext_lazy("Posting suspended until"),
    "made_at": gettext_lazy("Made"),
    "emailed_at": gettext_lazy("Emailed"),
    "read_at": gettext_lazy("Read"),
}


# What the audit log's actions mean, in words; an action not listed shows as recorded.
ACTIONS = {
    "application.save": gettext_lazy("Application saved as a draft"),
    "application.submit": gettext_lazy("Application submitted"),
    "application.withdraw": gettext_lazy("Application withdrawn"),
    "application.approve": gettext_lazy("Application approved"),
    "application.decline": gettext_lazy("Application declined"),
    "application.request_info": gettext_lazy("More information asked for"),
    "membership.renew": gettext_lazy("Membership renewed"),
    "membership.lapse": gettext_lazy("Membership lapsed"),
    "membership.change_lhin": gettext_lazy("Moved to another LHIN region"),
    "user.display_name.change": gettext_lazy("Display name changed"),
    "profile.update": gettext_lazy("Profile changed"),
    "profile.photo.change": gettext_lazy("Profile photo changed"),
    "profile.photo.remove": gettext_lazy("Profile photo removed"),
    "role.grant": gettext_lazy("Role given"),
    "role.revoke": gettext_lazy("Role removed"),
    "honorarium.request": gettext_lazy("Honorarium or reimbursement requested"),
    "honorarium.approve": gettext_lazy("Honorarium or reimbursement approved"),
    "honorarium.pay": gettext_lazy("Honorarium or reimbursement paid"),
    "honorarium.decline": gettext_lazy("Honorarium or reimbursement declined"),
    "honorarium.cancel": gettext_lazy("Honorarium or reimbursement cancelled"),
    "consultation.comment": gettext_lazy("Comment on a consultation"),
    "consultation.vote": gettext_lazy("Vote in a consultation"),
    "consultation.vote.change": gettext_lazy("Vote in a consultation changed"),
    "speaker.save": gettext_lazy("Speakers' bureau application saved"),
    "speaker.profile.change": gettext_lazy("Speaker profile changed"),
    "speaker.safety_plan.save": gettext_lazy("Safety plan saved"),
    "speaker.safety_plan.delete": gettext_lazy("Safety plan emptied"),
    "speaker.draft": gettext_lazy("Speakers' bureau application started again"),
    "speaker.submitted": gettext_lazy("Speakers' bureau application submitted"),
    "speaker.in_review": gettext_lazy("Speakers' bureau application in review"),
    "speaker.conversation": gettext_lazy("Speakers' bureau conversation scheduled"),
    "speaker.approved": gettext_lazy("Speakers' bureau application approved"),
    "speaker.declined": gettext_lazy("Speakers' bureau application declined"),
    "speaker.withdrawn": gettext_lazy("Speakers' bureau application withdrawn"),
    "speaker.paused": gettext_lazy("Paused as a speaker"),
    "speaker.resumed": gettext_lazy("Resumed as a speaker"),
}


def _display(model, instance, field: str) -> str:
    value = getattr(instance, field)
    if not value:
        return ""
    return str(dict(model._meta.get_field(field).choices).get(value, value))


def personal_data_of(user: User) -> list[Section]:
    """Every section of what is held about `user`, in a fixed number of queries."""
    membership = Membership.objects.select_related("lhin").filter(person=user).first()
    profile = Profile.objects.filter(person=user).first()
    addresses = list(EmailAddress.objects.filter(user=user).order_by("email"))
    applications = list(
        MembershipApplication.objects.filter(applicant=user)
        .select_related("lhin")
        .order_by("created_at", "pk")
    )
    honoraria = list(honoraria_of(user))
    from governance.selectors.consultations import personal_records_of

    consultations = personal_records_of(user)
    sections = [
        Section(
            "account",
            gettext_lazy("Your account"),
            [
                {
                    "email": user.email,
                    "display_name": user.display_name,
                    "preferred_language": _display(User, user, "preferred_language"),
                    "date_joined": user.date_joined,
                    "last_login": user.last_login,
                    "roles": sorted(str(roles.BY_SLUG[slug].label) for slug in user.role_slugs),
                    "coordinates_lhins": [
                        lhin.display_name for lhin in lhins_coordinated_by(user).order_by("number")
                    ],
                }
            ],
        ),
        Section(
            "email_addresses",
            gettext_lazy("Email addresses"),
            [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in addresses
            ],
        ),
        Section(
            "membership",
            gettext_lazy("Membership"),
            [_membership_record(membership)] if membership is not None else [],
        ),
        Section(
            "profile",
            gettext_lazy("Profile"),
            [_profile_record(profile, membership)] if profile is not None else [],
        ),
        Section(
            "applications",
            gettext_lazy("Membership applications"),
            [_application_record(application) for application in applications],
        ),
        Section(
            "honoraria",
            gettext_lazy("Honoraria and reimbursements"),
            [_honorarium_record(honorarium) for honorarium in honoraria],
        ),
        Section(
            "consents",
            gettext_lazy("Consents you gave"),
            [
                {
                    "document": consent.get_document_display(),
                    "version": consent.version,
                    "accepted_at": consent.accepted_at,
                }
                for consent in ConsentRecord.objects.filter(person=user).order_by("accepted_at")
            ],
        ),
        Section(
            "sessions",
            gettext_lazy("Where you are signed in"),
            [
                {
                    "created_at": session.created_at,
                    "ip": session.ip,
                    "user_agent": session.user_agent,
                    "last_seen_at": session.last_seen_at,
                }
                for session in UserSession.objects.filter(user=user).order_by("created_at")
            ],
        ),
        Section(
            "two_factor",
            gettext_lazy("Two-factor authentication"),
            [
                {
                    "type": authenticator.get_type_display(),
                    "created_at": authenticator.created_at,
                    "last_used_at": authenticator.last_used_at,
                }
                for authenticator in Authenticator.objects.filter(user=user).order_by("created_at")
            ],
        ),
        Section(
            "emails",
            gettext_lazy("Emails we sent you (kept 90 days)"),
            [
                {
                    "subject": email.subject,
                    "status": email.get_status_display(),
                    "created_at": email.created_at,
                    "sent_at": email.sent_at,
                }
                for email in OutboundEmail.objects.filter(
                    to__overlap=sorted({user.email, *(address.email for address in addresses)})
                ).order_by("created_at")
            ],
        ),
        _newsletter_section(user, addresses),
        *_governance_sections(user),
        _training_sessions_section(user),
        *_training_sections(user),
        Section(
            "complaints",
            gettext_lazy("Complaints and feedback attached to your account"),
            complaint_records_of(user),
        ),
        Section(
            "consultation_comments",
            gettext_lazy("Your comments on consultations"),
            consultations["comments"],
        ),
        Section(
            "consultation_votes",
            gettext_lazy("Your votes in consultations (nobody else sees them)"),
            consultations["votes"],
        ),
        *_training_assessment_sections(user),
        *_speakers_sections(user),
        *_forums_sections(user),
        Section(
            "activity",
            gettext_lazy("Activity recorded about you"),
            _activity(user, membership, applications, honoraria),
        ),
    ]
    return sections


def _newsletter_section(user: User, addresses: list[EmailAddress]) -> Section:
    """The newsletter: subscriptions of any of the person's addresses (the list needs no account,
    so it is matched by address)."""
    from content.selectors.newsletter import subscriptions_of  # content builds on members

    subscriptions = subscriptions_of([user.email, *(address.email for address in addresses)])
    return Section(
        "newsletter",
        gettext_lazy("Newsletter subscription"),
        [
            {
                "email": subscriber.email,
                "language": subscriber.get_language_display(),
                "status": subscriber.get_status_display(),
                "signed_up_at": subscriber.created_at,
                "confirmed_at": subscriber.confirmed_at,
                "unsubscribed_at": subscriber.unsubscribed_at,
            }
            for subscriber in subscriptions
        ],
    )


def _training_sections(user: User) -> list[Section]:
    """Training: the sessions attended, training taken elsewhere, peer-support hours."""
    from training.selectors.records import (  # training builds on members
        completed_sessions_of,
        external_training_listed,
        peer_hours_of,
    )

    return [
        Section(
            "training_attended",
            gettext_lazy("Training sessions you attended"),
            [
                {
                    "course": row.session.course.display_title,
                    "starts_at": row.session.starts_at,
                    "hours": f"{row.session.course.duration_hours}",
                }
                for row in completed_sessions_of(user)
            ],
        ),
        Section(
            "training_external",
            gettext_lazy("Training you took elsewhere"),
            [
                {
                    "title": training.title,
                    "provider": training.provider,
                    "completed_on": training.completed_on,
                    "hours": f"{training.hours}",
                    "competencies": training.competency_names,
                    "evidence": reverse("training:external_training_evidence", args=[training.pk])
                    if training.evidence
                    else None,
                }
                for training in external_training_listed(user)
            ],
        ),
        Section(
            "training_hours",
            gettext_lazy("Your peer-support hours"),
            [
                {
                    "date": entry.date,
                    "hours": f"{entry.hours}",
                    "kind": entry.get_kind_display(),
                    "organization": entry.organization,
                    "note": entry.note,
                }
                for entry in peer_hours_of(user)
            ],
        ),
    ]


def _training_assessment_sections(user: User) -> list[Section]:
    """Training: the self-assessments (with the private notes: this page is the person's own)
    and the learning plan."""
    from training.selectors.assessments import personal_records_of  # training builds on members

    records = personal_records_of(user)
    return [
        Section(
            "self_assessments",
            gettext_lazy("Your self-assessments (nobody else sees them)"),
            records["ratings"],
        ),
        Section("learning_plan", gettext_lazy("Your learning plan"), records["plan"]),
    ]


def _speakers_sections(user: User) -> list[Section]:
    """The speakers' bureau: the application or speaker profile with its consents, the safety
    plan (it is the person's own; nobody else ever sees it) and the application's steps."""
    from speakers.selectors.applications import personal_records_of  # speakers build on members

    records = personal_records_of(user)
    return [
        Section(
            "speaker",
            gettext_lazy("Speakers' bureau: your application and speaker profile"),
            records["speaker"],
        ),
        Section(
            "speaker_safety_plan",
            gettext_lazy("Your safety plan (nobody else sees it)"),
            records["safety_plan"],
        ),
        Section(
            "speaker_steps",
            gettext_lazy("Steps of your speakers' bureau application"),
            records["steps"],
        ),
        Section(
            "speaker_engagements",
            gettext_lazy("Your speaking engagements, with your own debriefs"),
            records["engagements"],
        ),
    ]


def _forums_sections(user: User) -> list[Section]:
    """The forums: the person's posts (thread, date, text), the reactions they gave, the reports
    they made, the members they muted, what they watch, their notifications and their forum
    settings."""
    from content.forums.selectors.personal_data import personal_records_of  # forums build on us

    records = personal_records_of(user)
    return [
        Section("forum_posts", gettext_lazy("Forums: your posts"), records["posts"]),
        Section(
            "forum_reactions", gettext_lazy("Forums: reactions you gave"), records["reactions"]
        ),
        Section("forum_reports", gettext_lazy("Forums: posts you reported"), records["reports"]),
        Section("forum_mutes", gettext_lazy("Forums: members you muted"), records["mutes"]),
        Section(
            "forum_subscriptions", gettext_lazy("Forums: what you watch"), records["subscriptions"]
        ),
        Section(
            "forum_notifications",
            gettext_lazy("Forums: your notifications"),
            records["notifications"],
        ),
        Section("forum_settings", gettext_lazy("Forums: your settings"), records["settings"]),
    ]


def _membership_record(membership: Membership) -> dict:
    return {
        "membership_type": membership.get_membership_type_display(),
        "lhin": membership.lhin.display_name,
        "status": membership.get_status_display(),
        "joined_at": membership.joined_at,
        "expires_at": membership.expires_at,
        "renewal_reminded_at": membership.renewal_reminded_at,
        "lapse_notified_at": membership.lapse_notified_at,
    }


def _profile_record(profile: Profile, membership: Membership | None) -> dict:
    return {
        "pronouns": profile.pronouns,
        "bio": profile.bio,
        "photo": reverse("members:profile_photo", args=[profile.public_id])
        if profile.photo
        else None,
        "languages": choice_labels(SpokenLanguage.choices, profile.languages),
        "interests": choice_labels(PeerRole.choices, profile.interests),
        "in_directory": profile.in_directory,
        "visibility": {
            field: Visibility(profile.visibility_of(field)).label
            for field in Profile.VISIBLE_FIELDS
        },
        "contact_news": profile.contact_news,
        "contact_events": profile.contact_events,
        "contact_opportunities": profile.contact_opportunities,
    }


def _application_record(application: MembershipApplication) -> dict:
    model = MembershipApplication
    return {
        "status": application.get_status_display(),
        "membership_type": _display(model, application, "membership_type"),
        "lived_experience_attested": application.lived_experience_attested,
        "lhin": application.lhin.display_name if application.lhin else None,
        "organization_name": application.organization_name,
        "organization_kind": _display(model, application, "organization_kind"),
        "pronouns": application.pronouns,
        "languages": choice_labels(SpokenLanguage.choices, application.languages),
        "interests": choice_labels(PeerRole.choices, application.interests),
        "heard_about": _display(model, application, "heard_about"),
        "heard_about_detail": application.heard_about_detail,
        "contact_news": application.contact_news,
        "contact_events": application.contact_events,
        "contact_opportunities": application.contact_opportunities,
        "created_at": application.created_at,
        "submitted_at": application.submitted_at,
        "decided_at": application.decided_at,
        "decline_reason": application.decline_reason,
        "info_request": application.info_request,
    }


def _honorarium_record(honorarium: Honorarium) -> dict:
    # Who approved or paid is staff's business; the dates are the person's.
    return {
        "reference": honorarium.reference,
        "kind": honorarium.get_kind_display(),
        "activity": honorarium.activity,
        "activity_date": honorarium.activity_date,
        "quantity": f"{honorarium.quantity:.2f}",
        "amount": f"{honorarium.amount:.2f}",
        "status": honorarium.status_for_person,
        "requested_at": honorarium.requested_at,
        "approved_at": honorarium.approved_at,
        "paid_at": honorarium.paid_at,
        "payment_reference": honorarium.payment_reference,
        "declined_at": honorarium.declined_at,
        "cancelled_at": honorarium.cancelled_at,
    }


def _training_sessions_section(user: User) -> Section:
    from training.selectors.sessions import personal_records_of  # training builds on members

    return Section(
        "training_sessions",
        gettext_lazy("Training sessions you registered for"),
        personal_records_of(user),
    )


def _governance_sections(user: User) -> list[Section]:
    """The seats the person holds on governance bodies and the meetings they attended."""
    from governance.models import Attendance, Seat  # governance builds on members

    seats = Seat.objects.filter(holder=user).select_related("body").order_by("body__name", "pk")
    attendance = (
        Attendance.objects.filter(person=user)
        .select_related("meeting__body")
        .order_by("meeting__starts_at", "pk")
    )
    return [
        Section(
            "governance_seats",
            gettext_lazy("Seats you hold on governance bodies"),
            [
                {
                    "body": seat.body.display_name,
                    "role": seat.get_role_display(),
                    "lived_experience": seat.lived_experience,
                    "term_start": seat.term_start,
                    "term_end": seat.term_end,
                }
                for seat in seats
            ],
        ),
        Section(
            "meeting_attendance",
            gettext_lazy("Governance meetings you were listed at"),
            [
                {
                    "meeting": f"{row.meeting.body.display_name}: {row.meeting.display_title}",
                    "starts_at": row.meeting.starts_at,
                    "status": row.get_status_display(),
                    "capacity": row.get_capacity_display(),
                }
                for row in attendance
            ],
        ),
    ]


def _activity(user: User, membership, applications, honoraria=()) -> list[dict]:
    """Audit entries the person made, and those about their account, membership or
    applications. Who else acted is not named: it may be a coordinator's private business."""
    targets = Q(target_type=ContentType.objects.get_for_model(User), target_id=str(user.pk))
    if membership is not None:
        targets |= Q(
            target_type=ContentType.objects.get_for_model(Membership),
            target_id=str(membership.pk),
        )
    if applications:
        targets |= Q(
            target_type=ContentType.objects.get_for_model(MembershipApplication),
            target_id__in=[str(application.pk) for application in applications],
        )
    if honoraria:
        targets |= Q(
            target_type=ContentType.objects.get_for_model(Honorarium),
            target_id__in=[str(honorarium.pk) for honorarium in honoraria],
        )
    entries = AuditEntry.objects.filter(Q(actor=user) | targets).order_by("created_at", "pk")
    return [
        {
            "at": entry.created_at,
            "action": str(ACTIONS.get(entry.action, entry.action)),
            "record": entry.target_repr,
            "by_you": entry.actor_id == user.pk,
        }
        for entry in entries
    ]


def readable(sections: list[Section]) -> list[dict]:
    """The sections for the page: each value in words (dates in local time, yes or no)."""
    return [
        {
            "key": section.key,
            "title": section.title,
            "records": [
                [(LABELS.get(field, field), _in_words(value)) for field, value in record.items()]
                for record in section.records
            ],
        }
        for section in sections
    ]


def _in_words(value) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{LABELS.get(key, key)}: {item}" for key, item in value.items())
    if isinstance(value, datetime):
        return date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, date):
        return date_format(value, "DATE_FORMAT")
    return str(value)
