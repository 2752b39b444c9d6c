"""The list written by xlsxwriter (shared strings, merged range, optional 1904 date system)."""

from datetime import date

import xlsxwriter

import contactlijst


def schrijf(pad, datum1904=False):
    wb = xlsxwriter.Workbook(pad, {"date_1904": datum1904})
    datum = wb.add_format({"num_format": "d-m-yyyy"})
    ws = wb.add_worksheet(contactlijst.BLAD)
    oud = wb.add_worksheet(contactlijst.VERBORGEN_BLAD)
    tabel = contactlijst.tabel()
    ws.merge_range(0, 0, 0, len(contactlijst.KOP) - 1, tabel[0][0])
    for r, rij in enumerate(tabel[1:], start=1):
        for k, waarde in enumerate(rij):
            if isinstance(waarde, date):
                ws.write_datetime(r, k, waarde, datum)
            elif waarde is not None:
                ws.write_string(r, k, waarde)
    for r, rij in enumerate(contactlijst.VERBORGEN_RIJEN):
        for k, waarde in enumerate(rij):
            if waarde is not None:
                oud.write_string(r, k, waarde)
    oud.hide()
    wb.close()
