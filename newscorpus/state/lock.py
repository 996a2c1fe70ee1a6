"""One user of a crawl state at a time: an exclusive lock on ``<state_dir>/lock``."""

from __future__ import annotations

import fcntl
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

LOCK_FILE = "lock"


class StateInUse(OSError):
    """Another crawl (or ``newscorpus dedup --state``) has the state open."""


class StateLock:
    """An exclusive, non-blocking ``flock`` on ``<state_dir>/<name>`` (``lock``), held until
    :meth:`release` or the process ends (a killed process leaves no stale lock). The file
    holds the pid of its holder, for the error message."""

    def __init__(self, state_dir: Path, name: str = LOCK_FILE) -> None:
        self.path = state_dir / name
        self._fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(self._fd, 32, 0).decode("ascii", "replace").strip() or "?"
            self.release()
            raise StateInUse(
                f"crawl state {state_dir} is in use by another crawl or newscorpus dedup "
                f"(pid {holder}); wait for it to finish, or use another NEWSCORPUS_STATE_DIR"
            ) from None
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, f"{os.getpid()}\n".encode("ascii"), 0)

    def release(self) -> None:
        """Give the lock up (closing the file releases the flock)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
