"""Content services: the home part (saving the home page's hero)."""

from django.db import transaction

from network.services import audit_record

from ..models import HomePage


def home_page_save(*, home: HomePage, actor) -> HomePage:
    """Save the hero as an editor left it. A replaced or removed picture is deleted from storage
    once the change is committed (its name is random, so nothing else points at it)."""
    with transaction.atomic():
        previous = (
            HomePage.objects.filter(pk=home.pk).values_list("hero_image", flat=True).first()
            if home.pk
            else None
        )
        home.updated_by = actor
        home.full_clean()
        home.save()
        audit_record(actor=actor, action="content.home_page_changed", target=home)
    if previous and previous != home.hero_image.name:
        storage = home.hero_image.storage
        transaction.on_commit(lambda: storage.delete(previous))
    return home
