from __future__ import annotations

import pytest

from composer.core.address import recipient_lines, return_address, sender_lines
from composer.core.model import Recipient, Sender


@pytest.mark.parametrize(
    ("recipient", "expected"),
    [
        (
            Recipient(
                honorific="Ms.",
                name="Jane Doe",
                position="Member of Parliament",
                organisation="House of Commons",
                city="Ottawa",
                region="ON",
                postal_code="k1a 0a6",
                country="CA",
            ),
            ["Ms. Jane Doe", "Member of Parliament", "House of Commons", "Ottawa ON K1A 0A6"],
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
            ["Amnesty International", "1 Easton Street", "London", "WC1X 0DW", "UNITED KINGDOM"],
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
                "New York, NY 10118-3299",
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
            ["A. Petrosyan", "Abovyan 1", "0010", "Yerevan", "ARMENIA"],
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
    assert sender_lines(s, "CA", "en") == ["1 Main St", "Laval QC H7N 3X2"]
    assert sender_lines(s, "CH", "en")[-1] == "CANADA"
    assert return_address(s, "CA", "en") == "Anna · 1 Main St · Laval QC H7N 3X2"
