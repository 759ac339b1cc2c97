"""Vectors a document's earlier rows already hold, for its new rows of the same text.

Why: a document stored again (its file edited, or ``INGEST_VERSION`` raised
because the rules that cut text or register powers changed) used to lose every
vector with its old rows, and on the law library that is most of an hour of
embedding for text that did not change. A vector depends only on the text
embedded and the model, so a new row whose text the same model embedded before
takes that vector over; only what changed waits for the embedder.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from kmportal.docstore.models import Chunk, Document, Power

Kept = dict[tuple[str, str], bytes]  # ("chunk" | "power", text) -> vector bytes


def earlier_vectors(session: Session, doc_id: str, *, embedder: str) -> Kept:
    """The stored vectors of ``doc_id``'s rows, by table and text; none when the
    document is new or was embedded by another model."""
    model = session.exec(select(Document.embedded_with).where(Document.id == doc_id)).first()
    if model != embedder:
        return {}
    kept: Kept = {}
    chunks = select(Chunk.embed_text, Chunk.embedding).where(
        Chunk.doc_id == doc_id, col(Chunk.embedding).is_not(None)
    )
    for text, vector in session.exec(chunks):
        if vector:  # b"" marks a chunk kept for words only, not a vector
            kept[("chunk", text)] = vector
    powers = select(Power.text, Power.embedding).where(
        Power.doc_id == doc_id, col(Power.embedding).is_not(None)
    )
    for text, vector in session.exec(powers):
        if vector:
            kept[("power", text)] = vector
    return kept
