"""Content admin: the news part. Content editors and network administrators write posts (CKEditor
bodies in English and French, a checked and re-encoded picture that must be described, topics
and LHINs) and the topics they are tagged with. Saving, publishing and deleting go through
content.services.news."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..forms.news import NewsPostAdminForm
from ..models import NewsPost, NewsTopic
from ..services import news as services


@admin.register(NewsTopic)
class NewsTopicAdmin(admin.ModelAdmin):
    list_display = ["name", "name_fr", "slug", "post_count"]
    search_fields = ["name", "name_fr"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(post_count=Count("posts"))

    @admin.display(description=_("posts"), ordering="post_count")
    def post_count(self, topic: NewsTopic) -> int:
        return topic.post_count


@admin.register(NewsPost)
class NewsPostAdmin(admin.ModelAdmin):
    form = NewsPostAdminForm
    list_display = ["title", "status", "access", "published_at", "topic_names"]
    list_filter = ["status", "access", "topics", ("lhins", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["title", "title_fr", "summary", "summary_fr", "slug"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["topics", "lhins"]
    readonly_fields = ["author", "created_at", "updated_at"]
    actions = ["publish_selected", "unpublish_selected"]
    fieldsets = [
        (None, {"fields": ["title", "title_fr", "slug", "summary", "summary_fr"]}),
        (_("Text"), {"fields": ["body", "body_fr"]}),
        (_("Picture"), {"fields": ["image", "image_alt", "image_alt_fr"]}),
        (_("Tags"), {"fields": ["topics", "lhins"]}),
        (
            _("Publication"),
            {
                "fields": [
                    "status",
                    "access",
                    "published_at",
                    "author",
                    "created_at",
                    "updated_at",
                ],
                "description": _(
                    "A published post appears on its publication date (now when left empty), "
                    "to the people chosen under “who may see it”. Feeds and the sitemap only "
                    "ever carry public posts."
                ),
            },
        ),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(Prefetch("topics", queryset=NewsTopic.objects.order_by("name")))
        )

    @admin.display(description=_("topics"))
    def topic_names(self, post: NewsPost) -> str:
        return ", ".join(topic.name for topic in post.topics.all())

    def save_model(self, request, obj, form, change) -> None:
        services.news_post_save(post=obj, editor=request.user)

    def delete_model(self, request, obj) -> None:
        services.news_post_delete(post=obj, editor=request.user)

    def delete_queryset(self, request, queryset) -> None:
        for post in queryset:
            services.news_post_delete(post=post, editor=request.user)

    @admin.action(description=_("Publish the selected posts"), permissions=["change"])
    def publish_selected(self, request, queryset) -> None:
        done = 0
        for post in queryset:
            try:
                services.news_post_publish(post=post, editor=request.user)
            except ValidationError as error:
                self.message_user(request, f"{post}: {' '.join(error.messages)}", messages.ERROR)
            else:
                done += 1
        self._report(request, done)

    @admin.action(description=_("Return the selected posts to draft"), permissions=["change"])
    def unpublish_selected(self, request, queryset) -> None:
        for post in queryset:
            services.news_post_unpublish(post=post, editor=request.user)
        self._report(request, len(queryset))

    def _report(self, request, done: int) -> None:
        if done:
            self.message_user(
                request,
                ngettext("%(count)d post updated.", "%(count)d posts updated.", done)
                % {"count": done},
                messages.SUCCESS,
            )
