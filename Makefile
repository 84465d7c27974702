# altegio-async: every target installs what it needs into .venv first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: docs-serve install services test pytest demo bench docs regenerate check-generated lint typecheck import-spec clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[mock,cli,redis,aiohttp,workers]' --group dev
	touch $(STAMP)

## What the demo needs and nothing more: the client with the cli and mock extras.
DEMO_VENV ?= .venv-demo
$(DEMO_VENV)/.installed-stamp: pyproject.toml
	$(PYTHON) -m venv $(DEMO_VENV)
	$(DEMO_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(DEMO_VENV)/bin/python -m pip install --quiet -e '.[cli,mock]'
	touch $@

## The rate-limit proofs start a real redis-server on loopback, the docs test a headless chromium:
## Debian's packages, installed if missing.
services:
	@command -v redis-server >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1 || \
	  { apt-get update -qq && apt-get install -y -qq redis-server chromium; }

## The test command: lint, types, the generated client matches its description, and pytest.
test: lint typecheck check-generated docs pytest

## Two workers (the machines have 2 cores), one test file per worker at a time.
pytest: install services
	$(PY) -m pytest -q -n 2 --dist loadfile

## The client at work against the embedded mock Altegio: no credentials, no network.
demo: $(DEMO_VENV)/.installed-stamp
	$(DEMO_VENV)/bin/altegio-async demo

## The documentation site in site/: the guide, the facade's reference, and every operation (written
## from the generated client at each build); --strict, so a warning fails it.
docs: install
	$(PY) scripts/write_operation_docs.py docs/operations
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --quiet
	@echo "docs: site/index.html"

## The built site on http://127.0.0.1:8000 (search needs it served, not opened as a file).
docs-serve: docs
	$(PY) -m http.server 8000 --bind 127.0.0.1 --directory site

## Benchmarks against raw httpx (benchmarks/results/latest.json) the webhook receiver under load (webhooks.json), the sync at scale (sync.json).
bench: install
	$(PY) -m benchmarks.run
	$(PY) -m benchmarks.webhooks
	$(PY) -m benchmarks.sync

## Rebuild openapi/altegio-b2b-v1.yaml from ../shared/altegio/catalog.json.
import-spec: install
	$(PY) scripts/import_catalog.py

## Rebuild generated/altegio_b2b from openapi/ (or: make regenerate ARGS="--url URL").
regenerate: install
	PYTHON=$(PY) scripts/regenerate.sh $(ARGS)

## Regenerate into a temporary directory and fail on any difference from generated/.
check-generated: install
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	PYTHON=$(PY) scripts/regenerate.sh --out "$$tmp" --no-typecheck > "$$tmp.log" 2>&1 || { cat "$$tmp.log"; exit 1; }; \
	tail -1 "$$tmp.log"; \
	diff -r generated/altegio_b2b "$$tmp/altegio_b2b" && echo "check-generated: no diff"

lint: install
	$(PY) -m ruff check altegio_async scripts tests benchmarks
	$(PY) -m ruff format --check altegio_async scripts tests benchmarks

## mypy --strict on the facade, and on tests/typing (what mypy infers for calls).
## The cache is keyed by the generated client, so errors cached for an earlier client never reappear.
MYPY_CACHE = .mypy_cache/$(shell cat generated/altegio_b2b/operation_index.py generated/altegio_b2b/models/__init__.py 2>/dev/null | sha1sum | cut -c1-12)
typecheck: install
	$(PY) -m mypy --cache-dir $(MYPY_CACHE)
	$(PY) -m mypy --cache-dir $(MYPY_CACHE) --strict tests/typing

clean:
	rm -rf $(VENV) $(DEMO_VENV) .pytest_cache .mypy_cache .ruff_cache dist site docs/operations
