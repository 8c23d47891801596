<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddressBookWindow</name>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook_window.py" line="524"/>
        <source>Remove %n entry(s) from the address book?</source>
        <translation>
            <numerusform>Remove %n entry from the address book?</numerusform>
            <numerusform>Remove %n entries from the address book?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook_window.py" line="546"/>
        <source>Removed %n entry(s).</source>
        <translation>
            <numerusform>Removed %n entry.</numerusform>
            <numerusform>Removed %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook_window.py" line="616"/>
        <source>Imported %n entry(s)</source>
        <translation>
            <numerusform>Imported %n entry</numerusform>
            <numerusform>Imported %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook_window.py" line="617"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook_window.py" line="636"/>
        <source>Export all %n entry(s)</source>
        <translation>
            <numerusform>Export all %n entry</numerusform>
            <numerusform>Export all %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook_window.py" line="1128"/>
        <source>All %n entry(s):</source>
        <translation>
            <numerusform>All %n entry:</numerusform>
            <numerusform>All %n entries:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook_window.py" line="1138"/>
        <source>%n entry(s) will be imported</source>
        <translation>
            <numerusform>%n entry will be imported</numerusform>
            <numerusform>%n entries will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook_window.py" line="1140"/>
        <source>%n card(s) skipped</source>
        <translation>
            <numerusform>%n card skipped</numerusform>
            <numerusform>%n cards skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook_window.py" line="1142"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../composer/ui/main_window.py" line="356"/>
        <location filename="../../composer/ui/main_window.py" line="636"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/main_window.py" line="358"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/main_window.py" line="639"/>
        <source>%n letter(s) written.</source>
        <translation>
            <numerusform>%n letter written.</numerusform>
            <numerusform>%n letters written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="215"/>
        <source>%n letter(s) to Members of the House of Commons need no stamp when posted in Canada.</source>
        <translation>
            <numerusform>%n letter to Members of the House of Commons needs no stamp when posted in Canada.</numerusform>
            <numerusform>%n letters to Members of the House of Commons need no stamp when posted in Canada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="224"/>
        <source>%n recipient(s) ticked.</source>
        <translation>
            <numerusform>%n recipient ticked.</numerusform>
            <numerusform>%n recipients ticked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="284"/>
        <source>%n letter(s) written.</source>
        <translation>
            <numerusform>%n letter written.</numerusform>
            <numerusform>%n letters written.</numerusform>
        </translation>
    </message>
</context>
</TS>
