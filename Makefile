# Two commands: `make run` serves the site, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip -q --disable-pip-version-check
HOST_PORT ?= 127.0.0.1:8000

.PHONY: run test lint format messages translations bench bench-smoke bench-search load-test audit mutation clean

$(VENV)/.installed: requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Python 3.11 of nieuwer is nodig (gevonden: $$($(PYTHON) --version))."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements.txt
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-test.txt
	$(PIP) install -r requirements-test.txt
	@touch $@

translations: export DJANGO_DEBUG := true
translations: $(VENV)/.installed
	@$(PY) manage.py compile_translations

# Local development: debug on, SQLite unless DATABASE_URL says otherwise.
run: export DJANGO_DEBUG ?= true
# Links in e-mails point at the address the site is served on (production sets its own).
run: export DJANGO_SITE_URL ?= http://$(HOST_PORT)
run: $(VENV)/.installed translations
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	@echo "De kennisbank draait op http://$(HOST_PORT)/ (beheer: http://$(HOST_PORT)/admin/). Stoppen: Ctrl+C."
	$(PY) manage.py runserver $(HOST_PORT)

# One test process per core (TEST_WORKERS=0: all in one process, e.g. to debug).
TEST_WORKERS ?= auto
test: $(VENV)/.installed-test translations
	$(PY) -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed-test
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Page benchmark on Postgres (DATABASE_URL, default: local database kennisbank_bench):
# volume data, gunicorn, every page type against the static-text page. Not part of `make test`.
bench: $(VENV)/.installed translations
	$(PY) scripts/bench.py --json bench-results.json $(BENCH_ARGS)

# The same pages on small data in SQLite, in-process: fails when a page exceeds its query budget.
bench-smoke: $(VENV)/.installed translations
	$(PY) scripts/bench.py --smoke --repeat 5

# Search benchmark on Postgres (DATABASE_URL): 100,000 lessons, 50 searches, full text
# against icontains. Not part of `make test`.
bench-search: $(VENV)/.installed translations
	@test -n "$(DATABASE_URL)" || { echo "Zet DATABASE_URL naar een Postgres-database."; exit 1; }
	DJANGO_DEBUG=true $(PY) manage.py migrate --noinput
	DJANGO_DEBUG=true $(PY) manage.py benchmark_search --lessons 100000 --searches 50

# Load and restart on Postgres (DATABASE_URL): 60 s of mixed load on gunicorn, a restart
# halfway, and a check that no acknowledged submission was lost. Not part of `make test`.
load-test: $(VENV)/.installed translations
	@test -n "$(DATABASE_URL)" || { echo "Zet DATABASE_URL naar een Postgres-database."; exit 1; }
	$(PY) scripts/load_restart.py

# Mutation testing of the core modules (scripts/mutation/modules.toml), on SQLite: fails when
# the tests of a module kill less than 90 % of its mutants. Slow; not part of `make test`.
mutation: $(VENV)/.installed-test translations
	$(PY) -m scripts.mutation $(MUTATION_ARGS)

# Known vulnerabilities in the pinned dependencies (asks the PyPI advisory database).
audit: $(VENV)/.installed-test
	$(PIP) install pip-audit==2.10.1
	$(VENV)/bin/pip-audit --strict -r requirements.txt -r requirements-test.txt

# Update the English catalogue after changing interface texts (needs GNU gettext).
messages: export DJANGO_DEBUG := true
messages: $(VENV)/.installed
	$(PY) manage.py makemessages --locale en --no-obsolete --extension html,txt,py,svg --ignore '.venv/*' --ignore 'staticfiles/*'

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
