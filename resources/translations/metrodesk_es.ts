<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source> (%n more rows counted, not listed)</source>
        <translation>
            <numerusform> (%n fila más contada, no detallada)</numerusform>
            <numerusform> (%n filas más contadas, no detalladas)</numerusform>
        </translation>
    </message>
    <message>
        <source> (process {pid})</source>
        <translation> (proceso {pid})</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> minutos sin uso</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action items</source>
        <translation>
            <numerusform>%Ln acción</numerusform>
            <numerusform>%Ln acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <extracomment>what reading a schema that cannot be read raises (either driver&apos;s errors, or bytes not text) how many problems a check lists before it stops looking: enough to judge, not a flood tables counted in a check&apos;s report, with the words the report uses</extracomment>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln reunión</numerusform>
            <numerusform>%Ln reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member cities</source>
        <translation>
            <numerusform>%Ln ciudad miembro</numerusform>
            <numerusform>%Ln ciudades miembro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisations</source>
        <translation>
            <numerusform>%Ln organización</numerusform>
            <numerusform>%Ln organizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training centres</source>
        <translation>
            <numerusform>%Ln centro de formación</numerusform>
            <numerusform>%Ln centros de formación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Exchange addresses left out: Outlook exports people of your organisation&apos;s address book without their e-mail address</source>
        <translation>
            <numerusform>%n dirección de Exchange omitida: Outlook exporta a las personas de la libreta de direcciones de su organización sin su dirección de correo</numerusform>
            <numerusform>%n direcciones de Exchange omitidas: Outlook exporta a las personas de la libreta de direcciones de su organización sin su dirección de correo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n affiliations</source>
        <translation>
            <numerusform>%n afiliación</numerusform>
            <numerusform>%n afiliaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee addresses shared by several contacts left out (merge the duplicates, then import again): {addresses}</source>
        <translation>
            <numerusform>%n dirección de asistente compartida por varios contactos omitida (fusione los duplicados y vuelva a importar): {addresses}</numerusform>
            <numerusform>%n direcciones de asistentes compartidas por varios contactos omitidas (fusione los duplicados y vuelva a importar): {addresses}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee addresses that are no e-mail left out</source>
        <translation>
            <numerusform>%n dirección de asistente que no es un correo electrónico omitida</numerusform>
            <numerusform>%n direcciones de asistentes que no son correos electrónicos omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendees</source>
        <translation>
            <numerusform>%n asistente</numerusform>
            <numerusform>%n asistentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendees not in MetroDesk counted as other attendees, not added as contacts</source>
        <extracomment>e-mail (lower case) -&gt; the contact it belongs to; None when several share it</extracomment>
        <translation>
            <numerusform>%n asistente que no está en MetroDesk contado como otro asistente, no añadido a los contactos</numerusform>
            <numerusform>%n asistentes que no están en MetroDesk contados como otros asistentes, no añadidos a los contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups in {folder}</source>
        <translation>
            <numerusform>%n copia de seguridad en {folder}</numerusform>
            <numerusform>%n copias de seguridad en {folder}</numerusform>
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
            <numerusform>%n evento cancelado omitido</numerusform>
            <numerusform>%n eventos cancelados omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cards with no name, e-mail or phone left out</source>
        <translation>
            <numerusform>%n tarjeta sin nombre, correo ni teléfono omitida</numerusform>
            <numerusform>%n tarjetas sin nombre, correo ni teléfono omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes not saved yet: Save writes them, Cancel discards them</source>
        <translation>
            <numerusform>%n cambio sin guardar todavía: Guardar lo escribe, Cancelar lo descarta</numerusform>
            <numerusform>%n cambios sin guardar todavía: Guardar los escribe, Cancelar los descarta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consents</source>
        <translation>
            <numerusform>%n consentimiento</numerusform>
            <numerusform>%n consentimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions</source>
        <translation>
            <numerusform>%n decisión</numerusform>
            <numerusform>%n decisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted records, newest first. Restore brings a record back with its e-mails, phones and links; emptying the Trash removes them for good.</source>
        <translation>
            <numerusform>%n registro eliminado. Restaurar lo recupera con sus correos, teléfonos y vínculos; vaciar la papelera lo elimina definitivamente.</numerusform>
            <numerusform>%n registros eliminados, los más recientes primero. Restaurar recupera un registro con sus correos, teléfonos y vínculos; vaciar la papelera los elimina definitivamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminada</numerusform>
            <numerusform>%n terminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week</source>
        <translation>
            <numerusform>%n vence esta semana</numerusform>
            <numerusform>%n vencen esta semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail addresses</source>
        <extracomment>the person&apos;s own rows, each counted in the confirmation (&quot;2 e-mail addresses&quot;)</extracomment>
        <translation>
            <numerusform>%n dirección de correo electrónico</numerusform>
            <numerusform>%n direcciones de correo electrónico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n focal-point roles</source>
        <translation>
            <numerusform>%n cargo de punto focal</numerusform>
            <numerusform>%n cargos de punto focal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found by e-mail</source>
        <translation>
            <numerusform>%n encontrado por correo</numerusform>
            <numerusform>%n encontrados por correo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings in the trash left there</source>
        <translation>
            <numerusform>%n reunión en la papelera dejada allí</numerusform>
            <numerusform>%n reuniones en la papelera dejadas allí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meetings saved to {path}</source>
        <translation>
            <numerusform>%n reunión guardada en {path}</numerusform>
            <numerusform>%n reuniones guardadas en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n abierta</numerusform>
            <numerusform>%n abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people matched to existing contacts by e-mail</source>
        <extracomment>the header of each column whose empty cell keeps the stored value, and that value&apos;s key what the preparation found, for the preview&apos;s notes</extracomment>
        <translation>
            <numerusform>%n persona asociada a un contacto existente por su correo</numerusform>
            <numerusform>%n personas asociadas a contactos existentes por su correo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone numbers</source>
        <translation>
            <numerusform>%n número de teléfono</numerusform>
            <numerusform>%n números de teléfono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates</source>
        <translation>
            <numerusform>%n posible duplicado</numerusform>
            <numerusform>%n posibles duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicates.</source>
        <translation>
            <numerusform>%n posible duplicado.</numerusform>
            <numerusform>%n posibles duplicados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurring series with no occurrence between {start} and {end} left out</source>
        <translation>
            <numerusform>%n serie periódica sin ninguna repetición entre {start} y {end} omitida</numerusform>
            <numerusform>%n series periódicas sin ninguna repetición entre {start} y {end} omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regions</source>
        <translation>
            <numerusform>%n región</numerusform>
            <numerusform>%n regiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected rows were left out.</source>
        <translation>
            <numerusform>%n fila rechazada se ha omitido.</numerusform>
            <numerusform>%n filas rechazadas se han omitido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are rejected: they are left out, and can be saved to a workbook to correct</source>
        <translation>
            <numerusform>%n fila se ha rechazado: se omite y puede guardarse en un libro para corregirla</numerusform>
            <numerusform>%n filas se han rechazado: se omiten y pueden guardarse en un libro para corregirlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to {name}</source>
        <translation>
            <numerusform>%n fila exportada a {name}</numerusform>
            <numerusform>%n filas exportadas a {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows saved to {file}</source>
        <translation>
            <numerusform>%n fila guardada en {file}</numerusform>
            <numerusform>%n filas guardadas en {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training-centre roles</source>
        <translation>
            <numerusform>%n cargo en un centro de formación</numerusform>
            <numerusform>%n cargos en centros de formación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vCards written</source>
        <translation>
            <numerusform>%n vCard escrita</numerusform>
            <numerusform>%n vCards escritas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About MetroDesk</source>
        <translation>&amp;Acerca de MetroDesk</translation>
    </message>
    <message>
        <source>&amp;Action items…</source>
        <translation>&amp;Acciones pendientes…</translation>
    </message>
    <message>
        <source>&amp;Add attendees who are not in MetroDesk yet as contacts</source>
        <translation>&amp;Añadir como contactos a los asistentes que aún no están en MetroDesk</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Copias de &amp;seguridad…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>&amp;Comprobar la base de datos…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <extracomment>shown in the Settings dialog under `group` when both are given (QT_TR_NOOP texts) the values allowed, with their labels, for a preference chosen from a list</extracomment>
        <translation>&amp;Colores</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar los detalles</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation>&amp;Borrar la selección…</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation>&amp;Borrar a esta persona…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>the menu bar, left to right: (title, entries, object name); the View menu is the sections</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Headers are on row:</source>
        <translation>Los &amp;encabezados están en la fila:</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Import from Excel, Outlook or Google…</source>
        <translation>&amp;Importar desde Excel, Outlook o Google…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import the %n valid rows</source>
        <translation>
            <numerusform>&amp;Importar la fila válida</numerusform>
            <numerusform>&amp;Importar las %n filas válidas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Join and sync</source>
        <translation>&amp;Unirse y sincronizar</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>&amp;Keep it deleted</source>
        <translation>&amp;Dejarlo eliminado</translation>
    </message>
    <message>
        <source>&amp;Keep it in this computer&apos;s keychain</source>
        <translation>&amp;Guardarla en el llavero de este ordenador</translation>
    </message>
    <message>
        <source>&amp;Keep the link</source>
        <translation>&amp;Conservar el vínculo</translation>
    </message>
    <message>
        <source>&amp;Keep “{value}”</source>
        <translation>&amp;Conservar «{value}»</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Lock the window after</source>
        <translation>&amp;Bloquear la ventana después de</translation>
    </message>
    <message>
        <source>&amp;Membership overview…</source>
        <translation>&amp;Resumen de membresías…</translation>
    </message>
    <message>
        <source>&amp;Name, as the navigation shows it</source>
        <translation>&amp;Nombre, tal como lo muestra la navegación</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <extracomment>a line between groups of commands</extracomment>
        <translation>&amp;Nuevo contacto…</translation>
    </message>
    <message>
        <source>&amp;New passphrase (8 characters or more):</source>
        <translation>&amp;Nueva frase de contraseña (8 caracteres o más):</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Open on</source>
        <translation>&amp;Abrir en</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Protect</source>
        <translation>&amp;Proteger</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo {name}</source>
        <translation>&amp;Rehacer {name}</translation>
    </message>
    <message>
        <source>&amp;Remember it on this computer (in the system keychain)</source>
        <translation>&amp;Recordarla en este ordenador (en el llavero del sistema)</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Recordatorios…</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Restore it</source>
        <translation>&amp;Restaurarlo</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Retention review</source>
        <translation>&amp;Revisión de conservación</translation>
    </message>
    <message>
        <source>&amp;Rows are:</source>
        <translation>Las &amp;filas son:</translation>
    </message>
    <message>
        <source>&amp;Save the rejected rows…</source>
        <translation>&amp;Guardar las filas rechazadas…</translation>
    </message>
    <message>
        <source>&amp;Seal and sync</source>
        <translation>&amp;Cifrar y sincronizar</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>&amp;Show every column again</source>
        <translation>&amp;Mostrar de nuevo todas las columnas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Take the other</source>
        <translation>&amp;Tomar el otro</translation>
    </message>
    <message>
        <source>&amp;Take “{value}”</source>
        <translation>&amp;Tomar «{value}»</translation>
    </message>
    <message>
        <source>&amp;Training activity…</source>
        <translation>Actividad de &amp;formación…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo {name}</source>
        <translation>&amp;Deshacer {name}</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Unlock and sync</source>
        <translation>&amp;Desbloquear y sincronizar</translation>
    </message>
    <message>
        <source>&amp;Use it</source>
        <translation>&amp;Usarlo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Write an e-mail…</source>
        <translation>&amp;Escribir un correo…</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <source>&apos;{description}&apos; no longer exists</source>
        <translation>«{description}» ya no existe</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not one of the statuses</source>
        <translation>«{status}» no es uno de los estados</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(no importar)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(erased) {id}</source>
        <translation>(borrado) {id}</translation>
    </message>
    <message>
        <source>(new contact)</source>
        <translation>(nuevo contacto)</translation>
    </message>
    <message>
        <source>(no e-mail, phone or organisation)</source>
        <translation>(sin correo, teléfono ni organización)</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(sin encabezado)</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>(aún sin guardar)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>1 action item due</source>
        <extracomment>how often an open window looks for what has fallen due a change (an item marked done, a fee paid) is followed by a new look this much later</extracomment>
        <translation>1 acción pendiente que vence</translation>
    </message>
    <message>
        <source>1 address copied</source>
        <translation>1 dirección copiada</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 cambio en espera</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <source>1 fee overdue</source>
        <translation>1 cuota vencida</translation>
    </message>
    <message>
        <source>1 selected</source>
        <translation>1 seleccionado</translation>
    </message>
    <message>
        <source>; use a dated status change</source>
        <translation>; use un cambio de estado con fecha</translation>
    </message>
    <message>
        <source>; {count} left out (no consent in force: {consent}; no e-mail: {email})</source>
        <translation>; {count} omitidos (sin consentimiento vigente: {consent}; sin correo: {email})</translation>
    </message>
    <message>
        <source>; {n} backups deleted</source>
        <translation>; {n} copias de seguridad eliminadas</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&lt;b&gt;{cur}&lt;/b&gt;: invoiced {inv} · paid {paid} · unpaid {unpaid}</source>
        <translation>&lt;b&gt;{cur}&lt;/b&gt;: facturado {inv} · pagado {paid} · pendiente {unpaid}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{record}&lt;/b&gt; — {field}</source>
        <translation>&lt;b&gt;{record}&lt;/b&gt; — {field}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MetroDesk {version}&lt;/h2&gt;&lt;p&gt;Contacts, member cities, training and meeting notes for the secretariat of a world association of cities.&lt;/p&gt;&lt;p&gt;Free software under the {licence} licence.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MetroDesk {version}&lt;/h2&gt;&lt;p&gt;Contactos, ciudades miembro, formación y actas de reuniones para la secretaría de una asociación mundial de ciudades.&lt;/p&gt;&lt;p&gt;Software libre con licencia {licence}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A backup of the database was made first.</source>
        <translation>Antes se hizo una copia de seguridad de la base de datos.</translation>
    </message>
    <message>
        <source>A consent on record that is not withdrawn</source>
        <translation>Un consentimiento registrado y no retirado</translation>
    </message>
    <message>
        <source>A decision taken, then Enter</source>
        <translation>Una decisión tomada y, después, Intro</translation>
    </message>
    <message>
        <source>A new person needs at least a family name</source>
        <translation>Una persona nueva necesita al menos un apellido</translation>
    </message>
    <message>
        <source>A person erased on another computer was erased here too.</source>
        <translation>Una persona borrada en otro ordenador también se ha borrado aquí.</translation>
    </message>
    <message>
        <source>A shared folder, or a server: postgresql://YOUR-ROLE@SERVER/DATABASE</source>
        <translation>Una carpeta compartida o un servidor: postgresql://SU-ROL@SERVIDOR/BASE</translation>
    </message>
    <message>
        <source>A tag, such as Dakar 2026</source>
        <translation>Una etiqueta, por ejemplo Dakar 2026</translation>
    </message>
    <message>
        <source>A workbook exported by MetroDesk, contacts exported by Outlook or Google (.csv, .vcf) and calendars (.ics) import as they are. Any other workbook or CSV file: you choose the sheet and say which column is which. Nothing is written before you have seen the preview and pressed Import.</source>
        <translation>Un libro exportado por MetroDesk, los contactos exportados por Outlook o Google (.csv, .vcf) y los calendarios (.ics) se importan tal cual. Cualquier otro libro o archivo CSV: usted elige la hoja e indica qué columna es cuál. No se escribe nada antes de que haya visto la vista previa y pulsado Importar.</translation>
    </message>
    <message>
        <source>A workbook of the rows left out, with a Reason column: correct, then import it</source>
        <translation>Un libro con las filas omitidas y una columna Motivo: corríjalo y vuelva a importarlo</translation>
    </message>
    <message>
        <source>A workbook with Contacts, Organisations or Member cities sheets</source>
        <translation>Un libro con hojas Contactos, Organizaciones o Ciudades miembro</translation>
    </message>
    <message>
        <source>About MetroDesk</source>
        <translation>Acerca de MetroDesk</translation>
    </message>
    <message>
        <source>Access export</source>
        <translation>Exportación de acceso</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Action item</source>
        <extracomment>the field an action item&apos;s problem is told at, numbered: &quot;Action item 2&quot; (errors.field_text)</extracomment>
        <translation>Acción pendiente</translation>
    </message>
    <message>
        <source>Action item {n}: the due date must be a date such as {format}</source>
        <translation>Acción pendiente {n}: el vencimiento debe ser una fecha como {format}</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <source>Action items due today or overdue, and fees overdue, in a bar at the top</source>
        <translation>Las acciones pendientes para hoy o atrasadas, y las cuotas vencidas, en una barra en la parte superior</translation>
    </message>
    <message>
        <source>Action items per owner</source>
        <translation>Acciones pendientes por responsable</translation>
    </message>
    <message>
        <source>Action items report</source>
        <translation>Informe de acciones pendientes</translation>
    </message>
    <message>
        <source>Actions by due date</source>
        <translation>Acciones por vencimiento</translation>
    </message>
    <message>
        <source>Actions by owner</source>
        <translation>Acciones por responsable</translation>
    </message>
    <message>
        <source>Active members by region</source>
        <translation>Miembros activos por región</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a focal point</source>
        <translation>Añadir un punto focal</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Añadir acción pendiente</translation>
    </message>
    <message>
        <source>Add as a new contact</source>
        <translation>Añadir como contacto nuevo</translation>
    </message>
    <message>
        <source>Add as a new fee</source>
        <translation>Añadir como cuota nueva</translation>
    </message>
    <message>
        <source>Add centre contact</source>
        <translation>Añadir contacto del centro</translation>
    </message>
    <message>
        <source>Add focal point</source>
        <translation>Añadir punto focal</translation>
    </message>
    <message>
        <source>Add membership fee</source>
        <translation>Añadir cuota de membresía</translation>
    </message>
    <message>
        <source>Add new person</source>
        <translation>Añadir persona nueva</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation>Añadir cita</translation>
    </message>
    <message>
        <source>Add region</source>
        <translation>Añadir región</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Añadir al calendario</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Añadir al calendario…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Address of the web page (https://…):</source>
        <translation>Dirección de la página web (https://…):</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Affiliation {n}</source>
        <extracomment>None: a new address read back from the database; on saving, the order of the list decides None: current</extracomment>
        <translation>Afiliación {n}</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>All rows</source>
        <extracomment>the row as the services described it (its options, for a flagged row) the user&apos;s decisions: (kind, key) of a new name, (sheet, row) of a flagged row</extracomment>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Already on record? {links}</source>
        <translation>¿Ya registrado? {links}</translation>
    </message>
    <message>
        <source>Also chosen for column {letters}</source>
        <translation>También elegido para la columna {letters}</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>An organisation not on record: {state}</source>
        <translation>Una organización no registrada: {state}</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Cualquier vencimiento</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Any organisation</source>
        <translation>Cualquier organización</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply to the selected fee</source>
        <translation>Aplicar a la cuota seleccionada</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Atrasos</translation>
    </message>
    <message>
        <source>As the desktop is set</source>
        <translation>Según la configuración del escritorio</translation>
    </message>
    <message>
        <source>As the system is set</source>
        <translation>Según la configuración del sistema</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>Al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Adjuntar archivo</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Attachment</source>
        <extracomment>the largest file that can be attached</extracomment>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Attended / certificate…</source>
        <translation>Asistencia / certificado…</translation>
    </message>
    <message>
        <source>Attendees are matched to contacts by their e-mail. Without this, the people not found are counted among each meeting&apos;s other attendees.</source>
        <translation>Los asistentes se asocian a los contactos por su correo. Sin esta opción, las personas no encontradas se cuentan entre los demás asistentes de cada reunión.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backups made before still hold the data until they expire: {n}.</source>
        <translation>Las copias de seguridad hechas antes conservan los datos hasta que caducan: {n}.</translation>
    </message>
    <message>
        <source>Before a change of passphrase protection</source>
        <translation>Antes de un cambio de protección con frase de contraseña</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Antes de una fusión</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before an erasure</source>
        <translation>Antes de un borrado</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Body text</source>
        <extracomment>the block styles of the Style box: (label, heading level; 0 = body text)</extracomment>
        <translation>Texto normal</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Negrita (Ctrl+B)</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Creado con</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>C&amp;ambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>C&amp;onflicts ({count})…</source>
        <translation>C&amp;onflictos ({count})…</translation>
    </message>
    <message>
        <source>C&amp;onflicts…</source>
        <translation>C&amp;onflictos…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Calendar file saved to {path}</source>
        <translation>Archivo de calendario guardado en {path}</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendarios (*.ics)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certificado emitido</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Certificados emitidos</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Change action item status</source>
        <translation>Cambiar el estado de la acción pendiente</translation>
    </message>
    <message>
        <source>Change membership status</source>
        <translation>Cambiar el estado de membresía</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Change the status on the Status tab: each change is dated</source>
        <translation>Cambie el estado en la pestaña Estado: cada cambio queda fechado</translation>
    </message>
    <message>
        <source>Changed by import</source>
        <translation>Modificado por importación</translation>
    </message>
    <message>
        <source>Changed in the editor</source>
        <translation>Modificado en el editor</translation>
    </message>
    <message>
        <source>Changed on one computer while another deleted it for good.</source>
        <translation>Modificado en un ordenador mientras otro lo eliminaba definitivamente.</translation>
    </message>
    <message>
        <source>Changed on one computer while another moved it to the Trash.</source>
        <translation>Modificado en un ordenador mientras otro lo movía a la papelera.</translation>
    </message>
    <message>
        <source>Changed on two computers at about the same time.</source>
        <extracomment>what each kind of conflict is, for the person looking at it (translated when shown)</extracomment>
        <translation>Modificado en dos ordenadores casi al mismo tiempo.</translation>
    </message>
    <message>
        <source>Changes made on another computer about a person erased here arrived: erased too.</source>
        <translation>Han llegado cambios hechos en otro ordenador sobre una persona borrada aquí: también se han borrado.</translation>
    </message>
    <message>
        <source>Changes not saved yet: Save writes them, Cancel discards them</source>
        <translation>Cambios sin guardar todavía: Guardar los escribe, Cancelar los descarta</translation>
    </message>
    <message>
        <source>Changes or reason</source>
        <translation>Cambios o motivo</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <source>Changing the selection…</source>
        <translation>Cambiando la selección…</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Comprobar la base de datos</translation>
    </message>
    <message>
        <source>Check report</source>
        <translation>Informe de comprobación</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Comprobando cada fila…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Comprobando la base de datos…</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Comprobando {file}…</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <source>Choose the sheet and the row that holds the column headers; the rows below it are imported.</source>
        <translation>Elija la hoja y la fila que contiene los encabezados de columna; se importan las filas que están debajo.</translation>
    </message>
    <message>
        <source>Choose the team folder to start syncing this copy.</source>
        <translation>Elija la carpeta del equipo para empezar a sincronizar esta copia.</translation>
    </message>
    <message>
        <source>Choose the team folder.</source>
        <translation>Elija la carpeta del equipo.</translation>
    </message>
    <message>
        <source>Choose the value to keep for each field. E-mails, phones, organisations, meetings and trainings of both are kept; the second contact goes to the trash. Undo reverts the whole merge.</source>
        <translation>Elija el valor que se conserva en cada campo. Se conservan los correos, teléfonos, organizaciones, reuniones y formaciones de ambos; el segundo contacto va a la papelera. Deshacer revierte toda la fusión.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>City in arrears</source>
        <translation>Ciudad con atrasos</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Click a name to open the existing contact</source>
        <translation>Haga clic en un nombre para abrir el contacto existente</translation>
    </message>
    <message>
        <source>Click the row that holds the column headers</source>
        <translation>Haga clic en la fila que contiene los encabezados de columna</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the settings without keeping your changes?</source>
        <translation>¿Cerrar la configuración sin conservar los cambios?</translation>
    </message>
    <message>
        <source>Close without changing the protection?</source>
        <translation>¿Cerrar sin cambiar la protección?</translation>
    </message>
    <message>
        <source>Close without syncing? The folder and name you typed are not kept.</source>
        <translation>¿Cerrar sin sincronizar? No se conservan la carpeta ni el nombre escritos.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Columns are hidden in: {sections}.</source>
        <translation>Hay columnas ocultas en: {sections}.</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordenador</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <extracomment>a conflict was settled (the window&apos;s views refresh)</extracomment>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>Consentimiento: cualquiera</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Personas de contacto</translation>
    </message>
    <message>
        <source>Contact: pick one of the suggestions</source>
        <translation>Contacto: elija una de las sugerencias</translation>
    </message>
    <message>
        <source>Contacts</source>
        <extracomment>rows read per call of the list source sheet titles (and suggested file names) per list kind, as the navigation names them; translated when written (a list export speaks the interface&apos;s language)
----------
the order kinds are grouped in, and the name each group shows (translated where shown)
----------
sample values shown per source column</extracomment>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Contacts (.csv, .vcf) and calendars (.ics)</source>
        <translation>Contactos (.csv, .vcf) y calendarios (.ics)</translation>
    </message>
    <message>
        <source>Contacts and calendars (*.csv *.vcf *.ics)</source>
        <translation>Contactos y calendarios (*.csv *.vcf *.ics)</translation>
    </message>
    <message>
        <source>Contacts from Outlook or Google (*.csv *.vcf)</source>
        <translation>Contactos de Outlook o Google (*.csv *.vcf)</translation>
    </message>
    <message>
        <source>Contacts merged</source>
        <translation>Contactos fusionados</translation>
    </message>
    <message>
        <source>Contacts, meetings, training</source>
        <translation>Contactos, reuniones, formación</translation>
    </message>
    <message>
        <source>Copies in the team folder</source>
        <translation>Copias en la carpeta del equipo</translation>
    </message>
    <message>
        <source>Copies in the team folder:</source>
        <translation>Copias en la carpeta del equipo:</translation>
    </message>
    <message>
        <source>Copies on the team server:</source>
        <translation>Copias en el servidor del equipo:</translation>
    </message>
    <message>
        <source>Copy e-&amp;mail addresses</source>
        <translation>Copiar las direcciones de co&amp;rreo</translation>
    </message>
    <message>
        <source>Copy e-mail addresses</source>
        <translation>Copiar las direcciones de correo</translation>
    </message>
    <message>
        <source>Copy the addresses of {scope}</source>
        <translation>Copiar las direcciones de {scope}</translation>
    </message>
    <message>
        <source>Copy the version, libraries and folders, for a support request</source>
        <translation>Copiar la versión, las bibliotecas y las carpetas para una solicitud de asistencia</translation>
    </message>
    <message>
        <source>Correct membership fee</source>
        <translation>Corregir la cuota de membresía</translation>
    </message>
    <message>
        <source>Correct the selected focal point&apos;s role and dates</source>
        <translation>Corregir el cargo y las fechas del punto focal seleccionado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Create</source>
        <extracomment>object, not dict: Qt would make a map of string keys of it, and these are tuples</extracomment>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Create {name}</source>
        <translation>Crear {name}</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Created by import</source>
        <translation>Creado por importación</translation>
    </message>
    <message>
        <source>Created {what}</source>
        <translation>Creado: {what}</translation>
    </message>
    <message>
        <source>Currency</source>
        <extracomment>sum of the fees invoiced, of those paid, and of those not paid (invoiced or not)</extracomment>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Current status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Estado actual: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>D</source>
        <comment>the letter of days in a date format (DD)</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>DURATION &apos;{value}&apos; is no duration</source>
        <translation>DURATION «{value}» no es una duración</translation>
    </message>
    <message>
        <source>Daily</source>
        <extracomment>the words the list shows for each kind of backup</extracomment>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Daily backup made</source>
        <translation>Copia diaria realizada</translation>
    </message>
    <message>
        <source>Damaged file kept for rescue</source>
        <translation>Archivo dañado conservado para su recuperación</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>item data roles of the dashboard&apos;s lists on a recent change whose record is in the trash: the record&apos;s label
----------
the record kind the section lists; &quot;&quot; for the dashboard the search box&apos;s accessible name the empty list&apos;s text: nothing yet ({button}: the New button&apos;s text) the empty list&apos;s text when filters hide everything &quot;1 contact&quot;, &quot;1,204 contacts&quot;, in the interface&apos;s language the list column that names a record (for messages such as &quot;Moved … to Trash&quot;)</extracomment>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date of the payment to record</source>
        <translation>Fecha del pago que se registra</translation>
    </message>
    <message>
        <source>Date of the status change</source>
        <translation>Fecha del cambio de estado</translation>
    </message>
    <message>
        <source>Date: write the day it happened, or pick it</source>
        <translation>Fecha: escriba el día en que ocurrió o elíjalo</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Decisions and quotes</source>
        <translation>Decisiones y citas</translation>
    </message>
    <message>
        <source>Decrypt {name} and its backups? Anyone with the files can then read them.</source>
        <translation>¿Descifrar {name} y sus copias de seguridad? Cualquiera que tenga los archivos podrá leerlos.</translation>
    </message>
    <message>
        <source>Default data folder</source>
        <translation>Carpeta de datos predeterminada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Eliminar acción pendiente</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <source>Delete member city</source>
        <translation>Eliminar ciudad miembro</translation>
    </message>
    <message>
        <source>Delete membership fee</source>
        <translation>Eliminar cuota de membresía</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Eliminar organización</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Eliminar programa</translation>
    </message>
    <message>
        <source>Delete region</source>
        <translation>Eliminar región</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n records in the Trash for good?</source>
        <translation>
            <numerusform>¿Eliminar definitivamente el registro de la papelera?</numerusform>
            <numerusform>¿Eliminar definitivamente los %n registros de la papelera?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected fee</source>
        <translation>Eliminar la cuota seleccionada</translation>
    </message>
    <message>
        <source>Delete training centre</source>
        <translation>Eliminar centro de formación</translation>
    </message>
    <message>
        <source>Delete training session</source>
        <translation>Eliminar sesión de formación</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Deleted for good</source>
        <translation>Eliminado definitivamente</translation>
    </message>
    <message>
        <source>Describe the action first</source>
        <translation>Describa primero la acción</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Details were saved to {file}.</source>
        <translation>Los detalles se han guardado en {file}.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Terminada el</translation>
    </message>
    <message>
        <source>Double-click a person to open the contact</source>
        <translation>Haga doble clic en una persona para abrir el contacto</translation>
    </message>
    <message>
        <source>Double-click a training to open its session</source>
        <translation>Haga doble clic en una formación para abrir su sesión</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Due date of the action item</source>
        <translation>Vencimiento de la acción pendiente</translation>
    </message>
    <message>
        <source>Due must be a date such as {format}</source>
        <translation>El vencimiento debe ser una fecha como {format}</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Vence esta semana</translation>
    </message>
    <message>
        <source>E&amp;xport list to Excel…</source>
        <translation>E&amp;xportar la lista a Excel…</translation>
    </message>
    <message>
        <source>E&amp;xport register…</source>
        <translation>E&amp;xportar el registro…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>table row of each entry sent, in order (blank rows are left out)
----------
what a part of a record is called in its history (&quot;E-mail abickart@…: Label&quot;)</extracomment>
        <translation>Correo</translation>
    </message>
    <message>
        <source>E-mail addresses (the first is the main one)</source>
        <translation>Direcciones de correo (la primera es la principal)</translation>
    </message>
    <message>
        <source>E-mail of a new person</source>
        <translation>Correo de una persona nueva</translation>
    </message>
    <message>
        <source>E-mail: any</source>
        <translation>Correo: cualquiera</translation>
    </message>
    <message>
        <source>Each access export and erasure, who made it and when, newest first ({n} lines). The erased data itself is never kept here.</source>
        <translation>Cada exportación de acceso y cada borrado, quién lo hizo y cuándo, los más recientes primero ({n} líneas). Los datos borrados nunca se guardan aquí.</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Editar acción pendiente</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Edit contact details</source>
        <translation>Editar datos de contacto</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>Edit focal point</source>
        <translation>Editar punto focal</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Editar reunión</translation>
    </message>
    <message>
        <source>Edit member city</source>
        <translation>Editar ciudad miembro</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Editar organización</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <source>Edit programme</source>
        <translation>Editar programa</translation>
    </message>
    <message>
        <source>Edit training centre</source>
        <translation>Editar centro de formación</translation>
    </message>
    <message>
        <source>Edit training session</source>
        <translation>Editar sesión de formación</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Vaciar la papelera…</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <extracomment>the kinds with a section of their own: what the Trash lists who moved it to the Trash, from the journal (&quot;&quot; when the journal does not say)</extracomment>
        <translation>Vaciar la papelera</translation>
    </message>
    <message>
        <source>End focal point</source>
        <translation>Finalizar el punto focal</translation>
    </message>
    <message>
        <source>End today</source>
        <translation>Finalizar hoy</translation>
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
        <translation>inglés</translation>
    </message>
    <message>
        <source>English, en</source>
        <translation>inglés, en</translation>
    </message>
    <message>
        <source>Erase and &amp;delete those backups</source>
        <translation>Borrar y &amp;eliminar esas copias de seguridad</translation>
    </message>
    <message>
        <source>Erase people</source>
        <translation>Borrar personas</translation>
    </message>
    <message>
        <source>Erase these {n} people for good? This cannot be undone.</source>
        <translation>¿Borrar definitivamente a estas {n} personas? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Borrar a esta persona</translation>
    </message>
    <message>
        <source>Erase this person for good? This cannot be undone.</source>
        <translation>¿Borrar definitivamente a esta persona? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Erase {name} for good? This cannot be undone.</source>
        <translation>¿Borrar definitivamente a {name}? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Erased 1 person</source>
        <translation>1 persona borrada</translation>
    </message>
    <message>
        <source>Erased {done} of {total} people (stopped)</source>
        <translation>{done} de {total} personas borradas (detenido)</translation>
    </message>
    <message>
        <source>Erased {n} people</source>
        <translation>{n} personas borradas</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Borrando…</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Español</source>
        <extracomment>the language&apos;s own name: leave it as it is</extracomment>
        <translation>Español</translation>
    </message>
    <message>
        <source>Event to link</source>
        <translation>Evento que vincular</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Every action item: the overdue ones first (most overdue first), then the other open ones by due date, then the done and dropped ones</source>
        <translation>Todas las acciones pendientes: primero las vencidas (las más atrasadas primero), después las demás abiertas por vencimiento y, por último, las terminadas y abandonadas</translation>
    </message>
    <message>
        <source>Every copy of MetroDesk works on its own, online or not, and meets the others&apos; changes in a team folder: a network share, or a folder that OneDrive, SharePoint, Dropbox or Nextcloud keeps in step on everyone&apos;s computer; or on a team server (PostgreSQL) your IT department runs.</source>
        <extracomment>the team server&apos;s answer when signing in was last tried (&quot;password&quot;: wants one)</extracomment>
        <translation>Cada copia de MetroDesk funciona por sí sola, con o sin conexión, y se encuentra con los cambios de las demás en una carpeta del equipo (un recurso compartido de red o una carpeta que OneDrive, SharePoint, Dropbox o Nextcloud mantiene al día en el ordenador de cada uno) o en un servidor del equipo (PostgreSQL) que gestiona su departamento de informática.</translation>
    </message>
    <message>
        <source>Every event becomes a meeting, and the same calendar imported again updates them. A recurring meeting brings one meeting per occurrence between these two days.</source>
        <translation>Cada evento se convierte en una reunión, y el mismo calendario importado de nuevo las actualiza. Una reunión periódica genera una reunión por cada repetición entre estos dos días.</translation>
    </message>
    <message>
        <source>Every list shows all its columns.</source>
        <translation>Cada lista muestra todas sus columnas.</translation>
    </message>
    <message>
        <source>Every meeting, oldest first: dates, title, kind, place, organiser, participants (named contacts and other attendees), linked member cities and organisations, number of decisions and of open action items</source>
        <translation>Todas las reuniones, de la más antigua a la más reciente: fechas, título, tipo, lugar, organizador, participantes (contactos identificados y otros asistentes), ciudades miembro y organizaciones vinculadas, número de decisiones y de acciones pendientes abiertas</translation>
    </message>
    <message>
        <source>Everything held about {name} written to {file}</source>
        <translation>Todo lo que se guarda sobre {name} se ha escrito en {file}</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Expand recurring meetings &amp;from:</source>
        <translation>Desarrollar las reuniones periódicas &amp;desde:</translation>
    </message>
    <message>
        <source>Export cancelled; no file written</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo</translation>
    </message>
    <message>
        <source>Export contacts as &amp;vCard…</source>
        <translation>Exportar los contactos como &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Exportar los contactos como vCard</translation>
    </message>
    <message>
        <source>Export list to Excel</source>
        <translation>Exportar la lista a Excel</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exportar el registro</translation>
    </message>
    <message>
        <source>Export this &amp;person&apos;s data…</source>
        <translation>Exportar los datos de esta &amp;persona…</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Exportar los datos de esta persona</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <extracomment>the reports service, which writes the report shown to a workbook asks where to save (tests replace it to give a path without a modal dialog)</extracomment>
        <translation>Exportado a {path}</translation>
    </message>
    <message>
        <source>Exporting {list} to Excel…</source>
        <translation>Exportando {list} a Excel…</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Family name of a new person</source>
        <translation>Apellidos de una persona nueva</translation>
    </message>
    <message>
        <source>Fee amount</source>
        <translation>Importe de la cuota</translation>
    </message>
    <message>
        <source>Fee currency</source>
        <translation>Moneda de la cuota</translation>
    </message>
    <message>
        <source>Fee invoiced on (date)</source>
        <translation>Cuota facturada el (fecha)</translation>
    </message>
    <message>
        <source>Fee paid on (date)</source>
        <translation>Cuota pagada el (fecha)</translation>
    </message>
    <message>
        <source>Fee year</source>
        <translation>Año de la cuota</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>Fees by year</source>
        <translation>Cuotas por año</translation>
    </message>
    <message>
        <source>Fees for a year</source>
        <translation>Cuotas de un año</translation>
    </message>
    <message>
        <source>Fees for year…</source>
        <translation>Cuotas del año…</translation>
    </message>
    <message>
        <source>Fees in red are overdue: unpaid 90 days after the invoice, or after year end.</source>
        <translation>Las cuotas en rojo están vencidas: impagadas 90 días después de la factura o después del fin de año.</translation>
    </message>
    <message>
        <source>Fees per year ({currency})</source>
        <translation>Cuotas por año ({currency})</translation>
    </message>
    <message>
        <source>Fees {year} ({currency}): amount paid</source>
        <translation>Cuotas {year} ({currency}): importe pagado</translation>
    </message>
    <message>
        <source>Fees {year} ({currency}): amount unpaid</source>
        <translation>Cuotas {year} ({currency}): importe pendiente</translation>
    </message>
    <message>
        <source>Fees {year} ({currency}): invoiced</source>
        <translation>Cuotas {year} ({currency}): facturadas</translation>
    </message>
    <message>
        <source>Fees {year} ({currency}): overdue</source>
        <translation>Cuotas {year} ({currency}): vencidas</translation>
    </message>
    <message>
        <source>Fees {year} ({currency}): paid</source>
        <translation>Cuotas {year} ({currency}): pagadas</translation>
    </message>
    <message>
        <source>Fees {year} ({currency}): unpaid</source>
        <translation>Cuotas {year} ({currency}): impagadas</translation>
    </message>
    <message>
        <source>Fees: any</source>
        <translation>Cuotas: cualquiera</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Files MetroDesk imports (*.xlsx *.csv *.vcf *.ics)</source>
        <extracomment>how long after a decision in the preview it is computed again the wizard&apos;s own sizes; its colours are in the app&apos;s stylesheet (ui/window/style.py)</extracomment>
        <translation>Archivos que MetroDesk importa (*.xlsx *.csv *.vcf *.ics)</translation>
    </message>
    <message>
        <source>Files are copied in when the meeting is saved.</source>
        <translation>Los archivos se copian al guardar la reunión.</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrando…</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Buscar &amp;duplicados…</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <extracomment>pairs listed at most (the best ones)</extracomment>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Primera reunión</translation>
    </message>
    <message>
        <source>Focal point contact</source>
        <translation>Contacto del punto focal</translation>
    </message>
    <message>
        <source>Focal point from (date)</source>
        <translation>Punto focal desde (fecha)</translation>
    </message>
    <message>
        <source>Focal point role</source>
        <translation>Cargo del punto focal</translation>
    </message>
    <message>
        <source>Focal point until (date)</source>
        <translation>Punto focal hasta (fecha)</translation>
    </message>
    <message>
        <source>Focal point: {name}</source>
        <translation>Punto focal: {name}</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Puntos focales</translation>
    </message>
    <message>
        <source>Focal points, Africa</source>
        <translation>Puntos focales, África</translation>
    </message>
    <message>
        <source>Found by its e-mail: updates this contact</source>
        <translation>Encontrado por su correo: actualiza este contacto</translation>
    </message>
    <message>
        <source>Français</source>
        <extracomment>the language&apos;s own name: leave it as it is</extracomment>
        <translation>Français</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Desde el año</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado el</translation>
    </message>
    <message>
        <source>Give this computer a name the others will know.</source>
        <translation>Dé a este ordenador un nombre que los demás reconozcan.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Given name of a new person</source>
        <translation>Nombre de una persona nueva</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Emitido el</translation>
    </message>
    <message>
        <source>Google columns not imported (MetroDesk has no field for them): {columns}</source>
        <translation>Columnas de Google no importadas (MetroDesk no tiene campo para ellas): {columns}</translation>
    </message>
    <message>
        <source>Google contacts</source>
        <extracomment>single columns, by role: (current layout&apos;s names, older layout&apos;s names) the layouts, told apart by columns only one of them has what the numbered fields are called in each layout (field, number) -&gt; {&quot;value&quot;: column, &quot;label&quot;: column, &quot;city&quot;: column ...}</extracomment>
        <translation>Contactos de Google</translation>
    </message>
    <message>
        <source>Google contacts (older layout)</source>
        <translation>Contactos de Google (formato antiguo)</translation>
    </message>
    <message>
        <source>H</source>
        <comment>the letter of hours in a time format (HH)</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>Header in the sheet</source>
        <translation>Encabezado en la hoja</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Título 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Título 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Título 3</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Honorific</source>
        <extracomment>the contact&apos;s own fields a merge chooses between, with their labels
----------
the English label, marked for translation: the editors show it translated, and ValidationError names the field by it text, long, email, phone, country, language, choice, int, year, date, datetime, amount, bool, tags, ref (a record of `ref_kind`) plausible range of a number or year (None: the rule&apos;s own, see validation.py) whether a date (or year) after today is plausible: not for what already happened what a cleared field holds, where the record cannot hold &quot;nothing&quot;</extracomment>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Host institution</source>
        <translation>Institución anfitriona</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <source>I&amp;mport vCards…</source>
        <translation>I&amp;mportar vCards…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Import column {letter} as</source>
        <translation>Importar la columna {letter} como</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Importar desde Excel…</translation>
    </message>
    <message>
        <source>Import from Outlook or Google…</source>
        <translation>Importar desde Outlook o Google…</translation>
    </message>
    <message>
        <source>Import vCards</source>
        <translation>Importar vCards</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged. Edit › Undo reverts the whole import.</source>
        <translation>Importado: {new} nuevos, {updated} actualizados, {unchanged} sin cambios. Edición › Deshacer revierte toda la importación.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>In the Trash</source>
        <extracomment>a value longer than this is shown cut short (the whole value in its tooltip)</extracomment>
        <translation>En la papelera</translation>
    </message>
    <message>
        <source>Instead of creating {name}</source>
        <translation>En lugar de crear {name}</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturada</translation>
    </message>
    <message>
        <source>Invoiced on</source>
        <translation>Facturada el</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Cursiva (Ctrl+I)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Conservar el otro</translation>
    </message>
    <message>
        <source>Keep the second contact and move the first into it</source>
        <translation>Conservar el segundo contacto y fusionar el primero en él</translation>
    </message>
    <message>
        <source>Keep the secretariat&apos;s contacts, member cities, training network and meeting notes in one place, on this computer — also when you are offline.

This database is still empty. Look around with the sample data, or bring in the contacts and cities you keep in Excel, Outlook or Google.</source>
        <translation>Reúna los contactos, las ciudades miembro, la red de formación y las actas de reuniones de la secretaría en un solo lugar, en este ordenador, también sin conexión.

Esta base de datos todavía está vacía. Explore la aplicación con los datos de ejemplo o traiga los contactos y las ciudades que tiene en Excel, Outlook o Google.</translation>
    </message>
    <message>
        <source>Keep this search, its filters, sort and columns under a name, for everyone</source>
        <translation>Guardar esta búsqueda, sus filtros, su orden y sus columnas con un nombre, para todos</translation>
    </message>
    <message>
        <source>Kept (the record holds it)</source>
        <translation>Conservado (el registro lo contiene)</translation>
    </message>
    <message>
        <source>Kept from both</source>
        <translation>Conservado de ambos</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Last contact: none on record</source>
        <translation>Último contacto: ninguno registrado</translation>
    </message>
    <message>
        <source>Last contact: {date} ({how})</source>
        <translation>Último contacto: {date} ({how})</translation>
    </message>
    <message>
        <source>Last contact: …</source>
        <translation>Último contacto: …</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Last met: never (no meeting on record)</source>
        <translation>Último encuentro: nunca (ninguna reunión registrada)</translation>
    </message>
    <message>
        <source>Last met: {date}</source>
        <translation>Último encuentro: {date}</translation>
    </message>
    <message>
        <source>Last met: …</source>
        <extracomment>the fields that say who a new contact is, and how long typing pauses before a look-up</extracomment>
        <translation>Último encuentro: …</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Last synced {when}.</source>
        <translation>Última sincronización {when}.</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Latest meeting</source>
        <translation>Última reunión</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Organización principal</translation>
    </message>
    <message>
        <source>Leave this row out</source>
        <translation>Omitir esta fila</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Let my computer account unlock it (the system keychain), not only the passphrase</source>
        <translation>Permitir que mi cuenta del ordenador la desbloquee (el llavero del sistema), no solo la frase de contraseña</translation>
    </message>
    <message>
        <source>Libraries and their versions</source>
        <translation>Bibliotecas y sus versiones</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Light or dark, or following the desktop&apos;s own setting</source>
        <translation>Claro u oscuro, o según la configuración del escritorio</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Link to a web page</source>
        <translation>Enlace a una página web</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>Eventos vinculados</translation>
    </message>
    <message>
        <source>Linked member cities</source>
        <translation>Ciudades miembro vinculadas</translation>
    </message>
    <message>
        <source>Linked on one computer to a record another moved to the Trash.</source>
        <translation>Vinculado en un ordenador a un registro que otro movió a la papelera.</translation>
    </message>
    <message>
        <source>Linked organisations</source>
        <translation>Organizaciones vinculadas</translation>
    </message>
    <message>
        <source>Linked programmes</source>
        <translation>Programas vinculados</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <source>Lists</source>
        <extracomment>the sections whose hidden columns OK will forget</extracomment>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Live member cities per Metropolis region and status, totals</source>
        <translation>Ciudades miembro activas por región de Metropolis y estado, con totales</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <extracomment>the organisation whose presence means the sample data is already there</extracomment>
        <translation>Cargar datos de ejemplo</translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation>Cargando datos de ejemplo…</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>Nombre local</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Registrarlo</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Looking for contacts entered twice…</source>
        <translation>Buscando contactos introducidos dos veces…</translation>
    </message>
    <message>
        <source>Looking for duplicate contacts…</source>
        <translation>Buscando contactos duplicados…</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>M</source>
        <comment>the letter of months, or minutes, in a date format (MM)</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>Mark action item done</source>
        <extracomment>the status filter&apos;s values besides the statuses themselves the due filter&apos;s values the day &quot;overdue&quot; and &quot;this week&quot; count from; None: the day of the read</extracomment>
        <translation>Marcar la acción pendiente como terminada</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como terminada</translation>
    </message>
    <message>
        <source>Mark the selected action item done today</source>
        <translation>Marcar la acción pendiente seleccionada como terminada hoy</translation>
    </message>
    <message>
        <source>Mark the selected fee paid today</source>
        <translation>Marcar la cuota seleccionada como pagada hoy</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Marcada como terminada</translation>
    </message>
    <message>
        <source>Marks the selected participant as attended, then as certified</source>
        <translation>Marca al participante seleccionado como asistente y, después, como certificado</translation>
    </message>
    <message>
        <source>Matched by e-mail</source>
        <translation>Encontrado por correo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Meetings</source>
        <extracomment>a meeting with a start time but no end lasts this long in calendars</extracomment>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Meetings &amp;register…</source>
        <translation>&amp;Registro de reuniones…</translation>
    </message>
    <message>
        <source>Meetings and trainings</source>
        <translation>Reuniones y formaciones</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Reuniones a las que asistió</translation>
    </message>
    <message>
        <source>Meetings from</source>
        <translation>Reuniones desde</translation>
    </message>
    <message>
        <source>Meetings in {year}</source>
        <translation>Reuniones en {year}</translation>
    </message>
    <message>
        <source>Meetings per year and kind</source>
        <translation>Reuniones por año y tipo</translation>
    </message>
    <message>
        <source>Meetings register</source>
        <translation>Registro de reuniones</translation>
    </message>
    <message>
        <source>Meetings until</source>
        <translation>Reuniones hasta</translation>
    </message>
    <message>
        <source>Member cities</source>
        <translation>Ciudades miembro</translation>
    </message>
    <message>
        <source>Member cities by region and status</source>
        <translation>Ciudades miembro por región y estado</translation>
    </message>
    <message>
        <source>Member cities with overdue fees, the most owed first</source>
        <translation>Ciudades miembro con cuotas vencidas, primero las que más deben</translation>
    </message>
    <message>
        <source>Member city to link</source>
        <translation>Ciudad miembro que vincular</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Miembro desde</translation>
    </message>
    <message>
        <source>Members by region</source>
        <translation>Miembros por región</translation>
    </message>
    <message>
        <source>Membership fees for</source>
        <translation>Cuotas de membresía de</translation>
    </message>
    <message>
        <source>Membership fees per year and currency: how many, paid, unpaid, overdue, and the amounts paid and unpaid</source>
        <translation>Cuotas de membresía por año y moneda: cuántas, pagadas, impagadas, vencidas, y los importes pagados y pendientes</translation>
    </message>
    <message>
        <source>Membership overview</source>
        <translation>Resumen de membresías</translation>
    </message>
    <message>
        <source>Membership report</source>
        <extracomment>the reports `metrodesk report NAME` writes, and their titles (translated where shown: a report workbook speaks the interface&apos;s language, English on the command line)</extracomment>
        <translation>Informe de membresías</translation>
    </message>
    <message>
        <source>Membership tables</source>
        <translation>Tablas de membresías</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <extracomment>how much of a long value (notes) a radio button shows</extracomment>
        <translation>Fusionar contactos</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Fusionar en él</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}</source>
        <translation>Fusionar {other} en {keep}</translation>
    </message>
    <message>
        <source>Merged into {name} ({id})</source>
        <translation>Fusionado en {name} ({id})</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>MetroDesk backs up {name} once a day and before every upgrade, import and restore. It keeps every backup of the last two days, then one a day for a week, one a week for a month and one a month for a year.</source>
        <translation>MetroDesk hace una copia de seguridad de {name} una vez al día y antes de cada actualización, importación y restauración. Conserva todas las copias de los dos últimos días y, después, una al día durante una semana, una a la semana durante un mes y una al mes durante un año.</translation>
    </message>
    <message>
        <source>MetroDesk cannot write beside {name} ({reason})</source>
        <translation>MetroDesk no puede escribir junto a {name} ({reason})</translation>
    </message>
    <message>
        <source>MetroDesk guessed from the headers; correct any column, or choose “(do not import)” to leave it out.</source>
        <translation>MetroDesk lo ha deducido de los encabezados; corrija cualquier columna o elija «(no importar)» para omitirla.</translation>
    </message>
    <message>
        <source>MetroDesk icon</source>
        <translation>Icono de MetroDesk</translation>
    </message>
    <message>
        <source>MetroDesk is locked</source>
        <translation>MetroDesk está bloqueado</translation>
    </message>
    <message>
        <source>MetroDesk list: {title}</source>
        <translation>Lista de MetroDesk: {title}</translation>
    </message>
    <message>
        <source>MetroDesk reminders</source>
        <translation>Recordatorios de MetroDesk</translation>
    </message>
    <message>
        <source>MetroDesk — unexpected error</source>
        <translation>MetroDesk — error inesperado</translation>
    </message>
    <message>
        <source>MetroDesk — {name}</source>
        <extracomment>how long after the window is made the caches the first search needs are warmed how often an open window asks for the day&apos;s automatic backup (made at most once a day) whether `attach` has given the window its services what every write changed, announced by the runner; views refresh from it a thread of its own for the database check left for after the window shows, so that the worker stays free for the first reads meanwhile (see `check_later`) told when that check fails (the app offers the newest backup); without one the window says it itself</extracomment>
        <translation>MetroDesk — {name}</translation>
    </message>
    <message>
        <source>Metropolis regions</source>
        <translation>Regiones de Metropolis</translation>
    </message>
    <message>
        <source>Minutes before the window locks</source>
        <translation>Minutos antes de que se bloquee la ventana</translation>
    </message>
    <message>
        <source>Minutes saved to {path}</source>
        <translation>Acta guardada en {path}</translation>
    </message>
    <message>
        <source>Minutes to PDF</source>
        <translation>Acta en PDF</translation>
    </message>
    <message>
        <source>Minutes to PDF…</source>
        <translation>Acta en PDF…</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Move the selected row up; the first row is the main one</source>
        <translation>Subir la fila seleccionada; la primera fila es la principal</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <extracomment>&quot;Select all N listed&quot; was pressed: the actions take the whole list</extracomment>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Moved to Trash</source>
        <translation>Movido a la papelera</translation>
    </message>
    <message>
        <source>Moved {count} {kinds} to Trash</source>
        <translation>{count} {kinds} movidos a la papelera</translation>
    </message>
    <message>
        <source>Moved ‘{name}’ to Trash</source>
        <translation>«{name}» movido a la papelera</translation>
    </message>
    <message>
        <source>Moving to the Trash…</source>
        <translation>Moviendo a la papelera…</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>marked with QT_TR_NOOP, translated where shown the select of (id, *columns) for live rows, before search and paging turns a row&apos;s selected values into the displayed ones, where SQL cannot column key -&gt; the expression a click on its header sorts by; None: the built columns in order (each key one selected column after the id)</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name in the sheet</source>
        <translation>Nombre en la hoja</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Orden del nombre</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>the colour role of each kind of preview line flagged rows given a choice box at most (further ones keep what the preview decided) rows measured for their wrapped height; further rows keep the default height, so that showing a preview of thousands of rows stays quick (the figures count them all anyway) items get room around their text (rows hold several wrapped lines)</extracomment>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation>Nuevo &amp;evento…</translation>
    </message>
    <message>
        <source>New &amp;programme or initiative…</source>
        <translation>Nuevo &amp;programa o iniciativa…</translation>
    </message>
    <message>
        <source>New Urban Agenda, SDGs</source>
        <translation>Nueva Agenda Urbana, ODS</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nueva acción pendiente</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nueva decisión</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>New member city</source>
        <translation>Nueva ciudad miembro</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <source>New region</source>
        <translation>Nueva región</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <source>New training centre</source>
        <translation>Nuevo centro de formación</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>Nueva sesión de formación</translation>
    </message>
    <message>
        <source>Newest first; hover a change to read it whole</source>
        <translation>Las más recientes primero; pase el puntero sobre un cambio para leerlo completo</translation>
    </message>
    <message>
        <source>No access export or erasure has been made yet. Each one will be listed here, with who made it and when.</source>
        <translation>Todavía no se ha hecho ninguna exportación de acceso ni ningún borrado. Cada uno aparecerá aquí, con quién lo hizo y cuándo.</translation>
    </message>
    <message>
        <source>No action items match these filters</source>
        <translation>Ninguna acción pendiente coincide con estos filtros</translation>
    </message>
    <message>
        <source>No action items yet — press {button}</source>
        <translation>Todavía no hay acciones pendientes: pulse {button}</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>No change on record</source>
        <translation>Ningún cambio registrado</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>Todavía no hay cambios</translation>
    </message>
    <message>
        <source>No conflicts. When two computers change the same thing without knowing of each other&apos;s change, the value set aside waits here for you.</source>
        <translation>No hay conflictos. Cuando dos ordenadores cambian lo mismo sin saber del cambio del otro, el valor apartado le espera aquí.</translation>
    </message>
    <message>
        <source>No consent, or every consent withdrawn</source>
        <translation>Sin consentimiento, o con todos los consentimientos retirados</translation>
    </message>
    <message>
        <source>No contacts match these filters</source>
        <translation>Ningún contacto coincide con estos filtros</translation>
    </message>
    <message>
        <source>No contacts yet — press {button}</source>
        <translation>Todavía no hay contactos: pulse {button}</translation>
    </message>
    <message>
        <source>No copy has synced through this folder yet.</source>
        <translation>Ninguna copia se ha sincronizado todavía a través de esta carpeta.</translation>
    </message>
    <message>
        <source>No copy has synced with this server yet.</source>
        <translation>Ninguna copia se ha sincronizado todavía con este servidor.</translation>
    </message>
    <message>
        <source>No fees recorded for {year}.</source>
        <translation>No hay cuotas registradas para {year}.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>No likely duplicates among the contacts.</source>
        <translation>No hay duplicados probables entre los contactos.</translation>
    </message>
    <message>
        <source>No match for ‘{query}’</source>
        <translation>Ningún resultado para «{query}»</translation>
    </message>
    <message>
        <source>No match for ‘{q}’</source>
        <translation>Ningún resultado para «{q}»</translation>
    </message>
    <message>
        <source>No meetings match these filters</source>
        <translation>Ninguna reunión coincide con estos filtros</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>Todavía no hay reuniones</translation>
    </message>
    <message>
        <source>No meetings yet — press {button}</source>
        <translation>Todavía no hay reuniones: pulse {button}</translation>
    </message>
    <message>
        <source>No member cities match these filters</source>
        <translation>Ninguna ciudad miembro coincide con estos filtros</translation>
    </message>
    <message>
        <source>No member cities yet — press {button}</source>
        <translation>Todavía no hay ciudades miembro: pulse {button}</translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation>Todavía no hay miembros</translation>
    </message>
    <message>
        <source>No organisations match these filters</source>
        <translation>Ninguna organización coincide con estos filtros</translation>
    </message>
    <message>
        <source>No organisations yet — press {button}</source>
        <translation>Todavía no hay organizaciones: pulse {button}</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Sin región</translation>
    </message>
    <message>
        <source>No rows below the header row; choose the row that holds the headers.</source>
        <translation>No hay filas debajo de la fila de encabezados; elija la fila que contiene los encabezados.</translation>
    </message>
    <message>
        <source>No team on this server yet: this copy starts it.</source>
        <translation>Todavía no hay equipo en este servidor: esta copia lo inicia.</translation>
    </message>
    <message>
        <source>No training centres match these filters</source>
        <translation>Ningún centro de formación coincide con estos filtros</translation>
    </message>
    <message>
        <source>No training centres yet</source>
        <translation>Todavía no hay centros de formación</translation>
    </message>
    <message>
        <source>No training centres yet — press {button}</source>
        <translation>Todavía no hay centros de formación: pulse {button}</translation>
    </message>
    <message>
        <source>No valid consent and nothing recorded for the last {years} years: {n} listed. Select the ones to erase.</source>
        <translation>Sin consentimiento válido y nada registrado en los últimos {years} años: {n} en la lista. Seleccione las que quiere borrar.</translation>
    </message>
    <message>
        <source>Nobody to review: everyone has a valid consent or something recorded about them in the last {years} years.</source>
        <translation>Nadie que revisar: todos tienen un consentimiento válido o algo registrado sobre ellos en los últimos {years} años.</translation>
    </message>
    <message>
        <source>Nobody to write to</source>
        <translation>No hay nadie a quien escribir</translation>
    </message>
    <message>
        <source>None yet. “Save view…” beside a list&apos;s search keeps the list as you set it.</source>
        <translation>Ninguna todavía. «Guardar vista…», junto a la búsqueda de una lista, guarda la lista tal como la ha dejado.</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Aún no terminada</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note (why, decided by whom)</source>
        <translation>Nota (por qué, decidido por quién)</translation>
    </message>
    <message>
        <source>Note on the status change</source>
        <translation>Nota sobre el cambio de estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import applies every valid row as one step, which Edit › Undo reverts; a backup is made first.</source>
        <translation>Todavía no se ha escrito nada. Importar aplica todas las filas válidas en un solo paso, que Edición › Deshacer revierte; antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>Nothing is due: well done</source>
        <translation>No vence nada: buen trabajo</translation>
    </message>
    <message>
        <source>Nothing open — well done</source>
        <translation>Nada pendiente: buen trabajo</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se ha importado nada</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>A petición</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action items not done yet</comment>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open &amp;backups folder</source>
        <translation>Abrir la carpeta de &amp;copias de seguridad</translation>
    </message>
    <message>
        <source>Open (overdue included)</source>
        <translation>Abiertas (incluidas las vencidas)</translation>
    </message>
    <message>
        <source>Open a list (Contacts, Meetings…) to export it</source>
        <translation>Abra una lista (Contactos, Reuniones…) para exportarla</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Acciones pendientes abiertas</translation>
    </message>
    <message>
        <source>Open action items ({n})</source>
        <translation>Acciones pendientes abiertas ({n})</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>Open the conflicts inbox</source>
        <translation>Abrir la bandeja de conflictos</translation>
    </message>
    <message>
        <source>Open, not overdue</source>
        <translation>Abiertas, no vencidas</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <extracomment>passphrase protection of the file, and the lock after inactivity</extracomment>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>Or &amp;another value:</source>
        <translation>O &amp;otro valor:</translation>
    </message>
    <message>
        <source>Or start from scratch: open Contacts and press New contact.</source>
        <translation>O empiece desde cero: abra Contactos y pulse Nuevo contacto.</translation>
    </message>
    <message>
        <source>Or take it as the existing…</source>
        <translation>O tomarla como la existente…</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisation to link</source>
        <translation>Organización que vincular</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message numerus="yes">
        <source>Organisations not on record: %n will be created</source>
        <translation>
            <numerusform>Organizaciones no registradas: se creará %n</numerusform>
            <numerusform>Organizaciones no registradas: se crearán %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisations, current and past</source>
        <translation>Organizaciones, actuales y pasadas</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Other attendees</source>
        <translation>Otros asistentes</translation>
    </message>
    <message>
        <source>Outlook columns not imported (MetroDesk has no field for them): {columns}</source>
        <translation>Columnas de Outlook no importadas (MetroDesk no tiene campo para ellas): {columns}</translation>
    </message>
    <message>
        <source>Outlook contacts ({language})</source>
        <translation>Contactos de Outlook ({language})</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Overdue as of</source>
        <translation>Vencidas a</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Adeudado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Owner of the action item</source>
        <translation>Responsable de la acción pendiente</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>Importe pagado</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagada el</translation>
    </message>
    <message>
        <source>Paid today</source>
        <translation>Pagada hoy</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Participant to add</source>
        <translation>Participante que añadir</translation>
    </message>
    <message>
        <source>Participant: pick a contact, or give the family name of someone new</source>
        <translation>Participante: elija un contacto o indique los apellidos de una persona nueva</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Participants listed by name</source>
        <translation>Participantes por nombre</translation>
    </message>
    <message>
        <source>Participants per centre and year</source>
        <translation>Participantes por centro y año</translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <extracomment>fields shown side by side in the Details tab: (left, right) files to attach, and attachments to remove, on Save</extracomment>
        <translation>Partes de la reunión</translation>
    </message>
    <message>
        <source>Parts of the record</source>
        <extracomment>the steps of the newest rehearsal asked for (the draft once it has come back)</extracomment>
        <translation>Partes del registro</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>Passphrase protection</source>
        <translation>Protección con frase de contraseña</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>People to review</source>
        <translation>Personas que revisar</translation>
    </message>
    <message>
        <source>People with no valid consent and no activity for the last</source>
        <translation>Personas sin consentimiento válido y sin actividad en los últimos</translation>
    </message>
    <message>
        <source>People: none on record</source>
        <translation>Personas: ninguna registrada</translation>
    </message>
    <message>
        <source>People: {current} current, {past} past</source>
        <translation>Personas: {current} actuales, {past} anteriores</translation>
    </message>
    <message>
        <source>People: …</source>
        <translation>Personas: …</translation>
    </message>
    <message>
        <source>Per centre and year (of the session&apos;s start): sessions, participants (registrations not cancelled), attended, certificates issued</source>
        <translation>Por centro y año (de inicio de la sesión): sesiones, participantes (inscripciones no canceladas), asistentes, certificados emitidos</translation>
    </message>
    <message>
        <source>Per owner: how many items are open, overdue and done</source>
        <translation>Por responsable: cuántas acciones están abiertas, vencidas y terminadas</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Por año</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Personal data re&amp;view…</source>
        <translation>Re&amp;visión de datos personales…</translation>
    </message>
    <message>
        <source>Personal data review</source>
        <extracomment>the review&apos;s first answer: people quiet for this many years the years box waits this long after the last change before it reads the list again names shown in the confirmation (the rest are counted)
----------
the day the review counts back from (today; a test looks from a later one)</extracomment>
        <translation>Revisión de datos personales</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Phone numbers (the first is the main one)</source>
        <translation>Números de teléfono (el primero es el principal)</translation>
    </message>
    <message>
        <source>Pick a contact, or type the given and family name of someone new: </source>
        <translation>Elija un contacto o escriba el nombre y los apellidos de una persona nueva: </translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Pick the owner from the suggestions, or leave it empty</source>
        <translation>Elija el responsable entre las sugerencias o déjelo vacío</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Possible duplicate of</source>
        <translation>Posible duplicado de</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Pro&amp;tect with a passphrase…</source>
        <translation>Pro&amp;teger con una frase de contraseña…</translation>
    </message>
    <message>
        <source>Problems were found. Nothing was changed. Restore a backup from File › Backups…, and keep a copy of this file for rescue.</source>
        <translation>Se han encontrado problemas. No se ha cambiado nada. Restaure una copia de seguridad desde Archivo › Copias de seguridad… y guarde una copia de este archivo para su recuperación.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Programme to link</source>
        <translation>Programa que vincular</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Protect {name} with a passphrase</source>
        <translation>Proteger {name} con una frase de contraseña</translation>
    </message>
    <message>
        <source>Protected database</source>
        <translation>Base de datos protegida</translation>
    </message>
    <message>
        <source>Protecting {name}…</source>
        <translation>Protegiendo {name}…</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Put the reminders away</source>
        <translation>Ocultar los recordatorios</translation>
    </message>
    <message>
        <source>Put the reminders away (the status bar keeps them)</source>
        <translation>Ocultar los recordatorios (la barra de estado los conserva)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <source>Re&amp;move protection</source>
        <translation>&amp;Quitar la protección</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Cambios recientes</translation>
    </message>
    <message>
        <source>Recent meetings</source>
        <translation>Reuniones recientes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Record fee payment</source>
        <translation>Registrar el pago de la cuota</translation>
    </message>
    <message>
        <source>Records in the Trash</source>
        <translation>Registros en la papelera</translation>
    </message>
    <message>
        <source>Recurring events expanded from {start} to {end}</source>
        <extracomment>the progress callback hears from a long import every this many events the calendar&apos;s fields of a meeting: what a second import brings up to date</extracomment>
        <translation>Eventos periódicos desarrollados del {start} al {end}</translation>
    </message>
    <message>
        <source>Redone: {name}</source>
        <translation>Rehecho: {name}</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Regions with members</source>
        <translation>Regiones con miembros</translation>
    </message>
    <message>
        <source>Regions…</source>
        <translation>Regiones…</translation>
    </message>
    <message>
        <source>Register of access exports and erasures</source>
        <translation>Registro de exportaciones de acceso y borrados</translation>
    </message>
    <message>
        <source>Register written to {file} ({n} lines)</source>
        <translation>Registro escrito en {file} ({n} líneas)</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Reminders: {what}</source>
        <extracomment>where notifications go (the tray, where the desktop has one); tests listen here</extracomment>
        <translation>Recordatorios: {what}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove a focal point entered by mistake</source>
        <translation>Quitar un punto focal introducido por error</translation>
    </message>
    <message>
        <source>Remove a tag from {count} {kinds}</source>
        <translation>Quitar una etiqueta de {count} {kinds}</translation>
    </message>
    <message>
        <source>Remove a tag…</source>
        <translation>Quitar una etiqueta…</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Quitar el archivo adjunto</translation>
    </message>
    <message>
        <source>Remove centre contact</source>
        <translation>Quitar el contacto del centro</translation>
    </message>
    <message>
        <source>Remove focal point</source>
        <translation>Quitar el punto focal</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Quitar el participante</translation>
    </message>
    <message>
        <source>Remove the protection</source>
        <translation>Quitar la protección</translation>
    </message>
    <message>
        <source>Remove the selected</source>
        <translation>Quitar la selección</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Removing the protection of {name}…</source>
        <translation>Quitando la protección de {name}…</translation>
    </message>
    <message>
        <source>Rename region</source>
        <translation>Cambiar el nombre de la región</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar el nombre…</translation>
    </message>
    <message>
        <source>Replace the database with the backup of {when}? Changes made since then will no longer show. The current file is backed up first, so this can be undone by restoring that backup.</source>
        <translation>¿Sustituir la base de datos por la copia de seguridad del {when}? Los cambios realizados desde entonces dejarán de verse. Antes se hace una copia del archivo actual, así que puede deshacerse restaurando esa copia.</translation>
    </message>
    <message>
        <source>Replace the view of that name</source>
        <translation>Sustituir la vista con ese nombre</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore action item</source>
        <translation>Restaurar acción pendiente</translation>
    </message>
    <message>
        <source>Restore contact</source>
        <translation>Restaurar contacto</translation>
    </message>
    <message>
        <source>Restore event</source>
        <translation>Restaurar evento</translation>
    </message>
    <message>
        <source>Restore meeting</source>
        <translation>Restaurar reunión</translation>
    </message>
    <message>
        <source>Restore member city</source>
        <translation>Restaurar ciudad miembro</translation>
    </message>
    <message>
        <source>Restore organisation</source>
        <translation>Restaurar organización</translation>
    </message>
    <message>
        <source>Restore programme</source>
        <translation>Restaurar programa</translation>
    </message>
    <message>
        <source>Restore training centre</source>
        <translation>Restaurar centro de formación</translation>
    </message>
    <message>
        <source>Restore training session</source>
        <translation>Restaurar sesión de formación</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n records</source>
        <translation>
            <numerusform>%n registro restaurado</numerusform>
            <numerusform>%n registros restaurados</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored from Trash</source>
        <translation>Restaurado desde la papelera</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Retention review and register</source>
        <translation>Revisión de conservación y registro</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Role in the meeting</source>
        <translation>Función en la reunión</translation>
    </message>
    <message>
        <source>Role of the contact person</source>
        <translation>Cargo de la persona de contacto</translation>
    </message>
    <message>
        <source>Role of the participant</source>
        <translation>Función del participante</translation>
    </message>
    <message>
        <source>Role of the selected focal point</source>
        <translation>Cargo del punto focal seleccionado</translation>
    </message>
    <message>
        <source>Role, e.g. speaker</source>
        <translation>Función, p. ej., ponente</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Rows left out of {file}</source>
        <translation>Filas omitidas de {file}</translation>
    </message>
    <message>
        <source>Sample data loaded</source>
        <translation>Datos de ejemplo cargados</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>what the editor&apos;s tabs did, unsaved: rehearsed to be shown, written on Save ids made by the draft&apos;s steps in the last rehearsal, and the step that made each</extracomment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the meeting as an .ics calendar file</source>
        <translation>Guardar la reunión como archivo de calendario .ics</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Guardar las filas rechazadas</translation>
    </message>
    <message>
        <source>Save the selected meetings as an .ics calendar file</source>
        <translation>Guardar las reuniones seleccionadas como archivo de calendario .ics</translation>
    </message>
    <message>
        <source>Save them, or discard them and close the editor?</source>
        <translation>¿Guardarlos, o descartarlos y cerrar el editor?</translation>
    </message>
    <message>
        <source>Save this list of {kinds} as a view</source>
        <translation>Guardar esta lista de {kinds} como vista</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Save view…</source>
        <extracomment>search after every keystroke (0: once the event loop has taken in what was typed, so that a paste or a key repeat asks once); the list reads in the background meanwhile lists whose headers sort on a click (the others keep their own order) a record was moved to the Trash: what to say, beside an Undo button the record to select once a background read of the list arrives</extracomment>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Volver a buscar</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Search action items</source>
        <translation>Buscar acciones pendientes</translation>
    </message>
    <message>
        <source>Search action items…</source>
        <translation>Buscar acciones pendientes…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Search contacts…</source>
        <translation>Buscar contactos…</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Search everything — people, cities, meetings, events…</source>
        <translation>Buscar en todo: personas, ciudades, reuniones, eventos…</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>Buscar reuniones</translation>
    </message>
    <message>
        <source>Search meetings…</source>
        <translation>Buscar reuniones…</translation>
    </message>
    <message>
        <source>Search member cities</source>
        <translation>Buscar ciudades miembro</translation>
    </message>
    <message>
        <source>Search member cities…</source>
        <translation>Buscar ciudades miembro…</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Buscar organizaciones</translation>
    </message>
    <message>
        <source>Search organisations…</source>
        <translation>Buscar organizaciones…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search training centres</source>
        <translation>Buscar centros de formación</translation>
    </message>
    <message>
        <source>Search training centres…</source>
        <translation>Buscar centros de formación…</translation>
    </message>
    <message>
        <source>Sections</source>
        <extracomment>the section pages built so far: each is built when first shown (or asked for by `page`), so that the window does not count and read a first page of every list before it can show one (a visible wait at 100,000 contacts); an outline stands in meanwhile</extracomment>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Select a fee in the table first</source>
        <translation>Seleccione primero una cuota en la tabla</translation>
    </message>
    <message>
        <source>Select a fee to correct it.</source>
        <translation>Seleccione una cuota para corregirla.</translation>
    </message>
    <message>
        <source>Select a focal point to correct it</source>
        <translation>Seleccione un punto focal para corregirlo</translation>
    </message>
    <message>
        <source>Select a person in Contacts first</source>
        <extracomment>the confirmation&apos;s answer: &quot;erase&quot;, &quot;purge&quot; (erase and delete the backups) or None</extracomment>
        <translation>Seleccione primero una persona en Contactos</translation>
    </message>
    <message>
        <source>Select all {count} listed</source>
        <translation>Seleccionar los {count} de la lista</translation>
    </message>
    <message>
        <source>Select an action item first</source>
        <translation>Seleccione primero una acción pendiente</translation>
    </message>
    <message>
        <source>Select one meeting to print its minutes</source>
        <translation>Seleccione una sola reunión para imprimir su acta</translation>
    </message>
    <message>
        <source>Select the meetings to add to a calendar</source>
        <translation>Seleccione las reuniones que añadir a un calendario</translation>
    </message>
    <message>
        <source>Selected focal point from (date)</source>
        <translation>Punto focal seleccionado desde (fecha)</translation>
    </message>
    <message>
        <source>Selected focal point until (date)</source>
        <translation>Punto focal seleccionado hasta (fecha)</translation>
    </message>
    <message>
        <source>Sent {sent}, received {received} changes.</source>
        <translation>{sent} cambios enviados, {received} recibidos.</translation>
    </message>
    <message>
        <source>Seoul (HQ)</source>
        <translation>Seúl (sede)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sessions and participants</source>
        <translation>Sesiones y participantes</translation>
    </message>
    <message>
        <source>Sessions per centre and year</source>
        <translation>Sesiones por centro y año</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <source>Set {field}…</source>
        <translation>Establecer {field}…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Sheet, row</source>
        <translation>Hoja, fila</translation>
    </message>
    <message>
        <source>Sheets in this workbook</source>
        <translation>Hojas de este libro</translation>
    </message>
    <message>
        <source>Sheets not imported: {sheets}</source>
        <translation>Hojas no importadas: {sheets}</translation>
    </message>
    <message>
        <source>Show &amp;reminders at start</source>
        <translation>Mostrar los &amp;recordatorios al inicio</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Show reminders</source>
        <translation>Mostrar los recordatorios</translation>
    </message>
    <message>
        <source>Show reminders when MetroDesk starts</source>
        <translation>Mostrar los recordatorios al iniciar MetroDesk</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in to the team server</source>
        <translation>Iniciar sesión en el servidor del equipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is safe.</source>
        <translation>Algo ha fallado. Su trabajo guardado está a salvo.</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Ordenando…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Spain, ES</source>
        <extracomment>a search hit&apos;s own label (its display text adds what tells it apart)</extracomment>
        <translation>España, ES</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>the membership changes a city may go through; any other is refused</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation>Sincronizado a las {time}</translation>
    </message>
    <message>
        <source>Syncing with the team folder…</source>
        <translation>Sincronizando con la carpeta del equipo…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Table of {columns}</source>
        <translation>Tabla de {columns}</translation>
    </message>
    <message>
        <source>Tag {count} {kinds}</source>
        <translation>Etiquetar {count} {kinds}</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tag…</source>
        <extracomment>the actions a section&apos;s selection offers: (action, field key)</extracomment>
        <translation>Etiquetar…</translation>
    </message>
    <message>
        <source>Take back the newest change not saved yet</source>
        <translation>Deshacer el último cambio aún sin guardar</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Realizada el</translation>
    </message>
    <message>
        <source>Team &amp;folder or server:</source>
        <translation>&amp;Carpeta o servidor del equipo:</translation>
    </message>
    <message>
        <source>Team &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña del equipo:</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Carpeta del equipo</translation>
    </message>
    <message>
        <source>Team folder not reachable</source>
        <translation>Carpeta del equipo inaccesible</translation>
    </message>
    <message>
        <source>Team folder: {hub}</source>
        <translation>Carpeta del equipo: {hub}</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Frase de contraseña del equipo</translation>
    </message>
    <message>
        <source>Team passphrase needed</source>
        <translation>Se necesita la frase de contraseña del equipo</translation>
    </message>
    <message>
        <source>Team s&amp;ync…</source>
        <translation>S&amp;incronización del equipo…</translation>
    </message>
    <message>
        <source>Team server not reachable</source>
        <translation>Servidor del equipo inaccesible</translation>
    </message>
    <message>
        <source>Team server: {hub}</source>
        <extracomment>after the window opens while it is open after a change is saved (more changes meanwhile wait for the same sync) the status bar&apos;s words, and the longer explanation for its tooltip open conflicts in the inbox a sync finished (its report), whoever started it the last sync stopped for want of the team key (the status bar says so) the hub and name of the sync asked for last (asked again with the passphrase)</extracomment>
        <translation>Servidor del equipo: {hub}</translation>
    </message>
    <message>
        <source>Team sync</source>
        <extracomment>typing pause after which the folder is looked at</extracomment>
        <translation>Sincronización del equipo</translation>
    </message>
    <message>
        <source>Team sync status</source>
        <translation>Estado de la sincronización del equipo</translation>
    </message>
    <message>
        <source>That is not the team passphrase the team&apos;s files are sealed with.</source>
        <translation>Esa no es la frase de contraseña con la que están cifrados los archivos del equipo.</translation>
    </message>
    <message>
        <source>That passphrase does not open this database. Try again.</source>
        <translation>Esa frase de contraseña no abre esta base de datos. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That passphrase does not open {name}.</source>
        <translation>Esa frase de contraseña no abre {name}.</translation>
    </message>
    <message>
        <source>That passphrase does not open {name}. Try again.</source>
        <translation>Esa frase de contraseña no abre {name}. Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>The %n most likely duplicates; merge them or scan again.</source>
        <translation>
            <numerusform>El duplicado más probable; fusiónelo o vuelva a buscar.</numerusform>
            <numerusform>Los %n duplicados más probables; fusiónelos o vuelva a buscar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>No se ha podido escribir el PDF: {reason}</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>The automatic backup failed</source>
        <translation>La copia de seguridad automática ha fallado</translation>
    </message>
    <message>
        <source>The dashboard</source>
        <translation>El panel</translation>
    </message>
    <message>
        <source>The data stays hidden until this is done. A backup was made first.</source>
        <translation>Los datos permanecen ocultos hasta que termine. Antes se hizo una copia de seguridad.</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>La base de datos está en buen estado.</translation>
    </message>
    <message>
        <source>The database this window shows</source>
        <translation>La base de datos que muestra esta ventana</translation>
    </message>
    <message>
        <source>The database, its backups, its log and its attached files are encrypted (AES-256).</source>
        <translation>La base de datos, sus copias de seguridad, su registro y sus archivos adjuntos están cifrados (AES-256).</translation>
    </message>
    <message>
        <source>The database, its backups, its log and its attached files are then encrypted (AES-256): a lost laptop gives nothing away. This computer&apos;s keychain keeps the key, so MetroDesk opens as before; the passphrase opens the file anywhere else. Without the passphrase and without this computer, the data cannot be recovered by anyone: keep it safe.</source>
        <translation>La base de datos, sus copias de seguridad, su registro y sus archivos adjuntos quedan cifrados (AES-256): un portátil perdido no revela nada. El llavero de este ordenador guarda la clave, así que MetroDesk se abre como antes; la frase de contraseña abre el archivo en cualquier otro lugar. Sin la frase de contraseña y sin este ordenador, nadie puede recuperar los datos: guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>The details could not be saved ({reason}).</source>
        <translation>No se han podido guardar los detalles ({reason}).</translation>
    </message>
    <message>
        <source>The file {name} in {folder} has been changed or damaged since it was attached</source>
        <translation>El archivo {name} de {folder} se ha modificado o dañado desde que se adjuntó</translation>
    </message>
    <message>
        <source>The file {name} is missing from {folder}; it may have been moved or deleted outside MetroDesk</source>
        <translation>Falta el archivo {name} en {folder}; puede que se haya movido o eliminado fuera de MetroDesk</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>La importación ha fallado</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected error; nothing was changed.</source>
        <translation>La importación se ha detenido por un error inesperado; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and reports, and how dates and numbers read</source>
        <translation>El idioma de los menús, los cuadros de diálogo y los informes, y la forma de escribir fechas y números</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <source>The linked record is in the Trash</source>
        <translation>El registro vinculado está en la papelera</translation>
    </message>
    <message>
        <source>The new language applies from the next start of MetroDesk.</source>
        <extracomment>the languages the interface speaks, each named in itself (as a language menu shows them) said in the language just chosen, which the window shows from the next start</extracomment>
        <translation>El nuevo idioma se aplica a partir del próximo inicio de MetroDesk.</translation>
    </message>
    <message>
        <source>The passphrase needs {problem}.</source>
        <translation>La frase de contraseña necesita {problem}.</translation>
    </message>
    <message>
        <source>The people, cities and meetings of the Metropolis news items</source>
        <translation>Las personas, ciudades y reuniones de las noticias de Metropolis</translation>
    </message>
    <message>
        <source>The person is no longer the city&apos;s focal point</source>
        <translation>La persona ya no es el punto focal de la ciudad</translation>
    </message>
    <message>
        <source>The scan stopped: {reason}</source>
        <translation>La búsqueda se ha detenido: {reason}</translation>
    </message>
    <message>
        <source>The section shown last</source>
        <translation>La última sección mostrada</translation>
    </message>
    <message>
        <source>The sheet has no rows to import.</source>
        <translation>La hoja no tiene filas que importar.</translation>
    </message>
    <message>
        <source>The system keychain does not hold its key: type the passphrase.</source>
        <translation>El llavero del sistema no tiene su clave: escriba la frase de contraseña.</translation>
    </message>
    <message>
        <source>The team server asks for the password of role {role} ({where}).</source>
        <translation>El servidor del equipo pide la contraseña del rol {role} ({where}).</translation>
    </message>
    <message>
        <source>The team server refused the password: press Sign in.</source>
        <translation>El servidor del equipo ha rechazado la contraseña: pulse Iniciar sesión.</translation>
    </message>
    <message>
        <source>The team server refused the password: type it again.</source>
        <translation>El servidor del equipo ha rechazado la contraseña: vuelva a escribirla.</translation>
    </message>
    <message>
        <source>The team server wants your password: press Sign in.</source>
        <translation>El servidor del equipo pide su contraseña: pulse Iniciar sesión.</translation>
    </message>
    <message>
        <source>The team&apos;s files are sealed. Type the team passphrase a colleague gave you: this computer asks for it only once.</source>
        <translation>Los archivos del equipo están cifrados. Escriba la frase de contraseña del equipo que le dio un colega: este ordenador solo la pide una vez.</translation>
    </message>
    <message>
        <source>The team&apos;s files are sealed: File › Sync now asks for the team passphrase.</source>
        <translation>Los archivos del equipo están cifrados: Archivo › Sincronizar ahora pide la frase de contraseña del equipo.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Their names, contact details, notes and every mention of them leave the records and the history. Meetings and courses keep their counts.</source>
        <translation>Sus nombres, datos de contacto, notas y cualquier mención a ellos salen de los registros y del historial. Las reuniones y los cursos conservan sus recuentos.</translation>
    </message>
    <message>
        <source>They cannot be restored from the Trash afterwards.</source>
        <translation>Después no podrán restaurarse desde la papelera.</translation>
    </message>
    <message>
        <source>This computer has no keychain MetroDesk can use.</source>
        <translation>Este ordenador no tiene un llavero que MetroDesk pueda usar.</translation>
    </message>
    <message>
        <source>This computer has no system keychain MetroDesk can use</source>
        <translation>Este ordenador no tiene un llavero del sistema que MetroDesk pueda usar</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Nombre de este ordenador:</translation>
    </message>
    <message>
        <source>This copy holds data: it is merged with the team&apos;s.</source>
        <translation>Esta copia contiene datos: se combinan con los del equipo.</translation>
    </message>
    <message>
        <source>This copy is empty: it fills from the team folder.</source>
        <translation>Esta copia está vacía: se llena desde la carpeta del equipo.</translation>
    </message>
    <message>
        <source>This copy is empty: it fills from the team server.</source>
        <translation>Esta copia está vacía: se llena desde el servidor del equipo.</translation>
    </message>
    <message>
        <source>This copy is protected, so the files it shares with the team are sealed too. Choose a team passphrase and give it to your colleagues in person: each computer asks for it once.</source>
        <translation>Esta copia está protegida, así que los archivos que comparte con el equipo también se cifran. Elija una frase de contraseña para el equipo y entréguela a sus colegas en persona: cada ordenador la pide una vez.</translation>
    </message>
    <message>
        <source>This copy syncs with the team in this folder.</source>
        <translation>Esta copia se sincroniza con el equipo en esta carpeta.</translation>
    </message>
    <message>
        <source>This copy syncs with the team on this server.</source>
        <translation>Esta copia se sincroniza con el equipo en este servidor.</translation>
    </message>
    <message>
        <source>This editor has changes that are not saved.</source>
        <translation>Este editor tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>This folder is empty: this copy starts the team in it.</source>
        <translation>Esta carpeta está vacía: esta copia inicia en ella el equipo.</translation>
    </message>
    <message>
        <source>This sheet is empty; choose another sheet.</source>
        <translation>Esta hoja está vacía; elija otra.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Hasta el año</translation>
    </message>
    <message>
        <source>Today: {what}</source>
        <translation>Hoy: {what}</translation>
    </message>
    <message>
        <source>Too many addresses for the mail program: {count} copied instead</source>
        <translation>Demasiadas direcciones para el programa de correo: se han copiado {count} en su lugar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Training activity</source>
        <translation>Actividad de formación</translation>
    </message>
    <message>
        <source>Training activity report</source>
        <translation>Informe de actividad de formación</translation>
    </message>
    <message>
        <source>Training centres</source>
        <translation>Centros de formación</translation>
    </message>
    <message>
        <source>Training participants</source>
        <translation>Participantes en formaciones</translation>
    </message>
    <message>
        <source>Training sessions per satellite this year</source>
        <translation>Sesiones de formación por centro satélite este año</translation>
    </message>
    <message>
        <source>Training sessions per satellite this year ({n})</source>
        <translation>Sesiones de formación por centro satélite este año ({n})</translation>
    </message>
    <message>
        <source>Trainings attended</source>
        <translation>Formaciones realizadas</translation>
    </message>
    <message>
        <source>Trainings attended ({count})</source>
        <translation>Formaciones realizadas ({count})</translation>
    </message>
    <message>
        <source>Trainings attended: none on record</source>
        <translation>Formaciones realizadas: ninguna registrada</translation>
    </message>
    <message>
        <source>Trainings of {name}</source>
        <translation>Formaciones de {name}</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message numerus="yes">
        <source>Trash emptied: %n records deleted for good</source>
        <translation>
            <numerusform>Papelera vaciada: %n registro eliminado definitivamente</numerusform>
            <numerusform>Papelera vaciada: %n registros eliminados definitivamente</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few letters to search…</source>
        <translation>Escriba unas letras para buscar…</translation>
    </message>
    <message>
        <source>Type a name and pick a person from the suggestions</source>
        <translation>Escriba un nombre y elija una persona entre las sugerencias</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Escriba la frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Type the date as {format}, or press Alt+Down for a calendar</source>
        <translation>Escriba la fecha con el formato {format} o pulse Alt+Abajo para abrir un calendario</translation>
    </message>
    <message>
        <source>Type the passphrase of {name}.</source>
        <translation>Escriba la frase de contraseña de {name}.</translation>
    </message>
    <message>
        <source>Type the passphrase to remove the protection.</source>
        <translation>Escriba la frase de contraseña para quitar la protección.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Escriba la frase de contraseña.</translation>
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
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Underline (Ctrl+U)</source>
        <translation>Subrayado (Ctrl+U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <extracomment>how long the notice stays (the Edit menu&apos;s Undo stays for longer)</extracomment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>Undo the move to the Trash</source>
        <translation>Deshacer el envío a la papelera</translation>
    </message>
    <message>
        <source>Undone: {name}</source>
        <translation>Deshecho: {name}</translation>
    </message>
    <message>
        <source>Unlock with my computer &amp;account</source>
        <translation>Desbloquear con mi &amp;cuenta del ordenador</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <extracomment>what counts as the user being there</extracomment>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Impagada</translation>
    </message>
    <message>
        <source>Unpaid amount</source>
        <translation>Importe pendiente</translation>
    </message>
    <message>
        <source>Unpaid for {year}</source>
        <translation>Impagadas de {year}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Próximas reuniones</translation>
    </message>
    <message>
        <source>Update {name}</source>
        <translation>Actualizar {name}</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Values sync set aside, waiting for you to look at them</source>
        <translation>Valores que la sincronización ha apartado, a la espera de que los revise</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>View ‘{name}’ deleted: Edit › Undo brings it back</source>
        <translation>Vista «{name}» eliminada: Edición › Deshacer la recupera</translation>
    </message>
    <message>
        <source>View ‘{name}’ saved</source>
        <translation>Vista «{name}» guardada</translation>
    </message>
    <message>
        <source>View: {name}</source>
        <translation>Vista: {name}</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Welcome to MetroDesk</source>
        <translation>Bienvenido a MetroDesk</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>What is due today, and what is overdue (Reports › Reminders…, Ctrl+Shift+R)</source>
        <translation>Lo que vence hoy y lo que está atrasado (Informes › Recordatorios…, Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Lo que hay que hacer</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>De qué se trató</translation>
    </message>
    <message>
        <source>What leaves the database:</source>
        <translation>Lo que sale de la base de datos:</translation>
    </message>
    <message>
        <source>What stays:</source>
        <translation>Lo que se queda:</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>What to do with row {row}</source>
        <translation>Qué hacer con la fila {row}</translation>
    </message>
    <message>
        <source>What was said, agreed and learnt…</source>
        <translation>Lo que se dijo, se acordó y se aprendió…</translation>
    </message>
    <message>
        <source>What was said, word for word</source>
        <translation>Lo que se dijo, palabra por palabra</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where is the data?</source>
        <translation>¿Dónde están los datos?</translation>
    </message>
    <message>
        <source>Which column is which?</source>
        <translation>¿Qué columna es cuál?</translation>
    </message>
    <message>
        <source>Which meetings?</source>
        <translation>¿Qué reuniones?</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Who or how much</source>
        <translation>Quién o cuánto</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Quién lo dijo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>With consent in force</source>
        <translation>Con consentimiento vigente</translation>
    </message>
    <message>
        <source>With e-mail</source>
        <translation>Con correo</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirado el</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <source>Without e-mail</source>
        <translation>Sin correo</translation>
    </message>
    <message>
        <source>Workbook imported</source>
        <translation>Libro importado</translation>
    </message>
    <message>
        <source>Write an e-mail…</source>
        <translation>Escribir un correo…</translation>
    </message>
    <message>
        <source>Write to the selected people, or to everyone listed when none is selected</source>
        <translation>Escribir a las personas seleccionadas o, si no hay ninguna, a todas las de la lista</translation>
    </message>
    <message>
        <source>Write to {scope}…</source>
        <translation>Escribir a {scope}…</translation>
    </message>
    <message>
        <source>Writing the person&apos;s data…</source>
        <translation>Escribiendo los datos de la persona…</translation>
    </message>
    <message>
        <source>Writing the register…</source>
        <translation>Escribiendo el registro…</translation>
    </message>
    <message>
        <source>Writing to 1 person</source>
        <translation>Escribir a 1 persona</translation>
    </message>
    <message>
        <source>Writing to {count} people (Bcc)</source>
        <translation>Escribir a {count} personas (CCO)</translation>
    </message>
    <message>
        <source>Writing vCards…</source>
        <translation>Escribiendo vCards…</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>the letter of years in a date format (YYYY)</comment>
        <extracomment>a two-digit year means 1950-2049</extracomment>
        <translation>A</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Years unpaid</source>
        <translation>Años impagados</translation>
    </message>
    <message>
        <source>Years with sessions</source>
        <translation>Años con sesiones</translation>
    </message>
    <message>
        <source>Years without consent or activity</source>
        <translation>Años sin consentimiento ni actividad</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>a CSV file holds one list: choose from {items} (for &apos;{kind}&apos;, export a workbook, .xlsx)</source>
        <extracomment>first characters a spreadsheet reads as the start of a formula</extracomment>
        <translation>un archivo CSV contiene una sola lista: elija entre {items} (para «{kind}», exporte un libro .xlsx)</translation>
    </message>
    <message>
        <source>a computer of the team that does not sync keeps the data until it does, and each computer&apos;s own backups until they expire</source>
        <translation>un ordenador del equipo que no se sincroniza conserva los datos hasta que lo haga, y las copias de seguridad de cada ordenador hasta que caduquen</translation>
    </message>
    <message>
        <source>a contact cannot be merged with itself</source>
        <extracomment>rows pointing at a contact: (model, relationship to the contact, column that makes a row a duplicate of one the kept contact already has, or None) e-mails, phones and the current organisation of each side, shown for information how many rows now point at the kept contact instead of the other rows of the other that duplicated one of the kept contact&apos;s (moved to the trash)</extracomment>
        <translation>un contacto no puede fusionarse consigo mismo</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a formula, not a value (in Excel: copy, Paste Values)</source>
        <extracomment>what a cell shows when its formula failed; openpyxl also gives &apos;#VALUE!&apos; for a number marked as a date that no calendar holds</extracomment>
        <translation>una fórmula, no un valor (en Excel: copiar y Pegar valores)</translation>
    </message>
    <message>
        <source>a line in the register saying that an erasure was made, when and by whom</source>
        <translation>una línea en el registro que indica que se hizo un borrado, cuándo y por quién</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a new person needs a name</source>
        <translation>una persona nueva necesita un nombre</translation>
    </message>
    <message>
        <source>a participant whose registration is {registration} cannot have attended</source>
        <translation>un participante cuya inscripción está «{registration}» no puede haber asistido</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un enlace simbólico</translation>
    </message>
    <message>
        <source>a team passphrase needs at least {count} characters; nothing was changed</source>
        <translation>una frase de contraseña del equipo necesita al menos {count} caracteres; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>a {current} member cannot become {status} (it can become {options})</source>
        <translation>un miembro «{current}» no puede pasar a «{status}» (puede pasar a {options})</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>acción pendiente</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>plan de acción</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>an Excel error ({value}), not a value</source>
        <translation>un error de Excel ({value}), no un valor</translation>
    </message>
    <message>
        <source>an SQLite file of another program, not a MetroDesk database</source>
        <translation>un archivo SQLite de otro programa, no una base de datos de MetroDesk</translation>
    </message>
    <message>
        <source>an anonymous record, “{name}”, in its place in {meetings} meetings and {courses} courses: attendee and participant counts and attendance figures stay</source>
        <translation>un registro anónimo, «{name}», en su lugar en {meetings} reuniones y {courses} cursos: se conservan el número de asistentes y participantes y las cifras de asistencia</translation>
    </message>
    <message numerus="yes">
        <source>and %n other attendees</source>
        <translation>
            <numerusform>y %n asistente más</numerusform>
            <numerusform>y %n asistentes más</numerusform>
        </translation>
    </message>
    <message>
        <source>appears on an earlier row of this sheet too</source>
        <translation>también aparece en una fila anterior de esta hoja</translation>
    </message>
    <message>
        <source>at most {limit} synthetic contacts (asked: {size})</source>
        <translation>como máximo {limit} contactos sintéticos (solicitados: {size})</translation>
    </message>
    <message>
        <source>belongs to a record of another kind ({kind})</source>
        <translation>pertenece a un registro de otro tipo ({kind})</translation>
    </message>
    <message>
        <source>bilateral</source>
        <translation>bilateral</translation>
    </message>
    <message>
        <source>board</source>
        <translation>consejo de administración</translation>
    </message>
    <message>
        <source>by {author} on {copy}</source>
        <translation>por {author} en {copy}</translation>
    </message>
    <message>
        <source>by {author} on {copy}, {when}</source>
        <translation>por {author} en {copy}, {when}</translation>
    </message>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>cards whose UID is a contact already in the database (left as they are)</extracomment>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidato</translation>
    </message>
    <message>
        <source>cannot back up</source>
        <translation>no se puede hacer copia de</translation>
    </message>
    <message>
        <source>cannot be emptied; use a dated status change</source>
        <translation>no se puede vaciar; use un cambio de estado con fecha</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>cannot import sheet &apos;{sheet}&apos; as {kind}</source>
        <translation>no se puede importar la hoja «{sheet}» como {kind}</translation>
    </message>
    <message>
        <source>cannot read {name}: {reason}</source>
        <extracomment>what reading a damaged workbook raises: zip and deflate damage, truncated streams, bad XML (defusedxml&apos;s refusals of DTDs and entities are ValueErrors too), a cell naming a shared text the file does not hold (IndexError) the most the members of a workbook may add up to, uncompressed (a 100,000-contact export is some 30 MB) deflate packs long runs of one byte a thousandfold; real sheets compress about tenfold members smaller than this are not held to MAX_RATIO (a small empty sheet packs well) a workbook has a few dozen parts; a zip of millions would exhaust memory being listed a sheet declaring more than this (its &lt;dimension&gt;) is refused: read-only sheets pad every row to the declared width and every gap to the declared height how much of each XML part is read for DOCTYPE and ENTITY declarations; they may only appear before the root element, which real parts open within their first hundred bytes where zipfile&apos;s end record holds the number of members (zipfile._ECD_ENTRIES_TOTAL)</extracomment>
        <translation>no se puede leer {name}: {reason}</translation>
    </message>
    <message>
        <source>cannot restore from</source>
        <translation>no se puede restaurar desde</translation>
    </message>
    <message>
        <source>cannot restore from {path}: it is {kind}, not a backup</source>
        <extracomment>the file as it was before the restore, kept in the backups folder (None: there was none)</extracomment>
        <translation>no se puede restaurar desde {path}: es {kind}, no una copia de seguridad</translation>
    </message>
    <message>
        <source>cannot restore onto {path}: it is an empty file; a restore writes only over a MetroDesk database or onto a new file</source>
        <translation>no se puede restaurar sobre {path}: es un archivo vacío; una restauración solo escribe sobre una base de datos de MetroDesk o en un archivo nuevo</translation>
    </message>
    <message>
        <source>cannot restore onto {path}: it is not a MetroDesk database; a restore writes only over a MetroDesk database or onto a new file</source>
        <translation>no se puede restaurar sobre {path}: no es una base de datos de MetroDesk; una restauración solo escribe sobre una base de datos de MetroDesk o en un archivo nuevo</translation>
    </message>
    <message>
        <source>cannot restore onto {path}: it is {kind}; a restore writes only over a MetroDesk database or onto a new file</source>
        <translation>no se puede restaurar sobre {path}: es {kind}; una restauración solo escribe sobre una base de datos de MetroDesk o en un archivo nuevo</translation>
    </message>
    <message>
        <source>cannot restore onto {path}: it was written by a newer MetroDesk; a restore writes only over a MetroDesk database or onto a new file</source>
        <translation>no se puede restaurar sobre {path}: lo escribió una versión más reciente de MetroDesk; una restauración solo escribe sobre una base de datos de MetroDesk o en un archivo nuevo</translation>
    </message>
    <message>
        <source>cannot restore onto {path}: {reason}</source>
        <translation>no se puede restaurar sobre {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {name}: it is {kind}; an export writes only files</source>
        <translation>no se puede escribir {name}: es {kind}; una exportación solo escribe archivos</translation>
    </message>
    <message>
        <source>cannot write {name}: there is no folder {parent}</source>
        <translation>no se puede escribir {name}: no existe la carpeta {parent}</translation>
    </message>
    <message>
        <source>cannot write {name}…: the name is too long ({size} bytes; at most {limit})</source>
        <translation>no se puede escribir {name}…: el nombre es demasiado largo ({size} bytes; como máximo {limit})</translation>
    </message>
    <message>
        <source>card {number}: {reason}</source>
        <translation>tarjeta {number}: {reason}</translation>
    </message>
    <message>
        <source>choose &apos;keep&apos; or &apos;other&apos; for {key}, not &apos;{side}&apos;</source>
        <translation>elija «keep» u «other» para {key}, no «{side}»</translation>
    </message>
    <message>
        <source>choose at least one meeting</source>
        <translation>elija al menos una reunión</translation>
    </message>
    <message>
        <source>city government</source>
        <translation>gobierno local</translation>
    </message>
    <message>
        <source>community</source>
        <translation>comunidad</translation>
    </message>
    <message>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>congress session</source>
        <translation>sesión del congreso</translation>
    </message>
    <message>
        <source>contact</source>
        <extracomment>&quot;contact&quot;, as a list&apos;s Kind column or a message names it (lower case) the editor&apos;s title for a new one, and the undo step that creates it the editor&apos;s title for an existing one, and the undo step that saves it</extracomment>
        <translation>contacto</translation>
    </message>
    <message>
        <source>copies outside this database: workbooks and files already exported or sent</source>
        <translation>las copias fuera de esta base de datos: libros y archivos ya exportados o enviados</translation>
    </message>
    <message>
        <source>damaged schema: table {table} lacks {columns}</source>
        <translation>esquema dañado: a la tabla {table} le falta {columns}</translation>
    </message>
    <message>
        <source>damaged: {problem}</source>
        <translation>dañada: {problem}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonada</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>vence el {date}</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>e-mail (optional)</source>
        <translation>correo (opcional)</translation>
    </message>
    <message>
        <source>encryption: SQLCipher 4, AES-256 (key file and passphrase)</source>
        <translation>cifrado: SQLCipher 4, AES-256 (archivo de clave y frase de contraseña)</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>termina antes de empezar</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>every mention of the name, e-mail addresses and phone numbers in notes and other free text</source>
        <translation>toda mención del nombre, las direcciones de correo electrónico y los números de teléfono en las notas y demás texto libre</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>family-first</source>
        <translation>apellidos primero</translation>
    </message>
    <message>
        <source>former</source>
        <translation>antiguo miembro</translation>
    </message>
    <message>
        <source>give this computer a name the others will recognise</source>
        <translation>dé a este ordenador un nombre que los demás reconozcan</translation>
    </message>
    <message>
        <source>given-first</source>
        <translation>nombre primero</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>sede</translation>
    </message>
    <message>
        <source>holds a control character ({code}) that cannot be stored</source>
        <translation>contiene un carácter de control ({code}) que no se puede guardar</translation>
    </message>
    <message>
        <source>holds a line break; this field holds one line</source>
        <translation>contiene un salto de línea; este campo ocupa una sola línea</translation>
    </message>
    <message>
        <source>holds: {counts}</source>
        <translation>contiene: {counts}</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>híbrida</translation>
    </message>
    <message>
        <source>import cancelled; nothing was changed</source>
        <translation>importación cancelada; no se ha cambiado nada</translation>
    </message>
    <message numerus="yes">
        <source>import refused: %n rows were rejected; nothing was changed</source>
        <extracomment>called with (rows done, rows in all); returning False stops the import (ImportCancelled)</extracomment>
        <translation>
            <numerusform>importación rechazada: se ha rechazado %n fila; no se ha cambiado nada</numerusform>
            <numerusform>importación rechazada: se han rechazado %n filas; no se ha cambiado nada</numerusform>
        </translation>
    </message>
    <message>
        <source>in person</source>
        <translation>presencial</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>iniciativa</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>integridad: correcta</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>facturada</translation>
    </message>
    <message>
        <source>is already in the list</source>
        <translation>ya está en la lista</translation>
    </message>
    <message>
        <source>is before the invoice date</source>
        <translation>es anterior a la fecha de la factura</translation>
    </message>
    <message>
        <source>is before the last recorded change ({date})</source>
        <translation>es anterior al último cambio registrado ({date})</translation>
    </message>
    <message>
        <source>is before the start</source>
        <translation>es anterior al inicio</translation>
    </message>
    <message>
        <source>is no longer on record (reopen the contact)</source>
        <translation>ya no está registrado (vuelva a abrir el contacto)</translation>
    </message>
    <message>
        <source>is not a date: write it as {format}, or pick it from the calendar</source>
        <translation>no es una fecha: escríbala con el formato {format} o elíjala en el calendario</translation>
    </message>
    <message>
        <source>is not a field of this kind of record</source>
        <translation>no es un campo de este tipo de registro</translation>
    </message>
    <message>
        <source>is not a record id</source>
        <extracomment>field types whose value is not a text: a blank clears them (to None, or `Field.cleared`) years any year field takes (a field may narrow them): as dates, see validation</extracomment>
        <translation>no es un identificador de registro</translation>
    </message>
    <message>
        <source>is not a record id (empty for a new record)</source>
        <translation>no es un identificador de registro (vacío para un registro nuevo)</translation>
    </message>
    <message>
        <source>is only issued to participants who attended</source>
        <translation>solo se emite a los participantes que asistieron</translation>
    </message>
    <message>
        <source>is required</source>
        <extracomment>form fields that are not columns of the record itself</extracomment>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>is withdrawn before it was given</source>
        <translation>se retira antes de haberse dado</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} fit (Excel&apos;s limit)</source>
        <extracomment>the most characters a text may hold: Excel&apos;s limit for a cell, so that every record can travel through a workbook and back without being cut dates (and the days of dates and times) a record may hold: Excel&apos;s calendar starts in 1900, and nothing this office plans or remembers lies outside these the largest whole number any field takes unless it says less (SQLite&apos;s own limit is 2**63) the largest amount of money (a fee) any field takes control characters a long text (notes, an agenda, a description) may hold: tab, line breaks</extracomment>
        <translation>tiene {length} caracteres; caben como máximo {limit} (límite de Excel)</translation>
    </message>
    <message>
        <source>it will be created</source>
        <translation>se creará</translation>
    </message>
    <message>
        <source>it will not be created</source>
        <translation>no se creará</translation>
    </message>
    <message>
        <source>item {n} has an unknown status &apos;{status}&apos;</source>
        <translation>el elemento {n} tiene un estado desconocido «{status}»</translation>
    </message>
    <message>
        <source>item {n} needs a description</source>
        <translation>el elemento {n} necesita una descripción</translation>
    </message>
    <message>
        <source>links: ok</source>
        <translation>vínculos: correctos</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>meetings, courses, fees and everything else not about the person</source>
        <translation>las reuniones, los cursos, las cuotas y todo lo que no se refiere a la persona</translation>
    </message>
    <message>
        <source>member city</source>
        <translation>ciudad miembro</translation>
    </message>
    <message>
        <source>must be a date and time as YYYY-MM-DD HH:MM</source>
        <translation>debe ser una fecha y hora con el formato AAAA-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>debe ser una fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be a whole number, not a yes/no value</source>
        <translation>debe ser un número entero, no un valor sí/no</translation>
    </message>
    <message>
        <source>must be a year from {low} to {high}</source>
        <translation>debe ser un año de {low} a {high}</translation>
    </message>
    <message>
        <source>must be an ISO currency code such as EUR or USD</source>
        <translation>debe ser un código de moneda ISO como EUR o USD</translation>
    </message>
    <message>
        <source>must be an amount such as 1250.00</source>
        <translation>debe ser un importe como 1250.00</translation>
    </message>
    <message>
        <source>must be an amount such as 1250.00, not a yes/no value</source>
        <translation>debe ser un importe como 1250.00, no un valor sí/no</translation>
    </message>
    <message>
        <source>must be at least {minimum}</source>
        <translation>debe ser como mínimo {minimum}</translation>
    </message>
    <message>
        <source>must be at most {maximum}</source>
        <translation>debe ser como máximo {maximum}</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>debe ser uno de estos valores: {choices}</translation>
    </message>
    <message>
        <source>needs a purpose</source>
        <translation>necesita una finalidad</translation>
    </message>
    <message>
        <source>needs an organisation</source>
        <translation>necesita una organización</translation>
    </message>
    <message>
        <source>network</source>
        <translation>red</translation>
    </message>
    <message>
        <source>never given</source>
        <translation>nunca dado</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>no backup at {backup_file}</source>
        <translation>no hay ninguna copia de seguridad en {backup_file}</translation>
    </message>
    <message>
        <source>no database at {db_path}</source>
        <extracomment>what a backup&apos;s label says about why it was made kinds MetroDesk makes by itself, and so may also delete by the retention rule one of the kinds above (DAILY, BEFORE_IMPORT, …)</extracomment>
        <translation>no hay ninguna base de datos en {db_path}</translation>
    </message>
    <message>
        <source>no database at {path}</source>
        <translation>no hay ninguna base de datos en {path}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin vencimiento</translation>
    </message>
    <message>
        <source>no fee</source>
        <translation>sin cuota</translation>
    </message>
    <message>
        <source>no record with id {target_id}</source>
        <translation>ningún registro con el identificador {target_id}</translation>
    </message>
    <message>
        <source>no rows to import below the header row</source>
        <translation>no hay filas que importar debajo de la fila de encabezados</translation>
    </message>
    <message>
        <source>no vCard found (a card starts with BEGIN:VCARD)</source>
        <translation>no se ha encontrado ninguna vCard (una tarjeta empieza por BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>no {kind} with id {id}</source>
        <translation>ningún registro {kind} con el identificador {id}</translation>
    </message>
    <message>
        <source>no {what} named &apos;{text}&apos; (not to be created)</source>
        <translation>no hay ningún registro de {what} llamado «{text}» (no se crea)</translation>
    </message>
    <message>
        <source>no {what} named {text}</source>
        <extracomment>how alike an existing name must be to be offered in place of a new one (rapidfuzz, 0-100) (kind, key) -&gt; the name not on record, planned or left out by the user planned names the row being checked named: created once it passes record id -&gt; (the name lists show, every name a cell may use, folded) record id -&gt; the names it had before this import renamed it, folded</extracomment>
        <translation>no hay ningún registro de {what} llamado {text}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>no es un número de teléfono</translation>
    </message>
    <message>
        <source>not a phone number (start with + and the country code)</source>
        <translation>no es un número de teléfono (empiece por + y el prefijo del país)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>not a valid e-mail address ({reason})</source>
        <translation>no es una dirección de correo válida ({reason})</translation>
    </message>
    <message>
        <source>not a valid phone number for its country</source>
        <translation>no es un número de teléfono válido para su país</translation>
    </message>
    <message>
        <source>not invoiced</source>
        <translation>no facturada</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>nothing to import: every row matches what is already here</source>
        <translation>nada que importar: cada fila coincide con lo que ya está registrado</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>nada que rehacer</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <extracomment>how far back the undo stack reaches a change of one of the record&apos;s parts (a contact&apos;s e-mail): its kind and what it reads the copy it was made on, by the name it gave itself; &quot;&quot; when made on this one</extracomment>
        <translation>nada que deshacer</translation>
    </message>
    <message>
        <source>on</source>
        <translation>el</translation>
    </message>
    <message>
        <source>one header per exported column</source>
        <translation>un encabezado por columna exportada</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>or new: given name</source>
        <translation>o persona nueva: nombre</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>vencida desde el {date}</translation>
    </message>
    <message>
        <source>paid</source>
        <extracomment>days after invoicing before an unpaid fee is overdue</extracomment>
        <translation>pagada</translation>
    </message>
    <message>
        <source>partner institution</source>
        <translation>institución asociada</translation>
    </message>
    <message>
        <source>perhaps {name}?</source>
        <translation>¿quizá {name}?</translation>
    </message>
    <message>
        <source>pick an existing contact</source>
        <translation>elija un contacto existente</translation>
    </message>
    <message>
        <source>pick one of the suggestions, or leave it empty</source>
        <translation>elija una de las sugerencias o déjelo vacío</translation>
    </message>
    <message>
        <source>pick one of the training centres</source>
        <translation>elija uno de los centros de formación</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plataforma</translation>
    </message>
    <message>
        <source>problem: {reason}</source>
        <extracomment>what a person reads: what was checked and what was found, one finding per line the schema revision, &apos;&apos; when the file has none the problems found, as `fail` was told them</extracomment>
        <translation>problema: {reason}</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>register.xlsx</source>
        <translation>registro.xlsx</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>inscrito</translation>
    </message>
    <message>
        <source>result: sound</source>
        <translation>resultado: en buen estado</translation>
    </message>
    <message>
        <source>same e-mail {address}</source>
        <extracomment>names at least this similar (rapidfuzz token_sort_ratio on folded names) are reported typed names at least this similar are hinted while a contact is created letters of a folded name that make a block a block larger than this is compared in overlapping windows of its sorted names scores of the exact matches (names are scored by their similarity) how many existing contacts a hint shows at most candidates read from one name block while hinting
----------
(given, family, name order): the shown name is made only for the few matches block prefix -&gt; (name keys, their contacts), lists as rapidfuzz takes them</extracomment>
        <translation>mismo correo {address}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>same phone {number}</source>
        <translation>mismo teléfono {number}</translation>
    </message>
    <message>
        <source>satellite</source>
        <translation>centro satélite</translation>
    </message>
    <message>
        <source>schema {revision} is not one this MetroDesk knows (written by a newer version?)</source>
        <translation>el esquema {revision} no lo conoce esta versión de MetroDesk (¿escrito por una versión más reciente?)</translation>
    </message>
    <message>
        <source>schema: {revision} (current)</source>
        <translation>esquema: {revision} (actual)</translation>
    </message>
    <message>
        <source>schema: {revision} (older; MetroDesk upgrades it to {head} when opening it)</source>
        <translation>esquema: {revision} (antiguo; MetroDesk lo actualiza a {head} al abrirlo)</translation>
    </message>
    <message>
        <source>search ‘{words}’</source>
        <translation>búsqueda «{words}»</translation>
    </message>
    <message>
        <source>similar names ({score})</source>
        <translation>nombres parecidos ({score})</translation>
    </message>
    <message>
        <source>sorted</source>
        <translation>ordenada</translation>
    </message>
    <message>
        <source>strategic</source>
        <translation>estratégica</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>that conflict was settled already (here or on another computer)</source>
        <extracomment>what each kind of conflict is, for people the computer&apos;s name (&quot;&quot; for this one) the record&apos;s name as the lists show it (&quot;&quot; when it has none, or is gone)</extracomment>
        <translation>ese conflicto ya se ha resuelto (aquí o en otro ordenador)</translation>
    </message>
    <message>
        <source>the backup cannot overwrite the database itself</source>
        <translation>la copia de seguridad no puede sobrescribir la propia base de datos</translation>
    </message>
    <message>
        <source>the backup is the database itself; nothing to restore</source>
        <translation>la copia de seguridad es la propia base de datos; no hay nada que restaurar</translation>
    </message>
    <message>
        <source>the backup of {name} could not be made: {reason}</source>
        <translation>no se ha podido hacer la copia de seguridad de {name}: {reason}</translation>
    </message>
    <message>
        <source>the city is already {status}</source>
        <translation>la ciudad ya está «{status}»</translation>
    </message>
    <message>
        <source>the column &apos;{name}&apos; appears twice ({first} and {second}); keep one</source>
        <extracomment>the contract&apos;s sheets and the kind each holds, in the order they are applied: a sheet may name records of the sheets before it (a new contact&apos;s new organisation) form fields no export column carries; a column of that name is not imported contacts&apos; further e-mails and phones: column indexes in order field key of a reference -&gt; the column holding the linked record&apos;s UUID</extracomment>
        <translation>la columna «{name}» aparece dos veces ({first} y {second}); conserve solo una</translation>
    </message>
    <message>
        <source>the contact chosen for this row is gone</source>
        <translation>el contacto elegido para esta fila ya no existe</translation>
    </message>
    <message>
        <source>the event has no start (DTSTART)</source>
        <translation>el evento no tiene inicio (DTSTART)</translation>
    </message>
    <message>
        <source>the file is an empty database, not a MetroDesk database</source>
        <translation>el archivo es una base de datos vacía, no una base de datos de MetroDesk</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; MetroDesk needs to write beside {name} (copy the file to a folder of your own)</source>
        <translation>la carpeta {folder} es de solo lectura; MetroDesk necesita escribir junto a {name} (copie el archivo en una carpeta propia)</translation>
    </message>
    <message>
        <source>the name, title, place, language, tags and notes of {name}</source>
        <extracomment>called with (people erased so far, people to erase); False stops before the next one what an erased person&apos;s record is called from then on rows that are the person&apos;s own data and go entirely the contact&apos;s own fields and what they become what leaves, a line each (&quot;2 e-mail addresses&quot;) what stays, a line each backups made before now: they still hold the person&apos;s data until they expire rows removed, fields cleared, mentions replaced, history entries scrubbed the person&apos;s record and every row that was theirs (sync recognises later changes by them) fingerprints of the texts replaced (sync recognises them in text arriving later)</extracomment>
        <translation>el nombre, el título, el lugar, el idioma, las etiquetas y las notas de {name}</translation>
    </message>
    <message>
        <source>the number of synthetic contacts cannot be negative</source>
        <extracomment>synthetic contacts written per bulk insert; progress is reported between chunks the Metropolis regions (one regional secretary each) the most synthetic contacts `demo` makes: the benchmark&apos;s largest population disk a synthetic contact takes while the demo is written: ~8.5 KB in the file (the contact, its e-mail and phone, their journal and search entries) and as much again in the write-ahead log, which holds the whole action until it is checked into the file the sample data itself, its log, and room to spare</extracomment>
        <translation>el número de contactos sintéticos no puede ser negativo</translation>
    </message>
    <message>
        <source>the range for recurring events ends before it starts</source>
        <extracomment>the most events a calendar may bring (a busy person&apos;s ten years of meetings is some 20,000) the most occurrences one series may have within the range (a daily meeting for two years has 730); more means a range far wider than meant, or a file built to harm attendees that are rooms or equipment, not people &quot;organiser&quot;, &quot;chair&quot;, &quot;participant&quot;, &quot;optional&quot; or &quot;informed&quot; the event&apos;s place in the file (1 for the first VEVENT), for the preview&apos;s &quot;row&quot; what identifies the event, and the occurrence of a series, in every later export the IANA zone of the times (&quot;Europe/Paris&quot;); &quot;&quot; for floating times and all-day events what was read but not imported (cancelled events, series outside the range ...) the range recurring series were expanded in (first day, day after the last)</extracomment>
        <translation>el intervalo de los eventos periódicos termina antes de empezar</translation>
    </message>
    <message>
        <source>the record was deleted for good on another computer</source>
        <translation>el registro se ha eliminado definitivamente en otro ordenador</translation>
    </message>
    <message>
        <source>the restored {name} failed its check: {verdict}</source>
        <translation>la base {name} restaurada no ha superado la comprobación: {verdict}</translation>
    </message>
    <message>
        <source>the same from the history of changes and the search index; then the file is rewritten so that no old copy stays in its free space or log</source>
        <translation>lo mismo en el historial de cambios y el índice de búsqueda; después se reescribe el archivo para que no quede ninguna copia antigua en su espacio libre ni en su registro</translation>
    </message>
    <message>
        <source>the same on every computer of the team at its next sync, and from the team folder&apos;s older files</source>
        <translation>lo mismo en cada ordenador del equipo en su próxima sincronización, y en los archivos antiguos de la carpeta del equipo</translation>
    </message>
    <message>
        <source>the session is full ({capacity} places): add as waitlisted</source>
        <translation>la sesión está completa ({capacity} plazas): añádalo a la lista de espera</translation>
    </message>
    <message>
        <source>the team folder&apos;s key file (team-key.json) is damaged; nothing was changed</source>
        <translation>el archivo de clave de la carpeta del equipo (team-key.json) está dañado; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>the team passphrase is not the one the team&apos;s files are sealed with; nothing was changed</source>
        <translation>la frase de contraseña no es la que cifra los archivos del equipo; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>the team&apos;s files are sealed with a team passphrase and this computer does not have it yet: set {variable}; nothing was changed</source>
        <translation>los archivos del equipo están cifrados con una frase de contraseña del equipo que este ordenador aún no tiene: defina {variable}; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>the whole list</source>
        <translation>toda la lista</translation>
    </message>
    <message>
        <source>the {count} listed</source>
        <translation>los {count} de la lista</translation>
    </message>
    <message>
        <source>the {count} selected</source>
        <translation>los {count} seleccionados</translation>
    </message>
    <message>
        <source>the {kind} is no longer there</source>
        <translation>el registro {kind} ya no existe</translation>
    </message>
    <message>
        <source>the {kind} list has no column {columns}</source>
        <extracomment>column widths (Excel characters) per list key; others get DEFAULT_WIDTH columns of long free text, wrapped in their width columns holding a closed-vocabulary value, capitalised as the list shows them</extracomment>
        <translation>la lista {kind} no tiene la columna {columns}</translation>
    </message>
    <message>
        <source>the {what} chosen for {text} is gone</source>
        <translation>el registro ({what}) elegido para {text} ya no existe</translation>
    </message>
    <message>
        <source>they become a contact in the same step.</source>
        <translation>se convierte en un contacto en el mismo paso.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este ordenador</translation>
    </message>
    <message>
        <source>this conflict is settled by keeping or taking a value</source>
        <translation>este conflicto se resuelve conservando o tomando un valor</translation>
    </message>
    <message>
        <source>this copy is protected, so its team&apos;s files must be sealed too: choose a team passphrase (set {variable}) and give it to the others; nothing was changed</source>
        <extracomment>shortest team passphrase accepted (as for a database&apos;s: NIST SP 800-63B&apos;s floor) True: the team has no key yet and this protected copy is to give it one typed in the app for this sync; else METRODESK_TEAM_PASSPHRASE</extracomment>
        <translation>esta copia está protegida, así que los archivos de su equipo también deben cifrarse: elija una frase de contraseña del equipo (defina {variable}) y entréguela a los demás; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>this database already holds the sample data</source>
        <translation>esta base de datos ya contiene los datos de ejemplo</translation>
    </message>
    <message>
        <source>this record is in the trash; restore it first</source>
        <translation>este registro está en la papelera; restáurelo primero</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>training centre</source>
        <translation>centro de formación</translation>
    </message>
    <message>
        <source>training institute</source>
        <translation>instituto de formación</translation>
    </message>
    <message>
        <source>training programme</source>
        <translation>programa de formación</translation>
    </message>
    <message>
        <source>training session</source>
        <translation>sesión de formación</translation>
    </message>
    <message>
        <source>two sheets are named {name} ({first} and {second}); keep one</source>
        <extracomment>how often the progress callback hears from a long import the rows of a file that is not a workbook (a CSV file, vCards)</extracomment>
        <translation>dos hojas se llaman {name} ({first} y {second}); conserve solo una</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>unknown country {value} (use a name or ISO code)</source>
        <extracomment>the languages colleagues&apos; sheets are written in, besides English</extracomment>
        <translation>país desconocido {value} (use un nombre o un código ISO)</translation>
    </message>
    <message>
        <source>unknown export &apos;{kind}&apos; (choose from {items})</source>
        <translation>exportación desconocida «{kind}» (elija entre {items})</translation>
    </message>
    <message>
        <source>unknown language {value}</source>
        <translation>idioma desconocido {value}</translation>
    </message>
    <message>
        <source>unknown report &apos;{name}&apos; (choose from {items})</source>
        <translation>informe desconocido «{name}» (elija entre {items})</translation>
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
        <translation>la versión de vCard debe ser 3 o 4</translation>
    </message>
    <message>
        <source>vCards imported</source>
        <translation>vCards importadas</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>en lista de espera</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>taller</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>values longer than this are cut short (the whole value shows as the cell&apos;s tooltip) columns the journal records that are derived, not edited: not shown</extracomment>
        <translation>sí</translation>
    </message>
    <message>
        <source>{amount} {currency}</source>
        <translation>{amount} {currency}</translation>
    </message>
    <message>
        <source>{author} on {copy}</source>
        <extracomment>columns of a part that say nothing to a reader (its owner, its place in the list)</extracomment>
        <translation>{author} en {copy}</translation>
    </message>
    <message>
        <source>{cities} in {regions}</source>
        <translation>{cities} en {regions}</translation>
    </message>
    <message>
        <source>{city} (HQ)</source>
        <translation>{city} (sede)</translation>
    </message>
    <message>
        <source>{count} addresses copied</source>
        <translation>{count} direcciones copiadas</translation>
    </message>
    <message>
        <source>{count} changed, as one step: Edit › Undo takes it back</source>
        <translation>{count} modificados, en un solo paso: Edición › Deshacer lo revierte</translation>
    </message>
    <message>
        <source>{count} changes waiting</source>
        <translation>{count} cambios en espera</translation>
    </message>
    <message>
        <source>{count} columns hidden</source>
        <translation>{count} columnas ocultas</translation>
    </message>
    <message>
        <source>{count} filters</source>
        <translation>{count} filtros</translation>
    </message>
    <message>
        <source>{count} records are named {text}; rename one</source>
        <translation>{count} registros se llaman {text}; cambie el nombre de uno</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>{count} seleccionados</translation>
    </message>
    <message>
        <source>{c} in arrears, owing {owed}</source>
        <translation>{c} con atrasos, que deben {owed}</translation>
    </message>
    <message>
        <source>{day} is in the future</source>
        <translation>{day} está en el futuro</translation>
    </message>
    <message>
        <source>{day} is not a plausible date (use {first}–{last})</source>
        <translation>{day} no es una fecha plausible (use {first}–{last})</translation>
    </message>
    <message>
        <source>{display_name} is already in this session</source>
        <translation>{display_name} ya está en esta sesión</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>{file} is a MetroDesk workbook: it imports as it is.</source>
        <translation>{file} es un libro de MetroDesk: se importa tal cual.</translation>
    </message>
    <message>
        <source>{folder} already holds 99 copies of {name}</source>
        <translation>{folder} ya contiene 99 copias de {name}</translation>
    </message>
    <message>
        <source>{hub}: {reason}</source>
        <extracomment>&quot;&quot; when the hub can be used, else why not (one sentence) the hub already holds a team (False: this copy would start one) this copy holds nothing yet (it fills from the team), else it merges with it the hub this copy syncs with (&quot;&quot; when it does not sync) this copy&apos;s changes the hub does not hold yet</extracomment>
        <translation>{hub}: {reason}</translation>
    </message>
    <message>
        <source>{items}: {open}, {overdue}, {done}</source>
        <translation>{items}: {open}, {overdue}, {done}</translation>
    </message>
    <message>
        <source>{key} is not a field a merge chooses</source>
        <translation>{key} no es un campo que se elija en una fusión</translation>
    </message>
    <message>
        <source>{kind} meetings</source>
        <translation>Reuniones ({kind})</translation>
    </message>
    <message>
        <source>{name}  ·  attached on Save</source>
        <translation>{name}  ·  se adjunta al guardar</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n cities)</source>
        <translation>
            <numerusform>{name} (%n ciudad)</numerusform>
            <numerusform>{name} (%n ciudades)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name} (este ordenador)</translation>
    </message>
    <message>
        <source>{name} already has a {y} fee in {code}</source>
        <translation>{name} ya tiene una cuota de {y} en {code}</translation>
    </message>
    <message>
        <source>{name} cannot be opened ({reason})</source>
        <translation>no se puede abrir {name} ({reason})</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>no se puede leer {name} ({reason})</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>no se puede leer {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} cannot be used: {reason}</source>
        <translation>no se puede usar {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} has no data: every sheet is empty</source>
        <translation>{name} no contiene datos: todas las hojas están vacías</translation>
    </message>
    <message>
        <source>{name} has no sheet &apos;{sheet}&apos;</source>
        <translation>{name} no tiene ninguna hoja «{sheet}»</translation>
    </message>
    <message>
        <source>{name} has no sheet &apos;{title}&apos;</source>
        <extracomment>the kinds a sheet of another layout may hold how many rows of each sheet the wizard shows and guesses from further e-mail and phone columns offered as targets (&quot;E-mail 2&quot; ... &quot;E-mail 4&quot;) the number of rows the sheet declares (0 when it does not say) a contract sheet (Contacts, Organisations ...) with its headers on row 1: the workbook imports as it is and the wizard skips the mapping pages</extracomment>
        <translation>{name} no tiene ninguna hoja «{title}»</translation>
    </message>
    <message>
        <source>{name} has none of the sheets MetroDesk exports ({items}); use the import wizard for other layouts</source>
        <translation>{name} no tiene ninguna de las hojas que exporta MetroDesk ({items}); use el asistente de importación para otros formatos</translation>
    </message>
    <message>
        <source>{name} holds binary data, not text</source>
        <translation>{name} contiene datos binarios, no texto</translation>
    </message>
    <message>
        <source>{name} holds more than {limit} events in the range; choose a shorter range</source>
        <translation>{name} contiene más de {limit} eventos en el intervalo; elija un intervalo más corto</translation>
    </message>
    <message>
        <source>{name} holds no events (an event starts with BEGIN:VEVENT)</source>
        <translation>{name} no contiene ningún evento (un evento empieza por BEGIN:VEVENT)</translation>
    </message>
    <message>
        <source>{name} holds no vCard (a card starts with BEGIN:VCARD)</source>
        <translation>{name} no contiene ninguna vCard (una tarjeta empieza por BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{name} holds too many parts to be an Excel workbook</source>
        <translation>{name} contiene demasiadas partes para ser un libro de Excel</translation>
    </message>
    <message>
        <source>{name} imports as it is; it has no columns to map</source>
        <translation>{name} se importa tal cual; no tiene columnas que asignar</translation>
    </message>
    <message>
        <source>{name} is a password-protected workbook or an old .xls file; save it from Excel as an unprotected .xlsx workbook</source>
        <translation>{name} es un libro protegido con contraseña o un archivo .xls antiguo; guárdelo desde Excel como libro .xlsx sin protección</translation>
    </message>
    <message>
        <source>{name} is a zip file but not an Excel workbook (.xlsx)</source>
        <translation>{name} es un archivo zip pero no un libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{name} is already listed</source>
        <translation>{name} ya está en la lista</translation>
    </message>
    <message>
        <source>{name} is already open here as {other} (the same file under another name); use one name for it</source>
        <translation>{name} ya está abierto aquí como {other} (el mismo archivo con otro nombre); use un solo nombre</translation>
    </message>
    <message>
        <source>{name} is an SQLite file of another program, not MetroDesk</source>
        <extracomment>tables every MetroDesk file has had since its first schema (a migration that renames one of these must change this set: tests/test_refusals_write_nothing.py checks it at head): what tells our file from another program&apos;s that also keeps Alembic&apos;s `alembic_version`</extracomment>
        <translation>{name} es un archivo SQLite de otro programa, no de MetroDesk</translation>
    </message>
    <message>
        <source>{name} is damaged (its schema cannot be read)</source>
        <translation>{name} está dañado (no se puede leer su esquema)</translation>
    </message>
    <message>
        <source>{name} is damaged (unreadable text in a check report)</source>
        <translation>{name} está dañado (texto ilegible en un informe de comprobación)</translation>
    </message>
    <message>
        <source>{name} is damaged (unreadable text in the check&apos;s report)</source>
        <translation>{name} está dañado (texto ilegible en el informe de comprobación)</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({reason})</source>
        <translation>{name} está dañado y no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: sheet &apos;{title}&apos; cannot be read</source>
        <translation>{name} está dañado: no se puede leer la hoja «{title}»</translation>
    </message>
    <message>
        <source>{name} is damaged: {problem}</source>
        <translation>{name} está dañado: {problem}</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vacío</translation>
    </message>
    <message>
        <source>{name} is empty: not an Excel workbook (.xlsx)</source>
        <translation>{name} está vacío: no es un libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{name} is encrypted; save it unprotected as .xlsx</source>
        <translation>{name} está cifrado; guárdelo sin protección como .xlsx</translation>
    </message>
    <message>
        <source>{name} is hidden after a period of inactivity. Type its passphrase to go on.</source>
        <translation>{name} se oculta tras un periodo de inactividad. Escriba su frase de contraseña para continuar.</translation>
    </message>
    <message>
        <source>{name} is listed twice</source>
        <translation>{name} figura dos veces en la lista</translation>
    </message>
    <message>
        <source>{name} is no contacts export of Outlook or Google; use the import wizard to say which column is which</source>
        <extracomment>&quot;Outlook contacts (French), Windows-1252, semicolons&quot;</extracomment>
        <translation>{name} no es una exportación de contactos de Outlook o Google; use el asistente de importación para indicar qué columna es cuál</translation>
    </message>
    <message>
        <source>{name} is no longer protected</source>
        <translation>{name} ya no está protegido</translation>
    </message>
    <message>
        <source>{name} is no workbook, CSV or vCard file</source>
        <translation>{name} no es un libro, ni un archivo CSV, ni una vCard</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text ({reason})</source>
        <translation>{name} no es texto UTF-8 ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a MetroDesk database (not an SQLite file)</source>
        <translation>{name} no es una base de datos de MetroDesk (no es un archivo SQLite)</translation>
    </message>
    <message>
        <source>{name} is not a MetroDesk database (not an SQLite file; if it is an encrypted MetroDesk database, its key file {key_file} is missing from beside it)</source>
        <translation>{name} no es una base de datos de MetroDesk (no es un archivo SQLite; si es una base de datos de MetroDesk cifrada, falta a su lado su archivo de clave {key_file})</translation>
    </message>
    <message>
        <source>{name} is not a calendar (.ics), or it is damaged</source>
        <extracomment>how a file imports: &quot;sheets&quot; (choose a sheet and map its columns, unless it is in the contract layout), &quot;people&quot; (a recognised export, as it is), &quot;calendar&quot; what the file is, in a few words: &quot;Outlook contacts (French), Windows-1252, semicolons&quot; the sheets to choose from and map (&quot;sheets&quot;) people or events the file holds recurring series among the events of a calendar</extracomment>
        <translation>{name} no es un calendario (.ics) o está dañado</translation>
    </message>
    <message>
        <source>{name} is not a file that can be read</source>
        <translation>{name} no es un archivo que se pueda leer</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx), or it is damaged</source>
        <translation>{name} no es un libro de Excel (.xlsx) o está dañado</translation>
    </message>
    <message>
        <source>{name} is not text in UTF-8, UTF-16 or Windows-1252; save it again as UTF-8 (in Excel: CSV UTF-8) and import that file</source>
        <translation>{name} no es texto en UTF-8, UTF-16 ni Windows-1252; vuelva a guardarlo como UTF-8 (en Excel: CSV UTF-8) e importe ese archivo</translation>
    </message>
    <message>
        <source>{name} is open in another MetroDesk window{who}; close it there first</source>
        <translation>{name} está abierto en otra ventana de MetroDesk{who}; ciérrelo primero allí</translation>
    </message>
    <message>
        <source>{name} is protected with a passphrase</source>
        <translation>{name} está protegido con una frase de contraseña</translation>
    </message>
    <message>
        <source>{name} is read-only; MetroDesk needs to write to it (copy it to a folder of your own, or change its permissions)</source>
        <translation>{name} es de solo lectura; MetroDesk necesita escribir en él (cópielo en una carpeta propia o cambie sus permisos)</translation>
    </message>
    <message>
        <source>{name} is {kind}, not a MetroDesk database</source>
        <translation>{name} es {kind}, no una base de datos de MetroDesk</translation>
    </message>
    <message>
        <source>{name} is {size} MB: larger than any export of a contacts or calendar program</source>
        <extracomment>a contacts export of 100,000 people is some 60 MB in UTF-16; anything far larger is no export of these programs, and reading it whole would cost more memory than it is worth the most columns a CSV may have: Outlook&apos;s export has 92, Google&apos;s grows with the number of e-mails and phones of its busiest contact the longest field read (csv&apos;s own default, 128 KiB, is shorter than some notes) the delimiters CSV files use: English settings write &quot;,&quot;, French and Spanish &quot;;&quot; how each encoding is named to the user UTF-8 read as Windows-1252: &quot;Ã©&quot; for &quot;é&quot;, &quot;Ã¨&quot; for &quot;è&quot;, &quot;â€™&quot; for &quot;’&quot; a DOS (850) or Mac code page read as Windows-1252 puts punctuation inside words: cp850&apos;s &quot;é&quot; is Windows-1252&apos;s &quot;‚&quot;, its &quot;è&quot; &quot;Š&quot;, its &quot;à&quot; &quot;…&quot;; Mac Roman&apos;s &quot;é&quot; is &quot;Ž&quot; the Python codec used (a key of ENCODING_NAMES)</extracomment>
        <translation>{name} ocupa {size} MB: más que cualquier exportación de un programa de contactos o de calendario</translation>
    </message>
    <message>
        <source>{name} is {size}; files up to {limit} can be attached</source>
        <translation>{name} ocupa {size}; se pueden adjuntar archivos de hasta {limit}</translation>
    </message>
    <message>
        <source>{name} no longer exists</source>
        <translation>{name} ya no existe</translation>
    </message>
    <message>
        <source>{name} refused: it would expand to {size} MB, more than the {limit} MB MetroDesk imports</source>
        <translation>{name} rechazado: se descomprimiría en {size} MB, más que los {limit} MB que importa MetroDesk</translation>
    </message>
    <message>
        <source>{name} refused: sheet &apos;{title}&apos; declares {rows} rows × {columns} columns; MetroDesk imports at most {max_rows} rows × {max_columns} columns (delete the empty rows and columns in Excel)</source>
        <translation>{name} rechazado: la hoja «{title}» declara {rows} filas × {columns} columnas; MetroDesk importa como máximo {max_rows} filas × {max_columns} columnas (elimine las filas y columnas vacías en Excel)</translation>
    </message>
    <message>
        <source>{name} refused: sheet &apos;{title}&apos; has more than {max_rows} rows or {max_columns} columns, more than MetroDesk imports</source>
        <translation>{name} rechazado: la hoja «{title}» tiene más de {max_rows} filas o {max_columns} columnas, más de lo que importa MetroDesk</translation>
    </message>
    <message>
        <source>{name} refused: {filename} declares a DTD or entities, which Excel never writes (entity expansion?)</source>
        <translation>{name} rechazado: {filename} declara una DTD o entidades, algo que Excel nunca escribe (¿expansión de entidades?)</translation>
    </message>
    <message>
        <source>{name} refused: {filename} has no XML content</source>
        <translation>{name} rechazado: {filename} no tiene contenido XML</translation>
    </message>
    <message>
        <source>{name} refused: {filename} would expand {file_size} bytes from {compress_size} (a zip bomb?)</source>
        <translation>{name} rechazado: {filename} se descomprimiría de {compress_size} a {file_size} bytes (¿una bomba zip?)</translation>
    </message>
    <message>
        <source>{name} was erased</source>
        <translation>{name} se ha borrado</translation>
    </message>
    <message>
        <source>{name} was written by a newer MetroDesk (schema {revision}); update MetroDesk</source>
        <translation>{name} lo escribió una versión más reciente de MetroDesk (esquema {revision}); actualice MetroDesk</translation>
    </message>
    <message>
        <source>{name}, line {line}: &apos;{text}&apos; looks garbled: the file was saved in an encoding other than the one it was read in ({encoding}); save it again as UTF-8 and import that file</source>
        <translation>{name}, línea {line}: «{text}» parece alterado: el archivo se guardó con una codificación distinta de la usada al leerlo ({encoding}); vuelva a guardarlo como UTF-8 e importe ese archivo</translation>
    </message>
    <message>
        <source>{name}, line {line}: not valid CSV ({reason})</source>
        <translation>{name}, línea {line}: CSV no válido ({reason})</translation>
    </message>
    <message>
        <source>{name}, line {line}: {columns} columns; a contacts export has at most {limit}</source>
        <translation>{name}, línea {line}: {columns} columnas; una exportación de contactos tiene como máximo {limit}</translation>
    </message>
    <message>
        <source>{name}, sheet {sheet}</source>
        <translation>{name}, hoja {sheet}</translation>
    </message>
    <message>
        <source>{name}, sheet {sheet}: {reason}</source>
        <translation>{name}, hoja {sheet}: {reason}</translation>
    </message>
    <message>
        <source>{name}: MetroDesk imports {kinds}</source>
        <extracomment>what each suffix holds; anything else is refused before it is read the file dialog&apos;s filter, and the one-line refusal, name them the same way</extracomment>
        <translation>{name}: MetroDesk importa {kinds}</translation>
    </message>
    <message>
        <source>{name}: a CSV export&apos;s name ends in .csv</source>
        <translation>{name}: el nombre de una exportación CSV termina en .csv</translation>
    </message>
    <message>
        <source>{name}: an export is an Excel workbook; end the name in .xlsx</source>
        <extracomment>how many rows a database round trip fetches; also how often progress is reported total column width (Excel characters) that still prints readably on a portrait A4 page wider sheets are not shrunk to one page wide: the text would be too small to read points per line of wrapped text in the default font (Calibri/Carlito 11) the longest file name (in bytes) the common file systems take</extracomment>
        <translation>{name}: una exportación es un libro de Excel; termine el nombre en .xlsx</translation>
    </message>
    <message>
        <source>{name}: the series &apos;{title}&apos; has more than {limit} occurrences in the range; choose a shorter range</source>
        <translation>{name}: la serie «{title}» tiene más de {limit} repeticiones en el intervalo; elija un intervalo más corto</translation>
    </message>
    <message>
        <source>{new} new · {updated} updated · {unchanged} unchanged · {rejected} rejected</source>
        <translation>{new} nuevos · {updated} actualizados · {unchanged} sin cambios · {rejected} rechazados</translation>
    </message>
    <message>
        <source>{noun} {number}</source>
        <translation>{noun} {number}</translation>
    </message>
    <message>
        <source>{n} action items due</source>
        <translation>{n} acciones pendientes que vencen</translation>
    </message>
    <message>
        <source>{n} backups made before still hold the data until they expire:</source>
        <translation>{n} copias de seguridad hechas antes conservan los datos hasta que caducan:</translation>
    </message>
    <message>
        <source>{n} days late</source>
        <translation>{n} días de retraso</translation>
    </message>
    <message>
        <source>{n} fees overdue</source>
        <translation>{n} cuotas vencidas</translation>
    </message>
    <message>
        <source>{path} appeared meanwhile; nothing was restored</source>
        <translation>{path} ha aparecido mientras tanto; no se ha restaurado nada</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); replacing it with the backup keeps its bytes in the backups folder, but must be asked for</source>
        <translation>{path} está dañado ({reason}); sustituirlo por la copia de seguridad conserva sus bytes en la carpeta de copias, pero debe pedirse expresamente</translation>
    </message>
    <message>
        <source>{path} was replaced meanwhile; nothing was restored</source>
        <translation>{path} se ha sustituido mientras tanto; no se ha restaurado nada</translation>
    </message>
    <message>
        <source>{property} &apos;{value}&apos; is no date or time</source>
        <translation>{property} «{value}» no es una fecha ni una hora</translation>
    </message>
    <message>
        <source>{record} has been deleted</source>
        <translation>{record} se ha eliminado</translation>
    </message>
    <message>
        <source>{row}: {reason}</source>
        <translation>{row}: {reason}</translation>
    </message>
    <message>
        <source>{section}, opening</source>
        <extracomment>the dashboard&apos;s outline: a row of count cards, then two rows of two panels</extracomment>
        <translation>{section}, abriendo</translation>
    </message>
    <message>
        <source>{sheet}, {row}</source>
        <translation>{sheet}, {row}</translation>
    </message>
    <message>
        <source>{sheet}: columns not imported: {columns}</source>
        <translation>{sheet}: columnas no importadas: {columns}</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} synthetic contacts need about {need} free on the disk of {folder}; {free} are free</source>
        <translation>{size} contactos sintéticos necesitan unos {need} libres en el disco de {folder}; hay {free} libres</translation>
    </message>
    <message>
        <source>{status} members</source>
        <translation>Miembros ({status})</translation>
    </message>
    <message>
        <source>{s} sessions, {p} participants, {c} centres</source>
        <translation>{s} sesiones, {p} participantes, {c} centros</translation>
    </message>
    <message>
        <source>{table} row {row} refers to a missing {parent}</source>
        <translation>{table}, fila {row}: remite a un registro {parent} que falta</translation>
    </message>
    <message>
        <source>{used} member cities are in ‘{name}’: move them first</source>
        <translation>{used} ciudades miembro están en «{name}»: muévalas primero</translation>
    </message>
    <message>
        <source>{what} of {count} {kinds}</source>
        <translation>{what} de {count} {kinds}</translation>
    </message>
    <message>
        <source>{what} {path}: {reason}</source>
        <translation>{what} {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n people. They import as they are.</source>
        <translation>
            <numerusform>{what}: %n persona. Se importa tal cual.</numerusform>
            <numerusform>{what}: %n personas. Se importan tal cual.</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {events} events, {series} of them recurring series.</source>
        <translation>{what}: {events} eventos, {series} de ellos series periódicas.</translation>
    </message>
    <message>
        <source>{where}: cells {cells} are merged over rows of data; unmerge them so that each row holds its own values</source>
        <translation>{where}: las celdas {cells} están combinadas sobre filas de datos; sepárelas para que cada fila tenga sus propios valores</translation>
    </message>
    <message>
        <source>{where}: row {row} comes after row {after} in the file (Excel never writes rows so); open it in Excel and save it again</source>
        <translation>{where}: la fila {row} va después de la fila {after} en el archivo (Excel nunca escribe así las filas); ábralo en Excel y vuelva a guardarlo</translation>
    </message>
    <message>
        <source>{why}
Changes are kept here and sent at the next sync.</source>
        <translation>{why}
Los cambios se guardan aquí y se envían en la próxima sincronización.</translation>
    </message>
    <message>
        <source>‘{name}’ is already in the list</source>
        <translation>«{name}» ya está en la lista</translation>
    </message>
    <message>
        <source>• and {n} more</source>
        <translation>• y {n} más</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>MetroDesk cannot open the database</source>
        <translation>MetroDesk no puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>The newest sound backup is {backup}. Restoring it keeps a copy of the damaged file beside it.</source>
        <translation>La copia de seguridad en buen estado más reciente es {backup}. Al restaurarla se conserva una copia del archivo dañado junto a ella.</translation>
    </message>
    <message>
        <source>The passphrase in METRODESK_PASSPHRASE does not open this database.</source>
        <extracomment>how long the frame may take to be painted before the database opens beside it anyway whether the thread&apos;s `finished` has reached the UI thread</extracomment>
        <translation>La frase de contraseña de METRODESK_PASSPHRASE no abre esta base de datos.</translation>
    </message>
    <message>
        <source>{path} cannot be opened:
{reason}</source>
        <translation>No se puede abrir {path}:
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <extracomment>a read on the UI thread longer than this is logged: the window stood still meanwhile read before and after `fn` for what it wrote (None: a read, nothing to announce) the page, dialog or model that asked: its result is dropped once it is deleted</extracomment>
        <translation>Cancelando…</translation>
    </message>
</context>
</TS>
