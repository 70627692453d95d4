"""Honoraria and reimbursements: the rate table, and the records of what a person is paid.

A payment can change what a person receives from the Ontario Disability Support Program or
Ontario Works, so a record is private: the person, the coordinators of the LHIN it belongs to,
the treasurer (once approved) and the network administrators. The person may decline it at any
time before it is paid, without a reason.

Records are never deleted (they are the network's books): staff cancel, the person declines.
"""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from network.models import LHIN, Bilingual

__all__ = ["HONORARIUM_MAXIMUM", "RATE_MAXIMUM", "Honorarium", "HonorariumRate", "cad"]

# One record pays one activity; anything above this is a typing slip (an extra zero), not an
# honorarium, and larger payments go through the treasurer's books outside this table.
HONORARIUM_MAXIMUM = Decimal("5000.00")
# The most one unit of a rate may pay (a full day's honorarium is in the low hundreds).
RATE_MAXIMUM = Decimal("1000.00")


def cad(amount: Decimal | None) -> str:
    """An amount in Canadian dollars as readers of the active language write it: "$25.00" in
    English, "25,00 $" in French (the Office québécois de la langue française's usage)."""
    if amount is None:
        return ""
    number = number_format(amount, decimal_pos=2, use_l10n=True, force_grouping=True)
    if (get_language() or "").startswith("fr"):
        return f"{number} $"
    return f"${number}"


class HonorariumRate(Bilingual, models.Model):
    """One line of the published rate table, e.g. "Speaking engagement: $150.00 per event"."""

    class Unit(models.TextChoices):
        HOUR = "hour", _("per hour")
        HALF_DAY = "half_day", _("per half day")
        DAY = "day", _("per day")
        EVENT = "event", _("per event")
        KM = "km", _("per km (mileage)")

    activity = models.CharField(_("activity"), max_length=150)
    activity_fr = models.CharField(_("activity in French"), max_length=150, blank=True)
    unit = models.CharField(_("unit"), max_length=10, choices=Unit.choices)
    amount = models.DecimalField(
        _("amount (CAD)"),
        max_digits=7,
        decimal_places=2,
        help_text=_("Dollars and cents for one unit, e.g. 150.00, or 0.61 per km."),
    )
    effective_from = models.DateField(_("effective from"))
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Only active rates are published and offered for new records."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    note = models.CharField(_("note"), max_length=300, blank=True)
    note_fr = models.CharField(_("note in French"), max_length=300, blank=True)

    class Meta:
        ordering = ["order", "activity"]
        verbose_name = _("honorarium rate")
        verbose_name_plural = _("honorarium rates")
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gt=0) & Q(amount__lte=RATE_MAXIMUM),
                name="honorarium_rate_amount_in_range",
                violation_error_message=_(
                    "A rate is more than $0.00 and at most $1,000.00 per unit."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.activity} ({self.get_unit_display()})"

    @property
    def display_activity(self) -> str:
        return self.localized("activity")

    @property
    def display_note(self) -> str:
        return self.localized("note")

    @property
    def display_amount(self) -> str:
        return cad(self.amount)


class Honorarium(models.Model):
    class Kind(models.TextChoices):
        HONORARIUM = "honorarium", _("Honorarium")
        TRAVEL = "travel", _("Reimbursement: travel")
        CHILDCARE = "childcare", _("Reimbursement: childcare")
        MEALS = "meals", _("Reimbursement: meals")
        OTHER_EXPENSE = "other_expense", _("Reimbursement: other expense")

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        APPROVED = "approved", _("Approved")
        PAID = "paid", _("Paid")
        DECLINED = "declined", _("Declined by the person")
        CANCELLED = "cancelled", _("Cancelled")

    # The person may decline while nothing is paid yet.
    DECLINABLE = (Status.REQUESTED, Status.APPROVED)

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        # A financial record outlives anything that would delete its person.
        on_delete=models.PROTECT,
        related_name="honoraria",
    )
    lhin = models.ForeignKey(
        LHIN,
        verbose_name=_("LHIN region"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The person's LHIN when the record was made: its coordinators look after it."),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.HONORARIUM)
    rate = models.ForeignKey(
        HonorariumRate,
        verbose_name=_("rate"),
        null=True,
        blank=True,
        # Retire a rate (active = no); records keep the rate they were paid at.
        on_delete=models.PROTECT,
        related_name="+",
    )
    activity = models.CharField(
        _("activity"),
        max_length=200,
        help_text=_("What it is for, e.g. “Spoke at the Sudbury family night”."),
    )
    activity_date = models.DateField(_("date of the activity"))
    quantity = models.DecimalField(
        _("quantity"),
        max_digits=7,
        decimal_places=2,
        default=Decimal("1"),
        help_text=_("Units of the rate: hours, half days, days, events or kilometres."),
    )
    amount = models.DecimalField(_("amount (CAD)"), max_digits=8, decimal_places=2)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.REQUESTED
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    requested_at = models.DateTimeField(_("requested"), auto_now_add=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    paid_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("paid by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    paid_at = models.DateTimeField(_("paid"), null=True, blank=True)
    payment_reference = models.CharField(
        _("payment reference"),
        max_length=100,
        blank=True,
        help_text=_("The cheque number or e-transfer reference, for the books."),
    )
    declined_at = models.DateTimeField(_("declined"), null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cancelled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    cancel_reason = models.CharField(_("reason for cancelling"), max_length=300, blank=True)

    class Meta:
        ordering = ["-activity_date", "-pk"]
        verbose_name = _("honorarium or reimbursement")
        verbose_name_plural = _("honoraria and reimbursements")
        indexes = [
            models.Index(fields=["person", "-activity_date"]),
            models.Index(fields=["status", "activity_date"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gt=0),
                name="honorarium_amount_positive",
                violation_error_message=_("The amount must be more than $0.00."),
            ),
            models.CheckConstraint(
                condition=Q(amount__lte=HONORARIUM_MAXIMUM),
                name="honorarium_amount_at_most_maximum",
                violation_error_message=_("The amount can be at most $5,000.00."),
            ),
            models.CheckConstraint(
                condition=Q(quantity__gt=0),
                name="honorarium_quantity_positive",
                violation_error_message=_("The quantity must be more than 0."),
            ),
            # Each status carries its time: the books say when, not only what.
            models.CheckConstraint(
                condition=~Q(status__in=["approved", "paid"]) | Q(approved_at__isnull=False),
                name="honorarium_approved_has_time",
            ),
            models.CheckConstraint(
                condition=~Q(status="paid") | Q(paid_at__isnull=False),
                name="honorarium_paid_has_time",
            ),
            models.CheckConstraint(
                condition=~Q(status="declined") | Q(declined_at__isnull=False),
                name="honorarium_declined_has_time",
            ),
            models.CheckConstraint(
                condition=~Q(status="cancelled") | Q(cancelled_at__isnull=False),
                name="honorarium_cancelled_has_time",
            ),
        ]

    def __str__(self) -> str:
        return _("%(reference)s: %(kind)s for %(name)s") % {
            "reference": self.reference,
            "kind": self.get_kind_display(),
            "name": self.person.display_name,
        }

    @property
    def reference(self) -> str:
        """The number the treasurer and the person quote to each other."""
        return f"H-{self.pk:05d}" if self.pk else "H-?"

    @property
    def display_amount(self) -> str:
        return cad(self.amount)

    @property
    def status_for_person(self) -> str:
        """The status as the person reads it about their own record."""
        return str(STATUS_FOR_THE_PERSON[self.status])

    @property
    def is_declinable(self) -> bool:
        return self.status in self.DECLINABLE

    @property
    def is_reimbursement(self) -> bool:
        return self.kind != self.Kind.HONORARIUM


STATUS_FOR_THE_PERSON = {
    Honorarium.Status.REQUESTED: _("Waiting for approval"),
    Honorarium.Status.APPROVED: _("Approved, waiting for payment"),
    Honorarium.Status.PAID: _("Paid"),
    Honorarium.Status.DECLINED: _("You declined it"),
    Honorarium.Status.CANCELLED: _("Cancelled by the network"),
}
