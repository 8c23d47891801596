<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddressBookWindow</name>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/window.py" line="361"/>
        <source>Remove %n entry(s) from the address book?</source>
        <translation>
            <numerusform>Remove %n entry from the address book?</numerusform>
            <numerusform>Remove %n entries from the address book?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/window.py" line="381"/>
        <source>Removed %n entry(s).</source>
        <translation>
            <numerusform>Removed %n entry.</numerusform>
            <numerusform>Removed %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/window.py" line="434"/>
        <source>Imported %n entry(s)</source>
        <translation>
            <numerusform>Imported %n entry</numerusform>
            <numerusform>Imported %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/window.py" line="435"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/window.py" line="454"/>
        <source>Export all %n entry(s)</source>
        <translation>
            <numerusform>Export all %n entry</numerusform>
            <numerusform>Export all %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinderDialog</name>
    <message numerus="yes">
        <location filename="../../composer/ui/finder.py" line="119"/>
        <source>This postal code is shared by %n district(s): check which one is yours (your voter information card says it) before you choose.</source>
        <translation>
            <numerusform>This postal code is shared by %n district: check which one is yours (your voter information card says it) before you choose.</numerusform>
            <numerusform>This postal code is shared by %n districts: check which one is yours (your voter information card says it) before you choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="383"/>
        <source>All %n entry(s):</source>
        <translation>
            <numerusform>All %n entry:</numerusform>
            <numerusform>All %n entries:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="399"/>
        <source>%n entry(s) will be imported</source>
        <translation>
            <numerusform>%n entry will be imported</numerusform>
            <numerusform>%n entries will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="401"/>
        <source>%n card(s) skipped</source>
        <translation>
            <numerusform>%n card skipped</numerusform>
            <numerusform>%n cards skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="403"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message numerus="yes">
        <location filename="../../composer/ui/letters.py" line="155"/>
        <source>No reply after %n week(s)</source>
        <translation>
            <numerusform>No reply after %n week</numerusform>
            <numerusform>No reply after %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../composer/ui/main_window.py" line="388"/>
        <source>%n unsaved letter(s) could not be opened by this version of Letter Composer. Nothing was deleted: they are kept in %1.</source>
        <translation>
            <numerusform>%n unsaved letter could not be opened by this version of Letter Composer. Nothing was deleted: it is kept in %1.</numerusform>
            <numerusform>%n unsaved letters could not be opened by this version of Letter Composer. Nothing was deleted: they are kept in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/main_window.py" line="574"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/main_window.py" line="576"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/main_window.py" line="987"/>
        <source>%n letter(s) written.</source>
        <translation>
            <numerusform>%n letter written.</numerusform>
            <numerusform>%n letters written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/main_window.py" line="1153"/>
        <source>%n letter(s) had no reply in %1 weeks: Recipients ▸ Letters Sent offers a follow-up.</source>
        <translation>
            <numerusform>%n letter had no reply in %1 weeks: Recipients ▸ Letters Sent offers a follow-up.</numerusform>
            <numerusform>%n letters had no reply in %1 weeks: Recipients ▸ Letters Sent offers a follow-up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="422"/>
        <source>%n letter(s) to Members of the House of Commons need no stamp when posted in Canada.</source>
        <translation>
            <numerusform>%n letter to Members of the House of Commons needs no stamp when posted in Canada.</numerusform>
            <numerusform>%n letters to Members of the House of Commons need no stamp when posted in Canada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="431"/>
        <source>%n recipient(s) ticked.</source>
        <translation>
            <numerusform>%n recipient ticked.</numerusform>
            <numerusform>%n recipients ticked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="451"/>
        <source>%n entry(s) imported and ticked.</source>
        <translation>
            <numerusform>%n entry imported and ticked.</numerusform>
            <numerusform>%n entries imported and ticked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="453"/>
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n row skipped.</numerusform>
            <numerusform>%n rows skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="605"/>
        <source>%n letter(s) written to %1.</source>
        <translation>
            <numerusform>%n letter written to %1.</numerusform>
            <numerusform>%n letters written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="620"/>
        <source>All %n letter(s), as written</source>
        <translation>
            <numerusform>All %n letter, as written</numerusform>
            <numerusform>All %n letters, as written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningTable</name>
    <message numerus="yes">
        <location filename="../../composer/ui/signing_table.py" line="1083"/>
        <source>Are you still writing? If not, your letter will be deleted in %n second(s).</source>
        <translation>
            <numerusform>Are you still writing? If not, your letter will be deleted in %n second.</numerusform>
            <numerusform>Are you still writing? If not, your letter will be deleted in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolunteerPanel</name>
    <message numerus="yes">
        <location filename="../../composer/ui/signing_table.py" line="297"/>
        <source>&amp;Print the Shared Letter (%n signature(s))</source>
        <translation>
            <numerusform>&amp;Print the Shared Letter (%n signature)</numerusform>
            <numerusform>&amp;Print the Shared Letter (%n signatures)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message numerus="yes">
        <location filename="../../composer/ui/packs.py" line="113"/>
        <source>It brings %n letter(s).</source>
        <translation>
            <numerusform>It brings %n letter.</numerusform>
            <numerusform>It brings %n letters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/packs.py" line="117"/>
        <source>%n recipient(s) were added to the address book.</source>
        <translation>
            <numerusform>%n recipient were added to the address book.</numerusform>
            <numerusform>%n recipients were added to the address book.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message numerus="yes">
        <location filename="../../composer/ui/printing.py" line="56"/>
        <source>%n envelope(s) sent to %1.</source>
        <translation>
            <numerusform>%n envelope sent to %1.</numerusform>
            <numerusform>%n envelopes sent to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/printing.py" line="60"/>
        <source>%n sheet(s) of labels sent to %1.</source>
        <translation>
            <numerusform>%n sheet of labels sent to %1.</numerusform>
            <numerusform>%n sheets of labels sent to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/printing.py" line="64"/>
        <source>%n page(s) sent to %1.</source>
        <translation>
            <numerusform>%n page sent to %1.</numerusform>
            <numerusform>%n pages sent to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
