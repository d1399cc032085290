"""Which instruction-set extensions a piece of x86-64 code needs.

One classifier for AT&T instructions, fed by the tree (assembly input) or
by `objdump -d` (objects and linked files: binutils is already required,
so no disassembler library is added). An instruction's extension follows
from its mnemonic and its registers: zmm, mask registers and xmm16-31 mean
AVX-512, a VEX mnemonic on integer ymm data AVX2, and so on. The x86-64
micro-architecture levels are sets of these extensions.
"""

from __future__ import annotations

import re

_V2 = ("SSE3", "SSSE3", "SSE4.1", "SSE4.2", "POPCNT", "CX16")
_V3 = ("AVX", "AVX2", "FMA", "F16C", "BMI", "BMI2", "LZCNT", "MOVBE")
LEVEL_EXTENSIONS = {"generic": (), "x86-64": (), "x86-64-v1": (), "x86-64-v2": _V2,
                    "x86-64-v3": _V2 + _V3, "x86-64-v4": _V2 + _V3 + ("AVX-512",)}
ORDER = _V2 + _V3 + ("AVX-512",)

_MNEMONICS = {
    "SSE3": "addsubpd addsubps haddpd haddps hsubpd hsubps lddqu movddup movshdup movsldup fisttp "
            "fisttps fisttpl fisttpll monitor mwait",
    "SSSE3": "pshufb palignr phaddw phaddd phaddsw phsubw phsubd phsubsw pabsb pabsw pabsd pmaddubsw "
             "pmulhrsw psignb psignw psignd",
    "SSE4.1": "blendpd blendps blendvpd blendvps pblendvb pblendw dppd dpps extractps insertps movntdqa "
              "mpsadbw packusdw pcmpeqq pextrb pextrd pextrq phminposuw pinsrb pinsrd pinsrq pmaxsb pmaxsd "
              "pmaxud pmaxuw pminsb pminsd pminud pminuw pmovsxbw pmovsxbd pmovsxbq pmovsxwd pmovsxwq "
              "pmovsxdq pmovzxbw pmovzxbd pmovzxbq pmovzxwd pmovzxwq pmovzxdq pmuldq pmulld ptest roundpd "
              "roundps roundsd roundss",
    "SSE4.2": "pcmpestri pcmpestrm pcmpistri pcmpistrm pcmpgtq crc32b crc32w crc32l crc32q crc32",
    "POPCNT": "popcnt popcntw popcntl popcntq",
    "CX16": "cmpxchg16b",
    "LZCNT": "lzcnt lzcntw lzcntl lzcntq",
    "BMI": "andn andnl andnq bextr bextrl bextrq blsi blsil blsiq blsmsk blsmskl blsmskq blsr blsrl blsrq "
           "tzcnt tzcntw tzcntl tzcntq",
    "BMI2": "bzhi bzhil bzhiq mulx mulxl mulxq pdep pdepl pdepq pext pextl pextq rorx rorxl rorxq sarx sarxl "
            "sarxq shlx shlxl shlxq shrx shrxl shrxq",
    "MOVBE": "movbe movbew movbel movbeq",
    "F16C": "vcvtph2ps vcvtps2ph",
    "AVX2": "vpbroadcastb vpbroadcastw vpbroadcastd vpbroadcastq vbroadcasti128 vperm2i128 vpermd vpermq "
            "vpermps vpermpd vinserti128 vextracti128 vpmaskmovd vpmaskmovq vpsllvd vpsllvq vpsrlvd vpsrlvq "
            "vpsravd vpblendd vgatherdpd vgatherdps vgatherqpd vgatherqps vpgatherdd vpgatherdq vpgatherqd "
            "vpgatherqq",
}
_BY_MNEMONIC = {m: ext for ext, names in _MNEMONICS.items() for m in names.split()}
_AVX512_ONLY = re.compile(r"v(movdq[au](8|16|32|64)|p?ternlog|permt2|permi2|p?compress|p?expand|fixupimm|getexp|getmant|rndscale|"
                          r"range|reduce|scalef|rcp14|rsqrt14|pmov[a-z]*2m|pmovm2|cvt[a-z0-9]*2u|cvtu|"
                          r"extract[if](32x4|64x2|32x8|64x4)|insert[if](32x4|64x2|32x8|64x4)|"
                          r"broadcast[if](32x2|32x4|64x2|32x8|64x4)|shuf[if]|align[dq]|p?blendm|"
                          r"pconflict|plzcnt|pro[lr]v?[dq]|psraq|pabsq|pmaxsq|pminsq|pmaxuq|pminuq|pmullq|"
                          r"dbpsadbw|pcmpu?[bwdq]\b|fpclass|kmov|kand|kor|kxor|knot|kshift|ktest|kortest|kunpck)")
_EVEX_REG = re.compile(r"%zmm\d|%k[0-7]\b|%[xy]mm(1[6-9]|2\d|3[01])\b|\{1to\d+\}|\{%k")
_FMA = re.compile(r"vf(n?m(add|sub)|maddsub|msubadd)(132|213|231)")
_INT_Y = re.compile(r"%ymm")
_SSE_LEGACY = set(_MNEMONICS["SSE3"].split() + _MNEMONICS["SSSE3"].split() + _MNEMONICS["SSE4.1"].split()
                  + _MNEMONICS["SSE4.2"].split())


def extension(mnemonic: str, operands: str) -> str | None:
    """The extension (an ORDER name) instruction `mnemonic operands`
    needs beyond x86-64's baseline (SSE2), or None."""
    m = mnemonic.lower()
    if _EVEX_REG.search(operands) or (m.startswith(("v", "k")) and _AVX512_ONLY.match(m)):
        return "AVX-512"
    if m in _BY_MNEMONIC:
        return _BY_MNEMONIC[m]
    if _FMA.match(m):
        return "FMA"
    if m.startswith("v") and len(m) > 2 and m not in ("verr", "verw"):
        # VEX: AVX, or AVX2 for integer (vp*) work on 256-bit registers.
        if m.startswith("vp") and _INT_Y.search(operands):
            return "AVX2"
        return "AVX"
    return None


def needs(extensions, level: str) -> list[str]:
    """Those of `extensions` that `level` does not have."""
    have = set(LEVEL_EXTENSIONS[level])
    return [e for e in extensions if e not in have]


def lowest_level(extensions) -> str:
    for level in ("generic", "x86-64-v2", "x86-64-v3", "x86-64-v4"):
        if not needs(extensions, level):
            return level
    return "x86-64-v4+"


def sort(extensions) -> list[str]:
    return sorted(set(extensions), key=lambda e: (ORDER.index(e) if e in ORDER else len(ORDER), e))
