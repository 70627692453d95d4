"""Governance demo data: the honoraria part.

The guidelines (the blueprint's recommendation that "guidelines for reimbursement and honoraria
for peer support participation be developed"), a rate table, and one record in each status for
the demo full member and speaker.
"""

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.utils import timezone

from members.models import User
from network.models import LHIN

from ..models import Document, DocumentVersion, Honorarium, HonorariumRate
from ..selectors.honoraria import GUIDELINES_SLUG

GUIDELINES_BODY = """
<p>People with lived and living experience of substance use bring expertise to every table
they join. The network pays for that expertise, and makes sure that taking part never costs
anyone money.</p>
<h3>Honoraria</h3>
<ul>
<li>A peer who speaks, sits on a committee, reviews material or co-facilitates training is
offered an honorarium at the published rates.</li>
<li>Staff of a partner organization taking part as part of their paid work are not offered an
honorarium.</li>
</ul>
<h3>Reimbursement</h3>
<ul>
<li>Travel (mileage or transit fare), childcare and meals on the day are reimbursed on a short
claim; receipts are asked for only when there is one to give.</li>
</ul>
<h3>Your choice</h3>
<ul>
<li>Honoraria may count as income for the Ontario Disability Support Program, Ontario Works or
other income support. Every honorarium can be declined, at any time before it is paid, without
giving a reason, and declining never changes how a person can take part.</li>
<li>Payment records are private: the person, the coordinators of their LHIN, the treasurer and
the network administrators see them, no one else.</li>
<li>Approved payments are made within 30 days.</li>
</ul>
"""

GUIDELINES_BODY_FR = """
<p>Les personnes ayant une expérience vécue ou actuelle de la consommation de substances
apportent une expertise à chaque table où elles siègent. Le réseau rémunère cette expertise et
veille à ce que participer ne coûte jamais rien à personne.</p>
<h3>Honoraires</h3>
<ul>
<li>Une personne paire qui prend la parole, siège à un comité, révise des documents ou
coanime une formation se voit offrir des honoraires selon les taux publiés.</li>
<li>Le personnel d'un organisme partenaire qui participe dans le cadre de son travail rémunéré
ne reçoit pas d'honoraires.</li>
</ul>
<h3>Remboursement</h3>
<ul>
<li>Les déplacements (kilométrage ou transport en commun), la garde d'enfants et les repas du
jour sont remboursés sur simple demande; un reçu n'est demandé que s'il en existe un.</li>
</ul>
<h3>Votre choix</h3>
<ul>
<li>Les honoraires peuvent compter comme un revenu pour le Programme ontarien de soutien aux
personnes handicapées, Ontario au travail ou une autre aide au revenu. Tout honoraire peut être
refusé, à tout moment avant son paiement, sans donner de raison, et refuser ne change jamais la
façon dont une personne peut participer.</li>
<li>Les dossiers de paiement sont confidentiels : seuls la personne, les coordonnateurs de son
RLISS, le trésorier et les administrateurs du réseau les voient.</li>
<li>Les paiements approuvés sont versés dans les 30 jours.</li>
</ul>
"""

RATES = (
    # (order, activity, activity_fr, unit, amount, note, note_fr)
    (
        1,
        "Speaking engagement",
        "Conférence ou témoignage",
        HonorariumRate.Unit.EVENT,
        "150.00",
        "Includes preparation time.",
        "Comprend le temps de préparation.",
    ),
    (2, "Committee or working group meeting", "Réunion de comité ou de groupe de travail",
     HonorariumRate.Unit.HALF_DAY, "75.00", "", ""),
    (3, "Co-facilitating a training day", "Coanimation d'une journée de formation",
     HonorariumRate.Unit.DAY, "200.00", "", ""),
    (4, "Reviewing material or advising", "Révision de documents ou conseil",
     HonorariumRate.Unit.HOUR, "25.00", "", ""),
    (5, "Mileage", "Kilométrage", HonorariumRate.Unit.KM, "0.61",
     "For travel by car to a network activity.",
     "Pour un déplacement en voiture vers une activité du réseau."),
)  # fmt: skip


def _guidelines() -> None:
    document, _created = Document.objects.update_or_create(
        slug=GUIDELINES_SLUG,
        defaults={
            "kind": Document.Kind.POLICY,
            "title": "Guidelines for honoraria and reimbursement",
            "title_fr": "Lignes directrices sur les honoraires et le remboursement",
        },
    )
    approver = User.objects.filter(email="governance@example.org").first()
    DocumentVersion.objects.update_or_create(
        document=document,
        number=1,
        defaults={
            "status": DocumentVersion.Status.APPROVED,
            "body": GUIDELINES_BODY.strip(),
            "body_fr": GUIDELINES_BODY_FR.strip(),
            "change_summary": "First guidelines.",
            "effective_date": date(2026, 4, 1),
            "approved_by": approver,
            "approved_at": datetime(2026, 3, 12, 19, 0, tzinfo=ZoneInfo("America/Toronto")),
            "approval_note": "Board meeting of 12 March 2026",
        },
    )


def _rates() -> dict[str, HonorariumRate]:
    rates = {}
    for order, activity, activity_fr, unit, amount, note, note_fr in RATES:
        rates[activity], _created = HonorariumRate.objects.update_or_create(
            activity=activity,
            defaults={
                "activity_fr": activity_fr,
                "unit": unit,
                "amount": Decimal(amount),
                "effective_from": date(2026, 4, 1),
                "active": True,
                "order": order,
                "note": note,
                "note_fr": note_fr,
            },
        )
    return rates


def _records(rates: dict[str, HonorariumRate]) -> None:
    river = User.objects.filter(email="full.member@example.org").first()
    morgan = User.objects.filter(email="speaker@example.org").first()
    coordinator = User.objects.filter(email="coordinator@example.org").first()
    treasurer = User.objects.filter(email="treasurer@example.org").first()
    if river is None or morgan is None:
        return
    now = timezone.now()
    today = timezone.localdate()
    speaking, meeting, mileage = (
        rates["Speaking engagement"],
        rates["Committee or working group meeting"],
        rates["Mileage"],
    )
    # (person, LHIN number, activity, days ago, kind, rate, quantity, status)
    records = (
        (river, 7, "Spoke at the Toronto forum", 40, "honorarium", speaking, "1", "paid"),
        (river, 7, "Drove to the Toronto forum", 40, "travel", mileage, "64", "paid"),
        (river, 7, "Advisory group meeting, October", 20, "honorarium", meeting, "1", "approved"),
        (river, 7, "Advisory group meeting, November", 5, "honorarium", meeting, "1", "requested"),
        (river, 7, "Childcare during the November meeting", 5, "childcare", None, "1", "declined"),
        (morgan, 11, "Champlain family night", 12, "honorarium", speaking, "1", "requested"),
        (morgan, 11, "Panel that was called off", 30, "honorarium", speaking, "1", "cancelled"),
    )  # fmt: skip
    for person, lhin, activity, days_ago, kind, rate, quantity, status in records:
        quantity = Decimal(quantity)
        amount = (rate.amount * quantity).quantize(Decimal("0.01")) if rate else Decimal("40.00")
        approved = status in ("approved", "paid")
        Honorarium.objects.update_or_create(
            person=person,
            activity=activity,
            defaults={
                "lhin": LHIN.objects.get(number=lhin),
                "kind": kind,
                "rate": rate,
                "activity_date": today - timedelta(days=days_ago),
                "quantity": quantity,
                "amount": amount,
                "status": status,
                "requested_by": coordinator,
                "approved_by": coordinator if approved else None,
                "approved_at": now - timedelta(days=days_ago - 2) if approved else None,
                "paid_by": treasurer if status == "paid" else None,
                "paid_at": now - timedelta(days=days_ago - 10) if status == "paid" else None,
                "payment_reference": "E-TRANSFER CA7Q2X" if status == "paid" else "",
                "declined_at": now - timedelta(days=1) if status == "declined" else None,
                "cancelled_by": coordinator if status == "cancelled" else None,
                "cancelled_at": now - timedelta(days=25) if status == "cancelled" else None,
                "cancel_reason": "The event was called off." if status == "cancelled" else "",
            },
        )


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
    _guidelines()
    _records(_rates())
