"""The register of powers, filled at ingest for each document.

Acts and regulations are read by :mod:`kmportal.ingest.powers_law`; rules a
handbook quotes by :mod:`kmportal.ingest.powers_quoted`. Each provision is
stored with the vector of its wording, so the authority check can match a
project title against a few hundred short texts without embedding them again.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np

from kmportal.docstore.models import Power
from kmportal.ingest.powers_law import PowerItem, law_powers
from kmportal.ingest.powers_quoted import quoted_powers
from kmportal.ingest.structure import SectionSpan

__all__ = ["PowerItem", "extract_powers", "power_rows"]


def extract_powers(
    text: str, sections: list[SectionSpan], *, unit: str | None, law: str
) -> list[PowerItem]:
    """Every power-granting provision of a document (none for most documents)."""
    if unit:
        return law_powers(text, sections, unit=unit, law=law)
    return quoted_powers(text, sections)


def power_rows(doc_id: str, items: Sequence[PowerItem], vectors: np.ndarray | None) -> list[Power]:
    rows = []
    for n, it in enumerate(items):
        vec = vectors[n] if vectors is not None else None
        rows.append(
            Power(
                doc_id=doc_id,
                ordinal=n,
                section_key=it.section_key,
                unit=it.unit,
                section=it.section,
                item=it.item,
                label=it.label,
                law=it.law,
                text=it.text,
                applies_to=" ".join(it.kinds),
                tiers=" ".join(it.tiers),
                catch_all=it.catch_all,
                start=it.start,
                end=it.end,
                issued_under=json.dumps(it.issued_under, ensure_ascii=False)
                if it.issued_under
                else "",
                embedding=None if vec is None else np.asarray(vec, np.float32).tobytes(),
            )
        )
    return rows
