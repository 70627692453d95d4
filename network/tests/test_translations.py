"""Every user-facing string has a French translation, and the compiled catalogue is current."""

import re
import subprocess
from pathlib import Path

import pytest
from django.utils import translation

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "fr" / "LC_MESSAGES"


def entries() -> list[str]:
    return (LOCALE / "django.po").read_text(encoding="utf-8").split("\n\n")[1:]


def test_the_french_catalogue_has_no_untranslated_or_fuzzy_entry():
    missing = [
        entry
        for entry in entries()
        # an empty msgstr (or plural form) with no continuation line after it
        if "#, fuzzy" in entry or re.search(r'^msgstr(\[\d\])? ""$(?!\n")', entry.strip(), re.M)
    ]

    assert not missing, "Translate these in locale/fr/LC_MESSAGES/django.po:\n" + "\n".join(missing)


def test_the_french_catalogue_is_valid_and_compiled(tmp_path):
    compiled = tmp_path / "django.mo"
    result = subprocess.run(
        ["msgfmt", "--check", "-o", str(compiled), str(LOCALE / "django.po")],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode == 127:  # pragma: no cover
        pytest.fail("msgfmt (gettext) is needed to check the catalogue")
    assert result.returncode == 0, result.stderr
    assert compiled.read_bytes() == (LOCALE / "django.mo").read_bytes(), (
        "locale/fr/LC_MESSAGES/django.mo is stale: run `make messages` and commit it"
    )


@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("Need support now?", "Besoin de soutien maintenant?"),
        ("Full member", "Membre à part entière"),
        ("This display name is taken. Please choose another.", None),
    ],
)
def test_strings_from_templates_and_code_are_translated(english, french):
    with translation.override("fr"):
        translated = translation.gettext(english)

    assert translated != english
    if french:
        assert translated == french
