//! A panic must never leave a dead page. The hook logs the details to the
//! console and replaces the page with a short message, the route that failed
//! and a reload link. It sets `data-panicked` on `<html>` so tests can assert
//! that it never fired.

use wasm_bindgen::JsCast;

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("SME Innovation Explorer crashed: {info}").into());
        show_crash_page();
    }));
}

fn show_crash_page() {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-panicked", "true");
    }
    if let Some(body) = document.body() {
        render_crash_page(&body);
    }
}

/// Replaces the contents of `container` with the crash message: what
/// happened, the route that failed, and a link that reloads the page.
pub fn render_crash_page(container: &web_sys::Element) {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let route = window.location().hash().unwrap_or_default();
    let body = container;
    // Built from text nodes, never from HTML, since the route is user input.
    body.set_text_content(None);
    let make = |tag: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    let Some(main) = document.create_element("main").ok() else { return };
    let _ = main.set_attribute("class", "crash");
    let _ = main.set_attribute("role", "alert");
    use crate::i18n::{t, tf};
    use explorer_core::i18n::Msg;
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", crate::i18n::lang().tag());
    }
    if let Some(h1) = make("h1", t(Msg::CrashTitle)) {
        let _ = main.append_child(&h1);
    }
    let shown: String = route.chars().take(200).collect();
    let text = if shown.is_empty() { t(Msg::CrashText).to_string() } else { tf(Msg::CrashWhile, &[("route", &shown)]) };
    if let Some(p) = make("p", &text) {
        let _ = main.append_child(&p);
    }
    if let Some(p) = make("p", "") {
        if let Some(a) = make("a", t(Msg::CrashReload)).and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
            // The same page without its fragment: following it reloads.
            let href = window.location().href().unwrap_or_default();
            a.set_href(href.split('#').next().unwrap_or_default());
            let _ = p.append_child(&a);
        }
        let _ = main.append_child(&p);
    }
    let _ = body.append_child(&main);
}
