#!/usr/bin/env bash
# Installs what the build and the tests need, at pinned versions, skipping what is already there.
# Works on a fresh Debian machine with rustup, root and the package registries only (no GitHub
# downloads, no browser downloads). Tools go to ~/.cargo/bin and node_modules/, outside target/.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14          # 0.22.x declares rust-version 1.96.1 and refuses rustc 1.95
BINARYEN_VERSION=132.0.0       # must match package.json; Debian's binaryen 108 cannot read rustc 1.95 output
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION from crates.io (15-30 minutes on two cores, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  # Not --locked: the crate's own lock file pins a yanked webpki-roots and fails to resolve.
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (equal to Cargo.lock; about 12 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# Debian packages: the browser and its driver, pdftoppm for the print tests, PostgreSQL for the
# feed producer's tests (a throwaway cluster per run, scripts/pg-cluster.sh), and the OpenSSL
# headers its TLS client builds against.
apt_packages=()
command -v chromium >/dev/null || apt_packages+=(chromium)
command -v chromedriver >/dev/null || apt_packages+=(chromium-driver)
command -v pdftoppm >/dev/null || apt_packages+=(poppler-utils)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || apt_packages+=(postgresql)
pkg-config --exists openssl 2>/dev/null || apt_packages+=(libssl-dev pkg-config)
command -v openssl >/dev/null || apt_packages+=(openssl)
if [ ${#apt_packages[@]} -gt 0 ]; then
  say "installing Debian's ${apt_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

if [ ! -x node_modules/.bin/wasm-opt ] || ! wasm-opt --version | grep -q "version ${BINARYEN_VERSION%%.*}" \
   || [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev tools (playwright-core, binaryen) from package-lock.json"
  # playwright-core never downloads a browser: the tests drive Debian's /usr/bin/chromium.
  npm ci --no-audit --no-fund
fi

# Trunk runs cargo offline (Trunk.toml), so every crate must be in the local registry first.
cargo fetch --locked >/dev/null
