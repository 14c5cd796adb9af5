; Inno Setup script for the Windows installer: the PyInstaller bundle (dist\photoseek) into Program Files,
; a Start menu entry for the window, and `photoseek` on the user's PATH for the command line.
; Built by .github/workflows/release.yml.

; The version comes from pyproject.toml: ISCC.exe /DAppVersion=0.1.0 …
#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=X.Y.Z packaging\windows\photoseek.iss
#endif

[Setup]
AppId={{6F3C2A58-3E0B-4C55-9D8B-1B7E2F4A9C10}
AppName=PhotoSeek
AppVersion={#AppVersion}
AppPublisher=The PhotoSeek developers
DefaultDirName={autopf}\PhotoSeek
DefaultGroupName=PhotoSeek
OutputDir=..\..\dist
OutputBaseFilename=PhotoSeek-{#AppVersion}-setup
SetupIconFile=..\..\build\photoseek\photoseek.ico
UninstallDisplayIcon={app}\photoseek-gui.exe
Compression=lzma2/fast
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
ChangesEnvironment=yes

[Files]
Source: "..\..\dist\photoseek\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\PhotoSeek"; Filename: "{app}\photoseek-gui.exe"
Name: "{autodesktop}\PhotoSeek"; Filename: "{app}\photoseek-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop icon"; Flags: unchecked

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; \
    Check: NeedsPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\photoseek.exe"; Parameters: "--self-test"; Flags: runhidden; StatusMsg: "Checking the installation…"
Filename: "{app}\photoseek-gui.exe"; Description: "Open PhotoSeek"; Flags: postinstall nowait skipifsilent

[Code]
function NeedsPath(Dir: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
    Result := True
  else
    Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
