; Inno Setup script for newsreader on Windows (x64).
;
; NOT BUILT ON THE LINUX DEVELOPMENT MACHINE: the Windows runner of
; .github/workflows/installers.yml builds it. By hand, on Windows, from the checkout:
;     python packaging\build.py                         (makes dist\newsreader\newsreader.exe)
;     iscc /DAppVersion=0.1.0 packaging\windows\newsreader.iss
; The version must be __version__ from src\newsreader\__init__.py; the workflow passes it.
; Output: dist\newsreader-<version>-windows-x64-setup.exe

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\newsreader.iss
#endif

#define AppName "Newsreader"
#define AppExe "newsreader.exe"
#define Root "..\.."

[Setup]
; A fixed AppId lets upgrades replace the previous install. Never change it.
AppId={{6F0B8C35-1E3A-4C1E-9A43-5B1F4D6C2E71}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The newsreader team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install without admin rights unless the user chooses all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=newsreader-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\resources\icons\newsreader.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller onedir bundle (launcher, _internal\ with Python, Qt, seeds, resources).
Source: "{#Root}\dist\newsreader\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Read news articles and see who is quoted"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
