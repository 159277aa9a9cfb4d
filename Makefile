# The two commands: `make serve` and `make test`. Both install what they need first.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
# wasm-bindgen-test-runner drives Debian's chromium through this driver (never geckodriver).
export CHROMEDRIVER := /usr/bin/chromedriver
export CARGO_TERM_COLOR := never

.PHONY: setup serve dist test test-native test-wasm test-e2e test-size lint bench soak fuzz sample-data clean

setup:
	@scripts/setup.sh

## Serve the dashboard on the bundled sample data at http://127.0.0.1:8080
serve: setup
	trunk serve

## Release build into dist/
dist: setup
	trunk build --release

## Every test: formatting and lints, native tests, browser component tests, the size budget,
## end-to-end tests.
test: setup lint test-native test-wasm test-size test-e2e

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings

test-native:
	cargo test

test-wasm:
	cargo test --target wasm32-unknown-unknown --test components

## The release wasm + JS must stay within 350 KiB gzip.
test-size: dist
	node scripts/size-budget.mjs dist

test-e2e: dist
	cargo build --bin dasbor-data --bin dasbor-feed
	DASBOR_DATA_BIN=target/debug/dasbor-data node --test --test-concurrency=1 tests/e2e/

## Regenerate static/data/ with the deterministic generator.
sample-data:
	cargo run --bin dasbor-data -- generate --out static/data

## Every benchmark (not part of `make test`), written to docs/benchmarks.md: sizes, cold load,
## chart draw times, 1,000,000 complaints against crossfilter2, the display soak (about 25
## minutes in all; BENCH_SOAK=0 skips the soak).
bench: dist
	node bench/all.mjs

## Display-mode soak alone: 5,000 refresh-and-rotate cycles, memory at start and end.
soak: dist
	node bench/soak.mjs

## Fuzz every decoder, the config loader and the URL state (needs rustup's nightly toolchain and
## cargo-fuzz; not part of `make test`). FUZZ_SECONDS per target.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := decode_complaints decode_dimensions decode_queues decode_queue_live decode_spbe config url_state
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2 --locked
	cd fuzz && for t in $(FUZZ_TARGETS); do mkdir -p corpus/$$t && \
	  cargo +nightly fuzz run $$t corpus/$$t seeds/$$t -- -max_total_time=$(FUZZ_SECONDS) -max_len=65536 || exit 1; done

clean:
	rm -rf dist target/wasm-bindgen-test
