"""Content services: the contact part. A message is stored, then emailed to the network's
address by a worker after the commit; the sender sees a plain acknowledgement (no email goes
to the address they typed, so the form cannot be used to write to a stranger)."""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from network.services import audit_record, email_enqueue

from ..models import ContactMessage


@transaction.atomic
def contact_message_send(
    *, name: str, email: str, topic: str, message: str, language: str
) -> ContactMessage:
    contact = ContactMessage(
        name=name.strip(),
        email=email.strip(),
        topic=topic,
        message=message.strip(),
        language=language,
    )
    contact.full_clean()
    contact.save()
    context = {
        "contact": contact,
        "admin_url": settings.SITE_URL
        + reverse("admin:content_contactmessage_change", args=[contact.pk]),
    }
    # The network reads it in English, whatever the sender's language; the message is theirs.
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("content/contact/email/received_subject.txt", context).strip()
        body = render_to_string("content/contact/email/received_message.txt", context).strip()
    # email_enqueue sets no Reply-To: the sender's address is in the body, to answer them.
    email_enqueue(to=[settings.NETWORK_CONTACT_EMAIL], subject=subject, body_text=body)
    return contact


@transaction.atomic
def contact_messages_handle(*, message_ids: list[int], actor) -> int:
    """Mark messages answered (or otherwise dealt with); those already marked keep their mark."""
    messages = list(
        ContactMessage.objects.select_for_update().filter(
            pk__in=message_ids, handled_at__isnull=True
        )
    )
    now = timezone.now()
    for contact in messages:
        contact.handled_at = now
        contact.handled_by = actor
        contact.save(update_fields=["handled_at", "handled_by"])
        # No target: its name would keep the sender's name in the log for good.
        audit_record(actor=actor, action="contact.handle", message=contact.pk)
    return len(messages)
