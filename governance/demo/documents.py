"""Governance demo data: the documents part.

The statements and policies a visitor of the demo reads, in English and French, drawn from the
source report (seed 000: its governance principles, the "mission, vision and values" it asks
for, anti-stigma, "a clear and responsive complaint mechanism") and seed 001 on stigma. The
network's terms of reference have two versions so the comparison page has a change to show.
"""

import datetime

from django.utils import timezone

from members.models import User

from ..models import Document, DocumentVersion

Kind = Document.Kind
Status = DocumentVersion.Status
APPROVED_AT = datetime.datetime(2026, 3, 12, 19, 0, tzinfo=datetime.UTC)


def _p(*paragraphs: str) -> str:
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def _ul(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _ol(*items: str) -> str:
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


TERMS_V1 = (
    "<h2>Purpose</h2>"
    + _p(
        "The network gives people with lived and living experience of substance use a voice "
        "at the tables where addictions policy and services are planned, and supports peer "
        "work across Ontario's 14 LHIN regions."
    )
    + "<h2>Membership</h2>"
    + _p(
        "Full members have lived or living experience of substance use; supporting members are "
        "families, allies and organizations that support peer work. Only full members vote."
    )
    + "<h2>Governance</h2>"
    + _ul(
        "A board of seven members, at least four of them full members, elected for two years.",
        "The board meets four times a year; meetings are open to members.",
        "Decisions are made by consensus where possible, otherwise by majority vote.",
    )
    + "<h2>Review</h2>"
    + _p("These terms are reviewed every two years, after a consultation of the members.")
)
TERMS_V2 = (
    "<h2>Purpose</h2>"
    + _p(
        "The network gives people with lived and living experience of substance use a voice "
        "at the tables where addictions policy and services are planned, and supports peer "
        "work across Ontario's 14 LHIN regions."
    )
    + "<h2>Membership</h2>"
    + _p(
        "Full members have lived or living experience of substance use; supporting members are "
        "families, allies and organizations that support peer work. Only full members vote."
    )
    + "<h2>Governance</h2>"
    + _ul(
        "A board of nine members, at least six of them full members, elected for two years.",
        "One board seat is held by a family member, chosen by the supporting members.",
        "The board meets six times a year; meetings are open to members.",
        "Decisions are made by consensus where possible, otherwise by majority vote.",
    )
    + "<h2>Review</h2>"
    + _p("These terms are reviewed every two years, after a consultation of the members.")
)
TERMS_V1_FR = (
    "<h2>Raison d'être</h2>"
    + _p(
        "Le réseau donne aux personnes ayant une expérience vécue ou actuelle de la consommation "
        "de substances une voix là où se planifient les politiques et les services en "
        "dépendances, et soutient le travail de pair dans les 14 régions RLISS de l'Ontario."
    )
    + "<h2>Adhésion</h2>"
    + _p(
        "Les membres à part entière ont une expérience vécue ou actuelle de la consommation de "
        "substances; les membres de soutien sont des familles, des alliés et des organismes qui "
        "soutiennent le travail de pair. Seuls les membres à part entière votent."
    )
    + "<h2>Gouvernance</h2>"
    + _ul(
        "Un conseil de sept membres, dont au moins quatre membres à part entière, élus pour "
        "deux ans.",
        "Le conseil se réunit quatre fois par an; ses réunions sont ouvertes aux membres.",
        "Les décisions se prennent par consensus si possible, sinon à la majorité.",
    )
    + "<h2>Révision</h2>"
    + _p("Ces règles sont revues tous les deux ans, après une consultation des membres.")
)
TERMS_V2_FR = (
    "<h2>Raison d'être</h2>"
    + _p(
        "Le réseau donne aux personnes ayant une expérience vécue ou actuelle de la consommation "
        "de substances une voix là où se planifient les politiques et les services en "
        "dépendances, et soutient le travail de pair dans les 14 régions RLISS de l'Ontario."
    )
    + "<h2>Adhésion</h2>"
    + _p(
        "Les membres à part entière ont une expérience vécue ou actuelle de la consommation de "
        "substances; les membres de soutien sont des familles, des alliés et des organismes qui "
        "soutiennent le travail de pair. Seuls les membres à part entière votent."
    )
    + "<h2>Gouvernance</h2>"
    + _ul(
        "Un conseil de neuf membres, dont au moins six membres à part entière, élus pour deux ans.",
        "Un siège du conseil revient à un membre de la famille, choisi par les membres de soutien.",
        "Le conseil se réunit six fois par an; ses réunions sont ouvertes aux membres.",
        "Les décisions se prennent par consensus si possible, sinon à la majorité.",
    )
    + "<h2>Révision</h2>"
    + _p("Ces règles sont revues tous les deux ans, après une consultation des membres.")
)

# slug: (kind, title, title_fr, order, [(body, body_fr, change summary)] oldest first)
DOCUMENTS: dict[str, tuple] = {
    "mission": (
        Kind.MISSION,
        "Mission",
        "Mission",
        0,
        [
            (
                _p(
                    "To coordinate, support and enable people with lived and living experience "
                    "of substance use to lead peer support and to be heard at the tables where "
                    "addictions policy and services are planned."
                ),
                _p(
                    "Coordonner, soutenir et outiller les personnes ayant une expérience vécue "
                    "ou actuelle de la consommation de substances pour qu'elles dirigent le "
                    "soutien par les pairs et soient entendues là où se planifient les "
                    "politiques et les services en dépendances."
                ),
                "",
            )
        ],
    ),
    "vision": (
        Kind.VISION,
        "Vision",
        "Vision",
        1,
        [
            (
                _p(
                    "An Ontario where peer support is an essential, valued part of addictions "
                    "services in every region, and where no one faces stigma for their use of "
                    "substances or their path through it."
                ),
                _p(
                    "Un Ontario où le soutien par les pairs est une part essentielle et reconnue "
                    "des services en dépendances dans chaque région, et où personne ne subit de "
                    "stigmatisation pour sa consommation ou son parcours."
                ),
                "",
            )
        ],
    ),
    "values": (
        Kind.VALUES,
        "Values",
        "Valeurs",
        2,
        [
            (
                _ul(
                    "<strong>Community</strong>: we belong to each other and share power.",
                    "<strong>Respect and self-respect</strong>: everyone's experience counts.",
                    "<strong>Safety and anonymity</strong>: nobody is entitled to your story.",
                    "<strong>Inclusion</strong>: every pathway, every region, and families too.",
                    "<strong>Anti-stigma</strong>: in our words, our rules and our decisions.",
                ),
                _ul(
                    "<strong>Communauté</strong> : nous nous appartenons les uns aux autres et "
                    "partageons le pouvoir.",
                    "<strong>Respect et respect de soi</strong> : chaque expérience compte.",
                    "<strong>Sécurité et anonymat</strong> : personne n'a droit à votre histoire.",
                    "<strong>Inclusion</strong> : tous les parcours, toutes les régions, et les "
                    "familles aussi.",
                    "<strong>Lutte contre la stigmatisation</strong> : dans nos mots, nos règles "
                    "et nos décisions.",
                ),
                "",
            )
        ],
    ),
    "principles": (
        Kind.PRINCIPLES,
        "Guiding principles",
        "Principes directeurs",
        3,
        [
            (
                _ol(
                    "A well-defined governance structure that creates a shared sense of purpose.",
                    "Training for governance volunteers and for everyone doing peer support work.",
                    "Communication between people in peer support and the networks that exist.",
                    "Governance open to everyone who wishes to lead; no top-down structure.",
                    "Accountability to our members and stakeholders.",
                ),
                _ol(
                    "Une structure de gouvernance bien définie qui crée un but commun.",
                    "De la formation pour les bénévoles de la gouvernance et pour toutes les "
                    "personnes qui font du soutien par les pairs.",
                    "La communication entre les personnes en soutien par les pairs et les "
                    "réseaux existants.",
                    "Une gouvernance ouverte à toute personne qui souhaite diriger, sans "
                    "structure imposée d'en haut.",
                    "Rendre des comptes à nos membres et à nos partenaires.",
                ),
                "",
            )
        ],
    ),
    "terms-of-reference": (
        Kind.TERMS_OF_REFERENCE,
        "Terms of reference of the network",
        "Mandat du réseau",
        0,
        [
            (TERMS_V1, TERMS_V1_FR, "First terms of reference"),
            (TERMS_V2, TERMS_V2_FR, "A larger board with a seat for families; six meetings a year"),
        ],
    ),
    "code-of-conduct": (
        Kind.CODE_OF_CONDUCT,
        "Code of conduct",
        "Code de conduite",
        0,
        [
            (
                _ul(
                    "Keep what others share private, here and everywhere else.",
                    "Never press anyone to tell their story or to prove their experience.",
                    "Speak without stigma: “people who use substances”, “people with lived "
                    "experience”, never words that shame.",
                    "No harassment, hate, threats, or selling of anything.",
                    "If someone may be in distress, tell a moderator or a coordinator.",
                ),
                _ul(
                    "Gardez privé ce que les autres partagent, ici comme ailleurs.",
                    "Ne pressez jamais personne de raconter son histoire ou de prouver son "
                    "expérience.",
                    "Parlez sans stigmatiser : « personnes qui consomment des substances », "
                    "« personnes ayant une expérience vécue », jamais des mots qui font honte.",
                    "Pas de harcèlement, de haine, de menaces ni de vente de quoi que ce soit.",
                    "Si une personne semble en détresse, prévenez une personne modératrice ou "
                    "coordonnatrice.",
                ),
                "",
            )
        ],
    ),
    "privacy-policy": (
        Kind.PRIVACY_POLICY,
        "Privacy policy",
        "Politique de confidentialité",
        0,
        [
            (
                _p(
                    "We collect only what membership needs: your email address, a display name "
                    "of your choice, your LHIN region and your membership type. Everything else "
                    "in your profile is private until you choose to show it, field by field.",
                    "We never ask for proof or details of lived experience. Photos are stripped "
                    "of their location before they are stored. Nothing on our pages loads from "
                    "another site, and we use no trackers.",
                    "You can download all we hold about you, and close your account, at any time.",
                ),
                _p(
                    "Nous ne recueillons que ce que l'adhésion exige : votre adresse courriel, "
                    "un nom d'affichage de votre choix, votre région RLISS et votre type "
                    "d'adhésion. Le reste de votre profil est privé jusqu'à ce que vous "
                    "choisissiez de le montrer, champ par champ.",
                    "Nous ne demandons jamais de preuve ni de détails sur l'expérience vécue. "
                    "La localisation des photos est retirée avant leur conservation. Rien sur nos "
                    "pages ne vient d'un autre site, et nous n'utilisons aucun traceur.",
                    "Vous pouvez télécharger tout ce que nous détenons sur vous, et fermer votre "
                    "compte, en tout temps.",
                ),
                "",
            )
        ],
    ),
    "complaint-policy": (
        Kind.COMPLAINT_POLICY,
        "Complaint and feedback policy",
        "Politique sur les plaintes et les commentaires",
        0,
        [
            (
                _p(
                    "Anyone may complain or give feedback, with or without an account, and "
                    "anonymously if they prefer. You receive a private tracking link.",
                    "Complaints are seen only by the complaints officers. We acknowledge a "
                    "complaint within 2 business days and respond within 30 days; a case that "
                    "runs late goes to the network administrator.",
                    "A complaint is reviewed by people who were not part of what it is about. "
                    "Governance members see a monthly count of complaints by category and "
                    "status, without names, to learn from them.",
                ),
                _p(
                    "Toute personne peut porter plainte ou donner son avis, avec ou sans compte, "
                    "et de façon anonyme si elle le préfère. Vous recevez un lien de suivi privé.",
                    "Seules les personnes responsables des plaintes les voient. Nous accusons "
                    "réception d'une plainte en 2 jours ouvrables et répondons en 30 jours; un "
                    "dossier en retard est confié à l'administration du réseau.",
                    "Une plainte est examinée par des personnes qui n'ont pas pris part à ce "
                    "qu'elle concerne. Les membres de la gouvernance voient chaque mois le "
                    "nombre de plaintes par catégorie et par état, sans aucun nom, pour en tirer "
                    "des leçons.",
                ),
                "",
            )
        ],
    ),
    "stigma-free-language": (
        Kind.POSITION_STATEMENT,
        "Position statement: language without stigma",
        "Prise de position : un langage sans stigmatisation",
        0,
        [
            (
                _p(
                    "Words shape how people who use substances are treated. We say “people who "
                    "use substances”, “people with lived or living experience”, “peer”, and "
                    "never “addict” or “abuser”.",
                    "Stigma is also structural: questioning peer workers about their lived "
                    "experience, treating them as clients or fragile, or requiring a set time in "
                    "“recovery” before hiring them. We ask our partners to end these practices.",
                    "Some people do not identify with “recovery”: we respect the words each "
                    "person chooses for their own path.",
                ),
                _p(
                    "Les mots influencent la façon dont on traite les personnes qui consomment "
                    "des substances. Nous disons « personnes qui consomment des substances », "
                    "« personnes ayant une expérience vécue ou actuelle », « pair », et jamais "
                    "des mots qui étiquettent ou font honte.",
                    "La stigmatisation est aussi structurelle : questionner les pairs aidants sur "
                    "leur expérience vécue, les traiter comme des clients ou des personnes "
                    "fragiles, ou exiger un temps de « rétablissement » avant de les embaucher. "
                    "Nous demandons à nos partenaires de mettre fin à ces pratiques.",
                    "Certaines personnes ne se reconnaissent pas dans le mot « rétablissement » : "
                    "nous respectons les mots que chacun choisit pour son parcours.",
                ),
                "",
            )
        ],
    ),
}


def seed() -> None:
    """Idempotent: running it again updates the same rows."""
    approver = User.objects.filter(email="governance@example.org").first()
    for slug, (kind, title, title_fr, order, texts) in DOCUMENTS.items():
        document, _created = Document.objects.update_or_create(
            slug=slug,
            defaults={"kind": kind, "title": title, "title_fr": title_fr, "order": order},
        )
        last = len(texts)
        for number, (body, body_fr, summary) in enumerate(texts, start=1):
            approved_at = APPROVED_AT - datetime.timedelta(days=365 * (last - number))
            DocumentVersion.objects.update_or_create(
                document=document,
                number=number,
                defaults={
                    "status": Status.APPROVED if number == last else Status.SUPERSEDED,
                    "body": body,
                    "body_fr": body_fr,
                    "change_summary": summary,
                    "created_by": approver,
                    "approved_by": approver,
                    "approved_at": approved_at,
                    "effective_date": timezone.localdate(approved_at) + datetime.timedelta(days=1),
                    "approval_note": f"Board meeting of {approved_at:%-d %B %Y}",
                },
            )
