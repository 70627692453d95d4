"""The six core competencies for addictions peer support work: reference data
(training/reference.py)."""

from django.db import migrations


def load(apps, schema_editor):
    from training.reference import load_core_competencies

    load_core_competencies(
        apps.get_model("training", "Framework"), apps.get_model("training", "Competency")
    )


class Migration(migrations.Migration):
    dependencies = [("training", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
