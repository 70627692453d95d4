"""The forums' categories in the admin: rules checked, moderators granted through guardian."""

import pytest
from django.urls import reverse

from content.forums.models import Category
from content.forums.selectors.access import moderators_of

pytestmark = pytest.mark.django_db


def _data(**changes):
    data = {
        "name": "Peer talk",
        "name_fr": "",
        "slug": "peer-talk",
        "description": "",
        "description_fr": "",
        "order": 1,
        "read_rule": "members",
        "write_rule": "members",
        "lhin": "",
        "is_active": "on",
    }
    return {**data, **changes}


def test_an_lhin_rule_without_an_lhin_and_a_writing_rule_wider_than_reading_are_refused(
    client_for, content_editor
):
    client = client_for(content_editor)
    url = reverse("admin:forums_category_add")

    no_lhin = client.post(url, _data(read_rule="lhin_members", write_rule="lhin_members"))
    wider = client.post(url, _data(read_rule="full_members", write_rule="members"))

    assert "Choose the LHIN whose members this category is for." in no_lhin.content.decode()
    assert "Who may write cannot be wider than who may read" in wider.content.decode()
    assert not Category.objects.exists()


def test_moderators_are_granted_and_removed_only_among_forum_moderators(
    client_for, network_admin, forum_moderator, full_member
):
    client = client_for(network_admin)
    added = client.post(
        reverse("admin:forums_category_add"), _data(moderators=[forum_moderator.pk])
    )
    category = Category.objects.get()
    refused = client.post(
        reverse("admin:forums_category_change", args=[category.pk]),
        _data(moderators=[full_member.pk]),
    )
    assert added.status_code == 302
    assert list(moderators_of(category)) == [forum_moderator]
    assert refused.status_code == 400  # the full member is not offered
    assert list(moderators_of(category)) == [forum_moderator]

    client.post(reverse("admin:forums_category_change", args=[category.pk]), _data())

    assert not moderators_of(category).exists()
