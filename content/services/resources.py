"""Content services: the resources part.

Uploaded files are trusted for nothing: the name and content type are the sender's word. The
first bytes decide what a file is, from a short allowlist (PDF, the Office and OpenDocument
formats, plain text and CSV, pictures); a picture is re-encoded (network.images), everything
else is kept as sent, under a random name, with its original name cleaned for the download.

The library stays current two ways: a resource not reviewed for a year is flagged to editors in
one weekly digest (at most one a week, however often the beat runs), and a nightly task checks
the links and tells editors once when one goes dead (a conditional UPDATE claims the change).
"""

from __future__ import annotations

import http.client
import re
import unicodedata
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.db import connection, transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from members.services import delete_file_after_commit
from network.images import reencode_image
from network.models import AuditEntry
from network.services import audit_record, email_person

from ..models import Resource
from ..selectors import resources as selectors

MAX_FILE_BYTES = 20 * 1024 * 1024
PICTURE_SIDE = 2400  # enough to read a scanned handout

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
TEXT = "text/plain"
CSV = "text/csv"
JPEG = "image/jpeg"


@dataclass(frozen=True)
class FileType:
    extension: str
    label: str  # lazy: shown to editors and readers in their language


# The only content types a resource file is stored and served with.
FILE_TYPES: dict[str, FileType] = {
    PDF: FileType("pdf", gettext_lazy("PDF document")),
    DOCX: FileType("docx", gettext_lazy("Word document (DOCX)")),
    XLSX: FileType("xlsx", gettext_lazy("Excel spreadsheet (XLSX)")),
    PPTX: FileType("pptx", gettext_lazy("PowerPoint presentation (PPTX)")),
    ODT: FileType("odt", gettext_lazy("OpenDocument text (ODT)")),
    ODS: FileType("ods", gettext_lazy("OpenDocument spreadsheet (ODS)")),
    TEXT: FileType("txt", gettext_lazy("Plain text")),
    CSV: FileType("csv", gettext_lazy("CSV spreadsheet")),
    JPEG: FileType("jpg", gettext_lazy("JPEG picture")),
}
PICTURE = "picture"  # any picture format: re-encoded to JPEG
WEB_PAGE = "markup"  # text that is HTML or SVG: never kept
# What a name claims by its ending.
CLAIMS = {
    "pdf": PDF,
    "docx": DOCX,
    "xlsx": XLSX,
    "pptx": PPTX,
    "odt": ODT,
    "ods": ODS,
    "txt": TEXT,
    "csv": CSV,
    "jpg": PICTURE,
    "jpeg": PICTURE,
    "png": PICTURE,
    "gif": PICTURE,
    "webp": PICTURE,
}
PICTURE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")
# The part of an Office Open XML package that says what it is.
OOXML_PARTS = {"word/document.xml": DOCX, "xl/workbook.xml": XLSX, "ppt/presentation.xml": PPTX}
OPENDOCUMENT = {ODT.encode(): ODT, ODS.encode(): ODS}
# Text that a browser would take for a page or a drawing: refused even as plain text.
MARKUP = re.compile(rb"<\s*(?:!doctype|html|head|body|script|iframe|svg|\?xml)\b", re.IGNORECASE)
_EXTENSION = re.compile(r"^(?P<stem>.*)\.(?P<extension>[A-Za-z0-9]{1,5})$", re.DOTALL)
_UNSAFE_IN_NAMES = set('"\\/<>:*?|')


ACCEPTED_TYPES = gettext_lazy(
    "PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument (ODT, ODS), plain text, "
    "CSV, or a picture (JPEG, PNG, GIF, WebP)"
)


def file_type_label(content_type: str) -> str:
    file_type = FILE_TYPES.get(content_type)
    return str(file_type.label) if file_type else _("File")


@dataclass(frozen=True)
class CheckedFile:
    """An upload checked and ready to store."""

    content: File
    name: str  # the original name, cleaned, ending as its type does
    content_type: str  # a key of FILE_TYPES
    size: int


def safe_file_name(name: str, content_type: str) -> str:
    """`name` fit for a download header and any computer's disk: the last part of a path, no
    control characters (so no line breaks), no quotes or path signs, at most 150 characters,
    ending with the extension of what the file really is. Letters of any language are kept."""
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[/\\]", name)[-1]
    match = _EXTENSION.match(name)
    stem = match["stem"] if match else name
    stem = "".join(
        " " if unicodedata.category(char).startswith(("C", "Z")) else char
        for char in stem
        if char not in _UNSAFE_IN_NAMES
    )
    stem = re.sub(r"\s+", " ", stem).strip(" .-_")[:150].strip(" .-_")
    extension = FILE_TYPES[content_type].extension if content_type in FILE_TYPES else "bin"
    return f"{stem or 'resource'}.{extension}"


def _too_large(size: int) -> ValidationError:
    return ValidationError(
        _("This file is %(size)s. Please choose a file of %(limit)s or less.")
        % {"size": filesizeformat(size), "limit": filesizeformat(MAX_FILE_BYTES)},
        code="too_large",
    )


def _wrong_type() -> ValidationError:
    return ValidationError(
        _("This kind of file is not accepted. Please choose one of these: %(types)s.")
        % {"types": ACCEPTED_TYPES},
        code="wrong_type",
    )


def _sniff_zip(upload) -> str | None:
    """DOCX, XLSX, PPTX, ODT or ODS from the parts of the package; None for any other zip."""
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as package:
            names = set(package.namelist())
            if "mimetype" in names:
                with package.open("mimetype") as declared:
                    found = OPENDOCUMENT.get(declared.read(100).strip())
                if found:
                    return found
            if "[Content_Types].xml" in names:
                for part, content_type in OOXML_PARTS.items():
                    if part in names:
                        return content_type
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError):
        return None
    return None


def _sniff_text(upload) -> str | None:
    """TEXT when the whole file is UTF-8 text without NUL bytes, WEB_PAGE when that text is
    HTML or SVG markup; None otherwise."""
    upload.seek(0)
    data = upload.read()
    if b"\x00" in data:
        return None
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return WEB_PAGE if MARKUP.search(data) else TEXT


def _sniff(upload) -> str | None:
    upload.seek(0)
    head = upload.read(16)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(PICTURE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return PICTURE
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(upload)
    return _sniff_text(upload)


def resource_file_check(upload) -> CheckedFile:
    """The upload as it will be kept, or a ValidationError that says what is wrong with it."""
    if upload.size > MAX_FILE_BYTES:
        raise _too_large(upload.size)
    if upload.size == 0:
        raise ValidationError(_("This file is empty. Please choose another."), code="empty")
    match = _EXTENSION.match(upload.name or "")
    claimed = CLAIMS.get(match["extension"].lower()) if match else None
    found = _sniff(upload)
    if found == TEXT and claimed == CSV:
        found = CSV
    if found == WEB_PAGE and claimed in (None, TEXT, CSV):
        raise ValidationError(
            _(
                "This file is a web page or drawing (it holds HTML or SVG markup), which could "
                "run code in a browser. Please save it as a PDF and upload that."
            ),
            code="markup",
        )
    if found in (None, WEB_PAGE):
        if claimed is not None:
            raise ValidationError(
                _(
                    "This file is named as %(claimed)s but its content is something else. "
                    "Please choose the right file, or save it again in that format."
                )
                % {"claimed": _claimed_name(claimed)},
                code="not_what_it_claims",
            )
        raise _wrong_type()
    if claimed is not None and claimed != found:
        raise ValidationError(
            _(
                "This file is named as %(claimed)s but it is %(actual)s. Please rename it or "
                "choose the right file."
            )
            % {"claimed": _claimed_name(claimed), "actual": _claimed_name(found)},
            code="not_what_it_claims",
        )
    if found == PICTURE:
        # Pillow decodes it; what is kept is a new JPEG drawn from the pixels, no metadata.
        picture = reencode_image(upload, max_side=PICTURE_SIDE)
        return CheckedFile(picture, safe_file_name(upload.name, JPEG), JPEG, picture.size)
    upload.seek(0)
    return CheckedFile(upload, safe_file_name(upload.name, found), found, upload.size)


def _claimed_name(content_type: str) -> str:
    if content_type == PICTURE:
        return _("a picture")
    return _("a file of type “%(type)s”") % {"type": file_type_label(content_type)}


def _store_file(resource: Resource, checked: CheckedFile | None, remove: bool) -> None:
    if checked is None and not remove:
        return
    delete_file_after_commit(resource.file)
    if checked is None:
        resource.file = ""
        resource.file_name = ""
        resource.file_type = ""
        resource.file_size = None
        return
    resource.file_name = checked.name
    resource.file_type = checked.content_type
    resource.file_size = checked.size
    # Stored under a random name (resource_file_path); the clean original is kept for downloads.
    resource.file.save(checked.name, checked.content, save=False)


@transaction.atomic
def resource_save(
    *,
    resource: Resource,
    actor,
    checked_file: CheckedFile | None = None,
    remove_file: bool = False,
) -> Resource:
    """Create or change a resource (from the admin), with a checked file, or without its old
    one when `remove_file`."""
    created = resource.pk is None
    _store_file(resource, checked_file, remove_file)
    resource.updated_by = actor if actor is not None and actor.is_authenticated else None
    resource.full_clean()
    resource.save()
    audit_record(
        actor=actor,
        action="content.resource.create" if created else "content.resource.change",
        target=resource,
        file=resource.file_name,
    )
    return resource


@transaction.atomic
def resources_delete(*, resources, actor) -> int:
    """Delete resources and, once that is committed, their stored files."""
    count = 0
    for resource in resources:
        delete_file_after_commit(resource.file)
        audit_record(actor=actor, action="content.resource.delete", target=resource)
        resource.delete()
        count += 1
    return count


@transaction.atomic
def resources_mark_reviewed(*, resources, actor, on: date | None = None) -> int:
    """Record that an editor checked these resources are current (today unless `on`)."""
    on = on or timezone.localdate()
    pks = list(resources.values_list("pk", flat=True))
    Resource.objects.filter(pk__in=pks).update(
        reviewed_on=on, updated_by=actor, updated_at=timezone.now()
    )
    for resource in Resource.objects.filter(pk__in=pks):
        audit_record(
            actor=actor, action="content.resource.reviewed", target=resource, on=on.isoformat()
        )
    return len(pks)


# --- links ------------------------------------------------------------------------------------

LINK_TIMEOUT = 10  # seconds for an answer, for each request
LINK_USER_AGENT = "OntarioPeerSupportNetwork-LinkChecker/1.0"
WEB_SCHEMES = ("http", "https")


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http and https only: never to file:, ftp: or data: addresses."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in WEB_SCHEMES:
            raise urllib.error.HTTPError(
                newurl, code, "redirected to an address that is not a web page", headers, fp
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    # Built by hand, not with build_opener(): no file:, ftp: or data: handler at all.
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        _WebOnlyRedirects(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def _request(url: str, method: str) -> None:
    request = urllib.request.Request(  # noqa: S310 (the scheme is checked: http or https only)
        url, method=method, headers={"User-Agent": LINK_USER_AGENT, "Accept": "*/*"}
    )
    with _opener().open(request, timeout=LINK_TIMEOUT):
        pass  # the status is enough; the body is never read


def link_check(url: str) -> str:
    """What is wrong with the link, or "" when it answers. HEAD first; GET when a server
    refuses HEAD (many answer it with 403, 404 or 405 while the page is there)."""
    if urlsplit(url).scheme.lower() not in WEB_SCHEMES:
        return "not a web address (http or https)"
    try:
        try:
            _request(url, "HEAD")
        except urllib.error.HTTPError:
            _request(url, "GET")
    except urllib.error.HTTPError as error:
        return f"HTTP {error.code} {error.reason}"[:300]
    except TimeoutError:
        return f"no answer within {LINK_TIMEOUT} seconds"
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            return f"no answer within {LINK_TIMEOUT} seconds"
        return f"cannot connect: {error.reason}"[:300]
    except (http.client.HTTPException, OSError, ValueError) as error:
        return f"cannot connect: {error}"[:300]
    return ""


@transaction.atomic
def resource_links_record(*, results: dict[int, str], at: datetime | None = None) -> list[int]:
    """Record link checks (resource pk → problem, "" for a working link) and email editors
    about the links that have just gone dead, once: a link moves to dead in one conditional
    UPDATE, so a second run (or a second worker) finds nothing new to tell. Returns their pks."""
    at = at or timezone.now()
    newly_dead: list[int] = []
    for pk, problem in results.items():
        resources = Resource.objects.filter(pk=pk)
        if not problem:
            resources.update(link_state=Resource.LinkState.OK, link_error="", link_checked_at=at)
            continue
        changed = resources.exclude(link_state=Resource.LinkState.DEAD).update(
            link_state=Resource.LinkState.DEAD, link_error=problem[:300], link_checked_at=at
        )
        if changed:
            newly_dead.append(pk)
        else:
            resources.update(link_error=problem[:300], link_checked_at=at)
    if newly_dead:
        dead = list(Resource.objects.filter(pk__in=newly_dead).order_by("title"))
        for editor in selectors.content_editors():
            email_person(
                person=editor,
                template="content/resources/email/dead_links",
                context={"resources": dead},
            )
    return newly_dead


# --- the weekly review digest -----------------------------------------------------------------

DIGEST_ACTION = "content.resources.review_digest"
_DIGEST_LOCK = 7_004_365  # pg_advisory_xact_lock key: one digest at a time


def week_of(day: date) -> str:
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


@transaction.atomic
def review_digest_send(*, today: date | None = None) -> bool:
    """Email each editor one digest of the resources due for review and the dead links, at most
    once a calendar week (the sent week is recorded in the audit log, under a lock, so two
    runs never both send). False when already sent this week or nothing needs attention."""
    today = today or timezone.localdate()
    week = week_of(today)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_DIGEST_LOCK])
    if AuditEntry.objects.filter(action=DIGEST_ACTION, data__week=week).exists():
        return False
    due = list(selectors.resources_needing_review(today))
    dead = list(selectors.resources_with_dead_links())
    if not due and not dead:
        return False
    editors = list(selectors.content_editors())
    for editor in editors:
        email_person(
            person=editor,
            template="content/resources/email/review_digest",
            context={"due": due, "dead": dead, "today": today},
        )
    audit_record(
        actor=None,
        action=DIGEST_ACTION,
        week=week,
        due=len(due),
        dead=len(dead),
        editors=len(editors),
    )
    return True
