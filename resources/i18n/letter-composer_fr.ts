<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>AddressBookWindow</name>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="60"/>
        <source>Address book</source>
        <translation>Carnet d&apos;adresses</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="67"/>
        <source>Search names, organizations, positions, cities and notes</source>
        <translation>Rechercher par nom, organisme, poste, ville ou note</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="70"/>
        <source>Search the address book</source>
        <translation>Rechercher dans le carnet d&apos;adresses</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="71"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="74"/>
        <source>Show entries with tag</source>
        <translation>Afficher les fiches qui ont ce mot-clé</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="76"/>
        <source>&amp;Tag:</source>
        <translation>Mot-&amp;clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="89"/>
        <source>Address book entries</source>
        <translation>Fiches du carnet d&apos;adresses</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="102"/>
        <source>Details and notes of the selected entry</source>
        <translation>Détails et notes de la fiche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="103"/>
        <source>Select an entry to see its address and notes.</source>
        <translation>Sélectionnez une fiche pour voir son adresse et ses notes.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="107"/>
        <source>&amp;Details and notes:</source>
        <translation>Détails et &amp;notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="121"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="122"/>
        <source>Add an entry</source>
        <translation>Ajouter une fiche</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="123"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="124"/>
        <source>Edit the selected entry</source>
        <translation>Modifier la fiche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="125"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="126"/>
        <source>Remove the selected entries</source>
        <translation>Supprimer les fiches sélectionnées</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="127"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="128"/>
        <source>Import entries from a CSV or vCard file</source>
        <translation>Importer des fiches à partir d&apos;un fichier CSV ou vCard</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="129"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="130"/>
        <source>Export entries to a CSV file</source>
        <translation>Exporter les fiches dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="131"/>
        <source>Add &amp;bundled organizations</source>
        <translation>Ajouter les &amp;organismes inclus</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="135"/>
        <source>Adds the organizations that come with Letter Composer (human-rights organizations, the House of Commons…), each with notes on what it can do.</source>
        <translation>Ajoute les organismes fournis avec Letter Composer (organismes de défense des droits de la personne, Chambre des communes…), chacun avec des notes sur ce qu&apos;il peut faire.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="153"/>
        <source>&amp;Write to this recipient</source>
        <translation>Écrire à ce &amp;destinataire</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="155"/>
        <source>Address the letter to the selected entry</source>
        <translation>Adresser la lettre à la personne ou à l&apos;organisme sélectionné</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="170"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="175"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="196"/>
        <source>The address book is empty. Add an entry, import a file from a spreadsheet or phone, or add the bundled organizations.</source>
        <translation>Le carnet d&apos;adresses est vide. Ajoutez une fiche, importez un fichier venant d&apos;un tableur ou d&apos;un téléphone, ou ajoutez les organismes inclus.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="216"/>
        <source>All tags</source>
        <translation>Tous les mots-clés</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="292"/>
        <source>Tags: %1</source>
        <translation>Mots-clés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="294"/>
        <source>Greeting: %1</source>
        <translation>Formule d&apos;appel&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="330"/>
        <location filename="../../composer/ui/addressbook/window.py" line="346"/>
        <source>The entry could not be saved.</source>
        <translation>La fiche n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="333"/>
        <source>Added %1.</source>
        <translation>Fiche ajoutée&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="349"/>
        <source>Saved %1.</source>
        <translation>Fiche enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="357"/>
        <source>Remove %1 from the address book?</source>
        <translation>Supprimer %1 du carnet d&apos;adresses?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/window.py" line="361"/>
        <source>Remove %n entry(s) from the address book?</source>
        <translation>
            <numerusform>Supprimer %n fiche du carnet d&apos;adresses?</numerusform>
            <numerusform>Supprimer %n fiches du carnet d&apos;adresses?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="364"/>
        <source>Remove entries</source>
        <translation>Supprimer des fiches</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="376"/>
        <source>Some entries could not be removed.</source>
        <translation>Certaines fiches n&apos;ont pas pu être supprimées.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="379"/>
        <source>Removed %1.</source>
        <translation>Fiche supprimée&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/window.py" line="381"/>
        <source>Removed %n entry(s).</source>
        <translation>
            <numerusform>%n fiche supprimée.</numerusform>
            <numerusform>%n fiches supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="388"/>
        <source>The bundled organizations could not be added.</source>
        <translation>Les organismes inclus n&apos;ont pas pu être ajoutés.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="392"/>
        <source>All the bundled organizations are already in the book.</source>
        <translation>Tous les organismes inclus sont déjà dans le carnet.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="394"/>
        <source>Added 1 bundled organization.</source>
        <translation>1 organisme inclus a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="397"/>
        <source>Added %1 bundled organizations.</source>
        <translation>%1 organismes inclus ont été ajoutés.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="429"/>
        <source>Nothing was imported: the address book could not store the entries.</source>
        <translation>Rien n&apos;a été importé&#xa0;: le carnet d&apos;adresses n&apos;a pas pu enregistrer les fiches.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/window.py" line="434"/>
        <source>Imported %n entry(s)</source>
        <translation>
            <numerusform>%n fiche importée</numerusform>
            <numerusform>%n fiches importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/window.py" line="435"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n ligne ignorée</numerusform>
            <numerusform>%n lignes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="436"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="452"/>
        <source>Export the %1 selected entries</source>
        <translation>Exporter les %1 fiches sélectionnées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/window.py" line="454"/>
        <source>Export all %n entry(s)</source>
        <translation>
            <numerusform>Exporter %n fiche</numerusform>
            <numerusform>Exporter les %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="456"/>
        <source>address book.csv</source>
        <translation>carnet d&apos;adresses.csv</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="456"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="466"/>
        <source>Could not write %1.</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/window.py" line="469"/>
        <source>Exported %1 entries to %2.</source>
        <translation>%1 fiches exportées dans %2.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="42"/>
        <source>Edit entry</source>
        <translation>Modifier la fiche</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="42"/>
        <source>New entry</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="62"/>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="64"/>
        <source>e.g. MPs, Montréal, urgent</source>
        <translation>p. ex. députés, Montréal, urgent</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="71"/>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="72"/>
        <source>A name or an organization is required.</source>
        <translation>Il faut un nom ou un organisme.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="73"/>
        <source>Separate tags with commas.</source>
        <translation>Séparez les mots-clés par des virgules.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="74"/>
        <source>Leave empty to use the greeting the app chooses.</source>
        <translation>Laissez vide pour utiliser la formule d&apos;appel choisie par l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="75"/>
        <source>Anything that helps you choose or greet this recipient.</source>
        <translation>Tout ce qui peut vous aider à choisir ce destinataire ou à bien vous adresser à lui.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="201"/>
        <source>Give a name or an organization.</source>
        <translation>Inscrivez un nom ou un organisme.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="204"/>
        <source>“%1” is not a country in the list.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pays de la liste.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/contact_dialog.py" line="210"/>
        <source>The notes are longer than %1 characters.</source>
        <translation>Les notes dépassent %1 caractères.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../composer/ui/addressbook/table.py" line="68"/>
        <source>Elected representative</source>
        <translation>Personne élue</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/table.py" line="69"/>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/table.py" line="70"/>
        <source>Human-rights organization</source>
        <translation>Organisme de défense des droits de la personne</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/table.py" line="71"/>
        <source>Humanitarian organization</source>
        <translation>Organisme humanitaire</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/table.py" line="72"/>
        <source>Someone else</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/table.py" line="76"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/table.py" line="76"/>
        <source>Address line 2</source>
        <translation>Adresse, ligne 2</translation>
    </message>
</context>
<context>
    <name>FinderDialog</name>
    <message>
        <location filename="../../composer/ui/finder.py" line="37"/>
        <source>Find my representative</source>
        <translation>Trouver qui me représente</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="46"/>
        <source>For example: K1A 0A6</source>
        <translation>Par exemple&#xa0;: K1A 0A6</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="48"/>
        <source>Your &amp;postal code:</source>
        <translation>Votre &amp;code postal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="52"/>
        <source>Representatives for this postal code</source>
        <translation>Personnes élues pour ce code postal</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="61"/>
        <source>Write to this representative</source>
        <translation>Écrire à cette personne élue</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="64"/>
        <source>Use a Table from a File…</source>
        <translation>Utiliser un tableau provenant d’un fichier…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="93"/>
        <source>No table of representatives is installed yet. A campaign pack may bring one, or use a table from a file (a CSV of names, offices, districts and postal-code prefixes).</source>
        <translation>Aucun tableau des personnes élues n’est encore installé. Une trousse de campagne peut en fournir un; vous pouvez aussi utiliser un tableau provenant d’un fichier (un CSV contenant les noms, les fonctions, les circonscriptions et les débuts des codes postaux).</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="99"/>
        <source>Type your postal code: the representatives of your district are listed. The letter will say that you live in their district.</source>
        <translation>Tapez votre code postal&#xa0;: les personnes élues de votre circonscription s’affichent. La lettre dira que vous habitez dans leur circonscription.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="103"/>
        <source>Could not read: %1</source>
        <translation>Lecture impossible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/finder.py" line="119"/>
        <source>This postal code is shared by %n district(s): check which one is yours (your voter information card says it) before you choose.</source>
        <translation>
            <numerusform>Ce code postal est partagé par %n circonscription&#xa0;: vérifiez laquelle est la vôtre (elle figure sur votre carte d’information de l’électeur) avant de choisir.</numerusform>
            <numerusform>Ce code postal est partagé par %n circonscriptions&#xa0;: vérifiez laquelle est la vôtre (elle figure sur votre carte d’information de l’électeur) avant de choisir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="126"/>
        <source>No representative in the tables has this postal code.</source>
        <translation>Aucune personne élue ne correspond à ce code postal dans les tableaux.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="143"/>
        <source>Use a table of representatives</source>
        <translation>Utiliser un tableau des personnes élues</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="144"/>
        <source>Tables (*.csv)</source>
        <translation>Tableaux (*.csv)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/finder.py" line="153"/>
        <source>This table cannot be used.</source>
        <translation>Ce tableau ne peut pas être utilisé.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="84"/>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="99"/>
        <source>What each column holds</source>
        <translation>Contenu de chaque colonne</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="112"/>
        <source>Preview: the entries as they will be stored</source>
        <translation>Aperçu&#xa0;: les fiches telles qu&apos;elles seront enregistrées</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="117"/>
        <source>Preview of the imported entries</source>
        <translation>Aperçu des fiches importées</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="121"/>
        <source>Rows that will be skipped</source>
        <translation>Lignes qui seront ignorées</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="125"/>
        <source>Rows that will be skipped, and why</source>
        <translation>Lignes qui seront ignorées, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="144"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="157"/>
        <source>Kind (representative, government, human rights, humanitarian…)</source>
        <translation>Type (personne élue, gouvernement, droits de la personne, humanitaire…)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="158"/>
        <source>Courtesy title (Ms., Mr., Dr.…)</source>
        <translation>Titre de civilité (Mme, M., Dr…)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="159"/>
        <source>Office (MP, minister…)</source>
        <translation>Fonction (député(e), ministre…)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="160"/>
        <source>Government of (country)</source>
        <translation>Pays du gouvernement</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="161"/>
        <source>Level of government</source>
        <translation>Ordre de gouvernement</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="162"/>
        <source>My own representative (yes/no)</source>
        <translation>Élu(e) de ma circonscription (oui/non)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="163"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="164"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="165"/>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="166"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="167"/>
        <source>Name suffix (Jr., III)</source>
        <translation>Suffixe du nom (Jr., III)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="168"/>
        <source>Address line 2</source>
        <translation>Adresse, ligne 2</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="169"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="184"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="230"/>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="231"/>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="232"/>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="235"/>
        <source>%1: a table of %2 rows, read as %3 text, columns separated by %4.</source>
        <translation>%1&#xa0;: tableau de %2 lignes, texte lu en %3, colonnes séparées par des %4.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="244"/>
        <source>%1: vCard contacts, read as %2 text.</source>
        <translation>%1&#xa0;: contacts vCard, texte lu en %2.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="254"/>
        <source>Cannot import %1: %2</source>
        <translation>Impossible d&apos;importer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="275"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="275"/>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="275"/>
        <source>Use as</source>
        <translation>Utiliser comme</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="284"/>
        <source>(column %1, no heading)</source>
        <translation>(colonne %1, sans titre)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="297"/>
        <source>Use of column “%1”</source>
        <translation>Utilisation de la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="344"/>
        <source>Working out the entries…</source>
        <translation>Préparation des fiches…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="377"/>
        <source>The first %1 of %2 entries:</source>
        <translation>Les %1 premières fiches sur %2&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="383"/>
        <source>All %n entry(s):</source>
        <translation>
            <numerusform>%n fiche&#xa0;:</numerusform>
            <numerusform>Les %n fiches&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="383"/>
        <source>No entries.</source>
        <translation>Aucune fiche.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="388"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="394"/>
        <source>line %1 (kept): %2</source>
        <translation>ligne %1 (conservée)&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="399"/>
        <source>%n entry(s) will be imported</source>
        <translation>
            <numerusform>%n fiche sera importée</numerusform>
            <numerusform>%n fiches seront importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="401"/>
        <source>%n card(s) skipped</source>
        <translation>
            <numerusform>%n fiche vCard ignorée</numerusform>
            <numerusform>%n fiches vCard ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/addressbook/import_dialog.py" line="403"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n ligne ignorée</numerusform>
            <numerusform>%n lignes ignorées</numerusform>
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
        <translation>Importer des adresses</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <location filename="../../composer/ui/form.py" line="195"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="201"/>
        <source>Language of the letter</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="203"/>
        <source>The letter is printed in this language.</source>
        <translation>La lettre est imprimée dans cette langue.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="208"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="218"/>
        <source>Your details</source>
        <translation>Vos coordonnées</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="221"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="222"/>
        <source>Street address</source>
        <translation>Adresse (numéro et rue)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="223"/>
        <source>Apartment, suite (optional)</source>
        <translation>Appartement, bureau (facultatif)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="224"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="225"/>
        <source>Province or state</source>
        <translation>Province ou État</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="226"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="227"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="228"/>
        <source>E-mail (optional)</source>
        <translation>Courriel (facultatif)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="229"/>
        <source>Telephone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="241"/>
        <source>Remember my details on this computer</source>
        <translation>Garder mes coordonnées sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="244"/>
        <source>Leave this unticked on a shared computer: your details are then forgotten when the letter is closed.</source>
        <translation>Ne cochez pas cette case sur un ordinateur partagé&#xa0;: vos coordonnées seront alors effacées à la fermeture de la lettre.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="251"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="253"/>
        <source>Find My Representative…</source>
        <translation>Trouver qui me représente…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="255"/>
        <source>Find the representatives of your district from your postal code</source>
        <translation>Trouver les personnes élues de votre circonscription à partir de votre code postal</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="297"/>
        <source>Greeting (optional)</source>
        <translation>Formule d&apos;appel (facultatif)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="300"/>
        <source>Leave empty for the usual greeting in the letter&apos;s language, such as “Dear Ms. Lee,”.</source>
        <translation>Laissez vide pour utiliser la formule d&apos;appel habituelle dans la langue de la lettre, comme «&#xa0;Madame,&#xa0;» ou «&#xa0;Dear Ms. Lee,&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="306"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="310"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Signer…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="311"/>
        <source>Sign the letter</source>
        <translation>Signer la lettre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="317"/>
        <source>Paper and envelope</source>
        <translation>Papier et enveloppe</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="320"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Format lettre (8,5 × 11&#xa0;po)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="321"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297&#xa0;mm)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="322"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="327"/>
        <source>#10 window envelope (Canada, US)</source>
        <translation>Enveloppe à fenêtre #10 (Canada, États-Unis)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="328"/>
        <source>DL/C5 window envelope, DIN 5008 form A</source>
        <translation>Enveloppe à fenêtre DL/C5, DIN 5008 forme A</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="329"/>
        <source>DL/C5 window envelope, DIN 5008 form B</source>
        <translation>Enveloppe à fenêtre DL/C5, DIN 5008 forme B</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="330"/>
        <source>Envelope without a window</source>
        <translation>Enveloppe sans fenêtre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="335"/>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="336"/>
        <source>Print fold marks</source>
        <translation>Imprimer les repères de pliage</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="343"/>
        <source>Copies, enclosures and P.S. (optional)</source>
        <translation>Copies, pièces jointes et P.-S. (facultatif)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="357"/>
        <source>Copies to</source>
        <translation>Copie à</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="359"/>
        <source>Separate several names with a semicolon (;).</source>
        <translation>S&apos;il y a plusieurs noms, séparez-les par un point-virgule (;).</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="365"/>
        <source>Enclosures</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="367"/>
        <source>Separate several items with a semicolon (;).</source>
        <translation>S&apos;il y a plusieurs pièces, séparez-les par un point-virgule (;).</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="372"/>
        <source>P.S.</source>
        <translation>P.-S.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="399"/>
        <source>Same country as mine</source>
        <translation>Même pays que le mien</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="699"/>
        <source>No signature yet: a line is printed for you to sign by hand.</source>
        <translation>Pas encore de signature&#xa0;: une ligne sera imprimée pour que vous signiez à la main.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="701"/>
        <source>Signed with your name typed in handwriting style: %1.</source>
        <translation>Signée de votre nom tapé en style manuscrit&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="705"/>
        <source>Signed with a picture.</source>
        <translation>Signature faite à partir d&apos;une image.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="707"/>
        <source>Signed by drawing.</source>
        <translation>Signature dessinée.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../composer/ui/letters.py" line="75"/>
        <location filename="../../composer/ui/letters.py" line="87"/>
        <location filename="../../composer/ui/letters.py" line="230"/>
        <source>Letters sent</source>
        <translation>Lettres envoyées</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="79"/>
        <source>The letters saved as PDF or printed on this computer. Note the replies you receive; a letter without a reply after the time below can be followed up.</source>
        <translation>Les lettres enregistrées en PDF ou imprimées sur cet ordinateur. Notez les réponses que vous recevez; une lettre restée sans réponse après le délai indiqué ci-dessous peut faire l’objet d’une relance.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="86"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="86"/>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="86"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="86"/>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="86"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="94"/>
        <source>Record &amp;Reply…</source>
        <translation>&amp;Noter la réponse…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="96"/>
        <source>&amp;No Reply Yet</source>
        <translation>&amp;Pas encore de réponse</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="98"/>
        <source>Write a &amp;Follow-up</source>
        <translation>Écrire une &amp;relance</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="100"/>
        <source>&amp;Delete from the List</source>
        <translation>&amp;Supprimer de la liste</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="112"/>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="114"/>
        <source>Offer a follow-up &amp;after:</source>
        <translation>Proposer une relance &amp;après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="117"/>
        <source>&amp;Keep the full text of each letter (otherwise only its date, subject, recipient and a fingerprint of your own words)</source>
        <translation>&amp;Garder le texte complet de chaque lettre (sinon seulement sa date, son objet, son destinataire et une empreinte de vos propres mots)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="231"/>
        <source>Delete this letter from the list? Its reply is deleted with it.</source>
        <translation>Supprimer cette lettre de la liste? Sa réponse sera supprimée avec elle.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="145"/>
        <source>The list of letters cannot be read.</source>
        <translation>La liste des lettres ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="151"/>
        <source>Replied %1</source>
        <translation>Réponse reçue le %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/letters.py" line="155"/>
        <source>No reply after %n week(s)</source>
        <translation>
            <numerusform>Aucune réponse après %n semaine</numerusform>
            <numerusform>Aucune réponse après %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="157"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="158"/>
        <source>Printed</source>
        <translation>Imprimée</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="158"/>
        <source>Saved as PDF</source>
        <translation>Enregistrée en PDF</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="202"/>
        <source>The list of letters could not be changed.</source>
        <translation>La liste des lettres n’a pas pu être modifiée.</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../../composer/ui/licences_dialog.py" line="17"/>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../composer/ui/licences_dialog.py" line="21"/>
        <source>Letter Composer is free software under the GNU General Public License, version 3 or later. It carries the work of others, each under its own licence:</source>
        <translation>Letter Composer est un logiciel libre distribué sous la licence publique générale GNU, version 3 ou ultérieure. Il contient le travail d’autres personnes, chacun sous sa propre licence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/licences_dialog.py" line="28"/>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <location filename="../../composer/ui/licences_dialog.py" line="34"/>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <location filename="../../composer/ui/licences_dialog.py" line="54"/>
        <source>(No licence text is given for this one.)</source>
        <translation>(Aucun texte de licence n’est fourni pour celui-ci.)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../composer/ui/main_window.py" line="145"/>
        <source>Letter form</source>
        <translation>Formulaire de la lettre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="171"/>
        <source>As the System</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="310"/>
        <source>Untitled letter</source>
        <translation>Lettre sans titre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="345"/>
        <source>No letter templates were found.</source>
        <translation>Aucun modèle de lettre n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="359"/>
        <source>Restore unsaved letter?</source>
        <translation>Récupérer la lettre non enregistrée?</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="361"/>
        <source>Letter Composer was closed before a letter was saved (last kept %1). Restore it?</source>
        <translation>Letter Composer s&apos;est fermé avant qu&apos;une lettre soit enregistrée (dernière copie gardée le %1). Voulez-vous la récupérer?</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="375"/>
        <source>Letters cannot be kept automatically on this computer: the folder %1 cannot be written (%2). Letter Composer works as usual; save your letter yourself (File ▸ Save) to keep it.</source>
        <translation>Les lettres ne peuvent pas être gardées automatiquement sur cet ordinateur&#xa0;: impossible d&apos;écrire dans le dossier %1 (%2). Letter Composer fonctionne normalement; pour garder votre lettre, enregistrez-la vous-même (Fichier ▸ Enregistrer).</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="386"/>
        <source>Unsaved letters kept</source>
        <translation>Lettres non enregistrées gardées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/main_window.py" line="388"/>
        <source>%n unsaved letter(s) could not be opened by this version of Letter Composer. Nothing was deleted: they are kept in %1.</source>
        <translation>
            <numerusform>%n lettre non enregistrée n&apos;a pas pu être ouverte par cette version de Letter Composer. Rien n&apos;a été supprimé&#xa0;: elle est gardée dans %1.</numerusform>
            <numerusform>%n lettres non enregistrées n&apos;ont pas pu être ouvertes par cette version de Letter Composer. Rien n&apos;a été supprimé&#xa0;: elles sont gardées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="402"/>
        <source>The unsaved letter could not be restored; it is kept in %1.</source>
        <translation>La lettre non enregistrée n&apos;a pas pu être récupérée; elle est gardée dans %1.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="415"/>
        <source>Unsaved letter restored.</source>
        <translation>Lettre non enregistrée récupérée.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="472"/>
        <source>This letter uses the template “%1”, which is not installed on this computer.</source>
        <translation>Cette lettre utilise le modèle «&#xa0;%1&#xa0;», qui n&apos;est pas installé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="547"/>
        <source>Something went wrong inside Letter Composer; the details are in the log.</source>
        <translation>Un problème est survenu dans Letter Composer; les détails se trouvent dans le journal.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="550"/>
        <source>The preview shows the last complete version. To update it:</source>
        <translation>L&apos;aperçu montre la dernière version complète. Pour le mettre à jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="555"/>
        <source>Before printing, the letter still needs:</source>
        <translation>Avant l&apos;impression, il manque encore à la lettre&#xa0;:</translation>
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
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="587"/>
        <source>The letter is not complete yet.</source>
        <translation>La lettre n&apos;est pas encore complète.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="597"/>
        <source>Letter to %1 %2</source>
        <translation>Lettre à %1 %2</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="612"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="614"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="623"/>
        <source>The PDF could not be saved.</source>
        <translation>Le PDF n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="625"/>
        <location filename="../../composer/ui/main_window.py" line="669"/>
        <source>Saved %1</source>
        <translation>Fichier enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="649"/>
        <source>Save letter</source>
        <translation>Enregistrer la lettre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="651"/>
        <source>Letter drafts (*%1)</source>
        <translation>Brouillons de lettre (*%1)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="665"/>
        <source>The letter could not be saved.</source>
        <translation>La lettre n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="679"/>
        <source>Open letter</source>
        <translation>Ouvrir une lettre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="680"/>
        <source>Letters (*%1 *.json *.toml)</source>
        <translation>Lettres (*%1 *.json *.toml)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="689"/>
        <source>This file cannot be opened as a letter.</source>
        <translation>Ce fichier ne peut pas être ouvert comme lettre.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="703"/>
        <source>Made from %1: Save keeps it as a letter file.</source>
        <translation>Créée à partir de %1 : «&#xa0;Enregistrer&#xa0;» la conserve comme fichier de lettre.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="722"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="738"/>
        <source>Autosave failed: %1</source>
        <translation>L&apos;enregistrement automatique a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="792"/>
        <source>The signature picture was deleted: sign the letter again.</source>
        <translation>L’image de la signature a été supprimée : signez de nouveau la lettre.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="859"/>
        <source>Signing table</source>
        <translation>Table de signature</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="861"/>
        <source>A visitor&apos;s unfinished letter was left when the signing table stopped unexpectedly. Let them carry on with it? (No deletes it.)</source>
        <translation>La lettre inachevée d’un visiteur est restée lorsque la table de signature s’est arrêtée de façon inattendue. Voulez-vous lui permettre de la continuer? (Si vous répondez Non, elle sera supprimée.)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="937"/>
        <source>The address book cannot be opened.</source>
        <translation>Le carnet d&apos;adresses ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="982"/>
        <source>The mail merge cannot start.</source>
        <translation>Le publipostage ne peut pas commencer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/main_window.py" line="987"/>
        <source>%n letter(s) written.</source>
        <translation>
            <numerusform>%n lettre créée.</numerusform>
            <numerusform>%n lettres créées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="1050"/>
        <source>The list of letters sent cannot be used: %1</source>
        <translation>La liste des lettres envoyées ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="1119"/>
        <source>The follow-up letter is not installed on this computer.</source>
        <translation>La lettre de relance n’est pas installée sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/main_window.py" line="1153"/>
        <source>%n letter(s) had no reply in %1 weeks: Recipients ▸ Letters Sent offers a follow-up.</source>
        <translation>
            <numerusform>%n lettre n’a reçu aucune réponse en %1 semaines&#xa0;: Destinataires ▸ Lettres envoyées propose une relance.</numerusform>
            <numerusform>%n lettres n’ont reçu aucune réponse en %1 semaines&#xa0;: Destinataires ▸ Lettres envoyées propose une relance.</numerusform>
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
        <translation>Écrire une lettre
1. Choisissez une lettre (Fichier ▸ Nouvelle lettre).
2. Remplissez vos coordonnées, celles du destinataire et votre texte. Les champs marqués d&apos;un astérisque (*) sont obligatoires. Choisissez le destinataire dans le carnet d&apos;adresses (Destinataires ▸ Carnet d&apos;adresses)&#xa0;: l&apos;adresse et la bonne formule d&apos;appel seront remplies pour vous.
3. Regardez l&apos;aperçu à droite&#xa0;: la lettre sera imprimée exactement comme elle y paraît.
4. Signez (Lettre ▸ Signer)&#xa0;: dessinez avec la souris ou un stylet, utilisez une image, tapez votre nom, ou signez à la main après l&apos;impression.
5. Imprimez la lettre, ou enregistrez-la en PDF. Enregistrez aussi la lettre elle-même (Fichier ▸ Enregistrer) pour pouvoir y revenir plus tard.

Plusieurs destinataires
• Le carnet d&apos;adresses (Destinataires ▸ Carnet d&apos;adresses) garde les personnes et les organismes à qui vous écrivez. Il contient déjà des organismes de défense des droits de la personne et la Chambre des communes. Vous pouvez en ajouter d&apos;autres à partir d&apos;un tableur (CSV) ou des contacts d&apos;un téléphone (vCard), et leur donner des mots-clés.
• Le publipostage (Destinataires ▸ Publipostage) prépare cette lettre pour chaque personne cochée, dans un seul PDF à imprimer ou dans un fichier par personne, et imprime leurs enveloppes ou leurs étiquettes d&apos;adresse dans le même ordre. Vous pouvez vérifier la lettre de chaque destinataire avant de les créer toutes.
• Si une imprimante n&apos;imprime pas bien au centre, mesurez son décalage une seule fois (Fichier ▸ Décalage de l&apos;imprimante).

Rien ne quitte cet ordinateur. Les lettres non enregistrées sont gardées en sécurité et vous sont proposées de nouveau si le programme se ferme de façon inattendue.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="1203"/>
        <source>How to use Letter Composer</source>
        <translation>Comment utiliser Letter Composer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="1220"/>
        <source>About Letter Composer</source>
        <translation>À propos de Letter Composer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="1222"/>
        <source>Letter Composer %1

Write, sign and print personal letters from campaign templates, offline.
Free software under the GNU General Public License, version 3 or later. Help ▸ Licences lists the work of others it carries.</source>
        <translation>Letter Composer %1

Rédigez, signez et imprimez des lettres personnelles à partir de modèles de campagne, hors ligne.
Logiciel libre sous la licence publique générale GNU, version 3 ou ultérieure. Aide ▸ Licences énumère le travail d’autres personnes qu’il contient.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="1237"/>
        <source>Save the letter?</source>
        <translation>Enregistrer la lettre?</translation>
    </message>
    <message>
        <location filename="../../composer/ui/main_window.py" line="1238"/>
        <source>This letter has changes that are not saved. Save them first?</source>
        <translation>Cette lettre contient des modifications non enregistrées. Voulez-vous les enregistrer d&apos;abord?</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="133"/>
        <location filename="../../composer/ui/merge_dialog.py" line="529"/>
        <source>Mail merge</source>
        <translation>Publipostage</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="147"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="148"/>
        <source>Search recipients</source>
        <translation>Rechercher des destinataires</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="152"/>
        <source>Tick everyone with this tag</source>
        <translation>Cocher toutes les fiches qui ont ce mot-clé</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="154"/>
        <source>Tick &amp;all shown</source>
        <translation>&amp;Cocher tout ce qui est affiché</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="156"/>
        <source>&amp;Untick all</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="158"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="160"/>
        <source>Add recipients from a CSV or vCard file; they are ticked for this merge.</source>
        <translation>Ajouter des destinataires à partir d&apos;un fichier CSV ou vCard; ils seront cochés pour ce publipostage.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="163"/>
        <source>Tag:</source>
        <translation>Mot-clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="172"/>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="177"/>
        <source>The letter to the chosen recipient</source>
        <translation>La lettre au destinataire choisi</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="182"/>
        <source>◀ Pre&amp;vious</source>
        <translation>◀ &amp;Précédente</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="183"/>
        <source>Previous recipient&apos;s letter</source>
        <translation>Lettre du destinataire précédent</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="185"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivante ▶</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="186"/>
        <source>Next recipient&apos;s letter</source>
        <translation>Lettre du destinataire suivant</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="205"/>
        <source>One PDF with every letter, to print</source>
        <translation>Un seul PDF avec toutes les lettres, à imprimer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="207"/>
        <source>One PDF per recipient, in a folder</source>
        <translation>Un PDF par destinataire, dans un dossier</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="217"/>
        <source>%1 envelopes</source>
        <translation>Enveloppes %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="221"/>
        <source>Envelope size</source>
        <translation>Format d&apos;enveloppe</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="225"/>
        <source>%1 labels (%2 a sheet)</source>
        <translation>Étiquettes %1 (%2 par feuille)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="231"/>
        <source>Label sheet</source>
        <translation>Feuille d&apos;étiquettes</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="234"/>
        <source>from label no. </source>
        <translation>à partir de l&apos;étiquette nº </translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="235"/>
        <source>First free label on the sheet</source>
        <translation>Première étiquette libre sur la feuille</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="238"/>
        <source>On a sheet already partly used, the number of the first free label (1 is top left, counting along the rows).</source>
        <translation>Sur une feuille déjà en partie utilisée, le numéro de la première étiquette libre (1 est en haut à gauche; on compte ligne par ligne).</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="246"/>
        <source>Envelopes:</source>
        <translation>Enveloppes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="247"/>
        <source>Labels:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="248"/>
        <source>First free label:</source>
        <translation>Première étiquette libre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="259"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="269"/>
        <source>&amp;Write letters…</source>
        <translation>C&amp;réer les lettres…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="271"/>
        <source>&amp;Envelopes</source>
        <translation>&amp;Enveloppes</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="273"/>
        <source>&amp;Labels</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="275"/>
        <source>&amp;Print letters</source>
        <translation>Imprimer les &amp;lettres</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="276"/>
        <source>Print the PDF the merge wrote</source>
        <translation>Imprimer le PDF créé par le publipostage</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="305"/>
        <location filename="../../composer/ui/merge_dialog.py" line="312"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="306"/>
        <location filename="../../composer/ui/merge_dialog.py" line="313"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="307"/>
        <source>&amp;Save as PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="344"/>
        <source>Tick everyone tagged…</source>
        <translation>Cocher selon le mot-clé…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="418"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="418"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="422"/>
        <source>%n letter(s) to Members of the House of Commons need no stamp when posted in Canada.</source>
        <translation>
            <numerusform>%n lettre adressée à un député ou une députée de la Chambre des communes n&apos;a pas besoin de timbre si elle est mise à la poste au Canada.</numerusform>
            <numerusform>%n lettres adressées à des députés de la Chambre des communes n&apos;ont pas besoin de timbre si elles sont mises à la poste au Canada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="431"/>
        <source>%n recipient(s) ticked.</source>
        <translation>
            <numerusform>%n destinataire coché.</numerusform>
            <numerusform>%n destinataires cochés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="444"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="451"/>
        <source>%n entry(s) imported and ticked.</source>
        <translation>
            <numerusform>%n fiche importée et cochée.</numerusform>
            <numerusform>%n fiches importées et cochées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="453"/>
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n ligne ignorée.</numerusform>
            <numerusform>%n lignes ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="484"/>
        <source>No recipients.</source>
        <translation>Aucun destinataire.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="489"/>
        <source>Letter %1 of %2, to %3</source>
        <translation>Lettre %1 sur %2, à %3</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="507"/>
        <source>This letter still needs:</source>
        <translation>Il manque encore à cette lettre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="524"/>
        <source>The letters cannot be written yet. Please fix:</source>
        <translation>Les lettres ne peuvent pas encore être créées. Veuillez corriger&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="544"/>
        <source>Save the letters as one PDF</source>
        <translation>Enregistrer les lettres en un seul PDF</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="546"/>
        <location filename="../../composer/ui/merge_dialog.py" line="672"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="551"/>
        <source>Folder for the letters</source>
        <translation>Dossier pour les lettres</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="584"/>
        <source>Letter %1 of %2 — about %3 s left</source>
        <translation>Lettre %1 sur %2 — encore environ %3&#xa0;s</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="601"/>
        <location filename="../../composer/ui/merge_dialog.py" line="639"/>
        <source>Stopped: nothing was written.</source>
        <translation>Arrêté&#xa0;: aucune lettre n&apos;a été créée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="605"/>
        <source>%n letter(s) written to %1.</source>
        <translation>
            <numerusform>%n lettre créée dans %1.</numerusform>
            <numerusform>%n lettres créées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/merge_dialog.py" line="620"/>
        <source>All %n letter(s), as written</source>
        <translation>
            <numerusform>%n lettre, telle qu&apos;elle a été créée</numerusform>
            <numerusform>Les %n lettres, telles qu&apos;elles ont été créées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="627"/>
        <source>The letters could not be written.</source>
        <translation>Les lettres n&apos;ont pas pu être créées.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="633"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="670"/>
        <location filename="../../composer/ui/merge_dialog.py" line="692"/>
        <source>Envelopes</source>
        <translation>Enveloppes</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="670"/>
        <location filename="../../composer/ui/merge_dialog.py" line="692"/>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="676"/>
        <source>Making %1…</source>
        <translation>Création de %1…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="683"/>
        <source>Saved %1</source>
        <translation>Fichier enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="685"/>
        <source>Could not save.</source>
        <translation>Impossible d&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="693"/>
        <source>Preparing the pages…</source>
        <translation>Préparation des pages…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="699"/>
        <location filename="../../composer/ui/merge_dialog.py" line="711"/>
        <source>Could not print.</source>
        <translation>Impossible d&apos;imprimer.</translation>
    </message>
</context>
<context>
    <name>OriginalityHint</name>
    <message>
        <location filename="../../composer/ui/originality.py" line="63"/>
        <source>About %1 % of what you wrote is in your own words.</source>
        <translation>Environ %1&#xa0;% de votre texte est écrit dans vos propres mots.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/originality.py" line="68"/>
        <source>Much of what you wrote matches another letter written on this computer. Letters in each person&apos;s own words carry more weight.</source>
        <translation>Une grande partie de votre texte correspond à une autre lettre écrite sur cet ordinateur. Les lettres que chaque personne écrit dans ses propres mots ont plus de poids.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/originality.py" line="73"/>
        <source>Most of what you wrote repeats the sample letter. Offices give more weight to a letter in the writer&apos;s own words: add a sentence of your own.</source>
        <translation>La plus grande partie de votre texte reprend la lettre modèle. Les destinataires accordent plus de poids à une lettre écrite dans les propres mots de son auteur&#xa0;: ajoutez une phrase bien à vous.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/originality.py" line="77"/>
        <source>About %1 % of what you wrote is in your own words; the rest repeats the sample letter. A sentence on why this matters to you makes the letter count.</source>
        <translation>Environ %1&#xa0;% de votre texte est écrit dans vos propres mots; le reste reprend la lettre modèle. Une phrase expliquant pourquoi cette cause vous tient à cœur donnera du poids à votre lettre.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="252"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="257"/>
        <source>&amp;PIN:</source>
        <translation>&amp;NIP&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../composer/ui/preview.py" line="32"/>
        <source>Letter preview</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/preview.py" line="33"/>
        <source>The letter exactly as it will print</source>
        <translation>La lettre exactement telle qu&apos;elle sera imprimée</translation>
    </message>
    <message>
        <location filename="../../composer/ui/preview.py" line="55"/>
        <source>Text of the letter</source>
        <translation>Texte de la lettre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/preview.py" line="56"/>
        <source>The letter&apos;s words as they will print</source>
        <translation>Les mots de la lettre tels qu’ils seront imprimés</translation>
    </message>
    <message>
        <location filename="../../composer/ui/preview.py" line="44"/>
        <source>Pages of the letter</source>
        <translation>Pages de la lettre</translation>
    </message>
</context>
<context>
    <name>PrinterOffsetsDialog</name>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="14"/>
        <source>Printer offsets</source>
        <translation>Décalage de l&apos;imprimante</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="19"/>
        <source>Print the calibration page at 100 %. Each cross should be 25.4 mm (1 in) from the edges: enter how much further right and down the top-left cross landed (negative if it is closer).</source>
        <translation>Imprimez la page d&apos;étalonnage à 100&#xa0;%. Chaque croix devrait être à 25,4&#xa0;mm (1&#xa0;po) des bords&#xa0;: indiquez de combien la croix du coin supérieur gauche est décalée vers la droite et vers le bas (un nombre négatif si elle est plus près du bord).</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="27"/>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="30"/>
        <source>Default printer</source>
        <translation>Imprimante par défaut</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="31"/>
        <source>&amp;Printer</source>
        <translation>&amp;Imprimante</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="32"/>
        <source>Right (mm)</source>
        <translation>Vers la droite (mm)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="33"/>
        <source>Down (mm)</source>
        <translation>Vers le bas (mm)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="34"/>
        <source>&amp;Right (mm)</source>
        <translation>Vers la &amp;droite (mm)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="35"/>
        <source>&amp;Down (mm)</source>
        <translation>Vers le &amp;bas (mm)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="36"/>
        <source>Print &amp;calibration page…</source>
        <translation>Imprimer la &amp;page d&apos;étalonnage…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printer_offsets.py" line="86"/>
        <source>Printer calibration</source>
        <translation>Étalonnage de l&apos;imprimante</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../composer/ui/privacy.py" line="34"/>
        <location filename="../../composer/ui/privacy.py" line="47"/>
        <source>What this computer keeps</source>
        <translation>Ce que cet ordinateur garde</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="38"/>
        <source>Everything Letter Composer keeps on this computer. Nothing is ever sent anywhere. Choose a line and delete it, or delete everything (a shared computer at a community centre, or before passing it on).</source>
        <translation>Tout ce que Letter Composer garde sur cet ordinateur. Rien n’est jamais envoyé ailleurs. Choisissez une ligne et supprimez-la, ou supprimez tout (sur un ordinateur partagé dans un centre communautaire, ou avant de donner l’ordinateur à quelqu’un d’autre).</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="46"/>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="46"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="46"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="56"/>
        <source>&amp;Delete This…</source>
        <translation>&amp;Supprimer ceci…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="60"/>
        <source>Delete &amp;Everything…</source>
        <translation>&amp;Tout supprimer…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="74"/>
        <source>Your name and address</source>
        <translation>Votre nom et votre adresse</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="75"/>
        <source>Remembered for the next letter because you ticked “Remember me”.</source>
        <translation>Gardés pour la prochaine lettre parce que vous avez coché «&#xa0;Garder mes coordonnées sur cet ordinateur&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="78"/>
        <source>Your signature</source>
        <translation>Votre signature</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="79"/>
        <source>The signature you chose to keep for your next letters.</source>
        <translation>La signature que vous avez choisi de garder pour vos prochaines lettres.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="82"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="84"/>
        <source>Your choices (language, text size, printer offsets), recent files and window positions; with your name and signature if they are remembered.</source>
        <translation>Vos choix (langue, taille du texte, décalage de l’imprimante), les fichiers récents et la position des fenêtres; ainsi que votre nom et votre signature s’ils sont gardés.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="89"/>
        <source>Address book</source>
        <translation>Carnet d&apos;adresses</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="90"/>
        <source>The people and offices you write to, and the organisations added.</source>
        <translation>Les personnes et les bureaux à qui vous écrivez, ainsi que les organismes ajoutés.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="93"/>
        <source>Letters sent</source>
        <translation>Lettres envoyées</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="95"/>
        <source>When each letter was saved or printed, to whom, its subject, replies; the text only if you asked; and for the originality hint a fingerprint of your own words (groups of three words, hashed: it cannot be read back, but someone using this computer could test whether a phrase they guess was written here).</source>
        <translation>Quand chaque lettre a été enregistrée ou imprimée, à qui, son objet, les réponses; le texte seulement si vous l’avez demandé; et, pour l’indication d’originalité, une empreinte de vos propres mots (des groupes de trois mots, hachés : on ne peut pas les relire, mais une personne qui utilise cet ordinateur pourrait vérifier si une phrase qu’elle devine y a été écrite).</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="103"/>
        <source>Unsaved letters</source>
        <translation>Lettres non enregistrées</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="104"/>
        <source>Copies of the letter being written, kept in case of a power cut.</source>
        <translation>Copies de la lettre en cours, gardées en cas de panne de courant.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="107"/>
        <source>Signature pictures</source>
        <translation>Images de signature</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="108"/>
        <source>Pictures of the signatures typed or chosen from a file.</source>
        <translation>Les images des signatures tapées ou choisies dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="110"/>
        <source>Campaign packs</source>
        <translation>Trousses de campagne</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="110"/>
        <source>The campaigns installed here.</source>
        <translation>Les campagnes installées sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="111"/>
        <source>Your own letters</source>
        <translation>Vos propres lettres</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="111"/>
        <source>Templates you added.</source>
        <translation>Les modèles que vous avez ajoutés.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="113"/>
        <source>Table of representatives</source>
        <translation>Tableau des personnes élues</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="114"/>
        <source>The table you chose in Find My Representative.</source>
        <translation>Le tableau que vous avez choisi dans «&#xa0;Trouver qui me représente&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="117"/>
        <source>Signing table</source>
        <translation>Table de signature</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="119"/>
        <source>The anonymous tally (letters per day, campaign and language), the letters visitors asked to keep, and the letter of the visitor at the table.</source>
        <translation>Le décompte anonyme (lettres par jour, campagne et langue), les lettres que des visiteurs ont demandé de garder, et la lettre du visiteur présent à la table.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="124"/>
        <source>Your dictionary</source>
        <translation>Votre dictionnaire</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="125"/>
        <source>Words you added to the spelling dictionary.</source>
        <translation>Les mots que vous avez ajoutés au dictionnaire orthographique.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="128"/>
        <source>Problem reports</source>
        <translation>Rapports de problèmes</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="129"/>
        <source>A record of problems inside the app, to help fix them.</source>
        <translation>Un journal des problèmes survenus dans l’application, pour aider à les corriger.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="132"/>
        <source>Pictures and speed-ups</source>
        <translation>Images et fichiers d’accélération</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="133"/>
        <source>Made again when needed: pictures of letters, prepared templates.</source>
        <translation>Recréés au besoin&#xa0;: images des lettres, modèles préparés.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="136"/>
        <source>Other files</source>
        <translation>Autres fichiers</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="137"/>
        <source>Files in the app&apos;s folder it does not know.</source>
        <translation>Fichiers du dossier de l’application qu’elle ne reconnaît pas.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="164"/>
        <source>nothing kept</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="166"/>
        <source>kept</source>
        <translation>en mémoire</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="196"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="207"/>
        <source>Delete “%1” from this computer? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de cet ordinateur? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="216"/>
        <source>Delete everything Letter Composer keeps on this computer: your details, signature, address book, letters sent, unsaved letters, packs and settings? This cannot be undone.</source>
        <translation>Supprimer tout ce que Letter Composer garde sur cet ordinateur&#xa0;: vos coordonnées, votre signature, le carnet d’adresses, les lettres envoyées, les lettres non enregistrées, les trousses et les paramètres? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/privacy.py" line="260"/>
        <source>Some files could not be deleted.</source>
        <translation>Certains fichiers n’ont pas pu être supprimés.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../composer/ui/wording.py" line="40"/>
        <source>your name is required</source>
        <translation>votre nom est obligatoire</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="42"/>
        <source>a recipient name or organisation is required</source>
        <translation>le nom du destinataire ou de l’organisme est obligatoire</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="43"/>
        <source>%1 is required</source>
        <translation>le champ «&#xa0;%1&#xa0;» est obligatoire</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="46"/>
        <source>%1 is %2 characters; the limit is %3</source>
        <translation>«&#xa0;%1&#xa0;» compte %2&#xa0;caractères; la limite est de %3</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="53"/>
        <source>“%1” is not one of %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des choix possibles&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="59"/>
        <source>is not a date like %1</source>
        <translation>n’est pas une date comme %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="62"/>
        <source>is not an e-mail address like name@example.org</source>
        <translation>n’est pas une adresse courriel comme nom@exemple.org</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="64"/>
        <source>is not a telephone number</source>
        <translation>n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="71"/>
        <source>does not look like a postal code for %1 (e.g. %2)</source>
        <translation>ne ressemble pas à un code postal valide (%1&#xa0;: p.&#xa0;ex. %2)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="76"/>
        <source>does not look like a postal code for %1</source>
        <translation>ne ressemble pas à un code postal valide (%1)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="87"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="109"/>
        <source>%1 is not in any bundled font and prints as an empty box</source>
        <translation>%1 ne figure dans aucune police fournie et s’imprime comme un carré vide</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="114"/>
        <source>the recipient&apos;s address is too long for the envelope window (%1 lines): shorten it</source>
        <translation>l’adresse du destinataire est trop longue pour la fenêtre de l’enveloppe (%1 lignes)&#xa0;: raccourcissez-la</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="120"/>
        <source>the recipient&apos;s address is too long for its box (%1 lines): shorten it</source>
        <translation>l’adresse du destinataire est trop longue pour son cadre (%1 lignes)&#xa0;: raccourcissez-la</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="126"/>
        <source>your address is too long for the top of the page: shorten it</source>
        <translation>votre adresse est trop longue pour le haut de la page&#xa0;: raccourcissez-la</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="128"/>
        <source>your address is too long for the return-address line: shorten it</source>
        <translation>votre adresse est trop longue pour la ligne d’adresse de retour&#xa0;: raccourcissez-la</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="141"/>
        <source>Your postal code</source>
        <translation>Votre code postal</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="142"/>
        <source>The recipient&apos;s postal code</source>
        <translation>Le code postal du destinataire</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="143"/>
        <source>Your e-mail address</source>
        <translation>Votre adresse courriel</translation>
    </message>
    <message>
        <location filename="../../composer/ui/wording.py" line="144"/>
        <source>Your telephone number</source>
        <translation>Votre numéro de téléphone</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../composer/ui/finder.py" line="68"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../composer/ui/merge_dialog.py" line="281"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../composer/ui/letters.py" line="27"/>
        <source>Record a reply</source>
        <translation>Noter une réponse</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="30"/>
        <source>Reply to your letter of %1 to %2.</source>
        <translation>Réponse à votre lettre du %1 adressée à %2.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="42"/>
        <source>Reply &amp;received on:</source>
        <translation>Réponse &amp;reçue le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="45"/>
        <source>For example: a letter promising to raise it</source>
        <translation>Par exemple&#xa0;: une lettre qui promet de soulever la question</translation>
    </message>
    <message>
        <location filename="../../composer/ui/letters.py" line="46"/>
        <source>&amp;What it said:</source>
        <translation>&amp;Ce qu’elle dit&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="137"/>
        <source>Start a signing table</source>
        <translation>Ouvrir une table de signature</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="147"/>
        <source>Visitors will write, sign and print their own letter, one after the other. Each visitor&apos;s details are wiped after their letter. You need the PIN to leave the signing table.</source>
        <translation>Les visiteurs écriront, signeront et imprimeront leur propre lettre, l’un après l’autre. Les coordonnées de chaque visiteur sont effacées après sa lettre. Il faudra le NIP pour quitter la table de signature.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="157"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Lettre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="160"/>
        <source>Each visitor&apos;s own representative (by postal code)</source>
        <translation>La personne élue de chaque visiteur (selon le code postal)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="163"/>
        <source>&amp;Send to:</source>
        <translation>&amp;Envoyer à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="166"/>
        <source>&amp;Co-signing: visitors add their name, city and signature to one shared letter, sent from your details in the main window</source>
        <translation>&amp;Cosignature : les visiteurs ajoutent leur nom, leur ville et leur signature à une lettre commune, envoyée avec vos coordonnées de la fenêtre principale</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="172"/>
        <source>The default printer</source>
        <translation>L’imprimante par défaut</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="175"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Imprimante&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="179"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="180"/>
        <source>Ask “Still there?” &amp;after:</source>
        <translation>Demander «&#xa0;Toujours là?&#xa0;» &amp;après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="185"/>
        <source>P&amp;IN (4 to 12 digits):</source>
        <translation>&amp;NIP (4 à 12 chiffres)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="189"/>
        <source>PIN a&amp;gain:</source>
        <translation>C&amp;onfirmer le NIP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="201"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="212"/>
        <source>The two PINs are not the same.</source>
        <translation>Les deux NIP ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="217"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Un NIP compte de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="224"/>
        <source>Choose whom the letters go to.</source>
        <translation>Choisissez à qui les lettres sont adressées.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="229"/>
        <source>A shared letter goes to one recipient: choose them.</source>
        <translation>Une lettre commune va à un seul destinataire : choisissez-le.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="233"/>
        <source>Fill in your details (the centre&apos;s) in the main window first.</source>
        <translation>Remplissez d’abord vos coordonnées (celles du centre) dans la fenêtre principale.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="90"/>
        <location filename="../../composer/ui/signature/dialog.py" line="268"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="93"/>
        <source>How to sign</source>
        <translation>Façon de signer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="94"/>
        <source>&amp;Draw</source>
        <translation>&amp;Dessiner</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="95"/>
        <source>&amp;Picture</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="96"/>
        <source>&amp;Type</source>
        <translation>&amp;Taper</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="97"/>
        <source>By &amp;hand</source>
        <translation>À la &amp;main</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="100"/>
        <source>&amp;Remember this signature on this computer</source>
        <translation>&amp;Garder cette signature sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="103"/>
        <source>Remember this signature on this computer</source>
        <translation>Garder cette signature sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="127"/>
        <source>&amp;Undo stroke</source>
        <translation>&amp;Annuler le dernier trait</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="128"/>
        <source>Undo stroke</source>
        <translation>Annuler le dernier trait</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="130"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="131"/>
        <source>Clear the signature pad</source>
        <translation>Effacer la zone de signature</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="146"/>
        <source>Sign a white sheet of paper with a dark pen, take a photo or scan it, and choose the picture here. The white around the signature becomes transparent.</source>
        <translation>Signez une feuille blanche avec un stylo foncé, prenez-la en photo ou numérisez-la, puis choisissez l&apos;image ici. Le blanc autour de la signature devient transparent.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="151"/>
        <source>&amp;Choose picture…</source>
        <translation>&amp;Choisir une image…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="152"/>
        <location filename="../../composer/ui/signature/dialog.py" line="241"/>
        <source>Choose a picture of your signature</source>
        <translation>Choisir une image de votre signature</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="155"/>
        <source>Preview of the signature picture</source>
        <translation>Aperçu de l&apos;image de la signature</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="156"/>
        <source>No picture chosen yet.</source>
        <translation>Aucune image choisie pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="170"/>
        <source>Your name as a signature</source>
        <translation>Votre nom en guise de signature</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="171"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="174"/>
        <source>Preview of the typed signature</source>
        <translation>Aperçu de la signature tapée</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="190"/>
        <source>The letter will have a line where you sign with a pen after printing it. A signature in your own hand is often the most personal choice.</source>
        <translation>La lettre aura une ligne où vous signerez au stylo, après l&apos;avoir imprimée. Une signature de votre main est souvent le choix le plus personnel.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="210"/>
        <source>The saved signature picture cannot be read. Choose it again.</source>
        <translation>L&apos;image de signature enregistrée ne peut pas être lue. Choisissez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="225"/>
        <source>This picture cannot be used as a signature:
{reason}</source>
        <translation>Cette image ne peut pas servir de signature&#xa0;:
{reason}</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="242"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="251"/>
        <source>Type your name above.</source>
        <translation>Tapez votre nom ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/dialog.py" line="293"/>
        <source>The signature could not be saved:
{reason}</source>
        <translation>La signature n&apos;a pas pu être enregistrée&#xa0;:
{reason}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../composer/ui/signature/pad.py" line="51"/>
        <source>Signature pad</source>
        <translation>Zone de signature</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/pad.py" line="54"/>
        <source>Draw your signature here with a mouse, a finger or a pen. Ctrl+Z removes the last stroke; Delete clears the pad.</source>
        <translation>Dessinez votre signature ici avec la souris, le doigt ou un stylet. Ctrl+Z retire le dernier trait; la touche Suppr efface tout.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signature/pad.py" line="346"/>
        <source>Sign above the line</source>
        <translation>Signez au-dessus de la ligne</translation>
    </message>
</context>
<context>
    <name>SigningTable</name>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="402"/>
        <source>Signing table</source>
        <translation>Table de signature</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="506"/>
        <location filename="../../composer/ui/signing_table.py" line="1057"/>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="507"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="508"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="543"/>
        <source>Your name and address, as they go on the letter.</source>
        <translation>Votre nom et votre adresse, tels qu’ils figureront sur la lettre.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="548"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="549"/>
        <source>&amp;Street and number:</source>
        <translation>Numéro et &amp;rue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="550"/>
        <source>&amp;Apartment (if any):</source>
        <translation>&amp;Appartement (s’il y a lieu)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="551"/>
        <source>&amp;City:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="552"/>
        <source>P&amp;rovince:</source>
        <translation>&amp;Province&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="553"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;Code postal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="564"/>
        <source>Your letter goes to</source>
        <translation>Votre lettre est adressée à</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="567"/>
        <source>Your letter goes to:</source>
        <translation>Votre lettre est adressée à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="580"/>
        <source>Type your postal code to find your representative.</source>
        <translation>Tapez votre code postal pour trouver la personne élue qui vous représente.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="596"/>
        <source>Your postal code is in more than one district: choose yours.</source>
        <translation>Votre code postal se trouve dans plus d’une circonscription&#xa0;: choisissez la vôtre.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="599"/>
        <source>No representative found for this postal code.</source>
        <translation>Aucune personne élue trouvée pour ce code postal.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="652"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="655"/>
        <source>Draw</source>
        <translation>Dessiner</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="660"/>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="661"/>
        <source>Type</source>
        <translation>Taper</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="662"/>
        <source>Sign with a pen once the letter is printed.</source>
        <translation>Signez au stylo une fois la lettre imprimée.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="664"/>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="675"/>
        <source>Keep my letter on this computer, so the centre can help me follow it up if there is no reply</source>
        <translation>Garder ma lettre sur cet ordinateur, pour que le centre puisse m’aider à faire une relance s’il n’y a pas de réponse</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="680"/>
        <source>Print my letter</source>
        <translation>Imprimer ma lettre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="694"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="706"/>
        <source>Step 1 of 4: your details</source>
        <translation>Étape 1 sur 4&#xa0;: vos coordonnées</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="707"/>
        <source>Step 2 of 4: your own words</source>
        <translation>Étape 2 sur 4&#xa0;: vos propres mots</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="708"/>
        <source>Step 3 of 4: sign</source>
        <translation>Étape 3 sur 4&#xa0;: signature</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="709"/>
        <source>Step 4 of 4: check and print</source>
        <translation>Étape 4 sur 4&#xa0;: vérification et impression</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="713"/>
        <source>Step 1 of 3: your name</source>
        <translation>Étape 1 sur 3 : votre nom</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="714"/>
        <source>Step 2 of 3: sign</source>
        <translation>Étape 2 sur 3 : signez</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="715"/>
        <source>Step 3 of 3: check and add your signature</source>
        <translation>Étape 3 sur 3 : vérifiez et ajoutez votre signature</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="717"/>
        <source>Add my signature to the letter</source>
        <translation>Ajouter ma signature à la lettre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="722"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="758"/>
        <source>Please fill in your name and address.</source>
        <translation>Veuillez inscrire votre nom et votre adresse.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="861"/>
        <source>Before printing, the letter still needs:</source>
        <translation>Avant l&apos;impression, il manque encore à la lettre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="936"/>
        <source>sending…</source>
        <translation>envoi en cours…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="892"/>
        <source>Thank you, %1. Your letter is being printed.</source>
        <translation>Merci, %1. Votre lettre est en cours d’impression.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="904"/>
        <source>Your signature could not be added.</source>
        <translation>Votre signature n’a pas pu être ajoutée.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="908"/>
        <source>Thank you, %1. Your signature is added to the letter.</source>
        <translation>Merci, %1. Votre signature est ajoutée à la lettre.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="929"/>
        <source>The shared letter cannot be printed.</source>
        <translation>La lettre commune ne peut pas être imprimée.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="1058"/>
        <source>Start over? What you typed will be deleted.</source>
        <translation>Recommencer? Ce que vous avez tapé sera supprimé.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="1080"/>
        <source>Still there?</source>
        <translation>Toujours là?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/signing_table.py" line="1083"/>
        <source>Are you still writing? If not, your letter will be deleted in %n second(s).</source>
        <translation>
            <numerusform>Écrivez-vous toujours? Sinon, votre lettre sera supprimée dans %n seconde.</numerusform>
            <numerusform>Écrivez-vous toujours? Sinon, votre lettre sera supprimée dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="1089"/>
        <source>I&apos;m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="1126"/>
        <source>That is not the PIN.</source>
        <translation>Ce n’est pas le bon NIP.</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../../composer/ui/gallery.py" line="196"/>
        <source>Choose a letter</source>
        <translation>Choisir une lettre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/gallery.py" line="202"/>
        <source>Choose the letter to write. You can add your own words to it on the next step.</source>
        <translation>Choisissez la lettre à écrire. Vous pourrez y ajouter votre propre texte à l&apos;étape suivante.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/gallery.py" line="208"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location filename="../../composer/ui/gallery.py" line="229"/>
        <source>Could not read a template: %1</source>
        <translation>Impossible de lire un modèle&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/gallery.py" line="239"/>
        <source>Write this letter</source>
        <translation>Écrire cette lettre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/gallery.py" line="248"/>
        <source>Other letters</source>
        <translation>Autres lettres</translation>
    </message>
    <message>
        <location filename="../../composer/ui/gallery.py" line="251"/>
        <source>%1 — from %2</source>
        <translation>%1 — par %2</translation>
    </message>
</context>
<context>
    <name>VolunteerPanel</name>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="275"/>
        <source>Signing table: volunteer</source>
        <translation>Table de signature&#xa0;: bénévole</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="277"/>
        <source>Printed at this table today:</source>
        <translation>Lettres imprimées à cette table aujourd’hui&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="279"/>
        <source>Print queue</source>
        <translation>File d’impression</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="285"/>
        <source>Letters by day, campaign and language:</source>
        <translation>Lettres par jour, campagne et langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="288"/>
        <source>Tally</source>
        <translation>Décompte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/signing_table.py" line="297"/>
        <source>&amp;Print the Shared Letter (%n signature(s))</source>
        <translation>
            <numerusform>&amp;Imprimer la lettre commune (%n signature)</numerusform>
            <numerusform>&amp;Imprimer la lettre commune (%n signatures)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="300"/>
        <source>&amp;Delete the Signatures…</source>
        <translation>&amp;Supprimer les signatures…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="304"/>
        <source>E&amp;xport the Tally…</source>
        <translation>&amp;Exporter le décompte…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="305"/>
        <source>Start &amp;Over for a New Visitor</source>
        <translation>&amp;Recommencer pour un nouveau visiteur</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="306"/>
        <source>&amp;End the Signing Table</source>
        <translation>&amp;Quitter la table de signature</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="325"/>
        <source>Export the tally</source>
        <translation>Exporter le décompte</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="327"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="333"/>
        <source>The tally could not be saved.</source>
        <translation>Le décompte n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="343"/>
        <source>Delete the signatures</source>
        <translation>Supprimer les signatures</translation>
    </message>
    <message>
        <location filename="../../composer/ui/signing_table.py" line="344"/>
        <source>Delete every signature of the shared letter? Print it first.</source>
        <translation>Supprimer toutes les signatures de la lettre commune? Imprimez-la d’abord.</translation>
    </message>
</context>
<context>
    <name>_Card</name>
    <message>
        <location filename="../../composer/ui/gallery.py" line="126"/>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../composer/ui/gallery.py" line="131"/>
        <source>Languages: %1</source>
        <translation>Langues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <location filename="../../composer/ui/form.py" line="85"/>
        <source> (required)</source>
        <translation> (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="95"/>
        <source>Some questions to help you write in your own words:</source>
        <translation>Quelques questions pour vous aider à écrire dans vos propres mots&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../composer/ui/form.py" line="138"/>
        <source>Invalid entry: %1</source>
        <translation>Saisie invalide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../composer/ui/actions.py" line="82"/>
        <source>&amp;New Letter…</source>
        <translation>&amp;Nouvelle lettre…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="86"/>
        <source>Choose a letter and start writing</source>
        <translation>Choisir une lettre et commencer à écrire</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="88"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="89"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="91"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="95"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="99"/>
        <source>Save the letter as a PDF file</source>
        <translation>Enregistrer la lettre dans un fichier PDF</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="103"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="109"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="113"/>
        <source>Printer O&amp;ffsets…</source>
        <translation>Dé&amp;calage de l&apos;imprimante…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="115"/>
        <source>Measure how far a printer shifts what it prints</source>
        <translation>Mesurer de combien une imprimante décale ce qu&apos;elle imprime</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="119"/>
        <source>&amp;Install Campaign Pack…</source>
        <translation>Installer une trousse de ca&amp;mpagne…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="121"/>
        <source>Add a campaign&apos;s letters from a .lcpack file</source>
        <translation>Ajouter les lettres d’une campagne à partir d’un fichier .lcpack</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="125"/>
        <source>What This Computer &amp;Keeps…</source>
        <translation>Ce que cet ordinateur &amp;garde…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="127"/>
        <source>Everything kept about the people who write here</source>
        <translation>Tout ce qui est gardé sur les personnes qui écrivent ici</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="131"/>
        <source>Signing &amp;Table…</source>
        <translation>&amp;Table de signature…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="133"/>
        <source>Visitors write, sign and print their own letters</source>
        <translation>Les visiteurs écrivent, signent et impriment leur propre lettre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="137"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="140"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="144"/>
        <source>Choose &amp;Letter…</source>
        <translation>Choisir une &amp;lettre…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="147"/>
        <source>Write the same letter from another template, keeping what you typed</source>
        <translation>Écrire la même lettre à partir d&apos;un autre modèle, en gardant ce que vous avez tapé</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="151"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Signer…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="154"/>
        <source>&amp;Address Book…</source>
        <translation>&amp;Carnet d&apos;adresses…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="161"/>
        <source>&amp;Mail Merge…</source>
        <translation>&amp;Publipostage…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="164"/>
        <source>Write this letter to many recipients</source>
        <translation>Écrire cette lettre à plusieurs destinataires</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="168"/>
        <source>&amp;Letters Sent…</source>
        <translation>&amp;Lettres envoyées…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="170"/>
        <source>The letters sent from here, their replies and follow-ups</source>
        <translation>Les lettres envoyées d’ici, leurs réponses et leurs relances</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="173"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="176"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="179"/>
        <source>&amp;Fit Width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="183"/>
        <source>Letter as &amp;Text</source>
        <translation>Lettre en &amp;texte</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="186"/>
        <source>Show the letter&apos;s text below its pages, for reading aloud or enlarging</source>
        <translation>Afficher le texte de la lettre sous ses pages, pour le lire à voix haute ou l’agrandir</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="191"/>
        <source>&amp;How to Use</source>
        <translation>&amp;Mode d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="193"/>
        <source>&amp;Licences…</source>
        <translation>&amp;Licences…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="194"/>
        <source>&amp;About Letter Composer</source>
        <translation>À &amp;propos de Letter Composer</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="204"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="206"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir une lettre &amp;récente</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="215"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="216"/>
        <source>&amp;Letter</source>
        <translation>&amp;Lettre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="217"/>
        <source>&amp;Recipients</source>
        <translation>Des&amp;tinataires</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="218"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="222"/>
        <source>Text &amp;Size</source>
        <translation>Taille du te&amp;xte</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="223"/>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="224"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../composer/ui/actions.py" line="226"/>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
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
        <translation>Un problème est survenu dans Letter Composer. Rien de ce que vous avez tapé n&apos;est perdu. Les détails se trouvent dans %1.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/errors.py" line="66"/>
        <source>Something went wrong inside Letter Composer. Your letter is kept; please save it. The details below (also in %1) help whoever fixes this.</source>
        <translation>Un problème est survenu dans Letter Composer. Votre lettre est gardée; veuillez l&apos;enregistrer. Les détails ci-dessous (aussi dans %1) aideront la personne qui corrigera le problème.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../composer/ui/labels.py" line="14"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="15"/>
        <source>Courtesy title</source>
        <translation>Titre de civilité</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="16"/>
        <source>Office</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="17"/>
        <source>Government of</source>
        <translation>Pays du gouvernement</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="18"/>
        <source>Level of government</source>
        <translation>Ordre de gouvernement</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="19"/>
        <source>My own representative</source>
        <translation>Élu(e) de ma circonscription</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="20"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="21"/>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="22"/>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="23"/>
        <source>Street address</source>
        <translation>Adresse (numéro et rue)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="24"/>
        <source>Room, suite (optional)</source>
        <translation>Pièce, bureau (facultatif)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="25"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="26"/>
        <source>Province or state</source>
        <translation>Province ou État</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="27"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="28"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="29"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="30"/>
        <source>Salutation</source>
        <translation>Formule d&apos;appel</translation>
    </message>
    <message>
        <location filename="../../composer/ui/labels.py" line="31"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <location filename="../../composer/ui/packs.py" line="42"/>
        <location filename="../../composer/ui/packs.py" line="100"/>
        <source>Install a campaign pack</source>
        <translation>Installer une trousse de campagne</translation>
    </message>
    <message>
        <location filename="../../composer/ui/packs.py" line="43"/>
        <source>Campaign packs (*.lcpack)</source>
        <translation>Trousses de campagne (*.lcpack)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/packs.py" line="64"/>
        <location filename="../../composer/ui/packs.py" line="68"/>
        <source>The campaign pack could not be installed.</source>
        <translation>La trousse de campagne n’a pas pu être installée.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/packs.py" line="85"/>
        <source>Version %1 of this campaign is already installed. Install it again?</source>
        <translation>La version %1 de cette campagne est déjà installée. Voulez-vous l’installer de nouveau?</translation>
    </message>
    <message>
        <location filename="../../composer/ui/packs.py" line="90"/>
        <source>A newer version (%1) of this campaign is installed. Replace it with the older version %2?</source>
        <translation>Une version plus récente (%1) de cette campagne est installée. Voulez-vous la remplacer par la version plus ancienne %2?</translation>
    </message>
    <message>
        <location filename="../../composer/ui/packs.py" line="112"/>
        <source>“%1” is installed.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» est installée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/packs.py" line="113"/>
        <source>It brings %n letter(s).</source>
        <translation>
            <numerusform>Elle contient %n lettre.</numerusform>
            <numerusform>Elle contient %n lettres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/packs.py" line="117"/>
        <source>%n recipient(s) were added to the address book.</source>
        <translation>
            <numerusform>%n destinataire a été ajouté au carnet d’adresses.</numerusform>
            <numerusform>%n destinataires ont été ajoutés au carnet d’adresses.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/packs.py" line="126"/>
        <source>Write one of its letters now?</source>
        <translation>Voulez-vous écrire une de ses lettres maintenant?</translation>
    </message>
    <message>
        <location filename="../../composer/ui/packs.py" line="130"/>
        <source>Campaign pack installed</source>
        <translation>Trousse de campagne installée</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message numerus="yes">
        <location filename="../../composer/ui/printing.py" line="56"/>
        <source>%n envelope(s) sent to %1.</source>
        <translation>
            <numerusform>%n enveloppe envoyée à %1.</numerusform>
            <numerusform>%n enveloppes envoyées à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/printing.py" line="60"/>
        <source>%n sheet(s) of labels sent to %1.</source>
        <translation>
            <numerusform>%n feuille d&apos;étiquettes envoyée à %1.</numerusform>
            <numerusform>%n feuilles d&apos;étiquettes envoyées à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../composer/ui/printing.py" line="64"/>
        <source>%n page(s) sent to %1.</source>
        <translation>
            <numerusform>%n page envoyée à %1.</numerusform>
            <numerusform>%n pages envoyées à %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="67"/>
        <source>(Job %1.)</source>
        <translation>(Tâche d&apos;impression %1.)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="158"/>
        <source>Different paper</source>
        <translation>Format de papier différent</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="160"/>
        <source>This is on %1 paper, and the printer %2 has %3 paper. How should it be printed?</source>
        <translation>Ce document est en format %1, mais l&apos;imprimante %2 contient du papier %3. Comment faut-il l&apos;imprimer?</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="165"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="169"/>
        <source>On %1 paper it prints exactly as shown, and the address fits the envelope&apos;s window: put %1 paper in the printer.</source>
        <translation>Sur du papier %1, il s&apos;imprime exactement comme à l&apos;écran et l&apos;adresse apparaît dans la fenêtre de l&apos;enveloppe&#xa0;: mettez du papier %1 dans l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="176"/>
        <source>Print on %1 paper</source>
        <translation>Imprimer sur du papier %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="180"/>
        <source>Actual size, centred on %1</source>
        <translation>Taille réelle, centrée sur %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="186"/>
        <source>Fit to %1</source>
        <translation>Ajuster au format %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="374"/>
        <source>The file could not be written.</source>
        <translation>Le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="379"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="388"/>
        <source>the default printer</source>
        <translation>l&apos;imprimante par défaut</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="404"/>
        <source>The driver says: %1</source>
        <translation>Selon le pilote de l&apos;imprimante&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="413"/>
        <location filename="../../composer/ui/printing.py" line="424"/>
        <source>The job could not be printed.</source>
        <translation>Le document n&apos;a pas pu être imprimé.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="456"/>
        <source>Print preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="471"/>
        <source>Pages as they will print</source>
        <translation>Pages telles qu&apos;elles seront imprimées</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="478"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="483"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../composer/ui/printing.py" line="488"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
</context>
<context>
    <name>recipient</name>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="29"/>
        <source>an elected representative</source>
        <translation>une personne élue</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="30"/>
        <source>a government (a minister, an ambassador…)</source>
        <translation>un gouvernement (ministre, ambassade…)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="31"/>
        <source>a human-rights organization</source>
        <translation>un organisme de défense des droits de la personne</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="32"/>
        <source>a humanitarian organization that works confidentially (the Red Cross)</source>
        <translation>un organisme humanitaire qui travaille en toute confidentialité (la Croix-Rouge)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="35"/>
        <source>someone else</source>
        <translation>une autre personne</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="41"/>
        <location filename="../../composer/ui/recipient_fields.py" line="130"/>
        <source>None</source>
        <translation>Aucun(e)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="42"/>
        <source>Ms.</source>
        <translation>Mme</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="43"/>
        <source>Mr.</source>
        <translation>M.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="44"/>
        <source>Mx.</source>
        <translation>Mx</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="45"/>
        <source>Dr.</source>
        <translation>Dr ou Dre</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="51"/>
        <source>As the office says</source>
        <translation>Selon la fonction</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="52"/>
        <source>National</source>
        <translation>National (fédéral)</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="53"/>
        <source>Provincial, state or regional</source>
        <translation>Provincial, d&apos;un État ou régional</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="54"/>
        <source>Municipal</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="60"/>
        <source>Writing to</source>
        <translation>Vous écrivez à</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="61"/>
        <source>Courtesy title</source>
        <translation>Titre de civilité</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="62"/>
        <source>Office</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="63"/>
        <source>Government of</source>
        <translation>Pays du gouvernement</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="64"/>
        <source>Level of government</source>
        <translation>Ordre de gouvernement</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="65"/>
        <source>This is my own representative: I live in their riding</source>
        <translation>C&apos;est la personne élue qui me représente&#xa0;: j&apos;habite dans sa circonscription</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="73"/>
        <source>Decides what the letter asks: an organization that works confidentially is never asked to speak publicly.</source>
        <translation>Détermine ce que la lettre demande&#xa0;: on ne demande jamais à un organisme qui travaille en toute confidentialité de prendre position publiquement.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="78"/>
        <source>Used in the address and the greeting (Dear Ms. Lee, / Madame la Députée,).</source>
        <translation>Sert dans l&apos;adresse et la formule d&apos;appel (Madame la Députée, / Dear Ms. Lee,).</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="82"/>
        <source>The letter addresses them as their office requires (The Honourable …, Dear Minister,).</source>
        <translation>La lettre s&apos;adresse à la personne comme sa fonction l&apos;exige (L&apos;honorable …, Madame la Ministre,).</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="87"/>
        <source>The country whose government or parliament the office belongs to, when it is not the country of the address.</source>
        <translation>Le pays du gouvernement ou du parlement auquel la fonction appartient, s&apos;il est différent du pays de l&apos;adresse.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="92"/>
        <source>Only then does the letter say you are one of their constituents.</source>
        <translation>Seulement dans ce cas, la lettre dit que vous habitez dans sa circonscription.</translation>
    </message>
    <message>
        <location filename="../../composer/ui/recipient_fields.py" line="135"/>
        <source>Same as the address</source>
        <translation>Même pays que l&apos;adresse</translation>
    </message>
</context>
<context>
    <name>spelling</name>
    <message>
        <location filename="../../composer/ui/spelling.py" line="169"/>
        <source>Looking for suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <location filename="../../composer/ui/spelling.py" line="217"/>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location filename="../../composer/ui/spelling.py" line="157"/>
        <source>Add “%1” to the Dictionary</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire</translation>
    </message>
</context>
</TS>
