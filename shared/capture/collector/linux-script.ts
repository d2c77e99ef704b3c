import { DPKG_QUERY_FORMAT, RPM_QUERY_FORMAT } from '../packages';
import { COLLECTOR_FORMAT, COLLECTOR_VERSION } from './collector-schema';

/** File name of the shell collector on the stick. */
export const LINUX_SCRIPT_NAME = 'zhengban-collect.sh';

// One awk program does all JSON escaping; string literals (not gsub) so every awk (mawk, gawk,
// busybox) escapes backslashes the same way.
const AWK_ESCAPE = String.raw`
function esc(s,   out, i, c) {
  out = ""
  for (i = 1; i <= length(s); i++) {
    c = substr(s, i, 1)
    if (c == "\\") out = out "\\\\"
    else if (c == "\"") out = out "\\\""
    else if (index(CTRL, c) > 0) out = out " "
    else out = out c
  }
  return "\"" out "\""
}
BEGIN { CTRL = ""; for (i = 1; i < 32; i++) CTRL = CTRL sprintf("%c", i) }`;

/**
 * The Linux collector: POSIX sh for Kylin, UOS, Debian/Ubuntu and RPM distributions. Reads
 * /etc/os-release, /etc/.kyinfo and /etc/os-version when readable, hardware ids from dmidecode only
 * when already root (else /sys/class/dmi/id), and the package list from dpkg-query or rpm.
 */
export const LINUX_COLLECTOR_SCRIPT = String.raw`#!/bin/sh
# Zhengban collector for Linux (Kylin, UOS, Debian/Ubuntu, RPM-based systems).
# Writes one UTF-8 JSON file named <hostname>_<serial>.json next to this script.
# It only reads: no network, no installation, no change to the system. Run as root (sudo) only if the
# serial number is wanted; without root it is read from /sys when the system allows it.
umask 022
here=$(CDPATH= cd -- "$(dirname -- "$0")" 2>/dev/null && pwd) || here=$(pwd)

json() {
  printf '%s' "$1" | awk '${AWK_ESCAPE}
{ all = (NR > 1) ? all " " $0 : $0 } END { printf "%s", esc(all) }'
}

first_line() {
  if [ -r "$1" ]; then sed -n 1p "$1" 2>/dev/null | tr -d '\000'; fi
}

# Value of KEY=value from an os-release style file, without quotes.
release_value() {
  if [ -r "$2" ]; then
    sed -n "s/^$1=//p" "$2" 2>/dev/null | sed -n 1p | sed -e 's/^"//' -e 's/"$//' -e "s/^'//" -e "s/'$//"
  fi
}

# Value of key=value inside [section] of an ini file such as /etc/.kyinfo.
ini_value() {
  if [ -r "$3" ]; then
    sed -n "/^\[$1\]/,/^\[/s/^$2 *= *//p" "$3" 2>/dev/null | sed -n 1p
  fi
}

dmi() {
  value=''
  if [ "$(id -u 2>/dev/null)" = "0" ] && command -v dmidecode >/dev/null 2>&1; then
    value=$(dmidecode -s "$2" 2>/dev/null | grep -v '^#' | sed -n 1p)
  fi
  if [ -z "$value" ]; then value=$(first_line "/sys/class/dmi/id/$1"); fi
  printf '%s' "$value"
}

safe_name() {
  name=$(printf '%s' "$1" | tr -c 'A-Za-z0-9._-' '_')
  if [ -z "$name" ]; then name=unknown; fi
  printf '%s' "$name"
}

echo "正在采集本机软件和硬件信息，请稍候……"

hostname=$(hostname 2>/dev/null)
if [ -z "$hostname" ]; then hostname=$(first_line /proc/sys/kernel/hostname); fi
serial=$(dmi product_serial system-serial-number)
if [ -z "$serial" ]; then serial=$(first_line /proc/device-tree/serial-number); fi
uuid=$(dmi product_uuid system-uuid)
manufacturer=$(dmi sys_vendor system-manufacturer)
model=$(dmi product_name system-product-name)
chassis=$(first_line /sys/class/dmi/id/chassis_type)
case "$chassis" in ''|*[!0-9]*) chassis=null ;; esac
arch=$(uname -m 2>/dev/null)

osr=/etc/os-release
if [ ! -r "$osr" ]; then osr=/usr/lib/os-release; fi
os_name=$(release_value PRETTY_NAME "$osr")
if [ -z "$os_name" ]; then os_name=$(release_value NAME "$osr"); fi
os_version=$(release_value VERSION_ID "$osr")
os_edition=$(ini_value dist milestone /etc/.kyinfo)
if [ -z "$os_edition" ]; then os_edition=$(release_value 'EditionName\[zh_CN\]' /etc/os-version); fi
if [ -z "$os_edition" ]; then os_edition=$(release_value EditionName /etc/os-version); fi
if [ -z "$os_edition" ]; then os_edition=$(release_value VARIANT "$osr"); fi
os_build=$(release_value MinorVersion /etc/os-version)
if [ -z "$os_build" ]; then os_build=$(release_value BUILD_ID "$osr"); fi

packages=$(mktemp 2>/dev/null || echo "/tmp/zhengban-packages.$$")
if command -v dpkg-query >/dev/null 2>&1; then
  dpkg-query -W -f='${DPKG_QUERY_FORMAT}' 2>/dev/null | awk -F '\t' '${AWK_ESCAPE}
  NF >= 2 {
    key = ($3 != "" && $3 != "all") ? $1 ":" $3 : $1
    printf "%s{\"key\":%s,\"name\":%s,\"version\":%s,\"arch\":%s,\"publisher\":%s,\"status\":%s,\"section\":%s,\"priority\":%s}", (n++ ? "," : ""), esc(key), esc($1), esc($2), esc($3), esc($4), esc($6), esc($7), esc($8)
  }' > "$packages"
fi
if [ ! -s "$packages" ] && command -v rpm >/dev/null 2>&1; then
  rpm -qa --queryformat '${RPM_QUERY_FORMAT}' 2>/dev/null | awk -F '\t' '${AWK_ESCAPE}
  NF >= 3 {
    vendor = ($6 == "(none)") ? "" : $6
    printf "%s{\"key\":%s,\"name\":%s,\"version\":%s,\"arch\":%s,\"installDate\":%s,\"publisher\":%s,\"section\":%s}", (n++ ? "," : ""), esc($1 "." $2), esc($1), esc($3), esc($2), esc($4), esc(vendor), esc($8)
  }' > "$packages"
fi

file_name="$(safe_name "$hostname")_$(safe_name "$serial").json"
write_json() {
  {
    printf '{"format":"${COLLECTOR_FORMAT}","version":${String(COLLECTOR_VERSION)},"platform":"linux"'
    printf ',"collectedAt":%s' "$(json "$(date '+%Y-%m-%d %H:%M:%S')")"
    printf ',"hostname":%s,"uuid":%s,"serial":%s' "$(json "$hostname")" "$(json "$uuid")" "$(json "$serial")"
    printf ',"manufacturer":%s,"model":%s' "$(json "$manufacturer")" "$(json "$model")"
    printf ',"chassisType":%s,"arch":%s' "$chassis" "$(json "$arch")"
    printf ',"os":{"name":%s,"edition":%s' "$(json "$os_name")" "$(json "$os_edition")"
    printf ',"version":%s,"build":%s,"productId":"","arch":%s}' "$(json "$os_version")" "$(json "$os_build")" "$(json "$arch")"
    printf ',"programs":['
    cat "$packages"
    printf '],"licences":[]}\n'
  } 2>/dev/null > "$1.tmp" && mv -f "$1.tmp" "$1" 2>/dev/null
}

count=$(grep -o '"key":' "$packages" 2>/dev/null | wc -l | tr -d ' ')
if write_json "$here/$file_name"; then
  echo "采集完成，共 $count 个软件包，已保存到：$here/$file_name"
else
  rm -f "$here/$file_name.tmp" 2>/dev/null
  target="$HOME/$file_name"
  if write_json "$target"; then
    echo "U 盘无法写入，采集结果已保存到：$target，请手工复制到 U 盘。"
  else
    echo "无法保存采集结果，请检查 U 盘和主目录是否可写。" >&2
    rm -f "$packages"
    exit 1
  fi
fi
rm -f "$packages"
`;
