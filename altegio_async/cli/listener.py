"""A listening socket for the command line's servers (the mock, the webhook receiver)."""

from __future__ import annotations

import socket

import typer
from rich.console import Console

from .terminal import say

__all__ = ["bind_listener"]


def bind_listener(host: str, port: int, err: Console) -> socket.socket:
    """A socket bound to ``host:port`` (port 0: any free one) for a server to serve on.

    A port that cannot be bound is a one-line error and exit code 2.
    """
    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host, port))
    except OSError as exc:
        listener.close()
        say(err, "error", f"cannot listen on {host}:{port} ({exc.strerror or exc})")
        raise typer.Exit(2) from None
    return listener
