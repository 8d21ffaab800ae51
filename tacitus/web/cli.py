"""`tacitus serve`: the web explorer over a store, read-only."""
from __future__ import annotations

import click

from tacitus.cli_types import config_options


@click.command()
@config_options
@click.option("--db", "db_path", default="tacitus.db", show_default=True, help="The store to explore.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; the default keeps the explorer on this machine.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def serve(db_path, host, port):
    """Browse a store: timeline, actors, quotes, and each article with its evidence."""
    from tacitus import config
    from tacitus.cli import fail
    from tacitus.errors import TacitusError
    from tacitus.extras import require

    try:
        require("web", "tacitus serve")
        from tacitus.web.app import create_app

        app = create_app(db_path, config=config.active())
    except TacitusError as exc:
        fail(str(exc))
    problem = port_problem(host, port)
    if problem:
        fail(f"cannot serve on {host}:{port}: {problem}")
    import uvicorn

    click.echo(f"Tacitus explorer on http://{host}:{port}/ (store {db_path}, read-only); Ctrl-C stops it")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    except OSError as exc:  # e.g. the port is taken
        fail(f"cannot serve on {host}:{port}: {exc.strerror or exc}")


def port_problem(host: str, port: int) -> str | None:
    """Why the explorer could not listen on host:port ("port 8000 is in use"), tried before
    anything is printed; None when it can. Binds as uvicorn does (SO_REUSEADDR)."""
    import errno
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        return f"unknown host ({exc.strerror or exc})"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return f"port {port} is in use (another server?); choose another with --port"
            return exc.strerror or str(exc)
    return None


COMMANDS = [serve]
