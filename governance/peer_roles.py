# ruff: noqa: RUF001  (typographic apostrophes: the text is shown to people, in French and English)
"""Reference data: the eight peer roles of the matrix, with a scope of practice for each.

The roles are the Governance Expert Panel's (source 000, "Defining Peer Support"), with the peer
group facilitator added at the 2014 exchange; the panel asks for "a matrix of delineated
levels/roles" and "a scope of practice and engagement" for each. The scopes draw on the sources'
own boundaries: peer work is non-clinical (002; 003 section 3.5: no diagnosing, assessing or
treating, no medical advice, no counselling or therapy), advocacy happens with the person's
consent (004), disclosure is the peer's choice (003: "people are not entitled to your life
story").

Loaded once by governance's migration 0002: from then on the roles belong to governance members,
who edit them in the admin, so loading never overwrites a role that exists.
Competencies are the core framework's numbers (training.reference).
"""

# slug, order, name, name_fr, description, description_fr, in_scope, in_scope_fr,
# out_of_scope, out_of_scope_fr (one item per line), competency numbers
PEER_ROLES = [
    {
        "slug": "peer-support-worker",
        "name": "Peer support worker",
        "name_fr": "Pair aidant",
        "description": (
            "Offers one-to-one and group support for personal and social recovery to people "
            "who use or have used substances, drawing on their own lived experience. The "
            "relationship is mutual and guided by the person’s own goals."
        ),
        "description_fr": (
            "Offre un soutien individuel et en groupe au rétablissement personnel et social des "
            "personnes qui consomment ou ont consommé des substances, en s’appuyant sur son "
            "propre vécu. La relation est réciproque et guidée par les objectifs de la personne."
        ),
        "in_scope": (
            "Building a relationship of trust, guided by the person’s own agenda\n"
            "Sharing lived experience when it is helpful and the peer is comfortable doing so\n"
            "Supporting people to set their own goals and find their own solutions\n"
            "Supporting people through changes and transitions, such as leaving treatment\n"
            "Connecting people to resources in their community\n"
            "Taking part in supervision and reflective practice"
        ),
        "in_scope_fr": (
            "Bâtir une relation de confiance, guidée par les priorités de la personne\n"
            "Partager son vécu lorsque c’est utile et que le pair est à l’aise de le faire\n"
            "Aider la personne à se fixer ses propres objectifs et à trouver ses propres "
            "solutions\n"
            "Accompagner la personne dans les changements et les transitions, par exemple à la "
            "fin d’un traitement\n"
            "Mettre la personne en lien avec les ressources de sa communauté\n"
            "Participer à la supervision et à la pratique réflexive"
        ),
        "out_of_scope": (
            "Diagnosing, assessing or treating\n"
            "Giving medical advice, or advice about prescribed medication\n"
            "Providing counselling or therapy\n"
            "Doing things for people rather than with them, such as lending or giving money\n"
            "Promoting a religious or spiritual practice"
        ),
        "out_of_scope_fr": (
            "Poser un diagnostic, évaluer ou traiter\n"
            "Donner des conseils médicaux ou des conseils sur les médicaments prescrits\n"
            "Offrir du counseling ou une thérapie\n"
            "Faire les choses à la place de la personne plutôt qu’avec elle, par exemple prêter "
            "ou donner de l’argent\n"
            "Promouvoir une pratique religieuse ou spirituelle"
        ),
        "competencies": [1, 2, 3, 4, 5, 6],
    },
    {
        "slug": "peer-advocate",
        "name": "Peer advocate",
        "name_fr": "Pair défenseur des droits",
        "description": (
            "Empowers individuals or groups of people who use substances to advocate for their "
            "rights and needs, on a range of issues and in a variety of settings."
        ),
        "description_fr": (
            "Donne aux personnes ou aux groupes de personnes qui consomment des substances les "
            "moyens de défendre leurs droits et leurs besoins, sur divers enjeux et dans divers "
            "milieux."
        ),
        "in_scope": (
            "Coaching people to speak up for themselves\n"
            "Speaking up with, and if necessary for, a person, with their consent\n"
            "Accompanying people to appointments and meetings\n"
            "Naming stigmatizing language and practices, and the barriers people meet\n"
            "Advocating on addictions and policy at system tables"
        ),
        "in_scope_fr": (
            "Accompagner la personne pour qu’elle prenne la parole elle-même\n"
            "Prendre la parole avec la personne et, au besoin, en son nom, avec son "
            "consentement\n"
            "Accompagner la personne à ses rendez-vous et à ses réunions\n"
            "Relever le langage et les pratiques stigmatisants, et les obstacles rencontrés\n"
            "Défendre les enjeux liés aux dépendances et aux politiques aux tables du système"
        ),
        "out_of_scope": (
            "Acting for a person without their consent\n"
            "Giving legal advice or representing a person in legal proceedings\n"
            "Speaking about a person’s story or situation without their permission\n"
            "Diagnosing, assessing or treating"
        ),
        "out_of_scope_fr": (
            "Agir au nom d’une personne sans son consentement\n"
            "Donner des conseils juridiques ou représenter une personne dans une procédure "
            "judiciaire\n"
            "Parler de l’histoire ou de la situation d’une personne sans sa permission\n"
            "Poser un diagnostic, évaluer ou traiter"
        ),
        "competencies": [1, 2, 4, 5, 6],
    },
    {
        "slug": "peer-educator",
        "name": "Peer educator",
        "name_fr": "Pair éducateur",
        "description": (
            "Provides education from a lived experience perspective for other peers, health "
            "and social service workers or community members."
        ),
        "description_fr": (
            "Offre de la formation et de la sensibilisation, dans la perspective du vécu, aux "
            "autres pairs, aux intervenants de la santé et des services sociaux ou aux membres "
            "de la communauté."
        ),
        "in_scope": (
            "Leading workshops and training sessions for peers\n"
            "Orienting clinicians and other staff to peer support\n"
            "Teaching harm reduction, such as overdose response and naloxone\n"
            "Raising awareness to reduce stigma in the community\n"
            "Choosing what, if anything, to share of their own story"
        ),
        "in_scope_fr": (
            "Animer des ateliers et des séances de formation pour les pairs\n"
            "Initier les cliniciens et les autres membres du personnel au soutien par les "
            "pairs\n"
            "Enseigner la réduction des méfaits, comme l’intervention en cas de surdose et la "
            "naloxone\n"
            "Sensibiliser la communauté pour réduire la stigmatisation\n"
            "Choisir ce qu’il partage, ou non, de sa propre histoire"
        ),
        "out_of_scope": (
            "Teaching clinical practice, diagnosis or treatment\n"
            "Giving medical advice\n"
            "Sharing other people’s stories"
        ),
        "out_of_scope_fr": (
            "Enseigner la pratique clinique, le diagnostic ou le traitement\n"
            "Donner des conseils médicaux\n"
            "Partager l’histoire d’autres personnes"
        ),
        "competencies": [1, 2, 5, 6],
    },
    {
        "slug": "peer-navigator",
        "name": "Peer navigator",
        "name_fr": "Pair navigateur",
        "description": (
            "Assists people to find, choose and gain access to a full range of community "
            "resources, networks and services."
        ),
        "description_fr": (
            "Aide les personnes à trouver, à choisir et à obtenir toute la gamme des "
            "ressources, des réseaux et des services de la communauté."
        ),
        "in_scope": (
            "Helping people find their way through health and social services\n"
            "Sharing current information on provincial, regional and online resources\n"
            "Supporting people through referrals and transitions between services\n"
            "Accompanying people to appointments to help them get the care they choose\n"
            "Helping people find ways to access support, such as financial support"
        ),
        "in_scope_fr": (
            "Aider la personne à s’orienter dans les services de santé et les services sociaux\n"
            "Transmettre de l’information à jour sur les ressources provinciales, régionales et "
            "en ligne\n"
            "Accompagner la personne dans les orientations et les transitions entre services\n"
            "Accompagner la personne à ses rendez-vous pour l’aider à obtenir les soins qu’elle "
            "choisit\n"
            "Aider la personne à trouver des moyens d’obtenir du soutien, notamment financier"
        ),
        "out_of_scope": (
            "Choosing services for people, or deciding their eligibility\n"
            "Assessing needs clinically or recommending treatment\n"
            "Meeting needs directly, such as giving money, instead of helping people access "
            "support"
        ),
        "out_of_scope_fr": (
            "Choisir des services à la place de la personne ou décider de son admissibilité\n"
            "Évaluer cliniquement les besoins ou recommander un traitement\n"
            "Répondre soi-même aux besoins, par exemple en donnant de l’argent, au lieu d’aider "
            "la personne à obtenir du soutien"
        ),
        "competencies": [1, 2, 3, 5, 6],
    },
    {
        "slug": "peer-advisor",
        "name": "Peer advisor",
        "name_fr": "Pair conseiller",
        "description": (
            "Works in partnership with service providers to bring the perspective of people "
            "with lived experience to every level of planning, implementation and evaluation, "
            "and gives feedback to the people who use the services."
        ),
        "description_fr": (
            "Travaille en partenariat avec les fournisseurs de services pour faire valoir le "
            "point de vue des personnes ayant un vécu à toutes les étapes de la planification, "
            "de la mise en œuvre et de l’évaluation, et communique les résultats aux personnes "
            "qui utilisent les services."
        ),
        "in_scope": (
            "Sitting on advisory groups, committees and system-level tables\n"
            "Bringing lived experience perspectives into service design and review\n"
            "Helping organizations hire and orient peer workers\n"
            "Reporting back to peers on what was decided"
        ),
        "in_scope_fr": (
            "Siéger à des groupes consultatifs, à des comités et à des tables du système\n"
            "Faire valoir le point de vue du vécu dans la conception et l’examen des services\n"
            "Aider les organismes à embaucher et à orienter des pairs aidants\n"
            "Rendre compte aux pairs des décisions prises"
        ),
        "out_of_scope": (
            "Speaking for every person with lived experience\n"
            "Token participation without a real voice in decisions\n"
            "Disclosing more of their own story than they choose to"
        ),
        "out_of_scope_fr": (
            "Parler au nom de toutes les personnes ayant un vécu\n"
            "Une participation symbolique, sans véritable voix dans les décisions\n"
            "Dévoiler plus de sa propre histoire qu’il ne le souhaite"
        ),
        "competencies": [1, 2, 5, 6],
    },
    {
        "slug": "peer-researcher-evaluator",
        "name": "Peer researcher/evaluator",
        "name_fr": "Pair chercheur ou évaluateur",
        "description": (
            "Uses lived experience knowledge and participatory processes in research and "
            "evaluation, at every stage: planning and design, gathering data, analysis, and "
            "sharing the results."
        ),
        "description_fr": (
            "Met à profit le savoir expérientiel et les démarches participatives en recherche "
            "et en évaluation, à toutes les étapes : planification et conception, collecte des "
            "données, analyse et diffusion des résultats."
        ),
        "in_scope": (
            "Helping design research and evaluation questions\n"
            "Conducting interviews and focus groups with peers\n"
            "Analysing data and writing up and sharing results\n"
            "Evaluating peer support programmes"
        ),
        "in_scope_fr": (
            "Contribuer à formuler les questions de recherche et d’évaluation\n"
            "Mener des entrevues et des groupes de discussion avec des pairs\n"
            "Analyser les données, rédiger et diffuser les résultats\n"
            "Évaluer des programmes de soutien par les pairs"
        ),
        "out_of_scope": (
            "Collecting or sharing information without informed consent\n"
            "Offering support or counselling to research participants within the research role\n"
            "Taking part in research that does not address power differences with academic "
            "researchers"
        ),
        "out_of_scope_fr": (
            "Recueillir ou communiquer de l’information sans consentement éclairé\n"
            "Offrir du soutien ou du counseling aux participants dans le cadre du rôle de "
            "recherche\n"
            "Participer à une recherche qui ne tient pas compte des rapports de pouvoir avec "
            "les chercheurs universitaires"
        ),
        "competencies": [1, 2, 4, 5],
    },
    {
        "slug": "peer-manager",
        "name": "Peer manager",
        "name_fr": "Pair gestionnaire",
        "description": (
            "Leads peer services: plans and runs them, and supports and supervises the peer "
            "workers who deliver them."
        ),
        "description_fr": (
            "Dirige des services de pairs : les planifie et les gère, et soutient et supervise "
            "les pairs aidants qui les offrent."
        ),
        "in_scope": (
            "Planning, running and evaluating peer services\n"
            "Hiring, orienting and supervising peer workers\n"
            "Making supervision a support, never surveillance\n"
            "Championing peer roles within the organization and the system\n"
            "Supporting peer workers’ self-care and professional development"
        ),
        "in_scope_fr": (
            "Planifier, gérer et évaluer les services de pairs\n"
            "Embaucher, orienter et superviser les pairs aidants\n"
            "Faire de la supervision un soutien, jamais une surveillance\n"
            "Promouvoir les rôles de pairs au sein de l’organisme et du système\n"
            "Soutenir les soins personnels et le perfectionnement professionnel des pairs "
            "aidants"
        ),
        "out_of_scope": (
            "Monitoring a peer worker’s recovery or mental health\n"
            "Providing therapy to the peer workers they supervise\n"
            "Requiring a peer worker to disclose their story"
        ),
        "out_of_scope_fr": (
            "Surveiller le rétablissement ou la santé mentale d’un pair aidant\n"
            "Offrir une thérapie aux pairs aidants qu’il supervise\n"
            "Exiger d’un pair aidant qu’il dévoile son histoire"
        ),
        "competencies": [1, 2, 4, 5, 6],
    },
    {
        "slug": "peer-group-facilitator",
        "name": "Peer group facilitator",
        "name_fr": "Pair animateur de groupe",
        "description": (
            "Facilitates or co-facilitates peer groups: safe, non-judgemental spaces where "
            "people share their journey, learn coping skills from each other and offer mutual "
            "support. Added at the 2014 exchange, including groups that support peer workers "
            "themselves."
        ),
        "description_fr": (
            "Anime ou coanime des groupes de pairs : des espaces sûrs et sans jugement où les "
            "personnes partagent leur parcours, apprennent les unes des autres des stratégies "
            "d’adaptation et s’offrent un soutien mutuel. Ajouté lors de l’échange de 2014, y "
            "compris les groupes de soutien aux pairs aidants eux-mêmes."
        ),
        "in_scope": (
            "Facilitating or co-facilitating mutual support and recovery groups\n"
            "Facilitating family support groups\n"
            "Agreeing ground rules on confidentiality and respect with the group\n"
            "Making sure every voice in the group is heard\n"
            "Responding to distress in the group and connecting people to further support"
        ),
        "in_scope_fr": (
            "Animer ou coanimer des groupes d’entraide et de rétablissement\n"
            "Animer des groupes de soutien aux familles\n"
            "Convenir avec le groupe de règles sur la confidentialité et le respect\n"
            "Veiller à ce que chaque voix du groupe soit entendue\n"
            "Réagir à la détresse dans le groupe et diriger les personnes vers d’autres soutiens"
        ),
        "out_of_scope": (
            "Running group therapy or clinical programmes\n"
            "Promoting one pathway to recovery over others\n"
            "Pressing anyone in the group to share their story"
        ),
        "out_of_scope_fr": (
            "Animer une thérapie de groupe ou des programmes cliniques\n"
            "Promouvoir une voie de rétablissement plutôt que les autres\n"
            "Pousser une personne du groupe à raconter son histoire"
        ),
        "competencies": [1, 2, 3, 4, 5],
    },
]


def load_peer_roles(peer_role_model, competency_model) -> None:
    """Create the roles that do not exist yet, linked to the core competencies; never change one
    that exists (governance members own them). Takes the models so a migration can pass its
    historic ones."""
    core = {c.number: c for c in competency_model.objects.filter(framework__slug="core")}
    for order, data in enumerate(PEER_ROLES, start=1):
        fields = {k: v for k, v in data.items() if k not in ("slug", "competencies")}
        role, created = peer_role_model.objects.get_or_create(
            slug=data["slug"], defaults={**fields, "order": order}
        )
        if created:
            role.competencies.set([core[n] for n in data["competencies"] if n in core])
