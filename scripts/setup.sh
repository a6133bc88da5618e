#!/usr/bin/env bash
# Installs what ngo-kit needs on a machine that has only Node 20 and npm:
# pnpm, the workspace's packages and, with --browsers, what the tests need:
# Chromium (required), Firefox (when it can be had) and PHP (the WordPress plugin).
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_MAJOR=12
PNPM_VERSION=12.21.0

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version | cut -d. -f1)" != "$PNPM_MAJOR" ]; then
  say "installing pnpm $PNPM_VERSION with npm"
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null
fi

if [ "${1:-}" = "--browsers" ] && [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's chromium for the browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    say "the browser tests need Chromium: install Debian's 'chromium' package, or set CHROMIUM_PATH" >&2
    exit 1
  fi
fi

# Firefox widens the browser tests; without it they run in Chromium only.
if [ "${1:-}" = "--browsers" ] && [ -z "${FIREFOX_PATH:-}" ] && [ "${NGO_BROWSERS:-}" != chromium ] \
  && ! command -v firefox-esr >/dev/null 2>&1 && ! command -v firefox >/dev/null 2>&1 \
  && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  say "installing Debian's firefox-esr for the browser tests"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null; } \
    || say "firefox-esr could not be installed; the browser tests run in Chromium only"
fi

# The WordPress plugin's PHP is linted and its shortcodes run in the tests.
if [ "${1:-}" = "--browsers" ] && ! command -v php >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's php-cli for the WordPress plugin's tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq php-cli >/dev/null
  else
    say "the WordPress plugin's tests need PHP: install Debian's 'php-cli' package" >&2
    exit 1
  fi
fi

say "installing packages"
pnpm install --frozen-lockfile --reporter=silent
