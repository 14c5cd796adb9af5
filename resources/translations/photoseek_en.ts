<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>CrashReporter</name>
    <message numerus="yes">
      <source>%Ln more unexpected error(s) since; all are in the log.</source>
      <translation>
        <numerusform>%Ln more unexpected error since; all are in the log.</numerusform>
        <numerusform>%Ln more unexpected errors since; all are in the log.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FailuresButton</name>
    <message numerus="yes">
      <source>%Ln file(s) could not be read</source>
      <translation>
        <numerusform>%Ln file could not be read</numerusform>
        <numerusform>%Ln files could not be read</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%Ln added</source>
      <translation>
        <numerusform>%Ln added</numerusform>
        <numerusform>%Ln added</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln copied</source>
      <translation>
        <numerusform>%Ln copied</numerusform>
        <numerusform>%Ln copied</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln updated</source>
      <translation>
        <numerusform>%Ln updated</numerusform>
        <numerusform>%Ln updated</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln moved</source>
      <translation>
        <numerusform>%Ln moved</numerusform>
        <numerusform>%Ln moved</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln removed</source>
      <translation>
        <numerusform>%Ln removed</numerusform>
        <numerusform>%Ln removed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln failed</source>
      <translation>
        <numerusform>%Ln failed</numerusform>
        <numerusform>%Ln failed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln photo(s)</source>
      <translation>
        <numerusform>%Ln photo</numerusform>
        <numerusform>%Ln photos</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NewMatchesBar</name>
    <message numerus="yes">
      <source>%Ln new match(es) since this search</source>
      <translation>
        <numerusform>%Ln new match since this search</numerusform>
        <numerusform>%Ln new matches since this search</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PhotoActions</name>
    <message numerus="yes">
      <source>Copied %Ln photo(s)</source>
      <translation>
        <numerusform>Copied %Ln photo</numerusform>
        <numerusform>Copied %Ln photos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copy %Ln photo(s) to</source>
      <translation>
        <numerusform>Copy %Ln photo to</numerusform>
        <numerusform>Copy %Ln photos to</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copying %Ln photo(s) to {folder}…</source>
      <translation>
        <numerusform>Copying %Ln photo to {folder}…</numerusform>
        <numerusform>Copying %Ln photos to {folder}…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln photo(s) to {folder}</source>
      <translation>
        <numerusform>Copied %Ln photo to {folder}</numerusform>
        <numerusform>Copied %Ln photos to {folder}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{copied}; %Ln photo(s) could not be copied ({photo}: {why})</source>
      <translation>
        <numerusform>{copied}; %Ln photo could not be copied ({photo}: {why})</numerusform>
        <numerusform>{copied}; %Ln photos could not be copied ({photo}: {why})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %Ln photo(s) to the Trash?

You can restore them from the Trash.</source>
      <translation>
        <numerusform>Move %Ln photo to the Trash?

You can restore them from the Trash.</numerusform>
        <numerusform>Move %Ln photos to the Trash?

You can restore them from the Trash.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Moved %Ln photo(s) to the Trash</source>
      <translation>
        <numerusform>Moved %Ln photo to the Trash</numerusform>
        <numerusform>Moved %Ln photos to the Trash</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{moved}; %Ln photo(s) could not be moved ({photo})</source>
      <translation>
        <numerusform>{moved}; %Ln photo could not be moved ({photo})</numerusform>
        <numerusform>{moved}; %Ln photos could not be moved ({photo})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Put back %Ln photo(s)</source>
      <translation>
        <numerusform>Put back %Ln photo</numerusform>
        <numerusform>Put back %Ln photos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{put_back}; %Ln photo(s) stayed in the Trash ({photo}: {why})</source>
      <translation>
        <numerusform>{put_back}; %Ln photo stayed in the Trash ({photo}: {why})</numerusform>
        <numerusform>{put_back}; %Ln photos stayed in the Trash ({photo}: {why})</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResultsModel</name>
    <message numerus="yes">
      <source>One of a burst of %Ln shot(s); the others:</source>
      <translation>
        <numerusform>One of a burst of %Ln shot; the others:</numerusform>
        <numerusform>One of a burst of %Ln shots; the others:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message numerus="yes">
      <source>Copy %Ln photo(s)</source>
      <translation>
        <numerusform>Copy %Ln photo</numerusform>
        <numerusform>Copy %Ln photos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Copy %Ln photo(s) to folder…</source>
      <translation>
        <numerusform>Copy %Ln photo to folder…</numerusform>
        <numerusform>Copy %Ln photos to folder…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Move %Ln photo(s) to Trash…</source>
      <translation>
        <numerusform>Move %Ln photo to Trash…</numerusform>
        <numerusform>Move %Ln photos to Trash…</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message numerus="yes">
      <source>Remove {folder} from the library?

Its %Ln photo(s) (leaves|leave) the index when you press OK (the files themselves stay where they are); adding the folder again re-reads them.</source>
      <translation>
        <numerusform>Remove {folder} from the library?

Its %Ln photo leaves the index when you press OK (the files themselves stay where they are); adding the folder again re-reads them.</numerusform>
        <numerusform>Remove {folder} from the library?

Its %Ln photos leave the index when you press OK (the files themselves stay where they are); adding the folder again re-reads them.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ThumbnailDelegate</name>
    <message numerus="yes">
      <source>+%Ln cop(y|ies)</source>
      <translation>
        <numerusform>+%Ln copy</numerusform>
        <numerusform>+%Ln copies</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln shot(s)</source>
      <translation>
        <numerusform>%Ln shot</numerusform>
        <numerusform>%Ln shots</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Worker</name>
    <message numerus="yes">
      <source>removed {folder} from the library (%Ln photo(s) left the index)</source>
      <translation>
        <numerusform>removed {folder} from the library (%Ln photo left the index)</numerusform>
        <numerusform>removed {folder} from the library (%Ln photos left the index)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>answer</name>
    <message numerus="yes">
      <source>%Ln weaker match(es)</source>
      <translation>
        <numerusform>%Ln weaker match</numerusform>
        <numerusform>%Ln weaker matches</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln match(es)</source>
      <translation>
        <numerusform>%Ln match</numerusform>
        <numerusform>%Ln matches</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln match(es) and {weaker} weaker</source>
      <translation>
        <numerusform>%Ln match and {weaker} weaker</numerusform>
        <numerusform>%Ln matches and {weaker} weaker</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Show %Ln weaker match(es)</source>
      <translation>
        <numerusform>Show %Ln weaker match</numerusform>
        <numerusform>Show %Ln weaker matches</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>emptystate</name>
    <message numerus="yes">
      <source>Your %Ln library folder(s) (holds|hold) no photos PhotoSeek can read ({types}), or all of them are excluded in Settings.</source>
      <translation>
        <numerusform>Your %Ln library folder holds no photos PhotoSeek can read ({types}), or all of them are excluded in Settings.</numerusform>
        <numerusform>Your %Ln library folders hold no photos PhotoSeek can read ({types}), or all of them are excluded in Settings.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Search %Ln photo(s)</source>
      <translation>
        <numerusform>Search %Ln photo</numerusform>
        <numerusform>Search %Ln photos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>No indexed photo matches “{query}”. %Ln photo(s) (comes|come) close without matching. Try other words, or drop a photo here to find similar ones.</source>
      <translation>
        <numerusform>No indexed photo matches “{query}”. %Ln photo comes close without matching. Try other words, or drop a photo here to find similar ones.</numerusform>
        <numerusform>No indexed photo matches “{query}”. %Ln photos come close without matching. Try other words, or drop a photo here to find similar ones.</numerusform>
      </translation>
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
        <numerusform>%Ln unreadable</numerusform>
        <numerusform>%Ln unreadable</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>statusbar</name>
    <message numerus="yes">
      <source>Watching %Ln folder(s) for changes</source>
      <translation>
        <numerusform>Watching %Ln folder for changes</numerusform>
        <numerusform>Watching %Ln folders for changes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Checking %Ln folder(s) every few seconds (the system's watch limit is reached)</source>
      <translation>
        <numerusform>Checking %Ln folder every few seconds (the system's watch limit is reached)</numerusform>
        <numerusform>Checking %Ln folders every few seconds (the system's watch limit is reached)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln folder(s) offline</source>
      <translation>
        <numerusform>%Ln folder offline</numerusform>
        <numerusform>%Ln folders offline</numerusform>
      </translation>
    </message>
  </context>
</TS>
