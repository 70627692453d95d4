"""A limit on how often one client may send a public form (complaints, speaker requests).

Counted per client address (allauth's rule for finding it behind the proxy), hashed so the cache
never holds who sent what. Only what was accepted is counted: a person fixing their own mistakes
never uses up the limit. Over the limit, the view answers 429 and shows the form again with what
was typed, so nothing is lost while they wait.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from allauth.account.adapter import get_adapter
from django.core.cache import cache
from django.http import HttpRequest


@dataclass(frozen=True)
class RateLimit:
    scope: str  # names the form in the cache key, e.g. "governance:feedback"
    limit: int  # submissions accepted per client per window
    window: int  # seconds

    def _key(self, request: HttpRequest) -> str:
        ip = get_adapter(request).get_client_ip(request)
        return f"{self.scope}:" + hashlib.sha256(ip.encode()).hexdigest()[:32]

    def exceeded(self, request: HttpRequest) -> bool:
        """True once this client has had `limit` submissions accepted within the window."""
        return (cache.get(self._key(request)) or 0) >= self.limit

    def count(self, request: HttpRequest) -> None:
        """Count one accepted submission; the window starts at the first."""
        key = self._key(request)
        cache.add(key, 0, self.window)
        cache.incr(key)
