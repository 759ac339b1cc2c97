"""``kmportal serve``: the portal under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from kmportal.cli import app, fail, settings_of
from kmportal.errors import KmportalError


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
    from kmportal.web.slow_clients import protocol

    settings = settings_of(ctx)
    bind_host = host or settings.host
    bind_port = port if port is not None else settings.port
    try:
        # The database is checked and its schema brought up to date here,
        # before listening: a wrong URL is one line and a non-zero exit.
        portal = create_app(settings)
    except KmportalError as exc:
        raise fail(exc) from exc
    typer.echo(f"kmportal: serving {settings.data_dir} on http://{bind_host}:{bind_port}")
    uvicorn.run(
        portal,
        host=bind_host,
        port=bind_port,
        log_config=uvicorn_log_config("info"),
        # One JSON line per request comes from the app itself (web/observe.py).
        access_log=False,
        # The app reads X-Forwarded-* itself, from KMPORTAL_TRUSTED_PROXIES only.
        proxy_headers=False,
        # Clients that trickle their headers or stall in their body are cut off.
        http=protocol(header_timeout=settings.header_timeout, body_timeout=settings.body_timeout),
        # uvicorn's own 5 s equals httpx's and is below nginx's upstream 60 s:
        # a request sent as the server closes the idle connection is reset.
        timeout_keep_alive=settings.keepalive_timeout,
    )
