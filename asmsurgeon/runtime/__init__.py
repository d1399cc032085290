"""The standalone runtime: what Numba-compiled code calls once Python is gone.

PROVIDED_SYMBOLS is the contract between `check` (which refuses undefined
references to anything not provided here, in libc or in libm) and the C
sources in this package (which must define all of them; a test compares
this set with the compiled runtime's exports).
"""

PROVIDED_SYMBOLS = frozenset({
    # Numba's runtime (NRT): allocation, reference counts, destructors.
    "NRT_MemInfo_alloc_aligned",
    "NRT_MemInfo_alloc_safe_aligned",
    "NRT_MemInfo_alloc",
    "NRT_MemInfo_alloc_safe",
    "NRT_MemInfo_new",
    "NRT_MemInfo_call_dtor",
    "NRT_MemInfo_data_fast",
    "NRT_Allocate",
    "NRT_Free",
    "NRT_incref",
    "NRT_decref",
    # The error hook strip-wrapper's rewritten error paths call.
    "asmsurgeon_raise",
})
