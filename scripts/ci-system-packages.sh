#!/usr/bin/env bash
# Install the Debian packages that the system tests need (see test/helpers/system.ts): a browser,
# database servers and an office suite. CI runs this before `npm test`, then runs the tests with
# CHITIEU_REQUIRE_SYSTEM=1 so that none of them can be skipped.
set -euo pipefail
# fonts-liberation: Liberation Serif, metric-compatible with Times New Roman, which LibreOffice
# uses for the Word report's font (scripts/render-docx.sh): the PDF breaks lines as Word does.
PACKAGES=(chromium postgresql clickhouse-server libreoffice-writer poppler-utils fonts-liberation)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "ci-system-packages: all installed"
  exit 0
fi
SUDO=""
[[ "$(id -u)" != 0 ]] && SUDO="sudo"
echo "ci-system-packages: installing ${missing[*]}"
$SUDO apt-get update -qq
# policy-rc.d 101: the packages' own services are not started at install; the tests start theirs.
echo 'exit 101' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
$SUDO chmod +x /usr/sbin/policy-rc.d
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
$SUDO rm -f /usr/sbin/policy-rc.d
echo "ci-system-packages: done"
