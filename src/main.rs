//! Entry point: installs the panic hook and mounts the app. Everything else
//! lives in the library (`src/lib.rs`) so that component tests can render it.

fn main() {
    sme_explorer::start();
}

/// Talc instead of the standard library's dlmalloc: a few kilobytes less
/// wasm and faster allocation (see docs/performance.md).
///
/// It allocates from a fixed 16 MiB arena in the wasm's own zero-initialised
/// memory, so the linear memory never grows once the app has started: every
/// view, search and export together use well under 2 MiB of heap. Growing
/// memory while the app ran (talc grew it page by page, and the Haier & Huawei
/// to Kunming navigation was the one that did) coincided with an intermittent
/// "Out of bounds memory access" trap in WebKit. The arena costs no download
/// (it is not in the data segment) and no physical memory until written.
/// tests/e2e/memory.test.mjs and the cross-engine smoke check that the
/// memory does not grow.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmArenaTalc = {
    use core::mem::MaybeUninit;
    static mut ARENA: [MaybeUninit<u8>; ARENA_BYTES] = [MaybeUninit::uninit(); ARENA_BYTES];
    // SAFETY: nothing but the allocator ever refers to ARENA.
    unsafe { talc::wasm::new_wasm_arena_allocator(&raw mut ARENA) }
};

/// The arena's size: 16 MiB; 512 MiB for the benchmark's build (feature
/// `bench`), whose 100x synthetic data needs far more than the real data.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
const ARENA_BYTES: usize = if cfg!(feature = "bench") { 512 << 20 } else { 16 << 20 };
