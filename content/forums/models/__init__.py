"""The forums' models, one module per part."""

from .categories import Category, CategoryGroupObjectPermission, CategoryUserObjectPermission, Rule
from .distress import DistressFlag, WatchedPhrase
from .members import ForumProfile, Mute
from .moderation import ModerationAction, Report
from .subscriptions import Notification, Subscription
from .threads import ContentWarning, Post, PostRevision, Reaction, ReadMarker, Thread

__all__ = [
    "Category",
    "CategoryGroupObjectPermission",
    "CategoryUserObjectPermission",
    "ContentWarning",
    "DistressFlag",
    "ForumProfile",
    "ModerationAction",
    "Mute",
    "Notification",
    "Post",
    "PostRevision",
    "Reaction",
    "ReadMarker",
    "Report",
    "Rule",
    "Subscription",
    "Thread",
    "WatchedPhrase",
]
