"""Generation folders of an index directory: the ``CURRENT`` pointer, holds
that keep a folder in use, publishing, pruning.

A generation is deleted only when nobody uses it. Every process that reads one
(a portal loading or checking it) or writes one (a build, and the generation
it links from) holds a shared ``flock`` on its folder meanwhile; publishing
prunes an old folder only if it can lock it exclusively, and renames it out of
the ``gen-*`` names before deleting, so a reader that waited for the lock finds
the folder gone, not half-deleted, and reads the pointer again.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import weakref
from pathlib import Path

log = logging.getLogger(__name__)

POINTER = "CURRENT"
# Generations kept besides the current one: a portal may still be loading the
# previous one when the next is published.
KEEP_PREVIOUS = 2
RETIRED = ".retired-"  # a pruned generation being deleted: no longer a gen-* name
# Times a reader reads the pointer again when the generation it named was pruned.
HOLD_ATTEMPTS = 5


class Hold:
    """A shared lock on a generation folder: while any process has one, the
    folder is not pruned. Released by :meth:`release` or when the holder is
    garbage (a search snapshot replaced by a newer one)."""

    def __init__(self, folder: Path, fd: int) -> None:
        self.folder = folder
        self._close = weakref.finalize(self, os.close, fd)

    @classmethod
    def take(cls, folder: Path) -> Hold | None:
        """The hold on ``folder``; None when it was pruned (or is being)."""
        try:
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            return None
        try:
            # Waits only while a pruner holds it exclusively: for one rename.
            fcntl.flock(fd, fcntl.LOCK_SH)
            # The pruner renamed it away meanwhile: the path is no longer this folder.
            if os.stat(folder).st_ino != os.fstat(fd).st_ino:
                raise FileNotFoundError(folder)
        except OSError:
            os.close(fd)
            return None
        return cls(folder, fd)

    def release(self) -> None:
        self._close()


def hold_current(index_dir: Path) -> Hold | None:
    """A hold on the generation the pointer names; None while none is published.
    A generation pruned between reading the pointer and locking it means a newer
    one was published: the pointer is read again."""
    for _ in range(HOLD_ATTEMPTS):
        folder = current_folder(index_dir)
        if folder is None:
            return None
        hold = Hold.take(folder)
        if hold is not None:
            return hold
    return None


def current_folder(index_dir: Path) -> Path | None:
    pointer = index_dir / POINTER
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    folder = index_dir / name
    return folder if name and folder.is_dir() else None


def publish(index_dir: Path, name: str) -> None:
    tmp = index_dir / f"{POINTER}.tmp"
    tmp.write_text(name, encoding="utf-8")
    os.replace(tmp, index_dir / POINTER)
    # Names sort by time; keep the newest few besides the one just published,
    # and any older one still in use.
    older = sorted((p for p in index_dir.glob("gen-*") if p.name < name), reverse=True)
    for old in older[KEEP_PREVIOUS:]:
        prune(old)
    for leftover in index_dir.glob(f"{RETIRED}*"):  # a pruner killed while deleting
        shutil.rmtree(leftover, ignore_errors=True)


def prune(folder: Path) -> bool:
    """Delete a generation no process holds; whether it was deleted."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.info("kept index generation %s: a reader or builder still uses it", folder.name)
            return False
        retired = folder.with_name(RETIRED + folder.name)
        try:
            os.rename(folder, retired)
        except OSError:
            return False
    finally:
        os.close(fd)
    shutil.rmtree(retired, ignore_errors=True)
    return True
