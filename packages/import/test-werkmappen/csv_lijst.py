"""The list as Dutch Excel saves it as CSV: `;`, Windows-1252, CRLF, dates as d-m-yyyy, only the
visible sheet."""

from datetime import date

import contactlijst


def cel(waarde):
    if waarde is None:
        return ""
    if isinstance(waarde, date):
        return f"{waarde.day}-{waarde.month}-{waarde.year}"
    return str(waarde)


def schrijf(pad):
    regels = [";".join(cel(w) for w in rij) for rij in contactlijst.tabel()]
    with open(pad, "wb") as uit:
        uit.write(("\r\n".join(regels) + "\r\n").encode("cp1252"))
