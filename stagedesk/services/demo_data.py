"""Reference data for the demo generator: programmes, places, names and the pools drawn from.

Everything here is either a fixed table or built once from a seeded Faker, so that a seed
gives the same demo store every time. Faker is slow per call; the generator draws from the
pools built here with its own seeded ``random.Random`` instead of calling Faker per row.
"""

from __future__ import annotations

import csv
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from faker import Faker

from stagedesk.domain.enums import DiscriminationGround, Sector

PROGRAMMES_CSV = Path(__file__).resolve().parents[2] / "resources" / "demo" / "programmes.csv"

# The fake college's mail domains. ``.example`` is reserved (RFC 2606): demo letters or
# e-mails can never reach a real person.
SCHOOL_DOMAIN = "rocdemo.example"
STUDENT_DOMAIN = f"student.{SCHOOL_DOMAIN}"
PRIVATE_DOMAINS = ("mail.example", "post.example", "thuis.example")


@dataclass(frozen=True, slots=True)
class ProgrammeRow:
    crebo: str
    name: str
    niveau: int
    sector: Sector


def load_programmes(path: Path = PROGRAMMES_CSV) -> list[ProgrammeRow]:
    """The programme table (``crebo;name;niveau;sector``, with a header line)."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        return [
            ProgrammeRow(
                crebo=row["crebo"].strip(),
                name=row["name"].strip(),
                niveau=int(row["niveau"]),
                sector=Sector(row["sector"].strip()),
            )
            for row in reader
        ]


# Sectors whose niveau 2-4 programmes are also offered as BBL (work-based) at the demo
# college; ICT, the crafts and the entree programmes are BOL only, as at most colleges.
BBL_SECTORS = frozenset(
    {
        Sector.ZORG,
        Sector.TECHNIEK,
        Sector.MOBILITEIT,
        Sector.VOEDSEL,
        Sector.HANDEL,
        Sector.ZAKELIJK,
    }
)

# Real towns with a postcode range inside them, a weight and the telephone area code: the
# demo college sits in the middle of the country, so most companies are near Utrecht.
CITIES: tuple[tuple[str, int, int, int, str], ...] = (
    ("Utrecht", 3511, 3585, 30, "030"),
    ("Amersfoort", 3811, 3829, 14, "033"),
    ("Nieuwegein", 3430, 3439, 8, "030"),
    ("Zeist", 3701, 3709, 6, "030"),
    ("Houten", 3991, 3995, 5, "030"),
    ("Veenendaal", 3901, 3907, 5, "0318"),
    ("IJsselstein", 3400, 3404, 4, "030"),
    ("Woerden", 3440, 3449, 4, "0348"),
    ("Hilversum", 1211, 1223, 4, "035"),
    ("Ede", 6711, 6718, 4, "0318"),
    ("Culemborg", 4101, 4107, 3, "0345"),
    ("Gouda", 2801, 2809, 3, "0182"),
    ("Amsterdam", 1011, 1109, 6, "020"),
    ("Almere", 1311, 1364, 3, "036"),
    ("Haarlem", 2011, 2037, 2, "023"),
    ("Leiden", 2311, 2334, 2, "071"),
    ("Den Haag", 2491, 2597, 3, "070"),
    ("Rotterdam", 3011, 3089, 4, "010"),
    ("Dordrecht", 3311, 3329, 2, "078"),
    ("Gorinchem", 4201, 4208, 2, "0183"),
    ("Middelburg", 4330, 4338, 1, "0118"),
    ("Breda", 4811, 4839, 2, "076"),
    ("Tilburg", 5011, 5049, 2, "013"),
    ("'s-Hertogenbosch", 5211, 5237, 2, "073"),
    ("Eindhoven", 5611, 5658, 2, "040"),
    ("Venlo", 5911, 5928, 1, "077"),
    ("Maastricht", 6211, 6229, 1, "043"),
    ("Nijmegen", 6511, 6546, 2, "024"),
    ("Arnhem", 6811, 6846, 3, "026"),
    ("Apeldoorn", 7311, 7339, 2, "055"),
    ("Deventer", 7411, 7429, 1, "0570"),
    ("Enschede", 7511, 7548, 1, "053"),
    ("Emmen", 7811, 7828, 1, "0591"),
    ("Zwolle", 8011, 8043, 2, "038"),
    ("Lelystad", 8211, 8245, 1, "0320"),
    ("Leeuwarden", 8911, 8939, 1, "058"),
    ("Assen", 9401, 9408, 1, "0592"),
    ("Groningen", 9711, 9747, 1, "050"),
)

# Letter pairs PostNL never issues.
_FORBIDDEN_POSTCODE_LETTERS = frozenset({"SA", "SD", "SS"})
POSTCODE_LETTER_PAIRS: tuple[str, ...] = tuple(
    a + b
    for a in "ABCDEFGHJKLMNPRSTVWXZ"
    for b in "ABCDEFGHJKLMNPRSTVWXZ"
    if a + b not in _FORBIDDEN_POSTCODE_LETTERS
)

# Surnames with a tussenvoegsel, to top up what Faker offers ('t, ter, ten, in 't are rare there).
TUSSENVOEGSEL_NAMES: tuple[tuple[str, str], ...] = (
    ("van der", "Berg"),
    ("van der", "Meer"),
    ("van der", "Linden"),
    ("van der", "Heijden"),
    ("van der", "Wal"),
    ("van den", "Berg"),
    ("van den", "Bosch"),
    ("van den", "Broek"),
    ("van den", "Heuvel"),
    ("de", "Vries"),
    ("de", "Jong"),
    ("de", "Boer"),
    ("de", "Graaf"),
    ("de", "Wit"),
    ("de", "Groot"),
    ("de", "Haan"),
    ("van", "Dijk"),
    ("van", "Leeuwen"),
    ("van", "Vliet"),
    ("van", "Beek"),
    ("van", "Dam"),
    ("van de", "Ven"),
    ("van de", "Pol"),
    ("van de", "Kamp"),
    ("'t", "Hart"),
    ("'t", "Hooft"),
    ("ter", "Horst"),
    ("ter", "Haar"),
    ("ter", "Steege"),
    ("ten", "Cate"),
    ("ten", "Brink"),
    ("ten", "Have"),
    ("in 't", "Veld"),
    ("van 't", "Hof"),
    ("op den", "Kamp"),
)

# Words a company name in the sector starts with ("Autobedrijf Van Dijk").
SECTOR_COMPANY_WORDS: dict[Sector, tuple[str, ...]] = {
    Sector.TECHNIEK: (
        "Installatiebedrijf",
        "Elektrotechniek",
        "Bouwbedrijf",
        "Timmerbedrijf",
        "Aannemersbedrijf",
        "Installatietechniek",
    ),
    Sector.MOBILITEIT: (
        "Autobedrijf",
        "Garage",
        "Transportbedrijf",
        "Distributiecentrum",
        "Logistiek",
        "Autoschade",
    ),
    Sector.ZORG: (
        "Zorgcentrum",
        "Thuiszorg",
        "Kinderopvang",
        "Woonzorg",
        "Zorggroep",
        "Apotheek",
        "Sportcentrum",
    ),
    Sector.HANDEL: (
        "Supermarkt",
        "Bouwmarkt",
        "Modehuis",
        "Tweewielers",
        "Woonwinkel",
        "Drogisterij",
    ),
    Sector.SPECIALISTISCH: (
        "Kapsalon",
        "Schoonheidssalon",
        "Meubelmakerij",
        "Atelier",
        "Kappersstudio",
    ),
    Sector.ICT: ("ICT-diensten", "Webbureau", "Systeembeheer", "Mediabureau", "Softwarehuis"),
    Sector.VOEDSEL: (
        "Restaurant",
        "Hotel",
        "Brasserie",
        "Cateringbedrijf",
        "Hoveniersbedrijf",
        "Dierenpension",
        "Eetcafé",
    ),
    Sector.ZAKELIJK: (
        "Beveiliging",
        "Administratiekantoor",
        "Advocatenkantoor",
        "Accountantskantoor",
        "Adviesbureau",
    ),
}
COMPANY_SUFFIXES = ("B.V.", "BV", "Groep", "& Zn.", "& Partners", "Holding")

CONTACT_FUNCTIONS = (
    "Teamleider",
    "HR-adviseur",
    "Eigenaar",
    "Vestigingsmanager",
    "Office manager",
    "Afdelingshoofd",
)

VISIT_NOTES = (
    "Gesprek met student en praktijkopleider; student functioneert goed.",
    "Leerdoelen besproken; werkzaamheden passen bij de opleiding.",
    "Student heeft het naar de zin, wel aandacht voor op tijd komen.",
    "Praktijkopleider tevreden; afspraken over het eindgesprek gemaakt.",
    "Student voelt zich veilig en wordt goed begeleid.",
    "Werkdruk besproken; praktijkopleider past het rooster aan.",
    "Beoordelingsformulier doorgenomen; student is op schema.",
)

MELDING_DESCRIPTIONS: dict[DiscriminationGround, str] = {
    DiscriminationGround.ORIGIN: "Na het noemen van haar achternaam was de plek ineens vergeven; "
    "een klasgenoot kreeg dezelfde dag een uitnodiging.",
    DiscriminationGround.RELIGION: "Bij de kennismaking werd gevraagd naar zijn geloof en of hij "
    "tijdens de ramadan wel zou kunnen werken.",
    DiscriminationGround.GENDER: "Student werd afgewezen omdat het team 'liever geen meisjes in "
    "de werkplaats' heeft.",
    DiscriminationGround.DISABILITY: "Student met een beperking kreeg te horen dat aanpassingen "
    "'te veel gedoe' zijn.",
    DiscriminationGround.SEXUAL_ORIENTATION: "De praktijkopleider maakte herhaaldelijk grappen "
    "over de geaardheid van de student.",
    DiscriminationGround.AGE: "Student kreeg te horen dat het bedrijf 'liever iemand van 16 "
    "inhuurt, die is goedkoper'.",
    DiscriminationGround.OTHER: "Student werd tijdens het sollicitatiegesprek uitgelachen om "
    "haar accent.",
}

MELDING_WISHES = (
    "Wil graag een gesprek met het bedrijf.",
    "Wil dat het wordt doorgegeven aan SBB.",
    "Wil alleen dat het wordt vastgelegd.",
    "Wil anoniem blijven; geen verdere stappen.",
)


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits only, for e-mail addresses of demo people."""
    special = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o"})
    decomposed = unicodedata.normalize("NFKD", text.translate(special))
    return "".join(ch for ch in decomposed.lower() if ch.isascii() and ch.isalnum())


def _unique(values: list[str]) -> list[str]:
    """Values without repeats, in the order first seen (order keeps the pools seeded)."""
    return list(dict.fromkeys(values))


def _split_tussenvoegsel(full: str) -> tuple[str | None, str]:
    """Faker writes "van der Berg": the leading lower-case words are the tussenvoegsel."""
    words = full.split()
    prefix: list[str] = []
    while len(words) > 1 and (words[0][0].islower() or words[0].startswith("'")):
        prefix.append(words.pop(0))
    return (" ".join(prefix) or None), " ".join(words)


@dataclass(frozen=True, slots=True)
class NamePools:
    """What the generator draws names, streets and companies from."""

    given: tuple[str, ...]
    surnames_plain: tuple[str, ...]
    surnames_prefixed: tuple[tuple[str, str], ...]
    streets: tuple[str, ...]


def build_pools(fake: Faker) -> NamePools:
    """Draw the pools from a seeded Faker."""
    given = _unique([fake.first_name() for _ in range(2500)])
    plain: list[str] = []
    prefixed: list[tuple[str, str]] = list(TUSSENVOEGSEL_NAMES)
    for full in _unique([fake.last_name() for _ in range(4000)]):
        tussenvoegsel, surname = _split_tussenvoegsel(full)
        if tussenvoegsel is None:
            plain.append(surname)
        else:
            prefixed.append((tussenvoegsel, surname))
    streets = _unique([fake.street_name() for _ in range(3000)])
    return NamePools(
        given=tuple(given),
        surnames_plain=tuple(plain),
        surnames_prefixed=tuple(_unique_pairs(prefixed)),
        streets=tuple(streets),
    )


def _unique_pairs(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return list(dict.fromkeys(pairs))


def mobile_number(rng: random.Random) -> str:
    return f"06-{rng.randrange(10_000_000, 100_000_000)}"


def landline_number(rng: random.Random, area_code: str) -> str:
    """A number in the area: Dutch numbers have ten digits, area code included."""
    digits = 10 - len(area_code)
    return f"{area_code}-{rng.randrange(2 * 10 ** (digits - 1), 10**digits)}"
