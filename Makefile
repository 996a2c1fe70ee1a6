# newscorpus: `make demo` and `make test` each set up .venv themselves on a fresh clone.
VENV   := .venv
PYTHON := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup demo test lint bench clean redis-server

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

# The Redis tests run a real redis-server on 127.0.0.1: installed here when missing (Debian,
# as root, or with sudo); without it they are skipped.
redis-server:
	@command -v redis-server >/dev/null || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		command -v apt-get >/dev/null && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
			-o DPkg::Lock::Timeout=300 redis-server >/dev/null 2>&1 || \
		{ $$SUDO apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive $$SUDO \
			apt-get install -y -qq -o DPkg::Lock::Timeout=300 redis-server >/dev/null 2>&1; } || \
		echo "redis-server could not be installed: the Redis tests will be skipped"; }

test: $(STAMP) redis-server
	$(PYTHON) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: $(STAMP)
	$(PYTHON) benchmarks/extraction.py

clean:
	rm -rf $(VENV) output/demo* .pytest_cache
