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

// ---------------------------------------------------------------------------
// Citations and data files: rich copying, timers, today's date, and the
// downloads that the one-file edition carries inside itself.
// ---------------------------------------------------------------------------

/// How a copy ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CopyOutcome {
    Copied,
    /// The browser refused; the text says why, for the reader.
    Refused(String),
}

/// Copies `text` to the clipboard, with `html` beside it where given (so
/// italics survive pasting into a word processor), and reports the outcome
/// to `done` once the browser has answered. Uses `navigator.clipboard.write`
/// with a `ClipboardItem` holding `text/html` and `text/plain`, falls back to
/// `writeText` where that is missing or refused, and reports a refusal
/// rather than failing.
pub fn copy_rich(text: String, html: Option<String>, done: Callback<CopyOutcome>) {
    let Some(navigator) = window().map(|w| w.navigator()) else { return };
    // `navigator.clipboard` is missing outside secure contexts; calling it
    // then would throw inside the app.
    let available = js_sys::Reflect::get(&navigator, &wasm_bindgen::JsValue::from_str("clipboard")).is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !available {
        done.emit(CopyOutcome::Refused("this page may not use the clipboard here".into()));
        return;
    }
    let clipboard = navigator.clipboard();
    let report = Callback::from(move |copied: bool| {
        done.emit(if copied { CopyOutcome::Copied } else { CopyOutcome::Refused("the browser refused to copy".into()) })
    });
    match html.and_then(|html| rich_write(&clipboard, &text, &html)) {
        // Where rich copying is refused, plain text may still be allowed.
        Some(rich) => settle(
            &rich,
            Callback::from(move |copied: bool| if copied { report.emit(true) } else { settle(&clipboard.write_text(&text), report.clone()) }),
        ),
        None => settle(&clipboard.write_text(&text), report),
    }
}

/// Calls `done` with true when `promise` resolves and false when it rejects.
/// Each closure is handed to JavaScript, which frees it after its one call.
fn settle(promise: &js_sys::Promise, done: Callback<bool>) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;
    let resolved = {
        let done = done.clone();
        Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| done.emit(true)).into_js_value()
    };
    let rejected = Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| done.emit(false)).into_js_value();
    if let Some(then) = js_sys::Reflect::get(promise, &JsValue::from_str("then")).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
        let _ = then.call2(promise, &resolved, &rejected);
    }
}

/// `clipboard.write([new ClipboardItem({text/html, text/plain})])`, or None
/// where the browser lacks `ClipboardItem` or `write`.
fn rich_write(clipboard: &web_sys::Clipboard, text: &str, html: &str) -> Option<js_sys::Promise> {
    use wasm_bindgen::JsValue;
    let constructor = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("ClipboardItem")).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let parts = js_sys::Object::new();
    for (mime, contents) in [("text/html", html), ("text/plain", text)] {
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&JsValue::from_str(contents)), &options).ok()?;
        js_sys::Reflect::set(&parts, &JsValue::from_str(mime), &blob).ok()?;
    }
    let item = js_sys::Reflect::construct(&constructor, &js_sys::Array::of1(&parts)).ok()?;
    let write = js_sys::Reflect::get(clipboard, &JsValue::from_str("write")).ok()?.dyn_into::<js_sys::Function>().ok()?;
    write.call1(clipboard, &js_sys::Array::of1(&item)).ok()?.dyn_into::<js_sys::Promise>().ok()
}

/// Today's date in the reader's time zone, as (year, month 1–12, day).
pub fn today() -> (u32, u32, u32) {
    let now = js_sys::Date::new_0();
    (now.get_full_year(), now.get_month() + 1, now.get_date())
}

/// The marker `tools/site` writes into the one-file edition's `<head>`.
pub const ONE_FILE_MARKER: &str = "meta[name=\"sme-explorer-edition\"][content=\"one-file\"]";

/// True in the one-file edition (`standalone.html`), where files beside the
/// page cannot be fetched and downloads come from inside the page.
pub fn is_one_file_edition() -> bool {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(ONE_FILE_MARKER).ok().flatten())
        .is_some()
}

/// The media type of a published file, by its extension.
fn media_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("json") => "application/json",
        Some("csv") => "text/csv;charset=utf-8",
        Some("md") => "text/markdown;charset=utf-8",
        _ => "application/xml",
    }
}

/// Offers a file that the one-file edition carries inside itself (a
/// `<script type="application/octet-stream" data-file="…">` holding its
/// bytes in base64) as a download, byte for byte as the hosted site serves
/// it, through a `data:` URL. Returns false where the page carries no such
/// file.
pub fn download_embedded(path: &str) -> bool {
    let Some(document) = window().and_then(|w| w.document()) else { return false };
    let selector = format!("script[type=\"application/octet-stream\"][data-file=\"{path}\"]");
    let Some(encoded) = document.query_selector(&selector).ok().flatten().and_then(|e| e.text_content()) else { return false };
    let Some(anchor) = document.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) else { return false };
    anchor.set_href(&format!("data:{};base64,{}", media_type(path), encoded.trim()));
    anchor.set_download(path.rsplit('/').next().unwrap_or(path));
    anchor.click();
    true
}

/// In the one-file edition, turns a click on a download link (`<a download
/// href="data/codes.csv">`) into a download of the file the page carries,
/// since the link itself cannot be followed from `file://`. Elsewhere, and
/// for files the page does not carry, the link works as usual.
pub fn download_embedded_on_click(event: &MouseEvent) {
    if !is_one_file_edition() {
        return;
    }
    let anchor = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[download]").ok().flatten());
    if let Some(path) = anchor.and_then(|a| a.get_attribute("href")) {
        if download_embedded(&path) {
            event.prevent_default();
        }
    }
}
