"""The six core competencies: reference data from a migration, read only in the admin."""

import pytest
from django.utils import translation

from tests.plugin import sign_in
from training.models import Competency, Framework
from training.reference import load_core_competencies

pytestmark = pytest.mark.django_db


def test_the_six_core_competencies_carry_the_panels_names():
    competencies = Competency.objects.filter(framework__slug="core").order_by("number")

    assert [(c.number, c.name) for c in competencies] == [
        (1, "Self-Assessment/Self-Evaluation"),
        (2, "Interpersonal skills"),
        (3, "Working with changes and transitions"),
        (4, "Supervision"),
        (5, "Personal Development and Learning"),
        (6, "Access to information tool kit with current information"),
    ]
    assert competencies[4].description.startswith(
        "Skills for personal development, including compassion fatigue, boundary training"
    )
    assert all(c.description and c.name_fr and c.description_fr for c in competencies)
    with translation.override("fr"):
        assert competencies[1].display_name == "Habiletés interpersonnelles"
        assert str(competencies[0]) == "1. Auto-évaluation"


def test_loading_again_puts_back_what_was_edited_and_adds_nothing():
    core = Competency.objects.filter(framework__slug="core")
    core.filter(number=2).update(name="Soft skills")
    frameworks = Framework.objects.count()

    load_core_competencies(Framework, Competency)

    assert core.get(number=2).name == "Interpersonal skills"
    assert core.count() == 6
    assert Framework.objects.count() == frameworks


def test_governance_members_read_the_competencies_and_nobody_edits_them(
    client, governance_member, network_admin
):
    competency = Competency.objects.get(framework__slug="core", number=1)
    url = f"/admin/training/competency/{competency.pk}/change/"
    for person in (governance_member, network_admin):
        sign_in(client, person)
        page = client.get(url)
        assert page.status_code == 200
        assert "Self-Assessment/Self-Evaluation" in page.content.decode()
        assert client.post(url, {"name": "Changed"}).status_code == 403
        assert client.get("/admin/training/competency/add/").status_code == 403
    assert Competency.objects.get(pk=competency.pk).name == "Self-Assessment/Self-Evaluation"
