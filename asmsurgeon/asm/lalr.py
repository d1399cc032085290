"""Run lark's LALR tables (see tables.py) without lark.

This is lark's contextual lexer and LALR parser loop, cut down to what
`grammars/gas.lark` uses and with its tree builder's rules (inline `_rule`s,
`?rule` single-child expansion, filtered tokens) applied per rule from
precomputed data. It exists because importing lark and building its parser
costs more than a whole `asmsurgeon rename` of a Numba file, and because a
flat loop over plain lists is several times faster per line than lark's
general machinery. Behaviour, error positions and expected-token sets
included, follows lark's, which the tests check against lark itself.

Tokens are (type, start, end) tuples collected in one list per parse,
ignored ones (whitespace, comments) included, so the list covers every
character of the input; the parser's stack holds token indices for
terminals and whatever the rule callbacks return for rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

END = "$END"


class UnexpectedCharacters(Exception):
    """No terminal matches at `pos`."""

    def __init__(self, pos: int):
        super().__init__(f"no terminal matches at {pos}")
        self.pos = pos


class UnexpectedToken(Exception):
    """A token (END at the end of the text) the parser cannot take here."""

    def __init__(self, type_: str, start: int, end: int, expected: set[str]):
        super().__init__(f"unexpected {type_} at {start}")
        self.type = type_
        self.start = start
        self.end = end
        self.expected = expected


class Driver:
    """One grammar's tables plus the callbacks that build values.

    `callbacks` maps a rule's callback name to `fn(ctx, children)`; `ctx` is
    whatever the caller passes to `parse`, so callbacks need no per-parse
    binding.
    """

    def __init__(self, tables: dict, callbacks: dict[str, Callable[[Any, list], Any]]):
        self.start = tables["start"]
        self.end = tables["end"]
        self.actions: list[dict[str, int]] = tables["actions"]
        self.ignore = frozenset(tables["ignore"])
        self._patterns = tables["patterns"]
        self._state_lexers = tables["state_lexers"]
        # Every state's lexer tries a subset of the root lexer's terminals in
        # the root's order, so where the root's first match is a terminal
        # the state accepts, the state's lexer would have matched the same.
        # Only the other cases need the state's own (lazily compiled)
        # pattern, which saves compiling two dozen patterns per process.
        self.accepts = [frozenset(k for k in row if k.isupper() and k != END) | self.ignore
                        for row in self.actions]
        self._compiled: list = [None] * len(self._patterns)
        self.root = self._scanner(tables["root_lexer"])
        rules = []
        for origin, size, name, inline, expand1, include in tables["rules"]:
            fn = callbacks.get(name)
            if fn is None and not inline:
                if not expand1:
                    raise KeyError(f"no callback for rule {name!r}")
                fn = _single_only(name)
            rules.append((origin, size, None if inline else fn, expand1, include))
        self.rules = rules

    def _scanner(self, index: int) -> list:
        compiled = self._compiled[index]
        if compiled is None:
            compiled = [re.compile(p, f) for p, f in self._patterns[index]]
            self._compiled[index] = compiled
        return compiled

    @staticmethod
    def _match(scanner: list, text: str, pos: int):
        for rx in scanner:
            m = rx.match(text, pos)
            if m:
                return m
        return None

    def match(self, state: int, text: str, pos: int):
        """The token the lexer of `state` reads at `pos` (a match object
        whose lastgroup is the terminal), or None."""
        m = self._match(self.root, text, pos)
        if m is None or m.lastgroup in self.accepts[state]:
            return m
        return self._match(self._scanner(self._state_lexers[state]), text, pos)

    def _expected(self, state: int) -> set[str]:
        return {s for s in self.actions[state] if s.isupper()}

    def parse(self, text: str, ctx: Any, toks: list, lex_states: list | None = None) -> Any:
        """Parse `text`, appending every token to `toks` (and the parser
        state it was lexed in to `lex_states`); return the start rule's
        value. Raises UnexpectedCharacters or UnexpectedToken."""
        actions = self.actions
        rules = self.rules
        ignore = self.ignore
        end_state = self.end
        match = self.match
        append = toks.append
        states = [self.start]
        values: list = []
        pos = 0
        n = len(text)
        while True:
            # Lex one token in the state the parser is in now.
            typ = END
            while pos < n:
                state = states[-1]
                m = match(state, text, pos)
                if m is None:
                    raise self._lex_error(text, pos, state)
                typ = m.lastgroup
                end = m.end()
                append((typ, pos, end))
                if lex_states is not None:
                    lex_states.append(state)
                pos = end
                if typ not in ignore:
                    break
                typ = END
            # Feed it: reduce as far as the table says, then shift.
            while True:
                state = states[-1]
                act = actions[state].get(typ)
                if act is None:
                    if typ == END:
                        raise UnexpectedToken(END, n, n, self._expected(state))
                    t = toks[-1]
                    raise UnexpectedToken(typ, t[1], t[2], self._expected(state))
                if act >= 0:
                    states.append(act)
                    values.append(len(toks) - 1)
                    break
                origin, size, fn, expand1, include = rules[~act]
                if size:
                    children = values[-size:]
                    del values[-size:]
                    del states[-size:]
                else:
                    children = []
                if include is not None:
                    # An inlined list that comes first is extended in place:
                    # it was just popped and nothing else holds it, and
                    # copying it made `_items: _items "," item` quadratic
                    # (14 s for the 65,536 numbers of a 1 MB `.quad` line).
                    filtered: list = []
                    for k, (i, inline) in enumerate(include):
                        if inline and k == 0:
                            filtered = children[i]
                        elif inline:
                            filtered.extend(children[i])
                        else:
                            filtered.append(children[i])
                    children = filtered
                if fn is None:  # an inlined _rule: its parent splices the list
                    value = children
                elif expand1 and len(children) == 1:
                    value = children[0]
                else:
                    value = fn(ctx, children)
                states.append(actions[states[-1]][origin])
                values.append(value)
                if typ == END and states[-1] == end_state:
                    return values[-1]

    def _lex_error(self, text: str, pos: int, state: int) -> Exception:
        # As lark's contextual lexer: if some terminal of the grammar matches
        # here, it is a token out of place, not an unknown character.
        while True:
            m = self._match(self.root, text, pos)
            if m is None:
                return UnexpectedCharacters(pos)
            if m.lastgroup not in self.ignore:
                return UnexpectedToken(m.lastgroup, pos, m.end(), self._expected(state))
            pos = m.end()


def _single_only(name: str):
    def fn(ctx, children):
        raise ValueError(f"?{name} reduced {len(children)} children and has no callback")

    return fn
