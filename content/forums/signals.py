"""What the parts of the forums tell one another.

`post_published` is sent (inside the transaction that saved it) when a post becomes visible to
readers: written by someone whose posts need no approval, or approved by a moderator. The
distress workflow (watched phrases) and the subscriptions (replies, mentions) listen; each
receiver does its own work after the commit (`transaction.on_commit`), by primary key.
"""

from django.dispatch import Signal

# sender: Post (the class); post: the Post instance
post_published = Signal()
