"""Demo data of the content app: the resources part (called by content.demo.seed_content_demo).

The implementation tools of the source guides, written out item by item in English and French:
the organizational readiness checklist (004, 27 items in 5 sections, with 001's section 1.A),
what a successful peer role looks like (004 and 002, 16 items), the peer support services
expectation statements (004, 17 items), the boundary-setting discussion document (003
appendix, 14 behaviours), the four implementation stages (001) and, for members, the
supervision discussions (001). Then links, documents and videos the guides point to, provincial
and by LHIN, some in French, one members-only, one not reviewed for over a year, one whose link
has gone dead. Printable files (a PDF, a CSV) are generated here and go through the same checks
as an editor's upload. Idempotent: stable slugs, update_or_create, files made once.
"""

from datetime import timedelta
from html import escape

from django.core.files.base import ContentFile
from django.utils import timezone

from network.models import LHIN
from training.models import Competency

from ..models import Access, ContentLanguage, Resource, Status
from ..services.resources import resource_file_check, resource_save

Kind = Resource.Kind

# (heading, heading_fr, [(item, item_fr), ...]); a list item may carry sub-items.
READINESS_SECTIONS = [
    (
        "Senior leadership and board of directors",
        "Haute direction et conseil d'administration",
        [
            (
                "The organization can articulate why it is hiring a peer worker and what "
                "outcomes it anticipates with the addition of a peer worker role.",
                "L'organisme peut expliquer pourquoi il embauche un pair aidant et quels "
                "résultats il attend de l'ajout de ce poste.",
            ),
            (
                "The organization has conducted a readiness audit identifying and addressing "
                "all areas where barriers to success of the peer role may be present. This may "
                "include:",
                "L'organisme a fait un audit de l'état de préparation qui repère et règle tous "
                "les obstacles possibles à la réussite du poste de pair aidant, par exemple :",
                [
                    (
                        "ensuring privacy of the peer worker's previous experience as a client "
                        "of the organization;",
                        "protéger la confidentialité de l'expérience antérieure du pair aidant "
                        "comme client de l'organisme;",
                    ),
                    (
                        "ensuring appropriate access to client records, agency resources and "
                        "trainings;",
                        "assurer un accès approprié aux dossiers des clients, aux ressources et "
                        "aux formations de l'organisme;",
                    ),
                    (
                        "addressing how peer workers as non-regulated staff will be held "
                        "accountable to best practices of peer support;",
                        "préciser comment les pairs aidants, qui ne sont pas membres d'un ordre "
                        "professionnel, rendront compte des pratiques exemplaires du soutien par "
                        "les pairs;",
                    ),
                    (
                        "the relevance and benefits or challenges of the peer role being part "
                        "of a staff bargaining unit.",
                        "la pertinence, les avantages et les défis de l'inclusion du poste dans "
                        "une unité de négociation.",
                    ),
                ],
            ),
            (
                "Training to the board and senior leadership on the value, outcomes, and core "
                "practices of peer support.",
                "Le conseil d'administration et la haute direction sont formés à la valeur, aux "
                "résultats et aux pratiques essentielles du soutien par les pairs.",
            ),
            (
                "Senior leadership supports the implementation of a peer worker role.",
                "La haute direction appuie la mise en place d'un poste de pair aidant.",
            ),
            (
                "The organization is grounded in recovery values and principles and this is "
                "reflected in the staff's use of recovery-based language and procedures.",
                "L'organisme est ancré dans les valeurs et les principes du rétablissement, ce "
                "qui se voit dans le langage et les procédures du personnel.",
            ),
            (
                "The organization has scanned its policies and procedures to ensure that there "
                "are no unnecessary barriers for peer staff.",
                "L'organisme a passé en revue ses politiques et procédures pour s'assurer "
                "qu'elles n'imposent aucun obstacle inutile aux pairs aidants.",
            ),
            (
                "People with lived experience are engaged in all areas of the organization, "
                "e.g. as board members, on an advisory committee, providing ongoing feedback on "
                "satisfaction and program development.",
                "Des personnes ayant un vécu participent à tous les secteurs de l'organisme, par "
                "exemple au conseil d'administration, à un comité consultatif, ou en donnant "
                "leur avis de façon continue sur la satisfaction et le développement des "
                "programmes.",
            ),
        ],
    ),
    (
        "Human resources",
        "Ressources humaines",
        [
            (
                "There is a clear and defined job description for the peer worker. It lists "
                "the specific activities they will be providing (e.g., running up to three "
                "recovery and peer support groups a week) and the amount of time they are "
                "expected to spend on the different functions of their role (e.g., 60% in "
                "direct participant interactions, 20% administrative duties).",
                "Le pair aidant a une description de poste claire et précise. Elle énumère les "
                "activités qu'il offrira (par exemple, animer jusqu'à trois groupes de "
                "rétablissement et de soutien par les pairs par semaine) et le temps prévu pour "
                "chaque fonction (par exemple, 60 % en interaction directe avec les "
                "participants, 20 % en tâches administratives).",
            ),
            (
                "The salary range for the peer worker is competitive with other roles that "
                "perform similar duties and have similar responsibilities. At minimum peer "
                "workers are paid a living wage.",
                "L'échelle salariale du pair aidant est concurrentielle par rapport aux postes "
                "aux tâches et responsabilités semblables. Au minimum, les pairs aidants "
                "reçoivent un salaire suffisant pour vivre.",
            ),
            (
                "The hours and schedule of the position reflect program needs and not the "
                "perceived desires of peer workers (positions are sometimes part-time or avoid "
                "early mornings because employers perceive that peer workers cannot handle "
                "full-time work or mornings).",
                "Les heures et l'horaire du poste répondent aux besoins du programme et non à ce "
                "que l'on croit être les souhaits des pairs aidants (des postes sont parfois à "
                "temps partiel ou sans début matinal parce que l'employeur croit que les pairs "
                "aidants ne peuvent pas travailler à temps plein ou le matin).",
            ),
            (
                "The organization is clear on what qualifications it is looking for in a peer "
                "worker (e.g., previous work experience, education, and training in peer "
                "support).",
                "L'organisme sait clairement quelles qualifications il recherche chez un pair "
                "aidant (par exemple, expérience de travail, études et formation en soutien par "
                "les pairs).",
            ),
            (
                "The hiring committee knows to ask candidates about 1) their understanding of "
                "and training in peer support and 2) how they will use a peer support approach "
                "(including intentional use of lived experience and sharing wellness "
                "strategies) in scenarios they are likely to meet in the role. A peer is not "
                "asked questions about their health and wellness that would not be asked of all "
                "other staff; employers may ask for examples of how candidates handle stressful "
                "work situations.",
                "Le comité d'embauche sait qu'il doit interroger les candidats sur 1) leur "
                "compréhension du soutien par les pairs et leur formation en la matière, et "
                "2) la façon dont ils appliqueront une approche de soutien par les pairs (y "
                "compris l'usage intentionnel de leur vécu et le partage de stratégies de "
                "mieux-être) dans des situations qu'ils rencontreront probablement. On ne pose "
                "pas à un pair de questions sur sa santé et son mieux-être qu'on ne poserait pas "
                "à tout le personnel; l'employeur peut demander des exemples de gestion de "
                "situations de travail stressantes.",
            ),
            (
                "The agency has a decision-making framework for when potential employees have "
                "past convictions or criminal justice involvement. Past convictions related to "
                "mental health or substance use do not automatically preclude a peer from being "
                "hired; the timeframe, the nature of the charge and the risk of further "
                "criminal behaviour are taken into account.",
                "L'organisme a un cadre de décision pour les candidats ayant des condamnations "
                "antérieures ou des démêlés avec la justice. Des condamnations liées à la santé "
                "mentale ou à la consommation de substances n'empêchent pas automatiquement "
                "l'embauche d'un pair; on tient compte du moment, de la nature de l'accusation "
                "et du risque de récidive.",
            ),
            (
                "When checking references, the employer is careful not to disclose that the "
                "peer position requires lived experience of a mental health or substance use "
                "issue.",
                "En vérifiant les références, l'employeur prend soin de ne pas révéler que le "
                "poste exige un vécu en santé mentale ou en consommation de substances.",
            ),
            (
                "The hiring committee includes a service recipient, a team member, and someone "
                "who is knowledgeable about peer support practices.",
                "Le comité d'embauche comprend une personne qui reçoit des services, un membre "
                "de l'équipe et une personne qui connaît bien les pratiques de soutien par les "
                "pairs.",
            ),
        ],
    ),
    (
        "The supervisor",
        "La personne superviseure",
        [
            (
                "A clear supervision structure identifies who the peer worker reports to. If "
                "several supervisors are involved, the role of each is identified.",
                "Une structure de supervision claire indique à qui le pair aidant rend compte. "
                "S'il y a plusieurs superviseurs, le rôle de chacun est précisé.",
            ),
            (
                "The peer worker's supervisor is a champion for peer roles.",
                "La personne qui supervise le pair aidant défend les postes de pairs aidants.",
            ),
            (
                "The supervisor has been trained in the history, values and philosophy of peer "
                "support and in peer support practices.",
                "La personne superviseure a été formée à l'histoire, aux valeurs et à la "
                "philosophie du soutien par les pairs, et à ses pratiques.",
            ),
        ],
    ),
    (
        "The team",
        "L'équipe",
        [
            (
                "If the peer worker will be placed in a team, interdisciplinary teams are "
                "preferred.",
                "Si le pair aidant fait partie d'une équipe, une équipe interdisciplinaire est "
                "préférable.",
            ),
            (
                "Communication about the addition of a peer worker to the team is consistent. "
                "In clinical settings, a brochure explaining the peer role to staff and "
                "participants is recommended.",
                "Les communications sur l'arrivée d'un pair aidant dans l'équipe sont "
                "cohérentes. En milieu clinique, on recommande une brochure qui explique le rôle "
                "du pair aidant au personnel et aux participants.",
            ),
            (
                "Staff have received training on the value of peer support and know what "
                "specific tasks the peer worker will be doing.",
                "Le personnel a été formé à la valeur du soutien par les pairs et sait quelles "
                "tâches précises le pair aidant accomplira.",
            ),
        ],
    ),
    (
        "Supporting the peer worker",
        "Soutenir le pair aidant",
        [
            (
                "The peer worker has been trained in peer support practices (ideally five or "
                "more days of training dedicated to learning and practising peer support).",
                "Le pair aidant a été formé aux pratiques du soutien par les pairs (idéalement "
                "cinq jours ou plus consacrés à l'apprentissage et à la pratique du soutien par "
                "les pairs).",
            ),
            (
                "If on-the-job training will occur, a plan has been created to achieve it.",
                "Si une formation en cours d'emploi est prévue, un plan a été établi pour la "
                "réaliser.",
            ),
            (
                "The peer worker has regular access to other peer workers, within the agency "
                "or in the community.",
                "Le pair aidant a régulièrement accès à d'autres pairs aidants, au sein de "
                "l'organisme ou dans la communauté.",
            ),
            (
                "Access to a peer worker community and ongoing training in peer support is "
                "built into the role.",
                "L'accès à une communauté de pairs aidants et à une formation continue en "
                "soutien par les pairs fait partie du poste.",
            ),
            (
                "When the role is new, the peer worker can reach the support of a peer "
                "community at least once a month, and up to once a week if needed.",
                "Quand le poste est nouveau, le pair aidant peut obtenir le soutien d'une "
                "communauté de pairs au moins une fois par mois, et jusqu'à une fois par "
                "semaine au besoin.",
            ),
            (
                "The organization has partnerships with peer-led services that provide "
                "training, support, and peer-specific supervision and mentoring to the peer "
                "worker.",
                "L'organisme a des partenariats avec des services dirigés par des pairs qui "
                "offrent au pair aidant de la formation, du soutien, ainsi qu'une supervision "
                "et un mentorat propres aux pairs.",
            ),
        ],
    ),
]

# 001, section 1.A: (area, area_fr, [(factor, factor_fr, statement, statement_fr), ...]).
READINESS_FACTORS = [
    (
        "Motivation",
        "Motivation",
        [
            (
                "Relative advantage",
                "Avantage relatif",
                "The organization believes implementing peer support will enhance its services.",
                "L'organisme croit que la mise en place du soutien par les pairs améliorera ses "
                "services.",
            ),
            (
                "Priority",
                "Priorité",
                "Implementing peer support is of high priority to the organization.",
                "La mise en place du soutien par les pairs est une grande priorité pour "
                "l'organisme.",
            ),
        ],
    ),
    (
        "Resources",
        "Ressources",
        [
            (
                "Resource utilisation",
                "Utilisation des ressources",
                "The organization can acquire and allocate resources, including time, money, "
                "effort and technology, to implement and sustain a peer support program.",
                "L'organisme peut obtenir et attribuer des ressources, notamment du temps, de "
                "l'argent, des efforts et de la technologie, pour mettre en place et maintenir "
                "un programme de soutien par les pairs.",
            ),
            (
                "Staff capacity",
                "Capacité du personnel",
                "There is enough staff capacity to make implementing peer support a workload "
                "priority (including planning, implementing and evaluating).",
                "Le personnel a assez de capacité pour faire de la mise en place du soutien par "
                "les pairs une priorité de sa charge de travail (planification, mise en œuvre "
                "et évaluation comprises).",
            ),
        ],
    ),
    (
        "Awareness",
        "Sensibilisation",
        [
            (
                "Understanding of peer support",
                "Compréhension du soutien par les pairs",
                "Leadership and those who would be involved with implementation have a robust "
                "understanding of peer support.",
                "La direction et les personnes qui participeraient à la mise en place "
                "comprennent bien le soutien par les pairs.",
            ),
        ],
    ),
    (
        "Professional dynamics",
        "Dynamique professionnelle",
        [
            (
                "Organization culture",
                "Culture de l'organisme",
                "The practice and approach of peer support fit within the shared attitudes, "
                "values, goals, beliefs, policies and practices of the organization.",
                "La pratique et l'approche du soutien par les pairs s'accordent avec les "
                "attitudes, valeurs, objectifs, croyances, politiques et pratiques communes de "
                "l'organisme.",
            ),
            (
                "Team compatibility",
                "Compatibilité de l'équipe",
                "Existing staff within the organization support the implementation of peer "
                "support.",
                "Le personnel en place appuie la mise en place du soutien par les pairs.",
            ),
        ],
    ),
]

SUCCESSFUL_ROLE = [
    (
        "Peer workers report high levels of satisfaction with their employment, including "
        "salary, job security, access to accommodations, benefits, supervision and job duties.",
        "Les pairs aidants se disent très satisfaits de leur emploi, notamment du salaire, de la "
        "sécurité d'emploi, de l'accès aux mesures d'adaptation, des avantages sociaux, de la "
        "supervision et des tâches.",
    ),
    (
        "Peer workers have access to all workplace activities in which other team members are "
        "involved (team and staff meetings, training and professional development, as relevant "
        "to the peer role).",
        "Les pairs aidants ont accès à toutes les activités de travail des autres membres de "
        "l'équipe (réunions d'équipe et du personnel, formation et perfectionnement, selon ce "
        "qui convient au rôle de pair aidant).",
    ),
    (
        "Peer workers have access to the resources they need to do their role (almost always "
        "a computer and workspace, access to participant files, office keys).",
        "Les pairs aidants ont accès aux ressources nécessaires à leur rôle (presque toujours un "
        "ordinateur et un espace de travail, l'accès aux dossiers des participants, les clés du "
        "bureau).",
    ),
    (
        "Peer workers spend the majority (typically 60% or more) of their time directly "
        "supporting participants: one-to-ones, groups, or helping people access resources and "
        "navigate the system.",
        "Les pairs aidants passent la majeure partie de leur temps (habituellement 60 % ou plus) "
        "à soutenir directement les participants : rencontres individuelles, groupes, aide pour "
        "accéder aux ressources et s'orienter dans le système.",
    ),
    (
        "Peer workers have defined projects or tasks that they lead and can take initiative "
        "on, for example leading a group or creating a new program.",
        "Les pairs aidants dirigent des projets ou des tâches définis et peuvent prendre des "
        "initiatives, par exemple animer un groupe ou créer un nouveau programme.",
    ),
    (
        "Peer workers are trusted to work on their own without additional oversight that "
        "other staff would not receive.",
        "On fait confiance aux pairs aidants pour travailler de façon autonome, sans "
        "surveillance supplémentaire que les autres membres du personnel ne recevraient pas.",
    ),
    (
        "When peer workers are involved in committee work or quality improvement projects, "
        "they are told what is expected of their role and are not used as a replacement for "
        "service user involvement.",
        "Quand les pairs aidants siègent à des comités ou participent à des projets "
        "d'amélioration de la qualité, on leur explique ce qu'on attend d'eux et ils ne "
        "remplacent pas la participation des personnes qui utilisent les services.",
    ),
    (
        "Peer workers have a clear way of capturing and recording their interactions with "
        "program participants.",
        "Les pairs aidants ont une façon claire de consigner leurs interactions avec les "
        "participants au programme.",
    ),
    (
        "Peer workers have work plans and annual goals for the development of their roles.",
        "Les pairs aidants ont des plans de travail et des objectifs annuels pour le "
        "développement de leur rôle.",
    ),
    (
        "Peer workers receive annual performance evaluations and ongoing feedback.",
        "Les pairs aidants ont une évaluation annuelle du rendement et une rétroaction continue.",
    ),
    (
        "Peer workers have defined tasks each work day and a case-load similar to that of "
        "other team members.",
        "Les pairs aidants ont des tâches définies chaque jour de travail et une charge de cas "
        "semblable à celle des autres membres de l'équipe.",
    ),
    (
        "If there is a referral process for the participants the peer worker supports, it is "
        "as objective as possible.",
        "S'il existe un processus d'orientation des participants vers le pair aidant, il est "
        "aussi objectif que possible.",
    ),
    (
        "All team members regularly refer people to the peer worker.",
        "Tous les membres de l'équipe orientent régulièrement des personnes vers le pair aidant.",
    ),
    (
        "All participants are aware of the peer worker and their role, and get consistent "
        "information on what the peer worker does.",
        "Tous les participants connaissent le pair aidant et son rôle, et reçoivent une "
        "information cohérente sur ce qu'il fait.",
    ),
    (
        "All participants can access the peer worker during their program participation, even "
        "if the support looks different for different people.",
        "Tous les participants peuvent avoir accès au pair aidant pendant leur participation au "
        "programme, même si le soutien varie d'une personne à l'autre.",
    ),
    (
        "Team members regularly seek the peer workers' insights and lived experience perspectives.",
        "Les membres de l'équipe sollicitent régulièrement les idées des pairs aidants et leur "
        "point de vue fondé sur leur vécu.",
    ),
]

EXPECTATIONS = [
    (
        "To be reminded that your health and wellness is unique to you.",
        "qu'on vous rappelle que votre santé et votre mieux-être vous sont propres;",
    ),
    (
        "The peer support worker to share their experiences when it may be helpful to you.",
        "à ce que le pair aidant partage son expérience quand elle peut vous être utile;",
    ),
    ("To be given encouragement.", "à recevoir des encouragements;"),
    (
        "To hear about community resources and different learning opportunities that are "
        "available.",
        "à entendre parler des ressources communautaires et des occasions d'apprentissage "
        "offertes;",
    ),
    (
        "To have help to explore the options open to you when you have a decision to make.",
        "à recevoir de l'aide pour explorer les options qui s'offrent à vous quand vous avez une "
        "décision à prendre;",
    ),
    (
        "To not have the peer worker express disapproval of you or the choices you make.",
        "à ce que le pair aidant n'exprime pas de désapprobation envers vous ou vos choix;",
    ),
    ("To have someone believe in you.", "à ce que quelqu'un croie en vous;"),
    (
        "To have your feelings and opinions recognized as valid and worthwhile.",
        "à ce que vos sentiments et vos opinions soient reconnus comme valables;",
    ),
    ("To be genuinely listened to.", "à être sincèrement écouté;"),
    (
        "That they will honour the commitments they make to you.",
        "à ce que le pair aidant respecte les engagements qu'il prend envers vous;",
    ),
    ("To discuss confidentiality.", "à discuter de la confidentialité;"),
    (
        "To hear you are not alone in your experiences and struggles.",
        "à entendre que vous n'êtes pas seul dans vos expériences et vos difficultés;",
    ),
    (
        "To be encouraged to do things for yourself instead of having things done for you.",
        "à être encouragé à faire les choses par vous-même plutôt qu'on les fasse à votre place;",
    ),
    ("To learn from each other.", "à apprendre les uns des autres;"),
    (
        "To be reminded that you have the right to express your needs.",
        "à ce qu'on vous rappelle que vous avez le droit d'exprimer vos besoins;",
    ),
    (
        "The peer support worker to show the ways they take care of themselves.",
        "à ce que le pair aidant montre comment il prend soin de lui-même;",
    ),
    (
        "If you take part in a group, to be encouraged to participate in a way that is "
        "comfortable for you and the group.",
        "si vous participez à un groupe, à être encouragé à y participer d'une façon qui vous "
        "convient, à vous et au groupe.",
    ),
]

BOUNDARY_BEHAVIOURS = [
    ("Contact outside of scheduled hours", "Contact en dehors des heures prévues"),
    ("Attending personal events", "Assister à des événements personnels"),
    ("Attending peers' homes", "Se rendre au domicile des pairs"),
    ("Lending or borrowing money", "Prêter ou emprunter de l'argent"),
    ("Giving or receiving gifts", "Offrir ou recevoir des cadeaux"),
    (
        "Physical expressions (hugs, as against caressing or cradling)",
        "Gestes physiques (une accolade, par opposition à des caresses ou à bercer quelqu'un)",
    ),
    (
        "Sharing personal contact details (e.g., mobile, email)",
        "Donner ses coordonnées personnelles (p. ex. cellulaire, courriel)",
    ),
    (
        "Sharing social media details (e.g., Facebook, Instagram)",
        "Donner ses comptes de médias sociaux (p. ex. Facebook, Instagram)",
    ),
    (
        "Sharing information about other peers, or aspects of the service not relevant to the "
        "service user",
        "Communiquer des renseignements sur d'autres pairs, ou sur des aspects du service qui "
        "ne concernent pas la personne",
    ),
    (
        "Attending a recovery supporting meeting with peers",
        "Assister avec des pairs à une réunion de soutien au rétablissement",
    ),
    (
        "Developing business relationships with peers",
        "Nouer des relations d'affaires avec des pairs",
    ),
    (
        "The peer worker discussing or self-disclosing personal or professional issues to "
        "service users",
        "Le pair aidant qui parle de ses difficultés personnelles ou professionnelles aux "
        "personnes qu'il soutient, ou qui se dévoile à ce sujet",
    ),
    (
        "Sexual relationships (with peers or peers' family members)",
        "Relations sexuelles (avec des pairs ou des membres de leur famille)",
    ),
    (
        "Continuing the relationship after the peer's engagement with the service has finished",
        "Poursuivre la relation après la fin du service au pair",
    ),
]

# 001: (stage, stage_fr, [(step, step_fr), ...]), after Hateley-Browne et al., 2019.
STAGES = [
    (
        "Stage 1: Engage and explore",
        "Étape 1 : S'engager et explorer",
        [
            (
                "Define what needs to change and for whom.",
                "Définir ce qui doit changer et pour qui.",
            ),
            (
                "Select and adopt a program or practice.",
                "Choisir et adopter un programme ou une pratique.",
            ),
            ("Set up an implementation team.", "Former une équipe de mise en œuvre."),
            (
                "Assess readiness; consider barriers and enablers.",
                "Évaluer l'état de préparation; tenir compte des obstacles et des facteurs "
                "favorables.",
            ),
        ],
    ),
    (
        "Stage 2: Plan and prepare",
        "Étape 2 : Planifier et se préparer",
        [
            ("Choose implementation strategies.", "Choisir des stratégies de mise en œuvre."),
            ("Develop an implementation plan.", "Élaborer un plan de mise en œuvre."),
            (
                "Decide how to monitor implementation quality.",
                "Décider comment suivre la qualité de la mise en œuvre.",
            ),
            (
                "Build readiness to use the program or practice.",
                "Renforcer la préparation à utiliser le programme ou la pratique.",
            ),
        ],
    ),
    (
        "Stage 3: Initiate and refine",
        "Étape 3 : Lancer et ajuster",
        [
            (
                "Start using the program or practice.",
                "Commencer à utiliser le programme ou la pratique.",
            ),
            ("Continuously monitor and improve.", "Suivre et améliorer en continu."),
        ],
    ),
    (
        "Stage 4: Sustain and scale",
        "Étape 4 : Maintenir et étendre",
        [
            (
                "Sustain the program or practice, embedding it as business as usual.",
                "Maintenir le programme ou la pratique en l'intégrant aux activités courantes.",
            ),
            ("Scale up the program or practice.", "Étendre le programme ou la pratique."),
        ],
    ),
]

SUPERVISION_REGULARLY = [
    ("Sharing constructive feedback", "Donner une rétroaction constructive"),
    (
        "Discussing future professional goals and growth",
        "Parler des objectifs professionnels et de la progression",
    ),
    ("Checking in with workplace wellness", "Faire le point sur le mieux-être au travail"),
    (
        "Sharing opportunities to learn and develop professionally (technology, mental health "
        "and addiction learning, workplace wellness)",
        "Partager des occasions d'apprendre et de se perfectionner (technologie, santé mentale et "
        "dépendances, mieux-être au travail)",
    ),
    (
        "Engaging in reflective practice: values-based reflection and feedback",
        "Pratiquer la réflexion : réflexion et rétroaction fondées sur les valeurs",
    ),
    ("Providing role clarity", "Clarifier le rôle"),
    (
        "Discussing strategies to build relationships with non-peer staff",
        "Discuter de stratégies pour bâtir des relations avec le personnel qui n'est pas pair "
        "aidant",
    ),
    (
        "Providing guidance and clarity about our practice (situations, scenarios)",
        "Guider et clarifier notre pratique (situations, scénarios)",
    ),
    ("Sharing validation and identifying strengths", "Reconnaître le travail et nommer les forces"),
]

SUPERVISION_AS_NEEDED = [
    ("Reviewing program goals", "Revoir les objectifs du programme"),
    ("Reviewing current workload", "Revoir la charge de travail actuelle"),
    (
        "Discussing policy and procedures (health and safety, documentation, privacy)",
        "Discuter des politiques et procédures (santé et sécurité, documentation, vie privée)",
    ),
    (
        "Discussing administrative practices (data entry, timesheets, vacation)",
        "Discuter des pratiques administratives (saisie de données, feuilles de temps, vacances)",
    ),
    ("Coaching on professional etiquette", "Accompagner sur l'étiquette professionnelle"),
    ("Discussing time management strategies", "Discuter de stratégies de gestion du temps"),
    ("Discussing accommodations (as needed)", "Discuter des mesures d'adaptation (au besoin)"),
    ("Discussing ethics and boundaries", "Discuter d'éthique et de limites"),
    (
        "Exploring opportunities to be involved in organizational initiatives (committees, "
        "working groups)",
        "Explorer les occasions de participer aux initiatives de l'organisme (comités, groupes "
        "de travail)",
    ),
]


# --- HTML of the tools --------------------------------------------------------------------------


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _items(items, french: bool, tag: str = "ul") -> str:
    parts = []
    for item in items:
        text = escape(item[1] if french else item[0])
        sub = _items(item[2], french) if len(item) > 2 else ""
        parts.append(f"<li>{text}{sub}</li>")
    return f"<{tag}>{''.join(parts)}</{tag}>"


def _readiness_body(french: bool) -> str:
    pick = 1 if french else 0
    html = [
        _p(
            "Cochez chaque énoncé qui est vrai pour votre organisme. Ce qui reste à cocher "
            "indique ce qu'il faut préparer avant d'embaucher un pair aidant."
            if french
            else "Tick each statement that is true of your organization. What is left to tick "
            "is what to prepare before hiring a peer worker."
        )
    ]
    for heading, heading_fr, items in READINESS_SECTIONS:
        html.append(f"<h2>{escape(heading_fr if french else heading)}</h2>")
        html.append(_items(items, french))
    html.append(
        "<h2>"
        + escape(
            "Avant de commencer : quatre aspects de l'état de préparation"
            if french
            else "Before you start: four areas of readiness"
        )
        + "</h2>"
    )
    for area in READINESS_FACTORS:
        html.append(f"<h3>{escape(area[pick])}</h3>")
        html.append(
            "<ul>"
            + "".join(
                f"<li><strong>{escape(factor[pick])}</strong> : {escape(factor[2 + pick])}</li>"
                if french
                else f"<li><strong>{escape(factor[0])}</strong>: {escape(factor[2])}</li>"
                for factor in area[2]
            )
            + "</ul>"
        )
    html.append(
        _p(
            "Quand le soutien par les pairs est mis en place dans un organisme dont la culture "
            "est axée sur le rétablissement et centrée sur la personne, les pairs aidants sont "
            "le mieux placés pour offrir un soutien authentique, fondé sur des valeurs."
            if french
            else "When peer support is implemented in organizations with cultures that are "
            "recovery-oriented and person-centred, peer support workers are best positioned to "
            "provide authentic, values-based support."
        )
    )
    return "".join(html)


def _successful_role_body(french: bool) -> str:
    return "".join(
        [
            _p(
                "À quoi ressemble un poste de pair aidant réussi dans un milieu qui n'est pas "
                "dirigé par des pairs? Revoyez cette liste avec le pair aidant et l'équipe."
                if french
                else "What does successful peer work in a non-peer setting look like? Go "
                "through this list with the peer worker and the team."
            ),
            _items(SUCCESSFUL_ROLE, french),
            _p(
                "L'intégration réussie dans l'équipe prend souvent de 3 à 4 mois (Minehart et "
                "coll., 2014)."
                if french
                else "Successful integration into the team often takes 3 to 4 months "
                "(Minehart et al., 2014)."
            ),
        ]
    )


def _expectations_body(french: bool) -> str:
    return "".join(
        [
            _p(
                "À quoi ressemble un bon soutien par les pairs? Ces énoncés s'adressent aux "
                "personnes qui reçoivent du soutien par les pairs, pour qu'elles sachent à quoi "
                "s'attendre d'une rencontre."
                if french
                else "What does good peer support look like? These statements are for the "
                "people receiving peer support, so they know what to expect from a peer "
                "support interaction."
            ),
            _p(
                "Si vous choisissez de rencontrer un pair aidant, vous pouvez vous attendre :"
                if french
                else "If you choose to meet with a peer support worker, you can expect:"
            ),
            _items(EXPECTATIONS, french, tag="ol"),
        ]
    )


def _boundaries_body(french: bool) -> str:
    return "".join(
        [
            _p(
                "Ce document sert à lancer la conversation sur ce qui est acceptable ou non "
                "pour les pairs aidants dans diverses situations. Utilisez-le pour clarifier les "
                "règles du service, clarifier les préférences personnelles du pair aidant et "
                "vous entendre sur les politiques et les responsabilités. Ajoutez-y les "
                "situations qui se présentent souvent chez vous."
                if french
                else "Use this document to start conversations on what is and is not OK for "
                "peer workers in a variety of interpersonal situations: to clarify the "
                "service's rules, to clarify the peer worker's own preferences, and to agree "
                "policies and responsibilities. Add the situations that come up often in your "
                "service."
            ),
            _p(
                "Pour chaque comportement, décidez ensemble : toujours acceptable, parfois "
                "acceptable ou pas acceptable, et notez pourquoi."
                if french
                else "For each behaviour, decide together: always OK, sometimes OK or not OK, "
                "and note why."
            ),
            _items(BOUNDARY_BEHAVIOURS, french, tag="ol"),
            _p(
                "Le partage du vécu reste un choix : personne n'a droit à votre histoire. "
                "Modèle inspiré de White (2007), Ethical Guidelines for the Delivery of "
                "Peer-based Recovery Support Services."
                if french
                else "Sharing lived experience stays a choice: people are not entitled to "
                "your life story. Template based on White (2007), Ethical Guidelines for the "
                "Delivery of Peer-based Recovery Support Services."
            ),
        ]
    )


def _stages_body(french: bool) -> str:
    html = [
        _p(
            "Mettre en place le soutien par les pairs se fait en quatre étapes "
            "(Hateley-Browne et coll., 2019)."
            if french
            else "Implementing peer support happens in four stages (Hateley-Browne et al., 2019)."
        )
    ]
    for stage, stage_fr, steps in STAGES:
        html.append(f"<h2>{escape(stage_fr if french else stage)}</h2>")
        html.append(_items(steps, french))
    html.append(
        _p(
            "N'embauchez pas quelqu'un pour offrir du soutien par les pairs en attendant qu'il "
            "conçoive et mette en place lui-même le programme de votre organisme."
            if french
            else "Do not hire someone to provide peer support and then expect them to develop "
            "and implement the practice or program for your organization."
        )
    )
    return "".join(html)


def _supervision_body(french: bool) -> str:
    return "".join(
        [
            _p(
                "Des sujets pour les rencontres de supervision avec un pair aidant."
                if french
                else "Topics for supervision meetings with a peer worker."
            ),
            "<h2>" + escape("À aborder régulièrement" if french else "Discuss regularly") + "</h2>",
            _items(SUPERVISION_REGULARLY, french),
            "<h2>" + escape("Au besoin" if french else "Discuss as needed") + "</h2>",
            _items(SUPERVISION_AS_NEEDED, french),
        ]
    )


# --- printable files --------------------------------------------------------------------------


def _pdf(lines: list[str]) -> bytes:
    """A small PDF of text lines (Helvetica, WinAnsi encoding, 46 lines a page), written by
    hand so the demo needs no library and nothing from another site."""

    def text(line: str) -> str:
        raw = line.encode("cp1252", "replace").decode("latin-1")
        return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    per_page = 46
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objects: list[str] = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "",  # the page tree, filled in below
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for page in pages:
        stream = "BT /F1 11 Tf 14 TL 56 740 Td " + " ".join(f"({text(x)}) '" for x in page)
        stream += " ET"
        objects.append(
            f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream"
        )
        content_number = len(objects)
        objects.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content_number} 0 R >>"
        )
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    output = "%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output.encode("latin-1")))
        output += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(output.encode("latin-1"))
    output += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"
    output += "".join(f"{offset:010d} 00000 n \n" for offset in offsets)
    output += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return output.encode("latin-1")


def _wrap(text: str, width: int = 92) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def _readiness_pdf() -> bytes:
    lines = ["Are we ready for a peer role? Organizational readiness checklist", ""]
    for heading, _heading_fr, items in READINESS_SECTIONS:
        lines += ["", heading.upper()]
        for item in items:
            wrapped = _wrap(item[0], 86)
            lines += [f"[  ] {wrapped[0]}", *(f"     {rest}" for rest in wrapped[1:])]
            for sub in item[2] if len(item) > 2 else []:
                lines += [f"       - {rest}" for rest in _wrap(sub[0], 80)]
    return _pdf(lines)


def _expectations_pdf_fr() -> bytes:
    lines = ["Ce que vous pouvez attendre du soutien par les pairs", ""]
    lines += ["Si vous choisissez de rencontrer un pair aidant, vous pouvez vous attendre :", ""]
    for number, (_english, french) in enumerate(EXPECTATIONS, start=1):
        wrapped = _wrap(french, 84)
        lines += [f"{number:>2}. {wrapped[0]}", *(f"    {rest}" for rest in wrapped[1:])]
    return _pdf(lines)


def _boundaries_csv() -> bytes:
    rows = ["Behaviour,Always OK,Sometimes OK,Not OK,Notes for discussion"]
    rows += [f'"{english}",,,,' for english, _french in BOUNDARY_BEHAVIOURS]
    return ("\n".join(rows) + "\n").encode("utf-8")


# --- the library ------------------------------------------------------------------------------

TOOLS = [
    {
        "slug": "organizational-readiness-checklist",
        "title": "Are we ready for a peer role? Organizational readiness checklist",
        "title_fr": "Sommes-nous prêts pour un poste de pair aidant? Liste de vérification",
        "summary": "27 statements in five areas, from senior leadership to supporting the peer "
        "worker, to check before a peer role is created.",
        "summary_fr": "27 énoncés en cinq volets, de la haute direction au soutien du pair "
        "aidant, à vérifier avant de créer un poste de pair aidant.",
        "body": _readiness_body,
        "competencies": [4, 6],
        "file": ("readiness-checklist.pdf", _readiness_pdf),
        "reviewed_days_ago": 30,
    },
    {
        "slug": "what-a-successful-peer-role-looks-like",
        "title": "What a successful peer role looks like: checklist",
        "title_fr": "À quoi ressemble un poste de pair aidant réussi : liste de vérification",
        "summary": "16 signs that a peer role is working, for supervisors, teams and peer "
        "workers to review together.",
        "summary_fr": "16 signes qu'un poste de pair aidant fonctionne, à revoir ensemble par "
        "les superviseurs, les équipes et les pairs aidants.",
        "body": _successful_role_body,
        "competencies": [1, 4],
        "reviewed_days_ago": 45,
    },
    {
        "slug": "peer-support-expectation-statements",
        "title": "Peer support services expectation statements",
        "title_fr": "Énoncés des attentes envers les services de soutien par les pairs",
        "summary": "17 statements for the people receiving peer support: what they can expect "
        "when they meet a peer support worker.",
        "summary_fr": "17 énoncés pour les personnes qui reçoivent du soutien par les pairs : "
        "ce à quoi elles peuvent s'attendre d'un pair aidant.",
        "body": _expectations_body,
        "competencies": [2, 6],
        "reviewed_days_ago": 60,
    },
    {
        "slug": "boundary-setting-discussion-document",
        "title": "Boundary setting: discussion document",
        "title_fr": "Établir ses limites : document de discussion",
        "summary": "14 situations to rate together as always OK, sometimes OK or not OK, to "
        "agree on boundaries with peers and staff.",
        "summary_fr": "14 situations à évaluer ensemble (toujours, parfois ou pas acceptable) "
        "pour s'entendre sur les limites avec les pairs et le personnel.",
        "body": _boundaries_body,
        "competencies": [5, 2],
        "file": ("boundary-setting-discussion.csv", _boundaries_csv),
        "reviewed_days_ago": 90,
    },
    {
        "slug": "four-implementation-stages",
        "title": "The four stages of implementing peer support",
        "title_fr": "Les quatre étapes de la mise en place du soutien par les pairs",
        "summary": "Engage and explore, plan and prepare, initiate and refine, sustain and "
        "scale: the steps of each stage.",
        "summary_fr": "S'engager et explorer, planifier et se préparer, lancer et ajuster, "
        "maintenir et étendre : les actions de chaque étape.",
        "body": _stages_body,
        "competencies": [3, 6],
        "reviewed_days_ago": 20,
    },
    {
        "slug": "supervision-discussions",
        "title": "Supervision discussions with a peer worker",
        "title_fr": "Rencontres de supervision avec un pair aidant",
        "summary": "What to discuss regularly and what to discuss as needed in supervision, "
        "for members who supervise or are supervised.",
        "summary_fr": "Ce dont discuter régulièrement et au besoin en supervision, pour les "
        "membres qui supervisent ou sont supervisés.",
        "body": _supervision_body,
        "competencies": [4, 5],
        "access": Access.MEMBERS,
        "reviewed_days_ago": 15,
    },
]

OTHERS = [
    {
        "slug": "peer-support-canada",
        "kind": Kind.LINK,
        "title": "Peer Support Canada: competencies, code of conduct and core values",
        "title_fr": "Soutien par les pairs Canada : compétences, code de conduite et valeurs",
        "summary": "The national body for peer support certification, with its competencies, "
        "code of conduct, core values and training knowledge matrix.",
        "summary_fr": "L'organisme national de certification en soutien par les pairs : "
        "compétences, code de conduite, valeurs et matrice des connaissances.",
        "url": "http://peersupportcanada.ca/",
        "language": ContentLanguage.BILINGUAL,
        "competencies": [1, 5, 6],
        "reviewed_days_ago": 40,
    },
    {
        "slug": "best-practices-in-peer-support-2017",
        "kind": Kind.DOCUMENT,
        "title": "Best practices in peer support: final report (AMHO, 2017)",
        "title_fr": "Pratiques exemplaires en soutien par les pairs : rapport final (DSMO, 2017)",
        "summary": "Addictions and Mental Health Ontario's review of peer support practice "
        "across the province.",
        "summary_fr": "L'examen des pratiques de soutien par les pairs dans la province, par "
        "Dépendances & santé mentale d'Ontario.",
        "url": "https://amho.ca/wp-content/uploads/Best-Practices-in-Peer-Support-Final-Report-2017.pdf",
        "competencies": [4, 6],
        "reviewed_days_ago": 100,
    },
    {
        "slug": "intentional-peer-support-videos",
        "kind": Kind.VIDEO,
        "title": "Intentional Peer Support: videos",
        "title_fr": "Soutien intentionnel par les pairs : vidéos",
        "summary": "Short videos that demonstrate Intentional Peer Support, Sherry Mead's "
        "approach to mutual, learning-together relationships.",
        "summary_fr": "Courtes vidéos qui montrent le soutien intentionnel par les pairs, "
        "l'approche de Sherry Mead fondée sur la réciprocité.",
        "url": "http://www.intentionalpeersupport.org/videos/",
        "competencies": [2],
        "reviewed_days_ago": 70,
    },
    {
        "slug": "ethics-and-boundaries-seminar",
        "kind": Kind.VIDEO,
        "title": "Ethics and boundaries in peer support services (seminar)",
        "title_fr": "Éthique et limites dans les services de soutien par les pairs (séminaire)",
        "summary": "A recorded seminar on ethics and boundaries for peer workers, to watch "
        "before a supervision discussion on boundaries.",
        "summary_fr": "Un séminaire enregistré sur l'éthique et les limites, à regarder avant "
        "une discussion de supervision sur les limites.",
        "url": "https://www.youtube.com/watch?v=A-7rmYrzG8s",
        "competencies": [5],
        "reviewed_days_ago": 120,
    },
    {
        "slug": "centre-for-excellence-in-peer-support",
        "kind": Kind.LINK,
        "title": "Centre for Excellence in Peer Support (CMHA Waterloo Wellington)",
        "title_fr": "Centre d'excellence en soutien par les pairs (ACSM Waterloo Wellington)",
        "summary": "Workshops on implementing, hiring and supervising peer workers, and the "
        "Supervising Peer Workers toolkit.",
        "summary_fr": "Ateliers sur la mise en place, l'embauche et la supervision des pairs "
        "aidants, et la trousse sur la supervision des pairs aidants.",
        "url": "https://cmhawwselfhelp.ca/programs-services/the-centre-for-excellence-in-peer-support/",
        "lhin": 3,
        "competencies": [4, 6],
        "reviewed_days_ago": 50,
    },
    {
        "slug": "reflective-practice-tool-for-agencies",
        "kind": Kind.DOCUMENT,
        "title": "A reflective practice tool for agencies that employ peer staff (2016)",
        "title_fr": "Un outil de pratique réflexive pour les organismes qui emploient des pairs "
        "aidants (2016)",
        "summary": "Questions for mental health and addiction agencies choosing to create a "
        "peer staff role.",
        "summary_fr": "Des questions pour les organismes en santé mentale et en dépendances qui "
        "choisissent de créer un poste de pair aidant.",
        "url": "http://cmhawwselfhelp.ca/wp-content/uploads/2016/11/Harrison-et-al-2016-A-"
        "Reflective-Practice-Tool-For-Mental-Health-and-Addiction-Agencies-That-Employ-Peer-"
        "Staff-cc.pdf",
        "lhin": 3,
        "competencies": [1],
        # Not looked at for two years: the library flags it to editors and warns readers.
        "reviewed_days_ago": 730,
    },
    {
        "slug": "centre-for-innovation-in-peer-support",
        "kind": Kind.LINK,
        "title": "Centre for Innovation in Peer Support (Support House)",
        "title_fr": "Centre d'innovation en soutien par les pairs (Support House)",
        "summary": "Consultation and training for organizations implementing peer support, "
        "and the Peer Support Implementation Toolkit.",
        "summary_fr": "Consultation et formation pour les organismes qui mettent en place le "
        "soutien par les pairs, et leur trousse de mise en œuvre.",
        "url": "https://supporthouse.ca/peer-services/",
        "lhin": 6,
        "competencies": [3, 4, 6],
        "reviewed_days_ago": 25,
    },
    {
        "slug": "advocating-and-planning-peer-support",
        "kind": Kind.DOCUMENT,
        "title": "Advocating and planning for a behavioral health peer support program (2014)",
        "title_fr": "Promouvoir et planifier un programme de soutien par les pairs (2014)",
        "summary": "A planning guide with checklists for organizations starting a peer "
        "support program.",
        "summary_fr": "Un guide de planification, avec listes de vérification, pour les "
        "organismes qui lancent un programme de soutien par les pairs.",
        "url": "http://peersforprogress.org/wp-content/uploads/2014/03/20140313_advocating_and_"
        "planning_for_a_behavioral_health_peer_support_program.pdf",
        "competencies": [3, 6],
        "reviewed_days_ago": 200,
        # The link checker found it gone: editors see it flagged, readers are warned.
        "link_state": Resource.LinkState.DEAD,
        "link_error": "HTTP 404 Not Found",
    },
    {
        "slug": "ce-que-vous-pouvez-attendre-affiche",
        "kind": Kind.DOCUMENT,
        "title": "What you can expect from peer support: printable poster (in French)",
        "title_fr": "Ce que vous pouvez attendre du soutien par les pairs : affiche à imprimer",
        "summary": "The 17 expectation statements in French, to post where peer support is "
        "offered.",
        "summary_fr": "Les 17 énoncés des attentes, à afficher là où le soutien par les pairs "
        "est offert.",
        "language": ContentLanguage.FRENCH,
        "lhin": 11,
        "competencies": [2, 6],
        "file": ("ce-que-vous-pouvez-attendre.pdf", _expectations_pdf_fr),
        "reviewed_days_ago": 10,
    },
]


def seed() -> None:
    """Idempotent: running it again updates the same rows and makes each file once."""
    today = timezone.localdate()
    now = timezone.now()
    core = {c.number: c for c in Competency.objects.filter(framework__slug="core")}
    lhins = {lhin.number: lhin for lhin in LHIN.objects.all()}
    for data in [{"kind": Kind.TOOL, **tool} for tool in TOOLS] + OTHERS:
        data = dict(data)
        slug = data.pop("slug")
        numbers = data.pop("competencies")
        printable = data.pop("file", None)
        body = data.pop("body", None)
        lhin = data.pop("lhin", None)
        reviewed_on = today - timedelta(days=data.pop("reviewed_days_ago"))
        defaults = {
            "summary_fr": "",
            "url": "",
            "language": ContentLanguage.BILINGUAL if body else ContentLanguage.ENGLISH,
            "access": Access.PUBLIC,
            "status": Status.PUBLISHED,
            "link_state": Resource.LinkState.UNCHECKED,
            "link_error": "",
            **data,
            "lhin": lhins[lhin] if lhin else None,
            "reviewed_on": reviewed_on,
        }
        if body:
            defaults["body"], defaults["body_fr"] = body(False), body(True)
        else:
            # A link, document or video: its summary says it all; the page shows no more text.
            defaults.setdefault("body", "")
            defaults.setdefault("body_fr", "")
        if defaults["link_state"] == Resource.LinkState.DEAD:
            defaults["link_checked_at"] = now - timedelta(hours=6)
        resource, _created = Resource.objects.update_or_create(slug=slug, defaults=defaults)
        resource.competencies.set([core[number] for number in numbers])
        if printable and not resource.file:
            name, make = printable
            checked = resource_file_check(ContentFile(make(), name=name))
            resource_save(resource=resource, actor=None, checked_file=checked)
