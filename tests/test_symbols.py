"""`asmsurgeon symbols` on assembly and on ELF files: the table, the JSON
schema and the filters."""

from __future__ import annotations

import json

from elfbuild import ar, assemble_text, sample_object, stripped_source
from helpers import SAMPLES, run_cli

SYMBOL_KEYS = {"name", "readable", "role", "binding", "type", "defined", "section", "size", "member"}
FUNCTION_KEYS = {"symbol", "c_name", "readable", "args", "ret", "signature", "references"}


def symbols_json(*args) -> dict:
    r = run_cli("symbols", *args, "--json")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_json_schema_on_assembly():
    doc = symbols_json(SAMPLES / "numba_arange_sum.asm")
    assert doc["schema"] == "asmsurgeon.symbols/1"
    (f,) = doc["files"]
    assert set(f) == {"path", "kind", "symbols", "functions", "isa"} and f["kind"] == "assembly"
    assert all(set(s) == SYMBOL_KEYS for s in f["symbols"])
    by_name = {s["name"]: s for s in f["symbols"]}
    core = next(s for s in f["symbols"] if s["role"] == "numba-core")
    assert core["readable"] == "__main__.arange_sum(int64)" and core["defined"] and core["section"] == ".ltext"
    assert by_name["NRT_MemInfo_alloc_aligned"]["role"] == "numba-runtime"
    assert by_name["numba_unpickle"]["role"] == "numba-helper" and not by_name["numba_unpickle"]["defined"]
    assert by_name["PyArg_UnpackTuple"]["role"] == "python-api"
    assert by_name[".const.arange_sum"] | {"size": 11} == by_name[".const.arange_sum"]
    (fn,) = f["functions"]
    assert set(fn) == FUNCTION_KEYS
    assert (fn["c_name"], fn["signature"], fn["args"], fn["ret"]) == ("arange_sum", "int64(int64)", ["int64"], "int64")
    assert fn["references"]["runtime"] == ["NRT_MemInfo_alloc_aligned", "NRT_decref"]


def test_overloads_get_typed_c_names():
    (f,) = symbols_json(SAMPLES / "numba_add.asm")["files"]
    assert {(fn["c_name"], fn["signature"]) for fn in f["functions"]} == {
        ("add_int64_int64", "int64(int64, int64)"), ("add_float64_float64", "float64(float64, float64)")}


def test_table_is_aligned():
    r = run_cli("symbols", SAMPLES / "numba_six.asm")
    assert r.returncode == 0
    lines = r.stdout.decode().splitlines()
    table = lines[:lines.index("")]
    head = table[0]
    assert head.split() == ["ROLE", "BIND", "DEF", "SECTION", "SIZE", "NAME", "SYMBOL"]
    col = head.index("NAME")
    for row in table[1:]:
        assert row[col - 2:col] == "  " and row[col] != " "
    assert any(row.startswith("numba-core ") and "__main__.six()" in row for row in table)
    assert any(row.startswith("python-api ") and row.rstrip().endswith("PyArg_UnpackTuple") for row in table)
    assert lines[lines.index("Numba functions:") + 1].split() == ["C", "NAME", "SIGNATURE", "REFERENCES"]
    assert lines[lines.index("Numba functions:") + 2].split()[:2] == ["six", "int64()"]


def test_filters():
    doc = symbols_json(SAMPLES / "numba_floordiv.asm", "--undefined", "--role", "numba-helper")
    names = {s["name"] for s in doc["files"][0]["symbols"]}
    assert names == {"numba_do_raise", "numba_unpickle", "numba_gil_ensure", "numba_gil_release",
                     "numba_runtime_build_excinfo_struct"}
    doc = symbols_json(SAMPLES / "numba_floordiv.asm", "--defined")
    assert all(s["defined"] for s in doc["files"][0]["symbols"])
    r = run_cli("symbols", SAMPLES / "numba_six.asm", "--role", "nonsense")
    assert r.returncode == 2 and b"unknown role 'nonsense'" in r.stderr


def test_elf_object_archive_and_stdin(tmp_path):
    obj = sample_object(tmp_path, "numba_divmod.asm")
    (f,) = symbols_json(obj)["files"]
    assert f["kind"] == "relocatable"
    core = next(s for s in f["symbols"] if s["role"] == "numba-core")
    assert core["size"] > 0 and core["type"] == "func"
    (fn,) = f["functions"]
    assert (fn["c_name"], fn["args"], fn["ret"]) == ("divmod_", ["int64", "int64"], None)  # no code to read
    stripped = assemble_text(tmp_path, "fact", stripped_source("numba_fact.asm"))
    a = ar(tmp_path / "liba.a", obj, stripped)
    (f,) = symbols_json(a)["files"]
    assert f["kind"] == "archive"
    assert {s["member"] for s in f["symbols"]} == {"numba_divmod.o", "fact.o"}
    fact = next(s for s in f["symbols"] if s["name"] == "fact")
    assert fact["role"] == "global" and fact["binding"] == "global"
    r = run_cli("symbols", a)
    assert r.stdout.decode().splitlines()[0].split()[5] == "MEMBER"
    r = run_cli("symbols", "-", "--json", input=obj.read_bytes())  # ELF by magic, even on stdin
    assert json.loads(r.stdout)["files"][0]["path"] == "<stdin>"


def test_several_files_get_headers(tmp_path):
    r = run_cli("symbols", SAMPLES / "numba_six.asm", SAMPLES / "seed_six_numba049.asm")
    out = r.stdout.decode()
    assert f"{SAMPLES / 'numba_six.asm'} (assembly):" in out and f"{SAMPLES / 'seed_six_numba049.asm'} (assembly):" in out
    assert "__main__.six()" in out
