"""``kmportal backup`` and ``kmportal restore``: one archive file with the
database (an online, consistent copy), the uploaded and evidence files and a
manifest; restored only into an empty data directory, with the index rebuilt."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kmportal.cli import app, fail, settings_of
from kmportal.db.backup import Manifest, backup, human_size
from kmportal.errors import KmportalError
from kmportal.messages import bilingual, msg


def _counts(manifest: Manifest) -> dict[str, int]:
    c = manifest.counts
    return {
        "documents": c.get("document", 0),
        "chunks": c.get("chunk", 0),
        "plans": c.get("plan", 0),
        "users": c.get("auth_user", 0),
        "files": len(manifest.files),
    }


@app.command("backup")
def backup_command(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", help="The archive to write (must not exist).")],
) -> None:
    """Back up the database and the uploaded files into one archive, while the portal runs."""
    try:
        report = backup(settings_of(ctx), out)
    except KmportalError as exc:
        raise fail(exc) from exc
    typer.echo(
        bilingual(
            msg(
                "backup.done",
                path=str(report.path),
                size=human_size(report.size),
                **_counts(report.manifest),
            )
        )
    )


@app.command("restore")
def restore_command(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="An archive made by kmportal backup.")],
) -> None:
    """Restore a backup into an empty data directory and rebuild the index."""
    from sqlmodel import Session, select

    from kmportal.db.restore import restore
    from kmportal.docstore.models import Document
    from kmportal.index import store
    from kmportal.index.embed import embedder_name

    settings = settings_of(ctx)
    try:
        report = restore(settings, file)
        try:
            # Rebuilt from the vectors as they were made: restoring is no time to
            # change models (the search then asks for reindex --reembed if the
            # settings name another).
            with Session(report.engine) as session:
                used = set(session.exec(select(Document.embedded_with).distinct()))
            built = store.build(
                report.engine,
                settings.index_dir,
                embedder=used.pop() if len(used) == 1 else embedder_name(settings),
                dim=store.stored_dim(report.engine),
            )
        finally:
            report.engine.dispose()
    except KmportalError as exc:
        raise fail(exc) from exc
    typer.echo(
        bilingual(
            msg(
                "backup.restored",
                data_dir=str(settings.data_dir),
                indexed=built.chunk_count,
                **_counts(report.manifest),
            )
        )
    )
