# Jointly's tasks. `make serve` builds and serves the site; `make test` runs every test layer.
# Installs are stamped, so re-runs only redo what changed.

PYTHON ?= $(shell command -v python3.12 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
WHEELS := .cache/pyodide-wheels
# The calculator's tests, run both natively and inside Pyodide; browser and deployment tests run on their own.
CALCULATOR_TESTS := tests --ignore=tests/browser --ignore=tests/deploy

.PHONY: install serve build release test test-native test-pyodide test-browser test-deploy clean

install: $(VENV)/.installed node_modules/.installed $(WHEELS)/.downloaded

$(VENV)/.installed: requirements/toolchain.txt requirements/tests.txt
	@$(PYTHON) -c 'import sys; sys.exit(None if sys.version_info >= (3, 12) else "The toolchain needs Python 3.12 or newer (found " + sys.version.split()[0] + "); run: make PYTHON=/path/to/python3.12")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements/toolchain.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# The same pinned test libraries as wheels for Pyodide's Python 3.14 (all pure Python).
$(WHEELS)/.downloaded: requirements/tests.txt $(VENV)/.installed
	rm -rf $(WHEELS)
	$(BIN)/pip download --quiet --disable-pip-version-check --dest $(WHEELS) \
		--python-version 3.14 --implementation py --platform any --only-binary=:all: \
		-r requirements/tests.txt
	touch $@

serve: install
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: install
	$(BIN)/mkdocs build --strict

# The versioned, reproducible release bundle: dist/jointly-<version>-<commit>.tar.gz (+ .sha256).
release: install
	$(BIN)/python tools/release.py --out dist

test: test-native test-pyodide test-browser test-deploy

test-native: install
	@echo "== Layer 1: calculator tests, native Python =="
	$(BIN)/python -m pytest $(CALCULATOR_TESTS)

test-pyodide: install
	@echo "== Layer 2: the same calculator tests inside Pyodide under Node =="
	node tests/pyodide/run.mjs $(CALCULATOR_TESTS)

test-browser: install
	@echo "== Layer 3: the built site in Chromium =="
	$(BIN)/python -m pytest tests/browser

test-deploy: install
	@echo "== Layer 4: the release bundle: reproducible, branded builds, and served by nginx =="
	$(BIN)/python -m pytest tests/deploy

# The benchmark (issue 6): builds, serves, drives Chromium; prints a table, writes bench/results/.
.PHONY: bench
bench: install
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) node_modules .cache site dist
