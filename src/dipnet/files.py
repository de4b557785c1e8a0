"""Files dipnet writes whole: the mode a new file would have been given.

A file is written to a temporary name beside it and renamed onto it when whole; the temporary
file is created mode 0600 (mkstemp), which the rename would carry to the result. The result
gets instead the mode `open()` would have given it: the one of the file it replaces, or
0666 less the umask, as the tables `export all` writes directly have."""

from __future__ import annotations

import os
import stat


def _umask() -> int:
    mask = os.umask(0o022)  # the only portable way to read the umask is to set it and set it back
    os.umask(mask)
    return mask


def mode_for(path: str) -> int:
    """The permission bits a file written at `path` with open(path, "w") would have."""
    try:
        st = os.stat(path)
    except OSError:
        return 0o666 & ~_umask()
    return stat.S_IMODE(st.st_mode) if stat.S_ISREG(st.st_mode) else 0o666 & ~_umask()


def give_mode(fd: int, path: str) -> None:
    """Give the temporary file open as `fd` the mode of a file written at `path`."""
    os.fchmod(fd, mode_for(path))
