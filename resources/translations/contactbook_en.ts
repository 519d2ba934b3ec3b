<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LinkToActivityDialog</name>
    <message numerus="yes">
        <source>Link %Ln business contact(s) to:</source>
        <translation>
            <numerusform>Link %Ln business contact(s) to:</numerusform>
            <numerusform>Link %Ln business contact(s) to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message numerus="yes">
        <source>%Ln private contact(s) cannot be linked: contacts kept for your household are never processed for the business. Make them business contacts first if they are.</source>
        <translation>
            <numerusform>%Ln private contact(s) cannot be linked: contacts kept for your household are never processed for the business. Make them business contacts first if they are.</numerusform>
            <numerusform>%Ln private contact(s) cannot be linked: contacts kept for your household are never processed for the business. Make them business contacts first if they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) not reviewed yet cannot be linked: decide first whether they are business or private.</source>
        <translation>
            <numerusform>%Ln contact(s) not reviewed yet cannot be linked: decide first whether they are business or private.</numerusform>
            <numerusform>%Ln contact(s) not reviewed yet cannot be linked: decide first whether they are business or private.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked %Ln contact(s) to “{activity}”.</source>
        <translation>
            <numerusform>Linked %Ln contact(s) to “{activity}”.</numerusform>
            <numerusform>Linked %Ln contact(s) to “{activity}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were linked already.</source>
        <translation>
            <numerusform>%Ln were linked already.</numerusform>
            <numerusform>%Ln were linked already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out (not business contacts).</source>
        <translation>
            <numerusform>%Ln left out (not business contacts).</numerusform>
            <numerusform>%Ln left out (not business contacts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterWarningTexts</name>
    <message numerus="yes">
        <source>%Ln contact(s) on legitimate interest without a complete balancing test.</source>
        <translation>
            <numerusform>%Ln contact(s) on legitimate interest without a complete balancing test.</numerusform>
            <numerusform>%Ln contact(s) on legitimate interest without a complete balancing test.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln business contact(s) without a legal basis.</source>
        <translation>
            <numerusform>%Ln business contact(s) without a legal basis.</numerusform>
            <numerusform>%Ln business contact(s) without a legal basis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln linked contact(s) not reviewed yet.</source>
        <translation>
            <numerusform>%Ln linked contact(s) not reviewed yet.</numerusform>
            <numerusform>%Ln linked contact(s) not reviewed yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln private contact(s) linked: private contacts are never processed for the business.</source>
        <translation>
            <numerusform>%Ln private contact(s) linked: private contacts are never processed for the business.</numerusform>
            <numerusform>%Ln private contact(s) linked: private contacts are never processed for the business.</numerusform>
        </translation>
    </message>
</context>
</TS>
