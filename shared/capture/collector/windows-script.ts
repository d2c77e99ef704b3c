import { COLLECTOR_FORMAT, COLLECTOR_VERSION } from './collector-schema';

/**
 * The Windows collector (PowerShell 2.0 and later, i.e. Windows 7 as shipped). PowerShell 2.0 has no
 * ConvertTo-Json, so the JSON is written by hand. The file holds Chinese messages and must be saved
 * as UTF-8 with BOM, which is how PowerShell 2.0 recognises UTF-8 scripts.
 */
const SCRIPT = String.raw`# Zhengban collector for Windows (PowerShell 2.0 and later).
# Reads installed programs (Uninstall keys of HKLM and HKCU, 64- and 32-bit views), the OS, hardware ids
# and licensing state, and writes one UTF-8 JSON file named <hostname>_<serial>.json next to this script.
# It only reads: no network, no installation, no administrator rights, no change to the system.
$ErrorActionPreference = 'SilentlyContinue'

function Q([object]$Value) {
  if ($Value -eq $null) { return '""' }
  $s = [string]$Value
  $s = $s -replace '\\', '\\' -replace '"', '\"'
  if ($s -match '[\x00-\x1f]') {
    $sb = New-Object System.Text.StringBuilder
    foreach ($ch in $s.ToCharArray()) {
      $code = [int]$ch
      if ($code -lt 32) { [void]$sb.AppendFormat('\u{0:x4}', $code) } else { [void]$sb.Append($ch) }
    }
    $s = $sb.ToString()
  }
  return '"' + $s.Trim() + '"'
}

function N([object]$Value) {
  if ($Value -eq $null -or [string]$Value -eq '') { return 'null' }
  try { return [string][long]$Value } catch { return 'null' }
}

function B([object]$Value) {
  if ($Value) { return 'true' }
  return 'false'
}

function Get-Wmi([string]$Class, [string]$Filter) {
  try {
    if ($Filter) { return @(Get-WmiObject -Class $Class -Filter $Filter -ErrorAction Stop) }
    return @(Get-WmiObject -Class $Class -ErrorAction Stop)
  } catch {
    return @()
  }
}

function First([object[]]$Items) {
  return @($Items) | Select-Object -First 1
}

function Safe-Name([string]$Text) {
  $t = ([string]$Text).Trim() -replace '[\\/:*?"<>|\s]', '_'
  if ($t -eq '') { return 'unknown' }
  return $t
}

Write-Host '正在采集本机软件和硬件信息，请稍候……'

$programs = New-Object System.Collections.ArrayList
$uninstallPaths = @(
  'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall',
  'HKLM:\SOFTWARE\Wow6432Node\Microsoft\Windows\CurrentVersion\Uninstall',
  'HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall',
  'HKCU:\Software\Wow6432Node\Microsoft\Windows\CurrentVersion\Uninstall'
)
foreach ($path in $uninstallPaths) {
  if (-not (Test-Path -Path $path)) { continue }
  foreach ($key in @(Get-ChildItem -Path $path)) {
    $displayName = $key.GetValue('DisplayName')
    if ($displayName -eq $null) { continue }
    $arch = ''
    if ($path -match 'Wow6432Node') { $arch = 'x86' }
    $item = '{"key":' + (Q $key.Name) +
      ',"name":' + (Q $displayName) +
      ',"version":' + (Q $key.GetValue('DisplayVersion')) +
      ',"publisher":' + (Q $key.GetValue('Publisher')) +
      ',"installDate":' + (Q $key.GetValue('InstallDate')) +
      ',"arch":' + (Q $arch) +
      ',"systemComponent":' + (B ($key.GetValue('SystemComponent') -eq 1)) +
      ',"parentKeyName":' + (Q $key.GetValue('ParentKeyName')) +
      ',"releaseType":' + (Q $key.GetValue('ReleaseType')) + '}'
    [void]$programs.Add($item)
  }
}

$os = First (Get-Wmi 'Win32_OperatingSystem')
$cs = First (Get-Wmi 'Win32_ComputerSystem')
$bios = First (Get-Wmi 'Win32_BIOS')
$csp = First (Get-Wmi 'Win32_ComputerSystemProduct')
$enclosure = First (Get-Wmi 'Win32_SystemEnclosure')
$nt = Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'

$osVersion = [string]$nt.DisplayVersion
if ($osVersion -eq '') { $osVersion = [string]$nt.ReleaseId }
if ($osVersion -eq '') { $osVersion = [string]$os.Version }
$osBuild = [string]$os.BuildNumber
if ($nt.UBR -ne $null) { $osBuild = $osBuild + '.' + [string]$nt.UBR }
$cpuArch = $env:PROCESSOR_ARCHITEW6432
if (-not $cpuArch) { $cpuArch = $env:PROCESSOR_ARCHITECTURE }
$chassis = $null
if ($enclosure -ne $null -and $enclosure.ChassisTypes -ne $null) { $chassis = @($enclosure.ChassisTypes)[0] }

$licences = New-Object System.Collections.ArrayList
$products = @(Get-Wmi 'SoftwareLicensingProduct' 'PartialProductKey IS NOT NULL') +
  @(Get-Wmi 'OfficeSoftwareProtectionProduct' 'PartialProductKey IS NOT NULL')
foreach ($p in $products) {
  if ($p -eq $null) { continue }
  $keyId = $p.ProductKeyID2
  if (-not $keyId) { $keyId = $p.ProductKeyID }
  $item = '{"name":' + (Q $p.Name) +
    ',"description":' + (Q $p.Description) +
    ',"applicationId":' + (Q $p.ApplicationID) +
    ',"licenseStatus":' + (N $p.LicenseStatus) +
    ',"partialProductKey":' + (Q $p.PartialProductKey) +
    ',"productKeyChannel":' + (Q $p.ProductKeyChannel) +
    ',"productKeyId":' + (Q $keyId) +
    ',"kmsMachine":' + (Q $p.KeyManagementServiceMachine) +
    ',"kmsPort":' + (N $p.KeyManagementServicePort) +
    ',"discoveredKmsName":' + (Q $p.DiscoveredKeyManagementServiceMachineName) +
    ',"discoveredKmsIp":' + (Q $p.DiscoveredKeyManagementServiceMachineIpAddress) +
    ',"discoveredKmsPort":' + (N $p.DiscoveredKeyManagementServiceMachinePort) + '}'
  [void]$licences.Add($item)
}

$hostname = $env:COMPUTERNAME
$serial = [string]$bios.SerialNumber
$now = (Get-Date).ToString('yyyy-MM-dd HH:mm:ss')
$json = '{"format":"${COLLECTOR_FORMAT}","version":${String(COLLECTOR_VERSION)},"platform":"windows"' +
  ',"collectedAt":' + (Q $now) +
  ',"hostname":' + (Q $hostname) +
  ',"uuid":' + (Q $csp.UUID) +
  ',"serial":' + (Q $serial) +
  ',"manufacturer":' + (Q $cs.Manufacturer) +
  ',"model":' + (Q $cs.Model) +
  ',"chassisType":' + (N $chassis) +
  ',"arch":' + (Q $cpuArch) +
  ',"os":{"name":' + (Q $os.Caption) +
  ',"edition":' + (Q $nt.EditionID) +
  ',"version":' + (Q $osVersion) +
  ',"build":' + (Q $osBuild) +
  ',"productId":' + (Q $os.SerialNumber) +
  ',"arch":' + (Q $os.OSArchitecture) + '}' +
  ',"programs":[' + [string]::Join(',', [string[]]$programs.ToArray()) + ']' +
  ',"licences":[' + [string]::Join(',', [string[]]$licences.ToArray()) + ']}'

$fileName = (Safe-Name $hostname) + '_' + (Safe-Name $serial) + '.json'
$here = Split-Path -Parent $MyInvocation.MyCommand.Definition
$target = Join-Path $here $fileName
$utf8 = New-Object System.Text.UTF8Encoding($false)
try {
  [System.IO.File]::WriteAllText($target, $json, $utf8)
  Write-Host ('采集完成，共 ' + $programs.Count + ' 条软件记录，已保存到：' + $target)
} catch {
  $target = Join-Path $env:TEMP $fileName
  [System.IO.File]::WriteAllText($target, $json, $utf8)
  Write-Host ('U 盘无法写入，采集结果已保存到：' + $target + '，请手工复制到 U 盘。')
}
`;

/** File name of the PowerShell collector on the stick. */
export const WINDOWS_SCRIPT_NAME = 'zhengban-collect.ps1';

/** The PowerShell collector, with Windows line endings. */
export const WINDOWS_COLLECTOR_SCRIPT = SCRIPT.replace(/\r?\n/g, '\r\n');

/** File name of the launcher staff double-click. */
export const WINDOWS_LAUNCHER_NAME = 'zhengban-collect.cmd';

// ASCII only: cmd.exe reads batch files in the console code page. Sysnative reaches 64-bit PowerShell
// when the launcher runs from a 32-bit process, so the 64-bit Uninstall keys are not hidden.
const LAUNCHER = String.raw`@echo off
setlocal
set "PS=%SystemRoot%\System32\WindowsPowerShell\v1.0\powershell.exe"
if exist "%SystemRoot%\Sysnative\WindowsPowerShell\v1.0\powershell.exe" set "PS=%SystemRoot%\Sysnative\WindowsPowerShell\v1.0\powershell.exe"
"%PS%" -NoProfile -NonInteractive -ExecutionPolicy Bypass -File "%~dp0${WINDOWS_SCRIPT_NAME}"
echo.
pause
`;

/** The .cmd launcher that runs the PowerShell collector with -ExecutionPolicy Bypass. */
export const WINDOWS_COLLECTOR_LAUNCHER = LAUNCHER.replace(/\r?\n/g, '\r\n');
