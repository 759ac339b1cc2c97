"""Documents, their sections and chunks.

A *section* is what a reader cites (มาตรา 45, ข้อ 17, a handbook heading); a
*chunk* is what gets embedded: a long section is split into several chunks that
all point back at it. Offsets are character offsets into ``Document.text``, the
original text as ingested (Thai digits and all), so display never shows the
normalised matching form.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum

from pydantic import field_validator
from sqlalchemy import Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

# Law groups of a document are stored in one column, joined by this.
GROUP_SEPARATOR = "|"


def utcnow() -> datetime:
    return datetime.now(UTC)


class DocKind(StrEnum):
    act = "act"
    regulation = "regulation"
    ministerial_rule = "ministerial_rule"
    handbook = "handbook"
    news = "news"
    # The office's own notes and accepted Q&As (kmportal.knowledge), published
    # into search by the same pipeline.
    knowledge = "knowledge"
    other = "other"


class DocumentBase(SQLModel):
    title: str
    kind: DocKind = DocKind.other


class Document(DocumentBase, table=True):
    id: str = Field(primary_key=True, description="Stable id: the file stem")
    source_path: str
    content_hash: str = Field(index=True)
    embedded_with: str = Field("", description="Embedder that made this document's chunk vectors")
    ingest_version: int = Field(0, description="Version of the splitting rules behind its chunks")
    text: str
    ingested_at: datetime = Field(default_factory=utcnow)
    n_sections: int = 0
    issued: date | None = Field(default=None, description="Day the law was given or announced")
    amends: str | None = Field(
        default=None, index=True, description="Id of the law this one amends, when stored"
    )
    text_hash: str = Field(
        "", index=True, description="sha256 of the normalised text: the same Act in another file"
    )
    law_groups: str = Field("", description="Law groups from the folder's manifest, '|'-separated")
    source_url: str = Field("", description="Where the text was published (from the manifest)")
    pending_vectors: int = Field(
        default=0,
        description="Chunks stored and searchable by words, still waiting for their vector",
    )


class DocumentPublic(DocumentBase):
    id: str
    ingested_at: datetime
    n_sections: int
    issued: date | None = None
    amends: str | None = None
    law_groups: list[str] = []
    source_url: str = ""
    pending_vectors: int = 0

    @field_validator("law_groups", mode="before")
    @classmethod
    def _split_groups(cls, value: object) -> object:
        # Stored as one '|'-separated column; shown as a list.
        if isinstance(value, str):
            return [g for g in value.split(GROUP_SEPARATOR) if g]
        return value


class SectionBase(SQLModel):
    key: str = Field(description="Anchor, unique within the document, e.g. s45, a2-s25, p3")
    label: str = Field(description="Citation label, e.g. 'มาตรา 45' or a heading")
    heading: str = Field("", description="Heading path: หมวด / ส่วน / chapter")
    start: int
    end: int
    ordinal: int


class Section(SectionBase, table=True):
    __table_args__ = (UniqueConstraint("doc_id", "key"),)
    id: int | None = Field(default=None, primary_key=True)
    doc_id: str = Field(foreign_key="document.id", index=True, ondelete="CASCADE")


class SectionPublic(SectionBase):
    doc_id: str
    text: str


class DocumentDetail(DocumentPublic):
    """A document with its sections and their text (the API's document)."""

    sections: list[SectionPublic]


class Chunk(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    doc_id: str = Field(foreign_key="document.id", index=True, ondelete="CASCADE")
    section_id: int = Field(foreign_key="section.id", index=True, ondelete="CASCADE")
    ordinal: int
    start: int
    end: int
    text: str = Field(description="Original text of the chunk, for display")
    embed_text: str = Field(description="Normalised text with its title/section prefix")
    tokens: str = Field(description="Space-joined word tokens of the normalised text")
    # None until the chunk is embedded: it is searchable by words from the start.
    embedding: bytes | None = Field(default=None, sa_column=Column(LargeBinary))


class PowerBase(SQLModel):
    """A provision of the register of powers (see :mod:`kmportal.ingest.powers`)."""

    section_key: str = Field(description="Anchor of its section in the viewer, e.g. s45, p11")
    unit: str = Field(description="มาตรา or ข้อ")
    section: str | None = Field(None, description="Section number as written: 45, 57 ทวิ")
    item: str | None = Field(None, description="Item number as written: 8, 6/1, 7 ทวิ")
    label: str = Field(description="Thai citation, e.g. มาตรา ๔๕ (๘) แห่งพระราชบัญญัติ...")
    law: str = Field(description="Title of the law the provision belongs to")
    text: str = Field(description="The provision's own wording")
    applies_to: str = Field(description="Space-separated kinds: pao municipality tao ...")
    tiers: str = Field("", description="Space-separated municipal tiers; empty: every tier")
    catch_all: bool = False
    start: int
    end: int


class Power(PowerBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    doc_id: str = Field(foreign_key="document.id", index=True, ondelete="CASCADE")
    ordinal: int
    issued_under: str = Field(
        "", description="JSON list of [Act title, section, item] a quoted rule was issued under"
    )
    embedding: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
