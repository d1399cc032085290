"""The version, in the bottom layer: the CLI and the build cache key read it."""

__version__ = "0.2.0"
