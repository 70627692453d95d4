"""Django's Redis cache, keeping one Redis client per connection pool.

Django's `RedisCacheClient.get_client` makes a new `redis.Redis` for every cache call (each one
setting up its table of ~170 response callbacks); the session alone is read on every request.
A `redis.Redis` over a pool is safe to share between threads, so one per pool is kept.
"""

from django.core.cache.backends import redis as django_redis


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
