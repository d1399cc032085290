"""Numba's static exceptions, read without running them.

Numba pickles `(exception class, args, location)` for every `raise` it can
see at compile time and stores the bytes in a `.const.pickledata.*`
constant. Unpickling would import and execute whatever the pickle names, so
this module walks the opcodes with `pickletools` and evaluates only the
handful that build strings, numbers, tuples and global *references*: the
class is known by its module and name, never imported.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GlobalRef:
    module: str
    name: str

    @property
    def display(self) -> str:
        """The name Python's traceback gives a class defined here."""
        return self.name if self.module in ("builtins", "__main__", "exceptions") else f"{self.module}.{self.name}"


class Opaque:
    """A value the walker does not model (an object built by REDUCE, ...)."""

    def __repr__(self) -> str:
        return "<?>"


_MARK = object()
_STRINGS = {"SHORT_BINUNICODE", "BINUNICODE", "BINUNICODE8", "UNICODE", "SHORT_BINSTRING",
            "BINSTRING", "STRING", "SHORT_BINBYTES", "BINBYTES", "BINBYTES8"}
_NUMBERS = {"BININT", "BININT1", "BININT2", "INT", "LONG", "LONG1", "LONG4", "BINFLOAT", "FLOAT"}
_CONSTANTS = {"NONE": None, "NEWTRUE": True, "NEWFALSE": False, "EMPTY_TUPLE": ()}
_TUPLES = {"TUPLE1": 1, "TUPLE2": 2, "TUPLE3": 3}
_IGNORED = {"PROTO", "FRAME", "STOP"}


def read_pickle(data: bytes):
    """The value a pickle would build, as far as plain data goes; objects
    the walker cannot model become Opaque. Raises ValueError on a pickle
    pickletools cannot read."""
    stack: list = []
    memo: dict = {}
    import pickletools  # here, not at the top: a build without errors to decode never needs it

    for op, arg, _ in pickletools.genops(data):
        name = op.name
        if name in _IGNORED:
            continue
        if name in _STRINGS or name in _NUMBERS:
            stack.append(arg.decode("utf-8", "replace") if isinstance(arg, bytes) and "UNICODE" in name else arg)
        elif name in _CONSTANTS:
            stack.append(_CONSTANTS[name])
        elif name in _TUPLES:
            n = _TUPLES[name]
            items = stack[len(stack) - n:]
            del stack[len(stack) - n:]
            stack.append(tuple(items))
        elif name == "MARK":
            stack.append(_MARK)
        elif name in ("TUPLE", "LIST"):
            k = len(stack) - 1 - stack[::-1].index(_MARK)
            items = stack[k + 1:]
            del stack[k:]
            stack.append(tuple(items))
        elif name == "EMPTY_LIST":
            stack.append(())
        elif name == "MEMOIZE":
            memo[len(memo)] = stack[-1]
        elif name in ("PUT", "BINPUT", "LONG_BINPUT"):
            memo[arg] = stack[-1]
        elif name in ("GET", "BINGET", "LONG_BINGET"):
            stack.append(memo.get(arg, Opaque()))
        elif name == "STACK_GLOBAL":
            mod, qual = stack.pop(-2), stack.pop()
            stack.append(GlobalRef(str(mod), str(qual)))
        elif name == "GLOBAL":
            mod, _, qual = arg.partition(" ")
            stack.append(GlobalRef(mod, qual))
        elif name in ("REDUCE", "NEWOBJ"):
            del stack[-2:]
            stack.append(Opaque())
        elif name in ("BUILD", "APPEND"):
            stack.pop()
        elif name == "SETITEM":
            del stack[-2:]
        elif name in ("SETITEMS", "APPENDS", "ADDITEMS"):
            k = len(stack) - 1 - stack[::-1].index(_MARK)
            del stack[k:]
        elif name in ("EMPTY_DICT", "EMPTY_SET"):
            stack.append(Opaque())
        elif name == "NEWOBJ_EX":
            del stack[-3:]
            stack.append(Opaque())
        elif name == "POP":
            stack.pop()
        else:
            raise ValueError(f"unsupported pickle opcode {name}")
    if len(stack) != 1:
        raise ValueError("pickle does not leave one value")
    return stack[0]


def first_class(data: bytes) -> GlobalRef | None:
    """The first global a pickle names, read even from a pickle the walker
    cannot fully evaluate: Numba's exception pickles name the class first."""
    strings: list[str] = []
    try:
        import pickletools

        for op, arg, _ in pickletools.genops(data):
            if op.name in _STRINGS and isinstance(arg, str):
                strings.append(arg)
            elif op.name == "STACK_GLOBAL" and len(strings) >= 2:
                return GlobalRef(strings[-2], strings[-1])
            elif op.name == "GLOBAL":
                mod, _, qual = arg.partition(" ")
                return GlobalRef(mod, qual)
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class ExceptionText:
    """What the front end, which can run the user's exception classes,
    found a pickled exception prints: `text` is the line (a template, with
    slots, for a dynamic exception) and `why` is non-empty when that is
    only the class name because the run-time values could not be placed
    (the class computes with them)."""

    text: str
    why: str = ""


def pickle_key(data: bytes) -> str:
    """How the front end and the passes name one pickled exception: its
    SHA-1, as Numba names the constant (`.const.pickledata.<sha1>`)."""
    import hashlib

    return hashlib.sha1(data).hexdigest()


# A bare `raise` (Numba pickles None for the class) re-raises the exception
# being handled; outside Python there never is one, and Numba then says:
RERAISE = "RuntimeError: No active exception to reraise"

# In a dynamic exception's template, where the runtime puts the next
# run-time value: its repr, or its str (a lone argument).
REPR_SLOT, STR_SLOT = "\x01", "\x02"


def _as_text(value) -> str:
    if isinstance(value, Opaque):
        return STR_SLOT
    return value if isinstance(value, str) else repr(value)


def _as_repr(value) -> str:
    return REPR_SLOT if isinstance(value, Opaque) else repr(value)


def describe(data: bytes) -> str | None:
    """`"ZeroDivisionError: integer division by zero"` for the pickle of
    Numba's `(class, args, location)` triple; None if it is something else.
    The message is what `str(exc)` would print: empty args give the bare
    class name, one argument its text, several the tuple. A dynamic
    exception's run-time values (Numba pickles a placeholder object for
    each) become REPR_SLOT or STR_SLOT for the runtime to fill in."""
    try:
        value = read_pickle(data)
    except (ValueError, IndexError, TypeError, KeyError):
        return None
    if isinstance(value, tuple) and len(value) == 3 and value[0] is None:
        return RERAISE
    if not isinstance(value, tuple) or not value or not isinstance(value[0], GlobalRef):
        return None
    cls = value[0].display
    args = value[1] if len(value) > 1 and isinstance(value[1], tuple) else ()
    if not args:
        return cls
    if len(args) == 1:  # KeyError's str() is its key's repr
        message = _as_repr(args[0]) if cls == "KeyError" else _as_text(args[0])
    else:
        message = "(" + ", ".join(map(_as_repr, args)) + ")"
    return f"{cls}: {message}" if message else cls


_SIMPLE_ESCAPES = {"n": 10, "t": 9, "r": 13, "b": 8, "f": 12, "v": 11, "a": 7, "\\": 92, '"': 34}


def gas_string_bytes(literal: str) -> bytes:
    """The bytes a GNU as string literal (`"\\200\\004..."`, quotes
    included) stands for."""
    body = literal[1:-1] if literal.startswith('"') else literal
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\" or i + 1 == len(body):
            out.extend(c.encode("utf-8", "surrogateescape"))
            i += 1
            continue
        nxt = body[i + 1]
        if nxt in "01234567":
            j = i + 1
            while j < len(body) and j < i + 4 and body[j] in "01234567":
                j += 1
            out.append(int(body[i + 1:j], 8) & 0xFF)
            i = j
        elif nxt in "xX":
            j = i + 2
            while j < len(body) and body[j] in "0123456789abcdefABCDEF":
                j += 1
            out.append(int(body[i + 2:j] or "0", 16) & 0xFF)
            i = j
        else:
            out.append(_SIMPLE_ESCAPES.get(nxt, ord(nxt)))
            i += 2
    return bytes(out)


def gas_string_literal(data: bytes) -> str:
    """A quoted GNU as string for `data`: printable ASCII as is, the rest
    as three-digit octal escapes (which never swallow a following digit)."""
    out = []
    for b in data:
        if b in (34, 92):
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append(f"\\{b:03o}")
    return '"' + "".join(out) + '"'
