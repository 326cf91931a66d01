//! The SME innovation explorer: a thin Yew layer over `explorer_core`.
//!
//! `app` owns the URL state and picks a page; `pages/` has one file per
//! route; `components/` holds widgets used by several pages. Browser-only
//! code (`web_sys`, `gloo`) is confined to `browser.rs` and `panic_hook.rs`.
//! The dataset is embedded at build time by `build.rs` and decoded once
//! (`data.rs`).

pub mod app;
pub mod browser;
pub mod components;
pub mod data;
pub mod i18n;
pub mod pages;
pub mod panic_hook;
#[cfg(feature = "ssr")]
pub mod prerender;

/// Installs the panic hook and renders the app into `<body>`.
pub fn start() {
    panic_hook::install();
    browser::mark_build();
    browser::mark_started();
    yew::Renderer::<app::App>::new().render();
}
