"""/health/ tells a load balancer whether PostgreSQL, Redis and a Celery worker all answer."""

import pytest
from django.db import OperationalError

from network import views


def test_health_is_200_when_the_database_redis_and_a_worker_all_answer(client, celery_worker):
    response = client.get("/health/")

    assert response.status_code == 200
    assert response.json() == {
        "status": "up",
        "checks": {"database": "up", "redis": "up", "celery_worker": "up"},
        "down": [],
    }
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_is_503_naming_the_worker_when_no_worker_runs(client):
    response = client.get("/health/")

    assert response.status_code == 503
    assert response.json()["down"] == ["celery_worker"]


@pytest.mark.django_db
def test_health_is_503_naming_redis_when_redis_does_not_answer(client, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    response = client.get("/health/")

    assert response.status_code == 503
    assert response.json()["checks"]["redis"] == "down"
    assert "redis" in response.json()["down"]


@pytest.mark.django_db
def test_health_is_503_naming_the_database_when_it_fails(client, monkeypatch):
    def database_down() -> bool:
        raise OperationalError("connection refused")

    monkeypatch.setitem(views.HEALTH_CHECKS, "database", database_down)

    response = client.get("/health/")

    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "down"
    assert "database" in response.json()["down"]


def test_health_answers_only_reads(client, db):
    assert client.post("/health/").status_code == 405
