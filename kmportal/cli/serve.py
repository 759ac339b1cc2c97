"""``kmportal serve``: the portal under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from kmportal.cli import app, settings_of


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[
        str | None, typer.Option("--host", help="Address to listen on (KMPORTAL_HOST).")
    ] = None,
    port: Annotated[
        int | None, typer.Option("--port", help="Port to listen on (KMPORTAL_PORT).")
    ] = None,
) -> None:
    """Start the web portal (search, documents, handbook, API)."""
    import uvicorn

    from kmportal.web.app import create_app
    from kmportal.web.logs import uvicorn_log_config

    settings = settings_of(ctx)
    bind_host = host or settings.host
    bind_port = port if port is not None else settings.port
    typer.echo(f"kmportal: serving {settings.data_dir} on http://{bind_host}:{bind_port}")
    uvicorn.run(
        create_app(settings),
        host=bind_host,
        port=bind_port,
        log_config=uvicorn_log_config("info"),
        # One JSON line per request comes from the app itself (web/observe.py).
        access_log=False,
        # The app reads X-Forwarded-* itself, from KMPORTAL_TRUSTED_PROXIES only.
        proxy_headers=False,
    )
