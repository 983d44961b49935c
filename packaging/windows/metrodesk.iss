; Inno Setup script: the Windows installer of the one-folder bundle dist\metrodesk\.
;
;   python tasks.py bundle
;   iscc /DAppVersion=0.2.0 packaging\windows\metrodesk.iss   -> dist\MetroDesk-0.2.0-setup.exe
;
; Installs for the current user without administrator rights by default (the user may choose
; all users, which asks for elevation), adds a Start-menu entry and, if asked, a desktop icon,
; and registers an uninstaller (Settings > Apps). Uninstalling removes the program only: the
; user's databases and backups live in their own data folder and are never touched.
; Not built or run on the Linux machine this project is developed on: see README "Installing".

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z metrodesk.iss
#endif

#define AppName "MetroDesk"
#define AppExe "metrodesk.exe"

[Setup]
; the AppId identifies the installation for upgrades and the uninstaller: never change it
AppId={{7C0E3E2B-6F4A-4F0B-9B9E-3D2A51B6C8A1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Metropolis Secretariat General
AppPublisherURL=https://www.metropolis.org/
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\resources\icons\metrodesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=MetroDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\metrodesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the whole program folder, so no module of the older version lingers
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Contacts, member cities, training and meetings"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
