"""The privacy statement, the disclaimer and the accessibility statement become pages of the tree
(they were templates until now); their text is in `content.statements`."""

from django.conf import settings
from django.db import migrations


def load(apps, schema_editor):
    from content.statements import load_statement_pages

    load_statement_pages(
        apps.get_model("content", "Page"),
        apps.get_model("content", "PageRevision"),
        contact_email=settings.NETWORK_CONTACT_EMAIL,
    )


class Migration(migrations.Migration):
    dependencies = [("content", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
