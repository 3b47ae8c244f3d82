# Every target works on a fresh machine: the first one needing it builds .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --quiet --disable-pip-version-check
# The demo needs only the package and its `testing` extra; everything else needs the dev group
# too (pytest, mypy, pyright, the code generator), which `pip install --group` reads (pip >= 25.1).
DEMO_STAMP := $(VENV)/.demo-installed
STAMP := $(VENV)/.installed

.PHONY: all test unit lint format typecheck validate-spec generate check-generated docs api-check \
	test-pythons demo bench stress clean

all: test

$(PY):
	$(PYTHON) -m venv $(VENV)

$(DEMO_STAMP): pyproject.toml | $(PY)
	$(PIP) install -e '.[testing]'
	touch $(DEMO_STAMP)

$(STAMP): pyproject.toml | $(PY)
	$(PIP) install --upgrade pip
	$(PIP) install -e '.[testing]' --group dev
	touch $(STAMP) $(DEMO_STAMP)

## The whole suite: lint, type checks, spec validation, generated-code drift, the docs, tests.
test: lint typecheck validate-spec check-generated docs unit

unit: $(STAMP)
	$(PY) -m pytest -m "not stress"

## The unit tests on the other supported Pythons (.venv has python3's), each in its own
## .venv-3.X; a version missing here is skipped with a message. The tests of the generator, the
## release check and the type checkers' messages need the dev tools: they run on .venv's Python
## only (make unit).
PYTHONS ?= 3.10 3.12 3.13
test-pythons:
	tools/test_pythons.sh "$(PYTHONS)" -q -m "not stress" --ignore=tests/codegen \
		--ignore=tests/test_api_check.py --ignore=tests/test_type_checker_messages.py \
		--ignore=tests/test_structured_typing.py

lint: $(STAMP)
	$(PY) -m ruff check src tests codegen examples bench tools
	$(PY) -m ruff format --check src tests codegen examples bench tools

format: $(STAMP)
	$(PY) -m ruff check --fix src tests codegen examples bench tools
	$(PY) -m ruff format src tests codegen examples bench tools

typecheck: $(STAMP)
	$(PY) -m mypy
	$(VENV)/bin/pyright

validate-spec: $(STAMP)
	$(PY) -m openapi_spec_validator openapi.yaml

generate: $(STAMP)
	$(PY) codegen/generate.py

check-generated: $(STAMP)
	$(PY) codegen/generate.py --check

## The release check: breaking changes of the public API since API_BASE (default: the newest
## tag; without a tag there is nothing to compare). Run it before a version bump (docs/versioning.md).
API_BASE ?=
api-check: $(STAMP)
	$(PY) tools/api_check.py $(API_BASE)

## The documentation site (mkdocs.yml) into site/, strict: a broken link or reference fails.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --quiet

## The offline demo: a local server on 127.0.0.1 and the SDK's main features against it.
demo: $(DEMO_STAMP)
	$(PY) examples/demo.py

BENCH_STAMP := $(VENV)/.bench-installed
ARGS ?=

$(BENCH_STAMP): $(STAMP) bench/requirements.txt
	$(PY) -m pip install --quiet -r bench/requirements.txt
	touch $(BENCH_STAMP)

## Benchmarks against a local server (no network): writes bench/results.md. ARGS=--quick | --profile
bench: $(BENCH_STAMP)
	$(PY) bench/run.py $(ARGS)
	$(PY) bench/responses_stream.py $(ARGS)
	$(PY) bench/structured.py $(ARGS)

stress: $(STAMP)
	$(PY) -m pytest -m stress

clean:
	rm -rf $(VENV) .venv-3.* .mypy_cache .ruff_cache .pytest_cache build dist site
