<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ActivitiesDialog</name>
    <message>
        <source>Processing activities</source>
        <translation>Verwerkingen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Betrokkenen</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Aandacht nodig</translation>
    </message>
    <message>
        <source>Show arc&amp;hived activities</source>
        <translation>Gearc&amp;hiveerde verwerkingen tonen</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Nie&amp;uw</translation>
    </message>
    <message>
        <source>New from temp&amp;late</source>
        <translation>Nieuw uit voorbee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (gearchiveerd)</translation>
    </message>
    <message>
        <source>New processing activity</source>
        <translation>Nieuwe verwerking</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Niet meer &amp;archiveren</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to this processing activity?</source>
        <translation>De wijzigingen in deze verwerking opslaan?</translation>
    </message>
    <message>
        <source>New from template: {name}</source>
        <translation>Nieuw uit voorbeeld: {name}</translation>
    </message>
    <message>
        <source>Give the processing activity a name.</source>
        <translation>Geef de verwerking een naam.</translation>
    </message>
    <message>
        <source>There is already a processing activity named “{name}”.</source>
        <translation>Er is al een verwerking met de naam “{name}”.</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Balancing test (legitimate interest)</source>
        <translation>Belangenafweging (gerechtvaardigd belang)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Purposes:</source>
        <translation>&amp;Doelen:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Grondslag:</translation>
    </message>
    <message>
        <source>P&amp;urpose test: which interest?</source>
        <translation>Doeltoets: wel&amp;k belang?</translation>
    </message>
    <message>
        <source>Ne&amp;cessity test: is it needed?</source>
        <translation>Noodzakeli&amp;jkheidstoets: is het nodig?</translation>
    </message>
    <message>
        <source>Balancin&amp;g: the person&apos;s interests</source>
        <translation>A&amp;fweging: de belangen van de betrokkene</translation>
    </message>
    <message>
        <source>Categories of data sub&amp;jects:</source>
        <translation>Categorieën &amp;betrokkenen:</translation>
    </message>
    <message>
        <source>Categories of personal &amp;data:</source>
        <translation>Categorieën &amp;persoonsgegevens:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Ontvangers:</translation>
    </message>
    <message>
        <source>Pr&amp;ocessors:</source>
        <translation>&amp;Verwerkers:</translation>
    </message>
    <message>
        <source>&amp;Transfers outside the EEA:</source>
        <translation>Doorgifte buiten de &amp;EER:</translation>
    </message>
    <message>
        <source>Sa&amp;feguards for transfers:</source>
        <translation>&amp;Waarborgen bij doorgifte:</translation>
    </message>
    <message>
        <source>R&amp;etention period:</source>
        <translation>Bewaar&amp;termijn:</translation>
    </message>
    <message>
        <source>Retention in &amp;months:</source>
        <translation>Bewaartermijn in &amp;maanden:</translation>
    </message>
    <message>
        <source>Securit&amp;y measures:</source>
        <translation>Beveil&amp;igingsmaatregelen:</translation>
    </message>
    <message>
        <source>Remar&amp;ks:</source>
        <translation>Opme&amp;rkingen:</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Contact added</source>
        <translation>Contact toegevoegd</translation>
    </message>
    <message>
        <source>Contact changed</source>
        <translation>Contact gewijzigd</translation>
    </message>
    <message>
        <source>Contact deleted</source>
        <translation>Contact verwijderd</translation>
    </message>
    <message>
        <source>Scope changed</source>
        <translation>Privé/zakelijk gewijzigd</translation>
    </message>
    <message>
        <source>Legal basis changed</source>
        <translation>Grondslag gewijzigd</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Toestemming vastgelegd</translation>
    </message>
    <message>
        <source>Activity added</source>
        <translation>Verwerking toegevoegd</translation>
    </message>
    <message>
        <source>Activity changed</source>
        <translation>Verwerking gewijzigd</translation>
    </message>
    <message>
        <source>Linked to an activity</source>
        <translation>Gekoppeld aan een verwerking</translation>
    </message>
    <message>
        <source>Sample data added</source>
        <translation>Voorbeeldgegevens toegevoegd</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Mailing sent</source>
        <translation>Mailing verstuurd</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gewist</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Geanonimiseerd</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Instellingen gewijzigd</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Reservekopie gemaakt</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>Teruggezet uit een reservekopie</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Soort gebeurtenis</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <source>Text or contact number</source>
        <translation>Tekst of contactnummer</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Zoeken in het logboek</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wanneer (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Audit log events</source>
        <translation>Gebeurtenissen in het logboek</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporteren als CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln gebeurtenis</numerusform>
            <numerusform>%Ln gebeurtenissen</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Het bestand kon niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Logboek exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Wettelijke verplichting</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vitaal belang</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Algemeen belang</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Legitimate interest — assessment missing</source>
        <translation>Gerechtvaardigd belang — afweging ontbreekt</translation>
    </message>
    <message>
        <source>No legal basis</source>
        <translation>Geen grondslag</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Overleden</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <source>Assessment missing</source>
        <translation>Afweging ontbreekt</translation>
    </message>
    <message>
        <source>Kept because the person agreed to it; the consent record shows when and how.</source>
        <translation>Bewaard omdat de persoon toestemming gaf; de vastgelegde toestemming laat zien wanneer en hoe.</translation>
    </message>
    <message>
        <source>Kept to carry out a contract or order with this person.</source>
        <translation>Bewaard om een overeenkomst of opdracht met deze persoon uit te voeren.</translation>
    </message>
    <message>
        <source>Kept because a law requires it, such as the duty to keep tax records.</source>
        <translation>Bewaard omdat de wet het eist, zoals de fiscale bewaarplicht.</translation>
    </message>
    <message>
        <source>Kept to protect someone&apos;s life or health.</source>
        <translation>Bewaard om iemands leven of gezondheid te beschermen.</translation>
    </message>
    <message>
        <source>Kept to carry out a task in the public interest or under official authority.</source>
        <translation>Bewaard voor een taak van algemeen belang of in het kader van openbaar gezag.</translation>
    </message>
    <message>
        <source>Kept for a legitimate business interest, backed by a recorded balancing test.</source>
        <translation>Bewaard voor een gerechtvaardigd belang van het bedrijf, onderbouwd met een vastgelegde belangenafweging.</translation>
    </message>
    <message>
        <source>Legitimate interest is chosen, but its balancing test is not recorded yet.</source>
        <translation>Gerechtvaardigd belang is gekozen, maar de belangenafweging is nog niet vastgelegd.</translation>
    </message>
    <message>
        <source>This business contact has no legal basis yet, so record one or remove it.</source>
        <translation>Dit zakelijke contact heeft nog geen grondslag: leg er een vast of verwijder het contact.</translation>
    </message>
    <message>
        <source>Kept for personal or household use only, so the GDPR does not apply.</source>
        <translation>Alleen voor persoonlijk of huishoudelijk gebruik bewaard, dus de AVG geldt niet.</translation>
    </message>
    <message>
        <source>An organisation rather than a person, so its details are not personal data.</source>
        <translation>Een organisatie en geen persoon, dus de gegevens zijn geen persoonsgegevens.</translation>
    </message>
    <message>
        <source>The person has died, so the GDPR no longer applies to their data.</source>
        <translation>De persoon is overleden, dus de AVG geldt niet meer voor deze gegevens.</translation>
    </message>
    <message>
        <source>Not reviewed yet: decide whether this contact is private or for the business.</source>
        <translation>Nog niet beoordeeld: bepaal of dit contact privé is of zakelijk.</translation>
    </message>
</context>
<context>
    <name>BadgeLegendDialog</name>
    <message>
        <source>Badge legend</source>
        <translation>Uitleg van de labels</translation>
    </message>
    <message>
        <source>Every contact shows one badge: the legal basis on which a business contact is kept, or why the GDPR does not apply to it.</source>
        <translation>Elk contact heeft één label: de grondslag waarop een zakelijk contact wordt bewaard, of waarom de AVG er niet voor geldt.</translation>
    </message>
    <message>
        <source>Badges and what they mean</source>
        <translation>Labels en wat ze betekenen</translation>
    </message>
</context>
<context>
    <name>BookStatusBar</name>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contacten</translation>
    </message>
    <message>
        <source>{count} business</source>
        <translation>{count} zakelijk</translation>
    </message>
    <message>
        <source>{count} private</source>
        <translation>{count} privé</translation>
    </message>
    <message>
        <source>{count} to review</source>
        <translation>{count} te beoordelen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Niets gevonden</translation>
    </message>
    <message>
        <source>1 contact matches “{search}”</source>
        <translation>1 contact gevonden voor “{search}”</translation>
    </message>
    <message>
        <source>{count} contacts match “{search}”</source>
        <translation>{count} contacten gevonden voor “{search}”</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Write the mailing</source>
        <translation>Mailing schrijven</translation>
    </message>
    <message>
        <source>Your message…</source>
        <translation>Uw bericht…</translation>
    </message>
    <message>
        <source>Footer added to every message</source>
        <translation>Voettekst onder elk bericht</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>&amp;Footer language:</source>
        <translation>Taal van de &amp;voettekst:</translation>
    </message>
    <message>
        <source>Added to every message, and cannot be left out: who sends it and how to opt out (Telecommunicatiewet).</source>
        <translation>Staat onder elk bericht en kan niet weg: wie het stuurt en hoe de ontvanger zich afmeldt (Telecommunicatiewet).</translation>
    </message>
    <message>
        <source>Send to 1 recipient…</source>
        <translation>Versturen naar 1 ontvanger…</translation>
    </message>
    <message>
        <source>Send to {count} recipients…</source>
        <translation>Versturen naar {count} ontvangers…</translation>
    </message>
    <message>
        <source>Write a subject and a text first.</source>
        <translation>Schrijf eerst een onderwerp en een tekst.</translation>
    </message>
    <message>
        <source>A mailing must say who sends it. Fill in your business details first (missing: {fields}).</source>
        <translation>Een mailing moet vermelden wie hem verstuurt. Vul eerst uw bedrijfsgegevens in (ontbreekt: {fields}).</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>How it came in</source>
        <translation>Hoe het binnenkwam</translation>
    </message>
    <message>
        <source>e.g. web form, by phone, business card</source>
        <translation>bijv. webformulier, telefonisch, visitekaartje</translation>
    </message>
    <message>
        <source>Wording agreed to</source>
        <translation>Tekst waarmee ingestemd is</translation>
    </message>
    <message>
        <source>e.g. “Yes, send me the monthly newsletter”</source>
        <translation>bijv. “Ja, stuur mij de maandelijkse nieuwsbrief”</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>A consent record cannot be changed or removed later: it is the proof. A later record for the same address takes its place.</source>
        <translation>Vastgelegde toestemming kan later niet worden gewijzigd of verwijderd: het is het bewijs. Een latere vastlegging voor hetzelfde adres komt ervoor in de plaats.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;How it came in:</source>
        <translation>&amp;Hoe het binnenkwam:</translation>
    </message>
    <message>
        <source>&amp;Wording agreed to:</source>
        <translation>&amp;Tekst waarmee ingestemd is:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>webformulier</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>business card</source>
        <translation>visitekaartje</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persoonlijk</translation>
    </message>
    <message>
        <source>order</source>
        <translation>bestelling</translation>
    </message>
    <message>
        <source>Nothing recorded yet for this address.</source>
        <translation>Voor dit adres is nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>Now: {kind}, {day}</source>
        <translation>Nu: {kind}, {day}</translation>
    </message>
    <message>
        <source>This contact has no e-mail address yet. Add one first (Edit).</source>
        <translation>Dit contact heeft nog geen e-mailadres. Voeg er eerst een toe (Bewerken).</translation>
    </message>
    <message>
        <source>Say how it came in.</source>
        <translation>Vermeld hoe het binnenkwam.</translation>
    </message>
    <message>
        <source>Write down what they agreed to: that is what makes consent provable.</source>
        <translation>Schrijf op waarmee de persoon instemde: zo is de toestemming aantoonbaar.</translation>
    </message>
    <message>
        <source>A soft opt-in only counts for existing customers (legal basis: contract), for mail about your own similar products, when they could say no at once.</source>
        <translation>Een soft opt-in geldt alleen voor bestaande klanten (grondslag: overeenkomst), voor mail over uw eigen soortgelijke producten, als ze meteen nee konden zeggen.</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Mark as &amp;alive</source>
        <translation>Markeren als niet overl&amp;eden</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nieuwe persoon…</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>Nieuwe &amp;organisatie…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Move to &amp;business…</source>
        <translation>Naar &amp;zakelijk…</translation>
    </message>
    <message>
        <source>Move to &amp;private</source>
        <translation>Naar &amp;privé</translation>
    </message>
    <message>
        <source>Set &amp;legal basis…</source>
        <translation>Grondslag vast&amp;leggen…</translation>
    </message>
    <message>
        <source>Record &amp;consent or opt-out…</source>
        <translation>&amp;Toestemming of afmelding vastleggen…</translation>
    </message>
    <message>
        <source>Mar&amp;k deceased</source>
        <translation>Mar&amp;keren als overleden</translation>
    </message>
    <message>
        <source>Sort contacts to &amp;review…</source>
        <translation>Te beoordelen contacten &amp;indelen…</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Niet uitgevoerd</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Contact bewerken</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Contact verwijderen</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Contacten verwijderen</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} verwijderen?</translation>
    </message>
    <message>
        <source>Delete these {count} contacts?</source>
        <translation>Deze {count} contacten verwijderen?</translation>
    </message>
    <message>
        <source>…and {more} more</source>
        <translation>…en nog {more}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>You can undo this (Edit › Undo) until you close contactbook. Someone who asked to be erased should be erased instead, so that a later import warns.</source>
        <translation>U kunt dit ongedaan maken (Bewerken › Ongedaan maken) tot u contactbook sluit. Wie heeft gevraagd om gewist te worden, kunt u beter wissen: dan waarschuwt een latere import.</translation>
    </message>
    <message>
        <source>A private contact used for your business falls under the GDPR, so it needs a legal basis. Choose the one that fits.</source>
        <translation>Een privécontact dat u voor uw bedrijf gebruikt valt onder de AVG en heeft dus een grondslag nodig. Kies de grondslag die past.</translation>
    </message>
    <message>
        <source>Move to business</source>
        <translation>Naar zakelijk</translation>
    </message>
    <message>
        <source>No legal basis yet</source>
        <translation>Nog geen grondslag</translation>
    </message>
    <message>
        <source>This contact is now a business contact without a legal basis; the badge says “No legal basis”. Set the basis now?</source>
        <translation>Dit contact is nu een zakelijk contact zonder grondslag; het label zegt “Geen grondslag”. Nu de grondslag vastleggen?</translation>
    </message>
    <message>
        <source>{count} contacts are now business contacts without a legal basis; their badge says “No legal basis”. Set the basis now, one by one?</source>
        <translation>{count} contacten zijn nu zakelijke contacten zonder grondslag; hun label zegt “Geen grondslag”. Nu de grondslag vastleggen, een voor een?</translation>
    </message>
    <message>
        <source>Move to private</source>
        <translation>Naar privé</translation>
    </message>
    <message>
        <source>Setting a legal basis also makes this a business contact.</source>
        <translation>Met een grondslag wordt dit ook een zakelijk contact.</translation>
    </message>
    <message>
        <source>Set legal basis</source>
        <translation>Grondslag vastleggen</translation>
    </message>
    <message>
        <source>Mark as alive</source>
        <translation>Markeren als niet overleden</translation>
    </message>
    <message>
        <source>Mark deceased</source>
        <translation>Markeren als overleden</translation>
    </message>
</context>
<context>
    <name>ContactBrowser</name>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>No contacts in this view match “{search}”. Press Esc to clear the search.</source>
        <translation>Geen contacten in deze weergave gevonden voor “{search}”. Druk op Esc om de zoekopdracht te wissen.</translation>
    </message>
    <message>
        <source>No contacts match “{search}”. Press Esc to see all contacts.</source>
        <translation>Geen contacten gevonden voor “{search}”. Druk op Esc om alle contacten te zien.</translation>
    </message>
    <message>
        <source>There are no contacts in this view.</source>
        <translation>Er zijn geen contacten in deze weergave.</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation>Kies een contact om de gegevens te zien.</translation>
    </message>
    <message>
        <source>generic</source>
        <translation>algemeen</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>persoonlijk</translation>
    </message>
    <message>
        <source>{kind}, set by you</source>
        <translation>{kind}, door u ingesteld</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <source>Assessment missing: legitimate interest needs a recorded balancing test (purpose, necessity and balance) before this contact may be used.</source>
        <translation>Afweging ontbreekt: voor gerechtvaardigd belang is een vastgelegde belangenafweging nodig (doel, noodzaak en afweging) voordat u dit contact mag gebruiken.</translation>
    </message>
    <message>
        <source>No legal basis recorded: choose one of the six bases for this business contact, or remove the contact.</source>
        <translation>Geen grondslag vastgelegd: kies een van de zes grondslagen voor dit zakelijke contact, of verwijder het contact.</translation>
    </message>
    <message>
        <source>Deceased on {date}. {explanation}</source>
        <translation>Overleden op {date}. {explanation}</translation>
    </message>
    <message>
        <source>Assessed on {date}.</source>
        <translation>Afgewogen op {date}.</translation>
    </message>
    <message>
        <source>No evidence noted yet.</source>
        <translation>Nog geen onderbouwing vastgelegd.</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Gegevens van het contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Legal basis and evidence</source>
        <translation>Grondslag en onderbouwing</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Geschiedenis van toestemming en afmelding</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>overleden</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>Geen toestemming vastgelegd.</translation>
    </message>
    <message>
        <source>(this one counts)</source>
        <translation>(deze geldt)</translation>
    </message>
    <message>
        <source>Privacy status</source>
        <translation>Privacystatus</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notitie: {note}</translation>
    </message>
    <message>
        <source>Evidence: the consent history of the e-mail addresses below.</source>
        <translation>Onderbouwing: de geschiedenis van toestemming van de e-mailadressen hieronder.</translation>
    </message>
    <message>
        <source>How they agreed: {note}</source>
        <translation>Hoe de toestemming is gegeven: {note}</translation>
    </message>
    <message>
        <source>Contract or order: {reference}</source>
        <translation>Overeenkomst of opdracht: {reference}</translation>
    </message>
    <message>
        <source>No contract or order reference noted yet.</source>
        <translation>Nog geen overeenkomst of opdracht vermeld.</translation>
    </message>
    <message>
        <source>Obligation: {note}</source>
        <translation>Verplichting: {note}</translation>
    </message>
    <message>
        <source>Which obligation is not noted yet.</source>
        <translation>Welke verplichting is nog niet vermeld.</translation>
    </message>
    <message>
        <source>Recorded on {date}.</source>
        <translation>Vastgelegd op {date}.</translation>
    </message>
    <message>
        <source>Balancing test:</source>
        <translation>Belangenafweging:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation>Noodzaak</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Afweging</translation>
    </message>
    <message>
        <source>{part}: {text}</source>
        <translation>{part}: {text}</translation>
    </message>
    <message>
        <source>not written down</source>
        <translation>niet opgeschreven</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bewerken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>This is a:</source>
        <translation>Dit is een:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Particle</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>van, de, van der…</source>
        <translation>van, de, van der…</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Achternaam:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Verjaardag:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisatie:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <source>day-month-year, or day-month</source>
        <translation>dag-maand-jaar, of dag-maand</translation>
    </message>
    <message>
        <source>End of relationship</source>
        <translation>Einde van de relatie</translation>
    </message>
    <message>
        <source>day-month-year; empty while it goes on</source>
        <translation>dag-maand-jaar; leeg zolang de relatie loopt</translation>
    </message>
    <message>
        <source>The day the customer or business relationship ended. The retention periods count from this day. Leave it empty while the relationship goes on.</source>
        <translation>De dag waarop de klant- of zakelijke relatie eindigde. De bewaartermijnen tellen vanaf die dag. Laat het leeg zolang de relatie loopt.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>separated by commas, e.g. klant, lead</source>
        <translation>gescheiden door komma’s, bijv. klant, lead</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Relationship ended:</source>
        <translation>Relatie beëindigd op:</translation>
    </message>
    <message>
        <source>Ca&amp;tegories:</source>
        <translation>Ca&amp;tegorieën:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Bewaard voor</translation>
    </message>
    <message>
        <source>Set legal &amp;basis…</source>
        <translation>Grondslag vast&amp;leggen…</translation>
    </message>
    <message>
        <source>&amp;Kept for:</source>
        <translation>&amp;Bewaard voor:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Grondslag:</translation>
    </message>
    <message>
        <source>A private contact used for your business falls under the GDPR, so it needs a legal basis. Choose the one that fits.</source>
        <translation>Een privécontact dat u voor uw bedrijf gebruikt valt onder de AVG en heeft dus een grondslag nodig. Kies de grondslag die past.</translation>
    </message>
    <message>
        <source>Erased earlier</source>
        <translation>Eerder gewist</translation>
    </message>
    <message>
        <source>An e-mail address or phone number of {name} belongs to someone who was erased from this book earlier, for example at their own request. Add them again only if you have a new reason to keep their data.

Add this contact anyway?</source>
        <translation>Een e-mailadres of telefoonnummer van {name} hoort bij iemand die eerder uit dit adresboek is gewist, bijvoorbeeld op eigen verzoek. Voeg deze persoon alleen opnieuw toe als u een nieuwe reden hebt om de gegevens te bewaren.

Dit contact toch toevoegen?</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>dit contact</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Toch toevoegen</translation>
    </message>
    <message>
        <source>Do not add</source>
        <translation>Niet toevoegen</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <source>{name} was changed elsewhere (in another window or from the command line) after you opened it here. Nothing was saved, so that change is not overwritten.

Reload to see the current version; then make your change again.</source>
        <translation>{name} is elders gewijzigd (in een ander venster of via de opdrachtregel) nadat u het hier opende. Er is niets opgeslagen, zodat die wijziging niet wordt overschreven.

Laad opnieuw om de huidige versie te zien en breng uw wijziging dan opnieuw aan.</translation>
    </message>
    <message>
        <source>This contact</source>
        <translation>Dit contact</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tweede voornaam</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Achtervoegsel</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Verwerkingen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Overige gegevens</translation>
    </message>
    <message>
        <source>Relationship ended</source>
        <translation>Relatie beëindigd</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Write the date as day-month-year, e.g. 31-12-2025.</source>
        <translation>Schrijf de datum als dag-maand-jaar, bijv. 31-12-2025.</translation>
    </message>
    <message>
        <source>That day does not exist.</source>
        <translation>Die dag bestaat niet.</translation>
    </message>
    <message>
        <source>That date lies in the future; record the end once the relationship has ended.</source>
        <translation>Die datum ligt in de toekomst; leg het einde vast zodra de relatie voorbij is.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <source>home</source>
        <translation>thuis</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anders</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobiel</translation>
    </message>
    <message>
        <source>Add e-mail address</source>
        <translation>E-mailadres toevoegen</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Company address published for receiving offers (counts in strict mode)</source>
        <translation>Bedrijfsadres openbaar gemaakt voor aanbiedingen (telt in de strenge modus)</translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation>Telefoonnummer toevoegen</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Add postal address</source>
        <translation>Postadres toevoegen</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Landcode</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Remove this {what}</source>
        <translation>Dit {what} verwijderen</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>postadres</translation>
    </message>
    <message>
        <source>{problem} Kept as it was stored; you can save other changes.</source>
        <translation>{problem} Blijft zoals het was opgeslagen; andere wijzigingen kunt u wel opslaan.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>pages kept in memory at most (the rest is read again when scrolled back to) Emitted after the filter changed or the data was reloaded, with the new total.</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message>
        <source>Give a first name, a family name or an organisation.</source>
        <translation>Vul een voornaam, een achternaam of een organisatie in.</translation>
    </message>
    <message>
        <source>An organisation needs its name.</source>
        <translation>Een organisatie heeft een naam nodig.</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @, as in name@example.nl.</source>
        <translation>Een e-mailadres heeft precies één @, zoals naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>Een e-mailadres mag geen spaties bevatten.</translation>
    </message>
    <message>
        <source>After the @ comes a domain with a dot, as in example.nl.</source>
        <translation>Na de @ komt een domein met een punt, zoals voorbeeld.nl.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Dit is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>A phone number has digits only (spaces, dashes and + are fine).</source>
        <translation>Een telefoonnummer bestaat uit cijfers (spaties, streepjes en + mogen).</translation>
    </message>
    <message>
        <source>Too few digits for a phone number.</source>
        <translation>Te weinig cijfers voor een telefoonnummer.</translation>
    </message>
    <message>
        <source>Too many digits for a phone number.</source>
        <translation>Te veel cijfers voor een telefoonnummer.</translation>
    </message>
    <message>
        <source>Not a valid phone number. A number abroad starts with its country code, e.g. +32.</source>
        <translation>Geen geldig telefoonnummer. Een buitenlands nummer begint met de landcode, bijv. +32.</translation>
    </message>
    <message>
        <source>A Dutch postcode is four digits and two letters, e.g. 1234 AB.</source>
        <translation>Een Nederlandse postcode is vier cijfers en twee letters, bijv. 1234 AB.</translation>
    </message>
    <message>
        <source>Write the date as day-month-year (12-04-1980) or day-month (12-04).</source>
        <translation>Schrijf de datum als dag-maand-jaar (12-04-1980) of dag-maand (12-04).</translation>
    </message>
    <message>
        <source>That day does not exist.</source>
        <translation>Die dag bestaat niet.</translation>
    </message>
    <message>
        <source>That date lies in the future.</source>
        <translation>Die datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Wettelijke verplichting</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vitaal belang</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Algemeen belang</translation>
    </message>
    <message>
        <source>No legal basis</source>
        <translation>Geen grondslag</translation>
    </message>
    <message>
        <source>The person agreed to it. The proof is the consent record of one of their addresses.</source>
        <translation>De persoon heeft toestemming gegeven. Het bewijs is de vastgelegde toestemming bij een van de adressen.</translation>
    </message>
    <message>
        <source>You need the data to carry out a contract or order with this person, or to prepare one.</source>
        <translation>U hebt de gegevens nodig om een overeenkomst of opdracht met deze persoon uit te voeren of voor te bereiden.</translation>
    </message>
    <message>
        <source>Your business has a real interest that outweighs the person&apos;s privacy. Write down why (the balancing test); until all three answers are there the badge warns.</source>
        <translation>Uw bedrijf heeft een echt belang dat zwaarder weegt dan de privacy van de persoon. Schrijf op waarom (de belangenafweging); zolang niet alle drie de antwoorden er staan, waarschuwt het label.</translation>
    </message>
    <message>
        <source>A law obliges you to keep this, e.g. the tax administration rules.</source>
        <translation>De wet verplicht u dit te bewaren, bijv. de fiscale bewaarplicht.</translation>
    </message>
    <message>
        <source>Needed to protect someone&apos;s life or health. Rare in a business.</source>
        <translation>Nodig om iemands leven of gezondheid te beschermen. Komt in een bedrijf zelden voor.</translation>
    </message>
    <message>
        <source>Needed for a task in the public interest given to you by law. Rare.</source>
        <translation>Nodig voor een taak van algemeen belang die de wet u opdraagt. Zeldzaam.</translation>
    </message>
    <message>
        <source></source>
        <translation></translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Zakelijk</translation>
    </message>
    <message>
        <source>Private (family and friends)</source>
        <translation>Privé (familie en vrienden)</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Opt-in (toestemming)</translation>
    </message>
    <message>
        <source>Double opt-in (confirmed by e-mail)</source>
        <translation>Dubbele opt-in (bevestigd per e-mail)</translation>
    </message>
    <message>
        <source>Soft opt-in (existing customer, similar products)</source>
        <translation>Soft opt-in (bestaande klant, soortgelijke producten)</translation>
    </message>
    <message>
        <source>Opt-out (no more mailings)</source>
        <translation>Afmelding (geen mailings meer)</translation>
    </message>
    <message>
        <source>Objection (stop all direct marketing)</source>
        <translation>Bezwaar (stop alle direct marketing)</translation>
    </message>
    <message>
        <source>It is an organisation, not a person.</source>
        <translation>Het is een organisatie, geen persoon.</translation>
    </message>
    <message>
        <source>The card names an organisation.</source>
        <translation>Op de kaart staat een organisatie.</translation>
    </message>
    <message>
        <source>The card has a job title.</source>
        <translation>Op de kaart staat een functie.</translation>
    </message>
    <message>
        <source>An e-mail address is at a company domain.</source>
        <translation>Een e-mailadres hoort bij een bedrijfsdomein.</translation>
    </message>
    <message>
        <source>Nothing on the card points to business.</source>
        <translation>Niets op de kaart wijst op zakelijk gebruik.</translation>
    </message>
</context>
<context>
    <name>ContactUndo</name>
    <message>
        <source>{name} was changed in the meantime.</source>
        <translation>{name} is intussen gewijzigd.</translation>
    </message>
    <message>
        <source>{name} was erased in the meantime (right to be forgotten).</source>
        <translation>{name} is intussen gewist (recht op vergetelheid).</translation>
    </message>
    <message>
        <source>“{action}” cannot be undone or redone: {reason}</source>
        <translation>“{action}” kan niet ongedaan of opnieuw gedaan worden: {reason}</translation>
    </message>
</context>
<context>
    <name>DamagedBook</name>
    <message>
        <source>The contact book is damaged</source>
        <translation>Het adresboek is beschadigd</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>There is no automatic backup of it. Nothing has been changed.</source>
        <translation>Er is geen automatische reservekopie van. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The contact book {path} is damaged and cannot be opened safely.</source>
        <translation>Het adresboek {path} is beschadigd en kan niet veilig worden geopend.</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}. Put it back? The damaged book is kept beside it, and anything changed after the backup is not in it.</source>
        <translation>De nieuwste goede reservekopie is van {when}. Terugzetten? Het beschadigde adresboek blijft ernaast bewaard; wat na de reservekopie is veranderd, staat er niet in.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Private or business</source>
        <translation>Privé of zakelijk</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Persoon of organisatie</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Overleden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>&amp;Dubbele contacten zoeken…</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>zelfde telefoonnummer</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>zelfde e-mailadres</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>zelfde naam</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>Een organisatie</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>Een persoon</translation>
    </message>
    <message>
        <source>photo ({size} kB)</source>
        <translation>foto ({size} kB)</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Dubbele contacten zoeken</translation>
    </message>
    <message>
        <source>Likely duplicate pairs</source>
        <translation>Waarschijnlijk dubbele paren</translation>
    </message>
    <message>
        <source>Everything else is combined: e-mail addresses, phone numbers, postal addresses, categories and activities. The consent history stays with each e-mail address. The second contact is removed after the merge.</source>
        <translation>Al het andere wordt samengevoegd: e-mailadressen, telefoonnummers, postadressen, categorieën en verwerkingen. De geschiedenis van toestemming blijft bij elk e-mailadres. Het tweede contact wordt na het samenvoegen verwijderd.</translation>
    </message>
    <message>
        <source>&amp;Merge this pair</source>
        <translation>Dit paar &amp;samenvoegen</translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation>Geen waarschijnlijk dubbele contacten gevonden.</translation>
    </message>
    <message>
        <source>Merge “{other}” into “{keep}”. Where they differ, choose what to keep:</source>
        <translation>“{other}” samenvoegen met “{keep}”. Kies wat u bewaart waar ze verschillen:</translation>
    </message>
    <message>
        <source>They do not contradict each other.</source>
        <translation>Ze spreken elkaar niet tegen.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Niet samengevoegd</translation>
    </message>
</context>
<context>
    <name>EmptyBookWidget</name>
    <message>
        <source>Your contact book is empty</source>
        <translation>Uw adresboek is leeg</translation>
    </message>
    <message>
        <source>Import the contacts from your phone or add your first contact. To look around first, fill it with sample data: run “contactbook demo” in a terminal.</source>
        <translation>Importeer de contacten van uw telefoon of voeg uw eerste contact toe. Wilt u eerst rondkijken, vul het dan met voorbeeldgegevens: voer “contactbook demo” uit in een terminal.</translation>
    </message>
    <message>
        <source>Try with sample data</source>
        <translation>Proberen met voorbeeldgegevens</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase (right to be forgotten)</source>
        <translation>Wissen (recht op vergetelheid)</translation>
    </message>
    <message>
        <source>This removes the person for good, from the book and from its files. It cannot be undone.</source>
        <translation>Dit verwijdert de persoon definitief, uit het adresboek en uit de bestanden ervan. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>This removes these {count} people for good, from the book and from its files. It cannot be undone.</source>
        <translation>Dit verwijdert deze {count} personen definitief, uit het adresboek en uit de bestanden ervan. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation>Wat er gewist wordt</translation>
    </message>
    <message>
        <source>What stays: a note in the audit log that a contact was erased (without any name or address), and a scrambled code of each e-mail address and phone number, so that an import later warns before adding them again.</source>
        <translation>Wat blijft: een regel in het logboek dat een contact is gewist (zonder naam of adres), en een onleesbaar gemaakte code van elk e-mailadres en telefoonnummer, zodat een latere import waarschuwt voordat de persoon opnieuw wordt toegevoegd.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>E-mail: {value}</source>
        <translation>E-mail: {value}</translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation>Telefoon: {value}</translation>
    </message>
    <message>
        <source>Address: {value}</source>
        <translation>Adres: {value}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Evidence of the legal basis</source>
        <translation>Onderbouwing van de grondslag</translation>
    </message>
    <message numerus="yes">
        <source>Consent history: %Ln record(s)</source>
        <translation>
            <numerusform>Geschiedenis van toestemming: %Ln vastlegging</numerusform>
            <numerusform>Geschiedenis van toestemming: %Ln vastleggingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailing log: %Ln entr(y/ies)</source>
        <translation>
            <numerusform>Logboek van mailings: %Ln regel</numerusform>
            <numerusform>Logboek van mailings: %Ln regels</numerusform>
        </translation>
    </message>
    <message>
        <source>Links to: {names}</source>
        <translation>Gekoppeld aan: {names}</translation>
    </message>
    <message>
        <source>The consent history of {address} stays: another contact has that address.</source>
        <translation>De geschiedenis van toestemming van {address} blijft: een ander contact heeft dat adres.</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>home</source>
        <translation>thuis</translation>
    </message>
    <message>
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobiel</translation>
    </message>
    <message>
        <source>main number</source>
        <translation>hoofdnummer</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>home fax</source>
        <translation>fax thuis</translation>
    </message>
    <message>
        <source>work fax</source>
        <translation>fax werk</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pieper</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>a company card</source>
        <translation>een bedrijfskaart</translation>
    </message>
    <message>
        <source>has an organisation</source>
        <translation>heeft een organisatie</translation>
    </message>
    <message>
        <source>has a job title</source>
        <translation>heeft een functie</translation>
    </message>
    <message>
        <source>has a company e-mail address</source>
        <translation>heeft een zakelijk e-mailadres</translation>
    </message>
    <message>
        <source>nothing business-like</source>
        <translation>niets zakelijks</translation>
    </message>
    <message>
        <source>the same card (UID)</source>
        <translation>dezelfde kaart (UID)</translation>
    </message>
    <message>
        <source>the same personal e-mail address</source>
        <translation>hetzelfde persoonlijke e-mailadres</translation>
    </message>
    <message>
        <source>the same private e-mail address</source>
        <translation>hetzelfde privé-e-mailadres</translation>
    </message>
    <message>
        <source>the same mobile number</source>
        <translation>hetzelfde mobiele nummer</translation>
    </message>
    <message>
        <source>the same organisation</source>
        <translation>dezelfde organisatie</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>dezelfde naam</translation>
    </message>
    <message>
        <source>a shared phone number</source>
        <translation>een gedeeld telefoonnummer</translation>
    </message>
    <message>
        <source>a shared general e-mail address</source>
        <translation>een gedeeld algemeen e-mailadres</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>other card fields</source>
        <translation>andere kaartvelden</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import from phone (vCard)…</source>
        <translation>&amp;Importeren van telefoon (vCard)…</translation>
    </message>
    <message>
        <source>Recent i&amp;mports…</source>
        <translation>Recente i&amp;mports…</translation>
    </message>
    <message>
        <source>&amp;Export as vCard…</source>
        <translation>&amp;Exporteren als vCard…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Contacten importeren</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>vCard-bestanden (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Import of {files}</source>
        <translation>Import van {files}</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Contacten exporteren</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-bestanden (*.vcf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) written to {file}.</source>
        <translation>
            <numerusform>%Ln contact opgeslagen in {file}.</numerusform>
            <numerusform>%Ln contacten opgeslagen in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exporteren klaar</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Contacten importeren</translation>
    </message>
    <message>
        <source>Importing from: {files}</source>
        <translation>Importeren uit: {files}</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Voortgang van het importeren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Cards to import, with the suggested scope</source>
        <translation>Kaarten om te importeren, met het voorgestelde soort contact</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Zakelijk</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Where do the new contacts go?</source>
        <translation>Waar komen de nieuwe contacten?</translation>
    </message>
    <message>
        <source>To &amp;review: I sort them out later, one key each</source>
        <translation>&amp;Te beoordelen: ik deel ze later in, één toets per contact</translation>
    </message>
    <message>
        <source>As &amp;suggested per card (see the list above)</source>
        <translation>Zoals per kaart &amp;voorgesteld (zie de lijst hierboven)</translation>
    </message>
    <message>
        <source>All &amp;private: family and friends, outside the GDPR</source>
        <translation>Allemaal &amp;privé: familie en vrienden, buiten de AVG</translation>
    </message>
    <message>
        <source>All &amp;business (each will still need a legal basis)</source>
        <translation>Allemaal &amp;zakelijk (elk heeft dan nog een grondslag nodig)</translation>
    </message>
    <message>
        <source>&amp;Link new business contacts to the processing activity:</source>
        <translation>Nieuwe zakelijke contacten &amp;koppelen aan de verwerking:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importeren kan niet</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importeren afgebroken</translation>
    </message>
    <message>
        <source>Nothing was imported or changed.</source>
        <translation>Er is niets geïmporteerd of veranderd.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importeren mislukt</translation>
    </message>
    <message>
        <source>Nothing was imported or changed.

{reason}</source>
        <translation>Er is niets geïmporteerd of veranderd.

{reason}</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Importeren klaar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) read: {imported} added, {merged} merged into existing contacts, {unchanged} already in the book, {rejected} could not be read, {held} held back.</source>
        <translation>
            <numerusform>%Ln kaart gelezen: {imported} toegevoegd, {merged} samengevoegd met bestaande contacten, {unchanged} stonden er al in, {rejected} onleesbaar, {held} tegengehouden.</numerusform>
            <numerusform>%Ln kaarten gelezen: {imported} toegevoegd, {merged} samengevoegd met bestaande contacten, {unchanged} stonden er al in, {rejected} onleesbaar, {held} tegengehouden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Tegengehouden</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <source>into {contact}, because of {why}; added: {fields}</source>
        <translation>in {contact}, vanwege {why}; toegevoegd: {fields}</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mogelijk dubbel</translation>
    </message>
    <message>
        <source>added on its own; may be {other} (number {id}): {why}</source>
        <translation>apart toegevoegd; is misschien {other} (nummer {id}): {why}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Cards that need a look</source>
        <translation>Kaarten die aandacht nodig hebben</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Verslag op&amp;slaan…</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Importverslag opslaan</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>LegalBasisDialog</name>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Contract or order:</source>
        <translation>Overeenkomst of opdracht:</translation>
    </message>
    <message>
        <source>e.g. order 2024-118 of 12 March 2024</source>
        <translation>bijv. opdracht 2024-118 van 12 maart 2024</translation>
    </message>
    <message>
        <source>Which law or rule:</source>
        <translation>Welke wet of regel:</translation>
    </message>
    <message>
        <source>e.g. the 7-year tax retention duty</source>
        <translation>bijv. de fiscale bewaarplicht van 7 jaar</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Grondslag:</translation>
    </message>
    <message>
        <source>The badge will read:</source>
        <translation>Het label wordt:</translation>
    </message>
    <message>
        <source>An opt-in that is already recorded:</source>
        <translation>Een opt-in die al is vastgelegd:</translation>
    </message>
    <message>
        <source>Recorded opt-in</source>
        <translation>Vastgelegde opt-in</translation>
    </message>
    <message>
        <source>Record an opt-in now:</source>
        <translation>Nu een opt-in vastleggen:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Confirmed by e-mail (double opt-in)</source>
        <translation>Bevestigd per e-mail (dubbele opt-in)</translation>
    </message>
    <message>
        <source>e.g. web form, business card, by phone</source>
        <translation>bijv. webformulier, visitekaartje, telefonisch</translation>
    </message>
    <message>
        <source>What they agreed to, in your words</source>
        <translation>Waar de persoon mee instemde, in uw woorden</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hoe:</translation>
    </message>
    <message>
        <source>Wording agreed to:</source>
        <translation>Tekst waarmee ingestemd is:</translation>
    </message>
    <message>
        <source>This contact has no e-mail address. Describe how and when they agreed, or add an address first.</source>
        <translation>Dit contact heeft geen e-mailadres. Beschrijf hoe en wanneer de toestemming is gegeven, of voeg eerst een adres toe.</translation>
    </message>
    <message>
        <source>e.g. agreed in person on 3 May</source>
        <translation>bijv. persoonlijk toegestemd op 3 mei</translation>
    </message>
    <message>
        <source>How they agreed</source>
        <translation>Hoe de toestemming is gegeven</translation>
    </message>
    <message>
        <source>What is your business&apos;s interest? e.g. offering maintenance to customers of last year</source>
        <translation>Wat is het belang van uw bedrijf? Bijv. onderhoud aanbieden aan klanten van vorig jaar</translation>
    </message>
    <message>
        <source>Why do you need this person&apos;s data for it? Is there a lighter way?</source>
        <translation>Waarom hebt u de gegevens van deze persoon daarvoor nodig? Kan het ook met minder?</translation>
    </message>
    <message>
        <source>Why does it not harm them unduly? Would they expect it? Can they easily say no?</source>
        <translation>Waarom schaadt het de persoon niet onevenredig? Verwacht die het? Kan die makkelijk nee zeggen?</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Doel:</translation>
    </message>
    <message>
        <source>Necessity:</source>
        <translation>Noodzaak:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Afweging:</translation>
    </message>
    <message>
        <source>Describe how and when they agreed.</source>
        <translation>Beschrijf hoe en wanneer de toestemming is gegeven.</translation>
    </message>
    <message>
        <source>Say how the opt-in came in and what they agreed to.</source>
        <translation>Vermeld hoe de opt-in binnenkwam en waarmee de persoon instemde.</translation>
    </message>
    <message>
        <source>Name the contract or order.</source>
        <translation>Noem de overeenkomst of opdracht.</translation>
    </message>
    <message>
        <source>Name the law or rule.</source>
        <translation>Noem de wet of regel.</translation>
    </message>
    <message>
        <source>Write a short note why this basis applies.</source>
        <translation>Schrijf kort op waarom deze grondslag geldt.</translation>
    </message>
    <message>
        <source>You can save this now, but until purpose, necessity and balance are all written down the badge says the assessment is missing.</source>
        <translation>U kunt dit nu opslaan, maar zolang doel, noodzaak en afweging niet alle drie zijn opgeschreven, meldt het label dat de afweging ontbreekt.</translation>
    </message>
    <message>
        <source>Opt-in of {address} on {day}</source>
        <translation>Opt-in van {address} op {day}</translation>
    </message>
</context>
<context>
    <name>LinkToActivityDialog</name>
    <message>
        <source>Link to processing activity</source>
        <translation>Koppelen aan verwerking</translation>
    </message>
    <message numerus="yes">
        <source>Link %Ln business contact(s) to:</source>
        <translation>
            <numerusform>%Ln zakelijk contact koppelen aan:</numerusform>
            <numerusform>%Ln zakelijke contacten koppelen aan:</numerusform>
        </translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Koppelen</translation>
    </message>
</context>
<context>
    <name>MailGate</name>
    <message>
        <source>Not a valid address</source>
        <translation>Geen geldig adres</translation>
    </message>
    <message>
        <source>Opted out or objected</source>
        <translation>Afgemeld of bezwaar gemaakt</translation>
    </message>
    <message>
        <source>Private contact</source>
        <translation>Privécontact</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Overleden</translation>
    </message>
    <message>
        <source>Company address (info@…)</source>
        <translation>Bedrijfsadres (info@…)</translation>
    </message>
    <message>
        <source>Company address, not published</source>
        <translation>Bedrijfsadres, niet openbaar gemaakt</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Opt-in gegeven</translation>
    </message>
    <message>
        <source>Existing customer (soft opt-in)</source>
        <translation>Bestaande klant (soft opt-in)</translation>
    </message>
    <message>
        <source>Personal address, no opt-in</source>
        <translation>Persoonlijk adres, geen opt-in</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address; correct it on the contact.</source>
        <translation>Dit is geen geldig e-mailadres; verbeter het bij het contact.</translation>
    </message>
    <message>
        <source>The person opted out or objected, on this or another of their addresses, or was erased earlier at their request. Never mailed again unless they opt in anew.</source>
        <translation>De persoon heeft zich afgemeld of bezwaar gemaakt, via dit of een ander adres, of is eerder op eigen verzoek gewist. Krijgt nooit meer mail, tenzij die opnieuw toestemming geeft.</translation>
    </message>
    <message>
        <source>Kept for private use (household exemption): never mailed for the business.</source>
        <translation>Bewaard voor privégebruik (huishoudelijke uitzondering): krijgt nooit zakelijke mail.</translation>
    </message>
    <message>
        <source>Decide first whether this contact is private or business.</source>
        <translation>Bepaal eerst of dit contact privé of zakelijk is.</translation>
    </message>
    <message>
        <source>This person has died.</source>
        <translation>Deze persoon is overleden.</translation>
    </message>
    <message>
        <source>A company&apos;s role address, such as info@, may receive offers without opt-in.</source>
        <translation>Een algemeen bedrijfsadres, zoals info@, mag aanbiedingen ontvangen zonder opt-in.</translation>
    </message>
    <message>
        <source>Strict mode: a company address counts only when the company published it for receiving such messages.</source>
        <translation>Strenge modus: een bedrijfsadres telt alleen als het bedrijf het openbaar heeft gemaakt om zulke berichten te ontvangen.</translation>
    </message>
    <message>
        <source>The person opted in and has not withdrawn it.</source>
        <translation>De persoon heeft toestemming gegeven en die niet ingetrokken.</translation>
    </message>
    <message>
        <source>An existing customer: the address came with a sale, an easy objection was offered then, and every message offers it again.</source>
        <translation>Een bestaande klant: het adres is verkregen bij een verkoop, toen is een eenvoudige mogelijkheid tot bezwaar geboden, en elk bericht biedt die opnieuw.</translation>
    </message>
    <message>
        <source>A personal address may receive offers only after the person opted in (Telecommunicatiewet art. 11.7).</source>
        <translation>Een persoonlijk adres mag pas aanbiedingen ontvangen nadat de persoon toestemming gaf (Telecommunicatiewet art. 11.7).</translation>
    </message>
    <message>
        <source>Sample contact (demo data)</source>
        <translation>Voorbeeldcontact (demogegevens)</translation>
    </message>
    <message>
        <source>Made-up demo contacts are never mailed: their addresses may belong to real people.</source>
        <translation>Verzonnen demo-contacten krijgen nooit mail: hun adressen kunnen van echte mensen zijn.</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Nog niet verstuurd</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Not sent: opted out since</source>
        <translation>Niet verstuurd: inmiddels afgemeld</translation>
    </message>
    <message>
        <source>Sending (or interrupted)</source>
        <translation>Bezig met versturen (of onderbroken)</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Onvolledig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afgebroken</translation>
    </message>
</context>
<context>
    <name>MailingActions</name>
    <message>
        <source>&amp;Mailing</source>
        <translation>&amp;Mailing</translation>
    </message>
    <message>
        <source>New mailing from the &amp;selection…</source>
        <translation>Nieuwe mailing uit de &amp;selectie…</translation>
    </message>
    <message>
        <source>New mailing from the current &amp;list…</source>
        <translation>Nieuwe mailing uit de huidige &amp;lijst…</translation>
    </message>
    <message>
        <source>Record &amp;opt-out or objection…</source>
        <translation>&amp;Afmelding of bezwaar vastleggen…</translation>
    </message>
    <message>
        <source>Process &amp;unsubscribes…</source>
        <translation>Afmeld&amp;verzoeken verwerken…</translation>
    </message>
    <message>
        <source>Mailing lo&amp;g…</source>
        <translation>Mailinglog&amp;boek…</translation>
    </message>
    <message>
        <source>1 selected contact.</source>
        <translation>1 geselecteerd contact.</translation>
    </message>
    <message>
        <source>{count} selected contacts.</source>
        <translation>{count} geselecteerde contacten.</translation>
    </message>
    <message>
        <source>The 1 contact in the current list.</source>
        <translation>Het ene contact in de huidige lijst.</translation>
    </message>
    <message>
        <source>The {count} contacts in the current list.</source>
        <translation>De {count} contacten in de huidige lijst.</translation>
    </message>
</context>
<context>
    <name>MailingLogDialog</name>
    <message>
        <source>Mailing log</source>
        <translation>Logboek van mailings</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Nog niet verstuurd</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Why allowed</source>
        <translation>Waarom toegestaan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Mailings</source>
        <translation>Mailings</translation>
    </message>
    <message>
        <source>Addresses of the chosen mailing</source>
        <translation>Adressen van de gekozen mailing</translation>
    </message>
    <message>
        <source>No mailings have been sent from this book yet.</source>
        <translation>Uit dit adresboek zijn nog geen mailings verstuurd.</translation>
    </message>
    <message>
        <source>&amp;Send to the rest…</source>
        <translation>&amp;Versturen naar de rest…</translation>
    </message>
    <message>
        <source>Send this mailing to the addresses it did not reach yet; nobody gets it twice</source>
        <translation>Deze mailing versturen naar de adressen die hem nog niet kregen; niemand krijgt hem twee keer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About contactbook</source>
        <translation>Over contactbook</translation>
    </message>
    <message>
        <source>contactbook {version}

A contact book for small businesses that keeps you on the right side of the GDPR (AVG) and the Telecommunicatiewet. Your contacts stay on this computer.</source>
        <translation>contactbook {version}

Een adresboek voor kleine bedrijven dat u helpt de AVG en de Telecommunicatiewet na te leven. Uw contacten blijven op deze computer.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search name, organisation, e-mail, phone, city</source>
        <translation>Zoek op naam, organisatie, e-mail, telefoon, plaats</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Contacten zoeken</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Badge legend</source>
        <translation>Uitleg van de &amp;labels</translation>
    </message>
    <message>
        <source>&amp;About contactbook</source>
        <translation>&amp;Over contactbook</translation>
    </message>
</context>
<context>
    <name>MergeChoices</name>
    <message>
        <source>Cards that match a contact</source>
        <translation>Kaarten die bij een contact horen</translation>
    </message>
    <message>
        <source>Merge card</source>
        <translation>Kaart samenvoegen</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Because of</source>
        <translation>Vanwege</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation>Voegt toe</translation>
    </message>
    <message>
        <source>Proposed merges: clear a box to keep a card apart</source>
        <translation>Voorgestelde samenvoegingen: vink een kaart uit om hem apart te houden</translation>
    </message>
    <message>
        <source>Looking for these cards in your book…</source>
        <translation>Deze kaarten worden in je adresboek gezocht…</translation>
    </message>
    <message>
        <source>{name} (a card above)</source>
        <translation>{name} (een kaart hierboven)</translation>
    </message>
    <message>
        <source>No card matches a contact: every card becomes a new contact.</source>
        <translation>Geen kaart hoort bij een bestaand contact: elke kaart wordt een nieuw contact.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) match a contact and will be merged into it. Clear a box to import that card as a contact of its own.</source>
        <translation>
            <numerusform>%n kaart hoort bij een contact en wordt ermee samengevoegd. Vink hem uit om hem als eigen contact te importeren.</numerusform>
            <numerusform>%n kaarten horen bij een contact en worden ermee samengevoegd. Vink een kaart uit om hem als eigen contact te importeren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) may be someone already in the book; they are added and listed after the import, for Find duplicates.</source>
        <translation>
            <numerusform>%n kaart is misschien iemand die al in het adresboek staat; hij wordt toegevoegd en na de import genoemd, voor Dubbele contacten zoeken.</numerusform>
            <numerusform>%n kaarten zijn misschien iemand die al in het adresboek staat; ze worden toegevoegd en na de import genoemd, voor Dubbele contacten zoeken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <source>Record opt-out or objection</source>
        <translation>Afmelding of bezwaar vastleggen</translation>
    </message>
    <message>
        <source>Opt-o&amp;ut: no more mailings</source>
        <translation>Af&amp;melding: geen mailings meer</translation>
    </message>
    <message>
        <source>O&amp;bjection (Art. 21 GDPR): stop all direct marketing</source>
        <translation>&amp;Bezwaar (art. 21 AVG): stop alle direct marketing</translation>
    </message>
    <message>
        <source>All addresses of this contact</source>
        <translation>Alle adressen van dit contact</translation>
    </message>
    <message>
        <source>e.g. by phone, by e-mail, in person</source>
        <translation>bijv. telefonisch, per e-mail, persoonlijk</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;How it came in:</source>
        <translation>&amp;Hoe het binnenkwam:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <source>This contact has no e-mail address, so there is nothing to opt out.</source>
        <translation>Dit contact heeft geen e-mailadres, dus er valt niets af te melden.</translation>
    </message>
</context>
<context>
    <name>RecentImportsDialog</name>
    <message>
        <source>Recent imports</source>
        <translation>Recente imports</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>Import &amp;ongedaan maken…</translation>
    </message>
    <message>
        <source>can be undone</source>
        <translation>kan ongedaan worden gemaakt</translation>
    </message>
    <message>
        <source>undone {when}</source>
        <translation>ongedaan gemaakt op {when}</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Niet ongedaan gemaakt</translation>
    </message>
    <message numerus="yes">
        <source>The imports of the last %n day(s). Undoing one removes the contacts it added and takes out what it added to contacts that were already there; changes made since stay.</source>
        <translation>
            <numerusform>De imports van de laatste %n dag. Een import ongedaan maken verwijdert de contacten die hij toevoegde en haalt weg wat hij aan bestaande contacten toevoegde; wat je sindsdien wijzigde, blijft.</numerusform>
            <numerusform>De imports van de laatste %n dagen. Een import ongedaan maken verwijdert de contacten die hij toevoegde en haalt weg wat hij aan bestaande contacten toevoegde; wat je sindsdien wijzigde, blijft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of {files}? The %n contact(s) it added are removed. Contacts it merged cards into ({merged}) lose what it added.</source>
        <translation>
            <numerusform>De import van {files} ongedaan maken? Het %n contact dat hij toevoegde, wordt verwijderd. Contacten waarmee hij kaarten samenvoegde ({merged}), verliezen wat hij toevoegde.</numerusform>
            <numerusform>De import van {files} ongedaan maken? De %n contacten die hij toevoegde, worden verwijderd. Contacten waarmee hij kaarten samenvoegde ({merged}), verliezen wat hij toevoegde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <source>New mailing</source>
        <translation>Nieuwe mailing</translation>
    </message>
    <message>
        <source>Only addresses that may receive commercial e-mail under the Telecommunicatiewet get it: opted in, existing customers (soft opt-in) and company addresses such as info@. The others are listed with the reason; point at a reason for more.</source>
        <translation>Alleen adressen die volgens de Telecommunicatiewet commerciële e-mail mogen ontvangen krijgen hem: met opt-in, bestaande klanten (soft opt-in) en bedrijfsadressen zoals info@. De andere staan in de lijst met de reden; wijs een reden aan voor meer uitleg.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Why allowed</source>
        <translation>Waarom toegestaan</translation>
    </message>
    <message>
        <source>Why left out</source>
        <translation>Waarom overgeslagen</translation>
    </message>
    <message>
        <source>Addresses that will receive the mailing</source>
        <translation>Adressen die de mailing ontvangen</translation>
    </message>
    <message>
        <source>Addresses left out, with the reason</source>
        <translation>Overgeslagen adressen, met de reden</translation>
    </message>
    <message>
        <source>For a mailing service such as Mailchimp or Spotler: e-mail, names, organisation</source>
        <translation>Voor een mailingdienst zoals Mailchimp of Spotler: e-mail, namen, organisatie</translation>
    </message>
    <message>
        <source>&amp;Write and send…</source>
        <translation>&amp;Schrijven en versturen…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <source>C&amp;opy addresses</source>
        <translation>Adressen &amp;kopiëren</translation>
    </message>
    <message>
        <source>Paste them into the Bcc field, so recipients do not see each other</source>
        <translation>Plak ze in het Bcc-veld, zodat ontvangers elkaar niet zien</translation>
    </message>
    <message>
        <source>Will receive it: {count}</source>
        <translation>Ontvangers: {count}</translation>
    </message>
    <message>
        <source>Left out: {count}</source>
        <translation>Overgeslagen: {count}</translation>
    </message>
    <message>
        <source>Strict mode is on: a company address counts only when the company published it for receiving offers.</source>
        <translation>Strenge modus staat aan: een bedrijfsadres telt alleen als het bedrijf het openbaar heeft gemaakt om aanbiedingen te ontvangen.</translation>
    </message>
    <message>
        <source>None of these contacts may receive a mailing.</source>
        <translation>Geen van deze contacten mag een mailing ontvangen.</translation>
    </message>
    <message>
        <source>1 address copied.</source>
        <translation>1 adres gekopieerd.</translation>
    </message>
    <message>
        <source>{count} addresses copied.</source>
        <translation>{count} adressen gekopieerd.</translation>
    </message>
    <message>
        <source>Paste them into the Bcc field.</source>
        <translation>Plak ze in het Bcc-veld.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Kon {path} niet opslaan: {reason}</translation>
    </message>
    <message>
        <source>1 recipient written to {path}.</source>
        <translation>1 ontvanger opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>{count} recipients written to {path}.</source>
        <translation>{count} ontvangers opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Export recipients</source>
        <translation>Ontvangers exporteren</translation>
    </message>
    <message>
        <source>recipients.csv</source>
        <translation>ontvangers.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <source>&amp;Processing activities…</source>
        <translation>&amp;Verwerkingen…</translation>
    </message>
    <message>
        <source>&amp;Link selected contacts to an activity…</source>
        <translation>Geselecteerde contacten &amp;koppelen aan een verwerking…</translation>
    </message>
    <message>
        <source>Export re&amp;gister…</source>
        <translation>Verwerkingsre&amp;gister exporteren…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message numerus="yes">
        <source>%Ln private contact(s) cannot be linked: contacts kept for your household are never processed for the business. Make them business contacts first if they are.</source>
        <translation>
            <numerusform>%Ln privécontact kan niet worden gekoppeld: contacten voor uw huishouden worden nooit voor het bedrijf verwerkt. Maak er eerst een zakelijk contact van als het dat is.</numerusform>
            <numerusform>%Ln privécontacten kunnen niet worden gekoppeld: contacten voor uw huishouden worden nooit voor het bedrijf verwerkt. Maak er eerst zakelijke contacten van als ze dat zijn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) not reviewed yet cannot be linked: decide first whether they are business or private.</source>
        <translation>
            <numerusform>%Ln nog niet beoordeeld contact kan niet worden gekoppeld: bepaal eerst of het zakelijk of privé is.</numerusform>
            <numerusform>%Ln nog niet beoordeelde contacten kunnen niet worden gekoppeld: bepaal eerst of ze zakelijk of privé zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link to activity</source>
        <translation>Koppelen aan verwerking</translation>
    </message>
    <message>
        <source>Select one or more contacts in the list first.</source>
        <translation>Selecteer eerst een of meer contacten in de lijst.</translation>
    </message>
    <message>
        <source>Only business contacts can be linked to a processing activity.</source>
        <translation>Alleen zakelijke contacten kunnen aan een verwerking worden gekoppeld.</translation>
    </message>
    <message>
        <source>There are no processing activities yet. Create one under Register › Processing activities first.</source>
        <translation>Er zijn nog geen verwerkingen. Maak er eerst een aan onder Register › Verwerkingen.</translation>
    </message>
    <message numerus="yes">
        <source>Linked %Ln contact(s) to “{activity}”.</source>
        <translation>
            <numerusform>%Ln contact gekoppeld aan “{activity}”.</numerusform>
            <numerusform>%Ln contacten gekoppeld aan “{activity}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were linked already.</source>
        <translation>
            <numerusform>%Ln was al gekoppeld.</numerusform>
            <numerusform>%Ln waren al gekoppeld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (not business contacts).</source>
        <translation>
            <numerusform>%Ln overgeslagen (geen zakelijk contact).</numerusform>
            <numerusform>%Ln overgeslagen (geen zakelijke contacten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>Processing activity</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Doeleinden</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Categorieën van betrokkenen</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Categorieën van persoonsgegevens</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>Transfers to third countries</source>
        <translation>Doorgifte</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Beveiligingsmaatregelen</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Personal data held</source>
        <translation>Gegevens in het bestand</translation>
    </message>
    <message>
        <source>Number of data subjects</source>
        <translation>Aantal betrokkenen</translation>
    </message>
    <message>
        <source>Legal bases in use</source>
        <translation>Grondslagen in gebruik</translation>
    </message>
    <message>
        <source>Points for attention</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Wettelijke verplichting</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Vitaal belang</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Algemeen belang / openbaar gezag</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>No legal basis</source>
        <translation>Geen grondslag</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>personal e-mail address</source>
        <translation>persoonlijk e-mailadres</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>adres (met huisnummer)</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>functie</translation>
    </message>
    <message>
        <source>Purposes are missing</source>
        <translation>Doeleinden ontbreken</translation>
    </message>
    <message>
        <source>Retention period is missing</source>
        <translation>Bewaartermijn ontbreekt</translation>
    </message>
    <message>
        <source>Legal basis is missing</source>
        <translation>Grondslag ontbreekt</translation>
    </message>
    <message>
        <source>Legitimate interest without a recorded balancing test</source>
        <translation>Gerechtvaardigd belang zonder vastgelegde belangenafweging</translation>
    </message>
    <message>
        <source>{n} data subject(s) on legitimate interest without a balancing test</source>
        <translation>{n} betrokkene(n) op gerechtvaardigd belang zonder belangenafweging</translation>
    </message>
    <message>
        <source>{n} business contact(s) without a legal basis</source>
        <translation>{n} zakelijk(e) contact(en) zonder grondslag</translation>
    </message>
    <message>
        <source>{n} contact(s) not reviewed yet (private or business)</source>
        <translation>{n} contact(en) nog niet beoordeeld (privé of zakelijk)</translation>
    </message>
    <message>
        <source>{n} private contact(s) linked: not to be processed for the business</source>
        <translation>{n} privécontact(en) gekoppeld: niet zakelijk verwerken</translation>
    </message>
    <message>
        <source>Register of processing activities</source>
        <translation>Register van verwerkingsactiviteiten</translation>
    </message>
    <message>
        <source>Article 30 GDPR</source>
        <translation>Artikel 30 AVG</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verwerkingsverantwoordelijke</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Chamber of Commerce number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Functionaris gegevensbescherming</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Verwerkers</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Waarborgen</translation>
    </message>
    <message>
        <source>There are no activities yet.</source>
        <translation>Er zijn nog geen verwerkingsactiviteiten.</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} maanden</translation>
    </message>
    <message>
        <source>balancing test recorded</source>
        <translation>belangenafweging vastgelegd</translation>
    </message>
    <message>
        <source>balancing test recorded on {date}</source>
        <translation>belangenafweging vastgelegd op {date}</translation>
    </message>
    <message>
        <source>balancing test missing</source>
        <translation>belangenafweging ontbreekt</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>The columns {held}, {subjects} and {bases} are derived from the contact book on the date above. Only living persons kept for the business (or not reviewed yet) count: private contacts, organisations and deceased persons do not.</source>
        <translation>De kolommen {held}, {subjects} en {bases} zijn afgeleid uit het contactbestand op de datum hierboven. Alleen levende personen die zakelijk (of nog niet beoordeeld) zijn vastgelegd tellen mee: privécontacten, organisaties en overleden personen niet.</translation>
    </message>
</context>
<context>
    <name>RegisterExportDialog</name>
    <message>
        <source>Export register of processing activities</source>
        <translation>Verwerkingsregister exporteren</translation>
    </message>
    <message>
        <source>The register lists your processing activities with the Art. 30 GDPR fields and what your contact book holds for each: the kinds of personal data, the number of people and the legal bases in use. Archived activities are left out.</source>
        <translation>Het register somt uw verwerkingen op met de velden van art. 30 AVG en wat uw adresboek per verwerking bevat: de soorten persoonsgegevens, het aantal betrokkenen en de gebruikte grondslagen. Gearchiveerde verwerkingen blijven buiten het register.</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>PDF-document (.pdf)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Webpagina (.html)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (.csv)</source>
        <translation>CSV voor spreadsheets (.csv)</translation>
    </message>
    <message>
        <source>Dutch (Nederlands)</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>&amp;Language of the register:</source>
        <translation>&amp;Taal van het register:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webpagina’s (*.html *.htm)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Save the register as</source>
        <translation>Register opslaan als</translation>
    </message>
    <message>
        <source>Register exported</source>
        <translation>Register geëxporteerd</translation>
    </message>
    <message>
        <source>The register of processing activities is saved as:
{path}</source>
        <translation>Het verwerkingsregister is opgeslagen als:
{path}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>The register could not be saved as {path}:
{error}</source>
        <translation>Het register kon niet worden opgeslagen als {path}:
{error}</translation>
    </message>
</context>
<context>
    <name>RegisterWarningTexts</name>
    <message>
        <source>The purposes are missing.</source>
        <translation>De doelen ontbreken.</translation>
    </message>
    <message>
        <source>The retention period is missing.</source>
        <translation>De bewaartermijn ontbreekt.</translation>
    </message>
    <message>
        <source>The legal basis is missing.</source>
        <translation>De grondslag ontbreekt.</translation>
    </message>
    <message>
        <source>Legitimate interest is chosen, but the balancing test is not complete.</source>
        <translation>Gerechtvaardigd belang is gekozen, maar de belangenafweging is niet volledig.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) on legitimate interest without a complete balancing test.</source>
        <translation>
            <numerusform>%Ln contact op gerechtvaardigd belang zonder volledige belangenafweging.</numerusform>
            <numerusform>%Ln contacten op gerechtvaardigd belang zonder volledige belangenafweging.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln business contact(s) without a legal basis.</source>
        <translation>
            <numerusform>%Ln zakelijk contact zonder grondslag.</numerusform>
            <numerusform>%Ln zakelijke contacten zonder grondslag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln linked contact(s) not reviewed yet.</source>
        <translation>
            <numerusform>%Ln gekoppeld contact nog niet beoordeeld.</numerusform>
            <numerusform>%Ln gekoppelde contacten nog niet beoordeeld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln private contact(s) linked: private contacts are never processed for the business.</source>
        <translation>
            <numerusform>%Ln privécontact gekoppeld: privécontacten worden nooit voor het bedrijf verwerkt.</numerusform>
            <numerusform>%Ln privécontacten gekoppeld: privécontacten worden nooit voor het bedrijf verwerkt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <source>End of relationship</source>
        <translation>Einde van de relatie</translation>
    </message>
    <message>
        <source>When did the relationship with {name} end? The retention periods of their processing activities count from this day.</source>
        <translation>Wanneer eindigde de relatie met {name}? De bewaartermijnen van de verwerkingen tellen vanaf die dag.</translation>
    </message>
    <message>
        <source>The relationship has ended on</source>
        <translation>De relatie is geëindigd op</translation>
    </message>
    <message>
        <source>Day the relationship ended</source>
        <translation>Dag waarop de relatie eindigde</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Past retention</source>
        <translation>Bewaartermijn verstreken</translation>
    </message>
    <message>
        <source>These contacts are kept longer than the retention period of their processing activities. The period counts from the end of the relationship, or when none is recorded, from the last interaction (last change, consent or mailing). Erase them, or anonymise them: they then only count in the statistics.</source>
        <translation>Deze contacten worden langer bewaard dan de bewaartermijn van hun verwerkingen. De termijn telt vanaf het einde van de relatie, of als dat niet is vastgelegd, vanaf het laatste contact (laatste wijziging, toestemming of mailing). Wis ze, of anonimiseer ze: dan tellen ze alleen nog mee in de cijfers.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Geteld vanaf</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Past since</source>
        <translation>Verstreken sinds</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Verwerkingen</translation>
    </message>
    <message>
        <source>Contacts past retention</source>
        <translation>Contacten met verstreken bewaartermijn</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimiseren…</translation>
    </message>
    <message>
        <source>Not checked: these activities have no retention period in months yet (set it under Register › Processing activities): {names}</source>
        <translation>Niet gecontroleerd: deze verwerkingen hebben nog geen bewaartermijn in maanden (vul die in onder Register › Verwerkingen): {names}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) past retention</source>
        <translation>
            <numerusform>%Ln contact over de bewaartermijn</numerusform>
            <numerusform>%Ln contacten over de bewaartermijn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %Ln contact(s) for good? Everything about them is removed; this cannot be undone.</source>
        <translation>
            <numerusform>%Ln contact definitief wissen? Alles over dit contact wordt verwijderd; dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%Ln contacten definitief wissen? Alles over hen wordt verwijderd; dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %Ln contact(s)? Names, addresses, numbers, notes, photo and consent history are removed; they stay only as a count per activity, scope and legal basis. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln contact anonimiseren? Naam, adressen, nummers, notities, foto en geschiedenis van toestemming worden verwijderd; het blijft alleen over als aantal per verwerking, privé/zakelijk en grondslag. Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%Ln contacten anonimiseren? Namen, adressen, nummers, notities, foto en geschiedenis van toestemming worden verwijderd; ze blijven alleen over als aantal per verwerking, privé/zakelijk en grondslag. Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RightsActions</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Terugzetten uit een reservekopie</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>Persoonsgegevens e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Ob&amp;ject to direct marketing…</source>
        <translation>Bezw&amp;aar tegen direct marketing…</translation>
    </message>
    <message>
        <source>Era&amp;se (right to be forgotten)…</source>
        <translation>&amp;Wissen (recht op vergetelheid)…</translation>
    </message>
    <message>
        <source>End of relations&amp;hip…</source>
        <translation>&amp;Einde van de relatie…</translation>
    </message>
    <message>
        <source>R&amp;ights</source>
        <translation>Rech&amp;ten</translation>
    </message>
    <message>
        <source>Past &amp;retention…</source>
        <translation>&amp;Bewaartermijn verstreken…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Logboek…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Reservekopie maken…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Terugzetten uit een reservekopie…</translation>
    </message>
    <message>
        <source>Objection to direct marketing</source>
        <translation>Bezwaar tegen direct marketing</translation>
    </message>
    <message>
        <source>Back up the contact book</source>
        <translation>Reservekopie van het adresboek maken</translation>
    </message>
    <message>
        <source>Contact books (*.sqlite)</source>
        <translation>Adresboeken (*.sqlite)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Record that {name} objects to direct marketing? No mailing will go to any of their addresses from now on:
{addresses}</source>
        <translation>Vastleggen dat {name} bezwaar maakt tegen direct marketing? Vanaf nu gaat er geen mailing meer naar een van deze adressen:
{addresses}</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <source>Backed up to {path} (checked: intact).</source>
        <translation>Reservekopie gemaakt in {path} (gecontroleerd: in orde).</translation>
    </message>
    <message>
        <source>Restored. The replaced book is kept as {path}.</source>
        <translation>Teruggezet. Het vervangen adresboek is bewaard als {path}.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address, so there is nothing to stop.</source>
        <translation>{name} heeft geen e-mailadres, dus er valt niets te stoppen.</translation>
    </message>
    <message>
        <source>Replace the contact book with the backup {path}? Changes made after the backup are not in it. The current book is kept as a copy beside it.</source>
        <translation>Het adresboek vervangen door de reservekopie {path}? Wijzigingen van na de reservekopie staan er niet in. Het huidige adresboek blijft als kopie ernaast bewaard.</translation>
    </message>
</context>
<context>
    <name>RightsTexts</name>
    <message numerus="yes">
        <source>Personal data exported to {folder} (%Ln file(s)).</source>
        <translation>
            <numerusform>Persoonsgegevens geëxporteerd naar {folder} (%Ln bestand).</numerusform>
            <numerusform>Persoonsgegevens geëxporteerd naar {folder} (%Ln bestanden).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Sending the mailing</source>
        <translation>De mailing wordt verstuurd</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Wat er misging</translation>
    </message>
    <message>
        <source>Recipients the server did not accept</source>
        <translation>Ontvangers die de server niet accepteerde</translation>
    </message>
    <message>
        <source>Send to the rest</source>
        <translation>Versturen naar de rest</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>Versturen &amp;afbreken</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;luiten</translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation>Verbinden met {host}…</translation>
    </message>
    <message>
        <source>Stopping after the current message…</source>
        <translation>Stopt na het huidige bericht…</translation>
    </message>
    <message>
        <source>Sent {done} of {total}…</source>
        <translation>{done} van {total} verstuurd…</translation>
    </message>
    <message>
        <source>{sent} of {total} sent.</source>
        <translation>{sent} van {total} verstuurd.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Afgebroken.</translation>
    </message>
    <message>
        <source>Failed: {count}.</source>
        <translation>Mislukt: {count}.</translation>
    </message>
    <message>
        <source>Not tried yet: {count}.</source>
        <translation>Nog niet geprobeerd: {count}.</translation>
    </message>
    <message>
        <source>Left out, as they opted out in the meantime: {count}.</source>
        <translation>Overgeslagen omdat ze zich inmiddels afmeldden: {count}.</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Gestopt: {reason}</translation>
    </message>
    <message>
        <source>Nothing was sent: {reason}</source>
        <translation>Er is niets verstuurd: {reason}</translation>
    </message>
    <message>
        <source>Send to the &amp;rest ({count})</source>
        <translation>Versturen naar de &amp;rest ({count})</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Your business (the controller)</source>
        <translation>Uw bedrijf (de verwerkingsverantwoordelijke)</translation>
    </message>
    <message>
        <source>Named in the register of processing activities and at the foot of every mailing. Name and e-mail address are needed before you can send a mailing.</source>
        <translation>Staat in het verwerkingsregister en onder elke mailing. Naam en e-mailadres zijn nodig voordat u een mailing kunt versturen.</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Bedrijfsnaam:</translation>
    </message>
    <message>
        <source>Street and number:</source>
        <translation>Straat en huisnummer:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Plaats:</translation>
    </message>
    <message>
        <source>Country code:</source>
        <translation>Landcode:</translation>
    </message>
    <message>
        <source>KvK number:</source>
        <translation>KvK-nummer:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefoon:</translation>
    </message>
    <message>
        <source>Data protection officer:</source>
        <translation>Functionaris gegevensbescherming:</translation>
    </message>
    <message>
        <source>Their e-mail:</source>
        <translation>Diens e-mail:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Default country for phone numbers</source>
        <translation>Standaardland voor telefoonnummers</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>Een andere taal geldt vanaf de volgende start.</translation>
    </message>
    <message>
        <source>Strict mode for company addresses (info@…)</source>
        <translation>Strenge modus voor bedrijfsadressen (info@…)</translation>
    </message>
    <message>
        <source>When on, a company address is only mailed when you marked it as published by that company for such messages.</source>
        <translation>Staat deze aan, dan krijgt een bedrijfsadres alleen mail als u hebt aangegeven dat het bedrijf het voor zulke berichten openbaar heeft gemaakt.</translation>
    </message>
    <message>
        <source>Phone numbers without +: country</source>
        <translation>Telefoonnummers zonder +: land</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Not a country code phone numbers know (e.g. NL, BE).</source>
        <translation>Geen landcode die telefoonnummers kennen (bijv. NL, BE).</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>e.g. smtp.yourprovider.nl</source>
        <translation>bijv. smtp.uwprovider.nl</translation>
    </message>
    <message>
        <source>STARTTLS (recommended)</source>
        <translation>STARTTLS (aanbevolen)</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>None — only for a server on this computer</source>
        <translation>Geen — alleen voor een server op deze computer</translation>
    </message>
    <message>
        <source>Re&amp;member the password in the system keychain</source>
        <translation>Wachtwoord &amp;onthouden in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Versleuteling:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>No system keychain is available; the password is asked each time.</source>
        <translation>Er is geen sleutelhanger van het systeem beschikbaar; het wachtwoord wordt elke keer gevraagd.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>default ({port})</source>
        <translation>standaard ({port})</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <source>Your personal data</source>
        <translation>Uw persoonsgegevens</translation>
    </message>
    <message>
        <source>This summary holds all the data {company} keeps about you, as of {date}. You receive it at your request (Articles 15 and 20 GDPR). It comes with a JSON file (all the data, readable by computers) and a vCard (contact card).</source>
        <translation>Dit overzicht bevat alle gegevens die {company} over u bewaart, op {date}. U ontvangt het op uw verzoek (artikel 15 en 20 AVG). Bij dit overzicht horen een JSON-bestand (alle gegevens, leesbaar voor computers) en een vCard (contactkaart).</translation>
    </message>
    <message>
        <source>our business</source>
        <translation>ons bedrijf</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Uw gegevens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-mailadressen</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>A photo of you is kept.</source>
        <translation>Er is een foto van u bewaard.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Overige gegevens</translation>
    </message>
    <message>
        <source>End of relationship</source>
        <translation>Einde relatie</translation>
    </message>
    <message>
        <source>Why we use your data</source>
        <translation>Waarom wij uw gegevens gebruiken</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Vastgelegd op</translation>
    </message>
    <message>
        <source>Legitimate interest assessment</source>
        <translation>Afweging gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Consent and objection</source>
        <translation>Toestemming en bezwaar</translation>
    </message>
    <message>
        <source>No consent or objection of yours is recorded.</source>
        <translation>Er is geen toestemming of bezwaar van u vastgelegd.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>What we use your data for</source>
        <translation>Waarvoor wij uw gegevens gebruiken</translation>
    </message>
    <message>
        <source>No processing activities linked.</source>
        <translation>Geen verwerkingen gekoppeld.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} maanden</translation>
    </message>
    <message>
        <source>E-mails you received from us</source>
        <translation>E-mails die u van ons ontving</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>What happened to your data</source>
        <translation>Wat er met uw gegevens gebeurde</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Uw rechten</translation>
    </message>
    <message>
        <source>You can ask us to correct or erase your data, or object to its use for direct marketing. Contact {contact} for that. You can also complain to the Dutch data protection authority (Autoriteit Persoonsgegevens).</source>
        <translation>U kunt ons vragen uw gegevens te verbeteren of te verwijderen, of bezwaar maken tegen het gebruik ervan voor reclame. Neem daarvoor contact op met {contact}. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>toestemming gegeven</translation>
    </message>
    <message>
        <source>consent confirmed</source>
        <translation>toestemming bevestigd</translation>
    </message>
    <message>
        <source>customer: may get offers</source>
        <translation>klant: mag aanbiedingen ontvangen</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <source>objection to direct marketing</source>
        <translation>bezwaar tegen reclame</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>nog niet verstuurd</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>niet afgeleverd</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>niet verstuurd</translation>
    </message>
    <message>
        <source>data stored</source>
        <translation>gegevens opgeslagen</translation>
    </message>
    <message>
        <source>data changed</source>
        <translation>gegevens gewijzigd</translation>
    </message>
    <message>
        <source>kind of contact changed</source>
        <translation>soort contact gewijzigd</translation>
    </message>
    <message>
        <source>legal basis changed</source>
        <translation>grondslag gewijzigd</translation>
    </message>
    <message>
        <source>consent recorded</source>
        <translation>toestemming of bezwaar vastgelegd</translation>
    </message>
    <message>
        <source>linked to an activity</source>
        <translation>aan een verwerking gekoppeld</translation>
    </message>
    <message>
        <source>data exported</source>
        <translation>gegevens uitgevoerd</translation>
    </message>
</context>
<context>
    <name>SubjectExportDialog</name>
    <message>
        <source>Export personal data</source>
        <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
        <source>Everything the book holds about {name}: a summary to send to them (HTML and PDF), all data as JSON, and a contact card (vCard).</source>
        <translation>Alles wat het adresboek over {name} bevat: een overzicht om op te sturen (HTML en PDF), alle gegevens als JSON, en een contactkaart (vCard).</translation>
    </message>
    <message>
        <source>Folder to write the files to</source>
        <translation>Map voor de bestanden</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Also as PDF</source>
        <translation>Ook als PDF</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <source>Language of the summary:</source>
        <translation>Taal van het overzicht:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Map voor de export</translation>
    </message>
    <message>
        <source>The export could not be written: {error}</source>
        <translation>De export kon niet worden opgeslagen: {error}</translation>
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <source>Sort contacts to review</source>
        <translation>Te beoordelen contacten indelen</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Te beoordelen contacten</translation>
    </message>
    <message>
        <source>&amp;Private (P)</source>
        <translation>&amp;Privé (P)</translation>
    </message>
    <message>
        <source>&amp;Business (B)</source>
        <translation>&amp;Zakelijk (B)</translation>
    </message>
    <message>
        <source>&amp;Skip (S)</source>
        <translation>&amp;Overslaan (S)</translation>
    </message>
    <message>
        <source>Set &amp;legal basis… (L)</source>
        <translation>&amp;Grondslag vastleggen… (L)</translation>
    </message>
    <message>
        <source>P: private (family, friends) · B: business · S or →: skip. Select several in the list to decide them at once.</source>
        <translation>P: privé (familie, vrienden) · B: zakelijk · S of →: overslaan. Selecteer er meerdere in de lijst om ze in één keer in te delen.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>1 to review</source>
        <translation>1 te beoordelen</translation>
    </message>
    <message>
        <source>{n} to review</source>
        <translation>{n} te beoordelen</translation>
    </message>
    <message>
        <source>(and {more} more after these)</source>
        <translation>(en daarna nog {more})</translation>
    </message>
    <message>
        <source>Nothing left to review.</source>
        <translation>Niets meer te beoordelen.</translation>
    </message>
    <message>
        <source>Suggestion: &lt;b&gt;{scope}&lt;/b&gt;. {reason}</source>
        <translation>Voorstel: &lt;b&gt;{scope}&lt;/b&gt;. {reason}</translation>
    </message>
    <message>
        <source>Sort as {scope}</source>
        <translation>Indelen als {scope}</translation>
    </message>
    <message>
        <source>Sort {n} as {scope}</source>
        <translation>{n} indelen als {scope}</translation>
    </message>
    <message>
        <source>1 contact sorted as {scope}.</source>
        <translation>1 contact ingedeeld als {scope}.</translation>
    </message>
    <message>
        <source>{n} contacts sorted as {scope}.</source>
        <translation>{n} contacten ingedeeld als {scope}.</translation>
    </message>
    <message>
        <source>The badge now says “No legal basis”: press L to set the basis now, or do it later from the “No legal basis” view.</source>
        <translation>Het label zegt nu “Geen grondslag”: druk op L om de grondslag nu vast te leggen, of doe het later vanuit de weergave “Geen grondslag”.</translation>
    </message>
    <message>
        <source>Set legal basis</source>
        <translation>Grondslag vastleggen</translation>
    </message>
    <message>
        <source>Legal basis recorded.</source>
        <translation>Grondslag vastgelegd.</translation>
    </message>
</context>
<context>
    <name>UnsubscribeDialog</name>
    <message>
        <source>Process unsubscribes</source>
        <translation>Afmeldverzoeken verwerken</translation>
    </message>
    <message>
        <source>Paste the unsubscribe replies, or just their addresses, in any form. Each address a contact has gets an opt-out, from now on blocked in every mailing.</source>
        <translation>Plak de afmeldingen, of alleen de adressen, in welke vorm dan ook. Elk adres van een contact krijgt een afmelding en wordt vanaf nu bij elke mailing overgeslagen.</translation>
    </message>
    <message>
        <source>Pasted unsubscribe replies</source>
        <translation>Geplakte afmeldingen</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Not in the book</source>
        <translation>Niet in het adresboek</translation>
    </message>
    <message>
        <source>No contact has these addresses; nothing was recorded for them.</source>
        <translation>Geen contact heeft deze adressen; er is niets voor vastgelegd.</translation>
    </message>
    <message>
        <source>&amp;Record opt-outs</source>
        <translation>Afmeldingen &amp;vastleggen</translation>
    </message>
    <message>
        <source>Opted out: {count}</source>
        <translation>Afgemeld: {count}</translation>
    </message>
    <message>
        <source>Not in the book: {count}</source>
        <translation>Niet in het adresboek: {count}</translation>
    </message>
    <message>
        <source>No e-mail addresses found in the pasted text.</source>
        <translation>Geen e-mailadressen gevonden in de geplakte tekst.</translation>
    </message>
    <message>
        <source>Opt-outs recorded: {count}.</source>
        <translation>Afmeldingen vastgelegd: {count}.</translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Verwerkingen</translation>
    </message>
    <message numerus="yes">
        <source>{title}, %Ln contact(s)</source>
        <translation>
            <numerusform>{title}, %Ln contact</numerusform>
            <numerusform>{title}, %Ln contacten</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts in “{name}”.</source>
        <translation>Contacten in “{name}”.</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle contacten</translation>
    </message>
    <message>
        <source>Every contact in the book.</source>
        <translation>Elk contact in het adresboek.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Zakelijk</translation>
    </message>
    <message>
        <source>Contacts you keep for your business: the privacy rules apply to them.</source>
        <translation>Contacten die u voor uw bedrijf bewaart: de privacyregels gelden voor hen.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Family and friends, kept for yourself: outside the privacy rules.</source>
        <translation>Familie en vrienden, voor uzelf bewaard: buiten de privacyregels.</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <source>Contacts not yet marked private or business.</source>
        <translation>Contacten die nog niet als privé of zakelijk zijn aangemerkt.</translation>
    </message>
    <message>
        <source>No legal basis</source>
        <translation>Geen grondslag</translation>
    </message>
    <message>
        <source>Business contacts without a reason in law for keeping them.</source>
        <translation>Zakelijke contacten zonder wettelijke grondslag om ze te bewaren.</translation>
    </message>
    <message>
        <source>Interest not assessed</source>
        <translation>Afweging ontbreekt</translation>
    </message>
    <message>
        <source>Kept for a legitimate interest, but the balancing test (purpose, necessity, balance) is not written down yet.</source>
        <translation>Bewaard voor een gerechtvaardigd belang, maar de belangenafweging (doel, noodzaak, afweging) is nog niet opgeschreven.</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Contacts with an e-mail address that opted out or objected: do not mail them.</source>
        <translation>Contacten met een e-mailadres dat is afgemeld of waartegen bezwaar is gemaakt: niet mailen.</translation>
    </message>
</context>
</TS>
