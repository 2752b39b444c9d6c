"""The small contact list of the writer matrix (werkmapmatrix.test.ts): fictional people and
addresses (example.org). Every writer script puts it in the same layout: a title merged over the
columns in row 1, an empty row 2, the header in row 3, the contacts from row 4; a second, hidden
sheet "Oud" with an old list that must not be imported."""

from datetime import date

BLAD = "Contacten"
VERBORGEN_BLAD = "Oud"
TITEL = "Contactlijst preventienetwerk Almere"
KOP = [
    "Organisatie", "Domein", "Wijk", "Naam", "Functie", "Rol",
    "E-mail", "Telefoon", "Getraind", "Overleggen", "Laatste contact",
]
RIJEN = [
    ["Politie Almere", "Politie", "Almere Stad", "Mehmet Çelik", "Wijkagent", "Sleutelfiguur",
     "m.celik@example.org", "06-12345678", date(2021, 1, 1), "Veiligheidshuis", date(2026, 10, 1)],
    ["Café Zoë", "Religieus", "Almere Haven", "José Ruïs", "Voorzitter", None,
     "jose.ruis@example.org", "036 123 4567", "ja", None, None],
    ["GGZ Centraal", "GGZ", "Almere Buiten", "Fatima el Amrani", "Psychiater", None,
     "fatima@example.org", "+31 36 765 4321", None, "Veiligheidshuis", date(2025, 3, 15)],
    ["Buurthuis De Schakel", "Jeugd", "Lelystad", "Piet Fictief", None, None,
     "piet@", None, None, None, None],
]
VERBORGEN_RIJEN = [
    KOP,
    ["Oude Partner", "Zorg", "Almere Stad", "Kees Verzonnen", None, None,
     "kees@example.org", None, None, None, None],
]
# Rows of the title and the header (1-based), as the workbooks and the CSV have them.
TITELRIJ = 1
KOPRIJ = 3


def tabel():
    """The main sheet as rows of cells (None is empty), title row and empty row included."""
    return [[TITEL] + [None] * (len(KOP) - 1), [None] * len(KOP), KOP, *RIJEN]
