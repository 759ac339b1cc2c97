"""Commands over the document corpus: ingest, remove, search, docs, reindex."""

from __future__ import annotations
