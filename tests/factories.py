"""factory_boy factories shared by every app's tests."""

from datetime import timedelta
from io import BytesIO

import factory
from allauth.account.models import EmailAddress
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image

from members.models import User
from network.models import CrisisLine, OutboundEmail

PASSWORD = "a-long-test-passphrase"


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


def webauthn_registration() -> dict:
    """A WebAuthn registration response as a browser would post it, from a software key.

    Real enough for allauth to parse (an ES256 key with 'none' attestation); tests that only need
    a person to *have* a security key use it instead of driving a hardware authenticator.
    """
    import os
    from hashlib import sha256

    from cryptography.hazmat.primitives.asymmetric import ec
    from fido2.cose import ES256
    from fido2.webauthn import (
        Aaguid,
        AttestationObject,
        AttestedCredentialData,
        AuthenticatorAttestationResponse,
        AuthenticatorData,
        CollectedClientData,
        RegistrationResponse,
    )

    key = ec.generate_private_key(ec.SECP256R1())
    credential_id = os.urandom(16)
    attested = AttestedCredentialData.create(
        Aaguid.NONE, credential_id, ES256.from_cryptography_key(key.public_key())
    )
    flags = AuthenticatorData.FLAG.UP | AuthenticatorData.FLAG.AT
    auth_data = AuthenticatorData.create(sha256(b"testserver").digest(), flags, 0, attested)
    client_data = CollectedClientData.create(
        type="webauthn.create", challenge=os.urandom(16), origin="http://testserver"
    )
    response = AuthenticatorAttestationResponse(
        client_data=client_data,
        attestation_object=AttestationObject.create("none", auth_data, {}),
    )
    return dict(RegistrationResponse(raw_id=credential_id, response=response))


class MembershipApplicationFactory(factory.django.DjangoModelFactory):
    """A submitted application of a full member in Toronto Central (LHIN 7)."""

    class Meta:
        model = "members.MembershipApplication"

    applicant = factory.SubFactory(UserFactory)
    status = "submitted"
    membership_type = "full"
    lived_experience_attested = True
    lhin = factory.LazyFunction(lambda: _lhin(7))
    submitted_at = factory.LazyFunction(timezone.now)


class MembershipFactory(factory.django.DjangoModelFactory):
    """An active full membership in Toronto Central, joined today, for a year."""

    class Meta:
        model = "members.Membership"

    person = factory.SubFactory(UserFactory)
    membership_type = "full"
    lhin = factory.LazyFunction(lambda: _lhin(7))
    joined_at = factory.LazyFunction(timezone.now)
    expires_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=365))


def _lhin(number: int):
    from network.models import LHIN

    return LHIN.objects.get(number=number)


class ProfileFactory(factory.django.DjangoModelFactory):
    """A member's profile, every field private (the default) unless a test says otherwise."""

    class Meta:
        model = "members.Profile"

    person = factory.SubFactory(UserFactory)


def picture_bytes(
    *, size: tuple[int, int] = (40, 30), image_format: str = "JPEG", exif=None, **save_options
) -> bytes:
    """An image file's bytes, as a camera or an editor would write them."""
    image = Image.new("RGB", size, (200, 120, 40))
    output = BytesIO()
    if exif is not None:
        save_options["exif"] = exif
    image.save(output, format=image_format, **save_options)
    return output.getvalue()


def picture_file(name: str = "photo.jpg", **kwargs) -> ContentFile:
    return ContentFile(picture_bytes(**kwargs), name=name)
