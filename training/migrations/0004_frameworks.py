"""The core framework's rating scale, and Peer Support Canada's framework with its own scale:
reference data (training/reference.py)."""

from django.db import migrations


def load(apps, schema_editor):
    from training.reference import load_frameworks

    load_frameworks(
        apps.get_model("training", "Framework"),
        apps.get_model("training", "Competency"),
        apps.get_model("training", "ScaleLevel"),
    )


class Migration(migrations.Migration):
    dependencies = [("training", "0003_catalogue_sessions_records_assessments")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
