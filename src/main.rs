//! The browser entry point: a thin shell over the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    dasbor::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("dasbor is a WebAssembly app: run `make serve`, or `cargo run --bin dasbor-data` for the data tool.");
}
