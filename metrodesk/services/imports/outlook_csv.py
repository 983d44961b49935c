"""Contacts exported by Outlook ("Import/Export" › "Export to a file" › "Comma Separated
Values"), in its English, French and Spanish column names.

Outlook writes its 92 columns in the language of the installation, in the code page of
Windows (Windows-1252 in Western Europe) and with the list separator of the regional
settings (";" in France and Spain). A person becomes one contact: the business address's
city and country (else home, else other), the e-mails in Outlook's order, the phones with
the business ones first, categories as tags, the company as the organisation. Columns that
MetroDesk has no place for (birthday, street, fax ...) are named in the preview when they
hold anything, so nothing is dropped without saying so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from metrodesk.data.search_index import fold
from metrodesk.i18n import tr
from metrodesk.services.imports.people_table import PeopleTable, Person, people_table
from metrodesk.services.imports.text_file import CsvTable

#: Outlook's columns that MetroDesk reads, by role; for each, the names English, French and
#: Spanish Outlook give it (Spanish Outlook leaves some columns in English, which the English
#: names cover). Phones, e-mails, cities and countries are listed in the order they are used.
COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "honorific": (
        ("Title",),
        (),
        ("Tratamiento",),
    ),
    "given": (
        ("First Name",),
        ("Prénom",),
        ("Nombre",),
    ),
    "middle": (
        ("Middle Name",),
        ("Deuxième prénom",),
        ("Segundo nombre",),
    ),
    "family": (
        ("Last Name",),
        ("Nom",),
        ("Apellidos", "Apellido"),
    ),
    "suffix": (
        ("Suffix",),
        ("Suffixe",),
        ("Sufijo",),
    ),
    "company": (
        ("Company",),
        ("Société",),
        ("Organización", "Compañía", "Empresa", "Organizacion"),
    ),
    "job": (
        ("Job Title",),
        ("Fonction", "Titre du poste", "Poste"),
        ("Puesto", "Cargo"),
    ),
    "email1": (
        ("E-mail Address",),
        ("Adresse de messagerie",),
        ("Dirección de correo electrónico", "Correo electrónico"),
    ),
    "email1type": (
        ("E-mail Type",),
        ("Type de messagerie",),
        ("Tipo de correo electrónico",),
    ),
    "email1name": (
        ("E-mail Display Name",),
        ("Nom complet de l'adresse de messagerie",),
        ("Nombre de pantalla de correo electrónico", "Nombre para mostrar del correo electrónico"),
    ),
    "email2": (
        ("E-mail 2 Address",),
        ("Adresse de messagerie 2",),
        (
            "Dirección de correo electrónico 2",
            "Dirección del correo electrónico 2",
            "Correo electrónico 2",
        ),
    ),
    "email2type": (
        ("E-mail 2 Type",),
        ("Type de messagerie 2",),
        ("Tipo de correo electrónico 2",),
    ),
    "email2name": (
        ("E-mail 2 Display Name",),
        ("Nom complet de l'adresse de messagerie 2",),
        (
            "Nombre de pantalla de correo electrónico 2",
            "Nombre para mostrar del correo electrónico 2",
        ),
    ),
    "email3": (
        ("E-mail 3 Address",),
        ("Adresse de messagerie 3",),
        (
            "Dirección del correo electrónico 3",
            "Dirección de correo electrónico 3",
            "Correo electrónico 3",
        ),
    ),
    "email3type": (
        ("E-mail 3 Type",),
        ("Type de messagerie 3",),
        ("Tipo de correo electrónico 3",),
    ),
    "email3name": (
        ("E-mail 3 Display Name",),
        ("Nom complet de l'adresse de messagerie 3",),
        (
            "Nombre de pantalla de correo electrónico 3",
            "Nombre para mostrar del correo electrónico 3",
        ),
    ),
    "phone_business": (
        ("Business Phone",),
        ("Téléphone (bureau)", "Téléphone professionnel"),
        ("Teléfono del trabajo", "Teléfono de la oficina"),
    ),
    "phone_mobile": (
        ("Mobile Phone",),
        ("Tél. mobile", "Téléphone mobile", "Téléphone portable"),
        ("Móvil", "Teléfono móvil"),
    ),
    "phone_business2": (
        ("Business Phone 2",),
        ("Téléphone 2 (bureau)",),
        ("Teléfono del trabajo 2", "Teléfono de la oficina 2"),
    ),
    "phone_company": (
        ("Company Main Phone",),
        ("Téléphone société",),
        ("Número de centralita de la organización", "Teléfono principal de la compañía"),
    ),
    "phone_primary": (
        ("Primary Phone",),
        ("Téléphone principal",),
        ("Teléfono principal",),
    ),
    "phone_home": (
        ("Home Phone",),
        ("Téléphone (domicile)", "Téléphone personnel"),
        ("Particular", "Teléfono particular"),
    ),
    "phone_home2": (
        ("Home Phone 2",),
        ("Téléphone 2 (domicile)",),
        ("Particular 2", "Teléfono particular 2"),
    ),
    "phone_other": (
        ("Other Phone",),
        ("Téléphone (autre)",),
        ("Otro teléfono",),
    ),
    "phone_car": (
        ("Car Phone",),
        ("Téléphone (voiture)", "Tél. voiture"),
        ("Teléfono del automóvil", "Teléfono del coche"),
    ),
    "city_business": (
        ("Business City",),
        ("Ville (bureau)",),
        ("Ciudad de trabajo", "Ciudad del trabajo"),
    ),
    "city_home": (
        ("Home City",),
        ("Ville (domicile)",),
        ("Ciudad del domicilio", "Ciudad particular"),
    ),
    "city_other": (
        ("Other City",),
        ("Ville (autre)",),
        ("Otra ciudad",),
    ),
    "country_business": (
        ("Business Country/Region", "Business Country"),
        ("Pays/Région (bureau)", "Pays (bureau)"),
        ("País o región del trabajo", "País/Región del trabajo"),
    ),
    "country_home": (
        ("Home Country/Region", "Home Country"),
        ("Pays/Région (domicile)", "Pays (domicile)"),
        ("País o región del domicilio", "País o región particular"),
    ),
    "country_other": (
        ("Other Country/Region", "Other Country"),
        ("Pays/Région (autre)", "Pays (autre)"),
        ("Otro país o región",),
    ),
    "categories": (
        ("Categories",),
        ("Catégories",),
        ("Categorías",),
    ),
    "notes": (
        ("Notes",),
        ("Notes",),
        ("Notas",),
    ),
    "language": (
        ("Language",),
        ("Langue",),
        ("Idioma",),
    ),
}

#: Outlook columns MetroDesk has no field for; they identify the layout, and are named in the
#: preview when they hold anything
OTHER_COLUMNS: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = (
    (
        "Department", "Business Street", "Business Street 2", "Business Street 3",
        "Business State", "Business Postal Code", "Home Street", "Home Street 2",
        "Home Street 3", "Home State", "Home Postal Code", "Other Street", "Other Street 2",
        "Other Street 3", "Other State", "Other Postal Code", "Assistant's Phone",
        "Business Fax", "Callback", "Home Fax", "ISDN", "Other Fax", "Pager", "Radio Phone",
        "TTY/TDD Phone", "Telex", "Account", "Anniversary", "Assistant's Name",
        "Billing Information", "Birthday", "Business Address PO Box", "Children",
        "Directory Server", "Gender", "Government ID Number", "Hobby", "Home Address PO Box",
        "Initials", "Internet Free Busy", "Keywords", "Location", "Manager's Name", "Mileage",
        "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority",
        "Private", "Profession", "Referred By", "Sensitivity", "Spouse", "User 1", "User 2",
        "User 3", "User 4", "Web Page",
    ),
    (
        "Service", "Rue (bureau)", "Rue (bureau) 2", "Rue (bureau) 3", "Dép/Région (bureau)",
        "Code postal (bureau)", "Rue (domicile)", "Rue (domicile) 2", "Rue (domicile) 3",
        "Dép/Région (domicile)", "Code postal (domicile)", "Rue (autre)", "Rue (autre) 2",
        "Rue (autre) 3", "Dép/Région (autre)", "Code postal (autre)",
        "Téléphone de l'assistant(e)", "Télécopie (bureau)", "Rappel", "Télécopie (domicile)",
        "RNIS", "Télécopie (autre)", "Récepteur de radiomessagerie", "Radio téléphone",
        "Téléphone TDD/TTY", "Télex", "Anniversaire", "Anniversaire de mariage ou fête",
        "Autre boîte postale", "B.P. professionnelle", "Boîte postale du domicile", "Bureau",
        "Code gouvernement", "Compte", "Conjoint(e)", "Critère de diffusion",
        "Disponibilité Internet", "Emplacement", "Enfants", "Informations facturation",
        "Initiales", "Kilométrage", "Mots clés", "Nom de l'assistant(e)",
        "Numéro d'identification de l'organisation", "Page Web", "Passe-temps", "Priorité",
        "Privé", "Profession", "Recommandé par", "Responsable", "Serveur d'annuaire", "Sexe",
        "Utilisateur 1", "Utilisateur 2", "Utilisateur 3", "Utilisateur 4",
    ),
    (
        "Departamento", "Calle del trabajo", "Calle del trabajo 2", "Calle del trabajo 3",
        "Provincia o estado de trabajo", "Código postal del trabajo", "Calle del domicilio",
        "Calle del domicilio 2", "Calle del domicilio 3", "Provincia o estado del domicilio",
        "Código postal del domicilio", "Otra calle", "Otra calle 2", "Otra calle 3",
        "Otra provincia o estado", "Otro código postal", "Teléfono del asistente",
        "Fax del trabajo", "Devolución de llamada", "Fax particular", "RDSI", "Otro fax",
        "Localizador", "Radioteléfono", "Número de teletipo", "Télex", "Cuenta", "Aniversario",
        "Nombre del asistente", "Facturación", "Cumpleaños",
        "Apartado postal de la dirección del trabajo", "Hijos", "Servidor de directorio",
        "Género", "Número de id. oficial", "Aficiones", "Apartado postal de la dirección personal",
        "Iniciales", "Disponibilidad Internet", "Palabras clave", "Ubicación",
        "Nombre del director", "Kilometraje", "Ubicación de la oficina",
        "Número de id. de la organización", "Otro apartado postal", "Prioridad", "Privado",
        "Profesión", "Remitido por", "Confidencialidad", "Cónyuge", "Usuario 1", "Usuario 2",
        "Usuario 3", "Usuario 4", "Página web",
    ),
)  # fmt: skip

LANGUAGES = ("English", "French", "Spanish")
#: a header row naming this many of Outlook's columns is an Outlook export
RECOGNISED = 8
_PUNCTUATION = re.compile(r"[^\w\s]")
#: what Outlook writes into fields nobody filled in (an empty birthday is "0/0/00", the
#: sensitivity "Normal", "Private" "False"), folded: they are not data to mention
_UNFILLED = {
    "0 0 00", "00 00 00", "00 00 0000", "0 0 0000", "false", "faux", "falso", "normal",
    "normale", "unspecified", "non specifie", "no especificado", "sin especificar",
}  # fmt: skip
_ADDRESS_IN_NAME = re.compile(r"[(<]([^()<>\s]+@[^()<>\s]+)[)>]")


def header_key(text: str) -> str:
    """A column name as compared: 'Pays/Région (bureau)' -> 'pays region bureau'."""
    return " ".join(_PUNCTUATION.sub(" ", fold(text).replace("'", " ")).split())


def _index() -> tuple[dict[str, list[tuple[str, int]]], list[set[str]]]:
    roles: dict[str, list[tuple[str, int]]] = {}
    known: list[set[str]] = [set(), set(), set()]
    for role, names in COLUMNS.items():
        for language, group in enumerate(names):
            for name in group:
                roles.setdefault(header_key(name), []).append((role, language))
                known[language].add(header_key(name))
    for language, group in enumerate(OTHER_COLUMNS):
        known[language].update(header_key(name) for name in group)
    return roles, known


_ROLES, _KNOWN = _index()
# French Outlook calls both the courtesy title and the job title "Titre"
_TITRE = header_key("Titre")


@dataclass(frozen=True)
class OutlookLayout:
    language: str
    #: role -> column index
    columns: dict[str, int]


def _language_name(language: str) -> str:
    """The language of an Outlook export as the reader calls it ("anglais" in French)."""
    names = {
        "English": tr("English", "the language an Outlook export is in, not a language menu's"),
        "French": tr("French"),
        "Spanish": tr("Spanish"),
    }
    return names.get(language, language)


def outlook_layout(header: Sequence[str]) -> OutlookLayout | None:
    """The columns of an Outlook export, or None when `header` is not one."""
    keys = [header_key(h) for h in header]
    scores = [sum(1 for k in keys if k in known) for known in _KNOWN]
    best = max(range(3), key=lambda i: scores[i])
    if scores[best] < RECOGNISED:
        return None
    columns: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key == _TITRE:
            # the first "Titre" is the courtesy title when it comes before "Prénom"
            first = "honorific" not in columns and "given" not in columns
            role = "honorific" if first else "job"
            columns.setdefault(role, i)
            continue
        for role, _ in _ROLES.get(key, ()):
            if role not in columns:
                columns[role] = i
                break
    if not {"given", "family", "email1", "company"} & set(columns):
        return None
    return OutlookLayout(LANGUAGES[best], columns)


def read_outlook(table: CsvTable, layout: OutlookLayout) -> PeopleTable:
    """The people of an Outlook export, one per row, numbered as Excel numbers the rows."""
    people: list[Person] = []
    exchange = 0
    for number, row in enumerate(table.rows[1:], 2):
        person, skipped = _person(number, row, layout.columns)
        people.append(person)
        exchange += skipped
    notes = []
    if exchange:
        notes.append(
            tr(
                "%n Exchange addresses left out: Outlook exports people of your "
                "organisation's address book without their e-mail address",
                "",
                exchange,
            )
        )
    used = set(layout.columns.values())
    unused = _unused(table, used)
    if unused:
        notes.append(
            tr("Outlook columns not imported (MetroDesk has no field for them): {columns}").format(
                columns=unused
            )
        )
    source = tr("Outlook contacts ({language})").format(language=_language_name(layout.language))
    return people_table(source, people, notes)


def _person(number: int, row: Sequence[str], columns: dict[str, int]) -> tuple[Person, int]:
    def get(role: str) -> str:
        i = columns.get(role)
        return row[i].strip() if i is not None and i < len(row) else ""

    given = " ".join(p for p in (get("given"), get("middle")) if p)
    family = " ".join(p for p in (get("family"), get("suffix")) if p)
    person = Person(
        number,
        given=given,
        family=family,
        honorific=get("honorific"),
        job_title=get("job"),
        organisation=get("company"),
        language=get("language"),
        notes=get("notes").replace("\r\n", "\n"),
    )
    skipped = 0
    for n in ("1", "2", "3"):
        address, kind, name = get(f"email{n}"), get(f"email{n}type"), get(f"email{n}name")
        if kind.upper() == "EX" or address.startswith("/"):
            # an Exchange directory entry ("/o=ExchangeLabs/ou=..."): the display name may
            # still carry the address, "Jane Doe (jane@example.org)"
            found = _ADDRESS_IN_NAME.search(name)
            address = found.group(1) if found else ""
            skipped += not found
        person.add_email(address)
    for role in COLUMNS:
        if role.startswith("phone_"):
            person.add_phone(get(role))
    for place in ("business", "home", "other"):
        city, country = get(f"city_{place}"), get(f"country_{place}")
        if city or country:
            person.city, person.country = city, country
            break
    person.add_tags(get("categories"))
    return person, skipped


def _unused(table: CsvTable, used: set[int]) -> str:
    """The headers of columns not read that hold something in some row."""
    filled = {
        i
        for row in table.rows[1:]
        for i, value in enumerate(row)
        if i not in used
        and i < len(table.header)
        and header_key(value) not in _UNFILLED
        and value.strip()
    }
    return ", ".join(table.header[i] for i in sorted(filled))
