<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source> (%n more rows counted, not listed)</source>
        <translation>
            <numerusform> (%n more row counted, not listed)</numerusform>
            <numerusform> (%n more rows counted, not listed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action items</source>
        <translation>
            <numerusform>%Ln action item</numerusform>
            <numerusform>%Ln action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <extracomment>what reading a schema that cannot be read raises (either driver&apos;s errors, or bytes not text) how many problems a check lists before it stops looking: enough to judge, not a flood tables counted in a check&apos;s report, with the words the report uses</extracomment>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member cities</source>
        <translation>
            <numerusform>%Ln member city</numerusform>
            <numerusform>%Ln member cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training centres</source>
        <translation>
            <numerusform>%Ln training centre</numerusform>
            <numerusform>%Ln training centres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Exchange addresses left out: Outlook exports people of your organisation&apos;s address book without their e-mail address</source>
        <translation>
            <numerusform>%n Exchange address left out: Outlook exports people of your organisation&apos;s address book without their e-mail address</numerusform>
            <numerusform>%n Exchange addresses left out: Outlook exports people of your organisation&apos;s address book without their e-mail address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n affiliations</source>
        <translation>
            <numerusform>%n affiliation</numerusform>
            <numerusform>%n affiliations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee addresses shared by several contacts left out (merge the duplicates, then import again): {addresses}</source>
        <translation>
            <numerusform>%n attendee address shared by several contacts left out (merge the duplicates, then import again): {addresses}</numerusform>
            <numerusform>%n attendee addresses shared by several contacts left out (merge the duplicates, then import again): {addresses}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee addresses that are no e-mail left out</source>
        <translation>
            <numerusform>%n attendee address that is no e-mail left out</numerusform>
            <numerusform>%n attendee addresses that are no e-mail left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendees</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendees not in MetroDesk counted as other attendees, not added as contacts</source>
        <extracomment>e-mail (lower case) -&gt; the contact it belongs to; None when several share it</extracomment>
        <translation>
            <numerusform>%n attendee not in MetroDesk counted as another attendee, not added as a contact</numerusform>
            <numerusform>%n attendees not in MetroDesk counted as other attendees, not added as contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups in {folder}</source>
        <translation>
            <numerusform>%n backup in {folder}</numerusform>
            <numerusform>%n backups in {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <extracomment>(text, disambiguation, n) -&gt; the text in the interface&apos;s language; n is -1 when no count (number, decimals) -&gt; the number as the interface&apos;s locale writes it (&quot;1 234,5&quot; in French)</extracomment>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled events left out</source>
        <translation>
            <numerusform>%n cancelled event left out</numerusform>
            <numerusform>%n cancelled events left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards with no name, e-mail or phone left out</source>
        <translation>
            <numerusform>%n card with no name, e-mail or phone left out</numerusform>
            <numerusform>%n cards with no name, e-mail or phone left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes not saved yet: Save writes them, Cancel discards them</source>
        <translation>
            <numerusform>%n change not saved yet: Save writes it, Cancel discards it</numerusform>
            <numerusform>%n changes not saved yet: Save writes them, Cancel discards them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consents</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted records, newest first. Restore brings a record back with its e-mails, phones and links; emptying the Trash removes them for good.</source>
        <translation>
            <numerusform>%n deleted record. Restore brings it back with its e-mails, phones and links; emptying the Trash removes it for good.</numerusform>
            <numerusform>%n deleted records, newest first. Restore brings a record back with its e-mails, phones and links; emptying the Trash removes them for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n due this week</numerusform>
            <numerusform>%n due this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail addresses</source>
        <extracomment>the person&apos;s own rows, each counted in the confirmation (&quot;2 e-mail addresses&quot;)</extracomment>
        <translation>
            <numerusform>%n e-mail address</numerusform>
            <numerusform>%n e-mail addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n focal-point roles</source>
        <translation>
            <numerusform>%n focal-point role</numerusform>
            <numerusform>%n focal-point roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found by e-mail</source>
        <translation>
            <numerusform>%n found by e-mail</numerusform>
            <numerusform>%n found by e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n left out</numerusform>
            <numerusform>%n left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings in the trash left there</source>
        <translation>
            <numerusform>%n meeting in the trash left there</numerusform>
            <numerusform>%n meetings in the trash left there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings saved to {path}</source>
        <translation>
            <numerusform>Meeting saved to {path}</numerusform>
            <numerusform>%n meetings saved to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people matched to existing contacts by e-mail</source>
        <extracomment>the header of each column whose empty cell keeps the stored value, and that value&apos;s key what the preparation found, for the preview&apos;s notes</extracomment>
        <translation>
            <numerusform>%n person matched to an existing contact by e-mail</numerusform>
            <numerusform>%n people matched to existing contacts by e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone numbers</source>
        <translation>
            <numerusform>%n phone number</numerusform>
            <numerusform>%n phone numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates</source>
        <translation>
            <numerusform>%n possible duplicate</numerusform>
            <numerusform>%n possible duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates.</source>
        <translation>
            <numerusform>%n possible duplicate.</numerusform>
            <numerusform>%n possible duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurring series with no occurrence between {start} and {end} left out</source>
        <translation>
            <numerusform>%n recurring series with no occurrence between {start} and {end} left out</numerusform>
            <numerusform>%n recurring series with no occurrence between {start} and {end} left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regions</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows were left out.</source>
        <translation>
            <numerusform>%n rejected row was left out.</numerusform>
            <numerusform>%n rejected rows were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are rejected: they are left out, and can be saved to a workbook to correct</source>
        <translation>
            <numerusform>%n row is rejected: it is left out, and can be saved to a workbook to correct</numerusform>
            <numerusform>%n rows are rejected: they are left out, and can be saved to a workbook to correct</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to {name}</source>
        <translation>
            <numerusform>%n row exported to {name}</numerusform>
            <numerusform>%n rows exported to {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows saved to {file}</source>
        <translation>
            <numerusform>%n row saved to {file}</numerusform>
            <numerusform>%n rows saved to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training-centre roles</source>
        <translation>
            <numerusform>%n training-centre role</numerusform>
            <numerusform>%n training-centre roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vCards written</source>
        <translation>
            <numerusform>%n vCard written</numerusform>
            <numerusform>%n vCards written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %n valid rows</source>
        <translation>
            <numerusform>&amp;Import the valid row</numerusform>
            <numerusform>&amp;Import the %n valid rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n records in the Trash for good?</source>
        <translation>
            <numerusform>Delete the record in the Trash for good?</numerusform>
            <numerusform>Delete the %n records in the Trash for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Organisations not on record: %n will be created</source>
        <translation>
            <numerusform>Organisations not on record: %n will be created</numerusform>
            <numerusform>Organisations not on record: %n will be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n records</source>
        <translation>
            <numerusform>Restored 1 record</numerusform>
            <numerusform>Restored %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n most likely duplicates; merge them or scan again.</source>
        <translation>
            <numerusform>The most likely duplicate; merge it or scan again.</numerusform>
            <numerusform>The %n most likely duplicates; merge them or scan again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trash emptied: %n records deleted for good</source>
        <translation>
            <numerusform>Trash emptied: %n record deleted for good</numerusform>
            <numerusform>Trash emptied: %n records deleted for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n other attendees</source>
        <translation>
            <numerusform>and %n other attendee</numerusform>
            <numerusform>and %n other attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import refused: %n rows were rejected; nothing was changed</source>
        <extracomment>called with (rows done, rows in all); returning False stops the import (ImportCancelled)</extracomment>
        <translation>
            <numerusform>import refused: %n row was rejected; nothing was changed</numerusform>
            <numerusform>import refused: %n rows were rejected; nothing was changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n cities)</source>
        <translation>
            <numerusform>{name} (%n city)</numerusform>
            <numerusform>{name} (%n cities)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n people. They import as they are.</source>
        <translation>
            <numerusform>{what}: %n person. It imports as it is.</numerusform>
            <numerusform>{what}: %n people. They import as they are.</numerusform>
        </translation>
    </message>
</context>
</TS>
