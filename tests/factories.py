"""factory_boy factories shared by every app's tests."""

import factory
from allauth.account.models import EmailAddress

from members.models import User
from network.models import CrisisLine, OutboundEmail

PASSWORD = "a-long-test-passphrase"  # noqa: S105


class UserFactory(factory.django.DjangoModelFactory):
    """A person with a verified email address (allauth refuses sign-in until it is verified)."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.net")
    display_name = factory.Sequence(lambda n: f"Peer {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.create(
                user=self, email=self.email, primary=True, verified=extracted is not False
            )


class CrisisLineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CrisisLine

    name = factory.Sequence(lambda n: f"Support line {n}")
    name_fr = factory.Sequence(lambda n: f"Ligne de soutien {n}")
    description = "Someone to talk to."
    phone = factory.Sequence(lambda n: f"1-800-555-{n:04d}")
    hours = "24/7"


class OutboundEmailFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutboundEmail

    to = factory.LazyFunction(lambda: ["someone@example.net"])
    from_email = "network@example.org"
    subject = "A note from the network"
    body_text = "Hello."
