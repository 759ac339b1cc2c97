"""Commands over the document corpus: ingest, remove, search, docs, reindex."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kmportal.cli import app, settings_of
from kmportal.cli.checks import preflight
from kmportal.cli.jsonl import bad_line, read_objects
from kmportal.docstore.models import DocKind
from kmportal.errors import BadInput, KmportalError
from kmportal.messages import msg

if TYPE_CHECKING:
    from kmportal.search.service import SearchService

err = typer.echo


def _fail(exc: KmportalError) -> typer.Exit:
    err(f"error: {exc.message}", err=True)
    return typer.Exit(exc.exit_code)


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[object]:
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        transient=True,
    ) as bar:
        yield bar


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (recursive).")],
    kind: Annotated[
        DocKind | None, typer.Option("--kind", help="Override the inferred document kind.")
    ] = None,
) -> None:
    """Ingest .txt, .md, .pdf and .docx files; unchanged files are skipped."""
    from kmportal.ingest.pipeline import ingest_paths

    settings = settings_of(ctx)
    try:
        preflight(settings, inputs=paths)
    except KmportalError as exc:
        raise _fail(exc) from exc
    with _progress_bar(sys.stderr.isatty()) as bar:
        task = None

        def progress(event: str, detail: object) -> None:
            nonlocal task
            if bar is None:
                return
            if event == "file":
                task = bar.add_task(f"{detail}", total=None)  # type: ignore[attr-defined]
            elif event == "chunks" and task is not None:
                bar.advance(task, int(detail))  # type: ignore[attr-defined, call-overload]

        try:
            report = ingest_paths(settings, paths, kind=kind, progress=progress)
        except KmportalError as exc:
            raise _fail(exc) from exc
    for _path, reason in report.skipped:
        err(f"skipped: {reason}", err=True)
    err(
        f"added {len(report.added)}, updated {len(report.updated)}, "
        f"unchanged {len(report.unchanged)}, "
        f"skipped {len(report.skipped)}; {report.chunks} chunks embedded in {report.seconds:.1f} s"
    )
    if report.skipped and not (report.added or report.updated or report.unchanged):
        raise typer.Exit(1)


@app.command()
def remove(
    ctx: typer.Context, doc: Annotated[str, typer.Argument(help="Document id (file stem).")]
) -> None:
    """Delete one document and its chunks from every index."""
    from kmportal.ingest.pipeline import remove_document

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
) -> None:
    """Rebuild the index files from the database; --reembed also recomputes vectors."""
    from kmportal.db import prepare_database
    from kmportal.index import store
    from kmportal.index.embed import embedder_name
    from kmportal.ingest.pipeline import reembed_all

    settings = settings_of(ctx)
    try:
        preflight(settings)
        if reembed:
            n = reembed_all(settings)
            err(f"re-embedded {n} chunks and rebuilt the index")
            return
        engine = prepare_database(settings)
        m = store.build(
            engine,
            settings.index_dir,
            embedder=embedder_name(settings),
            dim=store.stored_dim(engine),
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
