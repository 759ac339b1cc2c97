"""Commands over the document corpus: ingest, remove, search, docs, reindex."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kmportal.cli import app, settings_of
from kmportal.cli.checks import preflight
from kmportal.cli.jsonl import bad_line, read_objects
from kmportal.cli.progress import progress_display
from kmportal.docstore.models import DocKind
from kmportal.errors import BadInput, KmportalError
from kmportal.messages import msg

if TYPE_CHECKING:
    from kmportal.ingest.plan import IngestReport
    from kmportal.search.service import SearchService

err = typer.echo


def _fail(exc: KmportalError) -> typer.Exit:
    err(f"error: {exc.message}", err=True)
    return typer.Exit(exc.exit_code)


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (recursive).")],
    kind: Annotated[
        DocKind | None, typer.Option("--kind", help="Override the inferred document kind.")
    ] = None,
    no_embed: Annotated[
        bool,
        typer.Option(
            "--no-embed",
            help="Store and index for word search only; `kmportal embed` adds vectors.",
        ),
    ] = False,
    log_every: Annotated[
        int,
        typer.Option("--log-every", min=1, help="Without a terminal: one line per N documents."),
    ] = 25,
) -> None:
    """Ingest .txt, .md, .pdf and .docx files; unchanged files are skipped.

    A folder's manifest.csv gives its documents' titles, law groups and sources.
    Documents are searchable by words as soon as they are read; vectors follow.
    Interrupted, the same command carries on where it stopped."""
    from kmportal.ingest.pipeline import ingest_paths

    settings = settings_of(ctx)
    try:
        preflight(settings, inputs=paths)
    except KmportalError as exc:
        raise _fail(exc) from exc
    with progress_display(sys.stderr.isatty(), log_every) as progress:
        try:
            report = ingest_paths(settings, paths, kind=kind, progress=progress, embed=not no_embed)
        except KmportalError as exc:
            raise _fail(exc) from exc
    _summary(report)
    if report.skipped and not (report.added or report.updated or report.unchanged):
        raise typer.Exit(1)


@app.command()
def embed(ctx: typer.Context) -> None:
    """Give stored chunks still without a vector their vectors (after `ingest --no-embed`)."""
    from kmportal.ingest.pipeline import embed_stored

    with progress_display(sys.stderr.isatty(), 25) as progress:
        try:
            report = embed_stored(settings_of(ctx), progress=progress)
        except KmportalError as exc:
            raise _fail(exc) from exc
    _summary(report)


def _summary(report: IngestReport) -> None:
    for _path, reason in report.skipped:
        err(f"skipped: {reason}", err=True)
    for _path, reason in report.duplicates:
        err(f"duplicate: {reason}", err=True)
    for _path, message in report.warnings:
        err(f"warning: {message}", err=True)
    lexical = (
        f"; searchable by words after {report.lexical_seconds:.1f} s" if report.changed else ""
    )
    err(
        f"added {len(report.added)}, updated {len(report.updated)}, "
        f"unchanged {len(report.unchanged)}, skipped {len(report.skipped)}"
        + (f", duplicates {len(report.duplicates)}" if report.duplicates else "")
        + f"; {report.chunks} chunks stored, "
        f"{report.embedded} embedded in {report.seconds:.1f} s{lexical}"
    )
    if report.pending:
        err(f"{report.pending:,} chunks still wait for vectors: run `kmportal embed`")


@app.command()
def remove(
    ctx: typer.Context, doc: Annotated[str, typer.Argument(help="Document id (file stem).")]
) -> None:
    """Delete one document and its chunks from every index."""
    from kmportal.ingest.maintain import remove_document

    try:
        preflight(settings_of(ctx))
        remove_document(settings_of(ctx), doc)
    except KmportalError as exc:
        raise _fail(exc) from exc
    err(f"removed {doc}")


@app.command()
def reindex(
    ctx: typer.Context,
    reembed: Annotated[
        bool, typer.Option("--reembed", help="Embed every chunk again (after changing embedder).")
    ] = False,
    wait: Annotated[
        float,
        typer.Option(
            "--wait", min=0, help="Seconds to wait for another index builder before refusing."
        ),
    ] = 0.0,
) -> None:
    """Rebuild the index files from the database; --reembed also recomputes vectors."""
    from kmportal.db import prepare_database
    from kmportal.index import store
    from kmportal.index.embed import embedder_name
    from kmportal.index.lock import LockWait, WriterLock
    from kmportal.index.store import stored_dim
    from kmportal.ingest.maintain import reembed_all

    settings = settings_of(ctx)
    try:
        preflight(settings)
        if reembed:
            n = reembed_all(settings, wait=LockWait(wait))
            err(f"re-embedded {n} chunks and rebuilt the index")
            return
        engine = prepare_database(settings)
        with WriterLock(settings.index_dir, wait=LockWait(wait)):
            m = store.build(
                engine,
                settings.index_dir,
                embedder=embedder_name(settings),
                dim=stored_dim(engine),
                reason="kmportal reindex",
            )
    except KmportalError as exc:
        raise _fail(exc) from exc
    err(f"rebuilt index: {m.chunk_count} chunks in {m.build_seconds:.2f} s")


@app.command()
def docs(ctx: typer.Context) -> None:
    """List the ingested documents."""
    from sqlmodel import Session

    from kmportal.db import prepare_database
    from kmportal.docstore.service import list_documents

    engine = prepare_database(settings_of(ctx))
    with Session(engine) as session:
        for d in list_documents(session):
            typer.echo(f"{d.id}\t{d.kind.value}\t{d.n_sections} sections\t{d.title}")


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[str | None, typer.Argument(help="The question, in Thai or English.")] = None,
    k: Annotated[int, typer.Option("--k", min=1, max=100, help="How many results.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    batch: Annotated[
        Path | None,
        typer.Option("--batch", help="JSONL file of {id, query}; prints one line each."),
    ] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Only this document kind.")] = None,
    doc: Annotated[str | None, typer.Option("--doc", help="Only this document id.")] = None,
) -> None:
    """Search the corpus; the right section first, with its citation."""
    from kmportal.search.service import SearchService

    if batch is None and (query is None or not query.strip()):
        raise _fail(BadInput(msg("search.empty_query")))
    try:
        svc = SearchService.open(settings_of(ctx))
        if batch is not None:
            _run_batch(svc, batch, k, kind=kind, doc=doc)
            return
        assert query is not None
        resp = svc.search(query, k=k, kind=kind, doc=doc)
    except KmportalError as exc:
        raise _fail(exc) from exc
    if as_json:
        typer.echo(json.dumps(resp.to_dict(), ensure_ascii=False))
        return
    if svc.is_empty:
        err("nothing ingested yet: run `kmportal ingest PATH` first", err=True)
    for note in resp.notes:
        err(f"note: {note}", err=True)
    if resp.citation:
        typer.echo(f"citation: {resp.citation}")
    for i, hit in enumerate(resp.results, 1):
        typer.echo(
            f"{i:2}. {hit.section} · {hit.title}  [{hit.doc}#{hit.section_key}]  {hit.score:.4f}"
        )
        typer.echo(f"    {hit.snippet}")
    if not resp.results:
        typer.echo("no results")


def _run_batch(
    svc: SearchService, batch: Path, k: int, *, kind: str | None, doc: str | None
) -> None:
    for n, item in read_objects(batch, fields="'id', 'query'"):
        if "query" not in item:
            raise bad_line(batch, n, "'id', 'query'", "no 'query'")
        try:
            hits = svc.search(str(item["query"]), k=k, kind=kind, doc=doc).results
            results = [h.to_dict() for h in hits]
        except BadInput:
            results = []  # an empty query in a batch has no results; the batch goes on
        typer.echo(json.dumps({"id": item.get("id"), "results": results}, ensure_ascii=False))
