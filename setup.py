"""For tools that still run ``python setup.py bdist_egg`` (``scrapyd-deploy``): the metadata,
packages, package data and the ``scrapy`` entry point all come from pyproject.toml. Without
this file scrapyd-deploy writes a setup.py of its own that packs every folder (tests too) under
the name "project"."""

from setuptools import setup

setup()
