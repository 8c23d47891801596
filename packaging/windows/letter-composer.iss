; Inno Setup script: a Windows installer for the folder PyInstaller makes
; (uv run --group freeze pyinstaller packaging\letter-composer.spec --distpath dist).
; Built by .github/workflows/installers.yml on Windows. Not tested on this project's Linux
; machines. A per-user install (no administrator rights needed at a community centre).
#define AppVersion GetEnv("LETTER_COMPOSER_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1D2A3B-8C4E-4F5A-9B7C-1D2E3F4A5B6C}
AppName=Letter Composer
AppVersion={#AppVersion}
AppPublisher=The Letter Composer team
DefaultDirName={localappdata}\Programs\Letter Composer
DefaultGroupName=Letter Composer
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=letter-composer-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
LicenseFile=..\..\LICENSE
ChangesAssociations=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "hy"; MessagesFile: "compiler:Languages\Armenian.isl"

[Files]
Source: "..\..\dist\letter-composer\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Letter Composer"; Filename: "{app}\letter-composer.exe"
Name: "{userdesktop}\Letter Composer"; Filename: "{app}\letter-composer.exe"

[Registry]
; Double-click on a draft (.letter) or a campaign pack (.lcpack) opens the app.
Root: HKCU; Subkey: "Software\Classes\.letter"; ValueType: string; ValueData: "LetterComposer.Draft"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.lcpack"; ValueType: string; ValueData: "LetterComposer.Pack"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\LetterComposer.Draft"; ValueType: string; ValueData: "Letter Composer letter"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\LetterComposer.Draft\shell\open\command"; ValueType: string; ValueData: """{app}\letter-composer.exe"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\LetterComposer.Pack"; ValueType: string; ValueData: "Letter Composer campaign pack"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\LetterComposer.Pack\shell\open\command"; ValueType: string; ValueData: """{app}\letter-composer.exe"" ""%1"""

[Run]
Filename: "{app}\letter-composer.exe"; Description: "Start Letter Composer"; Flags: nowait postinstall skipifsilent
