# The two commands of the README: `make run` and `make test`. Everything else supports them.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/network
REDIS_URL ?= redis://127.0.0.1:6379/0
export DATABASE_URL REDIS_URL

.PHONY: run test install install-test services lint format messages lock check-deploy clean

## run: install, start PostgreSQL and Redis if needed, migrate, load demo data, serve everything
run: install services
	$(PY) network/scripts/ensure_database.py
	DJANGO_SETTINGS_MODULE=network.settings.local $(PY) manage.py migrate --no-input
	DJANGO_SETTINGS_MODULE=network.settings.local $(PY) manage.py load_reference_data
	DJANGO_SETTINGS_MODULE=network.settings.local $(PY) manage.py seed_demo
	@mkdir -p .run
	@echo
	@echo "  Ontario Peer Support Network is starting at http://127.0.0.1:$(PORT)/"
	@echo "  Admin: http://127.0.0.1:$(PORT)/admin/   Health: http://127.0.0.1:$(PORT)/health/"
	@echo "  Demo logins (password peer-support-demo):"
	@echo "    admin@example.org               network administrator (superuser)"
	@echo "    coordinator@example.org         LHIN coordinator, Toronto Central"
	@echo "    coordinator.north@example.org   LHIN coordinator, North East"
	@echo "    full.member@example.org         full member"
	@echo "    supporting.member@example.org   supporting member"
	@echo "    speaker@example.org             full member (speaker)"
	@echo "    moderator@example.org           forum moderator"
	@echo "    editor@example.org              content editor"
	@echo "    governance@example.org          governance member (board chair), full member"
	@echo "    complaints@example.org          complaints officer"
	@echo "    treasurer@example.org           treasurer"
	@echo "    reviewer@example.org            speakers' bureau reviewer"
	@echo "  Web server, Celery worker and Celery beat run together; Ctrl-C stops all three."
	@echo
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" WEB_PORT=$(PORT) DJANGO_SETTINGS_MODULE=network.settings.local \
		$(VENV)/bin/honcho -f network/Procfile start

## test: lint, migrations check and the whole suite against the real PostgreSQL and Redis
test: install-test services
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=network.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=network.settings.test $(PY) -m pytest

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.base-installed: requirements/base.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/base.txt
	touch $@

$(VENV)/.dev-installed: requirements/dev.txt requirements/base.txt | $(VENV)/bin/python
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.txt
	touch $@ $(VENV)/.base-installed

install: $(VENV)/.base-installed

install-test: $(VENV)/.dev-installed
	network/scripts/install_test_tools.sh

services: $(VENV)/bin/python
	PY=$(PY) network/scripts/services.sh

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-test
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## messages: refresh the French catalogue and compile it (commit both .po and .mo)
messages: install
	$(PY) manage.py makemessages -l fr --no-obsolete --ignore=.venv --ignore=staticfiles
	$(PY) manage.py compilemessages --ignore=.venv

## lock: pin the dependencies after changing pyproject.toml
lock: install-test
	$(VENV)/bin/pip-compile -q --no-emit-index-url --no-emit-find-links --strip-extras --allow-unsafe -o requirements/base.txt pyproject.toml
	$(VENV)/bin/pip-compile -q --no-emit-index-url --no-emit-find-links --strip-extras --allow-unsafe --extra dev -o requirements/dev.txt pyproject.toml

## check-deploy: Django's deployment checklist against the production settings
check-deploy: install
	SECRET_KEY=check-deploy-$$RANDOM$$RANDOM$$RANDOM-not-a-real-secret-0123456789abcdefghijkl \
	ALLOWED_HOSTS=network.example.org \
	DJANGO_SETTINGS_MODULE=network.settings.production $(PY) manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) staticfiles .run
