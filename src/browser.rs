//! The few places the app talks to the browser: the URL hash, the document
//! title, focus, downloads and the clipboard. Every call tolerates a missing
//! window or a refused operation; nothing here panics.

use explorer_core::route::{self, UrlState};
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The current `location.hash`, or an empty string.
pub fn current_hash() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Navigates to a hash (a new history entry, so Back works). Inside the app,
/// prefer [`use_navigate`], which also updates the view at once instead of
/// waiting for the browser's `hashchange` event.
pub fn navigate(hash: &str) {
    if let Some(w) = window() {
        let _ = w.location().set_hash(hash);
    }
}

/// Pushes a history entry for `hash` without a `hashchange` event; returns
/// false where the browser refuses (then the caller falls back to `navigate`).
fn push_hash(hash: &str) -> bool {
    window()
        .and_then(|w| w.history().ok())
        .is_some_and(|h| h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash)).is_ok())
}

/// The app's navigator: a callback taking a hash, provided by `App`.
#[derive(Clone, PartialEq)]
pub struct Navigator(pub Callback<String>);

/// Returns a function that navigates to a hash: a new history entry and an
/// immediate update of the URL state.
#[hook]
pub fn use_navigate() -> Callback<String> {
    match use_context::<Navigator>() {
        Some(Navigator(callback)) => callback,
        // Outside the app (for example in a component test): plain navigation.
        None => Callback::from(|hash: String| navigate(&hash)),
    }
}

/// The full URL of a hash route, for sharing.
pub fn permalink(hash: &str) -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .map(|href| format!("{}{hash}", href.split('#').next().unwrap_or_default()))
        .unwrap_or_else(|| hash.to_string())
}

pub fn set_title(title: &str) {
    if let Some(document) = window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Moves focus to the element with `id` (used after a route change, so
/// keyboard and screen-reader users land on the new view).
pub fn focus(id: &str) {
    if let Some(element) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Scrolls the element with `id` into view and focuses its heading's
/// section for keyboard users.
pub fn scroll_into_view(id: &str) {
    if let Some(element) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        element.scroll_into_view();
        if let Ok(html) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = html.set_attribute("tabindex", "-1");
            let _ = html.focus();
        }
    }
}

/// Offers `contents` as a file download generated in the browser.
pub fn download(file_name: &str, mime: &str, contents: &str) {
    let Some(document) = window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Copies text to the clipboard; returns false where the browser offers no
/// clipboard (then the text is still there to select by hand).
pub fn copy_text(text: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else { return false };
    // `navigator.clipboard` is missing outside secure contexts; calling it
    // then would throw inside the app.
    let available = js_sys::Reflect::get(&navigator, &wasm_bindgen::JsValue::from_str("clipboard"))
        .is_ok_and(|value| !value.is_undefined() && !value.is_null());
    if available {
        let _ = navigator.clipboard().write_text(text);
    }
    available
}

/// The parsed URL state, updated on every history change (Back, Forward,
/// links), and a navigator that updates it at once.
#[hook]
pub fn use_url_state() -> (UrlState, Navigator) {
    let state = use_state_eq(|| route::parse(&current_hash()));
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listeners = window().map(|w| {
                let on_change = {
                    let state = state.clone();
                    move |_: &web_sys::Event| state.set(route::parse(&current_hash()))
                };
                (EventListener::new(&w, "hashchange", on_change.clone()), EventListener::new(&w, "popstate", on_change))
            });
            move || drop(listeners)
        });
    }
    let navigator = {
        let state = state.clone();
        Navigator(Callback::from(move |hash: String| {
            if push_hash(&hash) {
                state.set(route::parse(&hash));
            } else {
                navigate(&hash);
            }
        }))
    };
    ((*state).clone(), navigator)
}
