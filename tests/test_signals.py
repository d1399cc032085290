"""SIGTERM and SIGHUP end a build as ^C does: the running tool is killed
with its process group, temporaries are removed, exit status 128+N."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from helpers import SAMPLES, fresh_cache


def alive(pid: int) -> bool:
    """Running, not a zombie nobody has reaped yet (a container's init may
    not reap the orphans it inherits)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_signal_kills_the_tool_and_removes_temporaries(tmp_path, signum):
    pids = tmp_path / "pids"
    slow_cc = tmp_path / "slow-cc"
    slow_cc.write_text(f"#!/bin/sh\necho $$ >> {pids}\nsleep 60\n")
    slow_cc.chmod(0o755)
    scratch, out = tmp_path / "scratch", tmp_path / "out"
    scratch.mkdir()
    out.mkdir()
    env = dict(os.environ, CC=str(slow_cc), TMPDIR=str(scratch),
               ASMSURGEON_CACHE_DIR=fresh_cache(tmp_path / "cache"))
    proc = subprocess.Popen([sys.executable, "-m", "asmsurgeon", "build", SAMPLES / "numba_six.asm",
                             "--no-cache", "-o", out / "six"], env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (pids.exists() and pids.read_text().strip()) and time.monotonic() < deadline:
        time.sleep(0.05)
    tool = int(pids.read_text().split()[0])
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 128 + signum, err.decode()
    assert b"Traceback" not in err
    assert not alive(tool), (pids.read_text(), open(f"/proc/{tool}/status").read()[:400])
    assert list(scratch.iterdir()) == [] and list(out.iterdir()) == []
