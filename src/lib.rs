//! The SME innovation explorer: a thin Yew layer over `explorer_core`.
//!
//! `app` owns the URL state and picks a page; `pages/` has one file per
//! route; `components/` holds widgets used by several pages. Browser-only
//! code (`web_sys`, `gloo`) is confined to `browser.rs` and `panic_hook.rs`.
//! The dataset is embedded at build time by `build.rs` and decoded once
//! (`data.rs`). `views` reaches each family of views through its part of
//! the code, which the release fetches on first use.

pub mod app;
pub mod browser;
pub mod components;
pub mod data;
pub mod i18n;
pub mod pages;
pub mod panic_hook;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod views;

/// Installs the panic hook and renders the app into `<body>`.
pub fn start() {
    panic_hook::install();
    browser::mark_build();
    browser::mark_started();
    // The link's view is rendered first, never a line saying it is loading:
    // in the split release its part of the code is fetched before the app
    // mounts (the start-up script has already asked for it).
    let route = explorer_core::route::parse(&browser::current_hash()).route;
    match views::status(&route) {
        views::Status::Ready(_) => mount(),
        _ => yew::platform::spawn_local(async move {
            views::load(&route).await;
            mount();
        }),
    }
}

fn mount() {
    browser::note_shell_position();
    yew::Renderer::<app::App>::new().render();
}
