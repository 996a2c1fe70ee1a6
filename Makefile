# newscorpus: `make demo` and `make test` each set up .venv themselves on a fresh clone.
VENV   := .venv
PYTHON := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup demo test lint bench clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# Serves the bundled demo news site on 127.0.0.1, crawls it (fresh state), exports the texts.
demo: $(STAMP)
	rm -rf output/demo.jsonl output/demo-state output/demo-txt
	$(PYTHON) -m tests.fixture_site news -- $(VENV)/bin/scrapy crawl news \
		-a urls={base}/,{base}/rss.xml -s NEWSCORPUS_STATE_DIR=output/demo-state \
		-O output/demo.jsonl
	$(VENV)/bin/newscorpus export-txt output/demo.jsonl output/demo-txt

test: $(STAMP)
	$(PYTHON) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: $(STAMP)
	$(PYTHON) benchmarks/extraction.py

clean:
	rm -rf $(VENV) output/demo* .pytest_cache
