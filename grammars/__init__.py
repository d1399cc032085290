"""The lark grammars, shipped in the wheel as asmsurgeon.grammars (see pyproject.toml)."""
