"""Names for the demo students: Dutch names with diaeresis or IJ, and name groups by background.

Kept apart from the other demo tables so each file stays readable; see demo_data for the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

# Dutch names written with a diaeresis or an IJ, which sorting and searching must handle.
DUTCH_SPECIAL_GIVEN = (
    "Zoë",
    "Chloë",
    "Noë",
    "Joëlle",
    "Daniël",
    "Michaël",
    "Raphaël",
    "Noëlle",
    "Anaïs",
    "Loïs",
    "IJsbrand",
    "Ruën",
)
DUTCH_SPECIAL_SURNAMES = (
    "IJsselmuiden",
    "IJzerman",
    "IJpelaar",
    "Hoëll",
    "Bruïne",
    "Smeets-Vroemen",
    "Ploeg-IJzendoorn",
)


@dataclass(frozen=True, slots=True)
class Background:
    """A group of given names and surnames drawn together, so a name reads as one person's.

    ``non_western`` follows CBS's classification; the generator uses it only to reproduce the
    known application gap (ROA: about twice as many applications for the same result), so
    the office's "many rejections" signal has something to show.
    """

    given: tuple[str, ...]
    surnames: tuple[str, ...]
    non_western: bool


BACKGROUNDS: tuple[Background, ...] = (
    Background(
        (
            "Şükrü",
            "Çağla",
            "Gülşen",
            "Özlem",
            "Büşra",
            "Ömer",
            "Emre",
            "Yağmur",
            "Ayşe",
            "Elif",
            "Mehmet",
            "Hüseyin",
            "Zeynep",
            "Berkay",
            "İlayda",
        ),
        (
            "Yılmaz",
            "Öztürk",
            "Çelik",
            "Şahin",
            "Doğan",
            "Aydın",
            "Kılıç",
            "Demir",
            "Kaya",
            "Arslan",
            "Güneş",
            "Koç",
        ),
        non_western=True,
    ),
    Background(
        (
            "Mohamed",
            "Youssef",
            "Khadija",
            "Fatima-Zahra",
            "Ilyas",
            "Soufiane",
            "Nour",
            "Hamza",
            "Imane",
            "Meryem",
            "Anouar",
            "Salma",
            "Ayoub",
            "Hiba",
        ),
        (
            "El Amrani",
            "Bouzid",
            "El Idrissi",
            "Benali",
            "Aït Brahim",
            "Ouali",
            "Amrani",
            "Boukhari",
            "El Khattabi",
            "Ziani",
        ),
        non_western=True,
    ),
    Background(
        ("Priya", "Rajesh", "Shanti", "Sunita", "Ravi", "Anjali", "Vikash", "Kavita"),
        ("Ramdin", "Ramautar", "Jagessar", "Baldewsingh", "Mahabier", "Kisoensingh", "Mungra"),
        non_western=True,
    ),
    Background(
        ("Xiomara", "Djamila", "Shurandy", "Giovanni", "Jurenne", "Quincy", "Naomy", "Rayvano"),
        ("Pinas", "Sabajo", "Wijngaarde", "Martina", "Isenia", "Rosaria", "Koeiman", "Pietersz"),
        non_western=True,
    ),
    Background(
        ("Abdi", "Awet", "Semhar", "Yonas", "Filmon", "Hodan", "Abdullahi", "Saron"),
        ("Mohamud", "Tesfamariam", "Gebremedhin", "Ghebreyesus", "Kebede", "Haile", "Warsame"),
        non_western=True,
    ),
    Background(
        ("Omar", "Rania", "Lina", "Ahmad", "Yara", "Sami", "Rawan", "Ghaith"),
        ("Al-Khatib", "Haddad", "Hussein", "Al-Masri", "Darwish", "Khalil", "Naser"),
        non_western=True,
    ),
    Background(
        ("Thảo", "Minh", "Linh", "Quang", "Huyền", "Tuấn"),
        ("Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Đặng"),
        non_western=True,
    ),
    Background(
        ("Kwame", "Ama", "Kofi", "Esi", "Yaw", "Akosua"),
        ("Asante", "Mensah", "Boateng", "Owusu", "Acheampong"),
        non_western=True,
    ),
    Background(
        ("Agnieszka", "Łukasz", "Wojciech", "Małgorzata", "Paweł", "Michał", "Zofia", "Kacper"),
        ("Nowak", "Wiśniewski", "Kowalczyk", "Wójcik", "Dąbrowski", "Lewandowska", "Zając"),
        non_western=False,
    ),
    Background(
        ("Dragoș", "Ioana", "Andrei", "Mihai", "Ștefania", "Răzvan"),
        ("Popescu", "Ionescu", "Rădulescu", "Stănescu", "Constantinescu"),
        non_western=False,
    ),
    Background(
        ("Inês", "João", "Gonçalo", "Conceição", "Mário", "Adélia"),
        ("Gonçalves", "Fernandes", "Tavares", "Monteiro", "Lopes", "Évora"),
        non_western=True,  # mostly Cape Verdean families in the Netherlands
    ),
)
