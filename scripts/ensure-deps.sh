#!/usr/bin/env bash
# Installs what the site needs, only when it is missing: npm packages always; with --browser also
# Chromium, fonts and the ZIM tools for the browser tests (Debian's packages, since Playwright cannot download
# its own browser on every machine).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "ensure-deps: installing npm packages (npm ci)"
	npm ci --no-audit --no-fund
fi

[ "${1:-}" = "--browser" ] || exit 0

missing=()
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 \
	&& ! ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-* >/dev/null 2>&1; then
	missing+=(chromium)
fi
for font in fonts-dejavu-core fonts-liberation; do
	dpkg -s "$font" >/dev/null 2>&1 || missing+=("$font")
done
# The offline ZIM file for Kiwix: zimwriterfs and zimcheck build and check it, kiwix-serve tests it.
command -v zimwriterfs >/dev/null 2>&1 || missing+=(zim-tools)
command -v kiwix-serve >/dev/null 2>&1 || missing+=(kiwix-tools)
[ ${#missing[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
	echo "ensure-deps: installing ${missing[*]} (apt-get)"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
elif [[ " ${missing[*]} " == *" chromium "* ]]; then
	echo "ensure-deps: browser tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium fonts-dejavu-core fonts-liberation) or run: npx playwright install chromium" >&2
	exit 1
elif [[ " ${missing[*]} " == *" zim-tools "* || " ${missing[*]} " == *" kiwix-tools "* ]]; then
	echo "ensure-deps: the ZIM test needs Debian's zim-tools and kiwix-tools (sudo apt-get install zim-tools kiwix-tools)" >&2
	exit 1
fi
