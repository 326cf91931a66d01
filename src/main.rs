//! Entry point: installs the panic hook and mounts the app. Everything else
//! lives in the library (`src/lib.rs`) so that component tests can render it.

fn main() {
    sme_explorer::start();
}

/// Talc instead of the standard library's dlmalloc: a few kilobytes less
/// wasm and faster allocation (see docs/performance.md).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
