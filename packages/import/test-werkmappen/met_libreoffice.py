"""The list as a flat OpenDocument spreadsheet (.fods) for LibreOffice to convert to .xlsx: a
merged title, date cells, a hidden sheet, and optionally the 1904 null date."""

from datetime import date
from xml.sax.saxutils import escape

import contactlijst

KOP = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N1"><number:day/><number:text>-</number:text><number:month/><number:text>-</number:text><number:year number:style="long"/></number:date-style>
 <style:style style:name="datum" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N1"/>
 <style:style style:name="zichtbaar" style:family="table"><style:table-properties table:display="true"/></style:style>
 <style:style style:name="verborgen" style:family="table"><style:table-properties table:display="false"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
"""


def cel(waarde):
    if waarde is None:
        return "<table:table-cell/>"
    if isinstance(waarde, date):
        return (f'<table:table-cell table:style-name="datum" office:value-type="date" '
                f'office:date-value="{waarde.isoformat()}"><text:p>{waarde.day}-{waarde.month}-{waarde.year}</text:p></table:table-cell>')
    return f'<table:table-cell office:value-type="string"><text:p>{escape(waarde)}</text:p></table:table-cell>'


def tabel(naam, stijl, rijen):
    uit = [f'<table:table table:name="{escape(naam)}" table:style-name="{stijl}">']
    for rij in rijen:
        uit.append("<table:table-row>" + "".join(cel(w) for w in rij) + "</table:table-row>")
    uit.append("</table:table>")
    return "".join(uit)


def schrijf(pad, datum1904=False):
    tabel_rijen = contactlijst.tabel()
    breedte = len(contactlijst.KOP)
    titel = (f'<table:table-row><table:table-cell table:number-columns-spanned="{breedte}" '
             f'office:value-type="string"><text:p>{escape(tabel_rijen[0][0])}</text:p></table:table-cell>'
             f'<table:covered-table-cell table:number-columns-repeated="{breedte - 1}"/></table:table-row>')
    hoofd = tabel(contactlijst.BLAD, "zichtbaar", tabel_rijen[1:]).replace(">", ">" + titel, 1)
    instellingen = ('<table:calculation-settings><table:null-date table:date-value="1904-01-01"/>'
                    '</table:calculation-settings>') if datum1904 else ""
    oud = tabel(contactlijst.VERBORGEN_BLAD, "verborgen", contactlijst.VERBORGEN_RIJEN)
    with open(pad, "w", encoding="utf-8") as uit:
        uit.write(KOP + instellingen + hoofd + oud + "</office:spreadsheet></office:body></office:document>\n")
