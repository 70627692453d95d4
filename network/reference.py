"""Reference data: the 14 LHINs with their Ontario Health regions (DOMAIN.md).

Loaded by migration 0002 on a new database and by `manage.py load_reference_data` (run by
`make run`), which puts back anything missing or edited away. Names and areas in English and
French; the areas help a person find their LHIN, never to infer it for them.
"""

# (number, slug, name, name_fr, Ontario Health region, areas, areas_fr)
LHINS = [
    (
        1,
        "erie-st-clair",
        "Erie St. Clair",
        "Érié St. Clair",
        "west",
        "Windsor, Essex, Chatham-Kent, Sarnia-Lambton",
        "Windsor, Essex, Chatham-Kent, Sarnia-Lambton",
    ),
    (
        2,
        "south-west",
        "South West",
        "Sud-Ouest",
        "west",
        "London, Middlesex, Oxford, Elgin, Huron, Perth, Grey, Bruce",
        "London, Middlesex, Oxford, Elgin, Huron, Perth, Grey, Bruce",
    ),
    (
        3,
        "waterloo-wellington",
        "Waterloo Wellington",
        "Waterloo Wellington",
        "west",
        "Kitchener, Waterloo, Cambridge, Guelph, Wellington",
        "Kitchener, Waterloo, Cambridge, Guelph, Wellington",
    ),
    (
        4,
        "hamilton-niagara-haldimand-brant",
        "Hamilton Niagara Haldimand Brant",
        "Hamilton Niagara Haldimand Brant",
        "west",
        "Hamilton, Niagara, Haldimand, Norfolk, Brant, Burlington",
        "Hamilton, Niagara, Haldimand, Norfolk, Brant, Burlington",
    ),
    (
        5,
        "central-west",
        "Central West",
        "Centre-Ouest",
        "central",
        "Brampton, Caledon, Dufferin, north Etobicoke",
        "Brampton, Caledon, Dufferin, nord d'Etobicoke",
    ),
    (
        6,
        "mississauga-halton",
        "Mississauga Halton",
        "Mississauga Halton",
        "central",
        "Mississauga, Oakville, Milton, Halton Hills, south Etobicoke",
        "Mississauga, Oakville, Milton, Halton Hills, sud d'Etobicoke",
    ),
    (
        7,
        "toronto-central",
        "Toronto Central",
        "Centre-Toronto",
        "toronto",
        "Central Toronto",
        "Centre de Toronto",
    ),
    (
        8,
        "central",
        "Central",
        "Centre",
        "central",
        "York Region, North York, south Simcoe",
        "Région de York, North York, sud de Simcoe",
    ),
    (
        9,
        "central-east",
        "Central East",
        "Centre-Est",
        "east",
        "Scarborough, Durham, Peterborough, Kawartha Lakes, Northumberland, Haliburton",
        "Scarborough, Durham, Peterborough, Kawartha Lakes, Northumberland, Haliburton",
    ),
    (
        10,
        "south-east",
        "South East",
        "Sud-Est",
        "east",
        "Kingston, Belleville, Hastings, Prince Edward, Lennox and Addington, Lanark, "
        "Leeds and Grenville",
        "Kingston, Belleville, Hastings, Prince Edward, Lennox et Addington, Lanark, "
        "Leeds et Grenville",
    ),
    (
        11,
        "champlain",
        "Champlain",
        "Champlain",
        "east",
        "Ottawa, Renfrew, Prescott-Russell, Cornwall, Stormont-Dundas-Glengarry",
        "Ottawa, Renfrew, Prescott-Russell, Cornwall, Stormont-Dundas-Glengarry",
    ),
    (
        12,
        "north-simcoe-muskoka",
        "North Simcoe Muskoka",
        "Simcoe Nord Muskoka",
        "central",
        "Barrie, Orillia, Muskoka, Midland, Collingwood",
        "Barrie, Orillia, Muskoka, Midland, Collingwood",
    ),
    (
        13,
        "north-east",
        "North East",
        "Nord-Est",
        "north_east",
        "Sudbury, North Bay, Sault Ste. Marie, Timmins, Parry Sound, Algoma, James Bay coast",
        "Sudbury, North Bay, Sault Ste. Marie, Timmins, Parry Sound, Algoma, côte de la baie James",
    ),
    (
        14,
        "north-west",
        "North West",
        "Nord-Ouest",
        "north_west",
        "Thunder Bay, Kenora, Rainy River",
        "Thunder Bay, Kenora, Rainy River",
    ),
]


def load_lhins(lhin_model) -> None:
    """Create or update the 14 LHINs. Takes the model so a migration can pass its historic one."""
    for number, slug, name, name_fr, region, areas, areas_fr in LHINS:
        lhin_model.objects.update_or_create(
            number=number,
            defaults={
                "slug": slug,
                "name": name,
                "name_fr": name_fr,
                "ontario_health_region": region,
                "areas": areas,
                "areas_fr": areas_fr,
            },
        )
