"""The per-user cache directory every cache of asmsurgeon lives in
(toolcache's facts, the compiled runtime, builds), and the one way files
are written there. A module of its own, importing only `os`, so a cached
build (buildcache) reaches it cheaply."""

from __future__ import annotations

import os


def cache_dir() -> str:
    """$ASMSURGEON_CACHE_DIR, else $XDG_CACHE_HOME/asmsurgeon, else
    ~/.cache/asmsurgeon."""
    explicit = os.environ.get("ASMSURGEON_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "asmsurgeon")


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
