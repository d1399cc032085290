"""fileio: bytes survive reading and writing, outputs appear atomically,
and concurrent runs writing into one directory never meet."""

from __future__ import annotations

import subprocess
import sys

import pytest
from helpers import SAMPLES

from asmsurgeon.errors import InputError
from asmsurgeon.fileio import atomic_output, decode, encode, write_output

SEED_CFUNC = "cfunc._ZN8__main__7six$241E"


def test_every_byte_value_survives_decode_encode():
    data = bytes(range(256)) * 2 + "é€😀".encode() + b"\xc3\x28\xe2\x82"
    assert encode(decode(data)) == data


def test_temp_files_are_unique_per_writer(tmp_path):
    target = tmp_path / "out.s"
    with atomic_output(str(target)) as a, atomic_output(str(target)) as b:
        assert a != b
        open(a, "w").write("a")
        open(b, "w").write("b")
    assert target.read_text() == "a"  # the outer block finished last
    assert [p.name for p in tmp_path.iterdir()] == ["out.s"]


def test_failed_block_leaves_target_and_no_temp(tmp_path):
    target = tmp_path / "out.s"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_output(str(target)) as tmp:
            open(tmp, "w").write("half")
            raise RuntimeError("boom")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.s"]


def test_write_into_missing_directory_is_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot write"):
        write_output(str(tmp_path / "no" / "out.s"), "x")


def _big_input(tmp_path):
    # Big enough (~2 MB) that two runs are busy at the same time.
    src = tmp_path / "big.s"
    src.write_bytes((SAMPLES / "seed_six_numba049.asm").read_bytes() * 1000)
    return src


def _rename(src, new, out):
    return subprocess.Popen([sys.executable, "-m", "asmsurgeon", "rename", str(src), "--map",
                             f"{SEED_CFUNC}={new}", "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_concurrent_renames_into_one_directory_do_not_interfere(tmp_path):
    src = _big_input(tmp_path)
    data = src.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    for round_ in range(3):
        targets = {name: out / f"{name}.{round_}.s" for name in ("alpha", "beta")}
        procs = {name: _rename(src, name, path) for name, path in targets.items()}
        for p in procs.values():
            _, err = p.communicate()
            assert p.returncode == 0, err
        for name, path in targets.items():
            assert path.read_bytes() == data.replace(SEED_CFUNC.encode(), name.encode())
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.{r}.s" for n in ("alpha", "beta") for r in range(3))


def test_concurrent_renames_into_one_file_leave_one_whole_output(tmp_path):
    src = _big_input(tmp_path)
    data = src.read_bytes()
    target = tmp_path / "same.s"
    procs = [_rename(src, name, target) for name in ("alpha", "beta")]
    for p in procs:
        _, err = p.communicate()
        assert p.returncode == 0, err
    result = target.read_bytes()
    assert result in (data.replace(SEED_CFUNC.encode(), b"alpha"), data.replace(SEED_CFUNC.encode(), b"beta"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.s", "same.s"]
