#!/usr/bin/env bash
# Free stand-ins for the fonts a 公文 names, so LibreOffice renders drafter's output as Word would
# with the real fonts (see README, 字体):
#
#   仿宋_GB2312 仿宋 FangSong → FandolFang      楷体_GB2312 楷体 KaiTi → FandolKai
#   黑体 SimHei → FandolHei Regular              宋体 SimSun → FandolSong Regular
#   方正小标宋简体 → FandolSong Bold
#
# The Fandol fonts come from Debian's texlive-lang-chinese package, unpacked without installing TeX.
# Run as root for the whole machine, or as a user for that user only (~/.local/share/fonts and
# ~/.config/fontconfig). Running it again changes nothing. Debian or Ubuntu with apt is assumed.
#
#   scripts/install-fonts.sh            install (skips the download when Fandol is already there)
#   scripts/install-fonts.sh --check    only report what each font name resolves to; exit 1 if any is wrong
set -euo pipefail

if [ "$(id -u)" = 0 ]; then
  font_dir=${DRAFTER_FONT_DIR:-/usr/local/share/fonts/drafter-fandol}
  conf_file=${DRAFTER_FONTCONFIG_FILE:-/etc/fonts/conf.d/99-drafter-standins.conf}
else
  font_dir=${DRAFTER_FONT_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/fonts/drafter-fandol}
  conf_file=${DRAFTER_FONTCONFIG_FILE:-${XDG_CONFIG_HOME:-$HOME/.config}/fontconfig/conf.d/99-drafter-standins.conf}
fi

# name wanted → family (and style) expected from fc-match
expected=(
  "仿宋_GB2312|FandolFang"
  "楷体_GB2312|FandolKai"
  "黑体|FandolHei|Regular"
  "宋体|FandolSong|Regular"
  "方正小标宋简体|FandolSong|Bold"
)

check() {
  local wrong=0 entry name family style got
  for entry in "${expected[@]}"; do
    IFS='|' read -r name family style <<<"$entry"
    got=$(fc-match -f '%{family[0]}|%{style[0]}' "$name" 2>/dev/null || true)
    if [[ "$got" != "$family"* ]] || { [ -n "$style" ] && [[ "$got" != *"|$style" ]]; }; then
      echo "$name → ${got:-nothing} (want $family${style:+ $style})" >&2
      wrong=1
    else
      echo "$name → ${got/|/ }"
    fi
  done
  return $wrong
}

if [ "${1:-}" = "--check" ]; then
  check
  exit
fi

command -v fc-cache >/dev/null || { echo "fontconfig is missing: apt-get install fontconfig" >&2; exit 1; }

# 1. The font files, unless fontconfig already knows all four Fandol families.
have_all=1
for family in FandolFang FandolKai FandolHei FandolSong; do
  fc-list ":family=$family" family | grep -q . || have_all=0
done
if [ "$have_all" = 0 ] || [ "${DRAFTER_FONTS_FORCE:-}" = 1 ]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  if ! (cd "$scratch" && apt-get download -qq texlive-lang-chinese >/dev/null 2>&1); then
    # Package lists may be empty on a fresh machine or container.
    apt-get update -qq >/dev/null
    (cd "$scratch" && apt-get download -qq texlive-lang-chinese >/dev/null)
  fi
  dpkg-deb -x "$scratch"/texlive-lang-chinese_*.deb "$scratch/unpacked"
  mkdir -p "$font_dir"
  found=0
  while IFS= read -r -d '' otf; do
    cp "$otf" "$font_dir/"
    found=$((found + 1))
  done < <(find "$scratch/unpacked" \( -name 'FandolFang-*.otf' -o -name 'FandolHei-*.otf' -o -name 'FandolKai-*.otf' -o -name 'FandolSong-*.otf' \) -print0)
  [ "$found" -gt 0 ] || { echo "no Fandol fonts inside texlive-lang-chinese" >&2; exit 1; }
  echo "installed $found Fandol fonts into $font_dir"
fi

# 2. Aliases. The Fandol bold files declare a regular weight, so a request for 黑体 could match
#    FandolHei-Bold: every alias that needs a particular face names its style outright.
rule() { # wanted-family stand-in [style]
  local style=""
  [ -n "${3:-}" ] && style="<edit name=\"style\" mode=\"assign\" binding=\"strong\"><string>$3</string></edit>"
  printf '  <match target="pattern"><test name="family" qual="any"><string>%s</string></test>' "$1"
  printf '<edit name="family" mode="assign" binding="strong"><string>%s</string></edit>%s</match>\n' "$2" "$style"
}
mkdir -p "$(dirname "$conf_file")"
tmp_conf=$(mktemp "$(dirname "$conf_file")/.drafter-fonts.XXXXXX")
{
  echo '<?xml version="1.0"?>'
  echo '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">'
  echo '<!-- written by drafter scripts/install-fonts.sh: free stand-ins for the fonts of GB/T 9704 -->'
  echo '<fontconfig>'
  for name in 仿宋_GB2312 仿宋 FangSong; do rule "$name" FandolFang; done
  for name in 楷体_GB2312 楷体 KaiTi; do rule "$name" FandolKai; done
  for name in 黑体 SimHei; do rule "$name" FandolHei Regular; done
  for name in 宋体 SimSun; do rule "$name" FandolSong Regular; done
  rule 方正小标宋简体 FandolSong Bold
  echo '</fontconfig>'
} >"$tmp_conf"
chmod 644 "$tmp_conf"
mv "$tmp_conf" "$conf_file"

fc-cache -f >/dev/null 2>&1 || fc-cache >/dev/null
check
