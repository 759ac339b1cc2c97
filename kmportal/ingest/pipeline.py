"""Ingest files into the document store and keep the indexes published.

Words first, vectors after. Each document is parsed, split, tokenised and
stored with all its sections and chunks in one transaction, its chunks without
vectors; the index is republished every few seconds, so what is stored is
searchable by words while the rest is still being read. The chunks are then
embedded batch by batch (:mod:`kmportal.index.backfill`) and the dense arm
covers them as generations are published.

Killed at any moment, a rerun of the same command carries on: stored documents
are unchanged files and are skipped, a document in flight was never committed,
and chunks still without a vector are embedded. One writer at a time holds the
data directory's lock (:mod:`kmportal.index.lock`).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, delete, select

from kmportal.db import prepare_database
from kmportal.docstore import generation
from kmportal.docstore.models import Chunk, DocKind, Document, Power, Section
from kmportal.errors import UnsupportedFile
from kmportal.faults import fault_point
from kmportal.index import store
from kmportal.index.backfill import NO_VECTOR, EarlyEmbed, embed_pending, pending
from kmportal.index.embed import Embedder, embedder_name, make_embedder
from kmportal.index.lock import NO_WAIT, LockWait, WriterLock
from kmportal.index.publish import Publisher
from kmportal.index.store import stored_dim
from kmportal.ingest.amends import link_amendments
from kmportal.ingest.carry import earlier_vectors
from kmportal.ingest.catalog import CatalogEntry
from kmportal.ingest.chunk import chunk_section
from kmportal.ingest.kinds import infer_date, infer_kind, infer_title, law_unit
from kmportal.ingest.lawtext import split_law
from kmportal.ingest.markdown import split_markdown
from kmportal.ingest.parse import parse_file
from kmportal.ingest.plan import (
    INGEST_VERSION,
    IngestReport,
    Job,
    collect,
    duplicate,
    plan,
    text_hash,
)
from kmportal.ingest.powers import PowerItem, extract_powers, power_rows
from kmportal.ingest.prose import split_prose
from kmportal.ingest.structure import SectionSpan
from kmportal.settings import Settings
from kmportal.thai.normalize import clean_display
from kmportal.thai.tokenize import index_tokens, word_tokens

# Real documents break their lines; the longest line in the 671-Act library is
# under 2,000 characters. A file that is one enormous line is not a document
# this pipeline can split (and would cost an hour of embedding to find out).
MAX_LINE_CHARS = 100_000
# From this many files to parse, embedding starts beside the parser (EarlyEmbed):
# the whole library parses for minutes on one core. Below it, an upload or the
# eight Acts parse in seconds and the worker processes would only start earlier.
EARLY_EMBED_FILES = 50
# (event, detail): ("plan", report) and ("files", n) once: the work found and
# the files to read; ("file", name) as each starts; ("parsed", chunks) as each
# is done (0 chunks when skipped); ("published", manifest); ("embedding", n)
# once: the chunks to embed; ("chunks", n) as vectors are made.
Progress = Callable[[str, object], None]


class PreparedChunk(NamedTuple):
    section: int  # index into Prepared.sections
    start: int
    end: int
    embed_text: str  # what the dense arm embeds
    words: str  # what BM25 counts; empty for a fine window (the dense arm's only)


@dataclass
class Prepared:
    doc: Document
    sections: list[SectionSpan]
    chunks: list[PreparedChunk]
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


def dense_section(sec: SectionSpan) -> bool:
    """Whether a section's chunks get vectors. The background of an Act, its
    reasons for enactment (หมายเหตุ: 9% of the library's chunks) and enacting
    formula, is searchable by words only: search already ranks it down, and
    without its vectors the legal dev set scored the same (MRR@10 0.891)."""
    return not sec.key.startswith(("note", "preamble"))


def _longest_line(text: str) -> int:
    longest, pos = 0, 0
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        longest = max(longest, end - pos)
        pos = end + 1
    return longest


def prepare(
    path: Path,
    raw: bytes,
    *,
    kind: DocKind | None,
    embedder: str,
    entry: CatalogEntry | None = None,
) -> Prepared:
    parsed = parse_file(path)
    if _longest_line(parsed.text) > MAX_LINE_CHARS:
        raise UnsupportedFile(
            f"{path.name}: a line longer than {MAX_LINE_CHARS:,} characters; not a document "
            "that can be split into sections (บรรทัดยาวผิดปกติ ไม่ใช่เอกสารที่แบ่งตอนได้)"
        )
    text = clean_display(parsed.text)
    doc_kind = kind or (entry.kind if entry else None) or infer_kind(text, path)
    # A catalog's title is the curated one; the text's own title block comes next.
    title = (entry.title if entry else "") or infer_title(
        text, doc_kind, hint=parsed.title_hint, fallback=path.stem
    )
    sections = split_sections(text, doc_kind, title)
    chunks = [
        PreparedChunk(i, c.start, c.end, c.embed_text, "" if c.fine else c.words)
        for i, sec in enumerate(sections)
        if sec.indexed
        for c in chunk_section(text, sec, doc_title=title)
        # A fine window of the background would be neither embedded nor
        # counted by BM25: a row stored (29,000 of them in the library) that
        # no search could ever reach.
        if not c.fine or dense_section(sec)
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
        text_hash=text_hash(text),
        law_groups=entry.law_groups if entry else "",
        source_url=entry.source_url if entry else "",
        issued=infer_date(text) if law_unit(doc_kind) else None,
    )
    unit = law_unit(doc_kind) if any(s.number for s in sections) else None
    return Prepared(doc, sections, chunks, extract_powers(text, sections, unit=unit, law=title))


def _store(engine: Engine, prep: Prepared) -> None:
    """The document, its sections and chunks in one transaction: a reader sees
    all of it or none of it."""
    waiting = 0
    # The caller still reads the document (its id, its title) once committed.
    with Session(engine, expire_on_commit=False) as session:
        kept = earlier_vectors(session, prep.doc.id, embedder=prep.doc.embedded_with)
        delete_rows(session, prep.doc.id)
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
        for n, (si, start, end, embed, words) in enumerate(prep.chunks):
            section_id = rows[si].id
            assert section_id is not None
            vector = kept.get(("chunk", embed)) if dense_section(prep.sections[si]) else NO_VECTOR
            waiting += vector is None
            session.add(
                Chunk(
                    doc_id=prep.doc.id,
                    section_id=section_id,
                    ordinal=n,
                    start=start,
                    end=end,
                    text=prep.doc.text[start:end],
                    embed_text=embed,
                    tokens=" ".join(index_tokens(word_tokens(words))) if words else "",
                    embedding=vector,
                )
            )
        # The register of powers' wordings wait for their vectors with the chunks.
        powers = power_rows(prep.doc.id, prep.powers, None)
        for power in powers:
            power.embedding = kept.get(("power", power.text))
        session.add_all(powers)
        prep.doc.pending_vectors = waiting + sum(p.embedding is None for p in powers)
        fault_point("ingest.before_commit")
        session.commit()
    fault_point("ingest.after_commit")


def delete_rows(session: Session, doc_id: str) -> None:
    """A document and every row made from it (not committed)."""
    session.exec(delete(Chunk).where(col(Chunk.doc_id) == doc_id))
    session.exec(delete(Power).where(col(Power.doc_id) == doc_id))
    session.exec(delete(Section).where(col(Section.doc_id) == doc_id))
    session.exec(delete(Document).where(col(Document.id) == doc_id))


def _ingest_one(
    engine: Engine,
    job: Job,
    *,
    kind: DocKind | None,
    name: str,
    report: IngestReport,
    publisher: Publisher,
) -> None:
    path = job.path
    try:
        raw = path.read_bytes()
        prep = prepare(path, raw, kind=kind, embedder=name, entry=job.entry)
    except OSError as exc:
        report.skipped.append((str(path), f"{path.name}: cannot be read ({exc.strerror})"))
        return
    except UnsupportedFile as exc:
        report.skipped.append((str(path), exc.message))
        return
    with Session(engine) as session:
        twin = session.exec(
            select(Document).where(
                Document.text_hash == prep.doc.text_hash, col(Document.id) != prep.doc.id
            )
        ).first()
        if twin is not None:
            duplicate(session, path, twin, job.entry, report, publisher)
            session.commit()
            return
        namesake = session.exec(
            select(Document.id).where(
                Document.title == prep.doc.title, col(Document.id) != prep.doc.id
            )
        ).first()
    if namesake is not None:
        report.warnings.append(
            (
                str(path),
                f"{path.name}: same title as '{namesake}' ({prep.doc.title}); both kept, "
                "told apart by their id (ชื่อเรื่องซ้ำ)",
            )
        )
    _store(engine, prep)
    (report.updated if job.existing else report.added).append(prep.doc.id)
    report.chunks += len(prep.chunks)
    publisher.changed()


def ingest_paths(
    settings: Settings,
    paths: Iterable[Path],
    *,
    kind: DocKind | None = None,
    embedder: Embedder | None = None,
    engine: Engine | None = None,
    progress: Progress | None = None,
    embed: bool = True,
    wait: LockWait = NO_WAIT,
) -> IngestReport:
    """Store ``paths`` and publish the index, holding the builder's lock
    (waited for as ``wait`` says; :class:`Conflict` naming its holder after)."""
    t0 = time.perf_counter()
    engine = engine or prepare_database(settings)
    report = IngestReport()
    name = embedder.name if embedder else embedder_name(settings)
    with WriterLock(settings.index_dir, wait=wait):
        publisher = Publisher(
            engine,
            settings.index_dir,
            embedder=name,
            dim=lambda: embedder.dim if embedder else stored_dim(engine),
            on_publish=(lambda m: progress("published", m)) if progress else None,
        )
        files, catalogs = collect(paths, report)
        jobs = plan(
            engine, files, catalogs, kind=kind, name=name, report=report, publisher=publisher
        )
        with Session(engine) as session:
            report.to_parse, report.to_embed = len(jobs), pending(session, embedder=name).chunks
        if progress:
            progress("plan", report)
            progress("files", len(jobs))
        early = None
        if embed and len(jobs) >= EARLY_EMBED_FILES:
            embedder = embedder or make_embedder(settings)
            early = EarlyEmbed(engine, embedder).start()
        try:
            for job in jobs:
                if progress:
                    progress("file", job.path.name)
                before = report.chunks
                _ingest_one(engine, job, kind=kind, name=name, report=report, publisher=publisher)
                if progress:
                    progress("parsed", report.chunks - before)
                publisher.maybe()
            if report.changed:
                link_amendments(engine)
            problems = (
                [] if publisher.dirty else store.check(engine, settings.index_dir, embedder=name)
            )
            if publisher.dirty or problems:
                publisher.now("; ".join(problems) or None)
            report.lexical_seconds = time.perf_counter() - t0
            if early is not None:
                report.embedded += early.finish()
                publisher.changed("vectors added")
            if embed:
                with Session(engine) as session:
                    waiting = pending(session, embedder=name).chunks
                if waiting:
                    embedder = embedder or make_embedder(settings)
                    report.embedded += embed_pending(
                        engine, embedder, publisher=publisher, progress=progress
                    )
                if publisher.dirty:
                    publisher.now()
        finally:
            if early is not None:
                early.finish()
            # Worker processes end with the work: a portal that ingested
            # an upload does not keep two idle model copies around.
            close = getattr(embedder, "close", None)
            if callable(close):
                close()
        with Session(engine) as session:
            report.pending = pending(session).chunks
    report.index_rebuilt = publisher.count > 0
    if report.index_rebuilt:
        # Every server sharing the database reloads when this number moves.
        generation.bump(engine)
    report.seconds = time.perf_counter() - t0
    return report


def embed_stored(
    settings: Settings, *, embedder: Embedder | None = None, progress: Progress | None = None
) -> IngestReport:
    """Give every stored chunk still without a vector its vector (after an
    ``ingest --no-embed`` or an interrupted run); the index follows."""
    return ingest_paths(settings, [], embedder=embedder, progress=progress)
