"""Writes the writer matrix's inputs into the folder given: the CSV, the openpyxl and xlsxwriter
workbooks (each also in the 1904 date system), the .fods files LibreOffice converts next, and
lijst.json (the list itself, dates as {"datum": "yyyy-mm-dd"}) for the writers in the test.
Run with Debian's /usr/bin/python3 (openpyxl, xlsxwriter)."""

import json
import os
from datetime import date
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import csv_lijst  # noqa: E402
import met_libreoffice  # noqa: E402
import met_openpyxl  # noqa: E402
import met_xlsxwriter  # noqa: E402

import contactlijst  # noqa: E402

map_ = sys.argv[1]


def alsJson(waarde):
    return {"datum": waarde.isoformat()} if isinstance(waarde, date) else waarde


with open(os.path.join(map_, "lijst.json"), "w", encoding="utf-8") as uit:
    json.dump(
        {
            "blad": contactlijst.BLAD,
            "verborgenBlad": contactlijst.VERBORGEN_BLAD,
            "tabel": [[alsJson(w) for w in rij] for rij in contactlijst.tabel()],
            "verborgenRijen": contactlijst.VERBORGEN_RIJEN,
        },
        uit,
        ensure_ascii=False,
    )
csv_lijst.schrijf(os.path.join(map_, "lijst.csv"))
met_openpyxl.schrijf(os.path.join(map_, "openpyxl.xlsx"))
met_openpyxl.schrijf(os.path.join(map_, "openpyxl-1904.xlsx"), datum1904=True)
met_xlsxwriter.schrijf(os.path.join(map_, "xlsxwriter.xlsx"))
met_xlsxwriter.schrijf(os.path.join(map_, "xlsxwriter-1904.xlsx"), datum1904=True)
met_libreoffice.schrijf(os.path.join(map_, "libreoffice.fods"))
met_libreoffice.schrijf(os.path.join(map_, "libreoffice-1904.fods"), datum1904=True)
