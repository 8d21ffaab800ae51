# The two commands the README starts with:
#   make demo   set everything up from nothing, then extract the bundled sample articles
#   make test   run the whole test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install lock bench clean

# The field's dictionaries (PETRARCH2, PLOVER, CAMEO codes; see docs/lexicons.md) are read
# where they are kept, never copied: here, from a ../shared/data folder beside the project
# when there is one, unless TACITUS_DICTIONARIES already names a folder.
export TACITUS_DICTIONARIES ?= $(wildcard ../shared/data)

$(STAMP): requirements.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

# The samples' fictional states are defined in sample-lexicons (see docs/lexicons.md).
demo: export TACITUS_LEXICONS = sample-lexicons
demo: $(STAMP)
	$(BIN)/tacitus extract samples/*.txt --format table
	$(BIN)/tacitus ingest samples/ --db demo.db
	$(BIN)/tacitus events --db demo.db

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run.py

# Re-pin every dependency with hashes after editing requirements.in. Extras stay on their
# lines ('smart-open[http]==9.0.2'): pip in hash mode refuses an extra a dependency asks for
# ('smart-open[http]>=5.2.1') unless the lock pins that extra itself.
lock:
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --generate-hashes --no-header --allow-unsafe -o requirements.lock requirements.in
	sed -i '/^--\(extra-index-url\|find-links\|index-url\)/d' requirements.lock

clean:
	rm -rf $(VENV) demo.db
