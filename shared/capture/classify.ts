import type { ProgramKind } from './captured';

/** The facts of a Windows Uninstall entry that decide what kind of entry it is. */
export interface WindowsEntryFacts {
  name: string;
  keyName: string;
  publisher: string;
  parentKeyName: string;
  releaseType: string;
  isSystemComponent: boolean;
  isMinorUpgrade: boolean;
}

const UPDATE_RELEASE_TYPES =
  /^(security update|update|hotfix|%hotfix%|software update|service pack|update rollup|critical update)$/i;
const UPDATE_NAME =
  /\bKB\d{6,7}\b|^(security update|update|hotfix|critical update|definition update)s? for\b|\bservice pack \d\b|\(SP\d\)|^windows \w+ service pack|更新|补丁|修补程序/i;
const DRIVER_NAME =
  /\bdrivers?\b|驱动|^windows driver package\b|\bchipset\b|graphics (media )?accelerator|\bphysx\b|\bHD audio\b|high definition audio|bluetooth (stack|software)|\bwlan\b|\bwi-?fi\b.*(software|utility)|ethernet controller|\bpilote\b|\btreiber\b/i;
const RUNTIME_NAME =
  /visual c\+\+ .*(redistributable|runtime)|\bvc_?redist|\bvcruntime|\.net framework|\.net (core |desktop )?runtime|asp\.net core|windows desktop runtime|^java(\(tm\))?\b|java se (runtime|development kit)|\bjre\b|^adobe air\b|directx|\bmsxml\b|tools for office runtime|windows presentation foundation|webview2 runtime|windows media format runtime|xml paper specification shared components|windows imaging component|windows management framework|windows installer \d|visual basic .*runtime|^python \d|\bsilverlight\b|microsoft access database engine|sql server .*(native client|clr types|compact)/i;

/** Classifies one Windows Uninstall entry; order matters: an update of a runtime is an update. */
export function classifyWindowsEntry(facts: WindowsEntryFacts): ProgramKind {
  if (
    facts.parentKeyName !== '' ||
    facts.isMinorUpgrade ||
    UPDATE_RELEASE_TYPES.test(facts.releaseType.trim()) ||
    /^KB\d{6,7}(-v\d+)?$/i.test(facts.keyName) ||
    UPDATE_NAME.test(facts.name)
  ) {
    return 'update';
  }
  if (DRIVER_NAME.test(facts.name)) return 'driver';
  if (RUNTIME_NAME.test(facts.name)) return 'runtime';
  if (facts.isSystemComponent) return 'system-component';
  return 'application';
}

/** The facts of a Linux package that decide its kind (section/group and priority when known). */
export interface PackageFacts {
  name: string;
  /** dpkg Section, rpm Group or GLPI system_category; may be empty. */
  section: string;
  /** dpkg Priority (required, important, standard, optional); may be empty. */
  priority: string;
}

const LIBRARY_NAME =
  /^lib(?!reoffice|recad|rewolf|reswan)|^zlib|-libs?(-|$)|-(dev|devel|dbg|dbgsym|debuginfo|doc|docs|common|data|base|l10n|i18n|locale|locales|headers|static|core|core-nogui|base-core|schemas|icon-theme|theme|config)$|-style-[a-z0-9]+$|^(fonts?|ttf|otf|xfonts|texlive|gir1\.2|python3?(\.\d+)?|py3|perl|ruby|node|golang|php|r-cran|r-base|lua|tcl|tk|guile|ocaml|haskell|ghc|rust|cargo|hunspell|hyphen|mythes|aspell|myspell|language-pack|manpages|man-pages|info|coinor)-|-(perl|python|fonts?)$|^(fontconfig|iso-codes|manpages|publicsuffix|sgml-base|xml-core|mime-support|media-types)$/i;
const RUNTIME_PACKAGE =
  /^(openjdk-\d+-(jre|jdk)(-headless)?|default-jre(-headless)?|default-jdk(-headless)?|java-[\d.]+-openjdk.*|python[23]?(\.\d+)?(-minimal)?|perl(-base|-modules.*)?|mono-runtime.*|dotnet-(runtime|host).*|aspnetcore-runtime.*|nodejs|ruby[\d.]*|php[\d.]*|php[\d.]*-cli|lua[\d.]+|tcl[\d.]*|tk[\d.]*|wine(32|64)?|qt5-default|adobe-flashplugin|ure)$|-runtime$/i;
const DRIVER_PACKAGE =
  /^(firmware-|linux-firmware|xserver-xorg-(video|input)-|printer-driver-|hplip|cups-filters|foomatic|nvidia-|amdgpu|bluez-firmware)|-(firmware|dkms|driver|drivers)$|\bkmod-|驱动/i;
const SYSTEM_PACKAGE_PREFIX =
  /^(linux-(image|headers|modules|base|tools|kbuild|source|signed)|kernel-|lsb-|ukui-|kylin-|dde-|deepin-|uos-|xdg-|x11-|bind9-|iputils-|isc-dhcp-|vim-(tiny|common|runtime)|console-setup|network-manager|networkmanager|grub|shim-|systemd|openssh|dbus|polkit|policykit|apt-|dpkg-|libpam-|selinux-|gnupg|initramfs-tools|dracut|xserver-xorg-(core|legacy)|ncurses-|plymouth|pulseaudio|pipewire|wireplumber|alsa-|avahi-|cups-|bluez|dconf-|at-spi2-|gtk-update-icon-cache|gsettings-|upower|packagekit|dmsetup|logsave|usr-is-merged|util-linux-|xorg-sgml|ssl-cert|ca-certificates|gpg|dirmngr|pinentry-|notification-daemon|[a-z0-9-]*-archive-keyring|[a-z0-9-]*-keyring$)/i;
const SYSTEM_PACKAGE_NAME =
  /^(kernel|udev|bash|dash|zsh|coreutils|util-linux|bsdutils|bsdextrautils|rpm|yum|dnf|apt|aptitude|dpkg|base-files|base-passwd|basesystem|filesystem|setup|init|init-system-helpers|sysvinit-utils|initscripts|login|passwd|shadow-utils|sudo|mount|sed|grep|gzip|bzip2|xz-utils|xz|tar|cpio|findutils|diffutils|debconf|debianutils|sensible-utils|hostname|procps|tzdata|ca-certificates|openssl|gpgv|kmod|adduser|cron|anacron|logrotate|rsyslog|net-tools|iproute2?|ifupdown|netbase|dhcpcd5?|busybox|e2fsprogs|xfsprogs|btrfs-progs|dosfstools|mawk|gawk|less|nano|readline-common|dnsutils|wpasupplicant|apparmor|firewalld|ufw|iptables|nftables|acl|attr|cracklib-runtime|keyboard-configuration|kbd|locales|man-db|groff-base|file|mime-support|media-types|desktop-file-utils|shared-mime-info|usbutils|pciutils|lshw|dmidecode|hdparm|smartmontools|lvm2|mdadm|cryptsetup|parted|fdisk|gdisk|peony|startdde|lightdm|gdm3?|sddm|xorg|xauth|xinit|pam|cups|dbus|tasksel|ucf|lsof|psmisc|zlib|which|ed|info|install-info)$/i;
// Sections such as admin or utils are also used by third-party packages, so only these few count.
const SYSTEM_SECTIONS = /^(kernel|shells|system environment\/(base|daemons|kernel|shells)|system\/?base)$/i;
const LIBRARY_SECTIONS =
  /^(libs|libdevel|oldlibs|fonts|python|perl|ruby|javascript|golang|rust|php|haskell|ocaml|lisp|java|tex|doc|localization|debug|introspection|user interface\/x|(development|system environment)\/libraries|libraries|development\/languages|development\/headers)$/i;

/** Classifies a Linux package (dpkg or rpm); an unknown name with no section stays an application. */
export function classifyPackage(facts: PackageFacts): ProgramKind {
  const name = facts.name.replace(/:[a-z0-9_]+$/i, '');
  const section = facts.section.replace(/^(non-free|contrib|restricted|universe|multiverse)\//i, '').trim();
  if (DRIVER_PACKAGE.test(name) || /^kernel\/drivers|hardware|^drivers?$/i.test(section)) return 'driver';
  if (RUNTIME_PACKAGE.test(name)) return 'runtime';
  if (LIBRARY_NAME.test(name) || LIBRARY_SECTIONS.test(section)) return 'library';
  if (
    SYSTEM_PACKAGE_PREFIX.test(name) ||
    SYSTEM_PACKAGE_NAME.test(name) ||
    SYSTEM_SECTIONS.test(section) ||
    /^(required|important|standard)$/i.test(facts.priority.trim())
  ) {
    return 'system-component';
  }
  return 'application';
}

/** Classifies a macOS application bundle by where it lives: /System and /usr belong to the OS. */
export function classifyMacApplication(path: string): ProgramKind {
  if (/^\/(System|usr|bin|sbin|private)\//.test(path)) return 'system-component';
  if (/^\/Library\/(Printers|Image Capture)\//.test(path)) return 'driver';
  if (/^\/Library\/(Documentation|Scripts|Application Support|Frameworks|Components)\//.test(path)) {
    return 'system-component';
  }
  if (/\.framework\//.test(path)) return 'library';
  return 'application';
}
