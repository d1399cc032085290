"""Whether files can be linked without Python: ELF reading (`elf`), the
inputs a user gives (`inputs`), the link rules (`linkcheck`), instruction
sets (`isa`). The Python API's `asmsurgeon.check(paths)` is the function
in asmsurgeon.api; this package is named apart from it so that importing
one never shadows the other."""
