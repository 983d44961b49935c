"""A training manager's own sheet of 20 workshop participants, as the issue met it: a title
row, French headers, organisations MetroDesk does not know yet, bad e-mails and a bad phone,
a known e-mail, the same person twice, and a name like an existing contact's."""

from __future__ import annotations

from pathlib import Path

import openpyxl

TITLE = "Atelier « Finances municipales », Dakar, 14-18 septembre 2026"
HEADERS = ["Prénom", "Nom", "Courriel", "Organisme", "Ville", "Pays", "Téléphone"]

JOBURG, RABAT, MAIRIE = "City of Johannesburg", "Commune de Rabat", "Mairie de Dakar"
LAGOS, ACCRA = "Lagos State Government", "Accra Metropolitan Assembly"

#: rows 3 to 22, with what the preview says of each
ROWS: list[tuple[list[str], str]] = [
    (["Thabo", "Mokoena", "thabo.mokoena@joburg.org.za", JOBURG, "Johannesburg",
      "Afrique du Sud", "+27 11 407 6111"], "new"),
    (["Lerato", "Dlamini", "lerato.dlamini@joburg.org.za", JOBURG, "Johannesburg",
      "Afrique du Sud", ""], "new"),
    (["Sipho", "Nkosi", "sipho.nkosi@joburg", JOBURG, "Johannesburg", "Afrique du Sud", ""],
     "rejected"),
    (["Youssef", "Alaoui", "y.alaoui@rabat.ma", RABAT, "Rabat", "Maroc", ""], "new"),
    (["Salma", "Bennani", "s.bennani@rabat.ma", RABAT, "Rabat", "Maroc", "0537"], "rejected"),
    # two problems on one row: both are said
    (["Karim", "Tazi", "k.tazi@@rabat.ma", RABAT, "Rabat", "Maroc", "12"], "rejected"),
    (["Aminata", "Fall", "a.fall@dakar.sn", MAIRIE, "Dakar", "Sénégal", ""], "new"),
    (["Moussa", "Sarr", "m.sarr@dakar.sn", MAIRIE, "Dakar", "Sénégal", ""], "new"),
    # the sample's Agnès Bickart, by her e-mail, with another job title
    (["Agnès", "Bickart", "abickart@metropolis.org", "Metropolis Secretariat General",
      "Barcelona", "Espagne", "+34 933 42 87 50"], "updated"),
    # row 3 again: the same e-mail
    (["Thabo", "Mokoena", "thabo.mokoena@joburg.org.za", JOBURG, "Johannesburg",
      "Afrique du Sud", ""], "skipped"),
    (["Ngozi", "Okafor", "n.okafor@lagos.gov.ng", LAGOS, "Lagos", "Nigeria", ""], "new"),
    (["Chinedu", "Eze", "c.eze@lagos.gov.ng", LAGOS, "Lagos", "Nigéria", ""], "new"),
    (["Amina", "Yusuf", "amina.yusuf", LAGOS, "Lagos", "Nigeria", ""], "rejected"),
    (["Kwame", "Mensah", "k.mensah@ama.gov.gh", ACCRA, "Accra", "Ghana", ""], "new"),
    (["Abena", "Boateng", "a.boateng@ama.gov.gh", ACCRA, "Accra", "Ghana", ""], "new"),
    # the sample's Rahmatouca Sow has no e-mail: a possible duplicate, decided by the user
    (["Rahmatou", "Sow", "r.sow@dakar.sn", "City of Dakar", "Dakar", "Sénégal", ""], "new"),
    (["Fatou", "Ndiaye", "fatou.ndiaye@dakar.sn", "City of Dakar", "Dakar", "Sénégal", ""],
     "new"),
    (["Ousmane", "Ba", "o.ba@dakar.sn", "City of Dakar", "Dakar", "Senegal", ""], "new"),
    (["Ibrahima", "Diallo", "", "City of Dakar", "Dakar", "Sénégal", ""], "new"),
    (["Mariama", "Cissé", "m.cisse@dakar.sn", "", "Dakar", "Sénégal", ""], "new"),
]  # fmt: skip

FIRST_ROW = 3
AGNES_ROW, REPEAT_ROW, SOW_ROW = 11, 12, 18
REJECTED_ROWS = [5, 7, 8, 15]


def expected(status: str) -> int:
    return sum(1 for _, s in ROWS if s == status)


def dakar_sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Participants"
    ws.append([TITLE])
    ws.append(HEADERS)
    for cells, _ in ROWS:
        ws.append(cells)
    wb.save(path)
    return path
