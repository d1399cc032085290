"""What each exception Numba pickled prints, computed with the real class.

A class with its own `__init__` or `__str__` prints what its code makes of
the arguments, which no reading of the pickle can tell. The front end has
just compiled the function with the user's module imported, so it unpickles
the exceptions in that very assembly (data this process produced, not
input) and asks the class: `str(cls(*args))`, named as Python's traceback
names it. Run-time values are stood for by slots whose str() and repr()
give markers; when the markers come out whole and in order, the line
becomes the runtime's template (see numba_abi.excinfo, runtime print.c
`asmsurgeon_exception_text`); when the class computes with the value
instead, the line is the class name alone and the build says so, rather
than print something Python would not.
"""

from __future__ import annotations

import re
from typing import Any

from ..asm.parser import parse
from ..numba_abi.excinfo import REPR_SLOT, RERAISE, STR_SLOT, ExceptionText, GlobalRef, pickle_key
from ..passes.exceptions import PICKLEDATA, pickled_exceptions

_STR, _REPR, _END = "\ue000", "\ue001", "\ue002"  # private-use: repr() escapes them
_MARKER = re.compile(f"([{_STR}{_REPR}])([0-9]+){_END}")


class _Slot(str):
    """A run-time value, as the class sees it at build time: a string (a
    `__str__` may return its argument, as numpy's AxisError does) whose
    str() and repr() are markers. Arithmetic fails or repeats the marker,
    a format spec fails: either way the line falls back to the class name."""

    def __new__(cls, k: int):
        self = super().__new__(cls, f"{_STR}{k}{_END}")
        self.k = k
        return self

    def __repr__(self) -> str:
        return f"{_REPR}{self.k}{_END}"

    def __format__(self, spec: str) -> str:
        if spec:  # f"{x:.3f}" computes with the value
            raise TypeError("a run-time value cannot be formatted at build time")
        return str(self)


def class_name(cls: type) -> str:
    """The name Python's traceback gives the class."""
    module = getattr(cls, "__module__", None)
    return GlobalRef(module if isinstance(module, str) else "<unknown>",
                     getattr(cls, "__qualname__", cls.__name__)).display


def final_line(exc: BaseException, text: str) -> str:
    """The last line of the traceback Python prints for `exc`, whose str() is `text`."""
    return f"{class_name(type(exc))}: {text}" if text else class_name(type(exc))


def _static(cls: type, args: tuple) -> ExceptionText:
    try:
        exc = cls(*args)
    except Exception as e:  # Numba's raise then fails the same way
        exc = e
    try:
        text = str(exc)
    except Exception:
        text = "<exception str() failed>"
    return ExceptionText(final_line(exc, text))


def _dynamic(cls: type, args: tuple) -> ExceptionText:
    fallback = ExceptionText(class_name(cls), f"{class_name(cls)}: the message is computed from run-time "
                             "values; a raise prints the class name only")
    try:
        exc = cls(*args)
        line = final_line(exc, str(exc))
    except Exception:  # it computes with a value: only the real one will do
        return fallback
    order: list[int] = []

    def slot(m: re.Match) -> str:
        order.append(int(m.group(2)))
        return STR_SLOT if m.group(1) == _STR else REPR_SLOT

    if REPR_SLOT in line or STR_SLOT in line or "\0" in line:
        return fallback
    text = _MARKER.sub(slot, line)
    if order != list(range(len(order))) or any(c in text for c in (_STR, _REPR, _END)):
        return fallback
    return ExceptionText(text)


def describe(data: bytes) -> ExceptionText | None:
    """The line for one pickle of Numba's `(class, args, location)`; None
    for any other pickle (print's constants)."""
    from llvmlite import ir
    from numba.core import serialize

    try:
        value: Any = serialize.loads(data)
    except Exception:
        return None
    if isinstance(value, tuple) and len(value) == 3 and value[0] is None:
        return ExceptionText(RERAISE)
    if not (isinstance(value, tuple) and len(value) == 3 and isinstance(value[0], type)
            and issubclass(value[0], BaseException) and isinstance(value[1], tuple)):
        return None
    cls, args = value[0], value[1]
    slots = iter(range(len(args)))
    if not any(isinstance(a, ir.Value) for a in args):
        return _static(cls, args)
    return _dynamic(cls, tuple(_Slot(next(slots)) if isinstance(a, ir.Value) else a for a in args))


def exception_texts(asm: str) -> dict[str, ExceptionText]:
    """pickle_key -> line, for each exception pickled in `asm`."""
    if PICKLEDATA not in asm:
        return {}
    out = {}
    for data in pickled_exceptions(parse(asm, "<numba>")):
        found = describe(data)
        if found is not None:
            out[pickle_key(data)] = found
    return out
