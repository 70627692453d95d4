"""The catalogue: courses and workshops, the topics they cover and the competencies they build."""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network.models import Bilingual
from network.richtext import RichTextField

__all__ = ["Audience", "Course", "CourseCompetency", "CourseModule", "Depth", "Topic"]


class Audience(models.TextChoices):
    PEER_WORKERS = "peer_workers", _("Peer workers")
    GOVERNANCE = "governance", _("Governance volunteers")
    SUPERVISORS = "supervisors", _("Supervisors")
    ORGANIZATIONS = "organizations", _("Organizations")


class Depth(models.IntegerChoices):
    INTRODUCES = 1, _("Introduces")
    DEVELOPS = 2, _("Develops")
    DEEPENS = 3, _("Deepens")


class Topic(Bilingual, models.Model):
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)
    name_fr = models.CharField(_("name in French"), max_length=120, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.localized("name")


def course_search_vector() -> SearchVector:
    """What the catalogue's search reads: the English columns stemmed as English, the French
    ones as French, titles weighing most. The GIN index below is built on this very
    expression, so a search uses it."""
    return (
        SearchVector("title", weight="A", config="english")
        + SearchVector("summary", weight="B", config="english")
        + SearchVector("description", weight="C", config="english")
        + SearchVector("title_fr", weight="A", config="french")
        + SearchVector("summary_fr", weight="B", config="french")
        + SearchVector("description_fr", weight="C", config="french")
    )


class Course(Bilingual, models.Model):
    class Kind(models.TextChoices):
        COURSE = "course", _("Course")
        WORKSHOP = "workshop", _("Workshop")

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE_LIVE = "online_live", _("Online, live")
        SELF_PACED = "self_paced", _("Self-paced")
        HYBRID = "hybrid", _("Hybrid")

    class Language(models.TextChoices):
        ENGLISH = "en", _("English")
        FRENCH = "fr", _("French")
        BILINGUAL = "bilingual", _("English and French")

    slug = models.SlugField(_("address"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.COURSE)
    title = models.CharField(_("title"), max_length=200)
    title_fr = models.CharField(_("title in French"), max_length=200, blank=True)
    summary = models.CharField(_("summary"), max_length=300)
    summary_fr = models.CharField(_("summary in French"), max_length=300, blank=True)
    description = RichTextField(_("description"))
    description_fr = RichTextField(_("description in French"))
    provider = models.ForeignKey(
        "governance.Partner",
        verbose_name=_("provider (a partner)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="courses",
        help_text=_(
            "Leave empty when the network itself offers it or the provider is not a partner."
        ),
    )
    provider_name = models.CharField(
        _("provider (other)"),
        max_length=200,
        blank=True,
        help_text=_("Who offers it when it is not the network or a partner."),
    )
    format = models.CharField(_("format"), max_length=12, choices=Format.choices)
    language = models.CharField(_("language"), max_length=10, choices=Language.choices)
    duration_hours = models.DecimalField(
        _("duration (hours)"),
        max_digits=5,
        decimal_places=1,
        validators=[MinValueValidator(0), MaxValueValidator(500)],
    )
    cost = models.DecimalField(
        _("cost (CAD)"),
        max_digits=7,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0), MaxValueValidator(10_000)],
        help_text=_("0 for free."),
    )
    audiences = ArrayField(
        models.CharField(max_length=16, choices=Audience.choices),
        verbose_name=_("audiences"),
        default=list,
        blank=True,
    )
    addiction_specific = models.BooleanField(_("addiction-specific"), default=False)
    lhins = models.ManyToManyField(
        "network.LHIN",
        verbose_name=_("LHINs where it is offered"),
        blank=True,
        related_name="courses",
        help_text=_("None: offered across the province (or online)."),
    )
    topics = models.ManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="courses"
    )
    competencies = models.ManyToManyField(
        "training.Competency",
        through="CourseCompetency",
        verbose_name=_("competencies it builds"),
        related_name="courses",
    )
    is_published = models.BooleanField(_("published"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["title"]
        verbose_name = _("course or workshop")
        verbose_name_plural = _("courses and workshops")
        indexes = [GinIndex(course_search_vector(), name="course_search")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(cost__gte=0), name="course_cost_not_negative"
            ),
            models.CheckConstraint(
                condition=models.Q(duration_hours__gte=0), name="course_duration_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("training:course", args=[self.slug])

    @property
    def display_title(self) -> str:
        return self.localized("title")

    @property
    def display_summary(self) -> str:
        return self.localized("summary")

    @property
    def display_description(self) -> str:
        return self.localized("description")

    @property
    def is_free(self) -> bool:
        return self.cost == 0


class CourseCompetency(models.Model):
    """A competency a course builds, and how far."""

    course = models.ForeignKey(
        Course,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="course_competencies",
    )
    competency = models.ForeignKey(
        "training.Competency",
        verbose_name=_("competency"),
        on_delete=models.PROTECT,
        related_name="course_competencies",
    )
    depth = models.PositiveSmallIntegerField(
        _("depth"), choices=Depth.choices, default=Depth.INTRODUCES
    )

    class Meta:
        ordering = ["competency__framework", "competency__number"]
        verbose_name = _("competency built")
        verbose_name_plural = _("competencies built")
        constraints = [
            models.UniqueConstraint(fields=["course", "competency"], name="course_competency_once")
        ]

    def __str__(self) -> str:
        return f"{self.course}: {self.competency} ({self.get_depth_display()})"


class CourseModule(Bilingual, models.Model):
    """A part of a course or workshop, e.g. the core workshop's modules, each with its
    competencies."""

    course = models.ForeignKey(
        Course, verbose_name=_("course"), on_delete=models.CASCADE, related_name="modules"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=200)
    title_fr = models.CharField(_("title in French"), max_length=200, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    summary_fr = models.TextField(_("summary in French"), blank=True)
    competencies = models.ManyToManyField(
        "training.Competency", verbose_name=_("competencies"), blank=True, related_name="modules"
    )

    class Meta:
        ordering = ["course", "order", "pk"]
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def __str__(self) -> str:
        return self.title

    @property
    def display_title(self) -> str:
        return self.localized("title")

    @property
    def display_summary(self) -> str:
        return self.localized("summary")
