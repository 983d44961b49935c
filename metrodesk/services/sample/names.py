"""Synthetic contacts for trying MetroDesk at scale: realistic multilingual names, titles,
cities, e-mails and phones, the same for the same seed and count.

Everything here is invented. E-mail addresses use the reserved `example.org` domain (RFC 2606)
so that no sample address can reach a real person; phone numbers are E.164 in ranges the
`phonenumbers` library accepts as valid mobile numbers of their country.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from metrodesk.data.enums import NameOrder

DEFAULT_SEED = 1985  # the year Metropolis was founded

GIVEN_FIRST = NameOrder.GIVEN_FIRST.value
FAMILY_FIRST = NameOrder.FAMILY_FIRST.value


@dataclass(frozen=True)
class SyntheticContact:
    honorific: str
    given_name: str
    family_name: str
    name_order: str
    job_title: str
    language: str
    city: str
    country: str
    email: str
    phone: str

    @property
    def display_name(self) -> str:
        """As `Contact.display_name` shows it: 'KIM Min-jun', 'Agnès Bickart'."""
        if self.name_order == FAMILY_FIRST:
            parts = [self.family_name.upper(), self.given_name]
        else:
            parts = [self.given_name, self.family_name]
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class Place:
    city: str
    country: str
    #: E.164 prefix of a mobile range (country code included) and how many digits follow
    mobile_prefixes: tuple[str, ...]
    digits: int


#: a name as written, with its ASCII romanisation for e-mail addresses ('' = derive it)
Name = tuple[str, str]


@dataclass(frozen=True)
class Culture:
    key: str
    language: str
    name_order: str
    female: tuple[Name, ...]
    male: tuple[Name, ...]
    family: tuple[Name, ...]
    places: tuple[Place, ...]
    #: share of names written in the culture's own script instead of Latin letters
    native_script: float = 0.0
    #: native-script variants: romanised name -> script form
    script: tuple[tuple[str, str], ...] = ()
    #: Spanish-speaking cultures often carry two family names
    double_family: float = 0.0
    #: languages some people of this culture prefer instead of `language`
    other_languages: tuple[str, ...] = ()


def _latin(*names: str) -> tuple[Name, ...]:
    return tuple((n, "") for n in names)


def _pairs(text: str) -> tuple[Name, ...]:
    """'김 Kim, 이 Lee' -> (('김', 'Kim'), ('이', 'Lee'))."""
    out = []
    for item in text.split(","):
        native, roman = item.split()
        out.append((native, roman))
    return tuple(out)


def _script(pairs: tuple[Name, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((roman, native) for native, roman in pairs)


ES = ("+346",)
KR = ("+82102", "+82103", "+82104", "+82106", "+82107", "+82108", "+82109")
FR = ("+3360", "+3361", "+3362", "+3364", "+3365", "+3366", "+3367", "+3368")
FRENCH = Culture(
    "fr",
    "fr",
    GIVEN_FIRST,
    female=_latin(
        "Agathe",
        "Amélie",
        "Anaïs",
        "Aurélie",
        "Béatrice",
        "Cécile",
        "Chloé",
        "Élodie",
        "Émilie",
        "Gaëlle",
        "Hélène",
        "Inès",
        "Léa",
        "Maëlle",
        "Mélanie",
        "Noémie",
        "Océane",
        "Solène",
        "Thérèse",
        "Zoé",
    ),
    male=_latin(
        "Benoît",
        "Clément",
        "Étienne",
        "François",
        "Frédéric",
        "Gérard",
        "Hervé",
        "Jérôme",
        "Joël",
        "Loïc",
        "Mathéo",
        "Noël",
        "Raphaël",
        "René",
        "Sébastien",
        "Stéphane",
        "Théo",
        "Valère",
        "Yannick",
        "Aurélien",
    ),
    family=_latin(
        "Barbier",
        "Béranger",
        "Brunet",
        "Chevalier",
        "Courtois",
        "Deschênes",
        "Dupré",
        "Fauré",
        "Fournier",
        "Gauthier",
        "Giraud",
        "Hébert",
        "Lefèvre",
        "Lemaître",
        "Lévêque",
        "Marchand",
        "Mercier",
        "Rousseau",
        "Ménard",
        "Petitjean",
        "Le Goff",
        "Duchêne",
        "Sévigné",
    ),
    places=(
        Place("Paris", "FR", FR, 7),
        Place("Lyon", "FR", FR, 7),
        Place("Marseille", "FR", FR, 7),
        Place("Bruxelles", "BE", ("+32470", "+32486"), 6),
    ),
    other_languages=("en",),
)

SENEGALESE = Culture(
    "sn",
    "fr",
    GIVEN_FIRST,
    female=_latin(
        "Aminata",
        "Awa",
        "Fatou",
        "Khady",
        "Mariama",
        "Ndeye",
        "Aïssatou",
        "Coumba",
        "Astou",
        "Bineta",
    ),
    male=_latin(
        "Abdoulaye",
        "Cheikh",
        "Mamadou",
        "Moussa",
        "Ousmane",
        "Ibrahima",
        "Babacar",
        "Modou",
        "Souleymane",
        "Pape",
    ),
    family=_latin(
        "Ba",
        "Cissé",
        "Diallo",
        "Diop",
        "Fall",
        "Faye",
        "Guèye",
        "Mbaye",
        "Ndiaye",
        "Sall",
        "Sène",
        "Sow",
        "Thiam",
        "Ndour",
    ),
    places=(
        Place("Dakar", "SN", ("+22177", "+22178", "+22176"), 7),
        Place("Abidjan", "CI", ("+22507",), 8),
    ),
    other_languages=("wo", "en"),
)

SPANISH = Culture(
    "es",
    "es",
    GIVEN_FIRST,
    female=_latin(
        "Ángela",
        "Begoña",
        "Camila",
        "Inés",
        "Lucía",
        "María José",
        "Mónica",
        "Sofía",
        "Valentina",
        "Ximena",
        "Guadalupe",
        "Itzel",
        "Dolores",
        "Verónica",
    ),
    male=_latin(
        "Álvaro",
        "Andrés",
        "Íñigo",
        "José",
        "Julián",
        "Martín",
        "Nicolás",
        "Ramón",
        "Raúl",
        "Sebastián",
        "Tomás",
        "Jesús",
        "Héctor",
        "Joaquín",
        "Rubén",
    ),
    family=_latin(
        "Álvarez",
        "Castaño",
        "Díaz",
        "Fernández",
        "García",
        "Gómez",
        "Gutiérrez",
        "Hernández",
        "Ibáñez",
        "Jiménez",
        "López",
        "Martínez",
        "Muñoz",
        "Núñez",
        "Ortiz",
        "Peña",
        "Pérez",
        "Rodríguez",
        "Sánchez",
        "Vázquez",
        "Cázares",
        "Domínguez",
    ),
    places=(
        Place("Mexico City", "MX", ("+5255", "+5256"), 8),
        Place("Guadalajara", "MX", ("+5233",), 8),
        Place("Madrid", "ES", ES, 8),
        Place("Bogotá", "CO", ("+57300", "+57310", "+57315"), 7),
        Place("Buenos Aires", "AR", ("+549112", "+549114", "+549115", "+549116"), 7),
        Place("Montevideo", "UY", ("+59899", "+59894"), 6),
        Place("Santiago", "CL", ("+56995", "+56998"), 6),
        Place("Lima", "PE", ("+5199",), 7),
    ),
    double_family=0.5,
    other_languages=("en",),
)

PORTUGUESE = Culture(
    "pt",
    "pt",
    GIVEN_FIRST,
    female=_latin(
        "Conceição",
        "Luísa",
        "Inês",
        "Márcia",
        "Tânia",
        "Vitória",
        "Lúcia",
        "Beatriz",
        "Letícia",
        "Flávia",
        "Débora",
        "Cláudia",
    ),
    male=_latin(
        "João",
        "Gonçalo",
        "Sebastião",
        "Estêvão",
        "Antônio",
        "Fábio",
        "Caio",
        "Thiago",
        "Vinícius",
        "Luís",
        "Mário",
        "Rogério",
    ),
    family=_latin(
        "Araújo",
        "Assunção",
        "Brandão",
        "Carvalho",
        "Conceição",
        "Falcão",
        "Gonçalves",
        "Guimarães",
        "Magalhães",
        "Monteiro",
        "Ribeiro",
        "Rocha",
        "Sá",
        "Simões",
        "Lopes",
        "Damião",
    ),
    places=(
        Place("São Paulo", "BR", ("+55119",), 8),
        Place("Rio de Janeiro", "BR", ("+55219",), 8),
        Place("Belo Horizonte", "BR", ("+55319",), 8),
        Place("Porto Alegre", "BR", ("+55519",), 8),
        Place("Lisboa", "PT", ("+35191", "+35192", "+35193", "+35196"), 7),
    ),
    other_languages=("en", "es"),
)

CATALAN = Culture(
    "ca",
    "ca",
    GIVEN_FIRST,
    female=_latin(
        "Àngels",
        "Laia",
        "Meritxell",
        "Mireia",
        "Montserrat",
        "Núria",
        "Queralt",
        "Roser",
        "Berta",
        "Maria Mercè",
    ),
    male=_latin(
        "Arnau",
        "Jordi",
        "Joan",
        "Marçal",
        "Oriol",
        "Pere",
        "Xavier",
        "Martí",
        "Pau",
        "Josep Maria",
    ),
    family=_latin(
        "Bosch",
        "Camps",
        "Casals",
        "Ferrer",
        "Font",
        "Mas",
        "Puig",
        "Pujol",
        "Riera",
        "Roca",
        "Rovira",
        "Sabaté",
        "Serra",
        "Soler",
        "Vidal",
        "Vilà",
        "Sanç",
        "Vallès",
    ),
    places=(
        Place("Barcelona", "ES", ES, 8),
        Place("L'Hospitalet de Llobregat", "ES", ES, 8),
        Place("Girona", "ES", ES, 8),
    ),
    double_family=0.4,
    other_languages=("es", "en"),
)

GERMAN = Culture(
    "de",
    "de",
    GIVEN_FIRST,
    female=_latin(
        "Anke",
        "Bärbel",
        "Dörte",
        "Friederike",
        "Hanna",
        "Käthe",
        "Lea",
        "Mia",
        "Sabine",
        "Ulrike",
        "Sünje",
        "Jördis",
    ),
    male=_latin(
        "Björn",
        "Günther",
        "Jörg",
        "Jürgen",
        "Lukas",
        "Jonas",
        "Matthias",
        "Maximilian",
        "Sören",
        "Uwe",
        "Andreas",
        "Bernd",
    ),
    family=_latin(
        "Becker",
        "Böhm",
        "Fuchs",
        "Groß",
        "Hoffmann",
        "Jäger",
        "Köhler",
        "König",
        "Krüger",
        "Lehmann",
        "Müller",
        "Schäfer",
        "Schröder",
        "Schulz",
        "Vogel",
        "Wagner",
        "Weiß",
        "Zimmermann",
        "Gößling",
        "Özdemir",
    ),
    places=(
        Place("Berlin", "DE", ("+49151", "+49160", "+49170", "+49176"), 8),
        Place("Hamburg", "DE", ("+49152",), 8),
        Place("Wien", "AT", ("+43664",), 7),
        Place("Zürich", "CH", ("+4179",), 7),
    ),
    other_languages=("en",),
)

_KOREAN_FAMILY = _pairs(
    "김 Kim, 이 Lee, 박 Park, 최 Choi, 정 Jung, 강 Kang, 조 Cho, 윤 Yoon, 장 Jang, 임 Lim, "
    "한 Han, 오 Oh, 서 Seo, 신 Shin, 권 Kwon, 황 Hwang, 안 Ahn, 송 Song, 원 Won, 문 Moon"
)
_KOREAN_FEMALE = _pairs(
    "서연 Seo-yeon, 하은 Ha-eun, 지우 Ji-woo, 수빈 Su-bin, 예진 Ye-jin, 은지 Eun-ji, "
    "수아 Soo-ah, 영미 Young-mi, 지민 Ji-min, 혜진 Hye-jin, 미경 Mi-kyung, 유나 Yu-na"
)
_KOREAN_MALE = _pairs(
    "민준 Min-jun, 지호 Ji-ho, 도윤 Do-yun, 서준 Seo-jun, 현우 Hyun-woo, 재원 Jae-won, "
    "동현 Dong-hyun, 태양 Tae-yang, 창호 Chang-ho, 성민 Sung-min, 준혁 Jun-hyuk, 상우 Sang-woo"
)
KOREAN = Culture(
    "ko",
    "ko",
    FAMILY_FIRST,
    female=tuple((r, "") for _, r in _KOREAN_FEMALE),
    male=tuple((r, "") for _, r in _KOREAN_MALE),
    family=tuple((r, "") for _, r in _KOREAN_FAMILY),
    places=(
        Place("Seoul", "KR", KR, 7),
        Place("Busan", "KR", KR, 7),
        Place("Incheon", "KR", KR, 7),
        Place("Daegu", "KR", KR, 7),
    ),
    native_script=0.25,
    script=_script(_KOREAN_FAMILY + _KOREAN_FEMALE + _KOREAN_MALE),
    other_languages=("en",),
)

_ARABIC_FAMILY = _pairs(
    "الحداد Haddad, خليل Khalil, منصور Mansour, ناصر Nasser, فاروق Farouk, صالح Saleh, "
    "إبراهيم Ibrahim, عزيز Aziz, المصري El-Masri, زكي Zaki, فهمي Fahmy, سليمان Soliman, "
    "عبدالرحمن Abdel-Rahman, السيد El-Sayed, الشريف Al-Sharif, يوسف Youssef"
)
_ARABIC_FEMALE = _pairs(
    "فاطمة Fatima, عائشة Aisha, ليلى Layla, نور Nour, مريم Mariam, سلمى Salma, "
    "ياسمين Yasmin, رانيا Rania, هناء Hana, دينا Dina, منى Mona, سارة Sara"
)
_ARABIC_MALE = _pairs(
    "محمد Mohamed, أحمد Ahmed, عمر Omar, يوسف Youssef, خالد Khaled, حسن Hassan, "
    "كريم Karim, طارق Tariq, عمرو Amr, مصطفى Mostafa, هشام Hisham, وليد Walid"
)
ARABIC = Culture(
    "ar",
    "ar",
    GIVEN_FIRST,
    female=tuple((r, "") for _, r in _ARABIC_FEMALE),
    male=tuple((r, "") for _, r in _ARABIC_MALE),
    family=tuple((r, "") for _, r in _ARABIC_FAMILY),
    places=(
        Place("Cairo", "EG", ("+2010", "+2011", "+2012", "+2015"), 8),
        Place("Alexandria", "EG", ("+2010", "+2012"), 8),
        Place("Amman", "JO", ("+96279",), 7),
        Place("Rabat", "MA", ("+21261", "+21262", "+21266"), 7),
        Place("Tunis", "TN", ("+2162", "+2165", "+2169"), 7),
        Place("Dubai", "AE", ("+97150", "+97155"), 7),
        Place("Riyadh", "SA", ("+96650", "+96655"), 7),
        Place("Beirut", "LB", ("+9613",), 6),
    ),
    native_script=0.3,
    script=_script(_ARABIC_FAMILY + _ARABIC_FEMALE + _ARABIC_MALE),
    other_languages=("en", "fr"),
)

_PERSIAN_FAMILY = _pairs(
    "حسینی Hosseini, احمدی Ahmadi, رضایی Rezaei, مرادی Moradi, کریمی Karimi, "
    "جعفری Jafari, رحیمی Rahimi, صادقی Sadeghi, تهرانی Tehrani, مشهدی Mashhadi, "
    "قربانی Ghorbani, نجفی Najafi, کاظمی Kazemi, محمدی Mohammadi, شیرازی Shirazi, "
    "اصفهانی Esfahani"
)
_PERSIAN_FEMALE = _pairs(
    "زهرا Zahra, مریم Maryam, فاطمه Fatemeh, نرگس Narges, پریسا Parisa, شیرین Shirin, "
    "لیلا Leila, نیلوفر Niloufar, بهناز Behnaz, گلنار Golnar, ساره Sareh, مهسا Mahsa"
)
_PERSIAN_MALE = _pairs(
    "رضا Reza, علی Ali, حسین Hossein, آرش Arash, داریوش Dariush, کاوه Kaveh, "
    "فرهاد Farhad, مهدی Mehdi, امیر Amir, بابک Babak, سعید Saeed, مجید Majid"
)
PERSIAN = Culture(
    "fa",
    "fa",
    GIVEN_FIRST,
    female=tuple((r, "") for _, r in _PERSIAN_FEMALE),
    male=tuple((r, "") for _, r in _PERSIAN_MALE),
    family=tuple((r, "") for _, r in _PERSIAN_FAMILY),
    places=(
        Place("Mashhad", "IR", ("+98915", "+98912", "+98935"), 7),
        Place("Tehran", "IR", ("+98912", "+98919", "+98935"), 7),
        Place("Isfahan", "IR", ("+98913",), 7),
        Place("Shiraz", "IR", ("+98917",), 7),
        Place("Tabriz", "IR", ("+98914",), 7),
    ),
    native_script=0.3,
    script=_script(_PERSIAN_FAMILY + _PERSIAN_FEMALE + _PERSIAN_MALE),
    other_languages=("en",),
)

_CHINESE_FAMILY = _pairs(
    "王 Wang, 李 Li, 张 Zhang, 刘 Liu, 陈 Chen, 杨 Yang, 黄 Huang, 赵 Zhao, 吴 Wu, "
    "周 Zhou, 徐 Xu, 孙 Sun, 马 Ma, 朱 Zhu, 胡 Hu, 郭 Guo, 林 Lin, 何 He, 罗 Luo, 梁 Liang"
)
_CHINESE_FEMALE = _pairs(
    "芳 Fang, 静 Jing, 燕 Yan, 丽 Li, 慧 Hui, 欣 Xin, 子涵 Zihan, 婷婷 Tingting, "
    "晓燕 Xiaoyan, 雪 Xue, 佳怡 Jiayi, 梦琪 Mengqi"
)
_CHINESE_MALE = _pairs(
    "伟 Wei, 晓明 Xiaoming, 磊 Lei, 军 Jun, 宇轩 Yuxuan, 浩然 Haoran, 明宇 Mingyu, "
    "志强 Zhiqiang, 建华 Jianhua, 俊杰 Junjie, 鹏 Peng, 文博 Wenbo"
)
CHINESE = Culture(
    "zh",
    "zh",
    FAMILY_FIRST,
    female=tuple((r, "") for _, r in _CHINESE_FEMALE),
    male=tuple((r, "") for _, r in _CHINESE_MALE),
    family=tuple((r, "") for _, r in _CHINESE_FAMILY),
    places=(
        Place("Guangzhou", "CN", ("+86138", "+86139", "+86135", "+86186"), 8),
        Place("Shanghai", "CN", ("+86139", "+86137"), 8),
        Place("Beijing", "CN", ("+86138", "+86136"), 8),
        Place("Shenzhen", "CN", ("+86135",), 8),
        Place("Chengdu", "CN", ("+86139",), 8),
        Place("Wuhan", "CN", ("+86138",), 8),
    ),
    native_script=0.4,
    script=_script(_CHINESE_FAMILY + _CHINESE_FEMALE + _CHINESE_MALE),
    other_languages=("en",),
)

#: cultures with their weight in the synthetic population
CULTURES: tuple[tuple[Culture, int], ...] = (
    (FRENCH, 12),
    (SENEGALESE, 5),
    (SPANISH, 15),
    (PORTUGUESE, 8),
    (CATALAN, 8),
    (GERMAN, 9),
    (KOREAN, 12),
    (ARABIC, 11),
    (PERSIAN, 8),
    (CHINESE, 12),
)

JOB_TITLES = (
    "Director of International Relations",
    "Head of Urban Planning",
    "Policy Officer",
    "Project Manager, Smart City",
    "Deputy Mayor for Housing",
    "Chief of Staff to the Mayor",
    "Training Coordinator",
    "Senior Urban Planner",
    "Communications Officer",
    "Head of Mobility",
    "Climate Adviser",
    "Gender Equality Officer",
    "Data Analyst",
    "Researcher, Metropolitan Governance",
    "Programme Officer",
    "City Manager",
    "Adviser to the Mayor",
    "Head of Protocol",
    "Economic Development Officer",
    "Water and Sanitation Engineer",
    "International Cooperation Officer",
    "Head of Human Resources Development",
    "Public Health Coordinator",
    "Resilience Officer",
    "Director of Strategy",
)

FEMALE_HONORIFICS = ("Ms", "Ms", "Ms", "Dr", "")
MALE_HONORIFICS = ("Mr", "Mr", "Mr", "Dr", "")

#: letters ASCII folding would lose or get wrong
_TRANSLIT = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ı": "i",
        "'": "",
        "’": "",
    }
)
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_NOT_LOCAL = re.compile(r"[^a-z0-9]+")


def ascii_fold(text: str, german: bool = False) -> str:
    """'Lévêque' -> 'leveque', 'Müller' -> 'mueller' (with german), 'Ibáñez' -> 'ibanez'."""
    text = text.lower()
    if german:
        text = text.translate(_GERMAN)
    text = text.translate(_TRANSLIT)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii())


def _slug(text: str, german: bool = False) -> str:
    """ASCII letters and digits, words joined by '-': 'Mexico City' -> 'mexico-city'."""
    return _NOT_LOCAL.sub("-", ascii_fold(text, german)).strip("-")


class ContactGenerator:
    """A deterministic stream of synthetic contacts: the same seed gives the same people.

    Each instance has its own random source and its own memory of the e-mail addresses it
    handed out (so addresses are unique within one stream); nothing is shared between them.
    """

    def __init__(self, seed: int = DEFAULT_SEED) -> None:
        self._rng = random.Random(seed)
        self._cultures = [c for c, _ in CULTURES]
        self._weights = [w for _, w in CULTURES]
        self._scripts = {c.key: dict(c.script) for c in self._cultures}
        self._emails: set[str] = set()

    def take(self, count: int) -> list[SyntheticContact]:
        return [self.next() for _ in range(count)]

    def __iter__(self) -> Iterator[SyntheticContact]:
        while True:
            yield self.next()

    def next(self) -> SyntheticContact:
        rng = self._rng
        culture = rng.choices(self._cultures, self._weights)[0]
        female = rng.random() < 0.5
        given, _ = rng.choice(culture.female if female else culture.male)
        family, _ = rng.choice(culture.family)
        if culture.double_family and rng.random() < culture.double_family:
            second, _ = rng.choice(culture.family)
            if second != family:
                family = f"{family} {second}"
        roman_given, roman_family = given, family
        if culture.native_script and rng.random() < culture.native_script:
            script = self._scripts[culture.key]
            given, family = script.get(given, given), script.get(family, family)
        place = rng.choice(culture.places)
        language = culture.language
        if culture.other_languages and rng.random() < 0.15:
            language = rng.choice(culture.other_languages)
        honorific = rng.choice(FEMALE_HONORIFICS if female else MALE_HONORIFICS)
        return SyntheticContact(
            honorific=honorific,
            given_name=given,
            family_name=family,
            name_order=culture.name_order,
            job_title=rng.choice(JOB_TITLES),
            language=language,
            city=place.city,
            country=place.country,
            email=self._email(roman_given, roman_family, place, culture),
            phone=self._phone(place),
        )

    def _email(self, given: str, family: str, place: Place, culture: Culture) -> str:
        german = culture.key == "de"
        g = _slug(given, german).replace("-", "")
        f = _slug(family, german).replace("-", "")
        style = self._rng.randrange(4)
        if style == 0:
            local = f"{g}.{f}"
        elif style == 1:
            local = f"{g[:1]}{f}"
        elif style == 2:
            local = f"{f}.{g}" if culture.name_order == FAMILY_FIRST else f"{g}{f}"
        else:
            local = f"{g[:1]}.{f}"
        domain = f"{_slug(place.city)}.example.org"
        address = f"{local}@{domain}"
        n = 1
        while address in self._emails:
            n += 1
            address = f"{local}{n}@{domain}"
        self._emails.add(address)
        return address

    def _phone(self, place: Place) -> str:
        prefix = self._rng.choice(place.mobile_prefixes)
        tail = self._rng.randrange(10**place.digits)
        return f"{prefix}{tail:0{place.digits}d}"
