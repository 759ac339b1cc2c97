"""Which sections a filtered search may return, as whole-array masks.

A per-section Python test was fine for eight Acts; over the whole library
(hundreds of thousands of sections) it cost more than the search itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

import numpy as np

from kmportal.docstore.models import GROUP_SEPARATOR, Document


class _HasDoc(Protocol):
    @property
    def doc_id(self) -> str: ...


class SectionFilters:
    def __init__(self, docs: Mapping[str, Document], sections: Sequence[_HasDoc]) -> None:
        self._doc_pos = {d: i for i, d in enumerate(docs)}
        self._section_doc = np.fromiter(
            (self._doc_pos[s.doc_id] for s in sections), dtype=np.int64, count=len(sections)
        )
        self._kind = np.asarray([str(getattr(d.kind, "value", d.kind)) for d in docs.values()])
        self._groups: dict[str, np.ndarray] = {}
        for i, d in enumerate(docs.values()):
            for g in filter(None, (d.law_groups or "").split(GROUP_SEPARATOR)):
                self._groups.setdefault(g, np.zeros(len(docs), dtype=bool))[i] = True

    @property
    def groups(self) -> list[str]:
        return sorted(self._groups)

    def mask(
        self, *, kind: str | None = None, doc: str | None = None, group: str | None = None
    ) -> np.ndarray | None:
        """Allowed sections, or None when nothing is filtered."""
        if not (kind or doc or group):
            return None
        ok = np.ones(len(self._doc_pos), dtype=bool)
        if doc:
            ok &= np.arange(len(ok)) == self._doc_pos.get(doc, -1)
        if kind:
            ok &= self._kind == kind
        if group:
            ok &= self._groups.get(group, np.zeros(len(ok), dtype=bool))
        return ok[self._section_doc]
