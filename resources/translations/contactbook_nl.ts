<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ActivitiesDialog</name>
    <message>
        <source>Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;rchived activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this processing activity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from template: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the processing activity a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a processing activity named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balancing test (legitimate interest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose test: which interest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessity test: is it needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balancing: the person&apos;s interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purposes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of data &amp;subjects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal &amp;data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;ocessors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfers outside the EEA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;feguards for transfers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etention period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention in &amp;months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest — assessment missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept because the person agreed to it; the consent record shows when and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept to carry out a contract or order with this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept because a law requires it, such as the duty to keep tax records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept to protect someone&apos;s life or health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept to carry out a task in the public interest or under official authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for a legitimate business interest, backed by a recorded balancing test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest is chosen, but its balancing test is not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This business contact has no legal basis yet, so record one or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for personal or household use only, so the GDPR does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation rather than a person, so its details are not personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has died, so the GDPR no longer applies to their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet: decide whether this contact is private or for the business.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeLegendDialog</name>
    <message>
        <source>Badge legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact shows one badge: the legal basis on which a business contact is kept, or why the GDPR does not apply to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookStatusBar</name>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact matches “{search}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contacts match “{search}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Write the mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer added to every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to every message, and cannot be left out: who sends it and how to opt out (Telecommunicatiewet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to 1 recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to {count} recipients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a subject and a text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mailing must say who sends it. Fill in your business details first (missing: {fields}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>Select a contact to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, set by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment missing: legitimate interest needs a recorded balancing test (purpose, necessity and balance) before this contact may be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal basis recorded: choose one of the six bases for this business contact, or remove the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased on {date}. {explanation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence noted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this one counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: the consent history of the e-mail addresses below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they agreed: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract or order: {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract or order reference noted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligation: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which obligation is not noted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balancing test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Particle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>van, de, van der…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day-month-year, or day-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by commas, e.g. klant, lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set legal &amp;basis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kept for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private contact used for your business falls under the GDPR, so it needs a legal basis. Choose the one that fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address or phone number of {name} belongs to someone who was erased from this book earlier, for example at their own request. Add them again only if you have a new reason to keep their data.

Add this contact anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>pages kept in memory at most (the rest is read again when scrolled back to) Emitted after the filter changed or the data was reloaded, with the new total.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message>
        <source>Give a first name, a family name or an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation needs its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @, as in name@example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the @ comes a domain with a dot, as in example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has digits only (spaces, dashes and + are fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few digits for a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many digits for a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid phone number. A number abroad starts with its country code, e.g. +32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Dutch postcode is four digits and two letters, e.g. 1234 AB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as day-month-year (12-04-1980) or day-month (12-04).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person agreed to it. The proof is the consent record of one of their addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need the data to carry out a contract or order with this person, or to prepare one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business has a real interest that outweighs the person&apos;s privacy. Write down why (the balancing test); until all three answers are there the badge warns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A law obliges you to keep this, e.g. the tax administration rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to protect someone&apos;s life or health. Rare in a business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for a task in the public interest given to you by law. Rare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source></source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private (family and friends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double opt-in (confirmed by e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft opt-in (existing customer, similar products)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out (no more mailings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection (stop all direct marketing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is an organisation, not a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card names an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has a job title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address is at a company domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the card points to business.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactUndo</name>
    <message>
        <source>“{action}” cannot be undone or redone: {reason}</source>
        <extracomment>ids of the contacts an undo or redo touched (to reload the list and select them) a plain sentence when an undo or redo could not be applied</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedBook</name>
    <message>
        <source>The contact book is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no automatic backup of it. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact book {path} is damaged and cannot be opened safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from {when}. Put it back? The damaged book is kept beside it, and anything changed after the backup is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private or business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo ({size} kB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicate pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else is combined: e-mail addresses, phone numbers, postal addresses, categories and activities. The consent history stays with each e-mail address. The second contact is removed after the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge this pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{other}” into “{keep}”. Where they differ, choose what to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They do not contradict each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyBookWidget</name>
    <message>
        <source>Your contact book is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the contacts from your phone or add your first contact. To look around first, fill it with sample data: run “contactbook demo” in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with sample data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>a company card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a company e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing business-like</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Import from phone (vCard)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contacts were written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing from: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards to import, with the suggested scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do the new contacts go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review: I sort them out later, one key each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As suggested per card (see the list above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All private: family and friends, outside the GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All business (each will still need a legal basis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link new business contacts to the processing activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported or changed.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cards} cards read: {imported} added, {merged} merged into existing contacts, {unchanged} already in the book, {rejected} could not be read, {held} held back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards that need a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalBasisDialog</name>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract or order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. order 2024-118 of 12 March 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which law or rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the 7-year tax retention duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge will read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opt-in that is already recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an opt-in now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by e-mail (double opt-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. web form, business card, by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they agreed to, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording agreed to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact has no e-mail address. Describe how and when they agreed, or add an address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. agreed in person on 3 May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is your business&apos;s interest? e.g. offering maintenance to customers of last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you need this person&apos;s data for it? Is there a lighter way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does it not harm them unduly? Would they expect it? Can they easily say no?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe how and when they agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the opt-in came in and what they agreed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the contract or order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the law or rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short note why this basis applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can save this now, but until purpose, necessity and balance are all written down the badge says the assessment is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in of {address} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkToActivityDialog</name>
    <message>
        <source>Link to processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Link %Ln business contact(s) to:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailGate</name>
    <message>
        <source>Not a valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out or objected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company address (info@…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company address, not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing customer (soft opt-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal address, no opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address; correct it on the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person opted out or objected, on this or another of their addresses, or was erased earlier at their request. Never mailed again unless they opt in anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for private use (household exemption): never mailed for the business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide first whether this contact is private or business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has died.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company&apos;s role address, such as info@, may receive offers without opt-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode: a company address counts only when the company published it for receiving such messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person opted in and has not withdrawn it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing customer: the address came with a sale, an easy objection was offered then, and every message offers it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal address may receive offers only after the person opted in (Telecommunicatiewet art. 11.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample contact (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made-up demo contacts are never mailed: their addresses may belong to real people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: opted out since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending (or interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailingActions</name>
    <message>
        <source>&amp;Mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mailing from the &amp;selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mailing from the current &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;opt-out or objection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process &amp;unsubscribes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 selected contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} selected contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 1 contact in the current list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {count} contacts in the current list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailingLogDialog</name>
    <message>
        <source>Mailing log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailings have been sent from this book yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the rest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this mailing to the addresses it did not reach yet; nobody gets it twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About contactbook</source>
        <extracomment>.vcf files dropped on the window (paths); the import feature listens.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contactbook {version}

A contact book for small businesses that keeps you on the right side of the GDPR (AVG) and the Telecommunicatiewet. Your contacts stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, organisation, e-mail, phone, city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About contactbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts in this view match “{search}”. Press Esc to clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts match “{search}”. Press Esc to see all contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no contacts in this view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <source>Record opt-out or objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out: no more mailings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection (Art. 21 GDPR): stop all direct marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All addresses of this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. by phone, by e-mail, in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it came in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact has no e-mail address, so there is nothing to opt out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsDialog</name>
    <message>
        <source>New mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only addresses that may receive commercial e-mail under the Telecommunicatiewet get it: opted in, existing customers (soft opt-in) and company addresses such as info@. The others are listed with the reason; point at a reason for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses that will receive the mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses left out, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write and send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a mailing service such as Mailchimp or Spotler: e-mail, names, organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste them into the Bcc field, so recipients do not see each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will receive it: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode is on: a company address counts only when the company published it for receiving offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these contacts may receive a mailing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 address copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} addresses copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste them into the Bcc field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 recipient written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} recipients written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipients.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <source>&amp;Processing activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link selected contacts to an activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln private contact(s) cannot be linked: contacts kept for your household are never processed for the business. Make them business contacts first if they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) not reviewed yet cannot be linked: decide first whether they are business or private.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Link to activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more contacts in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only business contacts can be linked to a processing activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no processing activities yet. Create one under Register › Processing activities first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Linked %Ln contact(s) to “{activity}”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were linked already.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (not business contacts).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterExportDialog</name>
    <message>
        <source>Export register of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register lists your processing activities with the Art. 30 GDPR fields and what your contact book holds for each: the kinds of personal data, the number of people and the legal bases in use. Archived activities are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch (Nederlands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the register as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of processing activities is saved as:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be saved as {path}:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterWarningTexts</name>
    <message>
        <source>The purposes are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal basis is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest is chosen, but the balancing test is not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) on legitimate interest without a complete balancing test.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln business contact(s) without a legal basis.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln linked contact(s) not reviewed yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln private contact(s) linked: private contacts are never processed for the business.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Sending the mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients the server did not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {host}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sent} of {total} sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried yet: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, as they opted out in the meantime: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the rest ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. smtp.yourprovider.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — only for a server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available; the password is asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default ({port})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsubscribeDialog</name>
    <message>
        <source>Process unsubscribes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the unsubscribe replies, or just their addresses, in any form. Each address a contact has gets an opt-out, from now on blocked in every mailing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted unsubscribe replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact has these addresses; nothing was recorded for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record opt-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the book: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail addresses found in the pasted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-outs recorded: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {count} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts in “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts you keep for your business: the privacy rules apply to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family and friends, kept for yourself: outside the privacy rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts not yet marked private or business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business contacts without a reason in law for keeping them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for a legitimate interest, but the balancing test (purpose, necessity, balance) is not written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts with an e-mail address that opted out or objected: do not mail them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
