<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source> (%n more rows counted, not listed)</source>
        <translation>
            <numerusform> (%n autre ligne comptée, non détaillée)</numerusform>
            <numerusform> (%n autres lignes comptées, non détaillées)</numerusform>
        </translation>
    </message>
    <message>
        <source> (process {pid})</source>
        <translation> (processus {pid})</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> minutes sans utilisation</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action items</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
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
            <numerusform>%Ln réunion</numerusform>
            <numerusform>%Ln réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member cities</source>
        <translation>
            <numerusform>%Ln ville membre</numerusform>
            <numerusform>%Ln villes membres</numerusform>
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
            <numerusform>%Ln centre de formation</numerusform>
            <numerusform>%Ln centres de formation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Exchange addresses left out: Outlook exports people of your organisation&apos;s address book without their e-mail address</source>
        <translation>
            <numerusform>%n adresse Exchange écartée : Outlook exporte les personnes du carnet d&apos;adresses de votre organisation sans leur adresse électronique</numerusform>
            <numerusform>%n adresses Exchange écartées : Outlook exporte les personnes du carnet d&apos;adresses de votre organisation sans leur adresse électronique</numerusform>
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
            <numerusform>%n adresse de participant partagée par plusieurs contacts écartée (fusionnez les doublons, puis importez de nouveau) : {addresses}</numerusform>
            <numerusform>%n adresses de participants partagées par plusieurs contacts écartées (fusionnez les doublons, puis importez de nouveau) : {addresses}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee addresses that are no e-mail left out</source>
        <translation>
            <numerusform>%n adresse de participant qui n&apos;est pas une adresse électronique écartée</numerusform>
            <numerusform>%n adresses de participants qui ne sont pas des adresses électroniques écartées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendees</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendees not in MetroDesk counted as other attendees, not added as contacts</source>
        <extracomment>e-mail (lower case) -&gt; the contact it belongs to; None when several share it</extracomment>
        <translation>
            <numerusform>%n participant absent de MetroDesk compté parmi les autres participants, non ajouté aux contacts</numerusform>
            <numerusform>%n participants absents de MetroDesk comptés parmi les autres participants, non ajoutés aux contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups in {folder}</source>
        <translation>
            <numerusform>%n sauvegarde dans {folder}</numerusform>
            <numerusform>%n sauvegardes dans {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <extracomment>(text, disambiguation, n) -&gt; the text in the interface&apos;s language; n is -1 when no count (number, decimals) -&gt; the number as the interface&apos;s locale writes it (&quot;1 234,5&quot; in French)</extracomment>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled events left out</source>
        <translation>
            <numerusform>%n événement annulé écarté</numerusform>
            <numerusform>%n événements annulés écartés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards with no name, e-mail or phone left out</source>
        <translation>
            <numerusform>%n fiche sans nom, courriel ni téléphone écartée</numerusform>
            <numerusform>%n fiches sans nom, courriel ni téléphone écartées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes not saved yet: Save writes them, Cancel discards them</source>
        <translation>
            <numerusform>%n modification pas encore enregistrée : Enregistrer l&apos;écrit, Annuler l&apos;abandonne</numerusform>
            <numerusform>%n modifications pas encore enregistrées : Enregistrer les écrit, Annuler les abandonne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consents</source>
        <translation>
            <numerusform>%n consentement</numerusform>
            <numerusform>%n consentements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted records, newest first. Restore brings a record back with its e-mails, phones and links; emptying the Trash removes them for good.</source>
        <translation>
            <numerusform>%n fiche supprimée. Restaurer la fait revenir avec ses courriels, téléphones et liens ; vider la corbeille la supprime définitivement.</numerusform>
            <numerusform>%n fiches supprimées, les plus récentes d&apos;abord. Restaurer fait revenir une fiche avec ses courriels, téléphones et liens ; vider la corbeille les supprime définitivement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n à échéance cette semaine</numerusform>
            <numerusform>%n à échéance cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail addresses</source>
        <extracomment>the person&apos;s own rows, each counted in the confirmation (&quot;2 e-mail addresses&quot;)</extracomment>
        <translation>
            <numerusform>%n adresse électronique</numerusform>
            <numerusform>%n adresses électroniques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n focal-point roles</source>
        <translation>
            <numerusform>%n rôle de point focal</numerusform>
            <numerusform>%n rôles de point focal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found by e-mail</source>
        <translation>
            <numerusform>%n retrouvé par courriel</numerusform>
            <numerusform>%n retrouvés par courriel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n écartée</numerusform>
            <numerusform>%n écartées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings in the trash left there</source>
        <translation>
            <numerusform>%n réunion dans la corbeille laissée en place</numerusform>
            <numerusform>%n réunions dans la corbeille laissées en place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings saved to {path}</source>
        <translation>
            <numerusform>%n réunion enregistrée dans {path}</numerusform>
            <numerusform>%n réunions enregistrées dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n ouverte</numerusform>
            <numerusform>%n ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people matched to existing contacts by e-mail</source>
        <extracomment>the header of each column whose empty cell keeps the stored value, and that value&apos;s key what the preparation found, for the preview&apos;s notes</extracomment>
        <translation>
            <numerusform>%n personne rapprochée d&apos;un contact existant par son courriel</numerusform>
            <numerusform>%n personnes rapprochées de contacts existants par leur courriel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone numbers</source>
        <translation>
            <numerusform>%n numéro de téléphone</numerusform>
            <numerusform>%n numéros de téléphone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates</source>
        <translation>
            <numerusform>%n doublon possible</numerusform>
            <numerusform>%n doublons possibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates.</source>
        <translation>
            <numerusform>%n doublon possible.</numerusform>
            <numerusform>%n doublons possibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurring series with no occurrence between {start} and {end} left out</source>
        <translation>
            <numerusform>%n série périodique sans occurrence entre le {start} et le {end} écartée</numerusform>
            <numerusform>%n séries périodiques sans occurrence entre le {start} et le {end} écartées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regions</source>
        <translation>
            <numerusform>%n région</numerusform>
            <numerusform>%n régions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows were left out.</source>
        <translation>
            <numerusform>%n ligne refusée a été écartée.</numerusform>
            <numerusform>%n lignes refusées ont été écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are rejected: they are left out, and can be saved to a workbook to correct</source>
        <translation>
            <numerusform>%n ligne est refusée : elle est écartée et peut être enregistrée dans un classeur pour correction</numerusform>
            <numerusform>%n lignes sont refusées : elles sont écartées et peuvent être enregistrées dans un classeur pour correction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to {name}</source>
        <translation>
            <numerusform>%n ligne exportée dans {name}</numerusform>
            <numerusform>%n lignes exportées dans {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows saved to {file}</source>
        <translation>
            <numerusform>%n ligne enregistrée dans {file}</numerusform>
            <numerusform>%n lignes enregistrées dans {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training-centre roles</source>
        <translation>
            <numerusform>%n rôle dans un centre de formation</numerusform>
            <numerusform>%n rôles dans des centres de formation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vCards written</source>
        <translation>
            <numerusform>%n vCard écrite</numerusform>
            <numerusform>%n vCards écrites</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About MetroDesk</source>
        <translation>À &amp;propos de MetroDesk</translation>
    </message>
    <message>
        <source>&amp;Action items…</source>
        <translation>&amp;Actions de suivi…</translation>
    </message>
    <message>
        <source>&amp;Add attendees who are not in MetroDesk yet as contacts</source>
        <translation>&amp;Ajouter comme contacts les participants absents de MetroDesk</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>&amp;Vérifier la base de données…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <extracomment>shown in the Settings dialog under `group` when both are given (QT_TR_NOOP texts) the values allowed, with their labels, for a preference chosen from a list</extracomment>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation>&amp;Effacer la sélection…</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation>&amp;Effacer cette personne…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>the menu bar, left to right: (title, entries, object name); the View menu is the sections</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Headers are on row:</source>
        <translation>Les &amp;en-têtes sont à la ligne :</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Import from Excel, Outlook or Google…</source>
        <translation>&amp;Importer depuis Excel, Outlook ou Google…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %n valid rows</source>
        <translation>
            <numerusform>&amp;Importer la ligne valide</numerusform>
            <numerusform>&amp;Importer les %n lignes valides</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Join and sync</source>
        <translation>&amp;Rejoindre et synchroniser</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>&amp;Keep it deleted</source>
        <translation>&amp;Laisser supprimé</translation>
    </message>
    <message>
        <source>&amp;Keep it in this computer&apos;s keychain</source>
        <translation>&amp;La garder dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Keep the link</source>
        <translation>&amp;Conserver le lien</translation>
    </message>
    <message>
        <source>&amp;Keep “{value}”</source>
        <translation>&amp;Conserver « {value} »</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Lock the window after</source>
        <translation>&amp;Verrouiller la fenêtre après</translation>
    </message>
    <message>
        <source>&amp;Membership overview…</source>
        <translation>Vue d&apos;ensemble des &amp;adhésions…</translation>
    </message>
    <message>
        <source>&amp;Name, as the navigation shows it</source>
        <translation>&amp;Nom, tel que la navigation l&apos;affiche</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <extracomment>a line between groups of commands</extracomment>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>&amp;New passphrase (8 characters or more):</source>
        <translation>&amp;Nouvelle phrase secrète (8 caractères ou plus) :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Open on</source>
        <translation>&amp;Ouvrir sur</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Protect</source>
        <translation>&amp;Protéger</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Redo {name}</source>
        <translation>&amp;Rétablir {name}</translation>
    </message>
    <message>
        <source>&amp;Remember it on this computer (in the system keychain)</source>
        <translation>&amp;La mémoriser sur cet ordinateur (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Rappels…</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Restore it</source>
        <translation>&amp;La restaurer</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Retention review</source>
        <translation>&amp;Revue de conservation</translation>
    </message>
    <message>
        <source>&amp;Rows are:</source>
        <translation>Les &amp;lignes sont :</translation>
    </message>
    <message>
        <source>&amp;Save the rejected rows…</source>
        <translation>&amp;Enregistrer les lignes refusées…</translation>
    </message>
    <message>
        <source>&amp;Seal and sync</source>
        <translation>&amp;Chiffrer et synchroniser</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Rechercher partout…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>&amp;Show every column again</source>
        <translation>&amp;Afficher de nouveau toutes les colonnes</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Take the other</source>
        <translation>&amp;Prendre l&apos;autre</translation>
    </message>
    <message>
        <source>&amp;Take “{value}”</source>
        <translation>&amp;Prendre « {value} »</translation>
    </message>
    <message>
        <source>&amp;Training activity…</source>
        <translation>Activité de &amp;formation…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo {name}</source>
        <translation>&amp;Annuler {name}</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Unlock and sync</source>
        <translation>&amp;Déverrouiller et synchroniser</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;L&apos;utiliser</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Write an e-mail…</source>
        <translation>É&amp;crire un courriel…</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>&amp;jusqu&apos;au :</translation>
    </message>
    <message>
        <source>&apos;{description}&apos; no longer exists</source>
        <translation>« {description} » n&apos;existe plus</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not one of the statuses</source>
        <translation>« {status} » ne fait pas partie des statuts</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(ne pas importer)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(erased) {id}</source>
        <translation>(effacé) {id}</translation>
    </message>
    <message>
        <source>(new contact)</source>
        <translation>(nouveau contact)</translation>
    </message>
    <message>
        <source>(no e-mail, phone or organisation)</source>
        <translation>(ni courriel, ni téléphone, ni organisation)</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(sans en-tête)</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(pas encore enregistré)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>1 action item due</source>
        <extracomment>how often an open window looks for what has fallen due a change (an item marked done, a fee paid) is followed by a new look this much later</extracomment>
        <translation>1 action de suivi à échéance</translation>
    </message>
    <message>
        <source>1 address copied</source>
        <translation>1 adresse copiée</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 modification en attente</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <source>1 fee overdue</source>
        <translation>1 cotisation en retard</translation>
    </message>
    <message>
        <source>1 selected</source>
        <translation>1 sélectionné</translation>
    </message>
    <message>
        <source>; use a dated status change</source>
        <translation> ; utilisez un changement de statut daté</translation>
    </message>
    <message>
        <source>; {count} left out (no consent in force: {consent}; no e-mail: {email})</source>
        <translation> ; {count} écartés (aucun consentement en vigueur : {consent} ; aucun courriel : {email})</translation>
    </message>
    <message>
        <source>; {n} backups deleted</source>
        <translation> ; {n} sauvegardes supprimées</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&lt;b&gt;{cur}&lt;/b&gt;: invoiced {inv} · paid {paid} · unpaid {unpaid}</source>
        <translation>&lt;b&gt;{cur}&lt;/b&gt; : facturé {inv} · payé {paid} · impayé {unpaid}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{record}&lt;/b&gt; — {field}</source>
        <translation>&lt;b&gt;{record}&lt;/b&gt; — {field}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MetroDesk {version}&lt;/h2&gt;&lt;p&gt;Contacts, member cities, training and meeting notes for the secretariat of a world association of cities.&lt;/p&gt;&lt;p&gt;Free software under the {licence} licence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MetroDesk {version}&lt;/h2&gt;&lt;p&gt;Contacts, villes membres, formation et comptes rendus de réunion pour le secrétariat d&apos;une association mondiale de villes.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence {licence}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A backup of the database was made first.</source>
        <translation>Une sauvegarde de la base de données a d&apos;abord été faite.</translation>
    </message>
    <message>
        <source>A consent on record that is not withdrawn</source>
        <translation>Un consentement enregistré et non retiré</translation>
    </message>
    <message>
        <source>A decision taken, then Enter</source>
        <translation>Une décision prise, puis Entrée</translation>
    </message>
    <message>
        <source>A new person needs at least a family name</source>
        <translation>Une nouvelle personne doit avoir au moins un nom de famille</translation>
    </message>
    <message>
        <source>A person erased on another computer was erased here too.</source>
        <translation>Une personne effacée sur un autre ordinateur a été effacée ici aussi.</translation>
    </message>
    <message>
        <source>A shared folder, or a server: postgresql://YOUR-ROLE@SERVER/DATABASE</source>
        <translation>Un dossier partagé, ou un serveur : postgresql://VOTRE-RÔLE@SERVEUR/BASE</translation>
    </message>
    <message>
        <source>A tag, such as Dakar 2026</source>
        <translation>Une étiquette, par exemple Dakar 2026</translation>
    </message>
    <message>
        <source>A workbook exported by MetroDesk, contacts exported by Outlook or Google (.csv, .vcf) and calendars (.ics) import as they are. Any other workbook or CSV file: you choose the sheet and say which column is which. Nothing is written before you have seen the preview and pressed Import.</source>
        <translation>Un classeur exporté par MetroDesk, des contacts exportés par Outlook ou Google (.csv, .vcf) et des calendriers (.ics) s&apos;importent tels quels. Tout autre classeur ou fichier CSV : vous choisissez la feuille et indiquez quelle colonne est laquelle. Rien n&apos;est écrit avant que vous ayez vu l&apos;aperçu et appuyé sur Importer.</translation>
    </message>
    <message>
        <source>A workbook of the rows left out, with a Reason column: correct, then import it</source>
        <translation>Un classeur des lignes écartées, avec une colonne Motif : corrigez-le, puis importez-le</translation>
    </message>
    <message>
        <source>A workbook with Contacts, Organisations or Member cities sheets</source>
        <translation>Un classeur avec des feuilles Contacts, Organisations ou Villes membres</translation>
    </message>
    <message>
        <source>About MetroDesk</source>
        <translation>À propos de MetroDesk</translation>
    </message>
    <message>
        <source>Access export</source>
        <translation>Exportation des données d&apos;accès</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Action item</source>
        <extracomment>the field an action item&apos;s problem is told at, numbered: &quot;Action item 2&quot; (errors.field_text)</extracomment>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <source>Action item {n}: the due date must be a date such as {format}</source>
        <translation>Action de suivi {n} : l&apos;échéance doit être une date telle que {format}</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>Action items due today or overdue, and fees overdue, in a bar at the top</source>
        <translation>Les actions de suivi à faire aujourd&apos;hui ou en retard, et les cotisations en retard, dans une barre en haut de la fenêtre</translation>
    </message>
    <message>
        <source>Action items per owner</source>
        <translation>Actions de suivi par responsable</translation>
    </message>
    <message>
        <source>Action items report</source>
        <translation>Rapport des actions de suivi</translation>
    </message>
    <message>
        <source>Actions by due date</source>
        <translation>Actions par échéance</translation>
    </message>
    <message>
        <source>Actions by owner</source>
        <translation>Actions par responsable</translation>
    </message>
    <message>
        <source>Active members by region</source>
        <translation>Membres actifs par région</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a focal point</source>
        <translation>Ajouter un point focal</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Ajouter une action de suivi</translation>
    </message>
    <message>
        <source>Add as a new contact</source>
        <translation>Ajouter comme nouveau contact</translation>
    </message>
    <message>
        <source>Add as a new fee</source>
        <translation>Ajouter comme nouvelle cotisation</translation>
    </message>
    <message>
        <source>Add centre contact</source>
        <translation>Ajouter un contact du centre</translation>
    </message>
    <message>
        <source>Add focal point</source>
        <translation>Ajouter un point focal</translation>
    </message>
    <message>
        <source>Add membership fee</source>
        <translation>Ajouter une cotisation</translation>
    </message>
    <message>
        <source>Add new person</source>
        <translation>Ajouter une nouvelle personne</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation>Ajouter une citation</translation>
    </message>
    <message>
        <source>Add region</source>
        <translation>Ajouter une région</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Ajouter au calendrier</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Ajouter au calendrier…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address of the web page (https://…):</source>
        <translation>Adresse de la page web (https://…) :</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Affiliation {n}</source>
        <extracomment>None: a new address read back from the database; on saving, the order of the list decides None: current</extracomment>
        <translation>Affiliation {n}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>All rows</source>
        <extracomment>the row as the services described it (its options, for a flagged row) the user&apos;s decisions: (kind, key) of a new name, (sheet, row) of a flagged row</extracomment>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Already on record? {links}</source>
        <translation>Déjà enregistré ? {links}</translation>
    </message>
    <message>
        <source>Also chosen for column {letters}</source>
        <translation>Également choisi pour la colonne {letters}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>An organisation not on record: {state}</source>
        <translation>Une organisation non enregistrée : {state}</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toute catégorie</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tout pays</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Toute échéance</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <source>Any organisation</source>
        <translation>Toute organisation</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tout responsable</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply to the selected fee</source>
        <translation>Appliquer à la cotisation sélectionnée</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Arriérés</translation>
    </message>
    <message>
        <source>As the desktop is set</source>
        <translation>Comme le bureau est réglé</translation>
    </message>
    <message>
        <source>As the system is set</source>
        <translation>Comme le système est réglé</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>Au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attachment</source>
        <extracomment>the largest file that can be attached</extracomment>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Attended / certificate…</source>
        <translation>Présence / attestation…</translation>
    </message>
    <message>
        <source>Attendees are matched to contacts by their e-mail. Without this, the people not found are counted among each meeting&apos;s other attendees.</source>
        <translation>Les participants sont rapprochés des contacts par leur courriel. Sans cette option, les personnes non trouvées sont comptées parmi les autres participants de chaque réunion.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backups made before still hold the data until they expire: {n}.</source>
        <translation>Les sauvegardes faites auparavant conservent les données jusqu&apos;à leur expiration : {n}.</translation>
    </message>
    <message>
        <source>Before a change of passphrase protection</source>
        <translation>Avant un changement de protection par phrase secrète</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Avant une fusion</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before an erasure</source>
        <translation>Avant un effacement</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Body text</source>
        <extracomment>the block styles of the Style box: (label, heading level; 0 = body text)</extracomment>
        <translation>Texte courant</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Construit avec</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>C&amp;hanger la phrase secrète</translation>
    </message>
    <message>
        <source>C&amp;onflicts ({count})…</source>
        <translation>C&amp;onflits ({count})…</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflits…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Calendar file saved to {path}</source>
        <translation>Fichier de calendrier enregistré dans {path}</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendriers (*.ics)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Attestation délivrée</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Attestations délivrées</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Change action item status</source>
        <translation>Changer le statut de l&apos;action de suivi</translation>
    </message>
    <message>
        <source>Change membership status</source>
        <translation>Changer le statut d&apos;adhésion</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Change the status on the Status tab: each change is dated</source>
        <translation>Changez le statut dans l&apos;onglet Statut : chaque changement est daté</translation>
    </message>
    <message>
        <source>Changed by import</source>
        <translation>Modifié par importation</translation>
    </message>
    <message>
        <source>Changed in the editor</source>
        <translation>Modifié dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Changed on one computer while another deleted it for good.</source>
        <translation>Modifié sur un ordinateur pendant qu&apos;un autre le supprimait définitivement.</translation>
    </message>
    <message>
        <source>Changed on one computer while another moved it to the Trash.</source>
        <translation>Modifié sur un ordinateur pendant qu&apos;un autre le mettait à la corbeille.</translation>
    </message>
    <message>
        <source>Changed on two computers at about the same time.</source>
        <extracomment>what each kind of conflict is, for the person looking at it (translated when shown)</extracomment>
        <translation>Modifié sur deux ordinateurs à peu près au même moment.</translation>
    </message>
    <message>
        <source>Changes made on another computer about a person erased here arrived: erased too.</source>
        <translation>Des modifications faites sur un autre ordinateur au sujet d’une personne effacée ici sont arrivées : effacées aussi.</translation>
    </message>
    <message>
        <source>Changes not saved yet: Save writes them, Cancel discards them</source>
        <translation>Modifications pas encore enregistrées : Enregistrer les écrit, Annuler les abandonne</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>Modifications ou motif</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase secrète…</translation>
    </message>
    <message>
        <source>Changing the selection…</source>
        <translation>Modification de la sélection…</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>Rapport de vérification</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Vérification de la base de données…</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <source>Choose the sheet and the row that holds the column headers; the rows below it are imported.</source>
        <translation>Choisissez la feuille et la ligne qui contient les en-têtes de colonne ; les lignes en dessous sont importées.</translation>
    </message>
    <message>
        <source>Choose the team folder to start syncing this copy.</source>
        <translation>Choisissez le dossier d&apos;équipe pour commencer à synchroniser cette copie.</translation>
    </message>
    <message>
        <source>Choose the team folder.</source>
        <translation>Choisissez le dossier d&apos;équipe.</translation>
    </message>
    <message>
        <source>Choose the value to keep for each field. E-mails, phones, organisations, meetings and trainings of both are kept; the second contact goes to the trash. Undo reverts the whole merge.</source>
        <translation>Choisissez la valeur à conserver pour chaque champ. Les courriels, téléphones, organisations, réunions et formations des deux sont conservés ; le second contact va à la corbeille. Annuler revient sur toute la fusion.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>City in arrears</source>
        <translation>Ville en arriérés</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Click a name to open the existing contact</source>
        <translation>Cliquez sur un nom pour ouvrir le contact existant</translation>
    </message>
    <message>
        <source>Click the row that holds the column headers</source>
        <translation>Cliquez sur la ligne qui contient les en-têtes de colonne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the settings without keeping your changes?</source>
        <translation>Fermer les paramètres sans conserver vos modifications ?</translation>
    </message>
    <message>
        <source>Close without changing the protection?</source>
        <translation>Fermer sans modifier la protection ?</translation>
    </message>
    <message>
        <source>Close without syncing? The folder and name you typed are not kept.</source>
        <translation>Fermer sans synchroniser ? Le dossier et le nom saisis ne sont pas conservés.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Columns are hidden in: {sections}.</source>
        <translation>Des colonnes sont masquées dans : {sections}.</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <extracomment>a conflict was settled (the window&apos;s views refresh)</extracomment>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>Consentement : tous</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Personnes de contact</translation>
    </message>
    <message>
        <source>Contact: pick one of the suggestions</source>
        <translation>Contact : choisissez l&apos;une des suggestions</translation>
    </message>
    <message>
        <source>Contacts</source>
        <extracomment>rows read per call of the list source sheet titles (and suggested file names) per list kind, as the navigation names them; translated when written (a list export speaks the interface&apos;s language)
----------
the order kinds are grouped in, and the name each group shows (translated where shown)
----------
sample values shown per source column</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contacts (.csv, .vcf) and calendars (.ics)</source>
        <translation>Contacts (.csv, .vcf) et calendriers (.ics)</translation>
    </message>
    <message>
        <source>Contacts and calendars (*.csv *.vcf *.ics)</source>
        <translation>Contacts et calendriers (*.csv *.vcf *.ics)</translation>
    </message>
    <message>
        <source>Contacts from Outlook or Google (*.csv *.vcf)</source>
        <translation>Contacts d&apos;Outlook ou de Google (*.csv *.vcf)</translation>
    </message>
    <message>
        <source>Contacts merged</source>
        <translation>Contacts fusionnés</translation>
    </message>
    <message>
        <source>Contacts, meetings, training</source>
        <translation>Contacts, réunions, formation</translation>
    </message>
    <message>
        <source>Copies in the team folder</source>
        <translation>Copies dans le dossier d&apos;équipe</translation>
    </message>
    <message>
        <source>Copies in the team folder:</source>
        <translation>Copies dans le dossier d&apos;équipe :</translation>
    </message>
    <message>
        <source>Copies on the team server:</source>
        <translation>Copies sur le serveur d&apos;équipe :</translation>
    </message>
    <message>
        <source>Copy e-&amp;mail addresses</source>
        <translation>Copier les adresses é&amp;lectroniques</translation>
    </message>
    <message>
        <source>Copy e-mail addresses</source>
        <translation>Copier les adresses électroniques</translation>
    </message>
    <message>
        <source>Copy the addresses of {scope}</source>
        <translation>Copier les adresses de {scope}</translation>
    </message>
    <message>
        <source>Copy the version, libraries and folders, for a support request</source>
        <translation>Copier la version, les bibliothèques et les dossiers, pour une demande d&apos;assistance</translation>
    </message>
    <message>
        <source>Correct membership fee</source>
        <translation>Corriger la cotisation</translation>
    </message>
    <message>
        <source>Correct the selected focal point&apos;s role and dates</source>
        <translation>Corriger le rôle et les dates du point focal sélectionné</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Create</source>
        <extracomment>object, not dict: Qt would make a map of string keys of it, and these are tuples</extracomment>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Create {name}</source>
        <translation>Créer {name}</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Created by import</source>
        <translation>Créé par importation</translation>
    </message>
    <message>
        <source>Created {what}</source>
        <translation>Créé : {what}</translation>
    </message>
    <message>
        <source>Currency</source>
        <extracomment>sum of the fees invoiced, of those paid, and of those not paid (invoiced or not)</extracomment>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Current status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Statut actuel : &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>D</source>
        <comment>the letter of days in a date format (DD)</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>DURATION &apos;{value}&apos; is no duration</source>
        <translation>DURATION « {value} » n&apos;est pas une durée</translation>
    </message>
    <message>
        <source>Daily</source>
        <extracomment>the words the list shows for each kind of backup</extracomment>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Daily backup made</source>
        <translation>Sauvegarde quotidienne faite</translation>
    </message>
    <message>
        <source>Damaged file kept for rescue</source>
        <translation>Fichier endommagé conservé pour récupération</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>item data roles of the dashboard&apos;s lists on a recent change whose record is in the trash: the record&apos;s label
----------
the record kind the section lists; &quot;&quot; for the dashboard the search box&apos;s accessible name the empty list&apos;s text: nothing yet ({button}: the New button&apos;s text) the empty list&apos;s text when filters hide everything &quot;1 contact&quot;, &quot;1,204 contacts&quot;, in the interface&apos;s language the list column that names a record (for messages such as &quot;Moved … to Trash&quot;)</extracomment>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de données : {path}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date of the payment to record</source>
        <translation>Date du paiement à enregistrer</translation>
    </message>
    <message>
        <source>Date of the status change</source>
        <translation>Date du changement de statut</translation>
    </message>
    <message>
        <source>Date: write the day it happened, or pick it</source>
        <translation>Date : indiquez le jour où cela a eu lieu, ou choisissez-le</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Decisions and quotes</source>
        <translation>Décisions et citations</translation>
    </message>
    <message>
        <source>Decrypt {name} and its backups? Anyone with the files can then read them.</source>
        <translation>Déchiffrer {name} et ses sauvegardes ? Quiconque dispose des fichiers pourra alors les lire.</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Dossier de données par défaut</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Supprimer l&apos;action de suivi</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Supprimer l&apos;événement</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <source>Delete member city</source>
        <translation>Supprimer la ville membre</translation>
    </message>
    <message>
        <source>Delete membership fee</source>
        <translation>Supprimer la cotisation</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Supprimer l&apos;organisation</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Supprimer le programme</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>Supprimer la région</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n records in the Trash for good?</source>
        <translation>
            <numerusform>Supprimer définitivement la fiche de la corbeille ?</numerusform>
            <numerusform>Supprimer définitivement les %n fiches de la corbeille ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected fee</source>
        <translation>Supprimer la cotisation sélectionnée</translation>
    </message>
    <message>
        <source>Delete training centre</source>
        <translation>Supprimer le centre de formation</translation>
    </message>
    <message>
        <source>Delete training session</source>
        <translation>Supprimer la session de formation</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Deleted for good</source>
        <translation>Supprimé définitivement</translation>
    </message>
    <message>
        <source>Describe the action first</source>
        <translation>Décrivez d&apos;abord l&apos;action</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Details were saved to {file}.</source>
        <translation>Les détails ont été enregistrés dans {file}.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Double-click a person to open the contact</source>
        <translation>Double-cliquez sur une personne pour ouvrir le contact</translation>
    </message>
    <message>
        <source>Double-click a training to open its session</source>
        <translation>Double-cliquez sur une formation pour ouvrir sa session</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due date of the action item</source>
        <translation>Échéance de l&apos;action de suivi</translation>
    </message>
    <message>
        <source>Due must be a date such as {format}</source>
        <translation>L&apos;échéance doit être une date telle que {format}</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>À échéance cette semaine</translation>
    </message>
    <message>
        <source>E&amp;xport list to Excel…</source>
        <translation>E&amp;xporter la liste vers Excel…</translation>
    </message>
    <message>
        <source>E&amp;xport register…</source>
        <translation>E&amp;xporter le registre…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>table row of each entry sent, in order (blank rows are left out)
----------
what a part of a record is called in its history (&quot;E-mail abickart@…: Label&quot;)</extracomment>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>E-mail addresses (the first is the main one)</source>
        <translation>Adresses électroniques (la première est la principale)</translation>
    </message>
    <message>
        <source>E-mail of a new person</source>
        <translation>Courriel d&apos;une nouvelle personne</translation>
    </message>
    <message>
        <source>E-mail: any</source>
        <translation>Courriel : tous</translation>
    </message>
    <message>
        <source>Each access export and erasure, who made it and when, newest first ({n} lines). The erased data itself is never kept here.</source>
        <translation>Chaque exportation d&apos;accès et chaque effacement, qui l&apos;a fait et quand, les plus récents d&apos;abord ({n} lignes). Les données effacées elles-mêmes ne sont jamais conservées ici.</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Modifier l&apos;action de suivi</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Edit contact details</source>
        <translation>Modifier les coordonnées</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <source>Edit focal point</source>
        <translation>Modifier le point focal</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <source>Edit member city</source>
        <translation>Modifier la ville membre</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Modifier l&apos;organisation</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>Edit programme</source>
        <translation>Modifier le programme</translation>
    </message>
    <message>
        <source>Edit training centre</source>
        <translation>Modifier le centre de formation</translation>
    </message>
    <message>
        <source>Edit training session</source>
        <translation>Modifier la session de formation</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <extracomment>the kinds with a section of their own: what the Trash lists who moved it to the Trash, from the journal (&quot;&quot; when the journal does not say)</extracomment>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>End focal point</source>
        <translation>Mettre fin au point focal</translation>
    </message>
    <message>
        <source>End today</source>
        <translation>Terminer aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Ends</source>
        <extracomment>None for sessions without a start date</extracomment>
        <translation>Fin</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>the language&apos;s own name: leave it as it is</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <source>English</source>
        <comment>the language an Outlook export is in, not a language menu&apos;s</comment>
        <extracomment>Outlook&apos;s columns that MetroDesk reads, by role; for each, the names English, French and Spanish Outlook give it (Spanish Outlook leaves some columns in English, which the English names cover). Phones, e-mails, cities and countries are listed in the order they are used. Outlook columns MetroDesk has no field for; they identify the layout, and are named in the preview when they hold anything a header row naming this many of Outlook&apos;s columns is an Outlook export what Outlook writes into fields nobody filled in (an empty birthday is &quot;0/0/00&quot;, the sensitivity &quot;Normal&quot;, &quot;Private&quot; &quot;False&quot;), folded: they are not data to mention role -&gt; column index</extracomment>
        <translation>anglais</translation>
    </message>
    <message>
        <source>English, en</source>
        <translation>anglais, en</translation>
    </message>
    <message>
        <source>Erase and &amp;delete those backups</source>
        <translation>Effacer et &amp;supprimer ces sauvegardes</translation>
    </message>
    <message>
        <source>Erase people</source>
        <translation>Effacer des personnes</translation>
    </message>
    <message>
        <source>Erase these {n} people for good? This cannot be undone.</source>
        <translation>Effacer définitivement ces {n} personnes ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Effacer cette personne</translation>
    </message>
    <message>
        <source>Erase this person for good? This cannot be undone.</source>
        <translation>Effacer définitivement cette personne ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Erase {name} for good? This cannot be undone.</source>
        <translation>Effacer définitivement {name} ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>Erased 1 person</source>
        <translation>1 personne effacée</translation>
    </message>
    <message>
        <source>Erased {done} of {total} people (stopped)</source>
        <translation>{done} personnes effacées sur {total} (interrompu)</translation>
    </message>
    <message>
        <source>Erased {n} people</source>
        <translation>{n} personnes effacées</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Español</source>
        <extracomment>the language&apos;s own name: leave it as it is</extracomment>
        <translation>Español</translation>
    </message>
    <message>
        <source>Event to link</source>
        <translation>Événement à lier</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Every action item: the overdue ones first (most overdue first), then the other open ones by due date, then the done and dropped ones</source>
        <translation>Toutes les actions de suivi : d&apos;abord celles en retard (les plus en retard en premier), puis les autres actions ouvertes par échéance, enfin les actions terminées et abandonnées</translation>
    </message>
    <message>
        <source>Every copy of MetroDesk works on its own, online or not, and meets the others&apos; changes in a team folder: a network share, or a folder that OneDrive, SharePoint, Dropbox or Nextcloud keeps in step on everyone&apos;s computer; or on a team server (PostgreSQL) your IT department runs.</source>
        <extracomment>the team server&apos;s answer when signing in was last tried (&quot;password&quot;: wants one)</extracomment>
        <translation>Chaque copie de MetroDesk fonctionne seule, en ligne ou non, et retrouve les modifications des autres dans un dossier d&apos;équipe — un partage réseau, ou un dossier que OneDrive, SharePoint, Dropbox ou Nextcloud maintient à jour sur l&apos;ordinateur de chacun — ou sur un serveur d&apos;équipe (PostgreSQL) géré par votre service informatique.</translation>
    </message>
    <message>
        <source>Every event becomes a meeting, and the same calendar imported again updates them. A recurring meeting brings one meeting per occurrence between these two days.</source>
        <translation>Chaque événement devient une réunion, et le même calendrier importé de nouveau les met à jour. Une réunion périodique donne une réunion par occurrence entre ces deux jours.</translation>
    </message>
    <message>
        <source>Every list shows all its columns.</source>
        <translation>Chaque liste affiche toutes ses colonnes.</translation>
    </message>
    <message>
        <source>Every meeting, oldest first: dates, title, kind, place, organiser, participants (named contacts and other attendees), linked member cities and organisations, number of decisions and of open action items</source>
        <translation>Toutes les réunions, des plus anciennes aux plus récentes : dates, titre, type, lieu, organisateur, participants (contacts nommés et autres participants), villes membres et organisations liées, nombre de décisions et d&apos;actions de suivi ouvertes</translation>
    </message>
    <message>
        <source>Everything held about {name} written to {file}</source>
        <translation>Tout ce qui est détenu sur {name} a été écrit dans {file}</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Expand recurring meetings &amp;from:</source>
        <translation>Développer les réunions périodiques &amp;du :</translation>
    </message>
    <message>
        <source>Export cancelled; no file written</source>
        <translation>Exportation annulée ; aucun fichier écrit</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Exporter les contacts en &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Exporter les contacts en vCard</translation>
    </message>
    <message>
        <source>Export list to Excel</source>
        <translation>Exporter la liste vers Excel</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <source>Export this &amp;person&apos;s data…</source>
        <translation>Exporter les données de cette &amp;personne…</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Exporter les données de cette personne</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <extracomment>the reports service, which writes the report shown to a workbook asks where to save (tests replace it to give a path without a modal dialog)</extracomment>
        <translation>Exporté dans {path}</translation>
    </message>
    <message>
        <source>Exporting {list} to Excel…</source>
        <translation>Exportation de {list} vers Excel…</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Family name of a new person</source>
        <translation>Nom de famille d&apos;une nouvelle personne</translation>
    </message>
    <message>
        <source>Fee amount</source>
        <translation>Montant de la cotisation</translation>
    </message>
    <message>
        <source>Fee currency</source>
        <translation>Devise de la cotisation</translation>
    </message>
    <message>
        <source>Fee invoiced on (date)</source>
        <translation>Cotisation facturée le (date)</translation>
    </message>
    <message>
        <source>Fee paid on (date)</source>
        <translation>Cotisation payée le (date)</translation>
    </message>
    <message>
        <source>Fee year</source>
        <translation>Année de la cotisation</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Cotisations</translation>
    </message>
    <message>
        <source>Fees by year</source>
        <translation>Cotisations par année</translation>
    </message>
    <message>
        <source>Fees for a year</source>
        <translation>Cotisations d&apos;une année</translation>
    </message>
    <message>
        <source>Fees for year…</source>
        <translation>Cotisations de l&apos;année…</translation>
    </message>
    <message>
        <source>Fees in red are overdue: unpaid 90 days after the invoice, or after year end.</source>
        <translation>Les cotisations en rouge sont en retard : impayées 90 jours après la facture, ou après la fin de l&apos;année.</translation>
    </message>
    <message>
        <source>Fees per year ({currency})</source>
        <translation>Cotisations par année ({currency})</translation>
    </message>
    <message>
        <source>Fees {year} ({currency}): amount paid</source>
        <translation>Cotisations {year} ({currency}) : montant payé</translation>
    </message>
    <message>
        <source>Fees {year} ({currency}): amount unpaid</source>
        <translation>Cotisations {year} ({currency}) : montant impayé</translation>
    </message>
    <message>
        <source>Fees {year} ({currency}): invoiced</source>
        <translation>Cotisations {year} ({currency}) : facturées</translation>
    </message>
    <message>
        <source>Fees {year} ({currency}): overdue</source>
        <translation>Cotisations {year} ({currency}) : en retard</translation>
    </message>
    <message>
        <source>Fees {year} ({currency}): paid</source>
        <translation>Cotisations {year} ({currency}) : payées</translation>
    </message>
    <message>
        <source>Fees {year} ({currency}): unpaid</source>
        <translation>Cotisations {year} ({currency}) : impayées</translation>
    </message>
    <message>
        <source>Fees: any</source>
        <translation>Cotisations : toutes</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Files MetroDesk imports (*.xlsx *.csv *.vcf *.ics)</source>
        <extracomment>how long after a decision in the preview it is computed again the wizard&apos;s own sizes; its colours are in the app&apos;s stylesheet (ui/window/style.py)</extracomment>
        <translation>Fichiers que MetroDesk importe (*.xlsx *.csv *.vcf *.ics)</translation>
    </message>
    <message>
        <source>Files are copied in when the meeting is saved.</source>
        <translation>Les fichiers sont copiés lors de l&apos;enregistrement de la réunion.</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtre :</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrage…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <extracomment>pairs listed at most (the best ones)</extracomment>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Première réunion</translation>
    </message>
    <message>
        <source>Focal point contact</source>
        <translation>Contact du point focal</translation>
    </message>
    <message>
        <source>Focal point from (date)</source>
        <translation>Point focal depuis le (date)</translation>
    </message>
    <message>
        <source>Focal point role</source>
        <translation>Rôle du point focal</translation>
    </message>
    <message>
        <source>Focal point until (date)</source>
        <translation>Point focal jusqu&apos;au (date)</translation>
    </message>
    <message>
        <source>Focal point: {name}</source>
        <translation>Point focal : {name}</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Points focaux</translation>
    </message>
    <message>
        <source>Focal points, Africa</source>
        <translation>Points focaux, Afrique</translation>
    </message>
    <message>
        <source>Found by its e-mail: updates this contact</source>
        <translation>Retrouvé par son courriel : met à jour ce contact</translation>
    </message>
    <message>
        <source>Français</source>
        <extracomment>the language&apos;s own name: leave it as it is</extracomment>
        <translation>Français</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>De l&apos;année</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Give this computer a name the others will know.</source>
        <translation>Donnez à cet ordinateur un nom que les autres reconnaîtront.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Given name of a new person</source>
        <translation>Prénom d&apos;une nouvelle personne</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Délivrée le</translation>
    </message>
    <message>
        <source>Google columns not imported (MetroDesk has no field for them): {columns}</source>
        <translation>Colonnes Google non importées (MetroDesk n&apos;a pas de champ pour elles) : {columns}</translation>
    </message>
    <message>
        <source>Google contacts</source>
        <extracomment>single columns, by role: (current layout&apos;s names, older layout&apos;s names) the layouts, told apart by columns only one of them has what the numbered fields are called in each layout (field, number) -&gt; {&quot;value&quot;: column, &quot;label&quot;: column, &quot;city&quot;: column ...}</extracomment>
        <translation>Contacts Google</translation>
    </message>
    <message>
        <source>Google contacts (older layout)</source>
        <translation>Contacts Google (ancienne disposition)</translation>
    </message>
    <message>
        <source>H</source>
        <comment>the letter of hours in a time format (HH)</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>Header in the sheet</source>
        <translation>En-tête dans la feuille</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Titre 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Titre 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Titre 3</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Honorific</source>
        <extracomment>the contact&apos;s own fields a merge chooses between, with their labels
----------
the English label, marked for translation: the editors show it translated, and ValidationError names the field by it text, long, email, phone, country, language, choice, int, year, date, datetime, amount, bool, tags, ref (a record of `ref_kind`) plausible range of a number or year (None: the rule&apos;s own, see validation.py) whether a date (or year) after today is plausible: not for what already happened what a cleared field holds, where the record cannot hold &quot;nothing&quot;</extracomment>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Institution d&apos;accueil</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>I&amp;mport vCards…</source>
        <translation>I&amp;mporter des vCards…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Import column {letter} as</source>
        <translation>Importer la colonne {letter} comme</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Importer depuis Excel…</translation>
    </message>
    <message>
        <source>Import from Outlook or Google…</source>
        <translation>Importer depuis Outlook ou Google…</translation>
    </message>
    <message>
        <source>Import vCards</source>
        <translation>Importer des vCards</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged. Edit › Undo reverts the whole import.</source>
        <translation>Importé : {new} nouveaux, {updated} mis à jour, {unchanged} inchangés. Édition › Annuler revient sur toute l&apos;importation.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <extracomment>a value longer than this is shown cut short (the whole value in its tooltip)</extracomment>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <source>Instead of creating {name}</source>
        <translation>Au lieu de créer {name}</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <source>Invoiced on</source>
        <translation>Facturée le</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italique (Ctrl+I)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Conserver l&apos;autre</translation>
    </message>
    <message>
        <source>Keep the second contact and move the first into it</source>
        <translation>Conserver le second contact et y fusionner le premier</translation>
    </message>
    <message>
        <source>Keep the secretariat&apos;s contacts, member cities, training network and meeting notes in one place, on this computer — also when you are offline.

This database is still empty. Look around with the sample data, or bring in the contacts and cities you keep in Excel, Outlook or Google.</source>
        <translation>Réunissez les contacts, les villes membres, le réseau de formation et les comptes rendus de réunion du secrétariat en un seul endroit, sur cet ordinateur — même hors ligne.

Cette base de données est encore vide. Découvrez l&apos;application avec les données d&apos;exemple, ou importez les contacts et les villes que vous tenez dans Excel, Outlook ou Google.</translation>
    </message>
    <message>
        <source>Keep this search, its filters, sort and columns under a name, for everyone</source>
        <translation>Conserver cette recherche, ses filtres, son tri et ses colonnes sous un nom, pour tous</translation>
    </message>
    <message>
        <source>Kept (the record holds it)</source>
        <translation>Conservé (la fiche le contient)</translation>
    </message>
    <message>
        <source>Kept from both</source>
        <translation>Conservé des deux</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Last contact: none on record</source>
        <translation>Dernier contact : aucun enregistré</translation>
    </message>
    <message>
        <source>Last contact: {date} ({how})</source>
        <translation>Dernier contact : {date} ({how})</translation>
    </message>
    <message>
        <source>Last contact: …</source>
        <translation>Dernier contact : …</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Last met: never (no meeting on record)</source>
        <translation>Dernière rencontre : jamais (aucune réunion enregistrée)</translation>
    </message>
    <message>
        <source>Last met: {date}</source>
        <translation>Dernière rencontre : {date}</translation>
    </message>
    <message>
        <source>Last met: …</source>
        <extracomment>the fields that say who a new contact is, and how long typing pauses before a look-up</extracomment>
        <translation>Dernière rencontre : …</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Last synced {when}.</source>
        <translation>Dernière synchronisation {when}.</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Latest meeting</source>
        <translation>Dernière réunion</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Organisation chef de file</translation>
    </message>
    <message>
        <source>Leave this row out</source>
        <translation>Écarter cette ligne</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>Let my computer account unlock it (the system keychain), not only the passphrase</source>
        <translation>Laisser mon compte d&apos;ordinateur la déverrouiller (le trousseau du système), pas seulement la phrase secrète</translation>
    </message>
    <message>
        <source>Libraries and their versions</source>
        <translation>Bibliothèques et leurs versions</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Light or dark, or following the desktop&apos;s own setting</source>
        <translation>Clair ou sombre, ou selon le réglage du bureau</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Link to a web page</source>
        <translation>Lien vers une page web</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>Événements liés</translation>
    </message>
    <message>
        <source>Linked member cities</source>
        <translation>Villes membres liées</translation>
    </message>
    <message>
        <source>Linked on one computer to a record another moved to the Trash.</source>
        <translation>Lié sur un ordinateur à une fiche qu&apos;un autre a mise à la corbeille.</translation>
    </message>
    <message>
        <source>Linked organisations</source>
        <translation>Organisations liées</translation>
    </message>
    <message>
        <source>Linked programmes</source>
        <translation>Programmes liés</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Lists</source>
        <extracomment>the sections whose hidden columns OK will forget</extracomment>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Live member cities per Metropolis region and status, totals</source>
        <translation>Villes membres actives par région Metropolis et par statut, avec les totaux</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <extracomment>the organisation whose presence means the sample data is already there</extracomment>
        <translation>Charger les données d&apos;exemple</translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation>Chargement des données d&apos;exemple…</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Nom local</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>L&apos;enregistrer</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Looking for contacts entered twice…</source>
        <translation>Recherche des contacts saisis deux fois…</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts…</source>
        <translation>Recherche des contacts en double…</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>M</source>
        <comment>the letter of months, or minutes, in a date format (MM)</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>Mark action item done</source>
        <extracomment>the status filter&apos;s values besides the statuses themselves the due filter&apos;s values the day &quot;overdue&quot; and &quot;this week&quot; count from; None: the day of the read</extracomment>
        <translation>Marquer l&apos;action de suivi comme terminée</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>Mark the selected action item done today</source>
        <translation>Marquer l&apos;action de suivi sélectionnée comme terminée aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Mark the selected fee paid today</source>
        <translation>Marquer la cotisation sélectionnée comme payée aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Marquée comme terminée</translation>
    </message>
    <message>
        <source>Marks the selected participant as attended, then as certified</source>
        <translation>Marque le participant sélectionné comme présent, puis comme titulaire de l&apos;attestation</translation>
    </message>
    <message>
        <source>Matched by e-mail</source>
        <translation>Retrouvé par courriel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Meetings</source>
        <extracomment>a meeting with a start time but no end lasts this long in calendars</extracomment>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Meetings &amp;register…</source>
        <translation>&amp;Registre des réunions…</translation>
    </message>
    <message>
        <source>Meetings and trainings</source>
        <translation>Réunions et formations</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Réunions suivies</translation>
    </message>
    <message>
        <source>Meetings from</source>
        <translation>Réunions du</translation>
    </message>
    <message>
        <source>Meetings in {year}</source>
        <translation>Réunions en {year}</translation>
    </message>
    <message>
        <source>Meetings per year and kind</source>
        <translation>Réunions par année et par type</translation>
    </message>
    <message>
        <source>Meetings register</source>
        <translation>Registre des réunions</translation>
    </message>
    <message>
        <source>Meetings until</source>
        <translation>Réunions jusqu&apos;au</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>Villes membres</translation>
    </message>
    <message>
        <source>Member cities by region and status</source>
        <translation>Villes membres par région et par statut</translation>
    </message>
    <message>
        <source>Member cities with overdue fees, the most owed first</source>
        <translation>Villes membres ayant des cotisations en retard, les plus endettées d&apos;abord</translation>
    </message>
    <message>
        <source>Member city to link</source>
        <translation>Ville membre à lier</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Members by region</source>
        <translation>Membres par région</translation>
    </message>
    <message>
        <source>Membership fees for</source>
        <translation>Cotisations pour</translation>
    </message>
    <message>
        <source>Membership fees per year and currency: how many, paid, unpaid, overdue, and the amounts paid and unpaid</source>
        <translation>Cotisations par année et par devise : nombre, payées, impayées, en retard, et montants payés et impayés</translation>
    </message>
    <message>
        <source>Membership overview</source>
        <translation>Vue d&apos;ensemble des adhésions</translation>
    </message>
    <message>
        <source>Membership report</source>
        <extracomment>the reports `metrodesk report NAME` writes, and their titles (translated where shown: a report workbook speaks the interface&apos;s language, English on the command line)</extracomment>
        <translation>Rapport sur les adhésions</translation>
    </message>
    <message>
        <source>Membership tables</source>
        <translation>Tableaux des adhésions</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <extracomment>how much of a long value (notes) a radio button shows</extracomment>
        <translation>Fusionner des contacts</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Y fusionner</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}</source>
        <translation>Fusionner {other} dans {keep}</translation>
    </message>
    <message>
        <source>Merged into {name} ({id})</source>
        <translation>Fusionné dans {name} ({id})</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>MetroDesk backs up {name} once a day and before every upgrade, import and restore. It keeps every backup of the last two days, then one a day for a week, one a week for a month and one a month for a year.</source>
        <translation>MetroDesk sauvegarde {name} une fois par jour et avant chaque mise à jour, importation et restauration. Il conserve toutes les sauvegardes des deux derniers jours, puis une par jour pendant une semaine, une par semaine pendant un mois et une par mois pendant un an.</translation>
    </message>
    <message>
        <source>MetroDesk cannot write beside {name} ({reason})</source>
        <translation>MetroDesk ne peut pas écrire à côté de {name} ({reason})</translation>
    </message>
    <message>
        <source>MetroDesk guessed from the headers; correct any column, or choose “(do not import)” to leave it out.</source>
        <translation>MetroDesk a deviné d&apos;après les en-têtes ; corrigez toute colonne, ou choisissez « (ne pas importer) » pour l&apos;écarter.</translation>
    </message>
    <message>
        <source>MetroDesk icon</source>
        <translation>Icône de MetroDesk</translation>
    </message>
    <message>
        <source>MetroDesk is locked</source>
        <translation>MetroDesk est verrouillé</translation>
    </message>
    <message>
        <source>MetroDesk list: {title}</source>
        <translation>Liste MetroDesk : {title}</translation>
    </message>
    <message>
        <source>MetroDesk reminders</source>
        <translation>Rappels MetroDesk</translation>
    </message>
    <message>
        <source>MetroDesk — unexpected error</source>
        <translation>MetroDesk — erreur inattendue</translation>
    </message>
    <message>
        <source>MetroDesk — {name}</source>
        <extracomment>how long after the window is made the caches the first search needs are warmed how often an open window asks for the day&apos;s automatic backup (made at most once a day) whether `attach` has given the window its services what every write changed, announced by the runner; views refresh from it a thread of its own for the database check left for after the window shows, so that the worker stays free for the first reads meanwhile (see `check_later`) told when that check fails (the app offers the newest backup); without one the window says it itself</extracomment>
        <translation>MetroDesk — {name}</translation>
    </message>
    <message>
        <source>Metropolis regions</source>
        <translation>Régions Metropolis</translation>
    </message>
    <message>
        <source>Minutes before the window locks</source>
        <translation>Minutes avant le verrouillage de la fenêtre</translation>
    </message>
    <message>
        <source>Minutes saved to {path}</source>
        <translation>Compte rendu enregistré dans {path}</translation>
    </message>
    <message>
        <source>Minutes to PDF</source>
        <translation>Compte rendu en PDF</translation>
    </message>
    <message>
        <source>Minutes to PDF…</source>
        <translation>Compte rendu en PDF…</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Move the selected row up; the first row is the main one</source>
        <translation>Monter la ligne sélectionnée ; la première ligne est la principale</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <extracomment>&quot;Select all N listed&quot; was pressed: the actions take the whole list</extracomment>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Moved to Trash</source>
        <translation>Mis à la corbeille</translation>
    </message>
    <message>
        <source>Moved {count} {kinds} to Trash</source>
        <translation>{count} {kinds} mis à la corbeille</translation>
    </message>
    <message>
        <source>Moved ‘{name}’ to Trash</source>
        <translation>« {name} » mis à la corbeille</translation>
    </message>
    <message>
        <source>Moving to the Trash…</source>
        <translation>Mise à la corbeille…</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>marked with QT_TR_NOOP, translated where shown the select of (id, *columns) for live rows, before search and paging turns a row&apos;s selected values into the displayed ones, where SQL cannot column key -&gt; the expression a click on its header sorts by; None: the built columns in order (each key one selected column after the id)</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name in the sheet</source>
        <translation>Nom dans la feuille</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Ordre du nom</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>the colour role of each kind of preview line flagged rows given a choice box at most (further ones keep what the preview decided) rows measured for their wrapped height; further rows keep the default height, so that showing a preview of thousands of rows stays quick (the figures count them all anyway) items get room around their text (rows hold several wrapped lines)</extracomment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation>Nouvel &amp;événement…</translation>
    </message>
    <message>
        <source>New &amp;programme or initiative…</source>
        <translation>Nouveau &amp;programme ou initiative…</translation>
    </message>
    <message>
        <source>New Urban Agenda, SDGs</source>
        <translation>Nouvel Agenda urbain, ODD</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nouvelle action de suivi</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>New member city</source>
        <translation>Nouvelle ville membre</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>New region</source>
        <translation>Nouvelle région</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nouvelle session…</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>New training centre</source>
        <translation>Nouveau centre de formation</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>Nouvelle session de formation</translation>
    </message>
    <message>
        <source>Newest first; hover a change to read it whole</source>
        <translation>Les plus récentes d&apos;abord ; survolez une modification pour la lire en entier</translation>
    </message>
    <message>
        <source>No access export or erasure has been made yet. Each one will be listed here, with who made it and when.</source>
        <translation>Aucune exportation d&apos;accès ni aucun effacement n&apos;a encore été fait. Chacun sera listé ici, avec son auteur et sa date.</translation>
    </message>
    <message>
        <source>No action items match these filters</source>
        <translation>Aucune action de suivi ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>No action items yet — press {button}</source>
        <translation>Aucune action de suivi pour l&apos;instant — appuyez sur {button}</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No change on record</source>
        <translation>Aucune modification enregistrée</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>Aucune modification pour l&apos;instant</translation>
    </message>
    <message>
        <source>No conflicts. When two computers change the same thing without knowing of each other&apos;s change, the value set aside waits here for you.</source>
        <translation>Aucun conflit. Quand deux ordinateurs modifient la même chose sans connaître la modification de l&apos;autre, la valeur mise de côté vous attend ici.</translation>
    </message>
    <message>
        <source>No consent, or every consent withdrawn</source>
        <translation>Aucun consentement, ou tous les consentements retirés</translation>
    </message>
    <message>
        <source>No contacts match these filters</source>
        <translation>Aucun contact ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>No contacts yet — press {button}</source>
        <translation>Aucun contact pour l&apos;instant — appuyez sur {button}</translation>
    </message>
    <message>
        <source>No copy has synced through this folder yet.</source>
        <translation>Aucune copie ne s&apos;est encore synchronisée par ce dossier.</translation>
    </message>
    <message>
        <source>No copy has synced with this server yet.</source>
        <translation>Aucune copie ne s&apos;est encore synchronisée avec ce serveur.</translation>
    </message>
    <message>
        <source>No fees recorded for {year}.</source>
        <translation>Aucune cotisation enregistrée pour {year}.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>No likely duplicates among the contacts.</source>
        <translation>Aucun doublon probable parmi les contacts.</translation>
    </message>
    <message>
        <source>No match for ‘{query}’</source>
        <translation>Aucun résultat pour « {query} »</translation>
    </message>
    <message>
        <source>No match for ‘{q}’</source>
        <translation>Aucun résultat pour « {q} »</translation>
    </message>
    <message>
        <source>No meetings match these filters</source>
        <translation>Aucune réunion ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Aucune réunion pour l&apos;instant</translation>
    </message>
    <message>
        <source>No meetings yet — press {button}</source>
        <translation>Aucune réunion pour l&apos;instant — appuyez sur {button}</translation>
    </message>
    <message>
        <source>No member cities match these filters</source>
        <translation>Aucune ville membre ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>No member cities yet — press {button}</source>
        <translation>Aucune ville membre pour l&apos;instant — appuyez sur {button}</translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation>Aucun membre pour l&apos;instant</translation>
    </message>
    <message>
        <source>No organisations match these filters</source>
        <translation>Aucune organisation ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>No organisations yet — press {button}</source>
        <translation>Aucune organisation pour l&apos;instant — appuyez sur {button}</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Aucune région</translation>
    </message>
    <message>
        <source>No rows below the header row; choose the row that holds the headers.</source>
        <translation>Aucune ligne sous la ligne d&apos;en-têtes ; choisissez la ligne qui contient les en-têtes.</translation>
    </message>
    <message>
        <source>No team on this server yet: this copy starts it.</source>
        <translation>Pas encore d&apos;équipe sur ce serveur : cette copie la démarre.</translation>
    </message>
    <message>
        <source>No training centres match these filters</source>
        <translation>Aucun centre de formation ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>No training centres yet</source>
        <translation>Aucun centre de formation pour l&apos;instant</translation>
    </message>
    <message>
        <source>No training centres yet — press {button}</source>
        <translation>Aucun centre de formation pour l&apos;instant — appuyez sur {button}</translation>
    </message>
    <message>
        <source>No valid consent and nothing recorded for the last {years} years: {n} listed. Select the ones to erase.</source>
        <translation>Aucun consentement valide et rien d&apos;enregistré depuis {years} ans : {n} personnes listées. Sélectionnez celles à effacer.</translation>
    </message>
    <message>
        <source>Nobody to review: everyone has a valid consent or something recorded about them in the last {years} years.</source>
        <translation>Personne à examiner : chacun a un consentement valide ou quelque chose d&apos;enregistré à son sujet depuis {years} ans.</translation>
    </message>
    <message>
        <source>Nobody to write to</source>
        <translation>Personne à qui écrire</translation>
    </message>
    <message>
        <source>None yet. “Save view…” beside a list&apos;s search keeps the list as you set it.</source>
        <translation>Aucune pour l&apos;instant. « Enregistrer la vue… » à côté de la recherche d&apos;une liste conserve la liste telle que vous l&apos;avez réglée.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Pas encore terminée</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note (why, decided by whom)</source>
        <translation>Note (pourquoi, décidé par qui)</translation>
    </message>
    <message>
        <source>Note on the status change</source>
        <translation>Note sur le changement de statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import applies every valid row as one step, which Edit › Undo reverts; a backup is made first.</source>
        <translation>Rien n&apos;a encore été écrit. Importer applique toutes les lignes valides en une seule étape, qu&apos;Édition › Annuler défait ; une sauvegarde est faite d&apos;abord.</translation>
    </message>
    <message>
        <source>Nothing is due: well done</source>
        <translation>Rien n&apos;arrive à échéance : bravo</translation>
    </message>
    <message>
        <source>Nothing open — well done</source>
        <translation>Rien en cours — bravo</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Sur demande</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action items not done yet</comment>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open &amp;backups folder</source>
        <translation>Ouvrir le dossier des &amp;sauvegardes</translation>
    </message>
    <message>
        <source>Open (overdue included)</source>
        <translation>Ouvertes (en retard comprises)</translation>
    </message>
    <message>
        <source>Open a list (Contacts, Meetings…) to export it</source>
        <translation>Ouvrez une liste (Contacts, Réunions…) pour l&apos;exporter</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Actions de suivi ouvertes</translation>
    </message>
    <message>
        <source>Open action items ({n})</source>
        <translation>Actions de suivi ouvertes ({n})</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>Open the conflicts inbox</source>
        <translation>Ouvrir la boîte des conflits</translation>
    </message>
    <message>
        <source>Open, not overdue</source>
        <translation>Ouvertes, pas en retard</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <extracomment>passphrase protection of the file, and the lock after inactivity</extracomment>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Or &amp;another value:</source>
        <translation>Ou une &amp;autre valeur :</translation>
    </message>
    <message>
        <source>Or start from scratch: open Contacts and press New contact.</source>
        <translation>Ou partez de zéro : ouvrez Contacts et appuyez sur Nouveau contact.</translation>
    </message>
    <message>
        <source>Or take it as the existing…</source>
        <translation>Ou la prendre pour l&apos;existante…</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation to link</source>
        <translation>Organisation à lier</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message numerus="yes">
        <source>Organisations not on record: %n will be created</source>
        <translation>
            <numerusform>Organisations non enregistrées : %n sera créée</numerusform>
            <numerusform>Organisations non enregistrées : %n seront créées</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisations, current and past</source>
        <translation>Organisations, actuelles et passées</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Other attendees</source>
        <translation>Autres participants</translation>
    </message>
    <message>
        <source>Outlook columns not imported (MetroDesk has no field for them): {columns}</source>
        <translation>Colonnes Outlook non importées (MetroDesk n&apos;a pas de champ pour elles) : {columns}</translation>
    </message>
    <message>
        <source>Outlook contacts ({language})</source>
        <translation>Contacts Outlook ({language})</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Overdue as of</source>
        <translation>En retard au</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Owner of the action item</source>
        <translation>Responsable de l&apos;action de suivi</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payée le</translation>
    </message>
    <message>
        <source>Paid today</source>
        <translation>Payée aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Participant to add</source>
        <translation>Participant à ajouter</translation>
    </message>
    <message>
        <source>Participant: pick a contact, or give the family name of someone new</source>
        <translation>Participant : choisissez un contact, ou indiquez le nom de famille d&apos;une nouvelle personne</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participants listed by name</source>
        <translation>Participants cités nommément</translation>
    </message>
    <message>
        <source>Participants per centre and year</source>
        <translation>Participants par centre et par année</translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <extracomment>fields shown side by side in the Details tab: (left, right) files to attach, and attachments to remove, on Save</extracomment>
        <translation>Parties de la réunion</translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <extracomment>the steps of the newest rehearsal asked for (the draft once it has come back)</extracomment>
        <translation>Parties de la fiche</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase secrète modifiée</translation>
    </message>
    <message>
        <source>Passphrase protection</source>
        <translation>Protection par phrase secrète</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>People to review</source>
        <translation>Personnes à examiner</translation>
    </message>
    <message>
        <source>People with no valid consent and no activity for the last</source>
        <translation>Personnes sans consentement valide et sans activité depuis</translation>
    </message>
    <message>
        <source>People: none on record</source>
        <translation>Personnes : aucune enregistrée</translation>
    </message>
    <message>
        <source>People: {current} current, {past} past</source>
        <translation>Personnes : {current} actuelles, {past} passées</translation>
    </message>
    <message>
        <source>People: …</source>
        <translation>Personnes : …</translation>
    </message>
    <message>
        <source>Per centre and year (of the session&apos;s start): sessions, participants (registrations not cancelled), attended, certificates issued</source>
        <translation>Par centre et par année (de début de la session) : sessions, participants (inscriptions non annulées), présents, attestations délivrées</translation>
    </message>
    <message>
        <source>Per owner: how many items are open, overdue and done</source>
        <translation>Par responsable : nombre d&apos;actions ouvertes, en retard et terminées</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Personal data re&amp;view…</source>
        <translation>Re&amp;vue des données personnelles…</translation>
    </message>
    <message>
        <source>Personal data review</source>
        <extracomment>the review&apos;s first answer: people quiet for this many years the years box waits this long after the last change before it reads the list again names shown in the confirmation (the rest are counted)
----------
the day the review counts back from (today; a test looks from a later one)</extracomment>
        <translation>Revue des données personnelles</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Phone numbers (the first is the main one)</source>
        <translation>Numéros de téléphone (le premier est le principal)</translation>
    </message>
    <message>
        <source>Pick a contact, or type the given and family name of someone new: </source>
        <translation>Choisissez un contact, ou saisissez le prénom et le nom d&apos;une nouvelle personne : </translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Pick the owner from the suggestions, or leave it empty</source>
        <translation>Choisissez le responsable parmi les suggestions, ou laissez vide</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Possible duplicate of</source>
        <translation>Doublon possible de</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Pro&amp;tect with a passphrase…</source>
        <translation>Pro&amp;téger par une phrase secrète…</translation>
    </message>
    <message>
        <source>Problems were found. Nothing was changed. Restore a backup from File › Backups…, and keep a copy of this file for rescue.</source>
        <translation>Des problèmes ont été trouvés. Rien n&apos;a été modifié. Restaurez une sauvegarde depuis Fichier › Sauvegardes…, et gardez une copie de ce fichier pour le récupérer.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Programme to link</source>
        <translation>Programme à lier</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Protect {name} with a passphrase</source>
        <translation>Protéger {name} par une phrase secrète</translation>
    </message>
    <message>
        <source>Protected database</source>
        <translation>Base de données protégée</translation>
    </message>
    <message>
        <source>Protecting {name}…</source>
        <translation>Protection de {name}…</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Remis en place</translation>
    </message>
    <message>
        <source>Put the reminders away</source>
        <translation>Ranger les rappels</translation>
    </message>
    <message>
        <source>Put the reminders away (the status bar keeps them)</source>
        <translation>Ranger les rappels (la barre d&apos;état les garde)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gistre</translation>
    </message>
    <message>
        <source>Re&amp;move protection</source>
        <translation>Re&amp;tirer la protection</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Modifications récentes</translation>
    </message>
    <message>
        <source>Recent meetings</source>
        <translation>Réunions récentes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Record fee payment</source>
        <translation>Enregistrer le paiement de la cotisation</translation>
    </message>
    <message>
        <source>Records in the Trash</source>
        <translation>Fiches dans la corbeille</translation>
    </message>
    <message>
        <source>Recurring events expanded from {start} to {end}</source>
        <extracomment>the progress callback hears from a long import every this many events the calendar&apos;s fields of a meeting: what a second import brings up to date</extracomment>
        <translation>Événements périodiques développés du {start} au {end}</translation>
    </message>
    <message>
        <source>Redone: {name}</source>
        <translation>Rétabli : {name}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Regions with members</source>
        <translation>Régions ayant des membres</translation>
    </message>
    <message>
        <source>Regions…</source>
        <translation>Régions…</translation>
    </message>
    <message>
        <source>Register of access exports and erasures</source>
        <translation>Registre des exportations d&apos;accès et des effacements</translation>
    </message>
    <message>
        <source>Register written to {file} ({n} lines)</source>
        <translation>Registre écrit dans {file} ({n} lignes)</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Reminders: {what}</source>
        <extracomment>where notifications go (the tray, where the desktop has one); tests listen here</extracomment>
        <translation>Rappels : {what}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove a focal point entered by mistake</source>
        <translation>Retirer un point focal saisi par erreur</translation>
    </message>
    <message>
        <source>Remove a tag from {count} {kinds}</source>
        <translation>Retirer une étiquette de {count} {kinds}</translation>
    </message>
    <message>
        <source>Remove a tag…</source>
        <translation>Retirer une étiquette…</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>Remove centre contact</source>
        <translation>Retirer le contact du centre</translation>
    </message>
    <message>
        <source>Remove focal point</source>
        <translation>Retirer le point focal</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>Remove the protection</source>
        <translation>Retirer la protection</translation>
    </message>
    <message>
        <source>Remove the selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Removing the protection of {name}…</source>
        <translation>Retrait de la protection de {name}…</translation>
    </message>
    <message>
        <source>Rename region</source>
        <translation>Renommer la région</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Replace the database with the backup of {when}? Changes made since then will no longer show. The current file is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Remplacer la base de données par la sauvegarde du {when} ? Les modifications faites depuis n&apos;apparaîtront plus. Le fichier actuel est d&apos;abord sauvegardé : vous pourrez revenir en arrière en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>Replace the view of that name</source>
        <translation>Remplacer la vue de ce nom</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore action item</source>
        <translation>Restaurer l&apos;action de suivi</translation>
    </message>
    <message>
        <source>Restore contact</source>
        <translation>Restaurer le contact</translation>
    </message>
    <message>
        <source>Restore event</source>
        <translation>Restaurer l&apos;événement</translation>
    </message>
    <message>
        <source>Restore meeting</source>
        <translation>Restaurer la réunion</translation>
    </message>
    <message>
        <source>Restore member city</source>
        <translation>Restaurer la ville membre</translation>
    </message>
    <message>
        <source>Restore organisation</source>
        <translation>Restaurer l&apos;organisation</translation>
    </message>
    <message>
        <source>Restore programme</source>
        <translation>Restaurer le programme</translation>
    </message>
    <message>
        <source>Restore training centre</source>
        <translation>Restaurer le centre de formation</translation>
    </message>
    <message>
        <source>Restore training session</source>
        <translation>Restaurer la session de formation</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n records</source>
        <translation>
            <numerusform>%n fiche restaurée</numerusform>
            <numerusform>%n fiches restaurées</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored from Trash</source>
        <translation>Restauré depuis la corbeille</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>Retention review and register</source>
        <translation>Revue de conservation et registre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Role in the meeting</source>
        <translation>Rôle dans la réunion</translation>
    </message>
    <message>
        <source>Role of the contact person</source>
        <translation>Rôle de la personne de contact</translation>
    </message>
    <message>
        <source>Role of the participant</source>
        <translation>Rôle du participant</translation>
    </message>
    <message>
        <source>Role of the selected focal point</source>
        <translation>Rôle du point focal sélectionné</translation>
    </message>
    <message>
        <source>Role, e.g. speaker</source>
        <translation>Rôle, p. ex. intervenant</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Rows left out of {file}</source>
        <translation>Lignes écartées de {file}</translation>
    </message>
    <message>
        <source>Sample data loaded</source>
        <translation>Données d&apos;exemple chargées</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>what the editor&apos;s tabs did, unsaved: rehearsed to be shown, written on Save ids made by the draft&apos;s steps in the last rehearsal, and the step that made each</extracomment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the meeting as an .ics calendar file</source>
        <translation>Enregistrer la réunion dans un fichier de calendrier .ics</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Enregistrer les lignes refusées</translation>
    </message>
    <message>
        <source>Save the selected meetings as an .ics calendar file</source>
        <translation>Enregistrer les réunions sélectionnées dans un fichier de calendrier .ics</translation>
    </message>
    <message>
        <source>Save them, or discard them and close the editor?</source>
        <translation>Les enregistrer, ou les abandonner et fermer l&apos;éditeur ?</translation>
    </message>
    <message>
        <source>Save this list of {kinds} as a view</source>
        <translation>Enregistrer cette liste de {kinds} comme vue</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Save view…</source>
        <extracomment>search after every keystroke (0: once the event loop has taken in what was typed, so that a paste or a key repeat asks once); the list reads in the background meanwhile lists whose headers sort on a click (the others keep their own order) a record was moved to the Trash: what to say, beside an Undo button the record to select once a background read of the list arrives</extracomment>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Relancer la recherche</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Search action items</source>
        <translation>Rechercher dans les actions de suivi</translation>
    </message>
    <message>
        <source>Search action items…</source>
        <translation>Rechercher dans les actions de suivi…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Search contacts…</source>
        <translation>Rechercher des contacts…</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>Search everything — people, cities, meetings, events…</source>
        <translation>Rechercher partout — personnes, villes, réunions, événements…</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>Rechercher des réunions</translation>
    </message>
    <message>
        <source>Search meetings…</source>
        <translation>Rechercher des réunions…</translation>
    </message>
    <message>
        <source>Search member cities</source>
        <translation>Rechercher des villes membres</translation>
    </message>
    <message>
        <source>Search member cities…</source>
        <translation>Rechercher des villes membres…</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Rechercher des organisations</translation>
    </message>
    <message>
        <source>Search organisations…</source>
        <translation>Rechercher des organisations…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search training centres</source>
        <translation>Rechercher des centres de formation</translation>
    </message>
    <message>
        <source>Search training centres…</source>
        <translation>Rechercher des centres de formation…</translation>
    </message>
    <message>
        <source>Sections</source>
        <extracomment>the section pages built so far: each is built when first shown (or asked for by `page`), so that the window does not count and read a first page of every list before it can show one (a visible wait at 100,000 contacts); an outline stands in meanwhile</extracomment>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>Select a fee in the table first</source>
        <translation>Sélectionnez d&apos;abord une cotisation dans le tableau</translation>
    </message>
    <message>
        <source>Select a fee to correct it.</source>
        <translation>Sélectionnez une cotisation pour la corriger.</translation>
    </message>
    <message>
        <source>Select a focal point to correct it</source>
        <translation>Sélectionnez un point focal pour le corriger</translation>
    </message>
    <message>
        <source>Select a person in Contacts first</source>
        <extracomment>the confirmation&apos;s answer: &quot;erase&quot;, &quot;purge&quot; (erase and delete the backups) or None</extracomment>
        <translation>Sélectionnez d&apos;abord une personne dans Contacts</translation>
    </message>
    <message>
        <source>Select all {count} listed</source>
        <translation>Sélectionner les {count} listés</translation>
    </message>
    <message>
        <source>Select an action item first</source>
        <translation>Sélectionnez d&apos;abord une action de suivi</translation>
    </message>
    <message>
        <source>Select one meeting to print its minutes</source>
        <translation>Sélectionnez une seule réunion pour imprimer son compte rendu</translation>
    </message>
    <message>
        <source>Select the meetings to add to a calendar</source>
        <translation>Sélectionnez les réunions à ajouter à un calendrier</translation>
    </message>
    <message>
        <source>Selected focal point from (date)</source>
        <translation>Point focal sélectionné depuis le (date)</translation>
    </message>
    <message>
        <source>Selected focal point until (date)</source>
        <translation>Point focal sélectionné jusqu&apos;au (date)</translation>
    </message>
    <message>
        <source>Sent {sent}, received {received} changes.</source>
        <translation>{sent} modifications envoyées, {received} reçues.</translation>
    </message>
    <message>
        <source>Seoul (HQ)</source>
        <translation>Séoul (siège)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sessions and participants</source>
        <translation>Sessions et participants</translation>
    </message>
    <message>
        <source>Sessions per centre and year</source>
        <translation>Sessions par centre et par année</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Mise de côté</translation>
    </message>
    <message>
        <source>Set {field}…</source>
        <translation>Définir {field}…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sheet, row</source>
        <translation>Feuille, ligne</translation>
    </message>
    <message>
        <source>Sheets in this workbook</source>
        <translation>Feuilles de ce classeur</translation>
    </message>
    <message>
        <source>Sheets not imported: {sheets}</source>
        <translation>Feuilles non importées : {sheets}</translation>
    </message>
    <message>
        <source>Show &amp;reminders at start</source>
        <translation>Afficher les &amp;rappels au démarrage</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>Show reminders</source>
        <translation>Afficher les rappels</translation>
    </message>
    <message>
        <source>Show reminders when MetroDesk starts</source>
        <translation>Afficher les rappels au démarrage de MetroDesk</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign in to the team server</source>
        <translation>Se connecter au serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is safe.</source>
        <translation>Un problème est survenu. Votre travail enregistré est en sécurité.</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Tri…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Spain, ES</source>
        <extracomment>a search hit&apos;s own label (its display text adds what tells it apart)</extracomment>
        <translation>Espagne, ES</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>the membership changes a city may go through; any other is refused</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation>Synchronisé à {time}</translation>
    </message>
    <message>
        <source>Syncing with the team folder…</source>
        <translation>Synchronisation avec le dossier d&apos;équipe…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Table of {columns}</source>
        <translation>Tableau des {columns}</translation>
    </message>
    <message>
        <source>Tag {count} {kinds}</source>
        <translation>Étiqueter {count} {kinds}</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tag…</source>
        <extracomment>the actions a section&apos;s selection offers: (action, field key)</extracomment>
        <translation>Étiqueter…</translation>
    </message>
    <message>
        <source>Take back the newest change not saved yet</source>
        <translation>Annuler la dernière modification non encore enregistrée</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Team &amp;folder or server:</source>
        <translation>&amp;Dossier ou serveur d&apos;équipe :</translation>
    </message>
    <message>
        <source>Team &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de l&apos;équipe :</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Dossier d&apos;équipe</translation>
    </message>
    <message>
        <source>Team folder not reachable</source>
        <translation>Dossier d&apos;équipe inaccessible</translation>
    </message>
    <message>
        <source>Team folder: {hub}</source>
        <translation>Dossier d&apos;équipe : {hub}</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Phrase secrète de l&apos;équipe</translation>
    </message>
    <message>
        <source>Team passphrase needed</source>
        <translation>Phrase secrète de l&apos;équipe requise</translation>
    </message>
    <message>
        <source>Team s&amp;ync…</source>
        <translation>S&amp;ynchronisation d&apos;équipe…</translation>
    </message>
    <message>
        <source>Team server not reachable</source>
        <translation>Serveur d&apos;équipe inaccessible</translation>
    </message>
    <message>
        <source>Team server: {hub}</source>
        <extracomment>after the window opens while it is open after a change is saved (more changes meanwhile wait for the same sync) the status bar&apos;s words, and the longer explanation for its tooltip open conflicts in the inbox a sync finished (its report), whoever started it the last sync stopped for want of the team key (the status bar says so) the hub and name of the sync asked for last (asked again with the passphrase)</extracomment>
        <translation>Serveur d&apos;équipe : {hub}</translation>
    </message>
    <message>
        <source>Team sync</source>
        <extracomment>typing pause after which the folder is looked at</extracomment>
        <translation>Synchronisation d&apos;équipe</translation>
    </message>
    <message>
        <source>Team sync status</source>
        <translation>État de la synchronisation d&apos;équipe</translation>
    </message>
    <message>
        <source>That is not the team passphrase the team&apos;s files are sealed with.</source>
        <translation>Ce n&apos;est pas la phrase secrète avec laquelle les fichiers de l&apos;équipe sont chiffrés.</translation>
    </message>
    <message>
        <source>That passphrase does not open this database. Try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas cette base de données. Réessayez.</translation>
    </message>
    <message>
        <source>That passphrase does not open {name}.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas {name}.</translation>
    </message>
    <message>
        <source>That passphrase does not open {name}. Try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas {name}. Réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>The %n most likely duplicates; merge them or scan again.</source>
        <translation>
            <numerusform>Le doublon le plus probable ; fusionnez-le ou relancez la recherche.</numerusform>
            <numerusform>Les %n doublons les plus probables ; fusionnez-les ou relancez la recherche.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>Le PDF n&apos;a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>The automatic backup failed</source>
        <translation>La sauvegarde automatique a échoué</translation>
    </message>
    <message>
        <source>The dashboard</source>
        <translation>Le tableau de bord</translation>
    </message>
    <message>
        <source>The data stays hidden until this is done. A backup was made first.</source>
        <translation>Les données restent masquées jusqu&apos;à la fin de l&apos;opération. Une sauvegarde a d&apos;abord été faite.</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>La base de données est saine.</translation>
    </message>
    <message>
        <source>The database this window shows</source>
        <translation>La base de données affichée par cette fenêtre</translation>
    </message>
    <message>
        <source>The database, its backups, its log and its attached files are encrypted (AES-256).</source>
        <translation>La base de données, ses sauvegardes, son journal et ses fichiers joints sont chiffrés (AES-256).</translation>
    </message>
    <message>
        <source>The database, its backups, its log and its attached files are then encrypted (AES-256): a lost laptop gives nothing away. This computer&apos;s keychain keeps the key, so MetroDesk opens as before; the passphrase opens the file anywhere else. Without the passphrase and without this computer, the data cannot be recovered by anyone: keep it safe.</source>
        <translation>La base de données, ses sauvegardes, son journal et ses fichiers joints sont alors chiffrés (AES-256) : un ordinateur portable perdu ne livre rien. Le trousseau de cet ordinateur garde la clé, et MetroDesk s&apos;ouvre comme avant ; la phrase secrète ouvre le fichier partout ailleurs. Sans la phrase secrète et sans cet ordinateur, personne ne peut récupérer les données : conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>The details could not be saved ({reason}).</source>
        <translation>Les détails n&apos;ont pas pu être enregistrés ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} in {folder} has been changed or damaged since it was attached</source>
        <translation>Le fichier {name} dans {folder} a été modifié ou endommagé depuis qu&apos;il a été joint</translation>
    </message>
    <message>
        <source>The file {name} is missing from {folder}; it may have been moved or deleted outside MetroDesk</source>
        <translation>Le fichier {name} est absent de {folder} ; il a peut-être été déplacé ou supprimé en dehors de MetroDesk</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>L&apos;importation a échoué</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected error; nothing was changed.</source>
        <translation>L&apos;importation s&apos;est arrêtée sur une erreur inattendue ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and reports, and how dates and numbers read</source>
        <translation>La langue des menus, des boîtes de dialogue et des rapports, et l&apos;écriture des dates et des nombres</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Le dernier jour est antérieur au premier.</translation>
    </message>
    <message>
        <source>The linked record is in the Trash</source>
        <translation>La fiche liée est dans la corbeille</translation>
    </message>
    <message>
        <source>The new language applies from the next start of MetroDesk.</source>
        <extracomment>the languages the interface speaks, each named in itself (as a language menu shows them) said in the language just chosen, which the window shows from the next start</extracomment>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de MetroDesk.</translation>
    </message>
    <message>
        <source>The passphrase needs {problem}.</source>
        <translation>La phrase secrète doit contenir {problem}.</translation>
    </message>
    <message>
        <source>The people, cities and meetings of the Metropolis news items</source>
        <translation>Les personnes, villes et réunions des actualités de Metropolis</translation>
    </message>
    <message>
        <source>The person is no longer the city&apos;s focal point</source>
        <translation>La personne n&apos;est plus le point focal de la ville</translation>
    </message>
    <message>
        <source>The scan stopped: {reason}</source>
        <translation>La recherche s&apos;est arrêtée : {reason}</translation>
    </message>
    <message>
        <source>The section shown last</source>
        <translation>La dernière section affichée</translation>
    </message>
    <message>
        <source>The sheet has no rows to import.</source>
        <translation>La feuille n&apos;a aucune ligne à importer.</translation>
    </message>
    <message>
        <source>The system keychain does not hold its key: type the passphrase.</source>
        <translation>Le trousseau du système ne contient pas sa clé : saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>The team server asks for the password of role {role} ({where}).</source>
        <translation>Le serveur d&apos;équipe demande le mot de passe du rôle {role} ({where}).</translation>
    </message>
    <message>
        <source>The team server refused the password: press Sign in.</source>
        <translation>Le serveur d&apos;équipe a refusé le mot de passe : appuyez sur Se connecter.</translation>
    </message>
    <message>
        <source>The team server refused the password: type it again.</source>
        <translation>Le serveur d&apos;équipe a refusé le mot de passe : saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>The team server wants your password: press Sign in.</source>
        <translation>Le serveur d&apos;équipe demande votre mot de passe : appuyez sur Se connecter.</translation>
    </message>
    <message>
        <source>The team&apos;s files are sealed. Type the team passphrase a colleague gave you: this computer asks for it only once.</source>
        <translation>Les fichiers de l&apos;équipe sont chiffrés. Saisissez la phrase secrète de l&apos;équipe qu&apos;un collègue vous a donnée : cet ordinateur ne la demande qu&apos;une fois.</translation>
    </message>
    <message>
        <source>The team&apos;s files are sealed: File › Sync now asks for the team passphrase.</source>
        <translation>Les fichiers de l&apos;équipe sont chiffrés : Fichier › Synchroniser maintenant demande la phrase secrète de l&apos;équipe.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Their names, contact details, notes and every mention of them leave the records and the history. Meetings and courses keep their counts.</source>
        <translation>Leurs noms, coordonnées, notes et toute mention d&apos;eux quittent les fiches et l&apos;historique. Les réunions et les cours conservent leurs effectifs.</translation>
    </message>
    <message>
        <source>They cannot be restored from the Trash afterwards.</source>
        <translation>Elles ne pourront plus être restaurées depuis la corbeille.</translation>
    </message>
    <message>
        <source>This computer has no keychain MetroDesk can use.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau utilisable par MetroDesk.</translation>
    </message>
    <message>
        <source>This computer has no system keychain MetroDesk can use</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau système utilisable par MetroDesk</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Nom de cet ordinateur :</translation>
    </message>
    <message>
        <source>This copy holds data: it is merged with the team&apos;s.</source>
        <translation>Cette copie contient des données : elles sont fusionnées avec celles de l&apos;équipe.</translation>
    </message>
    <message>
        <source>This copy is empty: it fills from the team folder.</source>
        <translation>Cette copie est vide : elle se remplit depuis le dossier d&apos;équipe.</translation>
    </message>
    <message>
        <source>This copy is empty: it fills from the team server.</source>
        <translation>Cette copie est vide : elle se remplit depuis le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>This copy is protected, so the files it shares with the team are sealed too. Choose a team passphrase and give it to your colleagues in person: each computer asks for it once.</source>
        <translation>Cette copie est protégée : les fichiers qu&apos;elle partage avec l&apos;équipe sont donc chiffrés aussi. Choisissez une phrase secrète pour l&apos;équipe et donnez-la à vos collègues en personne : chaque ordinateur la demande une fois.</translation>
    </message>
    <message>
        <source>This copy syncs with the team in this folder.</source>
        <translation>Cette copie se synchronise avec l&apos;équipe dans ce dossier.</translation>
    </message>
    <message>
        <source>This copy syncs with the team on this server.</source>
        <translation>Cette copie se synchronise avec l&apos;équipe sur ce serveur.</translation>
    </message>
    <message>
        <source>This editor has changes that are not saved.</source>
        <translation>Cet éditeur contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>This folder is empty: this copy starts the team in it.</source>
        <translation>Ce dossier est vide : cette copie y démarre l&apos;équipe.</translation>
    </message>
    <message>
        <source>This sheet is empty; choose another sheet.</source>
        <translation>Cette feuille est vide ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>À l&apos;année</translation>
    </message>
    <message>
        <source>Today: {what}</source>
        <translation>Aujourd&apos;hui : {what}</translation>
    </message>
    <message>
        <source>Too many addresses for the mail program: {count} copied instead</source>
        <translation>Trop d&apos;adresses pour le logiciel de messagerie : {count} copiées à la place</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Training activity</source>
        <translation>Activité de formation</translation>
    </message>
    <message>
        <source>Training activity report</source>
        <translation>Rapport d&apos;activité de formation</translation>
    </message>
    <message>
        <source>Training centres</source>
        <translation>Centres de formation</translation>
    </message>
    <message>
        <source>Training participants</source>
        <translation>Participants aux formations</translation>
    </message>
    <message>
        <source>Training sessions per satellite this year</source>
        <translation>Sessions de formation par antenne cette année</translation>
    </message>
    <message>
        <source>Training sessions per satellite this year ({n})</source>
        <translation>Sessions de formation par antenne cette année ({n})</translation>
    </message>
    <message>
        <source>Trainings attended</source>
        <translation>Formations suivies</translation>
    </message>
    <message>
        <source>Trainings attended ({count})</source>
        <translation>Formations suivies ({count})</translation>
    </message>
    <message>
        <source>Trainings attended: none on record</source>
        <translation>Formations suivies : aucune enregistrée</translation>
    </message>
    <message>
        <source>Trainings of {name}</source>
        <translation>Formations de {name}</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message numerus="yes">
        <source>Trash emptied: %n records deleted for good</source>
        <translation>
            <numerusform>Corbeille vidée : %n fiche supprimée définitivement</numerusform>
            <numerusform>Corbeille vidée : %n fiches supprimées définitivement</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few letters to search…</source>
        <translation>Tapez quelques lettres pour rechercher…</translation>
    </message>
    <message>
        <source>Type a name and pick a person from the suggestions</source>
        <translation>Tapez un nom et choisissez une personne parmi les suggestions</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Saisissez la phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>Type the date as {format}, or press Alt+Down for a calendar</source>
        <translation>Saisissez la date au format {format}, ou appuyez sur Alt+Bas pour un calendrier</translation>
    </message>
    <message>
        <source>Type the passphrase of {name}.</source>
        <translation>Saisissez la phrase secrète de {name}.</translation>
    </message>
    <message>
        <source>Type the passphrase to remove the protection.</source>
        <translation>Saisissez la phrase secrète pour retirer la protection.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>UUID</source>
        <extracomment>field types whose stored value, read back from a cell unchanged, needs no checking again: the stored value passed these very checks when it was written writes a form&apos;s values the way the editors do (contacts&apos; e-mail, phone, organisation)</extracomment>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation>Souligné (Ctrl+U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>how long the notice stays (the Edit menu&apos;s Undo stays for longer)</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Undo the move to the Trash</source>
        <translation>Annuler la mise à la corbeille</translation>
    </message>
    <message>
        <source>Undone: {name}</source>
        <translation>Annulé : {name}</translation>
    </message>
    <message>
        <source>Unlock with my computer &amp;account</source>
        <translation>Déverrouiller avec mon &amp;compte d&apos;ordinateur</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <extracomment>what counts as the user being there</extracomment>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Impayée</translation>
    </message>
    <message>
        <source>Unpaid amount</source>
        <translation>Montant impayé</translation>
    </message>
    <message>
        <source>Unpaid for {year}</source>
        <translation>Impayées pour {year}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Réunions à venir</translation>
    </message>
    <message>
        <source>Update {name}</source>
        <translation>Mettre à jour {name}</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Values sync set aside, waiting for you to look at them</source>
        <translation>Valeurs que la synchronisation a mises de côté, en attente de votre examen</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>View ‘{name}’ deleted: Edit › Undo brings it back</source>
        <translation>Vue « {name} » supprimée : Édition › Annuler la rétablit</translation>
    </message>
    <message>
        <source>View ‘{name}’ saved</source>
        <translation>Vue « {name} » enregistrée</translation>
    </message>
    <message>
        <source>View: {name}</source>
        <translation>Vue : {name}</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Welcome to MetroDesk</source>
        <translation>Bienvenue dans MetroDesk</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>What is due today, and what is overdue (Reports › Reminders…, Ctrl+Shift+R)</source>
        <translation>Ce qui est à faire aujourd&apos;hui et ce qui est en retard (Rapports › Rappels…, Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce qui est à faire</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>What leaves the database:</source>
        <translation>Ce qui quitte la base de données :</translation>
    </message>
    <message>
        <source>What stays:</source>
        <translation>Ce qui reste :</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>What to do with row {row}</source>
        <translation>Que faire de la ligne {row}</translation>
    </message>
    <message>
        <source>What was said, agreed and learnt…</source>
        <translation>Ce qui a été dit, convenu et appris…</translation>
    </message>
    <message>
        <source>What was said, word for word</source>
        <translation>Ce qui a été dit, mot pour mot</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where is the data?</source>
        <translation>Où sont les données ?</translation>
    </message>
    <message>
        <source>Which column is which?</source>
        <translation>Quelle colonne est laquelle ?</translation>
    </message>
    <message>
        <source>Which meetings?</source>
        <translation>Quelles réunions ?</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Who or how much</source>
        <translation>Qui ou combien</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Qui l&apos;a dit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>With consent in force</source>
        <translation>Avec un consentement en vigueur</translation>
    </message>
    <message>
        <source>With e-mail</source>
        <translation>Avec courriel</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Sans consentement</translation>
    </message>
    <message>
        <source>Without e-mail</source>
        <translation>Sans courriel</translation>
    </message>
    <message>
        <source>Workbook imported</source>
        <translation>Classeur importé</translation>
    </message>
    <message>
        <source>Write an e-mail…</source>
        <translation>Écrire un courriel…</translation>
    </message>
    <message>
        <source>Write to the selected people, or to everyone listed when none is selected</source>
        <translation>Écrire aux personnes sélectionnées, ou à toutes celles de la liste si aucune n&apos;est sélectionnée</translation>
    </message>
    <message>
        <source>Write to {scope}…</source>
        <translation>Écrire à {scope}…</translation>
    </message>
    <message>
        <source>Writing the person&apos;s data…</source>
        <translation>Écriture des données de la personne…</translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation>Écriture du registre…</translation>
    </message>
    <message>
        <source>Writing to 1 person</source>
        <translation>Écrire à 1 personne</translation>
    </message>
    <message>
        <source>Writing to {count} people (Bcc)</source>
        <translation>Écrire à {count} personnes (Cci)</translation>
    </message>
    <message>
        <source>Writing vCards…</source>
        <translation>Écriture des vCards…</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>the letter of years in a date format (YYYY)</comment>
        <extracomment>a two-digit year means 1950-2049</extracomment>
        <translation>A</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Years unpaid</source>
        <translation>Années impayées</translation>
    </message>
    <message>
        <source>Years with sessions</source>
        <translation>Années avec des sessions</translation>
    </message>
    <message>
        <source>Years without consent or activity</source>
        <translation>Années sans consentement ni activité</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>a CSV file holds one list: choose from {items} (for &apos;{kind}&apos;, export a workbook, .xlsx)</source>
        <extracomment>first characters a spreadsheet reads as the start of a formula</extracomment>
        <translation>un fichier CSV contient une seule liste : choisissez parmi {items} (pour « {kind} », exportez un classeur .xlsx)</translation>
    </message>
    <message>
        <source>a computer of the team that does not sync keeps the data until it does, and each computer&apos;s own backups until they expire</source>
        <translation>un ordinateur de l’équipe qui ne se synchronise pas garde les données jusqu’à ce qu’il le fasse, ainsi que les sauvegardes de chaque ordinateur jusqu’à leur expiration</translation>
    </message>
    <message>
        <source>a contact cannot be merged with itself</source>
        <extracomment>rows pointing at a contact: (model, relationship to the contact, column that makes a row a duplicate of one the kept contact already has, or None) e-mails, phones and the current organisation of each side, shown for information how many rows now point at the kept contact instead of the other rows of the other that duplicated one of the kept contact&apos;s (moved to the trash)</extracomment>
        <translation>un contact ne peut pas être fusionné avec lui-même</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a formula, not a value (in Excel: copy, Paste Values)</source>
        <extracomment>what a cell shows when its formula failed; openpyxl also gives &apos;#VALUE!&apos; for a number marked as a date that no calendar holds</extracomment>
        <translation>une formule, pas une valeur (dans Excel : copier, puis Collage spécial › Valeurs)</translation>
    </message>
    <message>
        <source>a line in the register saying that an erasure was made, when and by whom</source>
        <translation>une ligne du registre indiquant qu’un effacement a eu lieu, quand et par qui</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a new person needs a name</source>
        <translation>une nouvelle personne doit avoir un nom</translation>
    </message>
    <message>
        <source>a participant whose registration is {registration} cannot have attended</source>
        <translation>un participant dont l&apos;inscription est « {registration} » ne peut pas avoir été présent</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>a team passphrase needs at least {count} characters; nothing was changed</source>
        <translation>une phrase secrète d&apos;équipe doit compter au moins {count} caractères ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>a {current} member cannot become {status} (it can become {options})</source>
        <translation>un membre « {current} » ne peut pas devenir « {status} » (il peut devenir {options})</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>action de suivi</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>plan d&apos;action</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>an Excel error ({value}), not a value</source>
        <translation>une erreur Excel ({value}), pas une valeur</translation>
    </message>
    <message>
        <source>an SQLite file of another program, not a MetroDesk database</source>
        <translation>un fichier SQLite d&apos;un autre programme, pas une base de données MetroDesk</translation>
    </message>
    <message>
        <source>an anonymous record, “{name}”, in its place in {meetings} meetings and {courses} courses: attendee and participant counts and attendance figures stay</source>
        <translation>une fiche anonyme, « {name} », à sa place dans {meetings} réunions et {courses} formations : le nombre de participants et les chiffres de présence restent</translation>
    </message>
    <message numerus="yes">
        <source>and %n other attendees</source>
        <translation>
            <numerusform>et %n autre participant</numerusform>
            <numerusform>et %n autres participants</numerusform>
        </translation>
    </message>
    <message>
        <source>appears on an earlier row of this sheet too</source>
        <translation>figure aussi sur une ligne précédente de cette feuille</translation>
    </message>
    <message>
        <source>at most {limit} synthetic contacts (asked: {size})</source>
        <translation>au plus {limit} contacts synthétiques (demandé : {size})</translation>
    </message>
    <message>
        <source>belongs to a record of another kind ({kind})</source>
        <translation>appartient à une fiche d&apos;un autre type ({kind})</translation>
    </message>
    <message>
        <source>bilateral</source>
        <translation>bilatérale</translation>
    </message>
    <message>
        <source>board</source>
        <translation>conseil d&apos;administration</translation>
    </message>
    <message>
        <source>by {author} on {copy}</source>
        <translation>par {author} sur {copy}</translation>
    </message>
    <message>
        <source>by {author} on {copy}, {when}</source>
        <translation>par {author} sur {copy}, {when}</translation>
    </message>
    <message>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>cards whose UID is a contact already in the database (left as they are)</extracomment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <source>cannot back up</source>
        <translation>sauvegarde impossible de</translation>
    </message>
    <message>
        <source>cannot be emptied; use a dated status change</source>
        <translation>ne peut pas être vidé ; utilisez un changement de statut daté</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>ne peut pas être négatif</translation>
    </message>
    <message>
        <source>cannot import sheet &apos;{sheet}&apos; as {kind}</source>
        <translation>impossible d&apos;importer la feuille « {sheet} » comme {kind}</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <extracomment>what reading a damaged workbook raises: zip and deflate damage, truncated streams, bad XML (defusedxml&apos;s refusals of DTDs and entities are ValueErrors too), a cell naming a shared text the file does not hold (IndexError) the most the members of a workbook may add up to, uncompressed (a 100,000-contact export is some 30 MB) deflate packs long runs of one byte a thousandfold; real sheets compress about tenfold members smaller than this are not held to MAX_RATIO (a small empty sheet packs well) a workbook has a few dozen parts; a zip of millions would exhaust memory being listed a sheet declaring more than this (its &lt;dimension&gt;) is refused: read-only sheets pad every row to the declared width and every gap to the declared height how much of each XML part is read for DOCTYPE and ENTITY declarations; they may only appear before the root element, which real parts open within their first hundred bytes where zipfile&apos;s end record holds the number of members (zipfile._ECD_ENTRIES_TOTAL)</extracomment>
        <translation>impossible de lire {name} : {reason}</translation>
    </message>
    <message>
        <source>cannot restore from</source>
        <translation>restauration impossible depuis</translation>
    </message>
    <message>
        <source>cannot restore from {path}: it is {kind}, not a backup</source>
        <extracomment>the file as it was before the restore, kept in the backups folder (None: there was none)</extracomment>
        <translation>restauration impossible depuis {path} : c&apos;est {kind}, pas une sauvegarde</translation>
    </message>
    <message>
        <source>cannot restore onto {path}: it is an empty file; a restore writes only over a MetroDesk database or onto a new file</source>
        <translation>restauration impossible sur {path} : c&apos;est un fichier vide ; une restauration n&apos;écrit que sur une base de données MetroDesk ou dans un nouveau fichier</translation>
    </message>
    <message>
        <source>cannot restore onto {path}: it is not a MetroDesk database; a restore writes only over a MetroDesk database or onto a new file</source>
        <translation>restauration impossible sur {path} : ce n&apos;est pas une base de données MetroDesk ; une restauration n&apos;écrit que sur une base de données MetroDesk ou dans un nouveau fichier</translation>
    </message>
    <message>
        <source>cannot restore onto {path}: it is {kind}; a restore writes only over a MetroDesk database or onto a new file</source>
        <translation>restauration impossible sur {path} : c&apos;est {kind} ; une restauration n&apos;écrit que sur une base de données MetroDesk ou dans un nouveau fichier</translation>
    </message>
    <message>
        <source>cannot restore onto {path}: it was written by a newer MetroDesk; a restore writes only over a MetroDesk database or onto a new file</source>
        <translation>restauration impossible sur {path} : il a été écrit par une version plus récente de MetroDesk ; une restauration n&apos;écrit que sur une base de données MetroDesk ou dans un nouveau fichier</translation>
    </message>
    <message>
        <source>cannot restore onto {path}: {reason}</source>
        <translation>restauration impossible sur {path} : {reason}</translation>
    </message>
    <message>
        <source>cannot write {name}: it is {kind}; an export writes only files</source>
        <translation>impossible d&apos;écrire {name} : c&apos;est {kind} ; une exportation n&apos;écrit que des fichiers</translation>
    </message>
    <message>
        <source>cannot write {name}: there is no folder {parent}</source>
        <translation>impossible d&apos;écrire {name} : le dossier {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write {name}…: the name is too long ({size} bytes; at most {limit})</source>
        <translation>impossible d&apos;écrire {name}… : le nom est trop long ({size} octets ; au plus {limit})</translation>
    </message>
    <message>
        <source>card {number}: {reason}</source>
        <translation>fiche {number} : {reason}</translation>
    </message>
    <message>
        <source>choose &apos;keep&apos; or &apos;other&apos; for {key}, not &apos;{side}&apos;</source>
        <translation>choisissez « keep » ou « other » pour {key}, pas « {side} »</translation>
    </message>
    <message>
        <source>choose at least one meeting</source>
        <translation>choisissez au moins une réunion</translation>
    </message>
    <message>
        <source>city government</source>
        <translation>gouvernement local</translation>
    </message>
    <message>
        <source>community</source>
        <translation>communauté</translation>
    </message>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>congress session</source>
        <translation>session du congrès</translation>
    </message>
    <message>
        <source>contact</source>
        <extracomment>&quot;contact&quot;, as a list&apos;s Kind column or a message names it (lower case) the editor&apos;s title for a new one, and the undo step that creates it the editor&apos;s title for an existing one, and the undo step that saves it</extracomment>
        <translation>contact</translation>
    </message>
    <message>
        <source>copies outside this database: workbooks and files already exported or sent</source>
        <translation>les copies hors de cette base : classeurs et fichiers déjà exportés ou envoyés</translation>
    </message>
    <message>
        <source>damaged schema: table {table} lacks {columns}</source>
        <translation>schéma endommagé : il manque à la table {table} {columns}</translation>
    </message>
    <message>
        <source>damaged: {problem}</source>
        <translation>endommagée : {problem}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>échéance le {date}</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>e-mail (optional)</source>
        <translation>courriel (facultatif)</translation>
    </message>
    <message>
        <source>encryption: SQLCipher 4, AES-256 (key file and passphrase)</source>
        <translation>chiffrement : SQLCipher 4, AES-256 (fichier de clé et phrase secrète)</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>se termine avant de commencer</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>every mention of the name, e-mail addresses and phone numbers in notes and other free text</source>
        <translation>toute mention du nom, des adresses électroniques et des numéros de téléphone dans les notes et les autres textes libres</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>family-first</source>
        <translation>nom de famille d&apos;abord</translation>
    </message>
    <message>
        <source>former</source>
        <translation>ancien membre</translation>
    </message>
    <message>
        <source>give this computer a name the others will recognise</source>
        <translation>donnez à cet ordinateur un nom que les autres reconnaîtront</translation>
    </message>
    <message>
        <source>given-first</source>
        <translation>prénom d&apos;abord</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>siège</translation>
    </message>
    <message>
        <source>holds a control character ({code}) that cannot be stored</source>
        <translation>contient un caractère de contrôle ({code}) qui ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>holds a line break; this field holds one line</source>
        <translation>contient un saut de ligne ; ce champ tient sur une ligne</translation>
    </message>
    <message>
        <source>holds: {counts}</source>
        <translation>contient : {counts}</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>hybride</translation>
    </message>
    <message>
        <source>import cancelled; nothing was changed</source>
        <translation>importation annulée ; rien n&apos;a été modifié</translation>
    </message>
    <message numerus="yes">
        <source>import refused: %n rows were rejected; nothing was changed</source>
        <extracomment>called with (rows done, rows in all); returning False stops the import (ImportCancelled)</extracomment>
        <translation>
            <numerusform>importation refusée : %n ligne a été refusée ; rien n&apos;a été modifié</numerusform>
            <numerusform>importation refusée : %n lignes ont été refusées ; rien n&apos;a été modifié</numerusform>
        </translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en présentiel</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>initiative</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>intégrité : ok</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>facturée</translation>
    </message>
    <message>
        <source>is already in the list</source>
        <translation>figure déjà dans la liste</translation>
    </message>
    <message>
        <source>is before the invoice date</source>
        <translation>est antérieure à la date de facture</translation>
    </message>
    <message>
        <source>is before the last recorded change ({date})</source>
        <translation>est antérieure au dernier changement enregistré ({date})</translation>
    </message>
    <message>
        <source>is before the start</source>
        <translation>est antérieure au début</translation>
    </message>
    <message>
        <source>is no longer on record (reopen the contact)</source>
        <translation>n&apos;est plus enregistré (rouvrez le contact)</translation>
    </message>
    <message>
        <source>is not a date: write it as {format}, or pick it from the calendar</source>
        <translation>n&apos;est pas une date : écrivez-la au format {format}, ou choisissez-la dans le calendrier</translation>
    </message>
    <message>
        <source>is not a field of this kind of record</source>
        <translation>n&apos;est pas un champ de ce type de fiche</translation>
    </message>
    <message>
        <source>is not a record id</source>
        <extracomment>field types whose value is not a text: a blank clears them (to None, or `Field.cleared`) years any year field takes (a field may narrow them): as dates, see validation</extracomment>
        <translation>n&apos;est pas un identifiant de fiche</translation>
    </message>
    <message>
        <source>is not a record id (empty for a new record)</source>
        <translation>n&apos;est pas un identifiant de fiche (vide pour une nouvelle fiche)</translation>
    </message>
    <message>
        <source>is only issued to participants who attended</source>
        <translation>n&apos;est délivrée qu&apos;aux participants présents</translation>
    </message>
    <message>
        <source>is required</source>
        <extracomment>form fields that are not columns of the record itself</extracomment>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is withdrawn before it was given</source>
        <translation>est retiré avant d&apos;avoir été donné</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit (Excel&apos;s limit)</source>
        <extracomment>the most characters a text may hold: Excel&apos;s limit for a cell, so that every record can travel through a workbook and back without being cut dates (and the days of dates and times) a record may hold: Excel&apos;s calendar starts in 1900, and nothing this office plans or remembers lies outside these the largest whole number any field takes unless it says less (SQLite&apos;s own limit is 2**63) the largest amount of money (a fee) any field takes control characters a long text (notes, an agenda, a description) may hold: tab, line breaks</extracomment>
        <translation>compte {length} caractères ; {limit} au plus tiennent (limite d&apos;Excel)</translation>
    </message>
    <message>
        <source>it will be created</source>
        <translation>elle sera créée</translation>
    </message>
    <message>
        <source>it will not be created</source>
        <translation>elle ne sera pas créée</translation>
    </message>
    <message>
        <source>item {n} has an unknown status &apos;{status}&apos;</source>
        <translation>l&apos;élément {n} a un statut inconnu « {status} »</translation>
    </message>
    <message>
        <source>item {n} needs a description</source>
        <translation>l&apos;élément {n} a besoin d&apos;une description</translation>
    </message>
    <message>
        <source>links: ok</source>
        <translation>liens : ok</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <source>meetings, courses, fees and everything else not about the person</source>
        <translation>les réunions, les formations, les cotisations et tout ce qui ne concerne pas la personne</translation>
    </message>
    <message>
        <source>member city</source>
        <translation>ville membre</translation>
    </message>
    <message>
        <source>must be a date and time as YYYY-MM-DD HH:MM</source>
        <translation>doit être une date et une heure au format AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>doit être une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a whole number, not a yes/no value</source>
        <translation>doit être un nombre entier, pas une valeur oui/non</translation>
    </message>
    <message>
        <source>must be a year from {low} to {high}</source>
        <translation>doit être une année de {low} à {high}</translation>
    </message>
    <message>
        <source>must be an ISO currency code such as EUR or USD</source>
        <translation>doit être un code de devise ISO tel que EUR ou USD</translation>
    </message>
    <message>
        <source>must be an amount such as 1250.00</source>
        <translation>doit être un montant tel que 1250.00</translation>
    </message>
    <message>
        <source>must be an amount such as 1250.00, not a yes/no value</source>
        <translation>doit être un montant tel que 1250.00, pas une valeur oui/non</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>doit être au moins {minimum}</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <translation>doit être au plus {maximum}</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>doit être l&apos;une des valeurs : {choices}</translation>
    </message>
    <message>
        <source>needs a purpose</source>
        <translation>doit avoir un objet</translation>
    </message>
    <message>
        <source>needs an organisation</source>
        <translation>doit avoir une organisation</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>never given</source>
        <translation>jamais donné</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>no backup at {backup_file}</source>
        <translation>aucune sauvegarde à {backup_file}</translation>
    </message>
    <message>
        <source>no database at {db_path}</source>
        <extracomment>what a backup&apos;s label says about why it was made kinds MetroDesk makes by itself, and so may also delete by the retention rule one of the kinds above (DAILY, BEFORE_IMPORT, …)</extracomment>
        <translation>aucune base de données à {db_path}</translation>
    </message>
    <message>
        <source>no database at {path}</source>
        <translation>aucune base de données à {path}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>sans cotisation</translation>
    </message>
    <message>
        <source>no record with id {target_id}</source>
        <translation>aucune fiche avec l&apos;identifiant {target_id}</translation>
    </message>
    <message>
        <source>no rows to import below the header row</source>
        <translation>aucune ligne à importer sous la ligne d&apos;en-têtes</translation>
    </message>
    <message>
        <source>no vCard found (a card starts with BEGIN:VCARD)</source>
        <translation>aucune vCard trouvée (une fiche commence par BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>no {kind} with id {id}</source>
        <translation>aucune fiche {kind} avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>no {what} named &apos;{text}&apos; (not to be created)</source>
        <translation>{what} introuvable sous le nom « {text} » (à ne pas créer)</translation>
    </message>
    <message>
        <source>no {what} named {text}</source>
        <extracomment>how alike an existing name must be to be offered in place of a new one (rapidfuzz, 0-100) (kind, key) -&gt; the name not on record, planned or left out by the user planned names the row being checked named: created once it passes record id -&gt; (the name lists show, every name a cell may use, folded) record id -&gt; the names it had before this import renamed it, folded</extracomment>
        <translation>{what} introuvable sous le nom {text}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>not a phone number (start with + and the country code)</source>
        <translation>pas un numéro de téléphone (commencez par + et l&apos;indicatif du pays)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>not a valid e-mail address ({reason})</source>
        <translation>pas une adresse électronique valide ({reason})</translation>
    </message>
    <message>
        <source>not a valid phone number for its country</source>
        <translation>pas un numéro de téléphone valide pour son pays</translation>
    </message>
    <message>
        <source>not invoiced</source>
        <translation>non facturée</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>nothing to import: every row matches what is already here</source>
        <translation>rien à importer : chaque ligne correspond à ce qui est déjà enregistré</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>rien à rétablir</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <extracomment>how far back the undo stack reaches a change of one of the record&apos;s parts (a contact&apos;s e-mail): its kind and what it reads the copy it was made on, by the name it gave itself; &quot;&quot; when made on this one</extracomment>
        <translation>rien à annuler</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>one header per exported column</source>
        <translation>un en-tête par colonne exportée</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>or new: given name</source>
        <translation>ou nouvelle personne : prénom</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message>
        <source>paid</source>
        <extracomment>days after invoicing before an unpaid fee is overdue</extracomment>
        <translation>payée</translation>
    </message>
    <message>
        <source>partner institution</source>
        <translation>institution partenaire</translation>
    </message>
    <message>
        <source>perhaps {name}?</source>
        <translation>peut-être {name} ?</translation>
    </message>
    <message>
        <source>pick an existing contact</source>
        <translation>choisissez un contact existant</translation>
    </message>
    <message>
        <source>pick one of the suggestions, or leave it empty</source>
        <translation>choisissez l&apos;une des suggestions, ou laissez vide</translation>
    </message>
    <message>
        <source>pick one of the training centres</source>
        <translation>choisissez l&apos;un des centres de formation</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plateforme</translation>
    </message>
    <message>
        <source>problem: {reason}</source>
        <extracomment>what a person reads: what was checked and what was found, one finding per line the schema revision, &apos;&apos; when the file has none the problems found, as `fail` was told them</extracomment>
        <translation>problème : {reason}</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>register.xlsx</source>
        <translation>registre.xlsx</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>result: sound</source>
        <translation>résultat : saine</translation>
    </message>
    <message>
        <source>same e-mail {address}</source>
        <extracomment>names at least this similar (rapidfuzz token_sort_ratio on folded names) are reported typed names at least this similar are hinted while a contact is created letters of a folded name that make a block a block larger than this is compared in overlapping windows of its sorted names scores of the exact matches (names are scored by their similarity) how many existing contacts a hint shows at most candidates read from one name block while hinting
----------
(given, family, name order): the shown name is made only for the few matches block prefix -&gt; (name keys, their contacts), lists as rapidfuzz takes them</extracomment>
        <translation>même courriel {address}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same phone {number}</source>
        <translation>même téléphone {number}</translation>
    </message>
    <message>
        <source>satellite</source>
        <translation>antenne</translation>
    </message>
    <message>
        <source>schema {revision} is not one this MetroDesk knows (written by a newer version?)</source>
        <translation>le schéma {revision} n&apos;est pas connu de cette version de MetroDesk (écrit par une version plus récente ?)</translation>
    </message>
    <message>
        <source>schema: {revision} (current)</source>
        <translation>schéma : {revision} (actuel)</translation>
    </message>
    <message>
        <source>schema: {revision} (older; MetroDesk upgrades it to {head} when opening it)</source>
        <translation>schéma : {revision} (ancien ; MetroDesk le met à niveau vers {head} à l&apos;ouverture)</translation>
    </message>
    <message>
        <source>search ‘{words}’</source>
        <translation>recherche « {words} »</translation>
    </message>
    <message>
        <source>similar names ({score})</source>
        <translation>noms semblables ({score})</translation>
    </message>
    <message>
        <source>sorted</source>
        <translation>triée</translation>
    </message>
    <message>
        <source>strategic</source>
        <translation>stratégique</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>that conflict was settled already (here or on another computer)</source>
        <extracomment>what each kind of conflict is, for people the computer&apos;s name (&quot;&quot; for this one) the record&apos;s name as the lists show it (&quot;&quot; when it has none, or is gone)</extracomment>
        <translation>ce conflit a déjà été réglé (ici ou sur un autre ordinateur)</translation>
    </message>
    <message>
        <source>the backup cannot overwrite the database itself</source>
        <translation>la sauvegarde ne peut pas écraser la base de données elle-même</translation>
    </message>
    <message>
        <source>the backup is the database itself; nothing to restore</source>
        <translation>la sauvegarde est la base de données elle-même ; rien à restaurer</translation>
    </message>
    <message>
        <source>the backup of {name} could not be made: {reason}</source>
        <translation>la sauvegarde de {name} n&apos;a pas pu être faite : {reason}</translation>
    </message>
    <message>
        <source>the city is already {status}</source>
        <translation>la ville est déjà « {status} »</translation>
    </message>
    <message>
        <source>the column &apos;{name}&apos; appears twice ({first} and {second}); keep one</source>
        <extracomment>the contract&apos;s sheets and the kind each holds, in the order they are applied: a sheet may name records of the sheets before it (a new contact&apos;s new organisation) form fields no export column carries; a column of that name is not imported contacts&apos; further e-mails and phones: column indexes in order field key of a reference -&gt; the column holding the linked record&apos;s UUID</extracomment>
        <translation>la colonne « {name} » figure deux fois ({first} et {second}) ; n&apos;en gardez qu&apos;une</translation>
    </message>
    <message>
        <source>the contact chosen for this row is gone</source>
        <translation>le contact choisi pour cette ligne n&apos;existe plus</translation>
    </message>
    <message>
        <source>the event has no start (DTSTART)</source>
        <translation>l&apos;événement n&apos;a pas de début (DTSTART)</translation>
    </message>
    <message>
        <source>the file is an empty database, not a MetroDesk database</source>
        <translation>le fichier est une base de données vide, pas une base de données MetroDesk</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; MetroDesk needs to write beside {name} (copy the file to a folder of your own)</source>
        <translation>le dossier {folder} est en lecture seule ; MetroDesk doit écrire à côté de {name} (copiez le fichier dans un dossier à vous)</translation>
    </message>
    <message>
        <source>the name, title, place, language, tags and notes of {name}</source>
        <extracomment>called with (people erased so far, people to erase); False stops before the next one what an erased person&apos;s record is called from then on rows that are the person&apos;s own data and go entirely the contact&apos;s own fields and what they become what leaves, a line each (&quot;2 e-mail addresses&quot;) what stays, a line each backups made before now: they still hold the person&apos;s data until they expire rows removed, fields cleared, mentions replaced, history entries scrubbed the person&apos;s record and every row that was theirs (sync recognises later changes by them) fingerprints of the texts replaced (sync recognises them in text arriving later)</extracomment>
        <translation>le nom, le titre, le lieu, la langue, les étiquettes et les notes de {name}</translation>
    </message>
    <message>
        <source>the number of synthetic contacts cannot be negative</source>
        <extracomment>synthetic contacts written per bulk insert; progress is reported between chunks the Metropolis regions (one regional secretary each) the most synthetic contacts `demo` makes: the benchmark&apos;s largest population disk a synthetic contact takes while the demo is written: ~8.5 KB in the file (the contact, its e-mail and phone, their journal and search entries) and as much again in the write-ahead log, which holds the whole action until it is checked into the file the sample data itself, its log, and room to spare</extracomment>
        <translation>le nombre de contacts synthétiques ne peut pas être négatif</translation>
    </message>
    <message>
        <source>the range for recurring events ends before it starts</source>
        <extracomment>the most events a calendar may bring (a busy person&apos;s ten years of meetings is some 20,000) the most occurrences one series may have within the range (a daily meeting for two years has 730); more means a range far wider than meant, or a file built to harm attendees that are rooms or equipment, not people &quot;organiser&quot;, &quot;chair&quot;, &quot;participant&quot;, &quot;optional&quot; or &quot;informed&quot; the event&apos;s place in the file (1 for the first VEVENT), for the preview&apos;s &quot;row&quot; what identifies the event, and the occurrence of a series, in every later export the IANA zone of the times (&quot;Europe/Paris&quot;); &quot;&quot; for floating times and all-day events what was read but not imported (cancelled events, series outside the range ...) the range recurring series were expanded in (first day, day after the last)</extracomment>
        <translation>la période des événements périodiques se termine avant de commencer</translation>
    </message>
    <message>
        <source>the record was deleted for good on another computer</source>
        <translation>la fiche a été supprimée définitivement sur un autre ordinateur</translation>
    </message>
    <message>
        <source>the restored {name} failed its check: {verdict}</source>
        <translation>la base {name} restaurée n&apos;a pas passé sa vérification : {verdict}</translation>
    </message>
    <message>
        <source>the same from the history of changes and the search index; then the file is rewritten so that no old copy stays in its free space or log</source>
        <translation>la même chose dans l’historique des modifications et l’index de recherche ; puis le fichier est réécrit pour qu’aucune ancienne copie ne reste dans son espace libre ou son journal</translation>
    </message>
    <message>
        <source>the same on every computer of the team at its next sync, and from the team folder&apos;s older files</source>
        <translation>la même chose sur chaque ordinateur de l’équipe à sa prochaine synchronisation, et dans les anciens fichiers du dossier de l’équipe</translation>
    </message>
    <message>
        <source>the session is full ({capacity} places): add as waitlisted</source>
        <translation>la session est complète ({capacity} places) : ajoutez en liste d&apos;attente</translation>
    </message>
    <message>
        <source>the team folder&apos;s key file (team-key.json) is damaged; nothing was changed</source>
        <translation>le fichier de clé du dossier d&apos;équipe (team-key.json) est endommagé ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the team passphrase is not the one the team&apos;s files are sealed with; nothing was changed</source>
        <translation>cette phrase secrète n&apos;est pas celle avec laquelle les fichiers de l&apos;équipe sont chiffrés ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the team&apos;s files are sealed with a team passphrase and this computer does not have it yet: set {variable}; nothing was changed</source>
        <translation>les fichiers de l&apos;équipe sont chiffrés avec une phrase secrète d&apos;équipe que cet ordinateur n&apos;a pas encore : définissez {variable} ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the whole list</source>
        <translation>toute la liste</translation>
    </message>
    <message>
        <source>the {count} listed</source>
        <translation>les {count} listés</translation>
    </message>
    <message>
        <source>the {count} selected</source>
        <translation>les {count} sélectionnés</translation>
    </message>
    <message>
        <source>the {kind} is no longer there</source>
        <translation>la fiche {kind} n&apos;existe plus</translation>
    </message>
    <message>
        <source>the {kind} list has no column {columns}</source>
        <extracomment>column widths (Excel characters) per list key; others get DEFAULT_WIDTH columns of long free text, wrapped in their width columns holding a closed-vocabulary value, capitalised as the list shows them</extracomment>
        <translation>la liste {kind} n&apos;a pas de colonne {columns}</translation>
    </message>
    <message>
        <source>the {what} chosen for {text} is gone</source>
        <translation>la fiche ({what}) choisie pour {text} n&apos;existe plus</translation>
    </message>
    <message>
        <source>they become a contact in the same step.</source>
        <translation>elle devient un contact dans la même étape.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>this conflict is settled by keeping or taking a value</source>
        <translation>ce conflit se règle en conservant ou en prenant une valeur</translation>
    </message>
    <message>
        <source>this copy is protected, so its team&apos;s files must be sealed too: choose a team passphrase (set {variable}) and give it to the others; nothing was changed</source>
        <extracomment>shortest team passphrase accepted (as for a database&apos;s: NIST SP 800-63B&apos;s floor) True: the team has no key yet and this protected copy is to give it one typed in the app for this sync; else METRODESK_TEAM_PASSPHRASE</extracomment>
        <translation>cette copie est protégée : les fichiers de son équipe doivent donc être chiffrés aussi ; choisissez une phrase secrète d&apos;équipe (définissez {variable}) et donnez-la aux autres ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>this database already holds the sample data</source>
        <translation>cette base de données contient déjà les données d&apos;exemple</translation>
    </message>
    <message>
        <source>this record is in the trash; restore it first</source>
        <translation>cette fiche est dans la corbeille ; restaurez-la d&apos;abord</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>training centre</source>
        <translation>centre de formation</translation>
    </message>
    <message>
        <source>training institute</source>
        <translation>institut de formation</translation>
    </message>
    <message>
        <source>training programme</source>
        <translation>programme de formation</translation>
    </message>
    <message>
        <source>training session</source>
        <translation>session de formation</translation>
    </message>
    <message>
        <source>two sheets are named {name} ({first} and {second}); keep one</source>
        <extracomment>how often the progress callback hears from a long import the rows of a file that is not a workbook (a CSV file, vCards)</extracomment>
        <translation>deux feuilles s&apos;appellent {name} ({first} et {second}) ; n&apos;en gardez qu&apos;une</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>unknown country {value} (use a name or ISO code)</source>
        <extracomment>the languages colleagues&apos; sheets are written in, besides English</extracomment>
        <translation>pays inconnu {value} (utilisez un nom ou un code ISO)</translation>
    </message>
    <message>
        <source>unknown export &apos;{kind}&apos; (choose from {items})</source>
        <translation>exportation inconnue « {kind} » (choisissez parmi {items})</translation>
    </message>
    <message>
        <source>unknown language {value}</source>
        <translation>langue inconnue {value}</translation>
    </message>
    <message>
        <source>unknown report &apos;{name}&apos; (choose from {items})</source>
        <translation>rapport inconnu « {name} » (choisissez parmi {items})</translation>
    </message>
    <message>
        <source>vCard 3.0 (*.vcf *.vcard)</source>
        <translation>vCard 3.0 (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf *.vcard)</source>
        <translation>vCard 4.0 (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>vCard version must be 3 or 4</source>
        <translation>la version de vCard doit être 3 ou 4</translation>
    </message>
    <message>
        <source>vCards imported</source>
        <translation>vCards importées</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>en liste d&apos;attente</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>values longer than this are cut short (the whole value shows as the cell&apos;s tooltip) columns the journal records that are derived, not edited: not shown</extracomment>
        <translation>oui</translation>
    </message>
    <message>
        <source>{amount} {currency}</source>
        <translation>{amount} {currency}</translation>
    </message>
    <message>
        <source>{author} on {copy}</source>
        <extracomment>columns of a part that say nothing to a reader (its owner, its place in the list)</extracomment>
        <translation>{author} sur {copy}</translation>
    </message>
    <message>
        <source>{cities} in {regions}</source>
        <translation>{cities} dans {regions}</translation>
    </message>
    <message>
        <source>{city} (HQ)</source>
        <translation>{city} (siège)</translation>
    </message>
    <message>
        <source>{count} addresses copied</source>
        <translation>{count} adresses copiées</translation>
    </message>
    <message>
        <source>{count} changed, as one step: Edit › Undo takes it back</source>
        <translation>{count} modifiés, en une seule étape : Édition › Annuler la défait</translation>
    </message>
    <message>
        <source>{count} changes waiting</source>
        <translation>{count} modifications en attente</translation>
    </message>
    <message>
        <source>{count} columns hidden</source>
        <translation>{count} colonnes masquées</translation>
    </message>
    <message>
        <source>{count} filters</source>
        <translation>{count} filtres</translation>
    </message>
    <message>
        <source>{count} records are named {text}; rename one</source>
        <translation>{count} fiches s&apos;appellent {text} ; renommez-en une</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>{count} sélectionnés</translation>
    </message>
    <message>
        <source>{c} in arrears, owing {owed}</source>
        <translation>{c} en arriérés, devant {owed}</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} est dans le futur</translation>
    </message>
    <message>
        <source>{day} is not a plausible date (use {first}–{last})</source>
        <translation>{day} n&apos;est pas une date plausible (utilisez {first}–{last})</translation>
    </message>
    <message>
        <source>{display_name} is already in this session</source>
        <translation>{display_name} participe déjà à cette session</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field} : {message}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field} : {value}</translation>
    </message>
    <message>
        <source>{file} is a MetroDesk workbook: it imports as it is.</source>
        <translation>{file} est un classeur MetroDesk : il s&apos;importe tel quel.</translation>
    </message>
    <message>
        <source>{folder} already holds 99 copies of {name}</source>
        <translation>{folder} contient déjà 99 copies de {name}</translation>
    </message>
    <message>
        <source>{hub}: {reason}</source>
        <extracomment>&quot;&quot; when the hub can be used, else why not (one sentence) the hub already holds a team (False: this copy would start one) this copy holds nothing yet (it fills from the team), else it merges with it the hub this copy syncs with (&quot;&quot; when it does not sync) this copy&apos;s changes the hub does not hold yet</extracomment>
        <translation>{hub} : {reason}</translation>
    </message>
    <message>
        <source>{items}: {open}, {overdue}, {done}</source>
        <translation>{items} : {open}, {overdue}, {done}</translation>
    </message>
    <message>
        <source>{key} is not a field a merge chooses</source>
        <translation>{key} n&apos;est pas un champ qu&apos;une fusion choisit</translation>
    </message>
    <message>
        <source>{kind} meetings</source>
        <translation>Réunions ({kind})</translation>
    </message>
    <message>
        <source>{name}  ·  attached on Save</source>
        <translation>{name}  ·  joint à l&apos;enregistrement</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n cities)</source>
        <translation>
            <numerusform>{name} (%n ville)</numerusform>
            <numerusform>{name} (%n villes)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name} (cet ordinateur)</translation>
    </message>
    <message>
        <source>{name} already has a {y} fee in {code}</source>
        <translation>{name} a déjà une cotisation {y} en {code}</translation>
    </message>
    <message>
        <source>{name} cannot be opened ({reason})</source>
        <translation>{name} ne peut pas être ouvert ({reason})</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>{name} ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>{name} cannot be used: {reason}</source>
        <translation>{name} ne peut pas être utilisé : {reason}</translation>
    </message>
    <message>
        <source>{name} has no data: every sheet is empty</source>
        <translation>{name} ne contient aucune donnée : toutes les feuilles sont vides</translation>
    </message>
    <message>
        <source>{name} has no sheet &apos;{sheet}&apos;</source>
        <translation>{name} n&apos;a pas de feuille « {sheet} »</translation>
    </message>
    <message>
        <source>{name} has no sheet &apos;{title}&apos;</source>
        <extracomment>the kinds a sheet of another layout may hold how many rows of each sheet the wizard shows and guesses from further e-mail and phone columns offered as targets (&quot;E-mail 2&quot; ... &quot;E-mail 4&quot;) the number of rows the sheet declares (0 when it does not say) a contract sheet (Contacts, Organisations ...) with its headers on row 1: the workbook imports as it is and the wizard skips the mapping pages</extracomment>
        <translation>{name} n&apos;a pas de feuille « {title} »</translation>
    </message>
    <message>
        <source>{name} has none of the sheets MetroDesk exports ({items}); use the import wizard for other layouts</source>
        <translation>{name} n&apos;a aucune des feuilles qu&apos;exporte MetroDesk ({items}) ; utilisez l&apos;assistant d&apos;importation pour les autres dispositions</translation>
    </message>
    <message>
        <source>{name} holds binary data, not text</source>
        <translation>{name} contient des données binaires, pas du texte</translation>
    </message>
    <message>
        <source>{name} holds more than {limit} events in the range; choose a shorter range</source>
        <translation>{name} contient plus de {limit} événements dans la période ; choisissez une période plus courte</translation>
    </message>
    <message>
        <source>{name} holds no events (an event starts with BEGIN:VEVENT)</source>
        <translation>{name} ne contient aucun événement (un événement commence par BEGIN:VEVENT)</translation>
    </message>
    <message>
        <source>{name} holds no vCard (a card starts with BEGIN:VCARD)</source>
        <translation>{name} ne contient aucune vCard (une fiche commence par BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} holds too many parts to be an Excel workbook</source>
        <translation>{name} contient trop de parties pour être un classeur Excel</translation>
    </message>
    <message>
        <source>{name} imports as it is; it has no columns to map</source>
        <translation>{name} s&apos;importe tel quel ; il n&apos;a pas de colonnes à faire correspondre</translation>
    </message>
    <message>
        <source>{name} is a password-protected workbook or an old .xls file; save it from Excel as an unprotected .xlsx workbook</source>
        <translation>{name} est un classeur protégé par mot de passe ou un ancien fichier .xls ; enregistrez-le depuis Excel en classeur .xlsx non protégé</translation>
    </message>
    <message>
        <source>{name} is a zip file but not an Excel workbook (.xlsx)</source>
        <translation>{name} est un fichier zip mais pas un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{name} is already listed</source>
        <translation>{name} figure déjà dans la liste</translation>
    </message>
    <message>
        <source>{name} is already open here as {other} (the same file under another name); use one name for it</source>
        <translation>{name} est déjà ouvert ici sous le nom {other} (le même fichier sous un autre nom) ; utilisez un seul nom</translation>
    </message>
    <message>
        <source>{name} is an SQLite file of another program, not MetroDesk</source>
        <extracomment>tables every MetroDesk file has had since its first schema (a migration that renames one of these must change this set: tests/test_refusals_write_nothing.py checks it at head): what tells our file from another program&apos;s that also keeps Alembic&apos;s `alembic_version`</extracomment>
        <translation>{name} est un fichier SQLite d&apos;un autre programme, pas de MetroDesk</translation>
    </message>
    <message>
        <source>{name} is damaged (its schema cannot be read)</source>
        <translation>{name} est endommagé (son schéma est illisible)</translation>
    </message>
    <message>
        <source>{name} is damaged (unreadable text in a check report)</source>
        <translation>{name} est endommagé (texte illisible dans un rapport de vérification)</translation>
    </message>
    <message>
        <source>{name} is damaged (unreadable text in the check&apos;s report)</source>
        <translation>{name} est endommagé (texte illisible dans le rapport de vérification)</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({reason})</source>
        <translation>{name} est endommagé et illisible ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: sheet &apos;{title}&apos; cannot be read</source>
        <translation>{name} est endommagé : la feuille « {title} » ne peut pas être lue</translation>
    </message>
    <message>
        <source>{name} is damaged: {problem}</source>
        <translation>{name} est endommagé : {problem}</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <source>{name} is empty: not an Excel workbook (.xlsx)</source>
        <translation>{name} est vide : ce n&apos;est pas un classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{name} is encrypted; save it unprotected as .xlsx</source>
        <translation>{name} est chiffré ; enregistrez-le sans protection en .xlsx</translation>
    </message>
    <message>
        <source>{name} is hidden after a period of inactivity. Type its passphrase to go on.</source>
        <translation>{name} est masqué après une période d&apos;inactivité. Saisissez sa phrase secrète pour continuer.</translation>
    </message>
    <message>
        <source>{name} is listed twice</source>
        <translation>{name} figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>{name} is no contacts export of Outlook or Google; use the import wizard to say which column is which</source>
        <extracomment>&quot;Outlook contacts (French), Windows-1252, semicolons&quot;</extracomment>
        <translation>{name} n&apos;est pas une exportation de contacts d&apos;Outlook ou de Google ; utilisez l&apos;assistant d&apos;importation pour indiquer quelle colonne est laquelle</translation>
    </message>
    <message>
        <source>{name} is no longer protected</source>
        <translation>{name} n&apos;est plus protégé</translation>
    </message>
    <message>
        <source>{name} is no workbook, CSV or vCard file</source>
        <translation>{name} n&apos;est ni un classeur, ni un fichier CSV, ni une vCard</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text ({reason})</source>
        <translation>{name} n&apos;est pas du texte UTF-8 ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a MetroDesk database (not an SQLite file)</source>
        <translation>{name} n&apos;est pas une base de données MetroDesk (pas un fichier SQLite)</translation>
    </message>
    <message>
        <source>{name} is not a MetroDesk database (not an SQLite file; if it is an encrypted MetroDesk database, its key file {key_file} is missing from beside it)</source>
        <translation>{name} n&apos;est pas une base de données MetroDesk (pas un fichier SQLite ; si c&apos;est une base de données MetroDesk chiffrée, son fichier de clé {key_file} manque à côté d&apos;elle)</translation>
    </message>
    <message>
        <source>{name} is not a calendar (.ics), or it is damaged</source>
        <extracomment>how a file imports: &quot;sheets&quot; (choose a sheet and map its columns, unless it is in the contract layout), &quot;people&quot; (a recognised export, as it is), &quot;calendar&quot; what the file is, in a few words: &quot;Outlook contacts (French), Windows-1252, semicolons&quot; the sheets to choose from and map (&quot;sheets&quot;) people or events the file holds recurring series among the events of a calendar</extracomment>
        <translation>{name} n&apos;est pas un calendrier (.ics), ou il est endommagé</translation>
    </message>
    <message>
        <source>{name} is not a file that can be read</source>
        <translation>{name} n&apos;est pas un fichier lisible</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx), or it is damaged</source>
        <translation>{name} n&apos;est pas un classeur Excel (.xlsx), ou il est endommagé</translation>
    </message>
    <message>
        <source>{name} is not text in UTF-8, UTF-16 or Windows-1252; save it again as UTF-8 (in Excel: CSV UTF-8) and import that file</source>
        <translation>{name} n&apos;est pas du texte en UTF-8, UTF-16 ou Windows-1252 ; enregistrez-le de nouveau en UTF-8 (dans Excel : CSV UTF-8) et importez ce fichier</translation>
    </message>
    <message>
        <source>{name} is open in another MetroDesk window{who}; close it there first</source>
        <translation>{name} est ouvert dans une autre fenêtre MetroDesk{who} ; fermez-le d&apos;abord là-bas</translation>
    </message>
    <message>
        <source>{name} is protected with a passphrase</source>
        <translation>{name} est protégé par une phrase secrète</translation>
    </message>
    <message>
        <source>{name} is read-only; MetroDesk needs to write to it (copy it to a folder of your own, or change its permissions)</source>
        <translation>{name} est en lecture seule ; MetroDesk doit pouvoir y écrire (copiez-le dans un dossier à vous, ou modifiez ses autorisations)</translation>
    </message>
    <message>
        <source>{name} is {kind}, not a MetroDesk database</source>
        <translation>{name} est {kind}, pas une base de données MetroDesk</translation>
    </message>
    <message>
        <source>{name} is {size} MB: larger than any export of a contacts or calendar program</source>
        <extracomment>a contacts export of 100,000 people is some 60 MB in UTF-16; anything far larger is no export of these programs, and reading it whole would cost more memory than it is worth the most columns a CSV may have: Outlook&apos;s export has 92, Google&apos;s grows with the number of e-mails and phones of its busiest contact the longest field read (csv&apos;s own default, 128 KiB, is shorter than some notes) the delimiters CSV files use: English settings write &quot;,&quot;, French and Spanish &quot;;&quot; how each encoding is named to the user UTF-8 read as Windows-1252: &quot;Ã©&quot; for &quot;é&quot;, &quot;Ã¨&quot; for &quot;è&quot;, &quot;â€™&quot; for &quot;’&quot; a DOS (850) or Mac code page read as Windows-1252 puts punctuation inside words: cp850&apos;s &quot;é&quot; is Windows-1252&apos;s &quot;‚&quot;, its &quot;è&quot; &quot;Š&quot;, its &quot;à&quot; &quot;…&quot;; Mac Roman&apos;s &quot;é&quot; is &quot;Ž&quot; the Python codec used (a key of ENCODING_NAMES)</extracomment>
        <translation>{name} fait {size} Mo : plus que toute exportation d&apos;un logiciel de contacts ou de calendrier</translation>
    </message>
    <message>
        <source>{name} is {size}; files up to {limit} can be attached</source>
        <translation>{name} fait {size} ; les fichiers jusqu&apos;à {limit} peuvent être joints</translation>
    </message>
    <message>
        <source>{name} no longer exists</source>
        <translation>{name} n&apos;existe plus</translation>
    </message>
    <message>
        <source>{name} refused: it would expand to {size} MB, more than the {limit} MB MetroDesk imports</source>
        <translation>{name} refusé : il se décompresserait en {size} Mo, plus que les {limit} Mo que MetroDesk importe</translation>
    </message>
    <message>
        <source>{name} refused: sheet &apos;{title}&apos; declares {rows} rows × {columns} columns; MetroDesk imports at most {max_rows} rows × {max_columns} columns (delete the empty rows and columns in Excel)</source>
        <translation>{name} refusé : la feuille « {title} » déclare {rows} lignes × {columns} colonnes ; MetroDesk importe au plus {max_rows} lignes × {max_columns} colonnes (supprimez les lignes et colonnes vides dans Excel)</translation>
    </message>
    <message>
        <source>{name} refused: sheet &apos;{title}&apos; has more than {max_rows} rows or {max_columns} columns, more than MetroDesk imports</source>
        <translation>{name} refusé : la feuille « {title} » a plus de {max_rows} lignes ou de {max_columns} colonnes, plus que MetroDesk n&apos;importe</translation>
    </message>
    <message>
        <source>{name} refused: {filename} declares a DTD or entities, which Excel never writes (entity expansion?)</source>
        <translation>{name} refusé : {filename} déclare une DTD ou des entités, ce qu&apos;Excel n&apos;écrit jamais (expansion d&apos;entités ?)</translation>
    </message>
    <message>
        <source>{name} refused: {filename} has no XML content</source>
        <translation>{name} refusé : {filename} n&apos;a pas de contenu XML</translation>
    </message>
    <message>
        <source>{name} refused: {filename} would expand {file_size} bytes from {compress_size} (a zip bomb?)</source>
        <translation>{name} refusé : {filename} se décompresserait de {compress_size} à {file_size} octets (une bombe zip ?)</translation>
    </message>
    <message>
        <source>{name} was erased</source>
        <translation>{name} a été effacé</translation>
    </message>
    <message>
        <source>{name} was written by a newer MetroDesk (schema {revision}); update MetroDesk</source>
        <translation>{name} a été écrit par une version plus récente de MetroDesk (schéma {revision}) ; mettez MetroDesk à jour</translation>
    </message>
    <message>
        <source>{name}, line {line}: &apos;{text}&apos; looks garbled: the file was saved in an encoding other than the one it was read in ({encoding}); save it again as UTF-8 and import that file</source>
        <translation>{name}, ligne {line} : « {text} » semble altéré : le fichier a été enregistré dans un autre codage que celui de sa lecture ({encoding}) ; enregistrez-le de nouveau en UTF-8 et importez ce fichier</translation>
    </message>
    <message>
        <source>{name}, line {line}: not valid CSV ({reason})</source>
        <translation>{name}, ligne {line} : CSV non valide ({reason})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {columns} columns; a contacts export has at most {limit}</source>
        <translation>{name}, ligne {line} : {columns} colonnes ; une exportation de contacts en a au plus {limit}</translation>
    </message>
    <message>
        <source>{name}, sheet {sheet}</source>
        <translation>{name}, feuille {sheet}</translation>
    </message>
    <message>
        <source>{name}, sheet {sheet}: {reason}</source>
        <translation>{name}, feuille {sheet} : {reason}</translation>
    </message>
    <message>
        <source>{name}: MetroDesk imports {kinds}</source>
        <extracomment>what each suffix holds; anything else is refused before it is read the file dialog&apos;s filter, and the one-line refusal, name them the same way</extracomment>
        <translation>{name} : MetroDesk importe {kinds}</translation>
    </message>
    <message>
        <source>{name}: a CSV export&apos;s name ends in .csv</source>
        <translation>{name} : le nom d&apos;une exportation CSV se termine par .csv</translation>
    </message>
    <message>
        <source>{name}: an export is an Excel workbook; end the name in .xlsx</source>
        <extracomment>how many rows a database round trip fetches; also how often progress is reported total column width (Excel characters) that still prints readably on a portrait A4 page wider sheets are not shrunk to one page wide: the text would be too small to read points per line of wrapped text in the default font (Calibri/Carlito 11) the longest file name (in bytes) the common file systems take</extracomment>
        <translation>{name} : une exportation est un classeur Excel ; terminez le nom par .xlsx</translation>
    </message>
    <message>
        <source>{name}: the series &apos;{title}&apos; has more than {limit} occurrences in the range; choose a shorter range</source>
        <translation>{name} : la série « {title} » a plus de {limit} occurrences dans la période ; choisissez une période plus courte</translation>
    </message>
    <message>
        <source>{new} new · {updated} updated · {unchanged} unchanged · {rejected} rejected</source>
        <translation>{new} nouveaux · {updated} mis à jour · {unchanged} inchangés · {rejected} refusés</translation>
    </message>
    <message>
        <source>{noun} {number}</source>
        <translation>{noun} {number}</translation>
    </message>
    <message>
        <source>{n} action items due</source>
        <translation>{n} actions de suivi à échéance</translation>
    </message>
    <message>
        <source>{n} backups made before still hold the data until they expire:</source>
        <translation>{n} sauvegardes faites auparavant conservent les données jusqu&apos;à leur expiration :</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} jours de retard</translation>
    </message>
    <message>
        <source>{n} fees overdue</source>
        <translation>{n} cotisations en retard</translation>
    </message>
    <message>
        <source>{path} appeared meanwhile; nothing was restored</source>
        <translation>{path} est apparu entre-temps ; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); replacing it with the backup keeps its bytes in the backups folder, but must be asked for</source>
        <translation>{path} est endommagé ({reason}) ; le remplacer par la sauvegarde conserve ses octets dans le dossier des sauvegardes, mais doit être demandé explicitement</translation>
    </message>
    <message>
        <source>{path} was replaced meanwhile; nothing was restored</source>
        <translation>{path} a été remplacé entre-temps ; rien n&apos;a été restauré</translation>
    </message>
    <message>
        <source>{property} &apos;{value}&apos; is no date or time</source>
        <translation>{property} « {value} » n&apos;est ni une date ni une heure</translation>
    </message>
    <message>
        <source>{record} has been deleted</source>
        <translation>{record} a été supprimé</translation>
    </message>
    <message>
        <source>{row}: {reason}</source>
        <translation>{row} : {reason}</translation>
    </message>
    <message>
        <source>{section}, opening</source>
        <extracomment>the dashboard&apos;s outline: a row of count cards, then two rows of two panels</extracomment>
        <translation>{section}, ouverture</translation>
    </message>
    <message>
        <source>{sheet}, {row}</source>
        <translation>{sheet}, {row}</translation>
    </message>
    <message>
        <source>{sheet}: columns not imported: {columns}</source>
        <translation>{sheet} : colonnes non importées : {columns}</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} Go</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} synthetic contacts need about {need} free on the disk of {folder}; {free} are free</source>
        <translation>{size} contacts synthétiques demandent environ {need} d&apos;espace libre sur le disque de {folder} ; {free} sont libres</translation>
    </message>
    <message>
        <source>{status} members</source>
        <translation>Membres ({status})</translation>
    </message>
    <message>
        <source>{s} sessions, {p} participants, {c} centres</source>
        <translation>{s} sessions, {p} participants, {c} centres</translation>
    </message>
    <message>
        <source>{table} row {row} refers to a missing {parent}</source>
        <translation>{table}, ligne {row} : renvoie à une fiche {parent} manquante</translation>
    </message>
    <message>
        <source>{used} member cities are in ‘{name}’: move them first</source>
        <translation>{used} villes membres sont dans « {name} » : déplacez-les d&apos;abord</translation>
    </message>
    <message>
        <source>{what} of {count} {kinds}</source>
        <translation>{what} de {count} {kinds}</translation>
    </message>
    <message>
        <source>{what} {path}: {reason}</source>
        <translation>{what} {path} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n people. They import as they are.</source>
        <translation>
            <numerusform>{what} : %n personne. Elle est importée telle quelle.</numerusform>
            <numerusform>{what} : %n personnes. Elles sont importées telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {events} events, {series} of them recurring series.</source>
        <translation>{what} : {events} événements, dont {series} séries périodiques.</translation>
    </message>
    <message>
        <source>{where}: cells {cells} are merged over rows of data; unmerge them so that each row holds its own values</source>
        <translation>{where} : les cellules {cells} sont fusionnées sur des lignes de données ; annulez la fusion pour que chaque ligne contienne ses propres valeurs</translation>
    </message>
    <message>
        <source>{where}: row {row} comes after row {after} in the file (Excel never writes rows so); open it in Excel and save it again</source>
        <translation>{where} : la ligne {row} vient après la ligne {after} dans le fichier (Excel n&apos;écrit jamais les lignes ainsi) ; ouvrez-le dans Excel et enregistrez-le de nouveau</translation>
    </message>
    <message>
        <source>{why}
Changes are kept here and sent at the next sync.</source>
        <translation>{why}
Les modifications sont conservées ici et envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>‘{name}’ is already in the list</source>
        <translation>« {name} » figure déjà dans la liste</translation>
    </message>
    <message>
        <source>• and {n} more</source>
        <translation>• et {n} de plus</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>MetroDesk cannot open the database</source>
        <translation>MetroDesk ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>The newest sound backup is {backup}. Restoring it keeps a copy of the damaged file beside it.</source>
        <translation>La sauvegarde saine la plus récente est {backup}. La restaurer conserve une copie du fichier endommagé à côté.</translation>
    </message>
    <message>
        <source>The passphrase in METRODESK_PASSPHRASE does not open this database.</source>
        <extracomment>how long the frame may take to be painted before the database opens beside it anyway whether the thread&apos;s `finished` has reached the UI thread</extracomment>
        <translation>La phrase secrète de METRODESK_PASSPHRASE n&apos;ouvre pas cette base de données.</translation>
    </message>
    <message>
        <source>{path} cannot be opened:
{reason}</source>
        <translation>{path} ne peut pas être ouvert :
{reason}</translation>
    </message>
</context>
<context>
    <name>MetroDesk</name>
    <message>
        <source>MetroDesk</source>
        <extracomment>where the writes&apos; change sets go (views connect to it) True while the window&apos;s data is hidden (locked, or its file being converted): nothing is announced then, since the views would read a database that refuses them; whoever set it announces everything when the data shows again</extracomment>
        <translation>MetroDesk</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <extracomment>a read on the UI thread longer than this is logged: the window stood still meanwhile read before and after `fn` for what it wrote (None: a read, nothing to announce) the page, dialog or model that asked: its result is dropped once it is deleted</extracomment>
        <translation>Annulation…</translation>
    </message>
</context>
</TS>
