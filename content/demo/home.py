"""Demo data of the content app: the home part (called by content.demo.seed_content_demo).

The home page's hero in English and French, from the blueprint's words (a network of, by and for
people with lived experience, peer run), with a picture drawn here by Pillow: soft overlapping
circles in the site's colours, like people gathered around a table. Nothing is downloaded.
Idempotent: a second run updates the same row and keeps its picture.
"""

from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw

from ..models import HomePage

HERO = {
    "headline": "Peer support, by and for people with lived experience",
    "headline_fr": "Le soutien par les pairs, par et pour les personnes ayant un vécu",
    "introduction": (
        "The Ontario Peer Support Network is a provincial network of, by and for people with "
        "lived and living experience of substance use, their families and allies. We are peer "
        "run: members share resources, training and a real voice in the decisions that affect "
        "them."
    ),
    "introduction_fr": (
        "Le Réseau ontarien de soutien par les pairs est un réseau provincial de, par et pour "
        "les personnes ayant un vécu passé ou actuel de consommation de substances, leurs "
        "familles et leurs alliés. Il est dirigé par les pairs : les membres partagent des "
        "ressources, de la formation et une vraie voix dans les décisions qui les concernent."
    ),
    "hero_image_alt": (
        "A drawing of overlapping circles in teal, yellow and sand, like people gathered "
        "around a table."
    ),
    "hero_image_alt_fr": (
        "Un dessin de cercles qui se chevauchent, sarcelle, jaune et sable, comme des "
        "personnes réunies autour d'une table."
    ),
}

# The site's colours (static/css/site.css): primary, its dark and tint, the warm yellow, sand.
COLOURS = [(11, 85, 99), (14, 59, 67), (230, 242, 243), (255, 224, 102), (216, 212, 203)]


def hero_picture(size: tuple[int, int] = (960, 640)) -> ContentFile:
    """An abstract picture: circles of the site's colours, overlapping on a pale ground."""
    width, height = size
    picture = Image.new("RGB", size, (247, 245, 240))
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    circles = [
        (0.30, 0.45, 0.26, 0),
        (0.55, 0.35, 0.22, 3),
        (0.70, 0.62, 0.24, 1),
        (0.42, 0.70, 0.18, 4),
        (0.18, 0.78, 0.12, 3),
        (0.86, 0.25, 0.10, 2),
    ]
    for x, y, radius, colour in circles:
        r = radius * height
        cx, cy = x * width, y * height
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(*COLOURS[colour], 200))
    picture.paste(layer, mask=layer)
    output = BytesIO()
    picture.save(output, format="JPEG", quality=85)
    return ContentFile(output.getvalue(), name="hero.jpg")


def seed() -> None:
    home = HomePage.objects.order_by("pk").first() or HomePage()
    for name, value in HERO.items():
        setattr(home, name, value)
    if not home.hero_image:
        home.hero_image.save("hero.jpg", hero_picture(), save=False)
    home.save()
