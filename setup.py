"""Lets ``scrapyd-deploy`` build an egg (``python setup.py bdist_egg``) from this checkout with
the package's own configuration (pyproject.toml): without a setup.py it writes one of its own
that packages every folder with an ``__init__.py``, tests included."""

from setuptools import setup

setup()
