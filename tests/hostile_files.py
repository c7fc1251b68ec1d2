"""Small hostile files for the hardening tests: each asks for unbounded work."""

from __future__ import annotations

import zipfile
from pathlib import Path

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def xlsx(path: Path, sheet_data: str, shared: list[str] | None = None) -> Path:
    """A minimal valid workbook: one sheet whose <sheetData> is `sheet_data`."""
    sst_part = '<Override PartName="/xl/sharedStrings.xml" ContentType="application/' \
               'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    sst_rel = f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
            'formats-package.relationships+xml"/><Default Extension="xml" ContentType="'
            'application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
            'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/>' + (sst_part if shared else "")
            + "</Types>"))
        book.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="{_PKG}">'
                      f'<Relationship Id="rId1" Type="{_REL}/officeDocument" '
                      'Target="xl/workbook.xml"/></Relationships>')
        book.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook xmlns="{_NS}" '
                      f'xmlns:r="{_REL}"><sheets><sheet name="Sheet1" sheetId="1" '
                      'r:id="rId1"/></sheets></workbook>')
        book.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0"?><Relationships '
                      f'xmlns="{_PKG}"><Relationship Id="rId1" Type="{_REL}/worksheet" '
                      'Target="worksheets/sheet1.xml"/>' + (sst_rel if shared else "")
                      + "</Relationships>")
        book.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0"?><worksheet '
                      f'xmlns="{_NS}"><sheetData>{sheet_data}</sheetData></worksheet>')
        if shared:
            items = "".join(f"<si><t>{s}</t></si>" for s in shared)
            book.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst xmlns="{_NS}" '
                          f'count="{len(shared)}" uniqueCount="{len(shared)}">{items}</sst>')
    return path


def far_cell_xlsx(path: Path) -> Path:
    """1.5 KB: a header cell and one value in the last cell of the sheet, XFD1048576."""
    return xlsx(path, '<row r="1"><c r="A1" t="inlineStr"><is><t>crime_ref</t></is></c></row>'
                      '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is>'
                      '</c></row>')


def shared_string_bomb_xlsx(path: Path, cells: int = 6000) -> Path:
    """~25 KB: one 1 MB shared string referenced from every cell (6 GB once expanded)."""
    rows = "".join(f'<row r="{i}"><c r="A{i}" t="s"><v>0</v></c><c r="B{i}" t="s"><v>0</v>'
                   f'</c></row>' for i in range(1, cells // 2 + 1))
    return xlsx(path, rows, shared=["A" * 1_000_000])


def billion_laughs_yaml(top: str = "run") -> str:
    """Nine levels of nine aliases: 1 KB standing for 9^9 values."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 10):
        lines.append(f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 9) + "]")
    lines.append(f"{top}: {{bomb: *a9}}")
    return "\n".join(lines) + "\n"
