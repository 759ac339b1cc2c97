"""A real second process for tests about what other processes hold (an index
generation, the index lock): it runs a few lines of Python, prints one line
when it holds what it took, and keeps it until it is killed with SIGKILL — as
a crash would end it, so nothing is released politely."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator


@contextlib.contextmanager
def holding(code: str, *args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """The child running ``code`` (with ``sys`` imported and ``args`` as
    ``sys.argv[1:]``) and the line it printed; killed when the block ends."""
    script = f"import sys\n{code}\nsys.stdin.read()\n"
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        yield child, child.stdout.readline().strip()
    finally:
        child.kill()
        child.wait(10)
        for pipe in (child.stdout, child.stdin):
            if pipe is not None:
                pipe.close()
