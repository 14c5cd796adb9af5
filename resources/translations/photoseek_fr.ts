<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>CrashReporter</name>
    <message numerus="yes">
      <source>%Ln more unexpected error(s) since; all are in the log.</source>
      <translation>
        <numerusform>%Ln autre erreur inattendue depuis ; toutes figurent dans le journal.</numerusform>
        <numerusform>%Ln autres erreurs inattendues depuis ; toutes figurent dans le journal.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DateRangeDialog</name>
    <message>
      <source>Photos taken between</source>
      <translation>Photos prises entre</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <source>From this day (included)</source>
      <translation>À partir de ce jour (inclus)</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <source>To this day (included)</source>
      <translation>Jusqu’à ce jour (inclus)</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>Du :</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>Au :</translation>
    </message>
  </context>
  <context>
    <name>EmptyStateView</name>
    <message>
      <source>{title}: {text}</source>
      <translation>{title} : {text}</translation>
    </message>
  </context>
  <context>
    <name>FailuresButton</name>
    <message>
      <source>Which files, and why each one could not be read</source>
      <translation>Quels fichiers, et pourquoi chacun n’a pas pu être lu</translation>
    </message>
    <message numerus="yes">
      <source>%Ln file(s) could not be read</source>
      <translation>
        <numerusform>%Ln fichier n’a pas pu être lu</numerusform>
        <numerusform>%Ln fichiers n’ont pas pu être lus</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FailuresDialog</name>
    <message>
      <source>Files that could not be read</source>
      <translation>Fichiers illisibles</translation>
    </message>
    <message>
      <source>PhotoSeek skips these files. It tries again when a file changes, for example after you repair or re-export it.</source>
      <translation>PhotoSeek ignore ces fichiers. Il réessaie dès qu’un fichier change, par exemple après que vous l’avez réparé ou réexporté.</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Raison</translation>
    </message>
    <message>
      <source>Copy list</source>
      <translation>Copier la liste</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>Filter</source>
      <translation>Filtrer</translation>
    </message>
    <message>
      <source>Add a filter</source>
      <translation>Ajouter un filtre</translation>
    </message>
    <message>
      <source>Only photos in a folder, taken in a date range, of a file type or by a camera</source>
      <translation>Uniquement les photos d’un dossier, prises dans une période, d’un type de fichier ou d’un appareil photo</translation>
    </message>
    <message>
      <source>Only photos in a folder, from a date range, of a file type or by a camera</source>
      <translation>Uniquement les photos d’un dossier, d’une période, d’un type de fichier ou d’un appareil photo</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Ordre</translation>
    </message>
    <message>
      <source>How the photos in the grid are ordered</source>
      <translation>Ordre des photos dans la grille</translation>
    </message>
    <message>
      <source>Group bursts</source>
      <translation>Grouper les rafales</translation>
    </message>
    <message>
      <source>Show each burst of near-identical shots as one photo</source>
      <translation>Afficher chaque rafale de photos presque identiques comme une seule photo</translation>
    </message>
    <message>
      <source>Show each burst of near-identical shots (taken seconds apart, in one folder) as one photo, with how many shots it holds</source>
      <translation>Afficher chaque rafale de photos presque identiques (prises à quelques secondes d’intervalle, dans un même dossier) comme une seule photo, avec le nombre de vues qu’elle contient</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Choose a folder…</source>
      <translation>Choisir un dossier…</translation>
    </message>
    <message>
      <source>Date…</source>
      <translation>Date…</translation>
    </message>
    <message>
      <source>File type</source>
      <translation>Type de fichier</translation>
    </message>
    <message>
      <source>Camera</source>
      <translation>Appareil photo</translation>
    </message>
    <message>
      <source>{camera} ({photos})</source>
      <translation>{camera} ({photos})</translation>
    </message>
    <message>
      <source>No camera known yet</source>
      <translation>Aucun appareil photo connu pour l’instant</translation>
    </message>
    <message>
      <source>Only photos in this folder</source>
      <translation>Uniquement les photos de ce dossier</translation>
    </message>
    <message>
      <source>In {folder}</source>
      <translation>Dans {folder}</translation>
    </message>
    <message>
      <source>Taken (or, without a date taken, changed) in this range</source>
      <translation>Prises (ou, sans date de prise de vue, modifiées) pendant cette période</translation>
    </message>
    <message>
      <source>Only {type} files</source>
      <translation>Uniquement les fichiers {type}</translation>
    </message>
    <message>
      <source>Only photos taken with this camera</source>
      <translation>Uniquement les photos prises avec cet appareil</translation>
    </message>
    <message>
      <source>Only photos that do not say which camera took them</source>
      <translation>Uniquement les photos qui n’indiquent pas l’appareil qui les a prises</translation>
    </message>
    <message>
      <source>{filter}
Click to remove this filter</source>
      <translation>{filter}
Cliquez pour retirer ce filtre</translation>
    </message>
    <message>
      <source>Filter: {filter}</source>
      <translation>Filtre : {filter}</translation>
    </message>
    <message>
      <source>Activate to remove this filter</source>
      <translation>Activez pour retirer ce filtre</translation>
    </message>
  </context>
  <context>
    <name>FolderPanel</name>
    <message>
      <source>Folders</source>
      <translation>Dossiers</translation>
    </message>
    <message>
      <source>Choose a folder to see only its photos, or All photos</source>
      <translation>Choisissez un dossier pour n’afficher que ses photos, ou « Toutes les photos »</translation>
    </message>
    <message>
      <source>All photos</source>
      <translation>Toutes les photos</translation>
    </message>
    <message>
      <source>{folder} (offline)</source>
      <translation>{folder} (hors ligne)</translation>
    </message>
    <message>
      <source>{folder} is {reason}; its photos are kept</source>
      <translation>{folder} : {reason} ; ses photos sont conservées</translation>
    </message>
  </context>
  <context>
    <name>Handoff</name>
    <message>
      <source>Nothing on this computer opens {photo}: set a default app for this kind of file</source>
      <translation>Aucune application de cet ordinateur n’ouvre {photo} : définissez une application par défaut pour ce type de fichier</translation>
    </message>
    <message>
      <source>Open with this application</source>
      <translation>Ouvrir avec cette application</translation>
    </message>
    <message>
      <source>No file manager could show {folder}</source>
      <translation>Aucun gestionnaire de fichiers n’a pu afficher {folder}</translation>
    </message>
    <message>
      <source>{photo} is on {folder}, which is not available now</source>
      <translation>{photo} se trouve sur {folder}, qui n’est pas disponible pour le moment</translation>
    </message>
    <message>
      <source>{photo} is not there any more (moved or deleted?)</source>
      <translation>{photo} n’est plus là (déplacée ou supprimée ?)</translation>
    </message>
  </context>
  <context>
    <name>IndexProgress</name>
    <message>
      <source>Indexing progress</source>
      <translation>Progression de l’indexation</translation>
    </message>
    <message>
      <source>Photos indexed so far (a moving bar: counting what there is to do)</source>
      <translation>Photos indexées jusqu’ici (barre animée : décompte de ce qu’il reste à faire)</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Pause indexing; search keeps working</source>
      <translation>Mettre l’indexation en pause ; la recherche continue de fonctionner</translation>
    </message>
    <message>
      <source>Re-indexing with the new model; until it is done, search uses the previous model's complete index.</source>
      <translation>Réindexation avec le nouveau modèle ; en attendant, la recherche utilise l’index complet du modèle précédent.</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%Ln added</source>
      <translation>
        <numerusform>%Ln ajoutée</numerusform>
        <numerusform>%Ln ajoutées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln copied</source>
      <translation>
        <numerusform>%Ln copiée</numerusform>
        <numerusform>%Ln copiées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln updated</source>
      <translation>
        <numerusform>%Ln mise à jour</numerusform>
        <numerusform>%Ln mises à jour</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln moved</source>
      <translation>
        <numerusform>%Ln déplacée</numerusform>
        <numerusform>%Ln déplacées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln removed</source>
      <translation>
        <numerusform>%Ln retirée</numerusform>
        <numerusform>%Ln retirées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln failed</source>
      <translation>
        <numerusform>%Ln en échec</numerusform>
        <numerusform>%Ln en échec</numerusform>
      </translation>
    </message>
    <message>
      <source> in {time} ms</source>
      <translation> en {time} ms</translation>
    </message>
    <message>
      <source>MMMM yyyy</source>
      <comment>a month heading, as QLocale's date format (Japanese: yyyy年M月)</comment>
      <translation>MMMM yyyy</translation>
    </message>
    <message>
      <source>Looks like {photo}</source>
      <translation>Ressemble à {photo}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln photo(s)</source>
      <translation>
        <numerusform>%Ln photo</numerusform>
        <numerusform>%Ln photos</numerusform>
      </translation>
    </message>
    <message>
      <source>, </source>
      <comment>between the counts of an index update</comment>
      <translation>, </translation>
    </message>
    <message>
      <source>Index updated: {changes}</source>
      <translation>Index mis à jour : {changes}</translation>
    </message>
    <message>
      <source>Add a folder of photos</source>
      <translation>Ajouter un dossier de photos</translation>
    </message>
    <message>
      <source>The new language shows the next time PhotoSeek starts</source>
      <translation>La nouvelle langue s'affichera au prochain démarrage de PhotoSeek</translation>
    </message>
  </context>
  <context>
    <name>ModelDownload</name>
    <message>
      <source>The download was cancelled. PhotoSeek needs the model to search; download it later, or choose a model that is already on this computer.</source>
      <translation>Le téléchargement a été annulé. PhotoSeek a besoin du modèle pour effectuer des recherches ; téléchargez-le plus tard, ou choisissez un modèle déjà présent sur cet ordinateur.</translation>
    </message>
    <message>
      <source>The model could not be downloaded: {error}</source>
      <translation>Le modèle n’a pas pu être téléchargé : {error}</translation>
    </message>
  </context>
  <context>
    <name>ModelDownloadDialog</name>
    <message>
      <source>Downloading the search model</source>
      <translation>Téléchargement du modèle de recherche</translation>
    </message>
    <message>
      <source>PhotoSeek is downloading its search model {model} ({size}).
This happens once; afterwards PhotoSeek works offline.</source>
      <translation>PhotoSeek télécharge son modèle de recherche {model} ({size}).
Cette opération n’a lieu qu’une fois ; ensuite, PhotoSeek fonctionne hors ligne.</translation>
    </message>
    <message>
      <source>PhotoSeek is downloading its search model {model}.
This happens once; afterwards PhotoSeek works offline.</source>
      <translation>PhotoSeek télécharge son modèle de recherche {model}.
Cette opération n’a lieu qu’une fois ; ensuite, PhotoSeek fonctionne hors ligne.</translation>
    </message>
    <message>
      <source>{done} of {total} MB</source>
      <translation>{done} sur {total} Mo</translation>
    </message>
  </context>
  <context>
    <name>ModelSetup</name>
    <message>
      <source>Search in {language}?</source>
      <translation>Rechercher en {language} ?</translation>
    </message>
    <message>
      <source>PhotoSeek's default search model understands only English queries. To search your photos in {language}, use {model} ({size} download).</source>
      <translation>Le modèle de recherche par défaut de PhotoSeek ne comprend que les requêtes en anglais. Pour rechercher vos photos en {language}, utilisez {model} ({size} à télécharger).</translation>
    </message>
    <message>
      <source>Use {model}</source>
      <translation>Utiliser {model}</translation>
    </message>
    <message>
      <source>Keep the English model</source>
      <translation>Garder le modèle anglais</translation>
    </message>
  </context>
  <context>
    <name>NewMatchesBar</name>
    <message>
      <source>Show the results again in order of relevance, the new matches with them</source>
      <translation>Afficher à nouveau les résultats par ordre de pertinence, nouveaux résultats compris</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Afficher</translation>
    </message>
    <message numerus="yes">
      <source>%Ln new match(es) since this search</source>
      <translation>
        <numerusform>%Ln nouveau résultat depuis cette recherche</numerusform>
        <numerusform>%Ln nouveaux résultats depuis cette recherche</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PhotoActions</name>
    <message>
      <source>Copied {photo}</source>
      <translation>{photo} copiée</translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln photo(s)</source>
      <translation>
        <numerusform>%Ln photo copiée</numerusform>
        <numerusform>%Ln photos copiées</numerusform>
      </translation>
    </message>
    <message>
      <source>Copied the picture {photo}</source>
      <translation>Image de {photo} copiée</translation>
    </message>
    <message>
      <source>{photo} cannot be copied as a picture; Copy gives the file</source>
      <translation>{photo} ne peut pas être copiée en tant qu’image ; « Copier » copie le fichier</translation>
    </message>
    <message numerus="yes">
      <source>Copy %Ln photo(s) to</source>
      <translation>
        <numerusform>Copier %Ln photo vers</numerusform>
        <numerusform>Copier %Ln photos vers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copying %Ln photo(s) to {folder}…</source>
      <translation>
        <numerusform>Copie de %Ln photo vers {folder}…</numerusform>
        <numerusform>Copie de %Ln photos vers {folder}…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln photo(s) to {folder}</source>
      <translation>
        <numerusform>%Ln photo copiée vers {folder}</numerusform>
        <numerusform>%Ln photos copiées vers {folder}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{copied}; %Ln photo(s) could not be copied ({photo}: {why})</source>
      <translation>
        <numerusform>{copied} ; %Ln photo n’a pas pu être copiée ({photo} : {why})</numerusform>
        <numerusform>{copied} ; %Ln photos n’ont pas pu être copiées ({photo} : {why})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %Ln photo(s) to the Trash?

You can restore them from the Trash.</source>
      <translation>
        <numerusform>Placer %Ln photo dans la Corbeille ?

Vous pourrez la restaurer depuis la Corbeille.</numerusform>
        <numerusform>Placer %Ln photos dans la Corbeille ?

Vous pourrez les restaurer depuis la Corbeille.</numerusform>
      </translation>
    </message>
    <message>
      <source>Move {photo} to the Trash?

You can restore them from the Trash.</source>
      <translation>Placer {photo} dans la Corbeille ?

Vous pourrez la restaurer depuis la Corbeille.</translation>
    </message>
    <message>
      <source>Move to Trash</source>
      <translation>Placer dans la Corbeille</translation>
    </message>
    <message numerus="yes">
      <source>Moved %Ln photo(s) to the Trash</source>
      <translation>
        <numerusform>%Ln photo placée dans la Corbeille</numerusform>
        <numerusform>%Ln photos placées dans la Corbeille</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{moved}; %Ln photo(s) could not be moved ({photo})</source>
      <translation>
        <numerusform>{moved} ; %Ln photo n’a pas pu être déplacée ({photo})</numerusform>
        <numerusform>{moved} ; %Ln photos n’ont pas pu être déplacées ({photo})</numerusform>
      </translation>
    </message>
    <message>
      <source>Put them back where they were</source>
      <translation>Les remettre à leur emplacement d’origine</translation>
    </message>
    <message numerus="yes">
      <source>Put back %Ln photo(s)</source>
      <translation>
        <numerusform>%Ln photo remise en place</numerusform>
        <numerusform>%Ln photos remises en place</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{put_back}; %Ln photo(s) stayed in the Trash ({photo}: {why})</source>
      <translation>
        <numerusform>{put_back} ; %Ln photo est restée dans la Corbeille ({photo} : {why})</numerusform>
        <numerusform>{put_back} ; %Ln photos sont restées dans la Corbeille ({photo} : {why})</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PreviewDialog</name>
    <message>
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Nom :</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>Dossier :</translation>
    </message>
    <message>
      <source>Taken:</source>
      <translation>Prise de vue :</translation>
    </message>
    <message>
      <source>Camera:</source>
      <translation>Appareil :</translation>
    </message>
    <message>
      <source>Exposure:</source>
      <translation>Exposition :</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Lieu :</translation>
    </message>
    <message>
      <source>Dimensions:</source>
      <translation>Dimensions :</translation>
    </message>
    <message>
      <source>Size:</source>
      <translation>Taille :</translation>
    </message>
    <message>
      <source>Match:</source>
      <translation>Correspondance :</translation>
    </message>
    <message>
      <source>Previous result</source>
      <translation>Résultat précédent</translation>
    </message>
    <message>
      <source>Previous result (arrow keys)</source>
      <translation>Résultat précédent (touches fléchées)</translation>
    </message>
    <message>
      <source>Next result</source>
      <translation>Résultat suivant</translation>
    </message>
    <message>
      <source>Next result (arrow keys)</source>
      <translation>Résultat suivant (touches fléchées)</translation>
    </message>
    <message>
      <source>100 %</source>
      <translation>100 %</translation>
    </message>
    <message>
      <source>Actual size</source>
      <translation>Taille réelle</translation>
    </message>
    <message>
      <source>Show the photo at its actual size, or fitted to the window (Z)</source>
      <translation>Afficher la photo à sa taille réelle, ou ajustée à la fenêtre (Z)</translation>
    </message>
    <message>
      <source>{score} (cosine similarity to the query): a match</source>
      <translation>{score} (similarité cosinus avec la requête) : un résultat correspondant</translation>
    </message>
    <message>
      <source>{score} (cosine similarity to the query): a weaker match, below the cutoff</source>
      <translation>{score} (similarité cosinus avec la requête) : un résultat moins pertinent, sous le seuil</translation>
    </message>
    <message>
      <source>{width} × {height} pixels</source>
      <translation>{width} × {height} pixels</translation>
    </message>
    <message>
      <source>Cannot show this photo: {reason}</source>
      <translation>Impossible d’afficher cette photo : {reason}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>Ajuster</translation>
    </message>
    <message>
      <source>Fit to the window</source>
      <translation>Ajuster à la fenêtre</translation>
    </message>
  </context>
  <context>
    <name>PreviewLoader</name>
    <message>
      <source>cannot read file ({reason})</source>
      <translation>impossible de lire le fichier ({reason})</translation>
    </message>
  </context>
  <context>
    <name>ResultsModel</name>
    <message>
      <source> · match {score} (a weaker match)</source>
      <translation> · correspondance {score} (résultat moins pertinent)</translation>
    </message>
    <message>
      <source> · match {score}</source>
      <translation> · correspondance {score}</translation>
    </message>
    <message>
      <source>Offline: its folder is not available now (an unplugged drive?)</source>
      <translation>Hors ligne : son dossier n’est pas disponible pour le moment (un disque débranché ?)</translation>
    </message>
    <message>
      <source>Identical copy:</source>
      <translation>Copie identique :</translation>
    </message>
    <message>
      <source>Identical copies:</source>
      <translation>Copies identiques :</translation>
    </message>
    <message numerus="yes">
      <source>One of a burst of %Ln shot(s); the others:</source>
      <translation>
        <numerusform>Fait partie d’une rafale de %Ln vue ; les autres :</numerusform>
        <numerusform>Fait partie d’une rafale de %Ln vues ; les autres :</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message>
      <source>Photos</source>
      <translation>Photos</translation>
    </message>
    <message>
      <source>Your library, newest first, or the photos a search found: arrows move, Enter opens, Space previews, the menu key offers more</source>
      <translation>Votre photothèque, de la plus récente à la plus ancienne, ou les photos trouvées par une recherche : les flèches déplacent la sélection, Entrée ouvre, Espace affiche un aperçu, la touche Menu propose d’autres actions</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Open in your usual viewer (Enter)</source>
      <translation>Ouvrir dans votre visionneuse habituelle (Entrée)</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Afficher dans le dossier</translation>
    </message>
    <message>
      <source>Show it in the file manager</source>
      <translation>L’afficher dans le gestionnaire de fichiers</translation>
    </message>
    <message numerus="yes">
      <source>Copy %Ln photo(s)</source>
      <translation>
        <numerusform>Copier %Ln photo</numerusform>
        <numerusform>Copier %Ln photos</numerusform>
      </translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <source>To paste as files in a file manager, or as paths in text</source>
      <translation>Pour coller des fichiers dans un gestionnaire de fichiers, ou des chemins dans du texte</translation>
    </message>
    <message>
      <source>Copy image</source>
      <translation>Copier l’image</translation>
    </message>
    <message>
      <source>The picture itself, to paste it</source>
      <translation>L’image elle-même, pour la coller</translation>
    </message>
    <message numerus="yes">
      <source>Copy %Ln photo(s) to folder…</source>
      <translation>
        <numerusform>Copier %Ln photo dans un dossier…</numerusform>
        <numerusform>Copier %Ln photos dans un dossier…</numerusform>
      </translation>
    </message>
    <message>
      <source>Copy to folder…</source>
      <translation>Copier dans un dossier…</translation>
    </message>
    <message>
      <source>Copies; nothing is overwritten</source>
      <translation>Crée des copies ; rien n’est écrasé</translation>
    </message>
    <message numerus="yes">
      <source>Move %Ln photo(s) to Trash…</source>
      <translation>
        <numerusform>Placer %Ln photo dans la Corbeille…</numerusform>
        <numerusform>Placer %Ln photos dans la Corbeille…</numerusform>
      </translation>
    </message>
    <message>
      <source>Move to Trash…</source>
      <translation>Placer dans la Corbeille…</translation>
    </message>
    <message>
      <source>The system's trash, with Undo</source>
      <translation>La Corbeille du système, avec possibilité d’annuler</translation>
    </message>
    <message>
      <source>Find similar</source>
      <translation>Rechercher des photos similaires</translation>
    </message>
    <message>
      <source>Photos that look like this one</source>
      <translation>Photos qui ressemblent à celle-ci</translation>
    </message>
    <message>
      <source>Search in this folder</source>
      <translation>Rechercher dans ce dossier</translation>
    </message>
    <message>
      <source>Only photos in this photo's folder (and its subfolders), until you remove the filter</source>
      <translation>Uniquement les photos du dossier de cette photo (et de ses sous-dossiers), jusqu’à ce que vous retiriez le filtre</translation>
    </message>
    <message>
      <source>Open with…</source>
      <translation>Ouvrir avec…</translation>
    </message>
    <message>
      <source>Open with</source>
      <translation>Ouvrir avec</translation>
    </message>
    <message>
      <source>Other application…</source>
      <translation>Autre application…</translation>
    </message>
  </context>
  <context>
    <name>SearchBar</name>
    <message>
      <source>Describe a photo, e.g. “a red bicycle” — or drop a photo here</source>
      <translation>Décrivez une photo, par exemple « un vélo rouge », ou déposez une photo ici</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Rechercher</translation>
    </message>
    <message>
      <source>Describe the photos to find; Down moves into the results, Esc clears</source>
      <translation>Décrivez les photos à trouver ; Flèche bas pour passer aux résultats, Échap pour effacer</translation>
    </message>
    <message>
      <source>Clear the search</source>
      <translation>Effacer la recherche</translation>
    </message>
    <message>
      <source>Clear the search (Esc)</source>
      <translation>Effacer la recherche (Échap)</translation>
    </message>
    <message>
      <source>Stop searching by this photo</source>
      <translation>Ne plus rechercher à partir de cette photo</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>Paramètres…</translation>
    </message>
    <message>
      <source>Library folders, excluded folders, model and threads (Ctrl+,)</source>
      <translation>Dossiers de la photothèque, dossiers exclus, modèle et fils d’exécution (Ctrl+,)</translation>
    </message>
    <message>
      <source>Example searches</source>
      <translation>Exemples de recherches</translation>
    </message>
    <message>
      <source>Searches to try: activate one to search for it</source>
      <translation>Recherches à essayer : activez-en une pour la lancer</translation>
    </message>
    <message>
      <source>Try: {examples}</source>
      <translation>Essayez : {examples}</translation>
    </message>
    <message>
      <source>Photos like {photo}</source>
      <translation>Photos semblables à {photo}</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>PhotoSeek settings</source>
      <translation>Paramètres de PhotoSeek</translation>
    </message>
    <message>
      <source>Library folders</source>
      <translation>Dossiers de la photothèque</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Ajouter…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Re-index now</source>
      <translation>Réindexer maintenant</translation>
    </message>
    <message>
      <source>Look through every folder again now for new, changed, moved and deleted photos (the window also does this on its own)</source>
      <translation>Parcourir à nouveau tous les dossiers dès maintenant pour trouver les photos nouvelles, modifiées, déplacées et supprimées (la fenêtre le fait aussi d’elle-même)</translation>
    </message>
    <message>
      <source>Removing a folder removes its photos from the index; the files themselves stay.</source>
      <translation>Retirer un dossier retire ses photos de l’index ; les fichiers eux-mêmes restent en place.</translation>
    </message>
    <message>
      <source>Search model</source>
      <translation>Modèle de recherche</translation>
    </message>
    <message>
      <source>{model} — downloaded</source>
      <translation>{model} — téléchargé</translation>
    </message>
    <message>
      <source>{model} — {size} download</source>
      <translation>{model} — téléchargement de {size}</translation>
    </message>
    <message>
      <source>Choose model file…</source>
      <translation>Choisir un fichier de modèle…</translation>
    </message>
    <message>
      <source>An open_clip_config.json, or a weights file (.safetensors, .pt)</source>
      <translation>Un fichier open_clip_config.json, ou un fichier de poids (.safetensors, .pt)</translation>
    </message>
    <message>
      <source>Choose model folder…</source>
      <translation>Choisir un dossier de modèle…</translation>
    </message>
    <message>
      <source>A folder with an open_clip model: open_clip_config.json and its weights</source>
      <translation>Un dossier contenant un modèle open_clip : open_clip_config.json et ses poids</translation>
    </message>
    <message>
      <source>Indexing</source>
      <translation>Indexation</translation>
    </message>
    <message>
      <source>One pattern per line, e.g. *.gif or */Screenshots/*</source>
      <translation>Un motif par ligne, par exemple *.gif ou */Screenshots/*</translation>
    </message>
    <message>
      <source>Automatic</source>
      <translation>Automatique</translation>
    </message>
    <message>
      <source>Leave out files matching:</source>
      <translation>Exclure les fichiers correspondant à :</translation>
    </message>
    <message>
      <source>CPU threads:</source>
      <translation>Fils d’exécution du processeur :</translation>
    </message>
    <message>
      <source>Window</source>
      <translation>Fenêtre</translation>
    </message>
    <message>
      <source>The system's language</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <source>The window's language, from the next start of PhotoSeek</source>
      <translation>La langue de la fenêtre, à partir du prochain démarrage de PhotoSeek</translation>
    </message>
    <message>
      <source>Light or dark; by default as the system is set</source>
      <translation>Clair ou sombre ; par défaut, selon le réglage du système</translation>
    </message>
    <message>
      <source>Show weaker matches without asking</source>
      <translation>Afficher les résultats moins pertinents sans demander</translation>
    </message>
    <message>
      <source>A search lists the photos below the relevance cutoff after its matches, instead of behind a “Show N weaker matches” row</source>
      <translation>Une recherche affiche les photos situées sous le seuil de pertinence à la suite de ses résultats, au lieu de les regrouper derrière une ligne « Afficher N résultats moins pertinents »</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Langue :</translation>
    </message>
    <message>
      <source>Appearance:</source>
      <translation>Apparence :</translation>
    </message>
    <message>
      <source>Search results:</source>
      <translation>Résultats de recherche :</translation>
    </message>
    <message>
      <source>On this computer: {model}</source>
      <translation>Sur cet ordinateur : {model}</translation>
    </message>
    <message>
      <source>{folder} is {reason}</source>
      <translation>{folder} : {reason}</translation>
    </message>
    <message numerus="yes">
      <source>Remove {folder} from the library?

Its %Ln photo(s) (leaves|leave) the index when you press OK (the files themselves stay where they are); adding the folder again re-reads them.</source>
      <translation>
        <numerusform>Retirer {folder} de la photothèque ?

%Ln photo de ce dossier quittera l’index lorsque vous cliquerez sur OK (les fichiers eux-mêmes restent où ils sont) ; ajouter à nouveau le dossier la relira.</numerusform>
        <numerusform>Retirer {folder} de la photothèque ?

Les %Ln photos de ce dossier quitteront l’index lorsque vous cliquerez sur OK (les fichiers eux-mêmes restent où ils sont) ; ajouter à nouveau le dossier les relira.</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove {folder} from the library?

Its photos leave the index when you press OK (the files themselves stay where they are); adding the folder again re-reads them.</source>
      <translation>Retirer {folder} de la photothèque ?

Ses photos quitteront l’index lorsque vous cliquerez sur OK (les fichiers eux-mêmes restent où ils sont) ; ajouter à nouveau le dossier les relira.</translation>
    </message>
    <message>
      <source>Remove folder</source>
      <translation>Retirer le dossier</translation>
    </message>
    <message>
      <source>Add a folder of photos</source>
      <translation>Ajouter un dossier de photos</translation>
    </message>
    <message>
      <source>Choose an open_clip model folder</source>
      <translation>Choisir un dossier de modèle open_clip</translation>
    </message>
    <message>
      <source>{folder} holds no open_clip model (no open_clip_config.json in it)</source>
      <translation>{folder} ne contient aucun modèle open_clip (pas de fichier open_clip_config.json)</translation>
    </message>
    <message>
      <source>A model on this computer.</source>
      <translation>Un modèle présent sur cet ordinateur.</translation>
    </message>
    <message>
      <source>{model} Changing the model re-indexes every photo in the background; until that is done, search keeps using the current model's index.</source>
      <translation>{model} Changer de modèle réindexe toutes les photos en arrière-plan ; en attendant, la recherche continue d’utiliser l’index du modèle actuel.</translation>
    </message>
  </context>
  <context>
    <name>StatusBar</name>
    <message>
      <source>Thumbnail size (Ctrl + and Ctrl −)</source>
      <translation>Taille des vignettes (Ctrl + et Ctrl −)</translation>
    </message>
    <message>
      <source>Thumbnail size</source>
      <translation>Taille des vignettes</translation>
    </message>
  </context>
  <context>
    <name>ThumbnailDelegate</name>
    <message>
      <source>cannot show</source>
      <translation>affichage impossible</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>hors ligne</translation>
    </message>
    <message numerus="yes">
      <source>+%Ln cop(y|ies)</source>
      <translation>
        <numerusform>+%Ln copie</numerusform>
        <numerusform>+%Ln copies</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln shot(s)</source>
      <translation>
        <numerusform>%Ln vue</numerusform>
        <numerusform>%Ln vues</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UndoBar</name>
    <message>
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Take the last action back</source>
      <translation>Annuler la dernière action</translation>
    </message>
  </context>
  <context>
    <name>Worker</name>
    <message>
      <source>the search model {model} is not downloaded yet</source>
      <translation>le modèle de recherche {model} n’est pas encore téléchargé</translation>
    </message>
    <message numerus="yes">
      <source>removed {folder} from the library (%Ln photo(s) left the index)</source>
      <translation>
        <numerusform>{folder} retiré de la photothèque (%Ln photo a quitté l’index)</numerusform>
        <numerusform>{folder} retiré de la photothèque (%Ln photos ont quitté l’index)</numerusform>
      </translation>
    </message>
    <message>
      <source>internal error: {kind} (details in the log)</source>
      <translation>erreur interne : {kind} (détails dans le journal)</translation>
    </message>
    <message>
      <source>internal error: {kind}: {error} (details in the log)</source>
      <translation>erreur interne : {kind} : {error} (détails dans le journal)</translation>
    </message>
  </context>
  <context>
    <name>answer</name>
    <message numerus="yes">
      <source>%Ln weaker match(es)</source>
      <translation>
        <numerusform>%Ln résultat moins pertinent</numerusform>
        <numerusform>%Ln résultats moins pertinents</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln match(es)</source>
      <translation>
        <numerusform>%Ln résultat</numerusform>
        <numerusform>%Ln résultats</numerusform>
      </translation>
    </message>
    <message>
      <source>No matches</source>
      <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
      <source>%Ln match(es) and {weaker} weaker</source>
      <translation>
        <numerusform>%Ln résultat et {weaker} de moindre pertinence</numerusform>
        <numerusform>%Ln résultats et {weaker} de moindre pertinence</numerusform>
      </translation>
    </message>
    <message>
      <source>No matches and {weaker} weaker</source>
      <translation>Aucun résultat et {weaker} de moindre pertinence</translation>
    </message>
    <message numerus="yes">
      <source>Show %Ln weaker match(es)</source>
      <translation>
        <numerusform>Afficher %Ln résultat moins pertinent</numerusform>
        <numerusform>Afficher %Ln résultats moins pertinents</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>PhotoSeek crashed last time; details in {log}</source>
      <translation>PhotoSeek s’est fermé de manière inattendue la dernière fois ; détails dans {log}</translation>
    </message>
  </context>
  <context>
    <name>appearance</name>
    <message>
      <source>Follow the system</source>
      <translation>Selon le système</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>cannot read file ({detail})</source>
      <translation>impossible de lire le fichier ({detail})</translation>
    </message>
    <message>
      <source>the decoder did not finish within {seconds} s (stopped)</source>
      <translation>le décodeur n’a pas terminé en {seconds} s (arrêté)</translation>
    </message>
    <message>
      <source>the decoder crashed on this file ({detail})</source>
      <translation>le décodeur a planté sur ce fichier ({detail})</translation>
    </message>
    <message>
      <source>too large to decode within the memory allowed for one photo</source>
      <translation>trop grande pour être décodée dans la mémoire allouée à une photo</translation>
    </message>
    <message>
      <source>empty file (0 bytes)</source>
      <translation>fichier vide (0 octet)</translation>
    </message>
    <message>
      <source>too many pixels: refused as a possible decompression bomb</source>
      <translation>trop de pixels : refusée comme possible bombe de décompression</translation>
    </message>
    <message>
      <source>permission denied</source>
      <translation>permission refusée</translation>
    </message>
    <message>
      <source>file disappeared while reading</source>
      <translation>le fichier a disparu pendant la lecture</translation>
    </message>
    <message>
      <source>not an image, or a format PhotoSeek cannot read</source>
      <translation>pas une image, ou un format que PhotoSeek ne sait pas lire</translation>
    </message>
    <message>
      <source>corrupt or truncated image ({detail})</source>
      <translation>image corrompue ou tronquée ({detail})</translation>
    </message>
    <message>
      <source>cannot decode ({kind}: {detail})</source>
      <translation>décodage impossible ({kind} : {detail})</translation>
    </message>
    <message>
      <source>cannot load model folder {folder}: {detail}</source>
      <translation>impossible de charger le dossier de modèle {folder} : {detail}</translation>
    </message>
    <message>
      <source>cannot load {file} as a {model} model: {detail}</source>
      <translation>impossible de charger {file} comme modèle {model} : {detail}</translation>
    </message>
    <message>
      <source>model {model} is not available: it is not in {cache} and could not be downloaded from the Hugging Face hub (offline?). Download it on a connected machine, or point PhotoSeek at a local copy with --model /path/to/model-folder (or PHOTOSEEK_MODEL)</source>
      <translation>Le modèle {model} n’est pas disponible : il n’est pas dans {cache} et n’a pas pu être téléchargé depuis le hub Hugging Face (hors ligne ?). Téléchargez-le sur une machine connectée, ou indiquez à PhotoSeek une copie locale avec --model /chemin/vers/le-dossier-du-modèle (ou PHOTOSEEK_MODEL).</translation>
    </message>
    <message>
      <source>The search model {model} could not be downloaded: {reason}. Try again when online, or choose a model folder or weights file that is already on this computer.</source>
      <translation>Le modèle de recherche {model} n’a pas pu être téléchargé : {reason}. Réessayez une fois connecté, ou choisissez un dossier de modèle ou un fichier de poids déjà présent sur cet ordinateur.</translation>
    </message>
    <message>
      <source>there is no connection to the Hugging Face hub (offline, or blocked by a proxy)</source>
      <translation>aucune connexion au hub Hugging Face (hors ligne, ou bloqué par un proxy)</translation>
    </message>
    <message>
      <source>the download failed ({detail})</source>
      <translation>le téléchargement a échoué ({detail})</translation>
    </message>
    <message>
      <source>model folder not found: {folder}</source>
      <translation>dossier de modèle introuvable : {folder}</translation>
    </message>
    <message>
      <source>file name is not valid UTF-8</source>
      <translation>le nom de fichier n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
      <source>not found (an unplugged drive or a network share that is not connected?)</source>
      <translation>introuvable (un disque débranché ou un partage réseau non connecté ?)</translation>
    </message>
    <message>
      <source>cannot be read ({detail})</source>
      <translation>illisible ({detail})</translation>
    </message>
    <message>
      <source>empty, though photos were indexed there (a drive that is not mounted?)</source>
      <translation>vide, alors que des photos y ont été indexées (un disque non monté ?)</translation>
    </message>
    <message>
      <source>holding other photos than the ones indexed there (a different drive?)</source>
      <translation>contient d’autres photos que celles qui y ont été indexées (un autre disque ?)</translation>
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <source>Something went wrong: {error}

PhotoSeek keeps running, but may not behave as expected. The details are in the log file:
{log}</source>
      <translation>Un problème est survenu : {error}

PhotoSeek continue de fonctionner, mais peut ne pas se comporter comme prévu. Les détails figurent dans le fichier journal :
{log}</translation>
    </message>
    <message>
      <source>PhotoSeek: unexpected error</source>
      <translation>PhotoSeek : erreur inattendue</translation>
    </message>
  </context>
  <context>
    <name>emptystate</name>
    <message>
      <source>Add your photos</source>
      <translation>Ajoutez vos photos</translation>
    </message>
    <message>
      <source>PhotoSeek searches the photos in folders you choose. It indexes them on this computer and keeps watching them for new photos.</source>
      <translation>PhotoSeek recherche parmi les photos des dossiers que vous choisissez. Il les indexe sur cet ordinateur et continue de les surveiller pour repérer les nouvelles photos.</translation>
    </message>
    <message>
      <source>Add a folder…</source>
      <translation>Ajouter un dossier…</translation>
    </message>
    <message>
      <source>Indexing your photos…</source>
      <translation>Indexation de vos photos…</translation>
    </message>
    <message>
      <source>You can search as soon as the first photos are indexed; progress is shown below.</source>
      <translation>Vous pourrez lancer une recherche dès que les premières photos seront indexées ; la progression s’affiche ci-dessous.</translation>
    </message>
    <message numerus="yes">
      <source>Your %Ln library folder(s) (holds|hold) no photos PhotoSeek can read ({types}), or all of them are excluded in Settings.</source>
      <translation>
        <numerusform>La photothèque compte %Ln dossier, mais il ne contient aucune photo lisible par PhotoSeek ({types}), ou elles sont toutes exclues dans les Paramètres.</numerusform>
        <numerusform>La photothèque compte %Ln dossiers, mais ils ne contiennent aucune photo lisible par PhotoSeek ({types}), ou elles sont toutes exclues dans les Paramètres.</numerusform>
      </translation>
    </message>
    <message>
      <source>No photos found</source>
      <translation>Aucune photo trouvée</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>Paramètres…</translation>
    </message>
    <message>
      <source>“{example}”</source>
      <translation>« {example} »</translation>
    </message>
    <message numerus="yes">
      <source>Search %Ln photo(s)</source>
      <translation>
        <numerusform>Rechercher parmi %Ln photo</numerusform>
        <numerusform>Rechercher parmi %Ln photos</numerusform>
      </translation>
    </message>
    <message>
      <source>Describe what you are looking for in your own words, or drop a photo on this window to find similar ones. For example:</source>
      <translation>Décrivez ce que vous cherchez avec vos propres mots, ou déposez une photo sur cette fenêtre pour trouver des photos similaires. Par exemple :</translation>
    </message>
    <message numerus="yes">
      <source>No indexed photo matches “{query}”. %Ln photo(s) (comes|come) close without matching. Try other words, or drop a photo here to find similar ones.</source>
      <translation>
        <numerusform>Aucune photo indexée ne correspond à « {query} ». %Ln photo s’en approche sans correspondre. Essayez d’autres mots, ou déposez une photo ici pour trouver des photos similaires.</numerusform>
        <numerusform>Aucune photo indexée ne correspond à « {query} ». %Ln photos s’en approchent sans correspondre. Essayez d’autres mots, ou déposez une photo ici pour trouver des photos similaires.</numerusform>
      </translation>
    </message>
    <message>
      <source>No indexed photo matches “{query}”. Try other words, or drop a photo here to find similar ones.</source>
      <translation>Aucune photo indexée ne correspond à « {query} ». Essayez d’autres mots, ou déposez une photo ici pour trouver des photos similaires.</translation>
    </message>
    <message>
      <source>Remove all filters</source>
      <translation>Retirer tous les filtres</translation>
    </message>
    <message>
      <source>Nothing found</source>
      <translation>Aucun résultat</translation>
    </message>
    <message>
      <source>Clear search</source>
      <translation>Effacer la recherche</translation>
    </message>
    <message>
      <source>No indexed photo matches “{query}” with the filters under the search box. Remove a filter (click it), or all of them.</source>
      <translation>Aucune photo indexée ne correspond à « {query} » avec les filtres sous le champ de recherche. Retirez un filtre (cliquez dessus), ou retirez-les tous.</translation>
    </message>
    <message>
      <source>No indexed photo passes the filters under the search box. Remove a filter (click it), or all of them.</source>
      <translation>Aucune photo indexée ne passe les filtres sous le champ de recherche. Retirez un filtre (cliquez dessus), ou retirez-les tous.</translation>
    </message>
    <message>
      <source>No photos with these filters</source>
      <translation>Aucune photo avec ces filtres</translation>
    </message>
    <message>
      <source>Try the download again</source>
      <translation>Réessayer le téléchargement</translation>
    </message>
    <message>
      <source>Choose model folder/file…</source>
      <translation>Choisir un dossier ou fichier de modèle…</translation>
    </message>
    <message>
      <source>PhotoSeek needs a CLIP model to understand photos and queries. It downloads one the first time and then works offline. Without a network, copy an open_clip model folder to this computer and choose it here.</source>
      <translation>PhotoSeek a besoin d’un modèle CLIP pour comprendre les photos et les requêtes. Il en télécharge un la première fois, puis fonctionne hors ligne. Sans connexion réseau, copiez un dossier de modèle open_clip sur cet ordinateur et choisissez-le ici.</translation>
    </message>
    <message>
      <source>The search model is not available</source>
      <translation>Le modèle de recherche n’est pas disponible</translation>
    </message>
    <message>
      <source>Loading the search model…</source>
      <translation>Chargement du modèle de recherche…</translation>
    </message>
    <message>
      <source>Model: {model}</source>
      <translation>Modèle : {model}</translation>
    </message>
    <message>
      <source>Close the other program, then try again.</source>
      <translation>Fermez l’autre programme, puis réessayez.</translation>
    </message>
    <message>
      <source>Check the connection or the server, then try again.</source>
      <translation>Vérifiez la connexion ou le serveur, puis réessayez.</translation>
    </message>
    <message>
      <source>The photo index cannot be opened</source>
      <translation>Impossible d’ouvrir l’index des photos</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <source>Rebuilding re-creates the index from your library folders: your photos are not touched, but every photo is read again, which takes a while.</source>
      <translation>La reconstruction recrée l’index à partir des dossiers de votre photothèque : vos photos ne sont pas modifiées, mais chaque photo est relue, ce qui prend un certain temps.</translation>
    </message>
    <message>
      <source>The photo index is damaged</source>
      <translation>L’index des photos est endommagé</translation>
    </message>
    <message>
      <source>Rebuild the index</source>
      <translation>Reconstruire l’index</translation>
    </message>
    <message>
      <source>Resetting restores the last good copy of the settings (your folders and model); your photos and the index are not touched.</source>
      <translation>La réinitialisation restaure la dernière copie valide des paramètres (vos dossiers et le modèle) ; vos photos et l’index ne sont pas modifiés.</translation>
    </message>
    <message>
      <source>The library settings are damaged</source>
      <translation>Les paramètres de la photothèque sont endommagés</translation>
    </message>
    <message>
      <source>Reset the settings</source>
      <translation>Réinitialiser les paramètres</translation>
    </message>
    <message>
      <source>{model} (downloading)</source>
      <translation>{model} (téléchargement en cours)</translation>
    </message>
  </context>
  <context>
    <name>examples</name>
    <message>
      <source>a dog on the beach</source>
      <translation>un chien sur la plage</translation>
    </message>
    <message>
      <source>birthday cake</source>
      <translation>gâteau d’anniversaire</translation>
    </message>
    <message>
      <source>snow in the mountains</source>
      <translation>neige en montagne</translation>
    </message>
  </context>
  <context>
    <name>filterbar</name>
    <message>
      <source>Best match first</source>
      <translation>Plus pertinentes d’abord</translation>
    </message>
    <message>
      <source>Newest first</source>
      <translation>Plus récentes d’abord</translation>
    </message>
    <message>
      <source>Oldest first</source>
      <translation>Plus anciennes d’abord</translation>
    </message>
    <message>
      <source>Camera not known</source>
      <translation>Appareil inconnu</translation>
    </message>
    <message>
      <source>{first} – {last}</source>
      <translation>{first} – {last}</translation>
    </message>
    <message>
      <source>From {date}</source>
      <translation>À partir du {date}</translation>
    </message>
    <message>
      <source>Until {date}</source>
      <translation>Jusqu’au {date}</translation>
    </message>
  </context>
  <context>
    <name>modelchoice</name>
    <message>
      <source>605 MB</source>
      <translation>605 Mo</translation>
    </message>
    <message>
      <source>The default: the fastest indexing on a CPU, good accuracy (finds the right photo first 67 % / 39 % of the time on Flickr30k / COCO).</source>
      <translation>Le modèle par défaut : l’indexation la plus rapide sur processeur, une bonne précision (trouve la bonne photo en premier dans 67 % / 39 % des cas sur Flickr30k / COCO).</translation>
    </message>
    <message>
      <source>About as accurate as the default (65 % / 40 %) and a little slower to index (256 px input: about 20 % more time per photo); the model rclip uses.</source>
      <translation>À peu près aussi précis que le modèle par défaut (65 % / 40 %) et un peu plus lent à indexer (entrée de 256 px : environ 20 % de temps en plus par photo) ; le modèle utilisé par rclip.</translation>
    </message>
    <message>
      <source>The original CLIP: as fast as the default, less accurate (59 % / 30 %).</source>
      <translation>Le CLIP d’origine : aussi rapide que le modèle par défaut, moins précis (59 % / 30 %).</translation>
    </message>
    <message>
      <source>599 MB</source>
      <translation>599 Mo</translation>
    </message>
    <message>
      <source>Better at small details (70 % / 42 %); indexing takes 3–5× longer than the default.</source>
      <translation>Meilleur sur les petits détails (70 % / 42 %) ; l’indexation prend 3 à 5 fois plus de temps qu’avec le modèle par défaut.</translation>
    </message>
    <message>
      <source>Multilingual CLIP ViT-B/32</source>
      <translation>CLIP ViT-B/32 multilingue</translation>
    </message>
    <message>
      <source>1.5 GB</source>
      <translation>1,5 Go</translation>
    </message>
    <message>
      <source>Understands queries in about 100 languages, Chinese and Japanese among them; indexes as fast as the default (the same image model), slower queries, a little less accurate in English (64 % / 38 %).</source>
      <translation>Comprend les requêtes dans une centaine de langues, dont le chinois et le japonais ; indexe aussi vite que le modèle par défaut (même modèle d’image), requêtes plus lentes, un peu moins précis en anglais (64 % / 38 %).</translation>
    </message>
    <message>
      <source>Multilingual and the most accurate here in English, German and French (COCO 52 %); indexing takes 3–6× longer than the default, queries about 5× longer.</source>
      <translation>Multilingue et le plus précis ici en anglais, en allemand et en français (COCO 52 %) ; l’indexation prend 3 à 6 fois plus de temps qu’avec le modèle par défaut, les requêtes environ 5 fois plus.</translation>
    </message>
    <message>
      <source>1.7 GB</source>
      <translation>1,7 Go</translation>
    </message>
    <message>
      <source>Among the most accurate (76 % / 47 %); 10–20× slower to index — best with a GPU.</source>
      <translation>Parmi les plus précis (76 % / 47 %) ; indexation 10 à 20 fois plus lente — idéal avec un GPU.</translation>
    </message>
    <message>
      <source>Multilingual CLIP ViT-H/14</source>
      <translation>CLIP ViT-H/14 multilingue</translation>
    </message>
    <message>
      <source>4.8 GB</source>
      <translation>4,8 Go</translation>
    </message>
    <message>
      <source>The best published quality in Chinese and Japanese, as good as the best in English, German and French; a very large image model: indexing takes over 20× longer than the default — best with a GPU.</source>
      <translation>La meilleure qualité publiée en chinois et en japonais, aussi bon que les meilleurs en anglais, en allemand et en français ; un très grand modèle d’image : l’indexation prend plus de 20 fois plus de temps qu’avec le modèle par défaut — idéal avec un GPU.</translation>
    </message>
    <message>
      <source>Which languages this model understands is not known; most CLIP models understand only English.</source>
      <translation>On ne sait pas quelles langues ce modèle comprend ; la plupart des modèles CLIP ne comprennent que l’anglais.</translation>
    </message>
    <message>
      <source>Queries in English only.</source>
      <translation>Requêtes en anglais uniquement.</translation>
    </message>
    <message>
      <source>Good for queries in {languages}.</source>
      <translation>Adapté aux requêtes en {languages}.</translation>
    </message>
    <message>
      <source>Weaker in {languages}.</source>
      <translation>Moins bon en {languages}.</translation>
    </message>
    <message>
      <source>For queries in {language}, choose {model}.</source>
      <translation>Pour des requêtes en {language}, choisissez {model}.</translation>
    </message>
    <message>
      <source>Choose a model: open_clip_config.json or a weights file</source>
      <translation>Choisir un modèle : open_clip_config.json ou un fichier de poids</translation>
    </message>
    <message>
      <source>Model files ({patterns});;All files (*)</source>
      <translation>Fichiers de modèle ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Which architecture are the weights in {file} for?</source>
      <translation>À quelle architecture correspondent les poids de {file} ?</translation>
    </message>
    <message>
      <source>Model architecture</source>
      <translation>Architecture du modèle</translation>
    </message>
  </context>
  <context>
    <name>openwith</name>
    <message>
      <source>{application} cannot be started (its command is not readable)</source>
      <translation>Impossible de lancer {application} (sa commande est illisible)</translation>
    </message>
    <message>
      <source>{application} did not start: {reason}</source>
      <translation>{application} n’a pas démarré : {reason}</translation>
    </message>
    <message>
      <source>the Open with dialog did not show: {reason}</source>
      <translation>la boîte de dialogue Ouvrir avec ne s’est pas affichée : {reason}</translation>
    </message>
  </context>
  <context>
    <name>preview</name>
    <message>
      <source>unknown (file modified {time})</source>
      <translation>inconnue (fichier modifié le {time})</translation>
    </message>
    <message>
      <source>{size} bytes</source>
      <translation>{size} octets</translation>
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
      <source>{size} GB</source>
      <translation>{size} Go</translation>
    </message>
  </context>
  <context>
    <name>settingsdialog</name>
    <message numerus="yes">
      <source>%Ln photo(s)</source>
      <translation>
        <numerusform>%Ln photo</numerusform>
        <numerusform>%Ln photos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln unreadable</source>
      <translation>
        <numerusform>%Ln illisible</numerusform>
        <numerusform>%Ln illisibles</numerusform>
      </translation>
    </message>
    <message>
      <source>offline: its photos are kept</source>
      <translation>hors ligne : ses photos sont conservées</translation>
    </message>
    <message>
      <source>indexing…</source>
      <translation>indexation…</translation>
    </message>
  </context>
  <context>
    <name>statusbar</name>
    <message>
      <source>Looking for photos · {done} found</source>
      <translation>Recherche de photos · {done} trouvées</translation>
    </message>
    <message>
      <source>Paused: looking for photos · {done} found</source>
      <translation>En pause : recherche de photos · {done} trouvées</translation>
    </message>
    <message>
      <source>Reading the index · {done} read</source>
      <translation>Lecture de l’index · {done} lues</translation>
    </message>
    <message>
      <source>Paused: reading the index · {done} read</source>
      <translation>En pause : lecture de l’index · {done} lues</translation>
    </message>
    <message>
      <source>Matching moved and copied photos · {done} checked</source>
      <translation>Rapprochement des photos déplacées et copiées · {done} vérifiées</translation>
    </message>
    <message>
      <source>Paused: matching moved and copied photos · {done} checked</source>
      <translation>En pause : rapprochement des photos déplacées et copiées · {done} vérifiées</translation>
    </message>
    <message>
      <source>Upgrading the index (once, after an update) · {done} copied</source>
      <translation>Mise à niveau de l’index (une seule fois, après une mise à jour) · {done} copiées</translation>
    </message>
    <message>
      <source>Paused: upgrading the index (once, after an update) · {done} copied</source>
      <translation>En pause : mise à niveau de l’index (une seule fois, après une mise à jour) · {done} copiées</translation>
    </message>
    <message>
      <source>Paused at {done}</source>
      <translation>En pause à {done}</translation>
    </message>
    <message>
      <source>Switching models {done}</source>
      <translation>Changement de modèle {done}</translation>
    </message>
    <message>
      <source>Indexing {done}</source>
      <translation>Indexation {done}</translation>
    </message>
    <message>
      <source> · {rate} images/s</source>
      <translation> · {rate} images/s</translation>
    </message>
    <message>
      <source> · about {time} left</source>
      <translation> · temps restant : environ {time}</translation>
    </message>
    <message numerus="yes">
      <source>Watching %Ln folder(s) for changes</source>
      <translation>
        <numerusform>Surveillance des modifications dans %Ln dossier</numerusform>
        <numerusform>Surveillance des modifications dans %Ln dossiers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Checking %Ln folder(s) every few seconds (the system's watch limit is reached)</source>
      <translation>
        <numerusform>Vérification de %Ln dossier toutes les quelques secondes (la limite de surveillance du système est atteinte)</numerusform>
        <numerusform>Vérification de %Ln dossiers toutes les quelques secondes (la limite de surveillance du système est atteinte)</numerusform>
      </translation>
    </message>
    <message>
      <source>Not watching folders</source>
      <translation>Aucun dossier surveillé</translation>
    </message>
    <message numerus="yes">
      <source>%Ln folder(s) offline</source>
      <translation>
        <numerusform>%Ln dossier hors ligne</numerusform>
        <numerusform>%Ln dossiers hors ligne</numerusform>
      </translation>
    </message>
  </context>
</TS>
