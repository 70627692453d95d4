"""The content app's models, one module per part."""

from .access import Access, ContentLanguage, Status
from .contact import ContactMessage
from .events import Event
from .home import HomePage
from .jobs import JobPosting
from .news import NewsPost, NewsTopic
from .newsletter import Delivery, NewsletterIssue, Subscriber
from .pages import Page, PageRevision
from .resources import Resource

__all__ = [
    "Access",
    "ContactMessage",
    "ContentLanguage",
    "Delivery",
    "Event",
    "HomePage",
    "JobPosting",
    "NewsPost",
    "NewsTopic",
    "NewsletterIssue",
    "Page",
    "PageRevision",
    "Resource",
    "Status",
    "Subscriber",
]
