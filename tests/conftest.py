"""Fixtures and session set-up; the helpers tests import live in helpers.py.

The suite never touches the user's caches, nor Numba's: every test process
(each pytest-xdist worker, and every subprocess it starts, through the
environment) uses a cache directory of its own, removed at the end."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from helpers import CSRC, GCC_FLAGS

_CACHE = tempfile.mkdtemp(prefix="asmsurgeon-test-cache-")
os.environ["ASMSURGEON_CACHE_DIR"] = _CACHE
# Numba's own cache too: `cache=True` functions of numba.tests (the parfors
# cache use cases) would write next to numba's sources.
os.environ["NUMBA_CACHE_DIR"] = os.path.join(_CACHE, "numba")


def pytest_unconfigure(config):
    shutil.rmtree(_CACHE, ignore_errors=True)


@pytest.fixture
def env(tmp_path) -> dict:
    """The environment for a CLI run with a cache directory of its own (the
    runtime and builds missing, so they are made by the tools under test;
    compiler facts copied), and the build cache enabled."""
    from helpers import fresh_cache

    env = {**os.environ, "ASMSURGEON_CACHE_DIR": fresh_cache(tmp_path / "cache")}
    env.pop("ASMSURGEON_NO_CACHE", None)
    return env


@pytest.fixture(scope="session")
def gcc_outputs(tmp_path_factory) -> list[Path]:
    """GCC's assembly for every C file in tests/csrc at -O0, -O2 and
    -O2 -g -fPIC, compiled now with the machine's cc."""
    out_dir = tmp_path_factory.mktemp("gcc")
    outs = []
    cc = os.environ.get("CC", "cc").split()
    for src in sorted(CSRC.glob("*.c")):
        for tag, flags in GCC_FLAGS.items():
            out = out_dir / f"{src.stem}_{tag}.s"
            subprocess.run([*cc, "-S", *flags, "-o", str(out), str(src)], check=True)
            outs.append(out)
    return outs


# One fixed, database-less hypothesis profile: CI runs the same examples
# every time, and a failure reproduces from the seed alone.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "asmsurgeon", derandomize=True, database=None, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
settings.load_profile("asmsurgeon")
