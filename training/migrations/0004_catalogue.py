"""The catalogue's search index; the core framework's rating scale, and Peer Support Canada's
framework with its own scale: reference data (training/reference.py)."""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations


def load(apps, schema_editor):
    from training.reference import load_frameworks

    load_frameworks(
        apps.get_model("training", "Framework"),
        apps.get_model("training", "Competency"),
        apps.get_model("training", "ScaleLevel"),
    )


class Migration(migrations.Migration):

    dependencies = [
        ('governance', '0002_peer_roles'),
        ('network', '0003_outboundemail_erase_recipient'),
        ('training', '0003_catalogue_and_sessions'),
    ]

    operations = [
        migrations.RunPython(load, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name='course',
            index=django.contrib.postgres.indexes.GinIndex(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector('title', config='english', weight='A'), '||', django.contrib.postgres.search.SearchVector('summary', config='english', weight='B'), django.contrib.postgres.search.SearchConfig('english')), '||', django.contrib.postgres.search.SearchVector('description', config='english', weight='C'), django.contrib.postgres.search.SearchConfig('english')), '||', django.contrib.postgres.search.SearchVector('title_fr', config='french', weight='A'), django.contrib.postgres.search.SearchConfig('english')), '||', django.contrib.postgres.search.SearchVector('summary_fr', config='french', weight='B'), django.contrib.postgres.search.SearchConfig('english')), '||', django.contrib.postgres.search.SearchVector('description_fr', config='french', weight='C'), django.contrib.postgres.search.SearchConfig('english')), name='course_search'),
        ),
    ]
