"""An operating-system error said in words: what failed, on which file, and why.

Python shows an `OSError` as `[Errno 28] No space left on device: 'x'`; a
user needs "cannot write x: the disk is full". Every message that reports an
OS error goes through `os_words`, so no bare errno reaches anyone.
"""

from __future__ import annotations

import errno
import os

from .sanitize import visible

REASONS = {
    errno.ENOENT: "no such file or directory",
    errno.EACCES: "permission denied",
    errno.EPERM: "the operation is not permitted",
    errno.EISDIR: "it is a directory",
    errno.ENOTDIR: "a part of the path is not a directory",
    errno.ENOSPC: "the disk is full (no space left on device)",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EROFS: "the file system is read-only",
    errno.ENAMETOOLONG: "the file name or path is too long",
    errno.ELOOP: "too many symbolic links (a link loop?)",
    errno.EMFILE: "too many files are open",
    errno.EIO: "an input/output error (a failing disk or a lost network mount?)",
    errno.EBADF: "the file is not open (a closed standard input or output?)",
    errno.EXDEV: "it would move a file across file systems",
    errno.EEXIST: "it exists already",
    errno.ENXIO: "no such device (a pipe with no writer?)",
    errno.EPIPE: "the reader went away (broken pipe)",
    errno.EFBIG: "the file is too large",
}


def reason(error: OSError) -> str:
    """Why `error` happened, in words, never `[Errno N]`."""
    if error.errno in REASONS:
        return REASONS[error.errno]
    if error.strerror:
        return error.strerror[0].lower() + error.strerror[1:]
    if error.errno:
        return os.strerror(error.errno).lower()
    text = str(error)
    return text if text else type(error).__name__


def os_words(error: OSError, action: str = "") -> str:
    """`cannot write /x/y: the disk is full`: the action (if given), the file(s), the reason."""
    names = [visible(os.fsdecode(name)) for name in (error.filename, error.filename2) if name is not None]
    where = " → ".join(names)
    if not error.errno and not error.strerror and str(error):  # raised with a message of our own: keep it
        return visible(str(error))
    head = " ".join(part for part in (action, where) if part)
    return f"{head}: {reason(error)}" if head else reason(error)
