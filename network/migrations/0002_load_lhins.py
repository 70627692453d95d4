"""The 14 LHINs with their Ontario Health regions: reference data (network/reference.py)."""

from django.db import migrations


def load(apps, schema_editor):
    from network.reference import load_lhins

    load_lhins(apps.get_model("network", "LHIN"))


class Migration(migrations.Migration):
    dependencies = [("network", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
