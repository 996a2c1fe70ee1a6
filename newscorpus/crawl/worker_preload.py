"""Imported by the page pool's fork server before it forks any worker: the models are loaded
there once, and the workers share them (copy-on-write) instead of loading one copy each."""

from newscorpus.pagework import load_models

load_models()
