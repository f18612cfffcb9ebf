"""Shrink the ICU data library PySide6 ships (31 MB) to what Qt can reach (about 16 MB).

QtCore links to ICU, whose ``libicudata.so.NN`` is one array, ``icudtNN_dat``, holding an
ICU "common data" package: a table of contents (item names such as
``icudt73l/coll/root.res``, each with an offset) and the items. Qt calls ICU only for
case mapping (no data), collation (``coll/``), time zones (``zone/``, ``zoneinfo64``...)
and legacy text codecs (``*.cnv``). It never asks for the item trees that ICU's own Data
Build Tool lets builds filter out; dropping them is the supported "ICU data filtering"
configuration, done here on the package instead of ICU's sources:

* ``brkitr/`` break iterators and their CJK/Thai/Khmer dictionaries (Qt has its own),
* ``translit/`` transliterators,
* ``unit/``, ``curr/``, ``lang/``, ``region/`` localized names of units, currencies,
  languages and regions (Qt's QLocale carries its own CLDR data),
* ``rbnf/`` rule-based number spelling.

A missing item is the ordinary "resource not found" ICU already handles. The new package
is assembled into a shared object with the same soname and symbol by the C compiler
(``.incbin``); without a compiler the original library is kept.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

DROPPED_TREES = ("brkitr", "translit", "unit", "curr", "lang", "region", "rbnf")
_ALIGN = 16


@dataclass(frozen=True)
class IcuPackage:
    """An ICU common data package: its header bytes and its named items, in TOC order."""

    header: bytes
    items: tuple[tuple[str, bytes], ...]

    def without_trees(self, trees: tuple[str, ...] = DROPPED_TREES) -> IcuPackage:
        """The same package without the items under ``<prefix>/<tree>/``."""
        kept = tuple(item for item in self.items if _tree(item[0]) not in trees)
        return IcuPackage(self.header, kept)

    def size_of_tree(self, tree: str) -> int:
        """Bytes of the items under one tree (``""`` for the top level)."""
        return sum(len(data) for name, data in self.items if _tree(name) == tree)


def _tree(name: str) -> str:
    parts = name.split("/")
    return parts[1] if len(parts) > 2 else ""


def parse_package(blob: bytes) -> IcuPackage:
    """Read a little-endian ICU common data package ("CmnD")."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = memoryview(blob)[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * index) for index in range(count)]
    ends = [offset for _, offset in entries[1:]] + [len(toc)]
    items = []
    for (name_offset, data_offset), end in zip(entries, ends, strict=True):
        name_end = bytes(toc[name_offset : name_offset + 256]).index(b"\0")
        name = bytes(toc[name_offset : name_offset + name_end]).decode("ascii")
        items.append((name, bytes(toc[data_offset:end])))
    return IcuPackage(bytes(blob[:header_size]), tuple(items))


def write_package(package: IcuPackage) -> bytes:
    """Serialise a package: header, TOC, names, then 16-byte aligned items in TOC order."""
    count = len(package.items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in package.items)
    toc_head = 4 + 8 * count
    name_offsets = []
    position = toc_head
    for name, _ in package.items:
        name_offsets.append(position)
        position += len(name) + 1
    header_size = len(package.header)
    position += (-(header_size + position)) % _ALIGN
    data_offsets = []
    body = bytearray()
    for _, data in package.items:
        data_offsets.append(position + len(body))
        body += data
        body += b"\0" * ((-(header_size + position + len(body))) % _ALIGN)
    toc = bytearray(struct.pack("<I", count))
    for name_offset, data_offset in zip(name_offsets, data_offsets, strict=True):
        toc += struct.pack("<II", name_offset, data_offset)
    toc += names
    toc += b"\0" * (position - len(toc))
    return package.header + bytes(toc) + bytes(body)


def _find_data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol name, file offset, size) of the ``icudtNN_dat`` array in the library."""
    symbols = subprocess.run(
        ["readelf", "--dyn-syms", "--wide", str(library)],
        capture_output=True, text=True, check=True,
    ).stdout
    sections = subprocess.run(
        ["readelf", "--section-headers", "--wide", str(library)],
        capture_output=True, text=True, check=True,
    ).stdout
    for line in symbols.splitlines():
        fields = line.split()
        if len(fields) >= 8 and fields[7].startswith("icudt") and fields[6] != "UND":
            address, size, section_index = int(fields[1], 16), int(fields[2], 0), fields[6]
            for section in sections.splitlines():
                cells = section.replace("[ ", "[").split()
                if cells and cells[0] == f"[{section_index}]":
                    section_address, section_offset = int(cells[3], 16), int(cells[4], 16)
                    return fields[7], address - section_address + section_offset, size
    raise ValueError(f"{library}: no icudtNN_dat symbol")


def trim_library(library: Path, target: Path) -> Path:
    """Write a trimmed copy of ``library`` to ``target``; return the path to bundle.

    Returns ``library`` itself (and bundles it untrimmed) when it is not an ICU data
    library or no C compiler is available.
    """
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        print(f"icu_trim: no C compiler; bundling {library.name} untrimmed")
        return library
    symbol, offset, size = _find_data_symbol(library)
    with library.open("rb") as handle:
        handle.seek(offset)
        blob = handle.read(size)
    trimmed = write_package(parse_package(blob).without_trees())
    soname = library.name
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        data_file = Path(scratch) / "icudata.dat"
        data_file.write_bytes(trimmed)
        assembly = Path(scratch) / "icudata.S"
        assembly.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            f"\t.balign {_ALIGN}\n"
            f"{symbol}:\n"
            f'\t.incbin "{data_file}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(
            [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(target),
             str(assembly)],
            check=True,
        )
    return target
