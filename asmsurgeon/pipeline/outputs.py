"""What `build` can write, and with which permissions: shared by the
pipeline and the command line (whose cached-build path imports this and
nothing heavier)."""

KINDS = ("exe", "shared", "static", "object")


def output_mode(kind: str) -> int:
    """The permissions an output gets before the umask: programs and
    shared libraries are executable."""
    return 0o777 if kind in ("exe", "shared") else 0o666
