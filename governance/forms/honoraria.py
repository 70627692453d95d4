"""Governance forms: the honoraria part (used in the admin)."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from members.engagement import sees_every_lhin
from members.models import User
from network.models import LHIN
from network.selectors import lhins_coordinated_by

from ..models import HONORARIUM_MAXIMUM, RATE_MAXIMUM, Honorarium, HonorariumRate
from ..services.honoraria import lhin_of

CENTS = Decimal("0.01")


def check_amount(amount: Decimal | None, maximum: Decimal, what) -> Decimal | None:
    """The same three refusals everywhere an amount is typed: negative, zero, absurd."""
    if amount is None:
        return None
    if amount < 0:
        raise forms.ValidationError(
            _("%(what)s cannot be negative: enter what is paid, e.g. 150.00.") % {"what": what}
        )
    if amount == 0:
        raise forms.ValidationError(
            _("%(what)s must be more than $0.00. To pay nothing, do not record it.")
            % {"what": what}
        )
    if amount > maximum:
        raise forms.ValidationError(
            _("%(what)s of more than $%(maximum)s is surely a typing slip: check the figure.")
            % {"what": what, "maximum": f"{maximum:,.2f}"}
        )
    return amount


class HonorariumRateForm(forms.ModelForm):
    class Meta:
        model = HonorariumRate
        fields = [
            "activity",
            "activity_fr",
            "unit",
            "amount",
            "effective_from",
            "active",
            "order",
            "note",
            "note_fr",
        ]

    def clean_amount(self) -> Decimal | None:
        return check_amount(self.cleaned_data.get("amount"), RATE_MAXIMUM, _("A rate"))


class HonorariumRequestForm(forms.ModelForm):
    """A new record, by a coordinator (for the people of their LHINs) or an administrator.

    The amount may be left blank when a rate is chosen: it is then the rate times the quantity.
    """

    class Meta:
        model = Honorarium
        fields = [
            "person",
            "lhin",
            "kind",
            "rate",
            "activity",
            "activity_date",
            "quantity",
            "amount",
        ]

    amount = forms.DecimalField(
        label=_("Amount (CAD)"),
        max_digits=8,
        decimal_places=2,
        required=False,
        help_text=_(
            "Dollars and cents, e.g. 150.00. Leave blank to use the rate times the quantity."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        people = User.objects.filter(closed_at__isnull=True, is_active=True).order_by(
            "display_name"
        )
        lhins = LHIN.objects.all()
        if not sees_every_lhin(user):
            lhins = lhins_coordinated_by(user)
            # Coordinators pick among the members of their LHINs only.
            people = people.filter(membership__lhin__in=lhins)
        self.fields["person"].queryset = people
        self.fields["lhin"].queryset = lhins
        self.fields["lhin"].required = False
        self.fields["lhin"].help_text = _(
            "Only for someone without a membership; a member's record belongs to their LHIN."
        )
        self.fields["rate"].queryset = HonorariumRate.objects.filter(active=True)

    def clean_quantity(self) -> Decimal:
        quantity = self.cleaned_data["quantity"]
        if quantity is not None and quantity <= 0:
            raise forms.ValidationError(_("The quantity must be more than 0, e.g. 1 event."))
        return quantity

    def clean_amount(self) -> Decimal | None:
        return check_amount(self.cleaned_data.get("amount"), HONORARIUM_MAXIMUM, _("An amount"))

    def clean(self) -> dict:
        cleaned = super().clean()
        person = cleaned.get("person")
        if person is not None:
            # A member's record belongs to their LHIN, whatever was chosen (see the service).
            cleaned["lhin"] = lhin_of(person) or cleaned.get("lhin")
            if cleaned["lhin"] is None and "lhin" not in self.errors:
                self.add_error(
                    "lhin",
                    _("This person has no membership: choose the LHIN region it belongs to."),
                )
        if "amount" in self.errors or "quantity" in self.errors:
            return cleaned
        rate, quantity = cleaned.get("rate"), cleaned.get("quantity")
        if cleaned.get("amount") is None:
            if rate is None or quantity is None:
                self.add_error("amount", _("Enter the amount, or choose a rate to work it out."))
                return cleaned
            try:
                cleaned["amount"] = check_amount(
                    (rate.amount * quantity).quantize(CENTS), HONORARIUM_MAXIMUM, _("The total")
                )
            except forms.ValidationError as error:
                self.add_error("quantity", error)
        return cleaned


class PaymentForm(forms.Form):
    payment_reference = forms.CharField(
        label=_("Payment reference"),
        max_length=100,
        help_text=_("The cheque number or e-transfer reference."),
    )


class CancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is it cancelled?"),
        max_length=300,
        help_text=_("For the books, e.g. “The meeting was called off”. Not sent to the person."),
    )


class ExportForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Every record you may see")), *Honorarium.Status.choices],
    )
    date_from = forms.DateField(
        label=_("Activities from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("Activities to"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date comes before the start date."))
        return cleaned
