"""The forums' factories, shared by every part's tests.

`CategoryFactory` is open to all members. `ThreadFactory(posts=n)` makes a thread with n visible
posts numbered 1..n (the first by the thread's author), keeping the thread's counters as the
services do. `PostFactory(thread=...)` adds the next post to a thread.
"""

from datetime import timedelta

import factory
from django.utils import timezone
from django.utils.html import escape

from content.forums.models import Category, Post, Rule, Thread
from tests.factories import UserFactory


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    slug = factory.Sequence(lambda n: f"category-{n}")
    name = factory.Sequence(lambda n: f"Category {n}")
    name_fr = factory.Sequence(lambda n: f"Catégorie {n}")
    description = "Where members talk about it."
    read_rule = Rule.MEMBERS
    write_rule = Rule.MEMBERS
    hold_first_posts = False
    order = factory.Sequence(int)


def _next_post(thread: Thread, *, author, body: str, **fields) -> Post:
    number = thread.last_number + 1
    post = Post.objects.create(
        thread=thread,
        number=number,
        author=author,
        body=body,
        body_html=f"<p>{escape(body)}</p>",
        **fields,
    )
    Thread.objects.filter(pk=thread.pk).update(
        last_number=number, post_count=thread.post_count + 1, last_post_at=post.created_at
    )
    thread.last_number, thread.post_count, thread.last_post_at = (
        number,
        thread.post_count + 1,
        post.created_at,
    )
    return post


class PostFactory(factory.django.DjangoModelFactory):
    """The next post of `thread` (give one), by a new member unless `author` is given."""

    class Meta:
        model = Post

    thread = None
    author = factory.SubFactory(UserFactory)
    body = factory.Sequence(lambda n: f"A reply from a peer, number {n}.")

    @classmethod
    def _create(cls, model_class, *, thread, author, body, **fields):
        return _next_post(thread, author=author, body=body, **fields)


class ThreadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Thread
        skip_postgeneration_save = True

    category = factory.SubFactory(CategoryFactory)
    title = factory.Sequence(lambda n: f"A thread about peer support {n}")
    author = factory.SubFactory(UserFactory)
    last_post_at = factory.LazyFunction(lambda: timezone.now() - timedelta(minutes=5))

    @factory.post_generation
    def posts(self, create, extracted, **kwargs):
        if not create:
            return
        for index in range(extracted if extracted is not None else 1):
            author = self.author if index == 0 else UserFactory()
            _next_post(self, author=author, body=f"Post {index + 1} of {self.title}.")
