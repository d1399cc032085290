"""Facts about a linked ELF file that say whether a build came out right:
what it needs at run time and how it is hardened."""

from __future__ import annotations


def elf_facts(path: str) -> dict:
    from elftools.elf.dynamic import DynamicSection
    from elftools.elf.elffile import ELFFile

    facts = {"needed": [], "textrel": False, "bind_now": False, "relro": False, "pie": False,
             "exec_stack": None, "defined": set(), "exported": set(), "type": None}
    with open(path, "rb") as f:
        elf = ELFFile(f)
        facts["type"] = elf["e_type"]
        for seg in elf.iter_segments():
            t = seg["p_type"]
            if t == "PT_GNU_RELRO":
                facts["relro"] = True
            elif t == "PT_GNU_STACK":
                facts["exec_stack"] = bool(seg["p_flags"] & 1)
        for sec in elf.iter_sections():
            if isinstance(sec, DynamicSection):
                for tag in sec.iter_tags():
                    d = tag.entry.d_tag
                    if d == "DT_NEEDED":
                        facts["needed"].append(tag.needed)
                    elif d == "DT_TEXTREL":
                        facts["textrel"] = True
                    elif d == "DT_BIND_NOW":
                        facts["bind_now"] = True
                    elif d == "DT_FLAGS":
                        facts["textrel"] |= bool(tag.entry.d_val & 0x4)  # DF_TEXTREL
                        facts["bind_now"] |= bool(tag.entry.d_val & 0x8)  # DF_BIND_NOW
                    elif d == "DT_FLAGS_1":
                        facts["pie"] |= bool(tag.entry.d_val & 0x08000000)  # DF_1_PIE
                        facts["bind_now"] |= bool(tag.entry.d_val & 0x1)  # DF_1_NOW
            if sec.name in (".symtab", ".dynsym"):
                for sym in sec.iter_symbols():
                    if sym.name and sym["st_shndx"] != "SHN_UNDEF":
                        facts["defined"].add(sym.name)
                        if sec.name == ".dynsym" and sym["st_info"]["bind"] != "STB_LOCAL":
                            facts["exported"].add(sym.name)
    return facts
