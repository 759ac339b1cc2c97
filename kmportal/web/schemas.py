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
    applies_to: list[str] = Field(description="Kinds of อปท. the section concerns")


class SearchResult(BaseModel):
    query: str
    truncated: bool = Field(description="The query was longer than the limit and was cut")
    citation: str | None = Field(description="How a citation query was understood")
    notes: list[str]
    results: list[SearchHitOut]


class ProvisionOut(BaseModel):
    """A provision of the register of powers, as the authority check ranks it."""

    doc: str = Field(description="Document id")
    section: str | None = Field(description="Section number as written: 45, 57 ทวิ")
    item: str | None = Field(description="Item number as written: 8, 6/1")
    label: str = Field(description="Thai citation, as a plan cites it")
    law: str = Field(description="Title of the law")
    text: str = Field(description="The provision's own wording")
    applies_to: list[str] = Field(description="Kinds of อปท.: pao, municipality, tao, ...")
    tiers: list[str] = Field(description="Municipal tiers; empty: every tier")
    catch_all: bool = Field(description="A catch-all item: never the basis of a verdict")
    score: float
    section_key: str = Field(description="Anchor of its section in the document viewer")
    supported: bool = Field(description="Both arms agree that it names the project's field")


class PowerCheckOut(BaseModel):
    id: str | None = None
    project: str = Field(description="The title as checked (after truncation)")
    org_kind: str = Field(description="pao, municipality, tao or pattaya")
    verdict: str = Field(description="within or not_found")
    provisions: list[ProvisionOut]
    other_kinds: list[ProvisionOut] = Field(description="Powers of other kinds: not to cite")
    notes: list[str]
