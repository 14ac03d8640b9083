"""Where a company the organisations table does not know is from, when the text says so:
"Perth-based", "ASX-listed", "(TSX-V: ABC)", ", a Johannesburg-based miner," or a legal form
that belongs to one country ("Pty Ltd", "GmbH", "Oyj")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

from store.extraction.actors import company_country, country_named
from store.extraction.bank_registry import registry_country
from store.extraction.known_actors import EXCHANGE_COUNTRIES, ORGANISATIONS_BY_NAME
from store.extraction.names import MODIFIER_STOPS
from store.extraction.text import Token, word_set

# Mining and finance cities that are not capitals (capitals are read through the actor table:
# "Tokyo-based" is Japan). A city named in two countries is left out.
CITY_COUNTRIES = {
    "perth": "AU",
    "sydney": "AU",
    "melbourne": "AU",
    "brisbane": "AU",
    "adelaide": "AU",
    "darwin": "AU",
    "hobart": "AU",
    "kalgoorlie": "AU",
    "toronto": "CA",
    "vancouver": "CA",
    "montreal": "CA",
    "montréal": "CA",
    "calgary": "CA",
    "edmonton": "CA",
    "sudbury": "CA",
    "saskatoon": "CA",
    "quebec city": "CA",
    "johannesburg": "ZA",
    "cape town": "ZA",
    "durban": "ZA",
    "denver": "US",
    "houston": "US",
    "new york": "US",
    "phoenix": "US",
    "tempe": "US",
    "reno": "US",
    "spokane": "US",
    "salt lake city": "US",
    "charlotte": "US",
    "pittsburgh": "US",
    "chicago": "US",
    "boston": "US",
    "san francisco": "US",
    "osaka": "JP",
    "busan": "KR",
    "shanghai": "CN",
    "shenzhen": "CN",
    "hong kong": "HK",
    "mumbai": "IN",
    "bengaluru": "IN",
    "bangalore": "IN",
    "dubai": "AE",
    "santiago": "CL",
    "são paulo": "BR",
    "sao paulo": "BR",
    "belo horizonte": "BR",
    "rio de janeiro": "BR",
    "monterrey": "MX",
    "almaty": "KZ",
    "tashkent": "UZ",
    "lubumbashi": "CD",
    "kolwezi": "CD",
    "windhoek": "NA",
    "gaborone": "BW",
    "harare": "ZW",
    "lusaka": "ZM",
    "kigali": "RW",
    "nairobi": "KE",
    "accra": "GH",
    "dar es salaam": "TZ",
    "casablanca": "MA",
    "oslo": "NO",
    "stockholm": "SE",
    "helsinki": "FI",
    "tallinn": "EE",
    "copenhagen": "DK",
    "amsterdam": "NL",
    "rotterdam": "NL",
    "frankfurt": "DE",
    "munich": "DE",
    "münchen": "DE",
    "wien": "AT",
    "graz": "AT",
    "linz": "AT",
    "salzburg": "AT",
    "innsbruck": "AT",
    "köln": "DE",
    "cologne": "DE",
    "stuttgart": "DE",
    "leipzig": "DE",
    "dresden": "DE",
    "gothenburg": "SE",
    "göteborg": "SE",
    "bergen": "NO",
    "aarhus": "DK",
    "tampere": "FI",
    "hamburg": "DE",
    "düsseldorf": "DE",
    "dusseldorf": "DE",
    "milan": "IT",
    "barcelona": "ES",
    "zurich": "CH",
    "zürich": "CH",
    "geneva": "CH",
    "zug": "CH",
    "baar": "CH",
    "luxembourg": "LU",
    "dublin": "IE",
    "manchester": "GB",  # (also a Jamaican parish: the city is meant)
    "birmingham": "GB",
    "glasgow": "GB",
    "edinburgh": "GB",
    "cardiff": "GB",
    "leeds": "GB",
    "seattle": "US",
    "austin": "US",
    "san antonio": "US",
    "los angeles": "US",
    "ningbo": "CN",
    "xiamen": "CN",
    "ganzhou": "CN",
    "baotou": "CN",
    "tel aviv": "IL",
    "hsinchu": "TW",
    "taipei": "TW",
    "kuala lumpur": "MY",
    "auckland": "NZ",
    # capitals the actor table does not read as their government
    "buenos aires": "AR",
    "lima": "PE",
    "mexico city": "MX",
    "bogotá": "CO",
    "bogota": "CO",
    "madrid": "ES",
    "lisbon": "PT",
    "warsaw": "PL",
    "vienna": "AT",
    "brussels": "BE",  # a company there is Belgian, not the Union's
    "doha": "QA",
    "singapore": "SG",
    "liège": "BE",
    "liege": "BE",
}
# Provinces and states a company's name may open with ("Ontario Power Generation", "Queensland
# Alumina"): the company is of that country. ("Victoria" is left out: also a first name.)
REGION_COUNTRIES = {
    "ontario": "CA",
    "quebec": "CA",
    "québec": "CA",
    "alberta": "CA",
    "saskatchewan": "CA",
    "manitoba": "CA",
    "british columbia": "CA",
    "nova scotia": "CA",
    "new brunswick": "CA",
    "newfoundland": "CA",
    "yukon": "CA",
    "queensland": "AU",
    "new south wales": "AU",
    "tasmania": "AU",
    "tasmanian": "AU",
    "western australia": "AU",
    "south australia": "AU",
    "south australian": "AU",
    "northern territory": "AU",
    "nsw": "AU",
    "bc": "CA",
    "ohio": "US",
    "utah": "US",
    "iowa": "US",
    "wallonia": "BE",
    "flanders": "BE",
    "styria": "AT",
    "tyrol": "AT",
    "bavaria": "DE",
    "bavarian": "DE",
    "saxony": "DE",
    "lapland": "FI",
    "ostrobothnia": "FI",
    "trentino": "IT",
    "alsace": "FR",  # (a region of its own again since 2021, inside ISO's Grand Est)
    "catalonia": "ES",
    "andalusia": "ES",
    "silesia": "PL",
    "wa": "AU",
}
# Words of one country's banking and utility law that open or make a body's name
# ("Kreissparkasse Altmühltal", "Säästöpankki Optia", "Sparbanken Tornedalen").
_NATIONAL_BODY_WORDS = {
    "kreissparkasse": "DE",
    "stadtsparkasse": "DE",
    "stadtwerke": "DE",
    "kantonalbank": "CH",
    "säästöpankki": "FI",
    "osuuspankki": "FI",
    "sparbanken": "SE",
    "spółdzielczy": "PL",
    "landkreis": "DE",  # a German rural district ("Landkreis Goslar"); Austria's are Bezirke
    "kehitys": "FI",  # Finnish "development" ("Kokkolanseudun Kehitys", a regional agency)
    "shinkin": "JP",  # a Japanese credit association ("Hida Shinkin Bank")
    "katılım": "TR",  # Turkish participation (Islamic) banking ("Emlak Katılım")
    "bankası": "TR",  # Turkish "bank of" ("Türkiye İş Bankası")
    "türk": "TR",  # Turkish "Turkish" ("Kuveyt Türk", "Türk Eximbank")
    "eläkevakuutusyhtiö": "FI",  # a Finnish pension insurance company ("Eläkevakuutusyhtiö Veritas")
    "eläkekassa": "FI",  # a Finnish pension fund
    "ketenagakerjaan": "ID",  # Indonesian "employment" ("BPJS Ketenagakerjaan", the workers' fund)
}
# German-language adjectives of states and cities that open a regional bank's or utility's
# name ("Thüringer Aufbaubank", "Hamburger Sparkasse", "Tiroler Sparkasse").
REGION_ADJECTIVES = {
    "sächsische": "DE",
    "saechsische": "DE",
    "bayerische": "DE",
    "thüringer": "DE",
    "hessische": "DE",
    "niedersächsische": "DE",
    "brandenburgische": "DE",
    "badische": "DE",
    "württembergische": "DE",
    "westfälische": "DE",
    "saarländische": "DE",
    "berliner": "DE",
    "hamburger": "DE",
    "bremer": "DE",
    "münchner": "DE",
    "kölner": "DE",
    "frankfurter": "DE",
    "steiermärkische": "AT",
    "oberösterreichische": "AT",
    "niederösterreichische": "AT",
    "tiroler": "AT",
    "kärntner": "AT",
    "salzburger": "AT",
    "vorarlberger": "AT",
    "wiener": "AT",
}
# Words a state or province shares with common English or given names: never read as a place.
_REGION_WORDS_NOT = word_set(
    """central western eastern northern southern north south east west centre center capital
    coast island islands valley lake river mountain highlands lakes victoria georgia jersey
    washington delaware nord sud norte sur santa san saint grand upper lower unity"""
)


# Places two countries claim, which ISO 3166-2 lists under one of them ("Jerusalem" is only a
# Palestinian governorate there; "Bank Jerusalem" is Israeli): they tell no body's country.
_DISPUTED_PLACES = word_set("jerusalem sevastopol")


@lru_cache(maxsize=1)
def _subdivision_countries() -> dict[str, str]:
    """One-word first-level states, provinces and regions (ISO 3166-2) named in one country
    only, by their lower-case name: "Vorarlberg" is Austria, "Pichincha" Ecuador."""
    seen: dict[str, set[str]] = {}
    for record in pycountry.subdivisions:
        if record.parent_code is not None:
            continue
        name = str(record.name).split(" (")[0].split(",")[0]
        if " " in name or len(name) < 5 or not name[:1].isupper():
            continue
        seen.setdefault(name.lower(), set()).add(str(record.country_code))
        # ("Chhattīsgarh" is written "Chhattisgarh")
        seen.setdefault(_plain(name), set()).add(str(record.country_code))
    # "Santander Bank Polska": a region named like a known company says nothing of its home
    companies = {short.lower() for short in ORGANISATIONS_BY_NAME}
    return {
        name: next(iter(codes))
        for name, codes in seen.items()
        if len(codes) == 1
        and name not in _DISPUTED_PLACES
        and name not in _REGION_WORDS_NOT
        and name not in companies
        and country_named(name) is None
    }


@lru_cache(maxsize=1)
def _subdivision_names() -> frozenset[str]:
    """The lower-case names of every state, province and region (ISO 3166-2), of any country."""
    return frozenset(
        _plain(str(record.name).split(" (")[0].split(",")[0]) for record in pycountry.subdivisions
    )


def _plain(name: str) -> str:
    """A name in lower case without accents ("Tamil Nādu" is written "Tamil Nadu")."""
    if name.isascii():
        return name.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


def names_a_place(name: str) -> bool:
    """Whether a name is a state, province, region or listed city ("Tamil Nadu", "Cabo
    Delgado"): written as a message's label, it says where, not who."""
    key = name.lower()
    return key in CITY_COUNTRIES or key in REGION_COUNTRIES or _plain(name) in _subdivision_names()


# Words that make a name a local lender, fund, agency or utility, which names the region or
# city it serves; a miner named after a place ("Savannah Resources") may be from anywhere.
_LOCAL_BODY_WORDS = word_set(
    """bank banka banco banca banque sparkasse landesbank aufbaubank hypo fund fonds center
    centre agency authority energie stadtwerke utility utilities credit pension retirement board
    district treasury power light department office development region région regione región
    caja caixa cassa caisse council insurance versicherung participations entreprises sviluppo
    développement desarrollo commission"""
)


_COMPASS_WORDS = word_set("north south east west northern southern eastern western inner outer upper lower")
_LOCAL_BODY_ENDINGS = ("bank", "banken", "kasse", "werke", "fonds")


def _place_in_name(tokens: list[Token], first: int, last: int) -> str | None:
    """The country of a state, province or city written inside a local body's name ("Hypo
    Vorarlberg", "Michigan Strategic Fund", "Stadtwerke München", "Bank of Queensland")."""
    if last - first < 2:
        return None
    words = [tokens[k].lower for k in range(first, last)]
    # ("IFB Hamburg": a body's initials, then the place it serves)
    initials = last - first == 2 and tokens[first].text.isupper() and 2 <= len(tokens[first].text) <= 5
    if not initials and not any(w in _LOCAL_BODY_WORDS or w.endswith(_LOCAL_BODY_ENDINGS) for w in words):
        return None
    regions = _subdivision_countries()
    for k in range(first, last):
        if not tokens[k].text[:1].isupper():  # "Komerční banka": a place is written with a capital
            continue
        # "Bank of North Dakota" (not "South West": Singapore's district, and every country's)
        two_words = (
            k + 1 < last and tokens[k + 1].text[:1].isupper() and tokens[k + 1].lower not in _REGION_WORDS_NOT
        )
        if two_words and (found := _two_word_subdivisions().get(f"{tokens[k].lower} {tokens[k + 1].lower}")):
            return found
        if k > first and tokens[k - 1].lower in _COMPASS_WORDS:
            continue  # "West Midlands" is England's, not Zimbabwe's Midlands
        word = tokens[k].lower
        found = (
            REGION_COUNTRIES.get(word)
            or REGION_ADJECTIVES.get(word)
            or CITY_COUNTRIES.get(word)
            or regions.get(word)
        )
        if found:
            return found
        # "Région Grand Est", "Emilia Romagna": a region ISO 3166-2 writes with a hyphen
        # ("Grand-Est"), written as two capitalised words; not one named by a direction or a
        # saint that many countries' places share ("South West" is Cameroon's region too)
        nxt = tokens[k + 1] if k + 1 < last else None
        if (
            nxt is not None
            and nxt.text[:1].isupper()
            and not {word, nxt.lower} & _SHARED_PLACE_WORDS
            and (found := regions.get(f"{word}-{nxt.lower}"))
        ):
            return found
    return None


_SHARED_PLACE_WORDS = word_set(
    """north south east west northern southern eastern western central centre center nord sud
    ouest norte sur saint sainte st santa san port monte plateau upper lower"""
)


def _place_before_descriptor(text: str, tokens: list[Token], first: int) -> str | None:
    """The country of a city or region written right before the lower-case words describing a
    name ("Helsinki utility Helen"; not "in Perth and Kestrel", nor across a comma)."""
    k = first
    while (
        k > 0
        and first - k < 2
        and tokens[k - 1].text.replace("-", "").isalpha()  # ("Ohio magnet start-up Polaris")
        and tokens[k - 1].text.islower()
        and tokens[k - 1].lower not in MODIFIER_STOPS
    ):
        k -= 1
    if k == first or k == 0 or "," in text[tokens[k - 1].end : tokens[first].start]:
        return None
    place = tokens[k - 1].lower
    return CITY_COUNTRIES.get(place) or REGION_COUNTRIES.get(place) or _subdivision_countries().get(place)


# Legal forms that name one country, as written at the end of a company's name. "GmbH" is
# also Austrian and Swiss: the sentence saying so wins (_GMBH_ELSEWHERE).
LEGAL_FORMS = {
    "Pty": "AU",
    "PTY": "AU",
    "GmbH": "DE",
    "plc": "GB",
    "PLC": "GB",
    "Plc": "GB",
    "ASA": "NO",
    "AB": "SE",
    "Oyj": "FI",
    "Oy": "FI",
    "S.p.A.": "IT",
    "SpA": "IT",
    "K.K.": "JP",
    "Tbk": "ID",
    "Bhd": "MY",
    "Pte": "SG",
    "KGaA": "DE",
    "Bancorp": "US",
    "Bancshares": "US",
    "Sdn": "MY",
    # the bank word of one language, written small at a name's end ("Šiaulių bankas")
    "bankas": "LT",
    "spořitelna": "CZ",
    "sporiteľňa": "SK",
    "pankki": "FI",
    "pank": "EE",
    "Pank": "EE",
}
_GMBH_ELSEWHERE = (
    (re.compile(r"\b(?:Austria|Austrian|Vienna|Linz|Graz)\b"), "AT"),
    (re.compile(r"\b(?:Switzerland|Swiss|Zurich|Zürich|Zug|Geneva|Basel)\b"), "CH"),
)
_HOME_SUFFIX = re.compile(r"-(?:based|headquartered|listed|quoted|registered|domiciled)$", re.I)
_TICKER = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z -]{1,15}?)\s*:")
_DESCRIBED_AFTER = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?([A-Z][\w.'-]*(?:\s+[A-Z][\w'-]*)?)"
    r"-(?:based|headquartered|listed|quoted|registered)\b"
)
# "Al Mada, the investment fund backed by Morocco's royal family,", "Ocean Minerals, the
# Norwegian state fund,": an apposition that says whose or what country's the company is
_DESCRIBED_COUNTRY = re.compile(
    r",\s+(?:an?|the)\s+(?:(?:[\w-]+\s+){0,4}?(?:backed|owned|controlled|run|set\s+up)\s+by\s+(?:the\s+)?"
    r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['\u2019]s\s|\s+(?:state|government|royal|crown)\b)"
    r"|(?:state-owned\s+|state\s+)?([A-Z][a-z]+)\s+(?:state-owned\s+|state\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:fund|company|firm|group|miner|bank|lender|investor|conglomerate|producer|refiner|utility"
    r"|foundation|agency|trust)\b)"
)
# "Ampere, Renault's EV unit,", "PowerCo, Volkswagen's battery arm,": a company's own unit acts
# for the parent's country, unless the apposition names another ("Glencore's Canadian unit")
_DESCRIBED_UNIT = re.compile(
    r",\s+([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})['\u2019]s\s+((?:[\w-]+\s+){0,3}?)"
    r"(?:unit|arm|subsidiary|division|affiliate),"
)
# "BCC Valsugana, a small cooperative bank in Trentino,": where the apposition puts the body
_DESCRIBED_IN = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:bank|lender|fund|utility|agency|insurer|investor"
    r"|cooperative|co-op|credit\s+union)\s+in\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)"
)
# "Cycle Capital is investing $12 million in ..., the Montreal fund said": a lender or fund
# telling of the deal at the sentence's end is the actor, described by its home
_SPEAKER_DESCRIBED = re.compile(
    r",\s+the\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+(?:[a-z-]+\s+)?"
    r"(?:fund|bank|lender|investor|insurer|agency|investment\s+firm|producer|miner|utility|company)\s+"
    r"(?:said|says|announced|told)\b"
)
# A capitalised word, not a currency's letters ("C$10 million")
_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]*+(?!\$)")


def _no_other_party(between: str) -> bool:
    """Whether the words between an actor and the lender telling of the deal name no one else
    (only places: "in a Quebec graphite miner"), so the lender can only be the actor."""
    return all(_place_or_region(word) is not None for word in _CAPITALISED.findall(between))


_BASED_IN = re.compile(
    r",?\s+(?:which\s+is\s+)?(?:based|headquartered)\s+in\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
)


def place_country(place: str) -> str | None:
    """The country of a city, exchange or country name ("Perth", "ASX", "Canadian", "UK")."""
    key = place.strip().lower()
    return CITY_COUNTRIES.get(key) or EXCHANGE_COUNTRIES.get(key) or country_named(place.strip())


def _descriptor_country(tokens: list[Token], i: int) -> str | None:
    """The country of a "Perth-based" or "Buenos Aires-based" word at token i."""
    place = _HOME_SUFFIX.sub("", tokens[i].text)
    if place == tokens[i].text:
        return None
    if i > 0 and tokens[i - 1].text.isalpha():  # "Salt Lake City-based", "Dar es Salaam-based"
        for back in (2, 1):
            if i - back >= 0:
                words = " ".join(t.text for t in tokens[i - back : i])
                if found := place_country(f"{words} {place}"):
                    return found
    return place_country(place)


def region_or_city_country(place: str) -> str | None:
    """The country of a lower-case city, state, province or region name ("okayama", "perth")."""
    return _region_country(place)


def _region_country(place: str) -> str | None:
    found = REGION_COUNTRIES.get(place) or CITY_COUNTRIES.get(place) or _subdivision_countries().get(place)
    if found is None and " " in place:
        found = _two_word_subdivisions().get(place)  # "North Carolina's State Employees' Credit Union"
    return found


_REGION_BODY_WORDS = word_set("région region regione región regió província provincia province")


@lru_cache(maxsize=1)
def _full_subdivision_countries() -> dict[str, str]:
    """First-level states, provinces and regions (ISO 3166-2) of any length named in one country
    only, by their lower-case name without accents: "centre-val de loire" is France."""
    seen: dict[str, set[str]] = {}
    for record in pycountry.subdivisions:
        if record.parent_code is None:
            seen.setdefault(_plain(str(record.name).split(" (")[0]), set()).add(str(record.country_code))
    return {name: next(iter(codes)) for name, codes in seen.items() if len(codes) == 1}


@lru_cache(maxsize=1)
def _two_word_subdivisions() -> dict[str, str]:
    """Two-word first-level states and provinces (ISO 3166-2) named in one country only, by
    their lower-case name: "North Carolina", "Rhode Island", "Nova Scotia"."""
    seen: dict[str, set[str]] = {}
    for record in pycountry.subdivisions:
        name = str(record.name).split(" (")[0].split(",")[0]
        if record.parent_code is None and name.count(" ") == 1 and name[:1].isupper():
            seen.setdefault(name.lower(), set()).add(str(record.country_code))
            seen.setdefault(_plain(name), set()).add(str(record.country_code))  # "Tamil Nādu"
    return {
        name: next(iter(codes))
        for name, codes in seen.items()
        if len(codes) == 1 and country_named(name) is None
    }


@lru_cache(maxsize=1)
def _US_STATES() -> dict[str, str]:
    """The one-word names of the United States' states, by their lower-case name ("Florida",
    also a department of Uruguay, is American when "State" follows it)."""
    return {
        str(record.name).lower(): "US"
        for record in pycountry.subdivisions
        if record.country_code == "US" and record.type == "State" and " " not in str(record.name)
    }


def _place_or_region(place: str) -> str | None:
    """The country of a country, city, state or region name ("Finland", "Trentino", "Auckland")."""
    return country_named(place) or _region_country(place.lower())


def _possessive_place(tokens: list[Token], first: int) -> str | None:
    """The country of a state, province or city owning the name at first ("Nevada's GOED",
    "Montreal's Fiera Capital", "British Columbia's InBC")."""
    place = tokens[first - 1]
    if not place.possessive or not place.text[:1].isupper():
        return None
    if first > 1 and (found := _region_country(f"{tokens[first - 2].lower} {place.lower}")):
        return found
    return _region_country(place.lower)


_FINANCIAL_KINDS = frozenset({"bank", "fund", "insurer"})
# Words that make a name a lender's, fund's or insurer's
_FINANCE_BODY_WORDS = word_set(
    """bank banka banco banca banque bankas pank pankki fund fonds capital credit finance
    financial insurance assurance versicherung pension pensions invest investment investments
    securities"""
)


def _finance_word(word: str) -> bool:
    return word in _FINANCE_BODY_WORDS or word.endswith(("bank", "banken", "kasse"))


def stated_home(text: str, tokens: list[Token], first: int, last: int) -> str | None:
    """The country the text gives a company named by tokens [first, last): its legal form, a
    descriptor before it, a listing in brackets or a description after it."""
    for k in range(max(first + 1, last - 2), last):
        form = LEGAL_FORMS.get(tokens[k].text)
        if form == "AU" and text[: tokens[k].start].endswith("("):
            return "ZA"  # South Africa writes "(Pty) Ltd"
        if form == "DE" and tokens[k].text == "GmbH":
            return next((code for pattern, code in _GMBH_ELSEWHERE if pattern.search(text)), form)
        if form:
            return form
    if first > 0 and (found := _descriptor_country(tokens, first - 1)):
        return found
    if first > 0 and (found := _possessive_place(tokens, first)):
        return found
    if last - first >= 3 and tokens[first + 1].text == "State" and _US_STATES().get(tokens[first].lower):
        return "US"  # "Florida State Board of Administration", "Washington State Investment Board"
    for k in range(first, last):
        if found := _NATIONAL_BODY_WORDS.get(tokens[k].lower):
            return found
    if last - first >= 2:
        opening = tokens[first].lower
        found = REGION_COUNTRIES.get(opening)
        if found is None and last - first >= 3:
            found = REGION_COUNTRIES.get(f"{opening} {tokens[first + 1].lower}")
        if found:
            return found
    if found := _place_in_name(tokens, first, last) or _place_before_descriptor(text, tokens, first):
        return found
    if last - first >= 2 and tokens[first].lower in _REGION_BODY_WORDS:
        # "Région Centre-Val de Loire", "Regione Emilia-Romagna": a region's government, named
        # with the region's full name
        found = _full_subdivision_countries().get(
            _plain(text[tokens[first + 1].start : tokens[last - 1].end])
        )
        if found:
            return found
    end = tokens[last - 1].end
    if (ticker := _TICKER.match(text, end)) and (found := EXCHANGE_COUNTRIES.get(ticker[1].lower())):
        return found
    for pattern in (_DESCRIBED_AFTER, _BASED_IN):
        if (described := pattern.match(text, end)) and (found := place_country(described[1])):
            return found
    if (described := _DESCRIBED_IN.match(text, end)) and (found := _place_or_region(described[1])):
        return found
    if described := _DESCRIBED_COUNTRY.match(text, end):
        return _place_or_region(described[1] or described[2])
    if described := _DESCRIBED_UNIT.match(text, end):
        named = [found for word in described[2].split() if (found := country_named(word))]
        return named[0] if named else company_country(described[1])
    speaker = _SPEAKER_DESCRIBED.search(text, end)
    if (
        speaker
        and _no_other_party(text[end : speaker.start()])
        and (found := _place_or_region(_HOME_SUFFIX.sub("", speaker[1])))
    ):
        return found
    # a group company named with its group's name ("Hyosung TNC"): of the group's country
    group = ORGANISATIONS_BY_NAME.get(tokens[first].text) if last - first >= 2 else None
    if (
        group is not None
        and group.country
        and group.kind not in _FINANCIAL_KINDS
        # "Patria Bank" is a Romanian bank, no unit of Finland's Patria: a lender, fund or
        # insurer named like a company of another trade is not that company's
        and not any(_finance_word(tokens[k].lower) for k in range(first + 1, last))
    ):
        return group.country
    # last: a bank its country's central bank lists ("Sparkasse Mittelsachsen", "Coop Pank"),
    # unless its name says another country ("ING Belgium" is listed in Spain too)
    found = registry_country(text[tokens[first].start : end])
    if found and any(country_named(tokens[k].text) not in (None, found) for k in range(first, last)):
        return None
    return found
