"""The per-user cache directory every cache of asmsurgeon lives in
(toolcache's facts, the compiled runtime, builds), and the one way files
are written there. A module of its own, importing only `os`, so a cached
build (buildcache) reaches it cheaply.

What is read from the cache can end up in the user's programs, so the
directory is trusted only when it is the user's own: owned by them and
writable by nobody else (it is created 0700). Any other directory is
never used: `trusted_dir` gives None, with one warning for the CLI to
show (`warnings`), and every cache then behaves as if there were none.
"""

from __future__ import annotations

import os

# Warnings for the user, said once per process; cli.main shows them.
warnings: list[str] = []
_verdicts: dict[str, str | None] = {}


def cache_dir() -> str:
    """$ASMSURGEON_CACHE_DIR, else $XDG_CACHE_HOME/asmsurgeon, else
    ~/.cache/asmsurgeon."""
    explicit = os.environ.get("ASMSURGEON_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "asmsurgeon")


def trusted_dir() -> str | None:
    """The cache directory if it may be used (created, 0700, when missing);
    None when it belongs to someone else or others may write to it."""
    path = cache_dir()
    if path in _verdicts:
        return _verdicts[path]
    verdict: str | None = path
    try:
        os.makedirs(path, mode=0o700, exist_ok=True)
        st = os.stat(path)
        if st.st_uid != os.geteuid():
            why = "it belongs to another user"
        elif st.st_mode & 0o022:
            why = "others may write to it"
        else:
            why = None
    except OSError:
        why = None  # unusable; writes fail and are no error (see write_cache_file)
    if why is not None:
        verdict = None
        warnings.append(f"warning: not using the cache directory {path}: {why} "
                        "(building without a cache; set ASMSURGEON_CACHE_DIR to a directory of your own)")
    _verdicts[path] = verdict
    return verdict


def write_cache_file(path: str, data: bytes) -> bool:
    """Write one file of the per-user cache under a unique temporary name
    and rename it into place, so a concurrent reader sees all of it or
    nothing; False (no error) if it cannot be written."""
    directory = os.path.dirname(path)
    tmp = os.path.join(directory, f".{os.path.basename(path)}.{os.getpid()}.{os.urandom(6).hex()}.tmp")
    try:
        os.makedirs(directory, exist_ok=True)
        with open(tmp, "xb") as f:
            f.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False
