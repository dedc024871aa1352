; Inno Setup script: a per-user installer for Intzaken that needs no administrator rights.
; Build the bundle first (pyinstaller packaging\intzaken.spec, see docs/dev/packaging.md),
; then from the repository root, in PowerShell (Inno Setup 6.3 or newer):
;   $v = (dist\intzaken\intzaken-cli.exe --version).Split()[1]
;   & "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=$v packaging\windows\intzaken.iss
; The installer is written to dist\intzaken-<version>-setup.exe.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z packaging\windows\intzaken.iss
#endif

[Setup]
; Identifies the app to Windows for upgrades and uninstall; never change it.
AppId={{021C4AFD-A225-4095-91BC-5946A8BD5B55}
AppName=Intzaken
AppVersion={#AppVersion}
AppVerName=Intzaken {#AppVersion}
AppPublisher=Intzaken
; Per user: installs under the user's own profile, no UAC prompt.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Intzaken
DefaultGroupName=Intzaken
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Source and output paths are relative to this script's folder.
OutputDir=..\..\dist
OutputBaseFilename=intzaken-{#AppVersion}-setup
SetupIconFile=intzaken.ico
UninstallDisplayIcon={app}\intzaken.exe
UninstallDisplayName=Intzaken
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; The user's database and logs live in %LOCALAPPDATA%\Intzaken and the window's settings
; in HKCU\Software\Intzaken, outside {app}: upgrading or uninstalling never touches them.

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle as a whole: no libraries of an older version stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\intzaken\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Intzaken"; Filename: "{app}\intzaken.exe"
Name: "{autodesktop}\Intzaken"; Filename: "{app}\intzaken.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\intzaken.exe"; Description: "{cm:LaunchProgram,Intzaken}"; Flags: nowait postinstall skipifsilent
