# Two entry points for a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## Set up and run the bot: Slack when tokens are set, else the local console on demo data.
run: $(STAMP)
	$(BIN)/minerals-bot start

## Set up and run the whole test suite, on SQLite and on PostgreSQL.
test: $(STAMP)
	$(BIN)/python -m tests.run_all $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check bot handlers store jobs tests
	$(BIN)/ruff format --check bot handlers store jobs tests
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m tests.bench

clean:
	rm -rf $(VENV) data
