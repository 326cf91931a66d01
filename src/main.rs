//! Entry point: installs the panic hook and mounts the app. Everything else
//! lives in the library (`src/lib.rs`) so that component tests can render it.

fn main() {
    sme_explorer::start();
}
