"""Labelled near-duplicate data built from real news text (see :mod:`.labelled`)."""
