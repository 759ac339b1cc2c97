"""Response models of the JSON routes whose data are not a model family of
their own (search answers are dataclasses, see :mod:`kmportal.search.types`),
so ``/api/openapi.json`` documents every answer."""

from __future__ import annotations

from pydantic import BaseModel, Field


class SearchHitOut(BaseModel):
    doc: str = Field(description="Document id")
    title: str
    kind: str = Field(description="act, regulation, ministerial_rule, handbook, news, other")
    section: str = Field(description="Citation label, e.g. มาตรา 45")
    section_key: str = Field(description="Anchor in the document viewer, e.g. s45")
    heading: str
    text: str = Field(description="The whole section as it stands in the source")
    snippet: str = Field(description="Plain text, never markup")
    highlights: list[list[int]] = Field(description="[start, end) spans inside the snippet")
    score: float
    start: int = Field(description="Offset of the section in the document's text")
    end: int


class SearchResult(BaseModel):
    query: str
    truncated: bool = Field(description="The query was longer than the limit and was cut")
    citation: str | None = Field(description="How a citation query was understood")
    notes: list[str]
    results: list[SearchHitOut]
