# `make run` and `make test` work on a fresh clone: they create .venv and install into it first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint chat migrate bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/dialog-bot run

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check bot dialogs storage tests benchmarks
	$(BIN)/ruff format --check bot dialogs storage tests benchmarks
	$(BIN)/mypy

chat: $(STAMP)
	$(BIN)/dialog-bot chat

migrate: $(STAMP)
	$(BIN)/dialog-bot migrate

# Benchmarks print ratios against a baseline measured in the same run (the machine is shared).
bench: $(STAMP)
	$(BIN)/python -m benchmarks.matrix
	$(BIN)/python -m benchmarks.digest
	$(BIN)/python -m benchmarks.telegram_push
	$(BIN)/python -m benchmarks.reports

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
