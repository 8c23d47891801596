<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy">
<context>
    <name>AddressBookWindow</name>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="60"/>
        <source>Address book</source>
        <translation>Հասցեագիրք</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="67"/>
        <source>Search names, organizations, positions, cities and notes</source>
        <translation>Որոնել անուններ, կազմակերպություններ, պաշտոններ, քաղաքներ և նշումներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="70"/>
        <source>Search the address book</source>
        <translation>Որոնել հասցեագրքում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="71"/>
        <source>&amp;Search:</source>
        <translation>&amp;Որոնել:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="74"/>
        <source>Show entries with tag</source>
        <translation>Ցույց տալ այս պիտակով գրառումները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="76"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Պիտակ:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="89"/>
        <source>Address book entries</source>
        <translation>Հասցեագրքի գրառումները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="102"/>
        <source>Details and notes of the selected entry</source>
        <translation>Ընտրված գրառման մանրամասներն ու նշումները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="103"/>
        <source>Select an entry to see its address and notes.</source>
        <translation>Ընտրեք գրառումը՝ դրա հասցեն և նշումները տեսնելու համար։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="107"/>
        <source>&amp;Details and notes:</source>
        <translation>&amp;Մանրամասներ և նշումներ:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="121"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ավելացնել…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="122"/>
        <source>Add an entry</source>
        <translation>Ավելացնել գրառում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="123"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Խմբագրել…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="124"/>
        <source>Edit the selected entry</source>
        <translation>Խմբագրել ընտրված գրառումը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="125"/>
        <source>&amp;Remove</source>
        <translation>&amp;Հեռացնել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="126"/>
        <source>Remove the selected entries</source>
        <translation>Հեռացնել ընտրված գրառումները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="127"/>
        <source>&amp;Import…</source>
        <translation>&amp;Ներմուծել…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="128"/>
        <source>Import entries from a CSV or vCard file</source>
        <translation>Ներմուծել գրառումներ CSV կամ vCard ֆայլից</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="129"/>
        <source>E&amp;xport…</source>
        <translation>Ար&amp;տահանել…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="130"/>
        <source>Export entries to a CSV file</source>
        <translation>Արտահանել գրառումները CSV ֆայլ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="131"/>
        <source>Add &amp;bundled organizations</source>
        <translation>Ավելացնել պատրաստի &amp;կազմակերպությունները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="135"/>
        <source>Adds the organizations that come with Letter Composer (human-rights organizations, the House of Commons…), each with notes on what it can do.</source>
        <translation>Ավելացնում է Letter Composer-ի հետ տրվող կազմակերպությունները (իրավապաշտպան կազմակերպություններ, Համայնքների պալատ…)՝ յուրաքանչյուրի համար նշումներով, թե ինչ կարող է անել։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="153"/>
        <source>&amp;Write to this recipient</source>
        <translation>&amp;Գրել այս հասցեատիրոջը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="155"/>
        <source>Address the letter to the selected entry</source>
        <translation>Նամակն ուղղել ընտրված հասցեատիրոջը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="170"/>
        <source>Remove</source>
        <translation>Հեռացնել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="175"/>
        <source>Find</source>
        <translation>Գտնել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="196"/>
        <source>The address book is empty. Add an entry, import a file from a spreadsheet or phone, or add the bundled organizations.</source>
        <translation>Հասցեագիրքը դատարկ է։ Ավելացրեք գրառում, ներմուծեք ֆայլ էլեկտրոնային աղյուսակից կամ հեռախոսից, կամ ավելացրեք պատրաստի կազմակերպությունները։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="216"/>
        <source>All tags</source>
        <translation>Բոլոր պիտակները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="292"/>
        <source>Tags: %1</source>
        <translation>Պիտակներ՝ %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="294"/>
        <source>Greeting: %1</source>
        <translation>Ողջույնի տող՝ %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="330"/>
        <location filename="../../composer/ui/addressbook/window.py" line="346"/>
        <source>The entry could not be saved.</source>
        <translation>Չհաջողվեց պահպանել գրառումը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="333"/>
        <source>Added %1.</source>
        <translation>Ավելացվեց՝ %1։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="349"/>
        <source>Saved %1.</source>
        <translation>Պահպանվեց՝ %1։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="357"/>
        <source>Remove %1 from the address book?</source>
        <translation>Հեռացնե՞լ «%1» գրառումը հասցեագրքից։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/window.py" line="361"/>
        <source>Remove %n entry(s) from the address book?</source>
        <translation>
            <numerusform>Հեռացնե՞լ %n գրառում հասցեագրքից։</numerusform>
            <numerusform>Հեռացնե՞լ %n գրառում հասցեագրքից։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="364"/>
        <source>Remove entries</source>
        <translation>Գրառումների հեռացում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="376"/>
        <source>Some entries could not be removed.</source>
        <translation>Որոշ գրառումներ չհաջողվեց հեռացնել։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="379"/>
        <source>Removed %1.</source>
        <translation>Հեռացվեց՝ %1։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/window.py" line="381"/>
        <source>Removed %n entry(s).</source>
        <translation>
            <numerusform>Հեռացվեց %n գրառում։</numerusform>
            <numerusform>Հեռացվեց %n գրառում։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="388"/>
        <source>The bundled organizations could not be added.</source>
        <translation>Չհաջողվեց ավելացնել պատրաստի կազմակերպությունները։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="392"/>
        <source>All the bundled organizations are already in the book.</source>
        <translation>Բոլոր պատրաստի կազմակերպություններն արդեն հասցեագրքում են։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="394"/>
        <source>Added 1 bundled organization.</source>
        <translation>Ավելացվեց 1 պատրաստի կազմակերպություն։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="397"/>
        <source>Added %1 bundled organizations.</source>
        <translation>Ավելացվեց %1 պատրաստի կազմակերպություն։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="429"/>
        <source>Nothing was imported: the address book could not store the entries.</source>
        <translation>Ոչինչ չներմուծվեց, քանի որ հասցեագիրքը չկարողացավ պահել գրառումները։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/window.py" line="434"/>
        <source>Imported %n entry(s)</source>
        <translation>
            <numerusform>Ներմուծվեց %n գրառում</numerusform>
            <numerusform>Ներմուծվեց %n գրառում</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/window.py" line="435"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n տող բաց թողնվեց</numerusform>
            <numerusform>%n տող բաց թողնվեց</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="436"/>
        <source>%1; %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="452"/>
        <source>Export the %1 selected entries</source>
        <translation>Արտահանել ընտրված %1 գրառումները</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/window.py" line="454"/>
        <source>Export all %n entry(s)</source>
        <translation>
            <numerusform>Արտահանել բոլոր գրառումները (%n)</numerusform>
            <numerusform>Արտահանել բոլոր գրառումները (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="456"/>
        <source>address book.csv</source>
        <translation>հասցեագիրք.csv</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="456"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ֆայլեր (*.csv)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="466"/>
        <source>Could not write %1.</source>
        <translation>Չհաջողվեց պահպանել %1 ֆայլը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="469"/>
        <source>Exported %1 entries to %2.</source>
        <translation>%1 գրառում արտահանվեց %2 ֆայլում։</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="42"/>
        <source>Edit entry</source>
        <translation>Գրառման խմբագրում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="42"/>
        <source>New entry</source>
        <translation>Նոր գրառում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="62"/>
        <source>Not given</source>
        <translation>Նշված չէ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="64"/>
        <source>e.g. MPs, Montréal, urgent</source>
        <translation>օր.՝ պատգամավորներ, Մոնրեալ, շտապ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="71"/>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="72"/>
        <source>A name or an organization is required.</source>
        <translation>Անհրաժեշտ է նշել անուն կամ կազմակերպություն։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="73"/>
        <source>Separate tags with commas.</source>
        <translation>Պիտակներն առանձնացրեք ստորակետերով։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="74"/>
        <source>Leave empty to use the greeting the app chooses.</source>
        <translation>Թողեք դատարկ, և ծրագիրն ինքը կընտրի ողջույնի տողը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="75"/>
        <source>Anything that helps you choose or greet this recipient.</source>
        <translation>Ցանկացած տեղեկություն, որը կօգնի ընտրել այս հասցեատիրոջը կամ ճիշտ դիմել նրան։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="201"/>
        <source>Give a name or an organization.</source>
        <translation>Նշեք անուն կամ կազմակերպություն։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="204"/>
        <source>“%1” is not a country in the list.</source>
        <translation>Ցանկում «%1» երկիր չկա։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="210"/>
        <source>The notes are longer than %1 characters.</source>
        <translation>Նշումները %1 նիշից երկար են։</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../composer/ui/addressbook/table.py" line="68"/>
        <source>Elected representative</source>
        <translation>Ընտրված ներկայացուցիչ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/table.py" line="69"/>
        <source>Government</source>
        <translation>Կառավարություն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/table.py" line="70"/>
        <source>Human-rights organization</source>
        <translation>Իրավապաշտպան կազմակերպություն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/table.py" line="71"/>
        <source>Humanitarian organization</source>
        <translation>Մարդասիրական կազմակերպություն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/table.py" line="72"/>
        <source>Someone else</source>
        <translation>Այլ հասցեատեր</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/table.py" line="76"/>
        <source>Name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/table.py" line="76"/>
        <source>Address line 2</source>
        <translation>Հասցեի 2-րդ տող</translation>
    </message>
</context>
<context>
    <name>FinderDialog</name>
    <message>
        <location filename="../../composer/ui/finder.py" line="37"/>
        <source>Find my representative</source>
        <translation>Գտնել իմ ներկայացուցչին</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="46"/>
        <source>For example: K1A 0A6</source>
        <translation>Օրինակ՝ K1A 0A6</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="48"/>
        <source>Your &amp;postal code:</source>
        <translation>Ձեր &amp;փոստային ինդեքսը:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="52"/>
        <source>Representatives for this postal code</source>
        <translation>Այս փոստային ինդեքսի ներկայացուցիչները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="61"/>
        <source>Write to this representative</source>
        <translation>Գրել այս ներկայացուցչին</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="64"/>
        <source>Use a Table from a File…</source>
        <translation>Օգտագործել աղյուսակ ֆայլից…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="93"/>
        <source>No table of representatives is installed yet. A campaign pack may bring one, or use a table from a file (a CSV of names, offices, districts and postal-code prefixes).</source>
        <translation>Ներկայացուցիչների աղյուսակ դեռ տեղադրված չէ։ Այն կարող է բերել արշավի փաթեթը, կամ կարող եք օգտագործել աղյուսակ ֆայլից (CSV ֆայլ՝ անուններով, պաշտոններով, ընտրատարածքներով և փոստային ինդեքսների սկզբնամասերով)։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="99"/>
        <source>Type your postal code: the representatives of your district are listed. The letter will say that you live in their district.</source>
        <translation>Գրեք Ձեր փոստային ինդեքսը, և կցուցադրվեն Ձեր ընտրատարածքի ներկայացուցիչները։ Նամակում կնշվի, որ ապրում եք նրանց ընտրատարածքում։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="103"/>
        <source>Could not read: %1</source>
        <translation>Չհաջողվեց կարդալ՝ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/finder.py" line="119"/>
        <source>This postal code is shared by %n district(s): check which one is yours (your voter information card says it) before you choose.</source>
        <translation>
            <numerusform>Այս փոստային ինդեքսը բաժանված է %n ընտրատարածքի միջև։ Ընտրելուց առաջ ստուգեք, թե որն է Ձերը (այն նշված է Ձեր ընտրողի տեղեկատվական քարտում)։</numerusform>
            <numerusform>Այս փոստային ինդեքսը բաժանված է %n ընտրատարածքի միջև։ Ընտրելուց առաջ ստուգեք, թե որն է Ձերը (այն նշված է Ձեր ընտրողի տեղեկատվական քարտում)։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="126"/>
        <source>No representative in the tables has this postal code.</source>
        <translation>Աղյուսակներում այս փոստային ինդեքսով ներկայացուցիչ չկա։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="143"/>
        <source>Use a table of representatives</source>
        <translation>Օգտագործել ներկայացուցիչների աղյուսակ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="144"/>
        <source>Tables (*.csv)</source>
        <translation>Աղյուսակներ (*.csv)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="153"/>
        <source>This table cannot be used.</source>
        <translation>Այս աղյուսակը հնարավոր չէ օգտագործել։</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="84"/>
        <source>Import %1</source>
        <translation>Ներմուծում՝ %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="99"/>
        <source>What each column holds</source>
        <translation>Ինչ կա յուրաքանչյուր սյունակում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="112"/>
        <source>Preview: the entries as they will be stored</source>
        <translation>Նախադիտում՝ գրառումներն այնպես, ինչպես կպահվեն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="117"/>
        <source>Preview of the imported entries</source>
        <translation>Ներմուծվող գրառումների նախադիտում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="121"/>
        <source>Rows that will be skipped</source>
        <translation>Տողեր, որոնք բաց կթողնվեն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="125"/>
        <source>Rows that will be skipped, and why</source>
        <translation>Տողեր, որոնք բաց կթողնվեն, և պատճառը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="144"/>
        <source>&amp;Import</source>
        <translation>&amp;Ներմուծել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="157"/>
        <source>Kind (representative, government, human rights, humanitarian…)</source>
        <translation>Տեսակ (ներկայացուցիչ, կառավարություն, իրավապաշտպան, մարդասիրական…)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="158"/>
        <source>Courtesy title (Ms., Mr., Dr.…)</source>
        <translation>Դիմելաձև (տիկին, պարոն, դոկտոր…)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="159"/>
        <source>Office (MP, minister…)</source>
        <translation>Պաշտոն (պատգամավոր, նախարար…)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="160"/>
        <source>Government of (country)</source>
        <translation>Կառավարության երկիրը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="161"/>
        <source>Level of government</source>
        <translation>Կառավարման մակարդակ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="162"/>
        <source>My own representative (yes/no)</source>
        <translation>Իմ ներկայացուցիչը (այո/ոչ)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="163"/>
        <source>Full name</source>
        <translation>Անուն և ազգանուն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="164"/>
        <source>First name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="165"/>
        <source>Middle name</source>
        <translation>Միջին անուն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="166"/>
        <source>Last name</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="167"/>
        <source>Name suffix (Jr., III)</source>
        <translation>Անվան հավելում (Jr., III)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="168"/>
        <source>Address line 2</source>
        <translation>Հասցեի 2-րդ տող</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="169"/>
        <source>Ignore</source>
        <translation>Անտեսել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="184"/>
        <source>Reading %1…</source>
        <translation>Կարդացվում է %1 ֆայլը…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="230"/>
        <source>commas</source>
        <translation>ստորակետերով</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="231"/>
        <source>semicolons</source>
        <translation>կետ-ստորակետերով</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="232"/>
        <source>tabs</source>
        <translation>Tab նիշերով</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="235"/>
        <source>%1: a table of %2 rows, read as %3 text, columns separated by %4.</source>
        <translation>%1՝ %2 տողից բաղկացած աղյուսակ, կարդացվել է որպես %3 տեքստ, սյունակներն առանձնացված են %4։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="244"/>
        <source>%1: vCard contacts, read as %2 text.</source>
        <translation>%1՝ vCard կոնտակտներ, կարդացվել է որպես %2 տեքստ։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="254"/>
        <source>Cannot import %1: %2</source>
        <translation>%1 ֆայլը հնարավոր չէ ներմուծել։ %2</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="275"/>
        <source>Column in the file</source>
        <translation>Ֆայլի սյունակը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="275"/>
        <source>First value</source>
        <translation>Առաջին արժեքը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="275"/>
        <source>Use as</source>
        <translation>Օգտագործել որպես</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="284"/>
        <source>(column %1, no heading)</source>
        <translation>(սյունակ %1, առանց վերնագրի)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="297"/>
        <source>Use of column “%1”</source>
        <translation>«%1» սյունակի օգտագործումը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="344"/>
        <source>Working out the entries…</source>
        <translation>Գրառումները պատրաստվում են…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="377"/>
        <source>The first %1 of %2 entries:</source>
        <translation>%2 գրառումից առաջին %1-ը:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="383"/>
        <source>All %n entry(s):</source>
        <translation>
            <numerusform>Բոլոր գրառումները (%n):</numerusform>
            <numerusform>Բոլոր գրառումները (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="383"/>
        <source>No entries.</source>
        <translation>Գրառումներ չկան։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="388"/>
        <source>line %1: %2</source>
        <translation>տող %1՝ %2</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="394"/>
        <source>line %1 (kept): %2</source>
        <translation>տող %1 (պահվում է)՝ %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="399"/>
        <source>%n entry(s) will be imported</source>
        <translation>
            <numerusform>%n գրառում կներմուծվի</numerusform>
            <numerusform>%n գրառում կներմուծվի</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="401"/>
        <source>%n card(s) skipped</source>
        <translation>
            <numerusform>%n քարտ բաց կթողնվի</numerusform>
            <numerusform>%n քարտ բաց կթողնվի</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="403"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n տող բաց կթողնվի</numerusform>
            <numerusform>%n տող բաց կթողնվի</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="404"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="449"/>
        <source>Import addresses</source>
        <translation>Հասցեների ներմուծում</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <location filename="../../composer/ui/form.py" line="195"/>
        <source>Letter</source>
        <translation>Նամակ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="201"/>
        <source>Language of the letter</source>
        <translation>Նամակի լեզուն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="203"/>
        <source>The letter is printed in this language.</source>
        <translation>Նամակը կտպվի այս լեզվով։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="208"/>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="218"/>
        <source>Your details</source>
        <translation>Ձեր տվյալները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="221"/>
        <source>Your name</source>
        <translation>Ձեր անունը և ազգանունը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="222"/>
        <source>Street address</source>
        <translation>Փողոց, տուն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="223"/>
        <source>Apartment, suite (optional)</source>
        <translation>Բնակարան, գրասենյակ (ոչ պարտադիր)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="224"/>
        <source>City</source>
        <translation>Քաղաք</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="225"/>
        <source>Province or state</source>
        <translation>Նահանգ կամ մարզ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="226"/>
        <source>Postal code</source>
        <translation>Փոստային ինդեքս</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="227"/>
        <source>Country</source>
        <translation>Երկիր</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="228"/>
        <source>E-mail (optional)</source>
        <translation>Էլ. փոստ (ոչ պարտադիր)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="229"/>
        <source>Telephone (optional)</source>
        <translation>Հեռախոս (ոչ պարտադիր)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="241"/>
        <source>Remember my details on this computer</source>
        <translation>Հիշել իմ տվյալներն այս համակարգչում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="244"/>
        <source>Leave this unticked on a shared computer: your details are then forgotten when the letter is closed.</source>
        <translation>Ընդհանուր օգտագործման համակարգչում այս վանդակը մի՛ նշեք։ Այդ դեպքում Ձեր տվյալները կջնջվեն, երբ փակեք նամակը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="251"/>
        <source>Recipient</source>
        <translation>Հասցեատեր</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="253"/>
        <source>Find My Representative…</source>
        <translation>Գտնել իմ ներկայացուցչին…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="255"/>
        <source>Find the representatives of your district from your postal code</source>
        <translation>Գտնել Ձեր ընտրատարածքի ներկայացուցիչներին՝ ըստ Ձեր փոստային ինդեքսի</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="297"/>
        <source>Greeting (optional)</source>
        <translation>Ողջույնի տող (ոչ պարտադիր)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="300"/>
        <source>Leave empty for the usual greeting in the letter&apos;s language, such as “Dear Ms. Lee,”.</source>
        <translation>Եթե թողնեք դատարկ, կօգտագործվի նամակի լեզվով սովորական ողջույնի տողը, օրինակ՝ «Հարգելի տիկին Լի,»։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="306"/>
        <source>Signature</source>
        <translation>Ստորագրություն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="310"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Ստորագրել…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="311"/>
        <source>Sign the letter</source>
        <translation>Ստորագրել նամակը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="317"/>
        <source>Paper and envelope</source>
        <translation>Թուղթ և ծրար</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="320"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 դյույմ)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="321"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 մմ)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="322"/>
        <source>Paper</source>
        <translation>Թուղթ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="327"/>
        <source>#10 window envelope (Canada, US)</source>
        <translation>#10 պատուհանով ծրար (Կանադա, ԱՄՆ)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="328"/>
        <source>DL/C5 window envelope, DIN 5008 form A</source>
        <translation>DL/C5 պատուհանով ծրար, DIN 5008, ձև A</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="329"/>
        <source>DL/C5 window envelope, DIN 5008 form B</source>
        <translation>DL/C5 պատուհանով ծրար, DIN 5008, ձև B</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="330"/>
        <source>Envelope without a window</source>
        <translation>Առանց պատուհանի ծրար</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="335"/>
        <source>Envelope</source>
        <translation>Ծրար</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="336"/>
        <source>Print fold marks</source>
        <translation>Տպել ծալման նշանները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="343"/>
        <source>Copies, enclosures and P.S. (optional)</source>
        <translation>Պատճեններ, կից փաստաթղթեր և Հ.Գ. (ոչ պարտադիր)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="357"/>
        <source>Copies to</source>
        <translation>Պատճենի ստացողները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="359"/>
        <source>Separate several names with a semicolon (;).</source>
        <translation>Մի քանի անուն առանձնացրեք կետ-ստորակետով (;)։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="365"/>
        <source>Enclosures</source>
        <translation>Կից փաստաթղթեր</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="367"/>
        <source>Separate several items with a semicolon (;).</source>
        <translation>Մի քանի փաստաթուղթ առանձնացրեք կետ-ստորակետով (;)։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="372"/>
        <source>P.S.</source>
        <translation>Հ.Գ.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="399"/>
        <source>Same country as mine</source>
        <translation>Նույն երկիրը, ինչ իմը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="699"/>
        <source>No signature yet: a line is printed for you to sign by hand.</source>
        <translation>Դեռ ստորագրություն չկա։ Կտպվի գիծ, որի վրա կստորագրեք ձեռքով։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="701"/>
        <source>Signed with your name typed in handwriting style: %1.</source>
        <translation>Ստորագրված է ձեր անունով՝ մուտքագրված ձեռագիր ոճով. %1։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="705"/>
        <source>Signed with a picture.</source>
        <translation>Ստորագրված է նկարով։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="707"/>
        <source>Signed by drawing.</source>
        <translation>Ստորագրված է գծելով։</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../composer/ui/letters.py" line="75"/>
        <location filename="../../composer/ui/letters.py" line="87"/>
        <location filename="../../composer/ui/letters.py" line="230"/>
        <source>Letters sent</source>
        <translation>Ուղարկված նամակներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="79"/>
        <source>The letters saved as PDF or printed on this computer. Note the replies you receive; a letter without a reply after the time below can be followed up.</source>
        <translation>Այս համակարգչում որպես PDF պահպանված կամ տպված նամակները։ Նշեք ստացված պատասխանները։ Եթե նամակին պատասխան չի եկել ստորև նշված ժամկետում, կարող եք գրել կրկնակի դիմում։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="86"/>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="86"/>
        <source>To</source>
        <translation>Հասցեատեր</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="86"/>
        <source>Subject</source>
        <translation>Թեմա</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="86"/>
        <source>Sent</source>
        <translation>Ուղարկում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="86"/>
        <source>Reply</source>
        <translation>Պատասխան</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="94"/>
        <source>Record &amp;Reply…</source>
        <translation>Նշել &amp;պատասխանը…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="96"/>
        <source>&amp;No Reply Yet</source>
        <translation>&amp;Դեռ պատասխան չկա</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="98"/>
        <source>Write a &amp;Follow-up</source>
        <translation>Գրել &amp;կրկնակի դիմում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="100"/>
        <source>&amp;Delete from the List</source>
        <translation>&amp;Ջնջել ցանկից</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="112"/>
        <source> weeks</source>
        <translation> շաբաթ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="114"/>
        <source>Offer a follow-up &amp;after:</source>
        <translation>&amp;Քանի շաբաթ հետո առաջարկել կրկնակի դիմում:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="117"/>
        <source>&amp;Keep the full text of each letter (otherwise only its date, subject, recipient and a fingerprint of your own words)</source>
        <translation>Պահել յուրաքանչյուր նամակի &amp;ամբողջական տեքստը (այլապես՝ միայն ամսաթիվը, թեման, հասցեատիրոջը և Ձեր սեփական խոսքերի դրոշմը)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="231"/>
        <source>Delete this letter from the list? Its reply is deleted with it.</source>
        <translation>Ջնջե՞լ այս նամակը ցանկից։ Դրա պատասխանը նույնպես կջնջվի։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="145"/>
        <source>The list of letters cannot be read.</source>
        <translation>Հնարավոր չէ կարդալ նամակների ցանկը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="151"/>
        <source>Replied %1</source>
        <translation>Պատասխան՝ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/letters.py" line="155"/>
        <source>No reply after %n week(s)</source>
        <translation>
            <numerusform>%n շաբաթ անց պատասխան չկա</numerusform>
            <numerusform>%n շաբաթ անց պատասխան չկա</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="157"/>
        <source>Waiting</source>
        <translation>Սպասվում է</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="158"/>
        <source>Printed</source>
        <translation>Տպված</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="158"/>
        <source>Saved as PDF</source>
        <translation>Պահպանված որպես PDF</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="202"/>
        <source>The list of letters could not be changed.</source>
        <translation>Չհաջողվեց փոփոխել նամակների ցանկը։</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../../composer/ui/licences_dialog.py" line="17"/>
        <source>Licences</source>
        <translation>Արտոնագրեր</translation>
    </message>
    <message>
        <location filename="../../composer/ui/licences_dialog.py" line="21"/>
        <source>Letter Composer is free software under the GNU General Public License, version 3 or later. It carries the work of others, each under its own licence:</source>
        <translation>Letter Composer-ը ազատ ծրագիր է՝ GNU General Public License-ի 3-րդ կամ ավելի նոր տարբերակով։ Այն պարունակում է այլոց աշխատանքը, յուրաքանչյուրը՝ իր արտոնագրով.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/licences_dialog.py" line="28"/>
        <source>Components</source>
        <translation>Բաղադրիչներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/licences_dialog.py" line="34"/>
        <source>Licence text</source>
        <translation>Արտոնագրի տեքստը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/licences_dialog.py" line="54"/>
        <source>(No licence text is given for this one.)</source>
        <translation>(Սրա համար արտոնագրի տեքստ տրված չէ։)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../composer/ui/main_window.py" line="145"/>
        <source>Letter form</source>
        <translation>Նամակի լրացման ձև</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="171"/>
        <source>As the System</source>
        <translation>Ինչպես համակարգում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="310"/>
        <source>Untitled letter</source>
        <translation>Անվերնագիր նամակ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="345"/>
        <source>No letter templates were found.</source>
        <translation>Նամակների ձևանմուշներ չեն գտնվել։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="359"/>
        <source>Restore unsaved letter?</source>
        <translation>Վերականգնե՞լ չպահպանված նամակը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="361"/>
        <source>Letter Composer was closed before a letter was saved (last kept %1). Restore it?</source>
        <translation>Letter Composer-ը փակվել էր, նախքան նամակը կպահպանվեր (վերջին անգամ պահվել է %1)։ Վերականգնե՞լ այն։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="375"/>
        <source>Letters cannot be kept automatically on this computer: the folder %1 cannot be written (%2). Letter Composer works as usual; save your letter yourself (File ▸ Save) to keep it.</source>
        <translation>Այս համակարգչում նամակները հնարավոր չէ ինքնաբերաբար պահել, քանի որ %1 թղթապանակում հնարավոր չէ գրել (%2)։ Letter Composer-ն աշխատում է սովորականի պես։ Որպեսզի նամակը չկորչի, պահպանեք այն ինքներդ (Ֆայլ ▸ Պահպանել)։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="386"/>
        <source>Unsaved letters kept</source>
        <translation>Չպահպանված նամակները չեն ջնջվել</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/main_window.py" line="388"/>
        <source>%n unsaved letter(s) could not be opened by this version of Letter Composer. Nothing was deleted: they are kept in %1.</source>
        <translation>
            <numerusform>Letter Composer-ի այս տարբերակը չկարողացավ բացել %n չպահպանված նամակ։ Ոչինչ չի ջնջվել։ Դրանք գտնվում են %1 թղթապանակում։</numerusform>
            <numerusform>Letter Composer-ի այս տարբերակը չկարողացավ բացել %n չպահպանված նամակ։ Ոչինչ չի ջնջվել։ Դրանք գտնվում են %1 թղթապանակում։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="402"/>
        <source>The unsaved letter could not be restored; it is kept in %1.</source>
        <translation>Չհաջողվեց վերականգնել չպահպանված նամակը։ Այն գտնվում է %1 թղթապանակում։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="415"/>
        <source>Unsaved letter restored.</source>
        <translation>Չպահպանված նամակը վերականգնվեց։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="472"/>
        <source>This letter uses the template “%1”, which is not installed on this computer.</source>
        <translation>Այս նամակը հիմնված է «%1» ձևանմուշի վրա, որը տեղադրված չէ այս համակարգչում։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="547"/>
        <source>Something went wrong inside Letter Composer; the details are in the log.</source>
        <translation>Letter Composer-ում ինչ-որ բան սխալ ընթացավ։ Մանրամասները գրանցված են մատյանում։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="550"/>
        <source>The preview shows the last complete version. To update it:</source>
        <translation>Նախադիտումը ցույց է տալիս վերջին ամբողջական տարբերակը։ Այն թարմացնելու համար:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="555"/>
        <source>Before printing, the letter still needs:</source>
        <translation>Տպելուց առաջ նամակում դեռ պետք է լրացնել:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/main_window.py" line="574"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n էջ</numerusform>
            <numerusform>%n էջ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/main_window.py" line="576"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n զգուշացում</numerusform>
            <numerusform>%n զգուշացում</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="587"/>
        <source>The letter is not complete yet.</source>
        <translation>Նամակը դեռ ամբողջական չէ։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="597"/>
        <source>Letter to %1 %2</source>
        <translation>Նամակ՝ %1, %2</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="612"/>
        <source>Save as PDF</source>
        <translation>Պահպանել որպես PDF</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="614"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ֆայլեր (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="623"/>
        <source>The PDF could not be saved.</source>
        <translation>Չհաջողվեց պահպանել PDF ֆայլը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="625"/>
        <location filename="../../composer/ui/main_window.py" line="669"/>
        <source>Saved %1</source>
        <translation>Պահպանվեց՝ %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="649"/>
        <source>Save letter</source>
        <translation>Պահպանել նամակը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="651"/>
        <source>Letter drafts (*%1)</source>
        <translation>Նամակների սևագրեր (*%1)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="665"/>
        <source>The letter could not be saved.</source>
        <translation>Չհաջողվեց պահպանել նամակը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="679"/>
        <source>Open letter</source>
        <translation>Բացել նամակ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="680"/>
        <source>Letters (*%1 *.json *.toml)</source>
        <translation>Նամակներ (*%1 *.json *.toml)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="689"/>
        <source>This file cannot be opened as a letter.</source>
        <translation>Այս ֆայլը հնարավոր չէ բացել որպես նամակ։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="703"/>
        <source>Made from %1: Save keeps it as a letter file.</source>
        <translation>Ստեղծված է %1 ֆայլից․ «Պահպանել» հրամանը այն կպահի որպես նամակի ֆայլ։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="722"/>
        <source>(none)</source>
        <translation>(չկա)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="738"/>
        <source>Autosave failed: %1</source>
        <translation>Չհաջողվեց ինքնաբերաբար պահպանել նամակը՝ %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="792"/>
        <source>The signature picture was deleted: sign the letter again.</source>
        <translation>Ստորագրության նկարը ջնջվել է․ նորից ստորագրեք նամակը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="859"/>
        <source>Signing table</source>
        <translation>Ստորագրման սեղան</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="861"/>
        <source>A visitor&apos;s unfinished letter was left when the signing table stopped unexpectedly. Let them carry on with it? (No deletes it.)</source>
        <translation>Ստորագրման սեղանի անսպասելի դադարեցման պատճառով այցելուի մի չավարտված նամակ է մնացել։ Թույլ տա՞լ նրան շարունակել այն։ («Ոչ» պատասխանի դեպքում այն կջնջվի։)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="937"/>
        <source>The address book cannot be opened.</source>
        <translation>Հնարավոր չէ բացել հասցեագիրքը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="982"/>
        <source>The mail merge cannot start.</source>
        <translation>Հնարավոր չէ բացել «Նամակ շատ հասցեատերերի» պատուհանը։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/main_window.py" line="987"/>
        <source>%n letter(s) written.</source>
        <translation>
            <numerusform>%n նամակ պատրաստվեց։</numerusform>
            <numerusform>%n նամակ պատրաստվեց։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="1050"/>
        <source>The list of letters sent cannot be used: %1</source>
        <translation>Ուղարկված նամակների ցանկը հնարավոր չէ օգտագործել՝ %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="1119"/>
        <source>The follow-up letter is not installed on this computer.</source>
        <translation>Կրկնակի դիմումի նամակը տեղադրված չէ այս համակարգչում։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/main_window.py" line="1153"/>
        <source>%n letter(s) had no reply in %1 weeks: Recipients ▸ Letters Sent offers a follow-up.</source>
        <translation>
            <numerusform>%n նամակի %1 շաբաթում պատասխան չի եկել։ Հասցեատերեր ▸ Ուղարկված նամակներ պատուհանում կարող եք գրել կրկնակի դիմում։</numerusform>
            <numerusform>%n նամակի %1 շաբաթում պատասխան չի եկել։ Հասցեատերեր ▸ Ուղարկված նամակներ պատուհանում կարող եք գրել կրկնակի դիմում։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="1176"/>
        <source>Writing one letter
1. Choose a letter (File ▸ New Letter).
2. Fill in your details, the recipient and your own words. Fields marked * are needed. Choose the recipient from the address book (Recipients ▸ Address Book) to fill in the address and the right greeting.
3. Watch the preview on the right: it is exactly what will print.
4. Sign (Letter ▸ Sign): draw with the mouse or a pen, use a picture, type your name, or sign by hand after printing.
5. Print, or save the letter as a PDF. Save the letter itself (File ▸ Save) to come back to it later.

Many recipients
• The address book (Recipients ▸ Address Book) keeps the people and organisations you write to. It starts with human-rights organisations and the House of Commons; import more from a spreadsheet (CSV) or a phone&apos;s contacts (vCard), and tag them.
• The mail merge (Recipients ▸ Mail Merge) writes this letter to everyone you tick, as one PDF to print or one file each, and prints their envelopes or address labels in the same order. Check any recipient&apos;s letter before writing them all.
• If a printer prints off-centre, measure it once (File ▸ Printer Offsets).

Nothing leaves this computer. Unsaved letters are kept safe and offered back if the program closes unexpectedly.</source>
        <translation>Մեկ նամակ գրելը
1. Ընտրեք նամակը (Ֆայլ ▸ Նոր նամակ)։
2. Լրացրեք Ձեր տվյալները, հասցեատիրոջ տվյալները և Ձեր սեփական խոսքերը։ * նշանով դաշտերը պարտադիր են։ Ընտրեք հասցեատիրոջը հասցեագրքից (Հասցեատերեր ▸ Հասցեագիրք), և հասցեն ու ճիշտ ողջույնի տողը կլրացվեն ինքնաբերաբար։
3. Հետևեք աջ կողմի նախադիտմանը։ Նամակը կտպվի ճիշտ այնպես, ինչպես երևում է այնտեղ։
4. Ստորագրեք (Նամակ ▸ Ստորագրել)։ Կարող եք գծել մկնիկով կամ գրիչով, ընտրել նկար, գրել Ձեր անունը ստեղնաշարով կամ ստորագրել ձեռքով՝ տպելուց հետո։
5. Տպեք նամակը կամ պահպանեք այն որպես PDF։ Որպեսզի հետո կարողանաք վերադառնալ նամակին, պահպանեք նաև նամակն ինքը (Ֆայլ ▸ Պահպանել)։

Շատ հասցեատերեր
• Հասցեագրքում (Հասցեատերեր ▸ Հասցեագիրք) պահվում են այն մարդիկ և կազմակերպությունները, որոնց գրում եք։ Սկզբում այնտեղ կան իրավապաշտպան կազմակերպություններ և Համայնքների պալատը։ Կարող եք ավելացնել նորերն էլեկտրոնային աղյուսակից (CSV) կամ հեռախոսի կոնտակտներից (vCard) և նշել դրանք պիտակներով։
• «Նամակ շատ հասցեատերերի» գործառույթը (Հասցեատերեր ▸ Նամակ շատ հասցեատերերի) գրում է այս նամակը բոլոր նշված հասցեատերերին՝ տպելու համար մեկ PDF ֆայլով կամ յուրաքանչյուրին առանձին ֆայլով, և նույն հերթականությամբ տպում է նրանց ծրարները կամ կպչուն պիտակները։ Բոլոր նամակները պատրաստելուց առաջ կարող եք ստուգել ցանկացած հասցեատիրոջ նամակը։
• Եթե տպիչը տպում է կենտրոնից շեղված, մեկ անգամ չափեք շեղումը (Ֆայլ ▸ Տպիչի շեղումներ)։

Ոչինչ չի ուղարկվում այս համակարգչից դուրս։ Չպահպանված նամակները չեն կորչում։ Եթե ծրագիրն անսպասելիորեն փակվի, հաջորդ անգամ այն կառաջարկի վերականգնել դրանք։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="1203"/>
        <source>How to use Letter Composer</source>
        <translation>Ինչպես օգտվել Letter Composer-ից</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="1220"/>
        <source>About Letter Composer</source>
        <translation>Letter Composer-ի մասին</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="1222"/>
        <source>Letter Composer %1

Write, sign and print personal letters from campaign templates, offline.
Free software under the GNU General Public License, version 3 or later. Help ▸ Licences lists the work of others it carries.</source>
        <translation>Letter Composer %1

Գրեք, ստորագրեք և տպեք անձնական նամակներ արշավի նմուշներից՝ առանց համացանցի։
Ազատ ծրագիր՝ GNU General Public License-ի 3-րդ կամ ավելի նոր տարբերակով։ Օգնություն ▸ Արտոնագրեր ցանկը ցույց է տալիս այլոց աշխատանքը, որ այն պարունակում է։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="1237"/>
        <source>Save the letter?</source>
        <translation>Պահպանե՞լ նամակը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="1238"/>
        <source>This letter has changes that are not saved. Save them first?</source>
        <translation>Այս նամակում կան չպահպանված փոփոխություններ։ Նախ պահպանե՞լ դրանք։</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="133"/>
        <location filename="../../composer/ui/merge_dialog.py" line="529"/>
        <source>Mail merge</source>
        <translation>Նամակ շատ հասցեատերերի</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="147"/>
        <source>Search</source>
        <translation>Որոնել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="148"/>
        <source>Search recipients</source>
        <translation>Որոնել հասցեատերերի մեջ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="152"/>
        <source>Tick everyone with this tag</source>
        <translation>Նշել այս պիտակով բոլորին</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="154"/>
        <source>Tick &amp;all shown</source>
        <translation>Նշել &amp;բոլոր ցուցադրվածներին</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="156"/>
        <source>&amp;Untick all</source>
        <translation>&amp;Ապանշել բոլորին</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="158"/>
        <source>&amp;Import…</source>
        <translation>&amp;Ներմուծել…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="160"/>
        <source>Add recipients from a CSV or vCard file; they are ticked for this merge.</source>
        <translation>Ավելացնել հասցեատերեր CSV կամ vCard ֆայլից։ Նրանք ինքնաբերաբար կնշվեն այս ուղարկման համար։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="163"/>
        <source>Tag:</source>
        <translation>Պիտակ՝</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="172"/>
        <source>Recipients</source>
        <translation>Հասցեատերեր</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="177"/>
        <source>The letter to the chosen recipient</source>
        <translation>Ընտրված հասցեատիրոջն ուղղված նամակը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="182"/>
        <source>◀ Pre&amp;vious</source>
        <translation>◀ Նախ&amp;որդը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="183"/>
        <source>Previous recipient&apos;s letter</source>
        <translation>Նախորդ հասցեատիրոջ նամակը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="185"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Հաջորդը ▶</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="186"/>
        <source>Next recipient&apos;s letter</source>
        <translation>Հաջորդ հասցեատիրոջ նամակը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="205"/>
        <source>One PDF with every letter, to print</source>
        <translation>Մեկ PDF՝ բոլոր նամակներով, տպելու համար</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="207"/>
        <source>One PDF per recipient, in a folder</source>
        <translation>Յուրաքանչյուր հասցեատիրոջ համար առանձին PDF՝ թղթապանակում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="217"/>
        <source>%1 envelopes</source>
        <translation>%1 ծրարներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="221"/>
        <source>Envelope size</source>
        <translation>Ծրարի չափը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="225"/>
        <source>%1 labels (%2 a sheet)</source>
        <translation>%1 կպչուն պիտակներ (%2 հատ մեկ թերթում)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="231"/>
        <source>Label sheet</source>
        <translation>Կպչուն պիտակների թերթ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="234"/>
        <source>from label no. </source>
        <translation>սկսած պիտակ № </translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="235"/>
        <source>First free label on the sheet</source>
        <translation>Թերթի առաջին ազատ պիտակը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="238"/>
        <source>On a sheet already partly used, the number of the first free label (1 is top left, counting along the rows).</source>
        <translation>Մասամբ օգտագործված թերթի դեպքում՝ առաջին ազատ պիտակի համարը (1-ը վերևի ձախ պիտակն է, հաշվում ենք տողերով՝ ձախից աջ)։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="246"/>
        <source>Envelopes:</source>
        <translation>Ծրարներ՝</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="247"/>
        <source>Labels:</source>
        <translation>Կպչուն պիտակներ՝</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="248"/>
        <source>First free label:</source>
        <translation>Առաջին ազատ պիտակը՝</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="259"/>
        <source>Progress</source>
        <translation>Ընթացք</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="269"/>
        <source>&amp;Write letters…</source>
        <translation>&amp;Գրել նամակները…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="271"/>
        <source>&amp;Envelopes</source>
        <translation>&amp;Ծրարներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="273"/>
        <source>&amp;Labels</source>
        <translation>&amp;Կպչուն պիտակներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="275"/>
        <source>&amp;Print letters</source>
        <translation>&amp;Տպել նամակները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="276"/>
        <source>Print the PDF the merge wrote</source>
        <translation>Տպել պատրաստված PDF ֆայլը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="305"/>
        <location filename="../../composer/ui/merge_dialog.py" line="312"/>
        <source>&amp;Print…</source>
        <translation>&amp;Տպել…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="306"/>
        <location filename="../../composer/ui/merge_dialog.py" line="313"/>
        <source>Print pre&amp;view…</source>
        <translation>Տպման &amp;նախադիտում…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="307"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Պահպանել որպես PDF…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="344"/>
        <source>Tick everyone tagged…</source>
        <translation>Նշել բոլորին՝ ըստ պիտակի…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="418"/>
        <source>&amp;Stop</source>
        <translation>&amp;Դադարեցնել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="418"/>
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="422"/>
        <source>%n letter(s) to Members of the House of Commons need no stamp when posted in Canada.</source>
        <translation>
            <numerusform>Համայնքների պալատի պատգամավորներին ուղղված %n նամակի համար նամականիշ պետք չէ՝ Կանադայում փոստով ուղարկելիս։</numerusform>
            <numerusform>Համայնքների պալատի պատգամավորներին ուղղված %n նամակի համար նամականիշ պետք չէ՝ Կանադայում փոստով ուղարկելիս։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="431"/>
        <source>%n recipient(s) ticked.</source>
        <translation>
            <numerusform>Նշված է %n հասցեատեր։</numerusform>
            <numerusform>Նշված է %n հասցեատեր։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="444"/>
        <source>Nothing was imported.</source>
        <translation>Ոչինչ չներմուծվեց։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="451"/>
        <source>%n entry(s) imported and ticked.</source>
        <translation>
            <numerusform>%n գրառում ներմուծվեց և նշվեց։</numerusform>
            <numerusform>%n գրառում ներմուծվեց և նշվեց։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="453"/>
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n տող բաց թողնվեց։</numerusform>
            <numerusform>%n տող բաց թողնվեց։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="484"/>
        <source>No recipients.</source>
        <translation>Հասցեատերեր չկան։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="489"/>
        <source>Letter %1 of %2, to %3</source>
        <translation>Նամակ %1 / %2, հասցեատեր՝ %3</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="507"/>
        <source>This letter still needs:</source>
        <translation>Այս նամակում դեռ պետք է լրացնել:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="524"/>
        <source>The letters cannot be written yet. Please fix:</source>
        <translation>Նամակները դեռ հնարավոր չէ պատրաստել։ Խնդրում ենք ուղղել:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="544"/>
        <source>Save the letters as one PDF</source>
        <translation>Պահպանել նամակները մեկ PDF ֆայլով</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="546"/>
        <location filename="../../composer/ui/merge_dialog.py" line="672"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ֆայլեր (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="551"/>
        <source>Folder for the letters</source>
        <translation>Թղթապանակ նամակների համար</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="584"/>
        <source>Letter %1 of %2 — about %3 s left</source>
        <translation>Նամակ %1 / %2 — մնաց մոտ %3 վրկ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="601"/>
        <location filename="../../composer/ui/merge_dialog.py" line="639"/>
        <source>Stopped: nothing was written.</source>
        <translation>Դադարեցվեց։ Ոչ մի նամակ չի պատրաստվել։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="605"/>
        <source>%n letter(s) written to %1.</source>
        <translation>
            <numerusform>%n նամակ պատրաստվեց այստեղ՝ %1։</numerusform>
            <numerusform>%n նամակ պատրաստվեց այստեղ՝ %1։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="620"/>
        <source>All %n letter(s), as written</source>
        <translation>
            <numerusform>Բոլոր նամակները (%n)՝ պատրաստի տեսքով</numerusform>
            <numerusform>Բոլոր նամակները (%n)՝ պատրաստի տեսքով</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="627"/>
        <source>The letters could not be written.</source>
        <translation>Չհաջողվեց պատրաստել նամակները։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="633"/>
        <source>Stopping…</source>
        <translation>Դադարեցվում է…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="670"/>
        <location filename="../../composer/ui/merge_dialog.py" line="692"/>
        <source>Envelopes</source>
        <translation>Ծրարներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="670"/>
        <location filename="../../composer/ui/merge_dialog.py" line="692"/>
        <source>Labels</source>
        <translation>Կպչուն պիտակներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="676"/>
        <source>Making %1…</source>
        <translation>Պատրաստվում է %1 ֆայլը…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="683"/>
        <source>Saved %1</source>
        <translation>Պահպանվեց՝ %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="685"/>
        <source>Could not save.</source>
        <translation>Չհաջողվեց պահպանել։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="693"/>
        <source>Preparing the pages…</source>
        <translation>Էջերը պատրաստվում են…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="699"/>
        <location filename="../../composer/ui/merge_dialog.py" line="711"/>
        <source>Could not print.</source>
        <translation>Չհաջողվեց տպել։</translation>
    </message>
</context>
<context>
    <name>OriginalityHint</name>
    <message>
        <location filename="../../composer/ui/originality.py" line="63"/>
        <source>About %1 % of what you wrote is in your own words.</source>
        <translation>Ձեր գրածի մոտ %1 տոկոսը Ձեր սեփական խոսքերն են։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/originality.py" line="68"/>
        <source>Much of what you wrote matches another letter written on this computer. Letters in each person&apos;s own words carry more weight.</source>
        <translation>Ձեր գրածի մեծ մասը համընկնում է այս համակարգչում գրված մեկ այլ նամակի հետ։ Յուրաքանչյուրի սեփական խոսքերով գրված նամակներն ավելի մեծ կշիռ ունեն։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/originality.py" line="73"/>
        <source>Most of what you wrote repeats the sample letter. Offices give more weight to a letter in the writer&apos;s own words: add a sentence of your own.</source>
        <translation>Ձեր գրածի մեծ մասը կրկնում է նամակի նմուշը։ Հասցեատերերն ավելի մեծ կշիռ են տալիս հեղինակի սեփական խոսքերով գրված նամակին։ Ավելացրեք Ձեր սեփական մի նախադասությունը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/originality.py" line="77"/>
        <source>About %1 % of what you wrote is in your own words; the rest repeats the sample letter. A sentence on why this matters to you makes the letter count.</source>
        <translation>Ձեր գրածի մոտ %1 տոկոսը Ձեր սեփական խոսքերն են, մնացածը կրկնում է նամակի նմուշը։ Մեկ նախադասություն այն մասին, թե ինչու է սա կարևոր Ձեզ համար, նամակին կշիռ կտա։</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="252"/>
        <source>Volunteer</source>
        <translation>Կամավոր</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="257"/>
        <source>&amp;PIN:</source>
        <translation>PIN &amp;կոդ:</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../composer/ui/preview.py" line="32"/>
        <source>Letter preview</source>
        <translation>Նամակի նախադիտում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/preview.py" line="33"/>
        <source>The letter exactly as it will print</source>
        <translation>Նամակը ճիշտ այնպես, ինչպես կտպվի</translation>
    </message>
    <message>
        <location filename="../../composer/ui/preview.py" line="55"/>
        <source>Text of the letter</source>
        <translation>Նամակի տեքստը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/preview.py" line="56"/>
        <source>The letter&apos;s words as they will print</source>
        <translation>Նամակի բառերը, ինչպես կտպվեն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/preview.py" line="44"/>
        <source>Pages of the letter</source>
        <translation>Նամակի էջերը</translation>
    </message>
</context>
<context>
    <name>PrinterOffsetsDialog</name>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="14"/>
        <source>Printer offsets</source>
        <translation>Տպիչի շեղումներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="19"/>
        <source>Print the calibration page at 100 %. Each cross should be 25.4 mm (1 in) from the edges: enter how much further right and down the top-left cross landed (negative if it is closer).</source>
        <translation>Տպեք չափաբերման էջը 100 % մասշտաբով։ Յուրաքանչյուր խաչ պետք է լինի եզրերից 25,4 մմ (1 դյույմ) հեռավորության վրա։ Նշեք, թե վերևի ձախ խաչը որքան է տեղաշարժվել դեպի աջ և դեպի ներքև (բացասական թիվ, եթե այն եզրին ավելի մոտ է)։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="27"/>
        <source>Printer</source>
        <translation>Տպիչ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="30"/>
        <source>Default printer</source>
        <translation>Հիմնական տպիչ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="31"/>
        <source>&amp;Printer</source>
        <translation>&amp;Տպիչ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="32"/>
        <source>Right (mm)</source>
        <translation>Դեպի աջ (մմ)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="33"/>
        <source>Down (mm)</source>
        <translation>Դեպի ներքև (մմ)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="34"/>
        <source>&amp;Right (mm)</source>
        <translation>Դեպի &amp;աջ (մմ)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="35"/>
        <source>&amp;Down (mm)</source>
        <translation>Դեպի &amp;ներքև (մմ)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="36"/>
        <source>Print &amp;calibration page…</source>
        <translation>Տպել &amp;չափաբերման էջը…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="86"/>
        <source>Printer calibration</source>
        <translation>Տպիչի չափաբերում</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../composer/ui/privacy.py" line="34"/>
        <location filename="../../composer/ui/privacy.py" line="47"/>
        <source>What this computer keeps</source>
        <translation>Ինչ է պահվում այս համակարգչում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="38"/>
        <source>Everything Letter Composer keeps on this computer. Nothing is ever sent anywhere. Choose a line and delete it, or delete everything (a shared computer at a community centre, or before passing it on).</source>
        <translation>Այն ամենը, ինչ Letter Composer-ը պահում է այս համակարգչում։ Ոչինչ երբեք ոչ մի տեղ չի ուղարկվում։ Ընտրեք տողը և ջնջեք այն, կամ ջնջեք ամեն ինչ (համայնքային կենտրոնի ընդհանուր օգտագործման համակարգչում կամ համակարգիչն ուրիշին փոխանցելուց առաջ)։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="46"/>
        <source>What</source>
        <translation>Տվյալներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="46"/>
        <source>Size</source>
        <translation>Ծավալ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="46"/>
        <source>Where</source>
        <translation>Տեղը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="56"/>
        <source>&amp;Delete This…</source>
        <translation>&amp;Ջնջել սա…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="60"/>
        <source>Delete &amp;Everything…</source>
        <translation>Ջնջել &amp;ամեն ինչ…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="74"/>
        <source>Your name and address</source>
        <translation>Ձեր անունը և հասցեն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="75"/>
        <source>Remembered for the next letter because you ticked “Remember me”.</source>
        <translation>Պահվում են հաջորդ նամակի համար, քանի որ նշել եք «Հիշել իմ տվյալներն այս համակարգչում» վանդակը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="78"/>
        <source>Your signature</source>
        <translation>Ձեր ստորագրությունը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="79"/>
        <source>The signature you chose to keep for your next letters.</source>
        <translation>Ստորագրությունը, որը որոշել եք պահել Ձեր հաջորդ նամակների համար։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="82"/>
        <source>Settings</source>
        <translation>Կարգավորումներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="84"/>
        <source>Your choices (language, text size, printer offsets), recent files and window positions; with your name and signature if they are remembered.</source>
        <translation>Ձեր ընտրությունները (լեզու, տեքստի չափ, տպիչի շեղումներ), վերջին ֆայլերը և պատուհանների դիրքերը, ինչպես նաև Ձեր անունն ու ստորագրությունը, եթե դրանք հիշվում են։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="89"/>
        <source>Address book</source>
        <translation>Հասցեագիրք</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="90"/>
        <source>The people and offices you write to, and the organisations added.</source>
        <translation>Մարդիկ և հաստատությունները, որոնց գրում եք, և ավելացված կազմակերպությունները։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="93"/>
        <source>Letters sent</source>
        <translation>Ուղարկված նամակներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="95"/>
        <source>When each letter was saved or printed, to whom, its subject, replies; the text only if you asked; and for the originality hint a fingerprint of your own words (groups of three words, hashed: it cannot be read back, but someone using this computer could test whether a phrase they guess was written here).</source>
        <translation>Երբ է յուրաքանչյուր նամակը պահպանվել կամ տպվել, ում, դրա թեման, պատասխանները. տեքստը՝ միայն եթե Դուք եք խնդրել, իսկ ինքնատիպության հուշման համար՝ Ձեր սեփական խոսքերի դրոշմը (երեք բառից բաղկացած խմբեր՝ հեշավորված. դրանք հնարավոր չէ հետ կարդալ, բայց այս համակարգչից օգտվողը կարող է ստուգել, թե արդյոք իր ենթադրած արտահայտությունը գրվել է այստեղ)։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="103"/>
        <source>Unsaved letters</source>
        <translation>Չպահպանված նամակներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="104"/>
        <source>Copies of the letter being written, kept in case of a power cut.</source>
        <translation>Գրվող նամակի պատճենները՝ պահված հոսանքազրկման դեպքի համար։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="107"/>
        <source>Signature pictures</source>
        <translation>Ստորագրությունների նկարներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="108"/>
        <source>Pictures of the signatures typed or chosen from a file.</source>
        <translation>Մուտքագրված կամ ֆայլից ընտրված ստորագրությունների նկարները։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="110"/>
        <source>Campaign packs</source>
        <translation>Արշավի փաթեթներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="110"/>
        <source>The campaigns installed here.</source>
        <translation>Այստեղ տեղադրված արշավները։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="111"/>
        <source>Your own letters</source>
        <translation>Ձեր սեփական նամակները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="111"/>
        <source>Templates you added.</source>
        <translation>Ձեր ավելացրած ձևանմուշները։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="113"/>
        <source>Table of representatives</source>
        <translation>Ներկայացուցիչների աղյուսակ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="114"/>
        <source>The table you chose in Find My Representative.</source>
        <translation>Աղյուսակը, որն ընտրել եք «Գտնել իմ ներկայացուցչին» պատուհանում։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="117"/>
        <source>Signing table</source>
        <translation>Ստորագրման սեղան</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="119"/>
        <source>The anonymous tally (letters per day, campaign and language), the letters visitors asked to keep, and the letter of the visitor at the table.</source>
        <translation>Անանուն հաշվառումը (նամակներ՝ ըստ օրվա, արշավի և լեզվի), այն նամակները, որոնք այցելուները խնդրել են պահել, և սեղանի մոտ գտնվող այցելուի նամակը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="124"/>
        <source>Your dictionary</source>
        <translation>Ձեր բառարանը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="125"/>
        <source>Words you added to the spelling dictionary.</source>
        <translation>Ուղղագրական բառարանին Ձեր ավելացրած բառերը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="128"/>
        <source>Problem reports</source>
        <translation>Խնդիրների մատյան</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="129"/>
        <source>A record of problems inside the app, to help fix them.</source>
        <translation>Ծրագրում առաջացած խնդիրների գրառումներ՝ դրանք ուղղելուն օգնելու համար։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="132"/>
        <source>Pictures and speed-ups</source>
        <translation>Նկարներ և արագացնող ֆայլեր</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="133"/>
        <source>Made again when needed: pictures of letters, prepared templates.</source>
        <translation>Անհրաժեշտության դեպքում ստեղծվում են նորից՝ նամակների նկարներ, պատրաստված ձևանմուշներ։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="136"/>
        <source>Other files</source>
        <translation>Այլ ֆայլեր</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="137"/>
        <source>Files in the app&apos;s folder it does not know.</source>
        <translation>Ծրագրի թղթապանակում գտնվող ֆայլեր, որոնք ծրագիրը չի ճանաչում։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="164"/>
        <source>nothing kept</source>
        <translation>ոչինչ չի պահվում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="166"/>
        <source>kept</source>
        <translation>պահվում է</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="196"/>
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="207"/>
        <source>Delete “%1” from this computer? This cannot be undone.</source>
        <translation>Ջնջե՞լ «%1» տվյալներն այս համակարգչից։ Այս գործողությունը հնարավոր չէ հետարկել։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="216"/>
        <source>Delete everything Letter Composer keeps on this computer: your details, signature, address book, letters sent, unsaved letters, packs and settings? This cannot be undone.</source>
        <translation>Ջնջե՞լ այն ամենը, ինչ Letter Composer-ը պահում է այս համակարգչում՝ Ձեր տվյալները, ստորագրությունը, հասցեագիրքը, ուղարկված նամակները, չպահպանված նամակները, փաթեթները և կարգավորումները։ Այս գործողությունը հնարավոր չէ հետարկել։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="260"/>
        <source>Some files could not be deleted.</source>
        <translation>Որոշ ֆայլեր չհաջողվեց ջնջել։</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../composer/ui/wording.py" line="40"/>
        <source>your name is required</source>
        <translation>ձեր անունը պարտադիր է</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="42"/>
        <source>a recipient name or organisation is required</source>
        <translation>հասցեատիրոջ անունը կամ կազմակերպությունը պարտադիր է</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="43"/>
        <source>%1 is required</source>
        <translation>«%1» դաշտը պարտադիր է</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="46"/>
        <source>%1 is %2 characters; the limit is %3</source>
        <translation>«%1» դաշտում %2 նիշ է, սահմանը՝ %3</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="53"/>
        <source>“%1” is not one of %2</source>
        <translation>«%1»-ը թույլատրելի տարբերակներից չէ՝ %2</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="59"/>
        <source>is not a date like %1</source>
        <translation>%1-ի նման ամսաթիվ չէ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="62"/>
        <source>is not an e-mail address like name@example.org</source>
        <translation>name@example.org-ի նման էլ. հասցե չէ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="64"/>
        <source>is not a telephone number</source>
        <translation>հեռախոսահամար չէ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="71"/>
        <source>does not look like a postal code for %1 (e.g. %2)</source>
        <translation>փոստային ինդեքսի տեսք չունի (%1, օրինակ՝ %2)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="76"/>
        <source>does not look like a postal code for %1</source>
        <translation>փոստային ինդեքսի տեսք չունի (%1)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="87"/>
        <source>%1: %2</source>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="109"/>
        <source>%1 is not in any bundled font and prints as an empty box</source>
        <translation>%1 նշանը ներառված տառատեսակներից ոչ մեկում չկա և կտպվի դատարկ քառակուսու տեսքով</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="114"/>
        <source>the recipient&apos;s address is too long for the envelope window (%1 lines): shorten it</source>
        <translation>հասցեատիրոջ հասցեն չափազանց երկար է ծրարի պատուհանի համար (%1 տող). կրճատեք այն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="120"/>
        <source>the recipient&apos;s address is too long for its box (%1 lines): shorten it</source>
        <translation>հասցեատիրոջ հասցեն չափազանց երկար է իր շրջանակի համար (%1 տող). կրճատեք այն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="126"/>
        <source>your address is too long for the top of the page: shorten it</source>
        <translation>ձեր հասցեն չափազանց երկար է էջի վերին մասի համար. կրճատեք այն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="128"/>
        <source>your address is too long for the return-address line: shorten it</source>
        <translation>ձեր հասցեն չափազանց երկար է հետադարձ հասցեի տողի համար. կրճատեք այն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="141"/>
        <source>Your postal code</source>
        <translation>Ձեր փոստային ինդեքսը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="142"/>
        <source>The recipient&apos;s postal code</source>
        <translation>Հասցեատիրոջ փոստային ինդեքսը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="143"/>
        <source>Your e-mail address</source>
        <translation>Ձեր էլ. հասցեն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="144"/>
        <source>Your telephone number</source>
        <translation>Ձեր հեռախոսահամարը</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../composer/ui/finder.py" line="68"/>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="281"/>
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../composer/ui/letters.py" line="27"/>
        <source>Record a reply</source>
        <translation>Պատասխանի գրանցում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="30"/>
        <source>Reply to your letter of %1 to %2.</source>
        <translation>Պատասխան Ձեր %1 թվակիր նամակին (հասցեատեր՝ %2)։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="42"/>
        <source>Reply &amp;received on:</source>
        <translation>&amp;Ստացման ամսաթիվը:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="45"/>
        <source>For example: a letter promising to raise it</source>
        <translation>Օրինակ՝ նամակ, որում խոստանում են բարձրացնել հարցը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="46"/>
        <source>&amp;What it said:</source>
        <translation>&amp;Ինչ էր գրված:</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="137"/>
        <source>Start a signing table</source>
        <translation>Բացել ստորագրման սեղանը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="147"/>
        <source>Visitors will write, sign and print their own letter, one after the other. Each visitor&apos;s details are wiped after their letter. You need the PIN to leave the signing table.</source>
        <translation>Այցելուները հերթով կգրեն, կստորագրեն և կտպեն իրենց նամակները։ Յուրաքանչյուր այցելուի տվյալները կջնջվեն նրա նամակից հետո։ Ստորագրման սեղանից դուրս գալու համար անհրաժեշտ կլինի PIN կոդը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="157"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Նամակը:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="160"/>
        <source>Each visitor&apos;s own representative (by postal code)</source>
        <translation>Յուրաքանչյուր այցելուի ներկայացուցիչը (ըստ փոստային ինդեքսի)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="163"/>
        <source>&amp;Send to:</source>
        <translation>&amp;Հասցեատերը:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="166"/>
        <source>&amp;Co-signing: visitors add their name, city and signature to one shared letter, sent from your details in the main window</source>
        <translation>Համատեղ &amp;ստորագրում՝ այցելուներն իրենց անունը, քաղաքը և ստորագրությունն ավելացնում են մեկ ընդհանուր նամակի, որն ուղարկվում է գլխավոր պատուհանում լրացված Ձեր տվյալներով</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="172"/>
        <source>The default printer</source>
        <translation>Հիմնական տպիչը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="175"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Տպիչը:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="179"/>
        <source> min</source>
        <translation> րոպե</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="180"/>
        <source>Ask “Still there?” &amp;after:</source>
        <translation>&amp;Քանի րոպե հետո հարցնել «Դեռ այստե՞ղ եք»:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="185"/>
        <source>P&amp;IN (4 to 12 digits):</source>
        <translation>PIN &amp;կոդ (4-ից 12 թվանշան):</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="189"/>
        <source>PIN a&amp;gain:</source>
        <translation>PIN կոդը՝ &amp;երկրորդ անգամ:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="201"/>
        <source>Start</source>
        <translation>Սկսել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="212"/>
        <source>The two PINs are not the same.</source>
        <translation>Երկու PIN կոդերը չեն համընկնում։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="217"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>PIN կոդը պետք է լինի 4-ից 12 թվանշան։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="224"/>
        <source>Choose whom the letters go to.</source>
        <translation>Ընտրեք, թե ում են ուղղված նամակները։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="229"/>
        <source>A shared letter goes to one recipient: choose them.</source>
        <translation>Ընդհանուր նամակն ուղարկվում է մեկ հասցեատիրոջ։ Ընտրեք նրան։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="233"/>
        <source>Fill in your details (the centre&apos;s) in the main window first.</source>
        <translation>Նախ գլխավոր պատուհանում լրացրեք Ձեր (կենտրոնի) տվյալները։</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="90"/>
        <location filename="../../composer/ui/signature/dialog.py" line="268"/>
        <source>Signature</source>
        <translation>Ստորագրություն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="93"/>
        <source>How to sign</source>
        <translation>Ինչպես ստորագրել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="94"/>
        <source>&amp;Draw</source>
        <translation>&amp;Գծել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="95"/>
        <source>&amp;Picture</source>
        <translation>&amp;Նկար</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="96"/>
        <source>&amp;Type</source>
        <translation>&amp;Ստեղնաշարով</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="97"/>
        <source>By &amp;hand</source>
        <translation>&amp;Ձեռքով</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="100"/>
        <source>&amp;Remember this signature on this computer</source>
        <translation>&amp;Հիշել այս ստորագրությունն այս համակարգչում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="103"/>
        <source>Remember this signature on this computer</source>
        <translation>Հիշել այս ստորագրությունն այս համակարգչում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="127"/>
        <source>&amp;Undo stroke</source>
        <translation>&amp;Ջնջել վերջին գիծը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="128"/>
        <source>Undo stroke</source>
        <translation>Ջնջել վերջին գիծը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="130"/>
        <source>C&amp;lear</source>
        <translation>&amp;Մաքրել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="131"/>
        <source>Clear the signature pad</source>
        <translation>Մաքրել ստորագրության դաշտը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="146"/>
        <source>Sign a white sheet of paper with a dark pen, take a photo or scan it, and choose the picture here. The white around the signature becomes transparent.</source>
        <translation>Ստորագրեք սպիտակ թղթի վրա մուգ գրիչով, լուսանկարեք կամ սկանավորեք այն և ընտրեք նկարն այստեղ։ Ստորագրության շուրջի սպիտակ մասը կդառնա թափանցիկ։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="151"/>
        <source>&amp;Choose picture…</source>
        <translation>&amp;Ընտրել նկար…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="152"/>
        <location filename="../../composer/ui/signature/dialog.py" line="241"/>
        <source>Choose a picture of your signature</source>
        <translation>Ընտրեք Ձեր ստորագրության նկարը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="155"/>
        <source>Preview of the signature picture</source>
        <translation>Ստորագրության նկարի նախադիտում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="156"/>
        <source>No picture chosen yet.</source>
        <translation>Նկար դեռ ընտրված չէ։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="170"/>
        <source>Your name as a signature</source>
        <translation>Ձեր անունը՝ որպես ստորագրություն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="171"/>
        <source>&amp;Your name:</source>
        <translation>Ձեր &amp;անունը:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="174"/>
        <source>Preview of the typed signature</source>
        <translation>Ստեղնաշարով գրված ստորագրության նախադիտում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="190"/>
        <source>The letter will have a line where you sign with a pen after printing it. A signature in your own hand is often the most personal choice.</source>
        <translation>Նամակում կլինի գիծ, որի վրա տպելուց հետո կստորագրեք գրիչով։ Ձեր ձեռքով արված ստորագրությունը հաճախ ամենաանձնական ընտրությունն է։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="210"/>
        <source>The saved signature picture cannot be read. Choose it again.</source>
        <translation>Պահպանված ստորագրության նկարը հնարավոր չէ կարդալ։ Ընտրեք այն նորից։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="225"/>
        <source>This picture cannot be used as a signature:
{reason}</source>
        <translation>Այս նկարը հնարավոր չէ օգտագործել որպես ստորագրություն։
{reason}</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="242"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Նկարներ (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="251"/>
        <source>Type your name above.</source>
        <translation>Վերևում գրեք Ձեր անունը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="293"/>
        <source>The signature could not be saved:
{reason}</source>
        <translation>Չհաջողվեց պահպանել ստորագրությունը։
{reason}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../composer/ui/signature/pad.py" line="51"/>
        <source>Signature pad</source>
        <translation>Ստորագրության դաշտ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/pad.py" line="54"/>
        <source>Draw your signature here with a mouse, a finger or a pen. Ctrl+Z removes the last stroke; Delete clears the pad.</source>
        <translation>Ստորագրեք այստեղ մկնիկով, մատով կամ գրիչով։ Ctrl+Z ստեղներով ջնջվում է վերջին գիծը, իսկ Delete ստեղնով՝ ամբողջ դաշտը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/pad.py" line="346"/>
        <source>Sign above the line</source>
        <translation>Ստորագրեք գծի վրա</translation>
    </message>
</context>
<context>
    <name>SigningTable</name>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="402"/>
        <source>Signing table</source>
        <translation>Ստորագրման սեղան</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="506"/>
        <location filename="../../composer/ui/signing_table.py" line="1057"/>
        <source>Start over</source>
        <translation>Սկսել նորից</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="507"/>
        <source>Volunteer</source>
        <translation>Կամավոր</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="508"/>
        <source>Back</source>
        <translation>Հետ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="543"/>
        <source>Your name and address, as they go on the letter.</source>
        <translation>Ձեր անունը և հասցեն, ինչպես կգրվեն նամակում։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="548"/>
        <source>Your &amp;name:</source>
        <translation>Ձեր &amp;անունը և ազգանունը:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="549"/>
        <source>&amp;Street and number:</source>
        <translation>&amp;Փողոց, տուն:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="550"/>
        <source>&amp;Apartment (if any):</source>
        <translation>&amp;Բնակարան (եթե կա):</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="551"/>
        <source>&amp;City:</source>
        <translation>&amp;Քաղաք:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="552"/>
        <source>P&amp;rovince:</source>
        <translation>&amp;Նահանգ:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="553"/>
        <source>&amp;Postal code:</source>
        <translation>Փոստային &amp;ինդեքս:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="564"/>
        <source>Your letter goes to</source>
        <translation>Ձեր նամակի հասցեատերը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="567"/>
        <source>Your letter goes to:</source>
        <translation>Ձեր նամակի հասցեատերը:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="580"/>
        <source>Type your postal code to find your representative.</source>
        <translation>Գրեք Ձեր փոստային ինդեքսը՝ Ձեր ներկայացուցչին գտնելու համար։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="596"/>
        <source>Your postal code is in more than one district: choose yours.</source>
        <translation>Ձեր փոստային ինդեքսը մեկից ավելի ընտրատարածքում է։ Ընտրեք Ձերը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="599"/>
        <source>No representative found for this postal code.</source>
        <translation>Այս փոստային ինդեքսի համար ներկայացուցիչ չի գտնվել։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="652"/>
        <source>Clear</source>
        <translation>Մաքրել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="655"/>
        <source>Draw</source>
        <translation>Գծել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="660"/>
        <source>Your name:</source>
        <translation>Ձեր անունը:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="661"/>
        <source>Type</source>
        <translation>Ստեղնաշարով</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="662"/>
        <source>Sign with a pen once the letter is printed.</source>
        <translation>Ստորագրեք գրիչով՝ նամակը տպելուց հետո։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="664"/>
        <source>By hand</source>
        <translation>Ձեռքով</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="675"/>
        <source>Keep my letter on this computer, so the centre can help me follow it up if there is no reply</source>
        <translation>Պահել իմ նամակն այս համակարգչում, որպեսզի կենտրոնը կարողանա օգնել ինձ գրել կրկնակի դիմում, եթե պատասխան չստացվի</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="680"/>
        <source>Print my letter</source>
        <translation>Տպել իմ նամակը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="694"/>
        <source>Finish</source>
        <translation>Ավարտել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="706"/>
        <source>Step 1 of 4: your details</source>
        <translation>Քայլ 1 / 4՝ Ձեր տվյալները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="707"/>
        <source>Step 2 of 4: your own words</source>
        <translation>Քայլ 2 / 4՝ Ձեր սեփական խոսքերը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="708"/>
        <source>Step 3 of 4: sign</source>
        <translation>Քայլ 3 / 4՝ ստորագրություն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="709"/>
        <source>Step 4 of 4: check and print</source>
        <translation>Քայլ 4 / 4՝ ստուգում և տպում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="713"/>
        <source>Step 1 of 3: your name</source>
        <translation>Քայլ 1 / 3՝ Ձեր անունը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="714"/>
        <source>Step 2 of 3: sign</source>
        <translation>Քայլ 2 / 3՝ ստորագրեք</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="715"/>
        <source>Step 3 of 3: check and add your signature</source>
        <translation>Քայլ 3 / 3՝ ստուգեք և ավելացրեք Ձեր ստորագրությունը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="717"/>
        <source>Add my signature to the letter</source>
        <translation>Ավելացնել իմ ստորագրությունը նամակին</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="722"/>
        <source>Next</source>
        <translation>Հաջորդը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="758"/>
        <source>Please fill in your name and address.</source>
        <translation>Խնդրում ենք լրացնել Ձեր անունը և հասցեն։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="861"/>
        <source>Before printing, the letter still needs:</source>
        <translation>Տպելուց առաջ նամակում դեռ պետք է լրացնել:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="936"/>
        <source>sending…</source>
        <translation>ուղարկվում է…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="892"/>
        <source>Thank you, %1. Your letter is being printed.</source>
        <translation>Շնորհակալություն, %1։ Ձեր նամակը տպվում է։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="904"/>
        <source>Your signature could not be added.</source>
        <translation>Ձեր ստորագրությունը հնարավոր չեղավ ավելացնել։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="908"/>
        <source>Thank you, %1. Your signature is added to the letter.</source>
        <translation>Շնորհակալություն, %1։ Ձեր ստորագրությունն ավելացվեց նամակին։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="929"/>
        <source>The shared letter cannot be printed.</source>
        <translation>Ընդհանուր նամակը հնարավոր չէ տպել։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="1058"/>
        <source>Start over? What you typed will be deleted.</source>
        <translation>Սկսե՞լ նորից։ Ձեր գրածը կջնջվի։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="1080"/>
        <source>Still there?</source>
        <translation>Դեռ այստե՞ղ եք</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/signing_table.py" line="1083"/>
        <source>Are you still writing? If not, your letter will be deleted in %n second(s).</source>
        <translation>
            <numerusform>Դեռ գրո՞ւմ եք։ Եթե ոչ, Ձեր նամակը կջնջվի %n վայրկյանից։</numerusform>
            <numerusform>Դեռ գրո՞ւմ եք։ Եթե ոչ, Ձեր նամակը կջնջվի %n վայրկյանից։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="1089"/>
        <source>I&apos;m still here</source>
        <translation>Ես դեռ այստեղ եմ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="1126"/>
        <source>That is not the PIN.</source>
        <translation>PIN կոդը սխալ է։</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../../composer/ui/gallery.py" line="196"/>
        <source>Choose a letter</source>
        <translation>Ընտրեք նամակը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/gallery.py" line="202"/>
        <source>Choose the letter to write. You can add your own words to it on the next step.</source>
        <translation>Ընտրեք, թե որ նամակն եք ուզում գրել։ Հաջորդ քայլում կարող եք դրան ավելացնել Ձեր սեփական խոսքերը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/gallery.py" line="208"/>
        <source>Letters</source>
        <translation>Նամակներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/gallery.py" line="229"/>
        <source>Could not read a template: %1</source>
        <translation>Չհաջողվեց կարդալ ձևանմուշը՝ %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/gallery.py" line="239"/>
        <source>Write this letter</source>
        <translation>Գրել այս նամակը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/gallery.py" line="248"/>
        <source>Other letters</source>
        <translation>Այլ նամակներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/gallery.py" line="251"/>
        <source>%1 — from %2</source>
        <translation>%1 — կազմակերպիչ՝ %2</translation>
    </message>
</context>
<context>
    <name>VolunteerPanel</name>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="275"/>
        <source>Signing table: volunteer</source>
        <translation>Ստորագրման սեղան՝ կամավոր</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="277"/>
        <source>Printed at this table today:</source>
        <translation>Այսօր այս սեղանում տպված նամակները:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="279"/>
        <source>Print queue</source>
        <translation>Տպման հերթ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="285"/>
        <source>Letters by day, campaign and language:</source>
        <translation>Նամակներ՝ ըստ օրվա, արշավի և լեզվի:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="288"/>
        <source>Tally</source>
        <translation>Հաշվառում</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/signing_table.py" line="297"/>
        <source>&amp;Print the Shared Letter (%n signature(s))</source>
        <translation>
            <numerusform>&amp;Տպել ընդհանուր նամակը (%n ստորագրություն)</numerusform>
            <numerusform>&amp;Տպել ընդհանուր նամակը (%n ստորագրություն)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="300"/>
        <source>&amp;Delete the Signatures…</source>
        <translation>&amp;Ջնջել ստորագրությունները…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="304"/>
        <source>E&amp;xport the Tally…</source>
        <translation>Ար&amp;տահանել հաշվառումը…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="305"/>
        <source>Start &amp;Over for a New Visitor</source>
        <translation>&amp;Սկսել նորից նոր այցելուի համար</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="306"/>
        <source>&amp;End the Signing Table</source>
        <translation>&amp;Ավարտել ստորագրման սեղանը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="325"/>
        <source>Export the tally</source>
        <translation>Հաշվառման արտահանում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="327"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ֆայլեր (*.csv)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="333"/>
        <source>The tally could not be saved.</source>
        <translation>Չհաջողվեց պահպանել հաշվառումը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="343"/>
        <source>Delete the signatures</source>
        <translation>Ջնջել ստորագրությունները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="344"/>
        <source>Delete every signature of the shared letter? Print it first.</source>
        <translation>Ջնջե՞լ ընդհանուր նամակի բոլոր ստորագրությունները։ Նախ տպեք այն։</translation>
    </message>
</context>
<context>
    <name>_Card</name>
    <message>
        <location filename="../../composer/ui/gallery.py" line="126"/>
        <source>on this computer</source>
        <translation>ավելացված է այս համակարգչում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/gallery.py" line="131"/>
        <source>Languages: %1</source>
        <translation>Լեզուներ՝ %1</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../composer/ui/form.py" line="85"/>
        <source> (required)</source>
        <translation> (պարտադիր)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="95"/>
        <source>Some questions to help you write in your own words:</source>
        <translation>Մի քանի հարց, որոնք կօգնեն Ձեզ գրել Ձեր սեփական խոսքերով:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="138"/>
        <source>Invalid entry: %1</source>
        <translation>Սխալ մուտքագրում. %1</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../composer/ui/actions.py" line="82"/>
        <source>&amp;New Letter…</source>
        <translation>&amp;Նոր նամակ…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="86"/>
        <source>Choose a letter and start writing</source>
        <translation>Ընտրել նամակ և սկսել գրել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="88"/>
        <source>&amp;Open…</source>
        <translation>&amp;Բացել…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="89"/>
        <source>&amp;Save</source>
        <translation>&amp;Պահպանել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="91"/>
        <source>Save &amp;As…</source>
        <translation>Պահպանել &amp;որպես…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="95"/>
        <source>Save as P&amp;DF…</source>
        <translation>Պահպանել որպես PDF &amp;ֆայլ…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="99"/>
        <source>Save the letter as a PDF file</source>
        <translation>Պահպանել նամակը որպես PDF ֆայլ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="103"/>
        <source>Print Pre&amp;view…</source>
        <translation>Տպման նախա&amp;դիտում…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="109"/>
        <source>&amp;Print…</source>
        <translation>&amp;Տպել…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="113"/>
        <source>Printer O&amp;ffsets…</source>
        <translation>Տպիչի &amp;շեղումներ…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="115"/>
        <source>Measure how far a printer shifts what it prints</source>
        <translation>Չափել, թե տպիչը որքան է շեղում տպվածը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="119"/>
        <source>&amp;Install Campaign Pack…</source>
        <translation>Տեղադրել արշավի &amp;փաթեթ…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="121"/>
        <source>Add a campaign&apos;s letters from a .lcpack file</source>
        <translation>Ավելացնել արշավի նամակները .lcpack ֆայլից</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="125"/>
        <source>What This Computer &amp;Keeps…</source>
        <translation>&amp;Ինչ է պահվում այս համակարգչում…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="127"/>
        <source>Everything kept about the people who write here</source>
        <translation>Այն ամենը, ինչ պահվում է այստեղ գրող մարդկանց մասին</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="131"/>
        <source>Signing &amp;Table…</source>
        <translation>Ստորագրման &amp;սեղան…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="133"/>
        <source>Visitors write, sign and print their own letters</source>
        <translation>Այցելուները գրում, ստորագրում և տպում են իրենց սեփական նամակները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ելք</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="137"/>
        <source>&amp;Undo</source>
        <translation>&amp;Հետարկել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="140"/>
        <source>&amp;Redo</source>
        <translation>&amp;Կրկնել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="144"/>
        <source>Choose &amp;Letter…</source>
        <translation>&amp;Ընտրել այլ նամակ…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="147"/>
        <source>Write the same letter from another template, keeping what you typed</source>
        <translation>Գրել նույն նամակն այլ ձևանմուշով՝ պահպանելով արդեն գրածը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="151"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Ստորագրել…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="154"/>
        <source>&amp;Address Book…</source>
        <translation>&amp;Հասցեագիրք…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="161"/>
        <source>&amp;Mail Merge…</source>
        <translation>&amp;Նամակ շատ հասցեատերերի…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="164"/>
        <source>Write this letter to many recipients</source>
        <translation>Գրել այս նամակը շատ հասցեատերերի</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="168"/>
        <source>&amp;Letters Sent…</source>
        <translation>&amp;Ուղարկված նամակներ…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="170"/>
        <source>The letters sent from here, their replies and follow-ups</source>
        <translation>Այստեղից ուղարկված նամակները, դրանց պատասխաններն ու կրկնակի դիմումները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="173"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Մեծացնել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="176"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Փոքրացնել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="179"/>
        <source>&amp;Fit Width</source>
        <translation>&amp;Ըստ էջի լայնության</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="183"/>
        <source>Letter as &amp;Text</source>
        <translation>Նամակը որպես &amp;տեքստ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="186"/>
        <source>Show the letter&apos;s text below its pages, for reading aloud or enlarging</source>
        <translation>Ցույց տալ նամակի տեքստը էջերի տակ՝ բարձրաձայն կարդալու կամ խոշորացնելու համար</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="191"/>
        <source>&amp;How to Use</source>
        <translation>&amp;Ինչպես օգտվել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="193"/>
        <source>&amp;Licences…</source>
        <translation>&amp;Արտոնագրեր…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="194"/>
        <source>&amp;About Letter Composer</source>
        <translation>Letter Composer-ի &amp;մասին</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="204"/>
        <source>&amp;File</source>
        <translation>&amp;Ֆայլ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="206"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Վերջին նամակները</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="215"/>
        <source>&amp;Edit</source>
        <translation>&amp;Խմբագրել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="216"/>
        <source>&amp;Letter</source>
        <translation>&amp;Նամակ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="217"/>
        <source>&amp;Recipients</source>
        <translation>&amp;Հասցեատերեր</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="218"/>
        <source>&amp;View</source>
        <translation>&amp;Տեսք</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="222"/>
        <source>Text &amp;Size</source>
        <translation>Տեքստի &amp;չափը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="223"/>
        <source>&amp;Language</source>
        <translation>&amp;Լեզու</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="224"/>
        <source>&amp;Help</source>
        <translation>&amp;Օգնություն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="226"/>
        <source>Main</source>
        <translation>Հիմնական գործիքներ</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../composer/ui/errors.py" line="24"/>
        <source>Letter Composer</source>
        <translation>Letter Composer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/errors.py" line="39"/>
        <source>Something went wrong inside Letter Composer. Nothing you typed is lost. The details are in %1.</source>
        <translation>Letter Composer-ում ինչ-որ բան սխալ ընթացավ։ Ձեր գրածից ոչինչ չի կորել։ Մանրամասները գրանցված են այստեղ՝ %1։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/errors.py" line="66"/>
        <source>Something went wrong inside Letter Composer. Your letter is kept; please save it. The details below (also in %1) help whoever fixes this.</source>
        <translation>Letter Composer-ում ինչ-որ բան սխալ ընթացավ։ Ձեր նամակը չի կորել, խնդրում ենք պահպանել այն։ Ստորև բերված մանրամասները (դրանք գրանցված են նաև այստեղ՝ %1) կօգնեն նրան, ով կուղղի այս սխալը։</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../composer/ui/labels.py" line="14"/>
        <source>Kind</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="15"/>
        <source>Courtesy title</source>
        <translation>Դիմելաձև</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="16"/>
        <source>Office</source>
        <translation>Պաշտոն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="17"/>
        <source>Government of</source>
        <translation>Կառավարության երկիրը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="18"/>
        <source>Level of government</source>
        <translation>Կառավարման մակարդակ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="19"/>
        <source>My own representative</source>
        <translation>Իմ ներկայացուցիչը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="20"/>
        <source>Name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="21"/>
        <source>Position</source>
        <translation>Պաշտոնի անվանում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="22"/>
        <source>Organization</source>
        <translation>Կազմակերպություն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="23"/>
        <source>Street address</source>
        <translation>Փողոց, տուն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="24"/>
        <source>Room, suite (optional)</source>
        <translation>Սենյակ, գրասենյակ (ոչ պարտադիր)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="25"/>
        <source>City</source>
        <translation>Քաղաք</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="26"/>
        <source>Province or state</source>
        <translation>Նահանգ կամ մարզ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="27"/>
        <source>Postal code</source>
        <translation>Փոստային ինդեքս</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="28"/>
        <source>Country</source>
        <translation>Երկիր</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="29"/>
        <source>Tags</source>
        <translation>Պիտակներ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="30"/>
        <source>Salutation</source>
        <translation>Ողջույնի տող</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="31"/>
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <location filename="../../composer/ui/packs.py" line="42"/>
        <location filename="../../composer/ui/packs.py" line="100"/>
        <source>Install a campaign pack</source>
        <translation>Տեղադրել արշավի փաթեթ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/packs.py" line="43"/>
        <source>Campaign packs (*.lcpack)</source>
        <translation>Արշավի փաթեթներ (*.lcpack)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/packs.py" line="64"/>
        <location filename="../../composer/ui/packs.py" line="68"/>
        <source>The campaign pack could not be installed.</source>
        <translation>Չհաջողվեց տեղադրել արշավի փաթեթը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/packs.py" line="85"/>
        <source>Version %1 of this campaign is already installed. Install it again?</source>
        <translation>Այս արշավի %1 տարբերակն արդեն տեղադրված է։ Տեղադրե՞լ այն նորից։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/packs.py" line="90"/>
        <source>A newer version (%1) of this campaign is installed. Replace it with the older version %2?</source>
        <translation>Այս արշավի ավելի նոր տարբերակը (%1) արդեն տեղադրված է։ Փոխարինե՞լ այն ավելի հին %2 տարբերակով։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/packs.py" line="112"/>
        <source>“%1” is installed.</source>
        <translation>«%1» արշավը տեղադրված է։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/packs.py" line="113"/>
        <source>It brings %n letter(s).</source>
        <translation>
            <numerusform>Այն պարունակում է %n նամակ։</numerusform>
            <numerusform>Այն պարունակում է %n նամակ։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/packs.py" line="117"/>
        <source>%n recipient(s) were added to the address book.</source>
        <translation>
            <numerusform>Հասցեագրքին ավելացվեց %n հասցեատեր։</numerusform>
            <numerusform>Հասցեագրքին ավելացվեց %n հասցեատեր։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/packs.py" line="126"/>
        <source>Write one of its letters now?</source>
        <translation>Գրե՞լ դրա նամակներից մեկը հիմա։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/packs.py" line="130"/>
        <source>Campaign pack installed</source>
        <translation>Արշավի փաթեթը տեղադրված է</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message numerus="yes">
        <location filename="../../composer/ui/printing.py" line="56"/>
        <source>%n envelope(s) sent to %1.</source>
        <translation>
            <numerusform>%n ծրար ուղարկվեց տպման՝ %1։</numerusform>
            <numerusform>%n ծրար ուղարկվեց տպման՝ %1։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/printing.py" line="60"/>
        <source>%n sheet(s) of labels sent to %1.</source>
        <translation>
            <numerusform>Կպչուն պիտակների %n թերթ ուղարկվեց տպման՝ %1։</numerusform>
            <numerusform>Կպչուն պիտակների %n թերթ ուղարկվեց տպման՝ %1։</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/printing.py" line="64"/>
        <source>%n page(s) sent to %1.</source>
        <translation>
            <numerusform>%n էջ ուղարկվեց տպման՝ %1։</numerusform>
            <numerusform>%n էջ ուղարկվեց տպման՝ %1։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="67"/>
        <source>(Job %1.)</source>
        <translation>(Տպման առաջադրանք՝ %1։)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="158"/>
        <source>Different paper</source>
        <translation>Թղթի չափերը տարբեր են</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="160"/>
        <source>This is on %1 paper, and the printer %2 has %3 paper. How should it be printed?</source>
        <translation>Սա նախատեսված է %1 թղթի համար, իսկ %2 տպիչում %3 թուղթ է։ Ինչպե՞ս տպել։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="165"/>
        <source>(default)</source>
        <translation>(հիմնական)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="169"/>
        <source>On %1 paper it prints exactly as shown, and the address fits the envelope&apos;s window: put %1 paper in the printer.</source>
        <translation>%1 թղթի վրա այն կտպվի ճիշտ այնպես, ինչպես ցուցադրված է, և հասցեն կհամընկնի ծրարի պատուհանին։ Տպիչի մեջ դրեք %1 թուղթ։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="176"/>
        <source>Print on %1 paper</source>
        <translation>Տպել %1 թղթի վրա</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="180"/>
        <source>Actual size, centred on %1</source>
        <translation>Իրական չափով՝ %1 թղթի կենտրոնում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="186"/>
        <source>Fit to %1</source>
        <translation>Հարմարեցնել %1 թղթին</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="374"/>
        <source>The file could not be written.</source>
        <translation>Չհաջողվեց պահպանել ֆայլը։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="379"/>
        <source>Saved to %1</source>
        <translation>Պահպանվեց՝ %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="388"/>
        <source>the default printer</source>
        <translation>հիմնական տպիչ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="404"/>
        <source>The driver says: %1</source>
        <translation>Տպիչի հուշումը՝ %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="413"/>
        <location filename="../../composer/ui/printing.py" line="424"/>
        <source>The job could not be printed.</source>
        <translation>Չհաջողվեց տպել։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="456"/>
        <source>Print preview — %1</source>
        <translation>Տպման նախադիտում — %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="471"/>
        <source>Pages as they will print</source>
        <translation>Էջերը՝ ինչպես կտպվեն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="478"/>
        <source>&amp;Print…</source>
        <translation>&amp;Տպել…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="483"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Մեծացնել</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="488"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Փոքրացնել</translation>
    </message>
</context>
<context>
    <name>recipient</name>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="29"/>
        <source>an elected representative</source>
        <translation>ընտրված ներկայացուցչի</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="30"/>
        <source>a government (a minister, an ambassador…)</source>
        <translation>կառավարությանը (նախարարին, դեսպանին…)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="31"/>
        <source>a human-rights organization</source>
        <translation>իրավապաշտպան կազմակերպությանը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="32"/>
        <source>a humanitarian organization that works confidentially (the Red Cross)</source>
        <translation>մարդասիրական կազմակերպությանը, որն աշխատում է գաղտնիության սկզբունքով (Կարմիր Խաչ)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="35"/>
        <source>someone else</source>
        <translation>ուրիշ մեկին</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="41"/>
        <location filename="../../composer/ui/recipient_fields.py" line="130"/>
        <source>None</source>
        <translation>Չկա</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="42"/>
        <source>Ms.</source>
        <translation>Տիկին</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="43"/>
        <source>Mr.</source>
        <translation>Պարոն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="44"/>
        <source>Mx.</source>
        <translation>Չեզոք (Mx.)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="45"/>
        <source>Dr.</source>
        <translation>Դոկտոր</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="51"/>
        <source>As the office says</source>
        <translation>Ըստ պաշտոնի</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="52"/>
        <source>National</source>
        <translation>Համապետական</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="53"/>
        <source>Provincial, state or regional</source>
        <translation>Նահանգային կամ մարզային</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="54"/>
        <source>Municipal</source>
        <translation>Քաղաքային կամ համայնքային</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="60"/>
        <source>Writing to</source>
        <translation>Ո՞ւմ եք գրում</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="61"/>
        <source>Courtesy title</source>
        <translation>Դիմելաձև</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="62"/>
        <source>Office</source>
        <translation>Պաշտոն</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="63"/>
        <source>Government of</source>
        <translation>Կառավարության երկիրը</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="64"/>
        <source>Level of government</source>
        <translation>Կառավարման մակարդակ</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="65"/>
        <source>This is my own representative: I live in their riding</source>
        <translation>Սա իմ ներկայացուցիչն է (ես ապրում եմ նրա ընտրատարածքում)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="73"/>
        <source>Decides what the letter asks: an organization that works confidentially is never asked to speak publicly.</source>
        <translation>Որոշում է, թե ինչ է խնդրվում նամակում։ Գաղտնիության սկզբունքով աշխատող կազմակերպությանը երբեք չեն խնդրում հրապարակային հայտարարություն անել։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="78"/>
        <source>Used in the address and the greeting (Dear Ms. Lee, / Madame la Députée,).</source>
        <translation>Օգտագործվում է հասցեում և ողջույնի տողում («Հարգելի տիկին Լի,» / «Madame la Députée,»)։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="82"/>
        <source>The letter addresses them as their office requires (The Honourable …, Dear Minister,).</source>
        <translation>Նամակում հասցեատիրոջը դիմում են այնպես, ինչպես պահանջում է նրա պաշտոնը («Մեծարգո …», «Հարգելի նախարար,»)։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="87"/>
        <source>The country whose government or parliament the office belongs to, when it is not the country of the address.</source>
        <translation>Երկիրը, որի կառավարությանը կամ խորհրդարանին է պատկանում պաշտոնը, եթե այն տարբերվում է հասցեի երկրից։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="92"/>
        <source>Only then does the letter say you are one of their constituents.</source>
        <translation>Միայն այդ դեպքում նամակում կնշվի, որ Դուք նրա ընտրողներից եք։</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="135"/>
        <source>Same as the address</source>
        <translation>Նույնը, ինչ հասցեում</translation>
    </message>
</context>
<context>
    <name>spelling</name>
    <message>
        <location filename="../../composer/ui/spelling.py" line="169"/>
        <source>Looking for suggestions…</source>
        <translation>Առաջարկների որոնում…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/spelling.py" line="217"/>
        <source>No suggestions</source>
        <translation>Առաջարկներ չկան</translation>
    </message>
    <message>
        <location filename="../../composer/ui/spelling.py" line="157"/>
        <source>Add “%1” to the Dictionary</source>
        <translation>Ավելացնել «%1» բառը բառարանին</translation>
    </message>
</context>
</TS>
