<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message numerus="yes">
        <source>Consent history: %Ln record(s)</source>
        <translation>
            <numerusform>Consent history: %Ln record</numerusform>
            <numerusform>Consent history: %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailing log: %Ln entr(y/ies)</source>
        <translation>
            <numerusform>Mailing log: %Ln entry</numerusform>
            <numerusform>Mailing log: %Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message numerus="yes">
        <source>%Ln contact(s) written to {file}.</source>
        <translation>
            <numerusform>%Ln contact written to {file}.</numerusform>
            <numerusform>%Ln contacts written to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%Ln card(s) read: {imported} added, {merged} merged into existing contacts, {unchanged} already in the book, {rejected} could not be read, {held} held back.</source>
        <translation>
            <numerusform>%Ln card read: {imported} added, {merged} merged into existing contacts, {unchanged} already in the book, {rejected} could not be read, {held} held back.</numerusform>
            <numerusform>%Ln cards read: {imported} added, {merged} merged into existing contacts, {unchanged} already in the book, {rejected} could not be read, {held} held back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkToActivityDialog</name>
    <message numerus="yes">
        <source>Link %Ln business contact(s) to:</source>
        <translation>
            <numerusform>Link %Ln business contact to:</numerusform>
            <numerusform>Link %Ln business contacts to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeChoices</name>
    <message numerus="yes">
        <source>%n card(s) match a contact and will be merged into it. Clear a box to import that card as a contact of its own.</source>
        <translation>
            <numerusform>%n card matches a contact and will be merged into it. Clear its box to import it as a contact of its own.</numerusform>
            <numerusform>%n cards match a contact and will be merged into it. Clear a box to import that card as a contact of its own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) may be someone already in the book; they are added and listed after the import, for Find duplicates.</source>
        <translation>
            <numerusform>%n card may be someone already in the book; it is added and listed after the import, for Find duplicates.</numerusform>
            <numerusform>%n cards may be someone already in the book; they are added and listed after the import, for Find duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentImportsDialog</name>
    <message numerus="yes">
        <source>The imports of the last %n day(s). Undoing one removes the contacts it added and takes out what it added to contacts that were already there; changes made since stay.</source>
        <translation>
            <numerusform>The imports of the last %n day. Undoing one removes the contacts it added and takes out what it added to contacts that were already there; changes made since stay.</numerusform>
            <numerusform>The imports of the last %n days. Undoing one removes the contacts it added and takes out what it added to contacts that were already there; changes made since stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of {files}? The %n contact(s) it added are removed. Contacts it merged cards into ({merged}) lose what it added.</source>
        <translation>
            <numerusform>Undo the import of {files}? The %n contact it added is removed. Contacts it merged cards into ({merged}) lose what it added.</numerusform>
            <numerusform>Undo the import of {files}? The %n contacts it added are removed. Contacts it merged cards into ({merged}) lose what it added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message numerus="yes">
        <source>%Ln private contact(s) cannot be linked: contacts kept for your household are never processed for the business. Make them business contacts first if they are.</source>
        <translation>
            <numerusform>%Ln private contact cannot be linked: contacts kept for your household are never processed for the business. Make them business contacts first if they are.</numerusform>
            <numerusform>%Ln private contacts cannot be linked: contacts kept for your household are never processed for the business. Make them business contacts first if they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) not reviewed yet cannot be linked: decide first whether they are business or private.</source>
        <translation>
            <numerusform>%Ln contact not reviewed yet cannot be linked: decide first whether they are business or private.</numerusform>
            <numerusform>%Ln contacts not reviewed yet cannot be linked: decide first whether they are business or private.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked %Ln contact(s) to “{activity}”.</source>
        <translation>
            <numerusform>Linked %Ln contact to “{activity}”.</numerusform>
            <numerusform>Linked %Ln contacts to “{activity}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were linked already.</source>
        <translation>
            <numerusform>%Ln was linked already.</numerusform>
            <numerusform>%Ln were linked already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (not business contacts).</source>
        <translation>
            <numerusform>%Ln left out (not a business contact).</numerusform>
            <numerusform>%Ln left out (not business contacts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterWarningTexts</name>
    <message numerus="yes">
        <source>%Ln contact(s) on legitimate interest without a complete balancing test.</source>
        <translation>
            <numerusform>%Ln contact on legitimate interest without a complete balancing test.</numerusform>
            <numerusform>%Ln contacts on legitimate interest without a complete balancing test.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln business contact(s) without a legal basis.</source>
        <translation>
            <numerusform>%Ln business contact without a legal basis.</numerusform>
            <numerusform>%Ln business contacts without a legal basis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln linked contact(s) not reviewed yet.</source>
        <translation>
            <numerusform>%Ln linked contact not reviewed yet.</numerusform>
            <numerusform>%Ln linked contacts not reviewed yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln private contact(s) linked: private contacts are never processed for the business.</source>
        <translation>
            <numerusform>%Ln private contact linked: private contacts are never processed for the business.</numerusform>
            <numerusform>%Ln private contacts linked: private contacts are never processed for the business.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>%Ln contact(s) past retention</source>
        <translation>
            <numerusform>%Ln contact past retention</numerusform>
            <numerusform>%Ln contacts past retention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %Ln contact(s) for good? Everything about them is removed; this cannot be undone.</source>
        <translation>
            <numerusform>Erase %Ln contact for good? Everything about them is removed; this cannot be undone.</numerusform>
            <numerusform>Erase %Ln contacts for good? Everything about them is removed; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %Ln contact(s)? Names, addresses, numbers, notes, photo and consent history are removed; they stay only as a count per activity, scope and legal basis. This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise %Ln contact? Names, addresses, numbers, notes, photo and consent history are removed; they stay only as a count per activity, scope and legal basis. This cannot be undone.</numerusform>
            <numerusform>Anonymise %Ln contacts? Names, addresses, numbers, notes, photo and consent history are removed; they stay only as a count per activity, scope and legal basis. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RightsTexts</name>
    <message numerus="yes">
        <source>Personal data exported to {folder} (%Ln file(s)).</source>
        <translation>
            <numerusform>Personal data exported to {folder} (%Ln file).</numerusform>
            <numerusform>Personal data exported to {folder} (%Ln files).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewSidebar</name>
    <message numerus="yes">
        <source>{title}, %Ln contact(s)</source>
        <translation>
            <numerusform>{title}, %Ln contact</numerusform>
            <numerusform>{title}, %Ln contacts</numerusform>
        </translation>
    </message>
</context>
</TS>
