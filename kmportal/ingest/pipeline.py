"""Ingest files into the document store and rebuild the indexes.

Each document is written in its own transaction, after its chunks have been
embedded, so a run killed midway loses at most the document in flight and a
rerun skips everything already stored (same content hash, same embedder).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, delete, select

from kmportal.db import prepare_database
from kmportal.docstore import generation
from kmportal.docstore.models import Chunk, DocKind, Document, Power, Section
from kmportal.errors import NotFound, UnsupportedFile
from kmportal.faults import fault_point
from kmportal.index import store
from kmportal.index.embed import Embedder, embedder_name, make_embedder
from kmportal.ingest.amends import link_amendments
from kmportal.ingest.chunk import chunk_section
from kmportal.ingest.kinds import infer_date, infer_kind, infer_title, law_unit
from kmportal.ingest.lawtext import split_law
from kmportal.ingest.markdown import split_markdown
from kmportal.ingest.parse import SUPPORTED_SUFFIXES, iter_files, parse_file
from kmportal.ingest.powers import PowerItem, extract_powers, power_rows
from kmportal.ingest.prose import split_prose
from kmportal.ingest.structure import SectionSpan
from kmportal.settings import Settings
from kmportal.thai.normalize import clean_display
from kmportal.thai.tokenize import index_tokens, word_tokens

MAX_FILE_BYTES = 50 * 1024 * 1024
# Bump when normalisation, section splitting or chunking change: documents made
# by older rules are then processed again even though their files did not change.
INGEST_VERSION = 8

# (event, detail): ("files", n) once, then ("file", name) and ("chunks", n) as work advances.
Progress = Callable[[str, object], None]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    chunks: int = 0
    seconds: float = 0.0
    index_rebuilt: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)


@dataclass
class Prepared:
    doc: Document
    sections: list[SectionSpan]
    # (section index, start, end, embed_text, BM25-indexed: False for fine windows)
    chunks: list[tuple[int, int, int, str, bool]]
    powers: list[PowerItem] = field(default_factory=list)  # the register of powers' part


def split_sections(text: str, kind: DocKind, title: str) -> list[SectionSpan]:
    if kind is DocKind.knowledge:  # Markdown written in the portal: by its headings
        return split_markdown(text, title=title)
    unit = law_unit(kind)
    if unit:
        sections = split_law(text, unit=unit, title=title)
        if sum(1 for s in sections if s.number) >= 2:
            return sections
    return split_prose(text, title=title)


def prepare(path: Path, raw: bytes, *, kind: DocKind | None, embedder: str) -> Prepared:
    parsed = parse_file(path)
    text = clean_display(parsed.text)
    doc_kind = kind or infer_kind(text, path)
    title = infer_title(text, doc_kind, hint=parsed.title_hint, fallback=path.stem)
    sections = split_sections(text, doc_kind, title)
    chunks = [
        (i, c.start, c.end, c.embed_text, not c.fine)
        for i, sec in enumerate(sections)
        if sec.indexed
        for c in chunk_section(text, sec, doc_title=title)
    ]
    if not chunks:
        raise UnsupportedFile(f"{path.name}: no text to index")
    doc = Document(
        id=path.stem,
        title=title,
        kind=doc_kind,
        source_path=str(path.resolve()),
        content_hash=hashlib.sha256(raw).hexdigest(),
        ingest_version=INGEST_VERSION,
        embedded_with=embedder,
        text=text,
        n_sections=sum(1 for s in sections if s.indexed),
        issued=infer_date(text) if law_unit(doc_kind) else None,
    )
    unit = law_unit(doc_kind) if any(s.number for s in sections) else None
    return Prepared(doc, sections, chunks, extract_powers(text, sections, unit=unit, law=title))


def _store(
    engine: Engine, prep: Prepared, vectors: np.ndarray, power_vectors: np.ndarray | None = None
) -> None:
    with Session(engine) as session:
        _delete_rows(session, prep.doc.id)
        session.add(prep.doc)
        rows = []
        for i, s in enumerate(prep.sections):
            row = Section(
                doc_id=prep.doc.id,
                key=s.key,
                label=s.label,
                heading=s.heading,
                start=s.start,
                end=s.end,
                ordinal=i,
            )
            session.add(row)
            rows.append(row)
        session.flush()
        for n, ((si, start, end, embed, lexical), vec) in enumerate(
            zip(prep.chunks, vectors, strict=True)
        ):
            section_id = rows[si].id
            assert section_id is not None
            session.add(
                Chunk(
                    doc_id=prep.doc.id,
                    section_id=section_id,
                    ordinal=n,
                    start=start,
                    end=end,
                    text=prep.doc.text[start:end],
                    embed_text=embed,
                    tokens=" ".join(index_tokens(word_tokens(embed))) if lexical else "",
                    embedding=vec.astype(np.float32).tobytes(),
                )
            )
        session.add_all(power_rows(prep.doc.id, prep.powers, power_vectors))
        fault_point("ingest.before_commit")
        session.commit()
    fault_point("ingest.after_commit")


def _move(engine: Engine, doc_id: str, path: Path) -> None:
    with Session(engine) as session:
        doc = session.get(Document, doc_id)
        if doc is not None:
            doc.source_path = str(path.resolve())
            session.add(doc)
            session.commit()


def _delete_rows(session: Session, doc_id: str) -> None:
    session.exec(delete(Chunk).where(col(Chunk.doc_id) == doc_id))
    session.exec(delete(Power).where(col(Power.doc_id) == doc_id))
    session.exec(delete(Section).where(col(Section.doc_id) == doc_id))
    session.exec(delete(Document).where(col(Document.id) == doc_id))


def _skip_reason(path: Path, existing: Document | None) -> str | None:
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        suffix = path.suffix or "(none)"
        return f"{path.name}: unsupported file type '{suffix}' (use .txt, .md, .pdf or .docx)"
    if (
        existing
        and existing.source_path != str(path.resolve())
        and Path(existing.source_path).exists()
    ):
        return (
            f"{path.name}: document id '{path.stem}' is already used by {existing.source_path}; "
            "rename one of the files"
        )
    return None


def ingest_paths(
    settings: Settings,
    paths: Iterable[Path],
    *,
    kind: DocKind | None = None,
    embedder: Embedder | None = None,
    engine: Engine | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    t0 = time.perf_counter()
    engine = engine or prepare_database(settings)
    report = IngestReport()
    name = embedder.name if embedder else embedder_name(settings)
    files: list[Path] = []
    for p in paths:
        if not p.exists():
            report.skipped.append((str(p), f"{p}: no such file or folder"))
        else:
            files.extend(iter_files([p]))
    if progress:
        progress("files", len(files))
    for path in files:
        if progress:
            progress("file", path.name)
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                mb = MAX_FILE_BYTES // (1024 * 1024)
                report.skipped.append((str(path), f"{path.name}: larger than {mb} MB"))
                continue
            raw = path.read_bytes()
        except OSError as exc:
            report.skipped.append((str(path), f"{path.name}: cannot be read ({exc.strerror})"))
            continue
        with Session(engine) as session:
            existing = session.get(Document, path.stem)
            if existing is not None:
                session.expunge(existing)
        reason = _skip_reason(path, existing)
        if reason:
            report.skipped.append((str(path), reason))
            continue
        digest = hashlib.sha256(raw).hexdigest()
        if (
            existing
            and existing.content_hash == digest
            and existing.embedded_with == name
            and existing.ingest_version == INGEST_VERSION
            and (kind is None or existing.kind == kind)
        ):
            if existing.source_path != str(path.resolve()):
                _move(engine, existing.id, path)  # the old path is gone (checked above)
            report.unchanged.append(path.stem)
            continue
        try:
            prep = prepare(path, raw, kind=kind, embedder=name)
        except UnsupportedFile as exc:
            report.skipped.append((str(path), exc.message))
            continue
        embedder = embedder or make_embedder(settings)
        texts = [c[3] for c in prep.chunks]
        # The register of powers' wordings ride along after the chunks: one model
        # call; progress counts the chunks only.
        wordings = [p.text for p in prep.powers]
        tick = _chunk_ticks(progress, len(texts)) if progress else None
        vectors = embedder.embed_passages(texts + wordings, progress=tick)
        _store(engine, prep, vectors[: len(texts)], vectors[len(texts) :] if wordings else None)
        (report.updated if existing else report.added).append(path.stem)
        report.chunks += len(texts)
    if report.changed:
        link_amendments(engine)
    stale = [] if report.changed else store.check(engine, settings.index_dir, embedder=name)
    if report.changed or stale:
        why = "; ".join(stale) or f"documents stored: {', '.join(report.added + report.updated)}"
        _rebuild(engine, settings, name, embedder, why)
        report.index_rebuilt = True
    report.seconds = time.perf_counter() - t0
    return report


def _chunk_ticks(progress: Progress, chunks: int) -> Callable[[int], None]:
    left = chunks

    def tick(n: int) -> None:
        nonlocal left
        if left > 0:
            progress("chunks", min(n, left))
        left -= n

    return tick


def _rebuild(
    engine: Engine, settings: Settings, name: str, embedder: Embedder | None, reason: str
) -> None:
    """This directory's index, then the generation every server sharing the
    database watches — raised even when the build fails: the rows are committed."""
    dim = embedder.dim if embedder else store.stored_dim(engine)
    try:
        store.build(engine, settings.index_dir, embedder=name, dim=dim, reason=reason)
    finally:
        generation.bump(engine)


def remove_document(settings: Settings, doc_id: str, *, engine: Engine | None = None) -> None:
    engine = engine or prepare_database(settings)
    with Session(engine) as session:
        if session.get(Document, doc_id) is None:
            raise NotFound(f"ไม่พบเอกสาร '{doc_id}' (no such document)")
        _delete_rows(session, doc_id)
        session.commit()
        link_amendments(engine)
        # Rebuild with the model the remaining vectors came from: removing a
        # document must not turn into a change of embedder.
        used = set(session.exec(select(Document.embedded_with)))
    name = used.pop() if len(used) == 1 else embedder_name(settings)
    _rebuild(engine, settings, name, None, f"document removed: {doc_id}")


def reembed_all(
    settings: Settings, *, embedder: Embedder | None = None, progress: Progress | None = None
) -> int:
    """Embed every stored chunk again with the configured embedder (after the
    operator switched models). Document by document, so it can be resumed."""
    engine = prepare_database(settings)
    embedder = embedder or make_embedder(settings)
    done = 0
    with Session(engine) as session:
        doc_ids = list(
            session.exec(select(Document.id).where(Document.embedded_with != embedder.name))
        )
    for doc_id in doc_ids:
        if progress:
            progress("file", doc_id)
        with Session(engine) as session:
            chunks = list(
                session.exec(select(Chunk).where(Chunk.doc_id == doc_id).order_by(col(Chunk.id)))
            )
            powers = list(session.exec(select(Power).where(Power.doc_id == doc_id)))
            texts = [c.embed_text for c in chunks] + [p.text for p in powers]
            vectors = embedder.embed_passages(texts)
            for row, vec in zip([*chunks, *powers], vectors, strict=True):
                row.embedding = vec.astype(np.float32).tobytes()
                session.add(row)
            doc = session.get(Document, doc_id)
            assert doc is not None
            doc.embedded_with = embedder.name
            session.add(doc)
            session.commit()
        done += len(chunks)
    _rebuild(engine, settings, embedder.name, embedder, f"vectors recomputed with {embedder.name}")
    return done
