"""asmsurgeon: standalone native programs from Numba's assembly output."""

__version__ = "0.1.0"
