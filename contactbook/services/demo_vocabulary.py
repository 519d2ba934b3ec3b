"""Dutch word lists and texts for the demo data, and the demo business's own register.

Lists are written as comma-separated text, and tables as rows of ";"-separated fields, so a
few hundred words stay readable on a page; they become tuples once, at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.controller import ControllerDetails
from contactbook.domain.enums import ConsentKind, LegalBasis
from contactbook.domain.legal_basis import BalancingTest


def _words(text: str) -> tuple[str, ...]:
    """Split comma- or newline-separated text into trimmed, non-empty items."""
    return tuple(item.strip() for item in text.replace("\n", ",").split(",") if item.strip())


def _table(text: str) -> list[list[str]]:
    """Rows of ";"-separated fields, one row a line; an indented line continues the row."""
    rows = re.sub(r"\n[ \t]+", " ", text.strip()).splitlines()
    return [[field.strip() for field in row.split(";")] for row in rows]


@dataclass(frozen=True)
class City:
    """A place with its telephone area code (without the 0) and its postcode range."""

    name: str
    area_code: str
    postcode_low: int
    postcode_high: int
    weight: int


@dataclass(frozen=True)
class NameOrigin:
    """Given and family names of one origin, and how common that origin is in the demo."""

    given: tuple[str, ...]
    family: tuple[str, ...]
    weight: int


@dataclass(frozen=True)
class Trade:
    """A kind of small business: how its name starts, fancy names it uses, what it sells."""

    word: str
    fancy_names: tuple[str, ...]
    service: str


@dataclass(frozen=True)
class BasisProfile:
    """How often a legal basis occurs among business persons, for whom, with what evidence.

    ``roles`` are the categories drawn for it (a repeat makes one likelier); ``notes`` are
    evidence texts in which ``{year}``, ``{a}`` and ``{b}`` become reference numbers.
    """

    basis: LegalBasis
    weight: int
    roles: tuple[str, ...]
    notes: tuple[str, ...]


# name; area code; postcode range; weight (roughly by size, so Amsterdam appears most).
_CITY_TABLE = """
Amsterdam;20;1011;1109;12, Rotterdam;10;3011;3089;9, Den Haag;70;2491;2599;8,
Utrecht;30;3511;3585;7, Eindhoven;40;5611;5658;5, Groningen;50;9711;9747;5, Zwolle;38;8011;8048;3,
Tilburg;13;5011;5049;4, Almere;36;1311;1363;4, Breda;76;4811;4839;4, Nijmegen;24;6511;6546;4,
Arnhem;26;6811;6846;3, Haarlem;23;2011;2037;3, Enschede;53;7511;7548;3, Amersfoort;33;3811;3829;3,
Apeldoorn;55;7311;7339;3, 's-Hertogenbosch;73;5211;5249;3, Leiden;71;2311;2334;3,
Maastricht;43;6211;6229;2, Dordrecht;78;3311;3329;2, Zoetermeer;79;2711;2729;2,
Deventer;570;7411;7429;2, Delft;15;2611;2629;2, Alkmaar;72;1811;1827;2, Leeuwarden;58;8911;8939;2,
Hilversum;35;1211;1223;2, Amstelveen;20;1181;1189;2, Gouda;182;2801;2809;1, Venlo;77;5911;5928;1,
Assen;592;9401;9409;1, Middelburg;118;4331;4339;1, Lelystad;320;8211;8245;1, Ede;318;6711;6718;1,
Helmond;492;5701;5709;1, Den Helder;223;1781;1789;1, Hoorn;229;1621;1628;1, Emmen;591;7811;7825;1,
Sittard;46;6131;6137;1, Heerlen;45;6411;6422;1, Roermond;475;6041;6046;1, Harderwijk;341;3841;3849;1
"""
CITIES: tuple[City, ...] = tuple(
    City(name, area, int(low), int(high), int(weight))
    for name, area, low, high, weight in (entry.split(";") for entry in _words(_CITY_TABLE))
)

DUTCH_GIVEN = _words("""
Anna, Emma, Julia, Sophie, Tess, Sanne, Lotte, Fleur, Eva, Lisa, Femke, Anouk, Iris, Noor,
Saar, Zoë, Chloë, Anaïs, Esmée, Daniëlle, Inge, Marieke, Ingrid, Monique, Annemiek, Wilma,
Petra, Karin, Ellen, Marloes, Ilse, Mirjam, Janneke, Linda, Esther, Renée, Mariëlle, Joëlle,
Floor, Maud, Roos, Hanneke, Gerda, Riet, Truus, Jolanda, Sietske, Wendy, Mieke, Yvonne,
Jan, Piet, Kees, Henk, Willem, Daan, Sem, Lucas, Levi, Finn, Milan, Thijs, Noël, Bram, Ruben,
Jeroen, Sander, Bas, Joost, Maarten, Wouter, Niels, Rik, Stijn, Gijs, Jasper, Erik, Frank,
Dirk, Gerrit, Hans, Peter, Arjen, Joris, Teun, Hugo, Siem, René, André, Michiel, Freek,
Koen, Tijmen, Hidde, Sjoerd, Wim, Johan, Cor, Berend, Jelle, Lars
""")

DUTCH_FAMILY_PLAIN = _words("""
Jansen, Bakker, Visser, Smit, Meijer, Mulder, Bos, Vos, Peters, Hendriks, Dekker, Brouwer,
Dijkstra, Smits, Janssen, Kok, Vermeulen, Willems, Hoekstra, Koster, Prins, Huisman, Kuipers,
Verhoeven, Schouten, Kramer, Kuiper, Jacobs, Maas, Mertens, Timmermans, Gerritsen, Bosman,
Verbeek, Wouters, Veenstra, Hermans, Scholten, Groen, Evers, Brinkman, Postma, Blom, Martens,
Bouwman, Koopman, Haverkamp, Kooistra, Zijlstra, Claassen, Boonstra, Sanders, Daniëls,
Goedhart, Verschoor, Hofman, Molenaar, Steenbergen, Wijnen, Bruinsma, Rutten, Sluiter
""")

# Full family names with their particle (tussenvoegsel), as Contact.family_name holds them.
DUTCH_FAMILY_PARTICLE = _words("""
de Vries, van den Berg, van der Meer, van Dijk, de Jong, van Leeuwen, de Boer, van der Linden,
de Groot, van Beek, 't Hart, ter Horst, van 't Veer, ten Brink, van de Ven, de Wit, van Vliet,
van der Heijden, de Graaf, van Dam, de Haan, van der Wal, van Wijk, in 't Veld, op den Akker,
van Os, de Lange, van Rijn, de Bruijn, van Dongen, de Koning, van der Velde, ter Steege,
van Hout, van Eck, de Ruiter, van der Sluis, ten Have, van Beusekom, de Kok
""")

# Dutch people of other origins, "weight; given names; family names": Turkish, Moroccan,
# Vietnamese, Surinamese (Hindustani, Javanese), Moluccan, Polish, Ghanaian.
_ORIGIN_TABLE = """
5; Mehmet, Ayşe, Emre, Elif, Burak, Zeynep, Hatice, Mustafa, Özlem, Kemal;
   Yılmaz, Öztürk, Kaya, Demir, Çelik, Şahin, Doğan, Aydın, Arslan, Koç
5; Mohamed, Fatima, Youssef, Nora, Soufiane, Samira, Khadija, Hamza, Imane, Bilal;
   El Amrani, El Idrissi, Bouzid, Benali, Ouali, Ait Taleb, Azzouzi, El Khatib
2; Linh, Minh, Thanh, Huong, Duc, Mai; Nguyen, Tran, Pham, Hoang, Vu, Dang
3; Priya, Ravi, Sharmila, Anand, Kavita, Rakesh, Soekarni, Wagiman;
   Ramdin, Jagessar, Sewdien, Mahabier, Ramsaran, Kartosen, Sapoen
1; Johanna, Frans, Maria, Ronald, Josina, Hendrik; Pattiasina, Tahapary, Latuheru, Sopacua
2; Agnieszka, Piotr, Katarzyna, Tomasz, Magdalena, Paweł;
   Kowalski, Nowak, Wiśniewski, Wójcik, Kamińska, Lewandowski
1; Kwame, Akosua, Kofi, Ama, Yaw, Abena; Mensah, Owusu, Asante, Boateng
"""
OTHER_ORIGINS: tuple[NameOrigin, ...] = tuple(
    NameOrigin(_words(given), _words(family), int(weight))
    for weight, given, family in _table(_ORIGIN_TABLE)
)
DUTCH_ORIGIN_WEIGHT = 81

# trade; fancy names; what a family firm in the trade calls itself after the family name.
_TRADE_TABLE = """
Bakkerij; De Gouden Korrel, Het Stoepje, De Korenschoof; Brood
Fietsenmaker; De Spaak, Het Wiel, De Trapper; Fietsen
Installatiebedrijf; De Vakman, Warmte & Water; Installatietechniek
Schildersbedrijf; De Kwast, Kleurrijk; Schilderwerken
Hoveniersbedrijf; De Groene Vingers, Het Hofje; Tuinen
Kapsalon; De Gouden Schaar, Knip & Kleur; Haarmode
Autobedrijf; De Snelweg, Het Stuur; Auto's
Administratiekantoor; De Balans, Het Grootboek; Administratie
Timmerbedrijf; De Zaag, Het Houtwerk; Bouw
Drukkerij; De Letter, De Pers; Print
Bloemenhandel; De Zonnebloem, De Tulp; Bloemen
Slagerij; De Keurslager, Het Malse Stukje; Vleeswaren
Transportbedrijf; De Vrachtwagen, Snel & Zeker; Transport
Elektrotechniek; De Stroom, Het Lichtpunt; Elektro
Dakdekkersbedrijf; Het Dak, De Nok; Daken
Architectenbureau; De Tekentafel, Het Ontwerp; Architecten
Loodgietersbedrijf; De Kraan, Het Lek; Loodgieterswerk
Adviesbureau; Het Kompas, De Koers; Advies
"""
TRADES: tuple[Trade, ...] = tuple(
    Trade(word, _words(fancy), service) for word, fancy, service in _table(_TRADE_TABLE)
)
# Name forms; a repeat makes a form likelier (fancy names are few, so they are rarer).
# The legal form is added after the name.
COMPANY_NAME_FORMS = (
    *("{trade} {brand}",) * 3,
    *("{brand} {service}",) * 2,
    *("{trade} {fancy}", "{brand} {suffix}"),
)
LEGAL_FORMS = (" B.V.", " V.O.F.", "", "", "")
FAMILY_COMPANY_SUFFIXES = _words("& Zonen, & Partners, en Zn.")

RESIDENTIAL_STREETS = _words("""
Kerkstraat, Dorpsstraat, Schoolstraat, Molenweg, Stationsweg, Julianastraat, Beatrixlaan,
Wilhelminastraat, Hoofdstraat, Nieuwstraat, Eikenlaan, Lindelaan, Beukenlaan, Kastanjelaan,
Prinses Irenestraat, Oranjestraat, Burgemeester de Withstraat, Tulpstraat, Rozenstraat,
Vondelstraat, Rembrandtlaan, Spoorstraat, Parkweg, Meidoornlaan, Zonnebloemstraat,
Prins Hendrikkade, Lange Nieuwstraat, Achterweg, Koningin Emmalaan, Merelstraat, Lijsterlaan,
Vincent van Goghstraat, Thorbeckestraat, Hofstraat, Emmastraat, Pastoor van Arsstraat
""")
BUSINESS_STREETS = _words("""
Industrieweg, Nijverheidsweg, Ambachtsweg, Handelsweg, Energieweg, Edisonstraat, Havenweg,
Marktplein, Bedrijvenpark Noord, Zuiderhavenweg, Transportweg, Vlasakker, Laan van Zuid,
Ondernemingsweg, Celsiusweg, Kanaaldijk, Westerdok, Grote Markt, Hoogstraat, Smidsweg
""")
HOUSE_NUMBER_ADDITIONS = _words("A, B, C, -II, -III, -1, -2, -H")

FREE_MAIL_DOMAINS = _words("gmail.com, hotmail.com, outlook.com, ziggo.nl, kpnmail.nl, live.nl")
# Role local parts (PRIVACY-RULES.md §1); every company has the first, info@.
GENERIC_LOCAL_PARTS = _words("info, verkoop, administratie, klantenservice, planning, inkoop")

JOB_TITLES = _words("""
Eigenaar, Directeur, Bedrijfsleider, Inkoper, Office manager, Accountmanager, Projectleider,
Monteur, Werkvoorbereider, Administratief medewerker, Hoofd financiën, Marketingmedewerker,
Planner, Verkoopadviseur, Boekhouder, Receptionist, Teamleider binnendienst, Vennoot,
Adviseur, Commercieel directeur, Medewerker klantenservice, Controller
""")

BUSINESS_NOTES = _words("""
Liever bellen dan mailen, Bereikbaar na 14.00 uur, Ontmoet op de Vakbeurs Bouw 2024,
Vraagt altijd om een offerte op papier, Betaalt facturen op tijd, Niet op vrijdag bellen,
Contactpersoon voor het onderhoudscontract, Kerstpakket sturen, Doorverwezen door de boekhouder
""")
PRIVATE_NOTES = _words("""
Verjaardag niet vergeten!, Kent elkaar van de hockeyclub, Schoonfamilie, Oud-klasgenoot,
Buren van vroeger, Heeft de sleutel van het huis, Kookclub op donderdag
""")

# How people type a number: a = area code without the 0, s = subscriber number,
# head and tail = s without and with only its last four digits.
PHONE_NOTATIONS = (
    *("0{a}-{s}", "0{a} {head} {tail}", "+31 {a} {head} {tail}", "0031{a}{s}"),
    *("(0{a}) {s}", "0{a}{s}", "+31{a}{s}"),
)
# Slips that no parser repairs: digits missing, digits doubled, the area code forgotten.
INVALID_PHONE_NOTATIONS = ("0{a}-{short}", "0{a} {s}{tail}", "{cut}")
# E-mail local parts: g = given name, i = its initial, full = family name with its particle,
# main = without it, n = a number; all folded to ASCII without spaces.
WORK_MAIL_FORMS = ("{g}.{full}", "{i}.{full}", "{g}", "{g}.{main}", "{i}{full}")
FREE_MAIL_FORMS = ("{g}.{full}", "{g}{full}{n:02d}", "{i}.{full}{n}", "{full}.{g}", "{g}_{main}")

# basis; weight; roles; evidence notes.
_BASIS_TABLE = """
contract; 40; klant, klant, klant, leverancier;
    Offerte {year}-{a:03d} / order {b}, Onderhoudscontract {year}-{a:03d},
    Opdrachtbevestiging {year}-{a:03d}, Raamovereenkomst {year} / factuur {year}{b}
legitimate_interest; 20; lead, lead, lead, leverancier, netwerk;
    Zelf gevonden via KvK en bedrijfswebsite, Visitekaartje op de beurs gekregen,
    Aangeraden door een bestaande klant
consent; 15; klant, lead, netwerk; Aangemeld voor de nieuwsbrief
legal_obligation; 7; klant, klant, leverancier;
    Fiscale bewaarplicht (art. 52 AWR), Wwft-cliëntenonderzoek, Loonadministratie (Wet LB 1964)
none; 8; lead, netwerk; Nog navragen hoe we aan dit contact komen, Overgenomen van vorige eigenaar
vital_interests; 2; netwerk; Noodcontact bij calamiteiten (BHV), Medische bijzonderheden bekend
public_task; 1; klant; APK-keuring in opdracht van de RDW (openbaar gezag)
"""
BASIS_PROFILES: tuple[BasisProfile, ...] = tuple(
    BasisProfile(LegalBasis(basis), int(weight), _words(roles), _words(notes))
    for basis, weight, roles, notes in _table(_BASIS_TABLE)
)

CONSENT_SOURCES = _words("webformulier, telefoon, visitekaartje, beurs")
CONSENT_WORDINGS = (
    "Ja, ik wil de nieuwsbrief ontvangen",
    "Ja, houd mij per e-mail op de hoogte van acties en nieuws",
    "Ik ontvang graag de maandelijkse nieuwsbrief",
)
SOFT_OPT_IN_SOURCES = _words("bestelling, offerte, winkel")
SOFT_OPT_IN_WORDING = (
    "Bij de bestelling gewezen op het recht om e-mail over soortgelijke producten te weigeren"
)
WITHDRAWAL_SOURCES = _words("afmeldlink nieuwsbrief, telefoon, e-mail")
CONSENT_NOTES: dict[ConsentKind, str] = {
    ConsentKind.DOUBLE_OPT_IN: "Bevestigd via de link in de bevestigingsmail",
    ConsentKind.OBJECTION: "Bezwaar tegen direct marketing (art. 21 AVG)",
}

PRIVATE_CATEGORIES = _words("familie, vrienden")

DEMO_CONTROLLER = ControllerDetails(
    company="Demo Bakkerij De Gouden Korrel",
    street="Korenmarkt 12",
    postcode="8011 LV",
    city="Zwolle",
    country="NL",
    kvk_number="12345678",
    email="info@degoudenkorrel.nl",
    phone="038 421 1234",
)

LEAD_BALANCING_TEST = BalancingTest(
    purpose="Nieuwe zakelijke klanten werven in de eigen regio en branche",
    necessity="Alleen zakelijke contactgegevens die de lead zelf gaf of openbaar maakte; "
    "zonder eerste contact is klantwerving niet mogelijk",
    balance="Zakelijke contactpersonen verwachten zakelijk benaderd te worden; geen bijzondere "
    "persoonsgegevens; bezwaar kan altijd en wordt direct verwerkt",
    assessed_on=date(2025, 3, 14),
)

SUPPLIER_BALANCING_TEST = BalancingTest(
    purpose="Bestellingen en leveringen afstemmen met de medewerkers van leveranciers",
    necessity="Zonder naam en zakelijke contactgegevens van de contactpersoon loopt de inkoop vast",
    balance="Alleen zakelijke gegevens die de contactpersoon zelf verstrekt; geen marketing",
    assessed_on=date(2025, 3, 14),
)

CUSTOMER_ACTIVITY = "Klantbeheer"
LEAD_ACTIVITY = "Leadgeneratie"
NEWSLETTER_ACTIVITY = "Nieuwsbrief"
SUPPLIER_ACTIVITY = "Leverancierscontacten"

_SECURITY = (
    "Versleutelde laptop (BitLocker), wachtwoordbeheerder, tweestapsverificatie, dagelijkse "
    "versleutelde back-up, verwerkersovereenkomsten met alle verwerkers"
)
_US_SAFEGUARDS = "EU-US Data Privacy Framework; modelcontractbepalingen (SCC's)"
DEMO_ACTIVITIES: tuple[ProcessingActivity, ...] = (
    ProcessingActivity(
        name=CUSTOMER_ACTIVITY,
        purposes="Uitvoeren van overeenkomsten met klanten: offertes, orders, levering, "
        "facturatie, service en garantie",
        data_subject_categories="Klanten; contactpersonen bij zakelijke klanten",
        personal_data_categories="Naam, e-mailadres, telefoonnummer, afleveradres, functie, "
        "order- en factuurgegevens",
        recipients="Boekhouder; Belastingdienst (op verzoek); bezorgdienst",
        processors="Boekhouder (Administratiekantoor De Balans); Exact Online (boekhouding)",
        third_country_transfers="Geen",
        retention_period="7 jaar na einde klantrelatie (fiscale bewaarplicht)",
        retention_months=84,
        security_measures=_SECURITY,
        default_legal_basis=LegalBasis.CONTRACT,
        remarks="E-mail over eigen, soortgelijke producten alleen met soft opt-in.",
    ),
    ProcessingActivity(
        name=LEAD_ACTIVITY,
        purposes="Werven van nieuwe zakelijke klanten: eerste contact en offerte aanbieden",
        data_subject_categories="Contactpersonen bij potentiële zakelijke klanten (leads)",
        personal_data_categories="Naam, functie, zakelijk e-mailadres en telefoonnummer, "
        "bedrijfsnaam, bron van het contact",
        recipients="Geen ontvangers buiten het bedrijf",
        processors="Microsoft 365 (e-mail en agenda)",
        third_country_transfers="Verenigde Staten (Microsoft, ondersteuning en beheer)",
        transfer_safeguards=_US_SAFEGUARDS,
        retention_period="2 jaar na het laatste contact als er geen klantrelatie ontstaat",
        retention_months=24,
        security_measures=_SECURITY,
        default_legal_basis=LegalBasis.LEGITIMATE_INTEREST,
        balancing_test=LEAD_BALANCING_TEST,
        remarks="Geen ongevraagde e-mail aan persoonlijke adressen zonder opt-in "
        "(Telecommunicatiewet art. 11.7).",
    ),
    ProcessingActivity(
        name=NEWSLETTER_ACTIVITY,
        purposes="Versturen van de nieuwsbrief met nieuws en aanbiedingen",
        data_subject_categories="Abonnees van de nieuwsbrief (klanten en geïnteresseerden)",
        personal_data_categories="Naam, e-mailadres, toestemmingsgeschiedenis (moment, bron, "
        "tekst), open- en klikgegevens",
        recipients="Mailingdienst",
        processors="Mailchimp (The Rocket Science Group)",
        third_country_transfers="Verenigde Staten (Mailchimp)",
        transfer_safeguards=_US_SAFEGUARDS + " in de verwerkersovereenkomst",
        retention_period="Tot afmelding; bewijs van toestemming 5 jaar na afmelding",
        retention_months=60,
        security_measures=_SECURITY,
        default_legal_basis=LegalBasis.CONSENT,
        remarks="Afmeldlink en afzendergegevens in elke nieuwsbrief.",
    ),
    ProcessingActivity(
        name=SUPPLIER_ACTIVITY,
        purposes="Inkoop en contact met leveranciers: bestellingen, leveringen, betalingen",
        data_subject_categories="Contactpersonen bij leveranciers",
        personal_data_categories="Naam, functie, zakelijke contactgegevens, inkoopgegevens",
        recipients="Boekhouder",
        processors="Boekhouder (Administratiekantoor De Balans)",
        third_country_transfers="Geen",
        retention_period="7 jaar na de laatste inkoop (fiscale bewaarplicht)",
        retention_months=84,
        security_measures=_SECURITY,
        default_legal_basis=LegalBasis.CONTRACT,
        balancing_test=SUPPLIER_BALANCING_TEST,
        remarks="Contactpersonen die de overeenkomst niet zelf sluiten: gerechtvaardigd belang.",
    ),
)
