"""Demo data of the content app: the jobs part (called by content.demo.seed_content_demo).

Eight postings of the peer roles the sources name (peer support worker, peer navigator, peer group
facilitator, peer advisor, speakers, a lived-experience seat on the board), paid and volunteer,
across LHINs and the province; one is for members only, and two have closed, so the list shows
that closed postings leave it. The organizations are invented. Closing dates are relative to the
day it runs. Idempotent: a posting already there (by its address) is left as it is.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction

from network.models import LHIN

from ..models import Access, JobPosting, Status
from ..selectors.jobs import toronto_today


@dataclass(frozen=True)
class DemoJob:
    slug: str
    role: str
    role_fr: str
    organization: str
    lhin: int | None
    pay: str
    hours: str
    hours_fr: str
    description: str
    description_fr: str
    how_to_apply: str
    how_to_apply_fr: str
    closes_in_days: int
    access: int = Access.PUBLIC


DEMO_JOBS = (
    DemoJob(
        slug="peer-support-worker-sudbury",
        role="Peer support worker, addiction services",
        role_fr="Pair aidant ou paire aidante, services en dépendances",
        organization="Nickel Belt Community Health Centre",
        lhin=13,
        pay=JobPosting.Pay.PAID,
        hours="Part-time, 21 hours a week",
        hours_fr="Temps partiel, 21 heures par semaine",
        description=(
            "<p>Walk alongside people with lived experience of substance use as they take their "
            "next steps: intentional listening, sharing your own experience when it helps, and "
            "connecting people to provincial, regional and online resources.</p>"
            "<ul><li>Lived or living experience of substance use, and comfort sharing it with "
            "purpose</li><li>Training in boundaries, confidentiality and self-care, or willingness "
            "to take it</li><li>Regular supervision with a peer manager</li></ul>"
        ),
        description_fr=(
            "<p>Accompagner des personnes ayant un vécu de consommation de substances dans leurs "
            "prochaines étapes : écoute intentionnelle, partage de votre expérience quand il aide, "
            "et orientation vers les ressources provinciales, régionales et en ligne.</p>"
            "<ul><li>Un vécu passé ou présent de consommation, et l'aisance à le partager avec "
            "intention</li><li>Une formation sur les limites, la confidentialité et les soins "
            "personnels, ou la volonté de la suivre</li><li>Une supervision régulière avec une "
            "gestionnaire paire</li></ul>"
        ),
        how_to_apply=(
            "<p>Send a short letter about what draws you to peer work, and a résumé if you have "
            'one, to <a href="mailto:jobs@nickelbelt.example.org">jobs@nickelbelt.example.org'
            "</a>. You do not need to describe your history in detail.</p>"
        ),
        how_to_apply_fr=(
            "<p>Envoyez une courte lettre sur ce qui vous attire dans le travail de pair, et un "
            'CV si vous en avez un, à <a href="mailto:jobs@nickelbelt.example.org">'
            "jobs@nickelbelt.example.org</a>. Inutile de raconter votre parcours en détail.</p>"
        ),
        closes_in_days=21,
    ),
    DemoJob(
        slug="peer-navigator-emergency-department-hamilton",
        role="Peer navigator, emergency department",
        role_fr="Pair navigateur ou paire navigatrice, urgence",
        organization="Escarpment General Hospital",
        lhin=4,
        pay=JobPosting.Pay.PAID,
        hours="Full-time, evenings and weekends in rotation",
        hours_fr="Temps plein, soirs et fins de semaine en rotation",
        description=(
            "<p>Meet people who come to the emergency department after an overdose or in "
            "withdrawal, and help them through the transition to community services: harm "
            "reduction supplies, detox, treatment, housing and peer groups.</p>"
        ),
        description_fr=(
            "<p>Rencontrer les personnes qui arrivent à l'urgence après une surdose ou en sevrage, "
            "et les accompagner dans la transition vers les services communautaires : matériel de "
            "réduction des méfaits, désintoxication, traitement, logement et groupes de pairs.</p>"
        ),
        how_to_apply=(
            "<p>Apply through the hospital's careers page, posting number ED-PN-14, or call the "
            "peer program lead at 905-555-0110.</p>"
        ),
        how_to_apply_fr=(
            "<p>Postulez sur la page d'emplois de l'hôpital, affichage ED-PN-14, ou appelez la "
            "responsable du programme de pairs au 905-555-0110.</p>"
        ),
        closes_in_days=10,
    ),
    DemoJob(
        slug="volunteer-speakers-bureau",
        role="Volunteer speakers for the speakers' bureau",
        role_fr="Conférencières et conférenciers bénévoles du bureau des conférenciers",
        organization="Ontario Peer Support Network",
        lhin=None,
        pay=JobPosting.Pay.VOLUNTEER,
        hours="A few hours a month, with an honorarium for each engagement",
        hours_fr="Quelques heures par mois, avec des honoraires pour chaque engagement",
        description=(
            "<p>Share your experience and expertise at policy roundtables, in classrooms, at "
            "community events and in the media. We train speakers (telling your journey, reading "
            "an audience), prepare the hosting agency, and never send anyone alone.</p>"
        ),
        description_fr=(
            "<p>Partagez votre expérience et votre expertise aux tables de politiques, en classe, "
            "lors d'événements communautaires et dans les médias. Nous formons les conférenciers, "
            "préparons l'organisme hôte et n'envoyons jamais personne seul.</p>"
        ),
        how_to_apply=(
            "<p>Apply to the speakers' bureau from its page on this site. A coordinator will "
            "invite you to a conversation.</p>"
        ),
        how_to_apply_fr=(
            "<p>Posez votre candidature au bureau des conférenciers depuis sa page sur ce site. "
            "Une coordonnatrice vous invitera à une conversation.</p>"
        ),
        closes_in_days=45,
    ),
    DemoJob(
        slug="board-member-lived-experience-seat",
        role="Board member, lived-experience seat",
        role_fr="Membre du conseil, siège réservé aux personnes ayant un vécu",
        organization="Ontario Peer Support Network",
        lhin=None,
        pay=JobPosting.Pay.VOLUNTEER,
        hours="One evening meeting a month, online",
        hours_fr="Une réunion en soirée par mois, en ligne",
        description=(
            "<p>The network is peer run: full members with lived experience hold most seats on "
            "its board. Help set direction, review policies and make sure every LHIN's voice is "
            "heard. Training in leadership and governance is offered.</p>"
        ),
        description_fr=(
            "<p>Le réseau est dirigé par des pairs : les membres à part entière ayant un vécu "
            "occupent la plupart des sièges du conseil. Aidez à fixer l'orientation, à revoir les "
            "politiques et à faire entendre chaque RLISS. Une formation en leadership et en "
            "gouvernance est offerte.</p>"
        ),
        how_to_apply=(
            "<p>Full members may stand for the board: write to us through the contact form with "
            "a few lines on why you would like to serve.</p>"
        ),
        how_to_apply_fr=(
            "<p>Les membres à part entière peuvent se présenter : écrivez-nous par le formulaire "
            "de contact, en quelques lignes sur ce qui vous motive.</p>"
        ),
        closes_in_days=30,
    ),
    DemoJob(
        slug="peer-group-facilitator-families-ottawa",
        role="Peer group facilitator, family support group",
        role_fr="Animatrice ou animateur pair, groupe de soutien aux familles",
        organization="Rideau Family Recovery Circle",
        lhin=11,
        pay=JobPosting.Pay.PAID,
        hours="Casual, two evenings a month",
        hours_fr="Occasionnel, deux soirs par mois",
        description=(
            "<p>Co-facilitate a bilingual support group for families and allies of people who use "
            "substances. Experience as a family member with lived experience is an asset.</p>"
        ),
        description_fr=(
            "<p>Coanimer un groupe de soutien bilingue pour les familles et les proches de "
            "personnes qui consomment des substances. Un vécu comme membre de la famille est un "
            "atout.</p>"
        ),
        how_to_apply=(
            '<p>Email <a href="mailto:circle@rideau.example.org">circle@rideau.example.org</a>'
            " in English or French.</p>"
        ),
        how_to_apply_fr=(
            '<p>Écrivez à <a href="mailto:circle@rideau.example.org">'
            "circle@rideau.example.org</a> en français ou en anglais.</p>"
        ),
        closes_in_days=14,
    ),
    DemoJob(
        slug="peer-advisor-training-panel",
        role="Peer advisor, training expert panel (members only)",
        role_fr="Pair conseiller ou paire conseillère, comité d'experts en formation (membres)",
        organization="Ontario Peer Support Network",
        lhin=None,
        pay=JobPosting.Pay.VOLUNTEER,
        hours="Four online meetings a year, with an honorarium",
        hours_fr="Quatre réunions en ligne par an, avec des honoraires",
        description=(
            "<p>Members help organize the network's training around the six core competencies. "
            "The panel reviews workshops on boundaries, self-care and trauma-informed practice.</p>"
        ),
        description_fr=(
            "<p>Des membres aident à organiser la formation du réseau autour des six compétences "
            "de base. Le comité revoit les ateliers sur les limites, les soins personnels et "
            "l'approche tenant compte des traumatismes.</p>"
        ),
        how_to_apply=('<p>Reply through the contact form, choosing the topic "Training".</p>'),
        how_to_apply_fr=(
            "<p>Répondez par le formulaire de contact en choisissant le sujet « Formation ».</p>"
        ),
        closes_in_days=20,
        access=Access.MEMBERS,
    ),
    DemoJob(
        slug="peer-support-worker-thunder-bay",
        role="Peer support worker, withdrawal management",
        role_fr="Pair aidant ou paire aidante, gestion du sevrage",
        organization="Lakehead Withdrawal Management Centre",
        lhin=14,
        pay=JobPosting.Pay.PAID,
        hours="Full-time",
        hours_fr="Temps plein",
        description=(
            "<p>Support people through withdrawal and the days after, in a team of nurses and "
            "peers.</p>"
        ),
        description_fr=(
            "<p>Soutenir les personnes pendant le sevrage et les jours qui suivent, au sein d'une "
            "équipe d'infirmières et de pairs.</p>"
        ),
        how_to_apply="<p>This posting has closed.</p>",
        how_to_apply_fr="<p>Cet affichage est fermé.</p>",
        closes_in_days=-5,
    ),
    DemoJob(
        slug="volunteer-technology-mentor",
        role="Volunteer technology mentor",
        role_fr="Mentor bénévole en technologie",
        organization="Ontario Peer Support Network",
        lhin=None,
        pay=JobPosting.Pay.VOLUNTEER,
        hours="Two hours a week, online",
        hours_fr="Deux heures par semaine, en ligne",
        description=(
            "<p>Help peers and speakers get comfortable with online meetings, email and this "
            "website, one to one and at their pace.</p>"
        ),
        description_fr=(
            "<p>Aider des pairs et des conférenciers à se sentir à l'aise avec les réunions en "
            "ligne, le courriel et ce site, en tête-à-tête et à leur rythme.</p>"
        ),
        how_to_apply="<p>This posting has closed.</p>",
        how_to_apply_fr="<p>Cet affichage est fermé.</p>",
        closes_in_days=-12,
    ),
)


@transaction.atomic
def seed() -> None:
    lhins = {lhin.number: lhin for lhin in LHIN.objects.all()}
    today = toronto_today()
    for demo in DEMO_JOBS:
        JobPosting.objects.get_or_create(
            slug=demo.slug,
            defaults={
                "role": demo.role,
                "role_fr": demo.role_fr,
                "organization": demo.organization,
                "lhin": lhins.get(demo.lhin) if demo.lhin else None,
                "pay": demo.pay,
                "hours": demo.hours,
                "hours_fr": demo.hours_fr,
                "description": demo.description,
                "description_fr": demo.description_fr,
                "how_to_apply": demo.how_to_apply,
                "how_to_apply_fr": demo.how_to_apply_fr,
                "closes_on": today + timedelta(days=demo.closes_in_days),
                "access": demo.access,
                "status": Status.PUBLISHED,
            },
        )
