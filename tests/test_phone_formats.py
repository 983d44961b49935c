"""The countries whose phone formats are warmed at start: those of the numbers the file holds."""

from __future__ import annotations

import subprocess
import sys

from metrodesk.services.contacts.phone_formats import calling_codes, warm_phone_formats


def _person(services, name: str, phone: str):
    return services.records.create(
        "contact", {"given_name": name, "family_name": "Test", "phone": phone}
    )


def test_the_calling_codes_of_the_live_numbers_are_found(services):
    _person(services, "Agnès", "+34 934 134 500")
    _person(services, "Chang-Beom", "+82 2 2133 0000")
    _person(services, "Amal", "+971 2 234 5678")  # a three-digit code
    _person(services, "Nora", "+1 212 555 0100")  # a one-digit code
    assert calling_codes(services.db) == [1, 34, 82, 971]
    assert warm_phone_formats(services.db) == 4


def test_warming_loads_those_countries_formats_before_any_list_shows_one(services):
    _person(services, "Agnès", "+34 934 134 500")
    _person(services, "Chang-Beom", "+82 2 2133 0000")
    code = (
        "from phonenumbers.phonemetadata import PhoneMetadata\n"
        "from metrodesk.services.facade import Services\n"
        f"svc = Services.open({str(services.path)!r})\n"
        "before = set(PhoneMetadata._region_metadata)\n"
        "svc.warm_phone_formats()\n"
        "print(sorted(set(PhoneMetadata._region_metadata) - before))\n"
        "svc.close()\n"
    )
    services.close()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['ES', 'KR']"
