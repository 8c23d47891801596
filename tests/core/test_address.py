from __future__ import annotations

import pytest

from composer.core.address import recipient_lines, sender_lines
from composer.core.model import Recipient, Sender


@pytest.mark.parametrize(
    ("recipient", "expected"),
    [
        (
            Recipient(
                title="ms",
                name="Jane Doe",
                position="Member of Parliament",
                organisation="House of Commons",
                city="Ottawa",
                region="ON",
                postal_code="k1a 0a6",
                country="CA",
            ),
            ["Ms. Jane Doe", "Member of Parliament", "House of Commons", "OTTAWA ON  K1A 0A6"],
        ),
        (
            Recipient(
                organisation="International Committee of the Red Cross",
                street="19 avenue de la Paix",
                city="Genève",
                postal_code="1202",
                country="CH",
            ),
            [
                "International Committee of the Red Cross",
                "19 avenue de la Paix",
                "CH-1202 Genève",
                "SWITZERLAND",
            ],
        ),
        (
            Recipient(
                organisation="Amnesty International",
                street="1 Easton Street",
                city="London",
                postal_code="WC1X 0DW",
                country="GB",
            ),
            ["Amnesty International", "1 Easton Street", "LONDON", "WC1X 0DW", "UNITED KINGDOM"],
        ),
        (
            Recipient(
                organisation="Human Rights Watch",
                street="350 Fifth Avenue",
                street2="34th Floor",
                city="New York",
                region="NY",
                postal_code="10118-3299",
                country="US",
            ),
            [
                "Human Rights Watch",
                "350 Fifth Avenue",
                "34th Floor",
                "NEW YORK, NY 10118-3299",
                "UNITED STATES",
            ],
        ),
        (
            Recipient(
                name="A. Petrosyan",
                street="Abovyan 1",
                city="Yerevan",
                postal_code="0010",
                country="AM",
            ),
            ["A. Petrosyan", "Abovyan 1", "0010", "YEREVAN", "ARMENIA"],
        ),
        (Recipient(name="Jane Doe"), ["Jane Doe"]),
    ],
)
def test_recipient_follows_the_destination_country(
    recipient: Recipient, expected: list[str]
) -> None:
    assert recipient_lines(recipient, "CA", "en") == expected


def test_country_line_speaks_french_or_english_only() -> None:
    r = Recipient(name="X", city="Genève", postal_code="1202", country="CH")
    assert recipient_lines(r, "CA", "fr")[-1] == "SUISSE"
    assert recipient_lines(r, "CA", "hy")[-1] == "SWITZERLAND"


def test_sender_lines_and_return_address() -> None:
    s = Sender(
        name="Anna",
        street="1 Main St",
        street2="",
        city="Laval",
        region="QC",
        postal_code="H7N 3X2",
        country="CA",
    )
    assert sender_lines(s, "CA", "en") == ["1 Main St", "LAVAL QC  H7N 3X2"]
    assert sender_lines(s, "CH", "en")[-1] == "CANADA"


@pytest.mark.parametrize(
    ("recipient", "language", "expected"),
    [
        # The office in the name line; a position that only repeats it is not printed again.
        (
            Recipient(title="ms", office="mp", name="Jane Doe", position="Member of Parliament",
                      organisation="House of Commons", city="Ottawa", region="ON",
                      postal_code="K1A 0A6", country="CA"),
            "en",
            ["Ms. Jane Doe, M.P.", "House of Commons", "OTTAWA ON  K1A 0A6"],
        ),
        (
            Recipient(title="mr", office="minister", name="Marc Roy",
                      position="Minister of Foreign Affairs", organisation="Global Affairs Canada",
                      street="125 Sussex Drive", city="Ottawa", region="ON",
                      postal_code="K1A 0G2", country="CA"),
            "en",
            ["The Honourable Marc Roy", "Minister of Foreign Affairs", "Global Affairs Canada",
             "125 Sussex Drive", "OTTAWA ON  K1A 0G2"],
        ),
        (
            Recipient(title="ms", office="mp", name="Sarah Thompson", city="Ottawa",
                      region="ON", postal_code="K1A 0A6", country="CA"),
            "fr",
            ["Madame Sarah Thompson, députée", "OTTAWA ON  K1A 0A6"],
        ),
        (
            Recipient(title="ms", office="provincial_member", name="Ana Silva",
                      organisation="Legislative Assembly of Ontario", city="Toronto",
                      region="ON", postal_code="M7A 1A2", country="CA"),
            "en",
            ["Ms. Ana Silva, M.P.P.", "Legislative Assembly of Ontario", "TORONTO ON  M7A 1A2"],
        ),
        # A French deputy written to from Canada: France's forms, France's postal rules.
        (
            Recipient(title="mr", office="mp", name="Paul Martin",
                      organisation="Assemblée nationale", street="126 rue de l'Université",
                      city="Paris", postal_code="75355", country="FR"),
            "fr",
            ["Assemblée nationale", "Monsieur Paul Martin", "126 rue de l'Université",
             "75355 PARIS", "FRANCE"],
        ),
    ],
)  # fmt: skip
def test_the_name_line_follows_the_forms_of_address(
    recipient: Recipient, language: str, expected: list[str]
) -> None:
    assert recipient_lines(recipient, "CA", language) == expected
