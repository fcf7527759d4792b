"""The stray-`n` repair: only when the word without the `n` is known and with it is not."""

from __future__ import annotations

import pytest

from policyparse.readers import read
from policyparse.readers.repair import repair_stray_n


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        ("Risk is reduced for people who ntake harmful drugs",
         "Risk is reduced for people who take harmful drugs"),
        ("People at most risk have access nto treatment and nrecovery",
         "People at most risk have access to treatment and recovery"),
        ("Quality of life nis improved for people who nexperience multiple disadvantage",
         "Quality of life is improved for people who experience multiple disadvantage"),
        ("Kommunerne nskal styrke nbehandling", "Kommunerne skal styrke behandling"),
        ("Tiltakene ntiltak nmed midler", "Tiltakene tiltak med midler"),
    ],
)  # fmt: skip
def test_repaired(text: str, repaired: str) -> None:
    assert repair_stray_n(text)[0] == repaired


@pytest.mark.parametrize(
    "text",
    [
        "not now nor never: the nation needs new national networks",
        "nogle nye netværk nu, nemlig noget nyt",
        "noen nå nettopp nye nasjonale tiltak",
        "See https://www.regjeringen.no/nyheter and file:///tmp/ntake",
        "Nis and Ntake keep their capital letters",
        "word-ntake and don'ntake stay",
    ],
)
def test_left_alone(text: str) -> None:
    assert repair_stray_n(text) == (text, [])


def test_the_document_warns_about_repairs() -> None:
    doc = read(b"Drug plan\n- Risk is reduced for people who ntake harmful drugs\n", name="x.txt")
    assert "people who take harmful drugs" in doc.text
    assert any("ntake → take" in warning for warning in doc.warnings)
