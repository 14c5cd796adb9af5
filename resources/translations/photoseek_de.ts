<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>CrashReporter</name>
    <message numerus="yes">
      <source>%Ln more unexpected error(s) since; all are in the log.</source>
      <translation>
        <numerusform>Seitdem %Ln weiterer unerwarteter Fehler; alle stehen im Protokoll.</numerusform>
        <numerusform>Seitdem %Ln weitere unerwartete Fehler; alle stehen im Protokoll.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DateRangeDialog</name>
    <message>
      <source>Photos taken between</source>
      <translation>Fotos aufgenommen zwischen</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <source>From this day (included)</source>
      <translation>Ab diesem Tag (einschließlich)</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Bis</translation>
    </message>
    <message>
      <source>To this day (included)</source>
      <translation>Bis zu diesem Tag (einschließlich)</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>Von:</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>Bis:</translation>
    </message>
  </context>
  <context>
    <name>EmptyStateView</name>
    <message>
      <source>{title}: {text}</source>
      <translation>{title}: {text}</translation>
    </message>
  </context>
  <context>
    <name>FailuresButton</name>
    <message>
      <source>Which files, and why each one could not be read</source>
      <translation>Welche Dateien betroffen sind und warum sie nicht gelesen werden konnten</translation>
    </message>
    <message numerus="yes">
      <source>%Ln file(s) could not be read</source>
      <translation>
        <numerusform>%Ln Datei konnte nicht gelesen werden</numerusform>
        <numerusform>%Ln Dateien konnten nicht gelesen werden</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FailuresDialog</name>
    <message>
      <source>Files that could not be read</source>
      <translation>Nicht lesbare Dateien</translation>
    </message>
    <message>
      <source>PhotoSeek skips these files. It tries again when a file changes, for example after you repair or re-export it.</source>
      <translation>PhotoSeek überspringt diese Dateien. Sobald sich eine Datei ändert, etwa nachdem Sie sie repariert oder neu exportiert haben, versucht PhotoSeek es erneut.</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Grund</translation>
    </message>
    <message>
      <source>Copy list</source>
      <translation>Liste kopieren</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>Filter</source>
      <translation>Filter</translation>
    </message>
    <message>
      <source>Add a filter</source>
      <translation>Filter hinzufügen</translation>
    </message>
    <message>
      <source>Only photos in a folder, taken in a date range, of a file type or by a camera</source>
      <translation>Nur Fotos aus einem Ordner, aus einem Aufnahmezeitraum, eines Dateityps oder von einer Kamera</translation>
    </message>
    <message>
      <source>Only photos in a folder, from a date range, of a file type or by a camera</source>
      <translation>Nur Fotos aus einem Ordner, einem Zeitraum, eines Dateityps oder von einer Kamera</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Reihenfolge</translation>
    </message>
    <message>
      <source>How the photos in the grid are ordered</source>
      <translation>Wie die Fotos im Raster sortiert sind</translation>
    </message>
    <message>
      <source>Group bursts</source>
      <translation>Serien bündeln</translation>
    </message>
    <message>
      <source>Show each burst of near-identical shots as one photo</source>
      <translation>Jede Serie nahezu identischer Aufnahmen als ein Foto zeigen</translation>
    </message>
    <message>
      <source>Show each burst of near-identical shots (taken seconds apart, in one folder) as one photo, with how many shots it holds</source>
      <translation>Jede Serie nahezu identischer Aufnahmen (im Abstand von Sekunden, in einem Ordner) als ein Foto zeigen, mit der Anzahl ihrer Aufnahmen</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Ordner</translation>
    </message>
    <message>
      <source>Choose a folder…</source>
      <translation>Ordner auswählen…</translation>
    </message>
    <message>
      <source>Date…</source>
      <translation>Datum…</translation>
    </message>
    <message>
      <source>File type</source>
      <translation>Dateityp</translation>
    </message>
    <message>
      <source>Camera</source>
      <translation>Kamera</translation>
    </message>
    <message>
      <source>{camera} ({photos})</source>
      <translation>{camera} ({photos})</translation>
    </message>
    <message>
      <source>No camera known yet</source>
      <translation>Noch keine Kamera bekannt</translation>
    </message>
    <message>
      <source>Only photos in this folder</source>
      <translation>Nur Fotos in diesem Ordner</translation>
    </message>
    <message>
      <source>In {folder}</source>
      <translation>In {folder}</translation>
    </message>
    <message>
      <source>Taken (or, without a date taken, changed) in this range</source>
      <translation>Aufgenommen (oder, ohne Aufnahmedatum, geändert) in diesem Zeitraum</translation>
    </message>
    <message>
      <source>Only {type} files</source>
      <translation>Nur {type}-Dateien</translation>
    </message>
    <message>
      <source>Only photos taken with this camera</source>
      <translation>Nur Fotos, die mit dieser Kamera aufgenommen wurden</translation>
    </message>
    <message>
      <source>Only photos that do not say which camera took them</source>
      <translation>Nur Fotos ohne Angabe zur Kamera</translation>
    </message>
    <message>
      <source>{filter}
Click to remove this filter</source>
      <translation>{filter}
Klicken, um diesen Filter zu entfernen</translation>
    </message>
    <message>
      <source>Filter: {filter}</source>
      <translation>Filter: {filter}</translation>
    </message>
    <message>
      <source>Activate to remove this filter</source>
      <translation>Aktivieren, um diesen Filter zu entfernen</translation>
    </message>
  </context>
  <context>
    <name>FolderPanel</name>
    <message>
      <source>Folders</source>
      <translation>Ordner</translation>
    </message>
    <message>
      <source>Choose a folder to see only its photos, or All photos</source>
      <translation>Wählen Sie einen Ordner, um nur seine Fotos zu sehen, oder „Alle Fotos“</translation>
    </message>
    <message>
      <source>All photos</source>
      <translation>Alle Fotos</translation>
    </message>
    <message>
      <source>{folder} (offline)</source>
      <translation>{folder} (offline)</translation>
    </message>
    <message>
      <source>{folder} is {reason}; its photos are kept</source>
      <translation>{folder}: {reason}; die Fotos bleiben erhalten</translation>
    </message>
  </context>
  <context>
    <name>Handoff</name>
    <message>
      <source>Nothing on this computer opens {photo}: set a default app for this kind of file</source>
      <translation>Keine Anwendung auf diesem Computer kann {photo} öffnen: Legen Sie eine Standardanwendung für diesen Dateityp fest</translation>
    </message>
    <message>
      <source>Open with this application</source>
      <translation>Mit dieser Anwendung öffnen</translation>
    </message>
    <message>
      <source>No file manager could show {folder}</source>
      <translation>Kein Dateimanager konnte {folder} anzeigen</translation>
    </message>
    <message>
      <source>{photo} is on {folder}, which is not available now</source>
      <translation>{photo} liegt in {folder}; dieser Ordner ist gerade nicht verfügbar</translation>
    </message>
    <message>
      <source>{photo} is not there any more (moved or deleted?)</source>
      <translation>{photo} ist nicht mehr vorhanden (verschoben oder gelöscht?)</translation>
    </message>
  </context>
  <context>
    <name>IndexProgress</name>
    <message>
      <source>Indexing progress</source>
      <translation>Indizierungsfortschritt</translation>
    </message>
    <message>
      <source>Photos indexed so far (a moving bar: counting what there is to do)</source>
      <translation>Bisher indizierte Fotos (ein laufender Balken: Es wird noch ermittelt, wie viel zu tun ist)</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pausieren</translation>
    </message>
    <message>
      <source>Pause indexing; search keeps working</source>
      <translation>Indizierung pausieren; die Suche funktioniert weiter</translation>
    </message>
    <message>
      <source>Re-indexing with the new model; until it is done, search uses the previous model's complete index.</source>
      <translation>Neuindizierung mit dem neuen Modell; bis sie abgeschlossen ist, verwendet die Suche den vollständigen Index des bisherigen Modells.</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Fortsetzen</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%Ln added</source>
      <translation>
        <numerusform>%Ln hinzugefügt</numerusform>
        <numerusform>%Ln hinzugefügt</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln copied</source>
      <translation>
        <numerusform>%Ln kopiert</numerusform>
        <numerusform>%Ln kopiert</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln updated</source>
      <translation>
        <numerusform>%Ln aktualisiert</numerusform>
        <numerusform>%Ln aktualisiert</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln moved</source>
      <translation>
        <numerusform>%Ln verschoben</numerusform>
        <numerusform>%Ln verschoben</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln removed</source>
      <translation>
        <numerusform>%Ln entfernt</numerusform>
        <numerusform>%Ln entfernt</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln failed</source>
      <translation>
        <numerusform>%Ln fehlgeschlagen</numerusform>
        <numerusform>%Ln fehlgeschlagen</numerusform>
      </translation>
    </message>
    <message>
      <source> in {time} ms</source>
      <translation> in {time} ms</translation>
    </message>
    <message>
      <source>MMMM yyyy</source>
      <comment>a month heading, as QLocale's date format (Japanese: yyyy年M月)</comment>
      <translation>MMMM yyyy</translation>
    </message>
    <message>
      <source>Looks like {photo}</source>
      <translation>Ähnelt {photo}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln photo(s)</source>
      <translation>
        <numerusform>%Ln Foto</numerusform>
        <numerusform>%Ln Fotos</numerusform>
      </translation>
    </message>
    <message>
      <source>, </source>
      <comment>between the counts of an index update</comment>
      <translation>, </translation>
    </message>
    <message>
      <source>Index updated: {changes}</source>
      <translation>Index aktualisiert: {changes}</translation>
    </message>
    <message>
      <source>Add a folder of photos</source>
      <translation>Ordner mit Fotos hinzufügen</translation>
    </message>
    <message>
      <source>The new language shows the next time PhotoSeek starts</source>
      <translation>Die neue Sprache erscheint beim nächsten Start von PhotoSeek</translation>
    </message>
  </context>
  <context>
    <name>ModelDownload</name>
    <message>
      <source>The download was cancelled. PhotoSeek needs the model to search; download it later, or choose a model that is already on this computer.</source>
      <translation>Das Herunterladen wurde abgebrochen. PhotoSeek benötigt das Modell für die Suche; laden Sie es später herunter oder wählen Sie ein Modell, das bereits auf diesem Computer ist.</translation>
    </message>
    <message>
      <source>The model could not be downloaded: {error}</source>
      <translation>Das Modell konnte nicht heruntergeladen werden: {error}</translation>
    </message>
  </context>
  <context>
    <name>ModelDownloadDialog</name>
    <message>
      <source>Downloading the search model</source>
      <translation>Suchmodell wird heruntergeladen</translation>
    </message>
    <message>
      <source>PhotoSeek is downloading its search model {model} ({size}).
This happens once; afterwards PhotoSeek works offline.</source>
      <translation>PhotoSeek lädt sein Suchmodell {model} ({size}) herunter.
Das geschieht nur einmal; danach funktioniert PhotoSeek offline.</translation>
    </message>
    <message>
      <source>PhotoSeek is downloading its search model {model}.
This happens once; afterwards PhotoSeek works offline.</source>
      <translation>PhotoSeek lädt sein Suchmodell {model} herunter.
Das geschieht nur einmal; danach funktioniert PhotoSeek offline.</translation>
    </message>
    <message>
      <source>{done} of {total} MB</source>
      <translation>{done} von {total} MB</translation>
    </message>
  </context>
  <context>
    <name>ModelSetup</name>
    <message>
      <source>Search in {language}?</source>
      <translation>Auf {language} suchen?</translation>
    </message>
    <message>
      <source>PhotoSeek's default search model understands only English queries. To search your photos in {language}, use {model} ({size} download).</source>
      <translation>Das Standard-Suchmodell von PhotoSeek versteht nur englische Suchanfragen. Um Ihre Fotos auf {language} zu durchsuchen, verwenden Sie {model} ({size} Download).</translation>
    </message>
    <message>
      <source>Use {model}</source>
      <translation>{model} verwenden</translation>
    </message>
    <message>
      <source>Keep the English model</source>
      <translation>Beim englischen Modell bleiben</translation>
    </message>
  </context>
  <context>
    <name>NewMatchesBar</name>
    <message>
      <source>Show the results again in order of relevance, the new matches with them</source>
      <translation>Ergebnisse wieder nach Relevanz sortiert anzeigen, einschließlich der neuen Treffer</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Anzeigen</translation>
    </message>
    <message numerus="yes">
      <source>%Ln new match(es) since this search</source>
      <translation>
        <numerusform>%Ln neuer Treffer seit dieser Suche</numerusform>
        <numerusform>%Ln neue Treffer seit dieser Suche</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PhotoActions</name>
    <message>
      <source>Copied {photo}</source>
      <translation>{photo} kopiert</translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln photo(s)</source>
      <translation>
        <numerusform>%Ln Foto kopiert</numerusform>
        <numerusform>%Ln Fotos kopiert</numerusform>
      </translation>
    </message>
    <message>
      <source>Copied the picture {photo}</source>
      <translation>Bild {photo} kopiert</translation>
    </message>
    <message>
      <source>{photo} cannot be copied as a picture; Copy gives the file</source>
      <translation>{photo} kann nicht als Bild kopiert werden; „Kopieren“ kopiert die Datei</translation>
    </message>
    <message numerus="yes">
      <source>Copy %Ln photo(s) to</source>
      <translation>
        <numerusform>%Ln Foto kopieren nach</numerusform>
        <numerusform>%Ln Fotos kopieren nach</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copying %Ln photo(s) to {folder}…</source>
      <translation>
        <numerusform>%Ln Foto wird nach {folder} kopiert…</numerusform>
        <numerusform>%Ln Fotos werden nach {folder} kopiert…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln photo(s) to {folder}</source>
      <translation>
        <numerusform>%Ln Foto nach {folder} kopiert</numerusform>
        <numerusform>%Ln Fotos nach {folder} kopiert</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{copied}; %Ln photo(s) could not be copied ({photo}: {why})</source>
      <translation>
        <numerusform>{copied}; %Ln Foto konnte nicht kopiert werden ({photo}: {why})</numerusform>
        <numerusform>{copied}; %Ln Fotos konnten nicht kopiert werden ({photo}: {why})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %Ln photo(s) to the Trash?

You can restore them from the Trash.</source>
      <translation>
        <numerusform>%Ln Foto in den Papierkorb verschieben?

Sie können es aus dem Papierkorb wiederherstellen.</numerusform>
        <numerusform>%Ln Fotos in den Papierkorb verschieben?

Sie können sie aus dem Papierkorb wiederherstellen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Move {photo} to the Trash?

You can restore them from the Trash.</source>
      <translation>{photo} in den Papierkorb verschieben?

Sie können das Foto aus dem Papierkorb wiederherstellen.</translation>
    </message>
    <message>
      <source>Move to Trash</source>
      <translation>In den Papierkorb verschieben</translation>
    </message>
    <message numerus="yes">
      <source>Moved %Ln photo(s) to the Trash</source>
      <translation>
        <numerusform>%Ln Foto in den Papierkorb verschoben</numerusform>
        <numerusform>%Ln Fotos in den Papierkorb verschoben</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{moved}; %Ln photo(s) could not be moved ({photo})</source>
      <translation>
        <numerusform>{moved}; %Ln Foto konnte nicht verschoben werden ({photo})</numerusform>
        <numerusform>{moved}; %Ln Fotos konnten nicht verschoben werden ({photo})</numerusform>
      </translation>
    </message>
    <message>
      <source>Put them back where they were</source>
      <translation>An den ursprünglichen Ort zurücklegen</translation>
    </message>
    <message numerus="yes">
      <source>Put back %Ln photo(s)</source>
      <translation>
        <numerusform>%Ln Foto wiederhergestellt</numerusform>
        <numerusform>%Ln Fotos wiederhergestellt</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{put_back}; %Ln photo(s) stayed in the Trash ({photo}: {why})</source>
      <translation>
        <numerusform>{put_back}; %Ln Foto ist im Papierkorb geblieben ({photo}: {why})</numerusform>
        <numerusform>{put_back}; %Ln Fotos sind im Papierkorb geblieben ({photo}: {why})</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PreviewDialog</name>
    <message>
      <source>Loading…</source>
      <translation>Wird geladen…</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>Ordner:</translation>
    </message>
    <message>
      <source>Taken:</source>
      <translation>Aufgenommen:</translation>
    </message>
    <message>
      <source>Camera:</source>
      <translation>Kamera:</translation>
    </message>
    <message>
      <source>Exposure:</source>
      <translation>Belichtung:</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Ort:</translation>
    </message>
    <message>
      <source>Dimensions:</source>
      <translation>Abmessungen:</translation>
    </message>
    <message>
      <source>Size:</source>
      <translation>Größe:</translation>
    </message>
    <message>
      <source>Match:</source>
      <translation>Übereinstimmung:</translation>
    </message>
    <message>
      <source>Previous result</source>
      <translation>Vorheriges Ergebnis</translation>
    </message>
    <message>
      <source>Previous result (arrow keys)</source>
      <translation>Vorheriges Ergebnis (Pfeiltasten)</translation>
    </message>
    <message>
      <source>Next result</source>
      <translation>Nächstes Ergebnis</translation>
    </message>
    <message>
      <source>Next result (arrow keys)</source>
      <translation>Nächstes Ergebnis (Pfeiltasten)</translation>
    </message>
    <message>
      <source>100 %</source>
      <translation>100 %</translation>
    </message>
    <message>
      <source>Actual size</source>
      <translation>Originalgröße</translation>
    </message>
    <message>
      <source>Show the photo at its actual size, or fitted to the window (Z)</source>
      <translation>Foto in Originalgröße oder an das Fenster angepasst anzeigen (Z)</translation>
    </message>
    <message>
      <source>{score} (cosine similarity to the query): a match</source>
      <translation>{score} (Kosinus-Ähnlichkeit zur Suchanfrage): ein Treffer</translation>
    </message>
    <message>
      <source>{score} (cosine similarity to the query): a weaker match, below the cutoff</source>
      <translation>{score} (Kosinus-Ähnlichkeit zur Suchanfrage): ein schwächerer Treffer, unterhalb der Relevanzschwelle</translation>
    </message>
    <message>
      <source>{width} × {height} pixels</source>
      <translation>{width} × {height} Pixel</translation>
    </message>
    <message>
      <source>Cannot show this photo: {reason}</source>
      <translation>Dieses Foto kann nicht angezeigt werden: {reason}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>Einpassen</translation>
    </message>
    <message>
      <source>Fit to the window</source>
      <translation>An Fenster anpassen</translation>
    </message>
  </context>
  <context>
    <name>PreviewLoader</name>
    <message>
      <source>cannot read file ({reason})</source>
      <translation>Datei nicht lesbar ({reason})</translation>
    </message>
  </context>
  <context>
    <name>ResultsModel</name>
    <message>
      <source> · match {score} (a weaker match)</source>
      <translation> · Übereinstimmung {score} (schwächerer Treffer)</translation>
    </message>
    <message>
      <source> · match {score}</source>
      <translation> · Übereinstimmung {score}</translation>
    </message>
    <message>
      <source>Offline: its folder is not available now (an unplugged drive?)</source>
      <translation>Offline: Der Ordner ist gerade nicht verfügbar (ein getrenntes Laufwerk?)</translation>
    </message>
    <message>
      <source>Identical copy:</source>
      <translation>Identische Kopie:</translation>
    </message>
    <message>
      <source>Identical copies:</source>
      <translation>Identische Kopien:</translation>
    </message>
    <message numerus="yes">
      <source>One of a burst of %Ln shot(s); the others:</source>
      <translation>
        <numerusform>Teil einer Serie mit %Ln Aufnahme; die anderen:</numerusform>
        <numerusform>Teil einer Serie mit %Ln Aufnahmen; die anderen:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message>
      <source>Photos</source>
      <translation>Fotos</translation>
    </message>
    <message>
      <source>Your library, newest first, or the photos a search found: arrows move, Enter opens, Space previews, the menu key offers more</source>
      <translation>Ihre Fotobibliothek, neueste zuerst, oder die Fotos einer Suche: Pfeiltasten bewegen, Eingabetaste öffnet, Leertaste zeigt eine Vorschau, die Menütaste bietet mehr</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <source>Open in your usual viewer (Enter)</source>
      <translation>Im gewohnten Bildbetrachter öffnen (Eingabetaste)</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Im Ordner zeigen</translation>
    </message>
    <message>
      <source>Show it in the file manager</source>
      <translation>Im Dateimanager anzeigen</translation>
    </message>
    <message numerus="yes">
      <source>Copy %Ln photo(s)</source>
      <translation>
        <numerusform>%Ln Foto kopieren</numerusform>
        <numerusform>%Ln Fotos kopieren</numerusform>
      </translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Kopieren</translation>
    </message>
    <message>
      <source>To paste as files in a file manager, or as paths in text</source>
      <translation>Zum Einfügen als Dateien in einem Dateimanager oder als Pfade in einem Text</translation>
    </message>
    <message>
      <source>Copy image</source>
      <translation>Bild kopieren</translation>
    </message>
    <message>
      <source>The picture itself, to paste it</source>
      <translation>Das Bild selbst, zum Einfügen</translation>
    </message>
    <message numerus="yes">
      <source>Copy %Ln photo(s) to folder…</source>
      <translation>
        <numerusform>%Ln Foto in Ordner kopieren…</numerusform>
        <numerusform>%Ln Fotos in Ordner kopieren…</numerusform>
      </translation>
    </message>
    <message>
      <source>Copy to folder…</source>
      <translation>In Ordner kopieren…</translation>
    </message>
    <message>
      <source>Copies; nothing is overwritten</source>
      <translation>Erstellt Kopien; nichts wird überschrieben</translation>
    </message>
    <message numerus="yes">
      <source>Move %Ln photo(s) to Trash…</source>
      <translation>
        <numerusform>%Ln Foto in den Papierkorb verschieben…</numerusform>
        <numerusform>%Ln Fotos in den Papierkorb verschieben…</numerusform>
      </translation>
    </message>
    <message>
      <source>Move to Trash…</source>
      <translation>In den Papierkorb verschieben…</translation>
    </message>
    <message>
      <source>The system's trash, with Undo</source>
      <translation>In den Papierkorb des Systems, mit Rückgängig</translation>
    </message>
    <message>
      <source>Find similar</source>
      <translation>Ähnliche finden</translation>
    </message>
    <message>
      <source>Photos that look like this one</source>
      <translation>Fotos, die diesem ähneln</translation>
    </message>
    <message>
      <source>Search in this folder</source>
      <translation>In diesem Ordner suchen</translation>
    </message>
    <message>
      <source>Only photos in this photo's folder (and its subfolders), until you remove the filter</source>
      <translation>Nur Fotos im Ordner dieses Fotos (und in seinen Unterordnern), bis Sie den Filter entfernen</translation>
    </message>
    <message>
      <source>Open with…</source>
      <translation>Öffnen mit…</translation>
    </message>
    <message>
      <source>Open with</source>
      <translation>Öffnen mit</translation>
    </message>
    <message>
      <source>Other application…</source>
      <translation>Andere Anwendung…</translation>
    </message>
  </context>
  <context>
    <name>SearchBar</name>
    <message>
      <source>Describe a photo, e.g. “a red bicycle” — or drop a photo here</source>
      <translation>Beschreiben Sie ein Foto, z. B. „ein rotes Fahrrad“ – oder ziehen Sie ein Foto hierher</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Suche</translation>
    </message>
    <message>
      <source>Describe the photos to find; Down moves into the results, Esc clears</source>
      <translation>Beschreiben Sie die gesuchten Fotos; Pfeil nach unten wechselt zu den Ergebnissen, Esc leert das Feld</translation>
    </message>
    <message>
      <source>Clear the search</source>
      <translation>Suche löschen</translation>
    </message>
    <message>
      <source>Clear the search (Esc)</source>
      <translation>Suche löschen (Esc)</translation>
    </message>
    <message>
      <source>Stop searching by this photo</source>
      <translation>Nicht mehr nach diesem Foto suchen</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>Einstellungen…</translation>
    </message>
    <message>
      <source>Library folders, excluded folders, model and threads (Ctrl+,)</source>
      <translation>Bibliotheksordner, ausgeschlossene Ordner, Modell und Threads (Strg+,)</translation>
    </message>
    <message>
      <source>Example searches</source>
      <translation>Beispielsuchen</translation>
    </message>
    <message>
      <source>Searches to try: activate one to search for it</source>
      <translation>Suchen zum Ausprobieren: Aktivieren Sie eine, um danach zu suchen</translation>
    </message>
    <message>
      <source>Try: {examples}</source>
      <translation>Probieren Sie: {examples}</translation>
    </message>
    <message>
      <source>Photos like {photo}</source>
      <translation>Fotos wie {photo}</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>PhotoSeek settings</source>
      <translation>PhotoSeek-Einstellungen</translation>
    </message>
    <message>
      <source>Library folders</source>
      <translation>Bibliotheksordner</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Hinzufügen…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Re-index now</source>
      <translation>Jetzt neu indizieren</translation>
    </message>
    <message>
      <source>Look through every folder again now for new, changed, moved and deleted photos (the window also does this on its own)</source>
      <translation>Alle Ordner jetzt erneut nach neuen, geänderten, verschobenen und gelöschten Fotos durchsuchen (das Fenster tut das auch von selbst)</translation>
    </message>
    <message>
      <source>Removing a folder removes its photos from the index; the files themselves stay.</source>
      <translation>Wenn Sie einen Ordner entfernen, werden seine Fotos aus dem Index entfernt; die Dateien selbst bleiben erhalten.</translation>
    </message>
    <message>
      <source>Search model</source>
      <translation>Suchmodell</translation>
    </message>
    <message>
      <source>{model} — downloaded</source>
      <translation>{model} — heruntergeladen</translation>
    </message>
    <message>
      <source>{model} — {size} download</source>
      <translation>{model} — {size} zum Herunterladen</translation>
    </message>
    <message>
      <source>Choose model file…</source>
      <translation>Modelldatei auswählen…</translation>
    </message>
    <message>
      <source>An open_clip_config.json, or a weights file (.safetensors, .pt)</source>
      <translation>Eine open_clip_config.json oder eine Gewichtsdatei (.safetensors, .pt)</translation>
    </message>
    <message>
      <source>Choose model folder…</source>
      <translation>Modellordner auswählen…</translation>
    </message>
    <message>
      <source>A folder with an open_clip model: open_clip_config.json and its weights</source>
      <translation>Ein Ordner mit einem open_clip-Modell: open_clip_config.json und die zugehörigen Gewichte</translation>
    </message>
    <message>
      <source>Indexing</source>
      <translation>Indizierung</translation>
    </message>
    <message>
      <source>One pattern per line, e.g. *.gif or */Screenshots/*</source>
      <translation>Ein Muster pro Zeile, z. B. *.gif oder */Screenshots/*</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>Automatisch</translation>
    </message>
    <message>
      <source>Leave out files matching:</source>
      <translation>Auszuschließende Dateien:</translation>
    </message>
    <message>
      <source>CPU threads:</source>
      <translation>CPU-Threads:</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>Fenster</translation>
    </message>
    <message>
      <source>The system's language</source>
      <translation>Sprache des Systems</translation>
    </message>
    <message>
      <source>The window's language, from the next start of PhotoSeek</source>
      <translation>Die Sprache des Fensters, ab dem nächsten Start von PhotoSeek</translation>
    </message>
    <message>
      <source>Light or dark; by default as the system is set</source>
      <translation>Hell oder dunkel; standardmäßig wie im System eingestellt</translation>
    </message>
    <message>
      <source>Show weaker matches without asking</source>
      <translation>Schwächere Treffer ohne Nachfrage anzeigen</translation>
    </message>
    <message>
      <source>A search lists the photos below the relevance cutoff after its matches, instead of behind a “Show N weaker matches” row</source>
      <translation>Eine Suche listet die Fotos unterhalb der Relevanzschwelle nach ihren Treffern auf, statt sie hinter einer Zeile „N schwächere Treffer anzeigen“ zu verbergen</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Sprache:</translation>
    </message>
    <message>
      <source>Appearance:</source>
      <translation>Erscheinungsbild:</translation>
    </message>
    <message>
      <source>Search results:</source>
      <translation>Suchergebnisse:</translation>
    </message>
    <message>
      <source>On this computer: {model}</source>
      <translation>Auf diesem Computer: {model}</translation>
    </message>
    <message>
      <source>{folder} is {reason}</source>
      <translation>{folder}: {reason}</translation>
    </message>
    <message numerus="yes">
      <source>Remove {folder} from the library?

Its %Ln photo(s) (leaves|leave) the index when you press OK (the files themselves stay where they are); adding the folder again re-reads them.</source>
      <translation>
        <numerusform>{folder} aus der Fotobibliothek entfernen?

Das %Ln Foto des Ordners wird aus dem Index entfernt, wenn Sie auf OK klicken (die Datei selbst bleibt, wo sie ist); fügen Sie den Ordner erneut hinzu, wird es neu eingelesen.</numerusform>
        <numerusform>{folder} aus der Fotobibliothek entfernen?

Die %Ln Fotos des Ordners werden aus dem Index entfernt, wenn Sie auf OK klicken (die Dateien selbst bleiben, wo sie sind); fügen Sie den Ordner erneut hinzu, werden sie neu eingelesen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove {folder} from the library?

Its photos leave the index when you press OK (the files themselves stay where they are); adding the folder again re-reads them.</source>
      <translation>{folder} aus der Fotobibliothek entfernen?

Seine Fotos werden aus dem Index entfernt, wenn Sie auf OK klicken (die Dateien selbst bleiben, wo sie sind); fügen Sie den Ordner erneut hinzu, werden sie neu eingelesen.</translation>
    </message>
    <message>
      <source>Remove folder</source>
      <translation>Ordner entfernen</translation>
    </message>
    <message>
      <source>Add a folder of photos</source>
      <translation>Ordner mit Fotos hinzufügen</translation>
    </message>
    <message>
      <source>Choose an open_clip model folder</source>
      <translation>open_clip-Modellordner auswählen</translation>
    </message>
    <message>
      <source>{folder} holds no open_clip model (no open_clip_config.json in it)</source>
      <translation>{folder} enthält kein open_clip-Modell (keine open_clip_config.json darin)</translation>
    </message>
    <message>
      <source>A model on this computer.</source>
      <translation>Ein Modell auf diesem Computer.</translation>
    </message>
    <message>
      <source>{model} Changing the model re-indexes every photo in the background; until that is done, search keeps using the current model's index.</source>
      <translation>{model} Ein Modellwechsel indiziert alle Fotos im Hintergrund neu; bis dahin verwendet die Suche weiter den Index des aktuellen Modells.</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <source>Thumbnail size (Ctrl + and Ctrl −)</source>
      <translation>Miniaturgröße (Strg + und Strg −)</translation>
    </message>
    <message>
      <source>Thumbnail size</source>
      <translation>Miniaturgröße</translation>
    </message>
  </context>
  <context>
    <name>ThumbnailDelegate</name>
    <message>
      <source>cannot show</source>
      <translation>nicht darstellbar</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message numerus="yes">
      <source>+%Ln cop(y|ies)</source>
      <translation>
        <numerusform>+%Ln Kopie</numerusform>
        <numerusform>+%Ln Kopien</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln shot(s)</source>
      <translation>
        <numerusform>%Ln Aufnahme</numerusform>
        <numerusform>%Ln Aufnahmen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UndoBar</name>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Take the last action back</source>
      <translation>Letzte Aktion rückgängig machen</translation>
    </message>
  </context>
  <context>
    <name>Worker</name>
    <message>
      <source>the search model {model} is not downloaded yet</source>
      <translation>das Suchmodell {model} ist noch nicht heruntergeladen</translation>
    </message>
    <message numerus="yes">
      <source>removed {folder} from the library (%Ln photo(s) left the index)</source>
      <translation>
        <numerusform>{folder} aus der Fotobibliothek entfernt (%Ln Foto aus dem Index entfernt)</numerusform>
        <numerusform>{folder} aus der Fotobibliothek entfernt (%Ln Fotos aus dem Index entfernt)</numerusform>
      </translation>
    </message>
    <message>
      <source>internal error: {kind} (details in the log)</source>
      <translation>interner Fehler: {kind} (Details im Protokoll)</translation>
    </message>
    <message>
      <source>internal error: {kind}: {error} (details in the log)</source>
      <translation>interner Fehler: {kind}: {error} (Details im Protokoll)</translation>
    </message>
  </context>
  <context>
    <name>answer</name>
    <message numerus="yes">
      <source>%Ln weaker match(es)</source>
      <translation>
        <numerusform>%Ln schwächerer Treffer</numerusform>
        <numerusform>%Ln schwächere Treffer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln match(es)</source>
      <translation>
        <numerusform>%Ln Treffer</numerusform>
        <numerusform>%Ln Treffer</numerusform>
      </translation>
    </message>
    <message>
      <source>No matches</source>
      <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
      <source>%Ln match(es) and {weaker} weaker</source>
      <translation>
        <numerusform>%Ln Treffer und {weaker} schwächere</numerusform>
        <numerusform>%Ln Treffer und {weaker} schwächere</numerusform>
      </translation>
    </message>
    <message>
      <source>No matches and {weaker} weaker</source>
      <translation>Keine Treffer und {weaker} schwächere</translation>
    </message>
    <message numerus="yes">
      <source>Show %Ln weaker match(es)</source>
      <translation>
        <numerusform>%Ln schwächeren Treffer anzeigen</numerusform>
        <numerusform>%Ln schwächere Treffer anzeigen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>PhotoSeek crashed last time; details in {log}</source>
      <translation>PhotoSeek ist beim letzten Mal abgestürzt; Details in {log}</translation>
    </message>
  </context>
  <context>
    <name>appearance</name>
    <message>
      <source>Follow the system</source>
      <translation>Wie im System</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>cannot read file ({detail})</source>
      <translation>Datei kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
      <source>the decoder did not finish within {seconds} s (stopped)</source>
      <translation>der Decoder wurde nicht innerhalb von {seconds} s fertig (abgebrochen)</translation>
    </message>
    <message>
      <source>the decoder crashed on this file ({detail})</source>
      <translation>der Decoder ist bei dieser Datei abgestürzt ({detail})</translation>
    </message>
    <message>
      <source>too large to decode within the memory allowed for one photo</source>
      <translation>zu groß, um im Speicher dekodiert zu werden, der einem Foto zusteht</translation>
    </message>
    <message>
      <source>empty file (0 bytes)</source>
      <translation>leere Datei (0 Byte)</translation>
    </message>
    <message>
      <source>too many pixels: refused as a possible decompression bomb</source>
      <translation>zu viele Pixel: als mögliche Dekompressionsbombe abgelehnt</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>Zugriff verweigert</translation>
    </message>
    <message>
      <source>file disappeared while reading</source>
      <translation>Datei ist beim Lesen verschwunden</translation>
    </message>
    <message>
      <source>not an image, or a format PhotoSeek cannot read</source>
      <translation>kein Bild oder ein Format, das PhotoSeek nicht lesen kann</translation>
    </message>
    <message>
      <source>corrupt or truncated image ({detail})</source>
      <translation>beschädigtes oder unvollständiges Bild ({detail})</translation>
    </message>
    <message>
      <source>cannot decode ({kind}: {detail})</source>
      <translation>kann nicht dekodiert werden ({kind}: {detail})</translation>
    </message>
    <message>
      <source>cannot load model folder {folder}: {detail}</source>
      <translation>Modellordner {folder} kann nicht geladen werden: {detail}</translation>
    </message>
    <message>
      <source>cannot load {file} as a {model} model: {detail}</source>
      <translation>{file} kann nicht als {model}-Modell geladen werden: {detail}</translation>
    </message>
    <message>
      <source>model {model} is not available: it is not in {cache} and could not be downloaded from the Hugging Face hub (offline?). Download it on a connected machine, or point PhotoSeek at a local copy with --model /path/to/model-folder (or PHOTOSEEK_MODEL)</source>
      <translation>Das Modell {model} ist nicht verfügbar: Es ist nicht in {cache} und konnte nicht vom Hugging Face Hub heruntergeladen werden (offline?). Laden Sie es auf einem Rechner mit Internetverbindung herunter oder verweisen Sie PhotoSeek mit --model /pfad/zum/modellordner (oder PHOTOSEEK_MODEL) auf eine lokale Kopie.</translation>
    </message>
    <message>
      <source>The search model {model} could not be downloaded: {reason}. Try again when online, or choose a model folder or weights file that is already on this computer.</source>
      <translation>Das Suchmodell {model} konnte nicht heruntergeladen werden: {reason}. Versuchen Sie es erneut, wenn Sie online sind, oder wählen Sie einen Modellordner oder eine Gewichtsdatei, die sich bereits auf diesem Computer befindet.</translation>
    </message>
    <message>
      <source>there is no connection to the Hugging Face hub (offline, or blocked by a proxy)</source>
      <translation>es besteht keine Verbindung zum Hugging Face Hub (offline oder von einem Proxy blockiert)</translation>
    </message>
    <message>
      <source>the download failed ({detail})</source>
      <translation>der Download ist fehlgeschlagen ({detail})</translation>
    </message>
    <message>
      <source>model folder not found: {folder}</source>
      <translation>Modellordner nicht gefunden: {folder}</translation>
    </message>
    <message>
      <source>file name is not valid UTF-8</source>
      <translation>Dateiname ist kein gültiges UTF-8</translation>
    </message>
    <message>
      <source>not found (an unplugged drive or a network share that is not connected?)</source>
      <translation>nicht gefunden (ein abgezogenes Laufwerk oder eine nicht verbundene Netzwerkfreigabe?)</translation>
    </message>
    <message>
      <source>cannot be read ({detail})</source>
      <translation>nicht lesbar ({detail})</translation>
    </message>
    <message>
      <source>empty, though photos were indexed there (a drive that is not mounted?)</source>
      <translation>leer, obwohl dort Fotos indiziert wurden (ein nicht eingehängtes Laufwerk?)</translation>
    </message>
    <message>
      <source>holding other photos than the ones indexed there (a different drive?)</source>
      <translation>enthält andere Fotos als die dort indizierten (ein anderes Laufwerk?)</translation>
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <source>Something went wrong: {error}

PhotoSeek keeps running, but may not behave as expected. The details are in the log file:
{log}</source>
      <translation>Etwas ist schiefgelaufen: {error}

PhotoSeek läuft weiter, verhält sich aber möglicherweise nicht wie erwartet. Die Details stehen in der Protokolldatei:
{log}</translation>
    </message>
    <message>
      <source>PhotoSeek: unexpected error</source>
      <translation>PhotoSeek: unerwarteter Fehler</translation>
    </message>
  </context>
  <context>
    <name>emptystate</name>
    <message>
      <source>Add your photos</source>
      <translation>Fotos hinzufügen</translation>
    </message>
    <message>
      <source>PhotoSeek searches the photos in folders you choose. It indexes them on this computer and keeps watching them for new photos.</source>
      <translation>PhotoSeek durchsucht die Fotos in Ordnern, die Sie auswählen. Es indiziert sie auf diesem Computer und überwacht sie laufend auf neue Fotos.</translation>
    </message>
    <message>
      <source>Add a folder…</source>
      <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
      <source>Indexing your photos…</source>
      <translation>Ihre Fotos werden indiziert…</translation>
    </message>
    <message>
      <source>You can search as soon as the first photos are indexed; progress is shown below.</source>
      <translation>Sie können suchen, sobald die ersten Fotos indiziert sind; der Fortschritt wird unten angezeigt.</translation>
    </message>
    <message numerus="yes">
      <source>Your %Ln library folder(s) (holds|hold) no photos PhotoSeek can read ({types}), or all of them are excluded in Settings.</source>
      <translation>
        <numerusform>Ihr %Ln Bibliotheksordner enthält keine Fotos, die PhotoSeek lesen kann ({types}), oder alle sind in den Einstellungen ausgeschlossen.</numerusform>
        <numerusform>Ihre %Ln Bibliotheksordner enthalten keine Fotos, die PhotoSeek lesen kann ({types}), oder alle sind in den Einstellungen ausgeschlossen.</numerusform>
      </translation>
    </message>
    <message>
      <source>No photos found</source>
      <translation>Keine Fotos gefunden</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>Einstellungen…</translation>
    </message>
    <message>
      <source>“{example}”</source>
      <translation>„{example}“</translation>
    </message>
    <message numerus="yes">
      <source>Search %Ln photo(s)</source>
      <translation>
        <numerusform>%Ln Foto durchsuchen</numerusform>
        <numerusform>%Ln Fotos durchsuchen</numerusform>
      </translation>
    </message>
    <message>
      <source>Describe what you are looking for in your own words, or drop a photo on this window to find similar ones. For example:</source>
      <translation>Beschreiben Sie in eigenen Worten, wonach Sie suchen, oder ziehen Sie ein Foto auf dieses Fenster, um ähnliche zu finden. Zum Beispiel:</translation>
    </message>
    <message numerus="yes">
      <source>No indexed photo matches “{query}”. %Ln photo(s) (comes|come) close without matching. Try other words, or drop a photo here to find similar ones.</source>
      <translation>
        <numerusform>Kein indiziertes Foto passt zu „{query}“. %Ln Foto kommt nahe heran, ohne zu passen. Versuchen Sie andere Wörter oder ziehen Sie ein Foto hierher, um ähnliche zu finden.</numerusform>
        <numerusform>Kein indiziertes Foto passt zu „{query}“. %Ln Fotos kommen nahe heran, ohne zu passen. Versuchen Sie andere Wörter oder ziehen Sie ein Foto hierher, um ähnliche zu finden.</numerusform>
      </translation>
    </message>
    <message>
      <source>No indexed photo matches “{query}”. Try other words, or drop a photo here to find similar ones.</source>
      <translation>Kein indiziertes Foto passt zu „{query}“. Versuchen Sie andere Wörter oder ziehen Sie ein Foto hierher, um ähnliche zu finden.</translation>
    </message>
    <message>
      <source>Remove all filters</source>
      <translation>Alle Filter entfernen</translation>
    </message>
    <message>
      <source>Nothing found</source>
      <translation>Nichts gefunden</translation>
    </message>
    <message>
      <source>Clear search</source>
      <translation>Suche löschen</translation>
    </message>
    <message>
      <source>No indexed photo matches “{query}” with the filters under the search box. Remove a filter (click it), or all of them.</source>
      <translation>Kein indiziertes Foto passt mit den Filtern unter dem Suchfeld zu „{query}“. Entfernen Sie einen Filter (klicken Sie darauf) oder alle.</translation>
    </message>
    <message>
      <source>No indexed photo passes the filters under the search box. Remove a filter (click it), or all of them.</source>
      <translation>Kein indiziertes Foto erfüllt die Filter unter dem Suchfeld. Entfernen Sie einen Filter (klicken Sie darauf) oder alle.</translation>
    </message>
    <message>
      <source>No photos with these filters</source>
      <translation>Keine Fotos mit diesen Filtern</translation>
    </message>
    <message>
      <source>Try the download again</source>
      <translation>Erneut herunterladen</translation>
    </message>
    <message>
      <source>Choose model folder/file…</source>
      <translation>Modellordner/-datei auswählen…</translation>
    </message>
    <message>
      <source>PhotoSeek needs a CLIP model to understand photos and queries. It downloads one the first time and then works offline. Without a network, copy an open_clip model folder to this computer and choose it here.</source>
      <translation>PhotoSeek braucht ein CLIP-Modell, um Fotos und Suchanfragen zu verstehen. Es lädt beim ersten Mal eines herunter und funktioniert danach offline. Ohne Netzwerk kopieren Sie einen open_clip-Modellordner auf diesen Computer und wählen ihn hier aus.</translation>
    </message>
    <message>
      <source>The search model is not available</source>
      <translation>Das Suchmodell ist nicht verfügbar</translation>
    </message>
    <message>
      <source>Loading the search model…</source>
      <translation>Suchmodell wird geladen…</translation>
    </message>
    <message>
      <source>Model: {model}</source>
      <translation>Modell: {model}</translation>
    </message>
    <message>
      <source>Close the other program, then try again.</source>
      <translation>Schließen Sie das andere Programm und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <source>Check the connection or the server, then try again.</source>
      <translation>Prüfen Sie die Verbindung oder den Server und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <source>The photo index cannot be opened</source>
      <translation>Der Fotoindex kann nicht geöffnet werden</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>Erneut versuchen</translation>
    </message>
    <message>
      <source>Rebuilding re-creates the index from your library folders: your photos are not touched, but every photo is read again, which takes a while.</source>
      <translation>Beim Neuaufbau wird der Index aus Ihren Bibliotheksordnern neu erstellt: Ihre Fotos bleiben unberührt, aber jedes Foto wird erneut gelesen, was eine Weile dauert.</translation>
    </message>
    <message>
      <source>The photo index is damaged</source>
      <translation>Der Fotoindex ist beschädigt</translation>
    </message>
    <message>
      <source>Rebuild the index</source>
      <translation>Index neu aufbauen</translation>
    </message>
    <message>
      <source>Resetting restores the last good copy of the settings (your folders and model); your photos and the index are not touched.</source>
      <translation>Beim Zurücksetzen wird die letzte funktionierende Kopie der Einstellungen (Ihre Ordner und Ihr Modell) wiederhergestellt; Ihre Fotos und der Index bleiben unberührt.</translation>
    </message>
    <message>
      <source>The library settings are damaged</source>
      <translation>Die Bibliothekseinstellungen sind beschädigt</translation>
    </message>
    <message>
      <source>Reset the settings</source>
      <translation>Einstellungen zurücksetzen</translation>
    </message>
    <message>
      <source>{model} (downloading)</source>
      <translation>{model} (wird heruntergeladen)</translation>
    </message>
  </context>
  <context>
    <name>examples</name>
    <message>
      <source>a dog on the beach</source>
      <translation>ein Hund am Strand</translation>
    </message>
    <message>
      <source>birthday cake</source>
      <translation>Geburtstagstorte</translation>
    </message>
    <message>
      <source>snow in the mountains</source>
      <translation>Schnee in den Bergen</translation>
    </message>
  </context>
  <context>
    <name>filterbar</name>
    <message>
      <source>Best match first</source>
      <translation>Beste Treffer zuerst</translation>
    </message>
    <message>
      <source>Newest first</source>
      <translation>Neueste zuerst</translation>
    </message>
    <message>
      <source>Oldest first</source>
      <translation>Älteste zuerst</translation>
    </message>
    <message>
      <source>Camera not known</source>
      <translation>Kamera unbekannt</translation>
    </message>
    <message>
      <source>{first} – {last}</source>
      <translation>{first} – {last}</translation>
    </message>
    <message>
      <source>From {date}</source>
      <translation>Ab {date}</translation>
    </message>
    <message>
      <source>Until {date}</source>
      <translation>Bis {date}</translation>
    </message>
  </context>
  <context>
    <name>modelchoice</name>
    <message>
      <source>605 MB</source>
      <translation>605 MB</translation>
    </message>
    <message>
      <source>The default: the fastest indexing on a CPU, good accuracy (finds the right photo first 67 % / 39 % of the time on Flickr30k / COCO).</source>
      <translation>Der Standard: die schnellste Indizierung auf einer CPU, gute Genauigkeit (findet in 67 % / 39 % der Fälle das richtige Foto als Erstes, bei Flickr30k / COCO).</translation>
    </message>
    <message>
      <source>About as accurate as the default (65 % / 40 %) and a little slower to index (256 px input: about 20 % more time per photo); the model rclip uses.</source>
      <translation>Etwa so genau wie der Standard (65 % / 40 %) und etwas langsamer beim Indizieren (256 px Eingabe: etwa 20 % mehr Zeit pro Foto); das Modell, das rclip verwendet.</translation>
    </message>
    <message>
      <source>The original CLIP: as fast as the default, less accurate (59 % / 30 %).</source>
      <translation>Das ursprüngliche CLIP: so schnell wie der Standard, weniger genau (59 % / 30 %).</translation>
    </message>
    <message>
      <source>599 MB</source>
      <translation>599 MB</translation>
    </message>
    <message>
      <source>Better at small details (70 % / 42 %); indexing takes 3–5× longer than the default.</source>
      <translation>Besser bei kleinen Details (70 % / 42 %); die Indizierung dauert 3–5× länger als beim Standard.</translation>
    </message>
    <message>
      <source>Multilingual CLIP ViT-B/32</source>
      <translation>Mehrsprachiges CLIP ViT-B/32</translation>
    </message>
    <message>
      <source>1.5 GB</source>
      <translation>1,5 GB</translation>
    </message>
    <message>
      <source>Understands queries in about 100 languages, Chinese and Japanese among them; indexes as fast as the default (the same image model), slower queries, a little less accurate in English (64 % / 38 %).</source>
      <translation>Versteht Suchanfragen in rund 100 Sprachen, darunter Chinesisch und Japanisch; indiziert so schnell wie der Standard (dasselbe Bildmodell), langsamere Suchanfragen, auf Englisch etwas weniger genau (64 % / 38 %).</translation>
    </message>
    <message>
      <source>Multilingual and the most accurate here in English, German and French (COCO 52 %); indexing takes 3–6× longer than the default, queries about 5× longer.</source>
      <translation>Mehrsprachig und hier das genaueste Modell für Englisch, Deutsch und Französisch (COCO 52 %); das Indizieren dauert 3–6× länger als beim Standard, Suchanfragen etwa 5× länger.</translation>
    </message>
    <message>
      <source>1.7 GB</source>
      <translation>1,7 GB</translation>
    </message>
    <message>
      <source>Among the most accurate (76 % / 47 %); 10–20× slower to index — best with a GPU.</source>
      <translation>Eines der genauesten (76 % / 47 %); 10–20× langsamer beim Indizieren – am besten mit einer GPU.</translation>
    </message>
    <message>
      <source>Multilingual CLIP ViT-H/14</source>
      <translation>Mehrsprachiges CLIP ViT-H/14</translation>
    </message>
    <message>
      <source>4.8 GB</source>
      <translation>4,8 GB</translation>
    </message>
    <message>
      <source>The best published quality in Chinese and Japanese, as good as the best in English, German and French; a very large image model: indexing takes over 20× longer than the default — best with a GPU.</source>
      <translation>Die beste veröffentlichte Qualität auf Chinesisch und Japanisch, so gut wie die besten auf Englisch, Deutsch und Französisch; ein sehr großes Bildmodell: Das Indizieren dauert über 20× länger als beim Standard – am besten mit einer GPU.</translation>
    </message>
    <message>
      <source>Which languages this model understands is not known; most CLIP models understand only English.</source>
      <translation>Welche Sprachen dieses Modell versteht, ist nicht bekannt; die meisten CLIP-Modelle verstehen nur Englisch.</translation>
    </message>
    <message>
      <source>Queries in English only.</source>
      <translation>Suchanfragen nur auf Englisch.</translation>
    </message>
    <message>
      <source>Good for queries in {languages}.</source>
      <translation>Gut für Suchanfragen auf {languages}.</translation>
    </message>
    <message>
      <source>Weaker in {languages}.</source>
      <translation>Schwächer auf {languages}.</translation>
    </message>
    <message>
      <source>For queries in {language}, choose {model}.</source>
      <translation>Für Suchanfragen auf {language} wählen Sie {model}.</translation>
    </message>
    <message>
      <source>Choose a model: open_clip_config.json or a weights file</source>
      <translation>Modell auswählen: open_clip_config.json oder eine Gewichtsdatei</translation>
    </message>
    <message>
      <source>Model files ({patterns});;All files (*)</source>
      <translation>Modelldateien ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Which architecture are the weights in {file} for?</source>
      <translation>Für welche Architektur sind die Gewichte in {file}?</translation>
    </message>
    <message>
      <source>Model architecture</source>
      <translation>Modellarchitektur</translation>
    </message>
  </context>
  <context>
    <name>openwith</name>
    <message>
      <source>{application} cannot be started (its command is not readable)</source>
      <translation>{application} kann nicht gestartet werden (der Befehl ist nicht lesbar)</translation>
    </message>
    <message>
      <source>{application} did not start: {reason}</source>
      <translation>{application} wurde nicht gestartet: {reason}</translation>
    </message>
    <message>
      <source>the Open with dialog did not show: {reason}</source>
      <translation>der Dialog „Öffnen mit“ wurde nicht angezeigt: {reason}</translation>
    </message>
  </context>
  <context>
    <name>preview</name>
    <message>
      <source>unknown (file modified {time})</source>
      <translation>unbekannt (Datei geändert am {time})</translation>
    </message>
    <message>
      <source>{size} bytes</source>
      <translation>{size} Byte</translation>
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
      <source>{size} GB</source>
      <translation>{size} GB</translation>
    </message>
  </context>
  <context>
    <name>settingsdialog</name>
    <message numerus="yes">
      <source>%Ln photo(s)</source>
      <translation>
        <numerusform>%Ln Foto</numerusform>
        <numerusform>%Ln Fotos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln unreadable</source>
      <translation>
        <numerusform>%Ln nicht lesbar</numerusform>
        <numerusform>%Ln nicht lesbar</numerusform>
      </translation>
    </message>
    <message>
      <source>offline: its photos are kept</source>
      <translation>offline: Fotos bleiben erhalten</translation>
    </message>
    <message>
      <source>indexing…</source>
      <translation>wird indiziert…</translation>
    </message>
  </context>
  <context>
    <name>statusbar</name>
    <message>
      <source>Looking for photos · {done} found</source>
      <translation>Suche nach Fotos · {done} gefunden</translation>
    </message>
    <message>
      <source>Paused: looking for photos · {done} found</source>
      <translation>Pausiert: Suche nach Fotos · {done} gefunden</translation>
    </message>
    <message>
      <source>Reading the index · {done} read</source>
      <translation>Lesen des Index · {done} gelesen</translation>
    </message>
    <message>
      <source>Paused: reading the index · {done} read</source>
      <translation>Pausiert: Lesen des Index · {done} gelesen</translation>
    </message>
    <message>
      <source>Matching moved and copied photos · {done} checked</source>
      <translation>Abgleich verschobener und kopierter Fotos · {done} geprüft</translation>
    </message>
    <message>
      <source>Paused: matching moved and copied photos · {done} checked</source>
      <translation>Pausiert: Abgleich verschobener und kopierter Fotos · {done} geprüft</translation>
    </message>
    <message>
      <source>Upgrading the index (once, after an update) · {done} copied</source>
      <translation>Umstellung des Index (einmalig nach einer Aktualisierung) · {done} kopiert</translation>
    </message>
    <message>
      <source>Paused: upgrading the index (once, after an update) · {done} copied</source>
      <translation>Pausiert: Umstellung des Index (einmalig nach einer Aktualisierung) · {done} kopiert</translation>
    </message>
    <message>
      <source>Paused at {done}</source>
      <translation>Pausiert bei {done}</translation>
    </message>
    <message>
      <source>Switching models {done}</source>
      <translation>Modellwechsel {done}</translation>
    </message>
    <message>
      <source>Indexing {done}</source>
      <translation>Indizierung {done}</translation>
    </message>
    <message>
      <source> · {rate} images/s</source>
      <translation> · {rate} Bilder/s</translation>
    </message>
    <message>
      <source> · about {time} left</source>
      <translation> · noch etwa {time}</translation>
    </message>
    <message numerus="yes">
      <source>Watching %Ln folder(s) for changes</source>
      <translation>
        <numerusform>%Ln Ordner wird auf Änderungen überwacht</numerusform>
        <numerusform>%Ln Ordner werden auf Änderungen überwacht</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Checking %Ln folder(s) every few seconds (the system's watch limit is reached)</source>
      <translation>
        <numerusform>%Ln Ordner wird alle paar Sekunden geprüft (das Überwachungslimit des Systems ist erreicht)</numerusform>
        <numerusform>%Ln Ordner werden alle paar Sekunden geprüft (das Überwachungslimit des Systems ist erreicht)</numerusform>
      </translation>
    </message>
    <message>
      <source>Not watching folders</source>
      <translation>Ordner werden nicht überwacht</translation>
    </message>
    <message numerus="yes">
      <source>%Ln folder(s) offline</source>
      <translation>
        <numerusform>%Ln Ordner offline</numerusform>
        <numerusform>%Ln Ordner offline</numerusform>
      </translation>
    </message>
  </context>
</TS>
