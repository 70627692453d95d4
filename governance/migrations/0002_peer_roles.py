from django.db import migrations


def load_peer_roles(apps, schema_editor):
    """The eight peer roles of the matrix (governance/peer_roles.py), created once."""
    from governance.peer_roles import load_peer_roles

    load_peer_roles(
        apps.get_model("governance", "PeerRole"), apps.get_model("training", "Competency")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0001_initial"),
        ("training", "0002_core_competencies"),
    ]

    operations = [migrations.RunPython(load_peer_roles, migrations.RunPython.noop)]
