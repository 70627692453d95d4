"""Content views: the news part. The list (filters by topic and LHIN), a post, its picture, and
the RSS and Atom feeds of public posts."""

from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from ..forms.news import NewsFilterForm
from ..models import NewsPost, NewsTopic
from ..selectors import news as selectors
from ..selectors.access import is_editor

POSTS_PER_PAGE = 10


@require_safe
def news_list(request: HttpRequest) -> HttpResponse:
    form = NewsFilterForm(request.GET or None)
    page = None
    if not form.is_bound or form.is_valid():
        filters = form.filters() if form.is_bound else {}
        paginator = Paginator(selectors.news_posts(request.user, **filters), POSTS_PER_PAGE)
        page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "content/news/list.html",
        {"form": form, "page": page},
        status=400 if form.is_bound and form.errors else 200,
    )


@require_safe
def news_post(request: HttpRequest, slug: str) -> HttpResponse:
    seen = selectors.news_post_or_404(request.user, slug)
    return render(
        request,
        "content/news/post.html",
        {"post": seen.post, "preview": seen.preview, "editor": is_editor(request.user)},
    )


@require_safe
def news_image(request: HttpRequest, slug: str) -> FileResponse:
    """The picture, by the same rules as its post: its address alone gives nothing away."""
    seen = selectors.news_image_or_404(request.user, slug)
    response = FileResponse(seen.post.image.open("rb"), content_type="image/jpeg")
    if seen.public:
        # Replaced pictures get a new address (`?v=`), so a shared cache may keep this one.
        patch_cache_control(response, public=True, max_age=60 * 60 * 24)
    else:
        # Members only, or a preview: no shared cache may keep it.
        patch_cache_control(response, private=True, max_age=600)
    response["X-Content-Type-Options"] = "nosniff"
    return response


class NewsRssFeed(Feed):
    """The public posts, newest first, for feed readers (which never sign in): whoever asks gets
    the same public feed, so a members-only post is never fed. `?topic=<slug>` narrows it."""

    def get_object(self, request: HttpRequest, *args, **kwargs) -> NewsTopic | None:
        slug = request.GET.get("topic")
        return selectors.news_topic_or_404(slug) if slug else None

    def title(self, topic: NewsTopic | None) -> str:
        if topic is None:
            return _("News from the Ontario Peer Support Network")
        return _("News from the Ontario Peer Support Network: %(topic)s") % {
            "topic": topic.display_name
        }

    def link(self, topic: NewsTopic | None) -> str:
        url = reverse("content:news_list")
        return f"{url}?topic={topic.slug}" if topic else url

    def description(self, topic: NewsTopic | None) -> str:
        return _("News of the network of people with lived experience, their families and allies.")

    def items(self, topic: NewsTopic | None):
        return selectors.public_news_posts(topic=topic)[: selectors.FEED_SIZE]

    def item_title(self, post: NewsPost) -> str:
        return post.display_title

    def item_description(self, post: NewsPost) -> str:
        # Readers take the description as HTML: the summary is plain text.
        return escape(post.display_summary)

    def item_pubdate(self, post: NewsPost):
        return post.published_at

    def item_updateddate(self, post: NewsPost):
        return post.updated_at

    def item_categories(self, post: NewsPost) -> list[str]:
        return [topic.display_name for topic in post.topics.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description


news_rss = require_safe(NewsRssFeed())
news_atom = require_safe(NewsAtomFeed())
