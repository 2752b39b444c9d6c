"""The list written by openpyxl (as pandas writes workbooks): absolute relationship targets."""

from datetime import date

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

import contactlijst


def schrijf(pad, datum1904=False):
    wb = openpyxl.Workbook()
    if datum1904:
        wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = contactlijst.BLAD
    for r, rij in enumerate(contactlijst.tabel(), start=1):
        for k, waarde in enumerate(rij, start=1):
            if waarde is not None:
                cel = ws.cell(row=r, column=k, value=waarde)
                if isinstance(waarde, date):
                    cel.number_format = "d-m-yyyy"
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(contactlijst.KOP))
    oud = wb.create_sheet(contactlijst.VERBORGEN_BLAD)
    for rij in contactlijst.VERBORGEN_RIJEN:
        oud.append(rij)
    oud.sheet_state = "hidden"
    wb.save(pad)
