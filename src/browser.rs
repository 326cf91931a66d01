//! The few places the app talks to the browser: the URL hash, the document
//! title, focus, downloads and the clipboard. Every call tolerates a missing
//! window or a refused operation; nothing here panics.

use explorer_core::i18n::Lang;
use explorer_core::route::{self, UrlState};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The browser's window; never one natively (where `prerender` renders the
/// views with no browser, every call here does nothing or answers a default).
pub(crate) fn window() -> Option<web_sys::Window> {
    #[cfg(target_family = "wasm")]
    return web_sys::window();
    #[cfg(not(target_family = "wasm"))]
    None
}

/// The document's root element, `<html>`.
fn root_element() -> Option<web_sys::Element> {
    window()?.document()?.document_element()
}

/// The current hash: the one an in-app navigation has shown but not yet
/// written to the history (see [`defer_push`]), else `location.hash`, else
/// an empty string.
pub fn current_hash() -> String {
    if let Some(hash) = PENDING_PUSHES.with(|p| p.borrow().last().map(|(hash, _)| hash.clone())) {
        return hash;
    }
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Navigates to a hash (a new history entry, so Back works). Inside the app,
/// prefer [`use_navigate`], which also updates the view at once instead of
/// waiting for the browser's `hashchange` event.
pub fn navigate(hash: &str) {
    flush_pushes();
    if let Some(w) = window() {
        let _ = w.location().set_hash(hash);
    }
}

thread_local! {
    /// History entries an in-app navigation has shown and not yet pushed:
    /// hash and scroll key, in order.
    static PENDING_PUSHES: std::cell::RefCell<Vec<(String, u32)>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Whether the browser refused `pushState` (a sandboxed frame): from
    /// then on, navigation sets the hash at once and follows its events.
    static PUSH_REFUSED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Queues a history entry, written once the view it shows has been painted:
/// the view answers a click first, and the browser's `pushState` comes after.
/// `pushState` reaches the browser process and saves the scroll position,
/// which needs an up-to-date layout: called before the view renders it costs
/// about 1 ms (up to 7 ms) on any page; called right after, it would lay the
/// new view out ahead of the frame; after the paint, the layout is done.
/// Everything that reads the URL in between reads the queued hash
/// (`current_hash`); anything that writes it flushes the queue first, so
/// entries keep their order.
fn defer_push(hash: &str, key: u32) {
    let first = PENDING_PUSHES.with(|p| {
        let mut p = p.borrow_mut();
        p.push((hash.to_string(), key));
        p.len() == 1
    });
    let Some(w) = window().filter(|_| first) else { return };
    // After the next frame's paint: a timer set from the frame callback. A
    // frame never comes in a hidden page (or an embed scrolled out of sight),
    // so a plain timer writes the entry in any case; the first one to run
    // does the work.
    let after_paint = wasm_bindgen::closure::Closure::once_into_js(move || {
        let flush = wasm_bindgen::closure::Closure::once_into_js(flush_pushes);
        if let Some(w) = window() {
            let _ = w.set_timeout_with_callback(flush.unchecked_ref());
        }
    });
    let backstop = wasm_bindgen::closure::Closure::once_into_js(flush_pushes);
    let framed = w.request_animation_frame(after_paint.unchecked_ref()).is_ok();
    let timed = w.set_timeout_with_callback_and_timeout_and_arguments_0(backstop.unchecked_ref(), 100).is_ok();
    if !framed && !timed {
        flush_pushes();
    }
}

/// Writes the queued entries; one the browser refuses (a sandboxed frame)
/// becomes a plain hash change, which adds the entry all the same, and no
/// later navigation is queued (see `PUSH_REFUSED`).
fn flush_pushes() {
    let pending = PENDING_PUSHES.with(|p| std::mem::take(&mut *p.borrow_mut()));
    for (hash, key) in pending {
        if !push_hash(&hash, key) {
            PUSH_REFUSED.with(|r| r.set(true));
            if let Some(w) = window() {
                let _ = w.location().set_hash(&hash);
            }
        }
    }
}

/// Pushes a history entry for `hash` (its state: the entry's scroll key)
/// without a `hashchange` event; returns false where the browser refuses (then
/// `flush_pushes` falls back to a plain hash change).
fn push_hash(hash: &str, key: u32) -> bool {
    window()
        .and_then(|w| w.history().ok())
        .is_some_and(|h| h.push_state_with_url(&wasm_bindgen::JsValue::from(key), "", Some(hash)).is_ok())
}

/// Replaces the current history entry's URL with `hash`, keeping its state
/// (no new entry, no `hashchange`).
pub fn replace_hash(hash: &str) {
    flush_pushes();
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(hash));
    }
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

/// A navigator for plain functions (which cannot call hooks): the app's
/// navigator where one is installed (see `App`), else plain navigation.
pub fn use_navigate_plain() -> Callback<String> {
    NAVIGATOR.with(|n| n.borrow().clone()).unwrap_or_else(|| Callback::from(|hash: String| navigate(&hash)))
}

thread_local! {
    static NAVIGATOR: std::cell::RefCell<Option<Callback<String>>> = const { std::cell::RefCell::new(None) };
}

/// Installs the app's navigator for `use_navigate_plain`.
pub fn install_navigator(navigator: &Navigator) {
    NAVIGATOR.with(|n| *n.borrow_mut() = Some(navigator.0.clone()));
}

/// The value of the input or select element behind `field`, or "".
pub fn field_value(field: &NodeRef) -> String {
    if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
        return input.value();
    }
    field.cast::<web_sys::HtmlSelectElement>().map(|s| s.value()).unwrap_or_default()
}

/// The full URL of a hash route, for sharing.
pub fn permalink(hash: &str) -> String {
    #[cfg(not(target_family = "wasm"))]
    return format!("{}{hash}", explorer_core::shell::BASE_STAND_IN);
    #[cfg(target_family = "wasm")]
    {
        window()
            .and_then(|w| w.location().href().ok())
            .map(|href| format!("{}{hash}", href.split('#').next().unwrap_or_default()))
            .unwrap_or_else(|| hash.to_string())
    }
}

/// The document's title.
pub fn title() -> String {
    window().and_then(|w| w.document()).map(|d| d.title()).unwrap_or_default()
}

/// Sets the document's title, only when it changes (a filter change keeps
/// the title; setting it again replaces the `<title>` text all the same).
pub fn set_title(title: &str) {
    if let Some(document) = window().and_then(|w| w.document()) {
        if document.title() != title {
            document.set_title(title);
        }
    }
}

/// Moves focus to the element with `id` without scrolling it into view (used
/// after a route change, so keyboard and screen-reader users land on the new
/// view while the page shows its top).
pub fn focus(id: &str) {
    if let Some(element) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

/// Moves focus to the element with `id`, scrolling it into view as the
/// browser does for keyboard focus (tree items, widgets).
pub fn focus_and_reveal(id: &str) {
    if let Some(element) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Scrolls the element with `id` to the top of the window and focuses it for
/// keyboard users; returns false where there is no such element.
pub fn scroll_into_view(id: &str) -> bool {
    let Some(element) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else {
        return false;
    };
    // A closed group of notes that a link points at opens.
    if element.tag_name().eq_ignore_ascii_case("details") {
        let _ = element.set_attribute("open", "");
    }
    lay_out_now(&element);
    element.scroll_into_view();
    if let Ok(html) = element.dyn_into::<web_sys::HtmlElement>() {
        if !html.has_attribute("tabindex") {
            let _ = html.set_attribute("tabindex", "-1");
        }
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = html.focus_with_options(&options);
    }
    true
}

/// Opens every `<details>` matching `selector` (before printing).
pub fn open_all(selector: &str) {
    let Some(list) = window().and_then(|w| w.document()).and_then(|d| d.query_selector_all(selector).ok()) else { return };
    for i in 0..list.length() {
        if let Some(element) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
            let _ = element.set_attribute("open", "");
        }
    }
}

/// Hides the body rows of the table with id `table` whose text does not
/// contain `query` (case-insensitive); returns (rows shown, rows in all).
pub fn filter_rows(table: &str, query: &str) -> (usize, usize) {
    let needle = explorer_core::text::fold(query.trim());
    let Some(rows) = window().and_then(|w| w.document()).and_then(|d| d.query_selector_all(&format!("#{table} tbody tr")).ok()) else { return (0, 0) };
    let mut shown = 0;
    for i in 0..rows.length() {
        let Some(row) = rows.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
        let text = explorer_core::text::fold(&row.text_content().unwrap_or_default());
        let keep = needle.is_empty() || text.contains(&needle);
        row.set_hidden(!keep);
        shown += usize::from(keep);
    }
    (shown, rows.length() as usize)
}

/// Sets the text of the element with `id`.
pub fn set_text(id: &str, text: &str) {
    if let Some(element) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        element.set_text_content(Some(text));
    }
}

/// The rows of the table in the scroll region after the clicked button's
/// `.table-tools` line, as shown (hidden rows and visually hidden text left
/// out), each a list of cell texts, and how many of them are header rows.
pub fn table_beside(event: &MouseEvent) -> Option<(Vec<Vec<String>>, usize)> {
    let button = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let mut sibling = button.closest(".table-tools").ok()??.next_element_sibling();
    while let Some(element) = &sibling {
        if element.class_list().contains("table-wrap") {
            break;
        }
        sibling = element.next_element_sibling();
    }
    let table = sibling?.query_selector("table").ok()??;
    let rows = table.query_selector_all("tr").ok()?;
    let mut out = Vec::new();
    let mut headers = 0;
    for i in 0..rows.length() {
        let Some(row) = rows.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        // As shown: a row a filter hides is not copied.
        if row.has_attribute("hidden") {
            continue;
        }
        if row.closest("thead").ok().flatten().is_some() {
            headers += 1;
        }
        let cells = row.children();
        let mut texts = Vec::new();
        for j in 0..cells.length() {
            if let Some(cell) = cells.item(j) {
                texts.push(shown_text(&cell));
            }
        }
        out.push(texts);
    }
    Some((out, headers))
}

/// The text of an element as a sighted reader sees it: visually hidden
/// text left out, whitespace collapsed.
fn shown_text(element: &web_sys::Element) -> String {
    fn walk(node: &web_sys::Node, out: &mut String) {
        if let Some(element) = node.dyn_ref::<web_sys::Element>() {
            if element.class_list().contains("visually-hidden") {
                return;
            }
        }
        if node.node_type() == web_sys::Node::TEXT_NODE {
            out.push_str(&node.text_content().unwrap_or_default());
            return;
        }
        let children = node.child_nodes();
        for i in 0..children.length() {
            if let Some(child) = children.item(i) {
                walk(&child, out);
            }
        }
    }
    let mut text = String::new();
    walk(element, &mut text);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the window is wide enough for a table of contents beside the
/// text (the stylesheet's breakpoint for `.with-toc`).
pub fn is_wide() -> bool {
    window().and_then(|w| w.inner_width().ok()).and_then(|v| v.as_f64()).is_some_and(|w| w >= 1000.0)
}

/// Scrolls the window to the vertical position `y`.
pub fn scroll_to_y(y: f64) {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, y);
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

// ---------------------------------------------------------------------------
// History and scroll positions
// ---------------------------------------------------------------------------

/// Where the window should scroll once the next view has rendered.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ScrollTarget {
    /// A new view: its top, or the section its URL names.
    Top,
    /// Back or Forward: the position the reader left this entry at.
    Restore(Position),
}

/// A scroll position: the window's offset, and where the window's top was
/// in the page's long blocks (`.deferred`, see the stylesheet). The browser
/// skips the layout of such a block while it is far from the window and
/// guesses its size until it is first shown, so the same offset can fall on
/// other text once the page is built again (Back to a page the reader had
/// jumped through). The block is the first whose end is below the window's
/// top, by its number on the page, with the window's top measured from the
/// block's top: the blocks above it, guessed or not, do not move it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Position {
    y: f64,
    block: Option<(u32, f64)>,
}

/// The page's long blocks, in document order.
fn deferred_blocks() -> Option<web_sys::NodeList> {
    window()?.document()?.query_selector_all(".deferred").ok()
}

/// The block `index` of [`deferred_blocks`].
fn deferred_block(blocks: &web_sys::NodeList, index: u32) -> Option<web_sys::Element> {
    blocks.item(index)?.dyn_into::<web_sys::Element>().ok()
}

/// Has the browser lay out the `.deferred` block `element` is (or is in)
/// from now on, at its real size, and the blocks just above it, a window's
/// height of them. The block a scroll lands on is laid out before the
/// window moves: while its size is a guess, the browser's scroll anchoring
/// could keep the window on a block below it as it grows, and the reader
/// would land a screen or more too far. The blocks above are near the
/// window once it is there, so the browser lays them out in the next frame:
/// where that grows one, nothing may hold the window (a block just drawn
/// anew has no anchor yet) and the landing moves down by the difference
/// (measured: 325 px on the Kunming page's measurement model, as the rest
/// of its sections arrived).
fn lay_out_now(element: &web_sys::Element) {
    if let Ok(Some(block)) = element.closest(".deferred") {
        let _ = block.set_attribute("data-shown", "");
    }
    let Some(blocks) = deferred_blocks() else { return };
    let height = window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(0.0);
    // The blocks before `element` (not around it), nearest first.
    let before = (0..blocks.length()).rev().filter_map(|i| deferred_block(&blocks, i)).filter(|block| {
        element.compare_document_position(block) & web_sys::Node::DOCUMENT_POSITION_PRECEDING != 0 && !block.contains(Some(element))
    });
    let mut above = 0.0;
    for block in before {
        if above >= height {
            break;
        }
        let _ = block.set_attribute("data-shown", "");
        above += block.get_bounding_client_rect().height();
    }
}

/// Where the window is now (see [`Position`]). Called on scroll events:
/// scrolling changes no layout, so reading the blocks' boxes there seldom
/// makes the browser lay anything out (a dozen boxes at most).
fn current_position() -> Position {
    let y = scroll_y();
    let block = deferred_blocks().and_then(|blocks| {
        (0..blocks.length()).find_map(|i| {
            let rect = deferred_block(&blocks, i)?.get_bounding_client_rect();
            (rect.bottom() > 0.0).then(|| (i, -rect.top()))
        })
    });
    Position { y, block }
}

/// Scrolls the window back to `position`: by its block where the page has
/// it, else to the offset.
pub fn restore_position(position: Position) {
    let by_block = position.block.and_then(|(index, offset)| {
        let element = deferred_block(&deferred_blocks()?, index)?;
        lay_out_now(&element);
        Some(element.get_bounding_client_rect().top() + scroll_y() + offset)
    });
    scroll_to_y(by_block.unwrap_or(position.y).max(0.0));
}

/// Scroll positions by history entry. Each entry the app sees gets a number
/// as its `history.state`; the window's scroll position is recorded under the
/// current entry's number as the reader scrolls, and restored when Back or
/// Forward returns to it.
#[derive(Default)]
struct ScrollBook {
    /// Entry number and position; a short list (one per entry visited), so
    /// a plain vector (no hash map code in the wasm for it).
    positions: Vec<(u32, Position)>,
    current: u32,
    next: u32,
    pending: Option<ScrollTarget>,
}

impl ScrollBook {
    fn record(&mut self, position: Position) {
        let current = self.current;
        match self.positions.iter_mut().find(|(key, _)| *key == current) {
            Some(entry) => entry.1 = position,
            None => self.positions.push((current, position)),
        }
    }

    fn position(&self, key: u32) -> Position {
        self.positions.iter().find(|(k, _)| *k == key).map_or_else(Position::default, |(_, p)| *p)
    }
}

thread_local! {
    static SCROLL_BOOK: std::cell::RefCell<ScrollBook> = std::cell::RefCell::new(ScrollBook::default());
}

fn scroll_y() -> f64 {
    window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0)
}

fn entry_key() -> Option<u32> {
    let state = window()?.history().ok()?.state().ok()?;
    state.as_f64().filter(|k| k.fract() == 0.0 && (0.0..4e9).contains(k)).map(|k| k as u32)
}

/// Takes note of the history entry now showing: a known one (Back, Forward)
/// asks for its scroll position back; a new one (a typed URL, an outside link)
/// gets a number and asks for its top.
fn note_current_entry() {
    let key = entry_key();
    SCROLL_BOOK.with(|book| {
        let mut book = book.borrow_mut();
        match key {
            // The entry already noted, or the one a reload started on: keep
            // numbering new entries after it.
            Some(key) if key == book.current => book.next = book.next.max(key + 1),
            Some(key) => {
                book.current = key;
                book.next = book.next.max(key + 1);
                let position = book.position(key);
                book.pending = Some(ScrollTarget::Restore(position));
            }
            None => {
                let key = book.next;
                book.next += 1;
                book.current = key;
                if let Some(history) = window().and_then(|w| w.history().ok()) {
                    let _ = history.replace_state(&wasm_bindgen::JsValue::from(key), "");
                }
                book.pending = Some(ScrollTarget::Top);
            }
        }
    });
}

/// Pushes a new entry for `hash` (see [`defer_push`]); false with no browser
/// or where the browser refused before (then the caller sets the hash).
fn push_entry(hash: &str) -> bool {
    if window().is_none() || PUSH_REFUSED.with(std::cell::Cell::get) {
        return false;
    }
    // The position being left is already recorded: every scroll event
    // records it. Reading `scrollY` here would make the browser bring its
    // style and layout up to date inside the click (the clicked control's
    // new state), up to 3 ms on the firms page.
    let key = SCROLL_BOOK.with(|book| book.borrow().next);
    defer_push(hash, key);
    SCROLL_BOOK.with(|book| {
        let mut book = book.borrow_mut();
        book.current = key;
        book.next = key + 1;
        book.pending = Some(ScrollTarget::Top);
    });
    true
}

/// The scroll the last navigation asks for, once: the view calls it after
/// rendering a new view. `None` when there is nothing to do.
pub fn take_scroll_target() -> Option<ScrollTarget> {
    SCROLL_BOOK.with(|book| book.borrow_mut().pending.take())
}

/// The parsed URL state, updated on every history change (Back, Forward,
/// links), and a navigator that updates it at once. Also takes over link
/// clicks and scroll restoration for the whole page (see `intercept_links`).
#[hook]
pub fn use_url_state() -> (UrlState, Navigator) {
    let state = use_state_eq(|| {
        note_current_entry();
        route::parse(&current_hash())
    });
    let navigator = {
        let state = state.clone();
        Navigator(Callback::from(move |hash: String| {
            // In-app links keep the reader's display parameters (embed=1).
            let hash = route::carry_params(&hash, &route::parse(&current_hash()));
            if push_entry(&hash) {
                state.set(route::parse(&hash));
            } else {
                navigate(&hash);
            }
        }))
    };
    {
        let state = state.clone();
        let navigator = navigator.clone();
        use_effect_with((), move |_| {
            let listeners = window().map(|w| {
                if let Ok(history) = w.history() {
                    let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
                }
                let on_change = {
                    let state = state.clone();
                    move |_: &web_sys::Event| {
                        // The history moved before a queued entry was written
                        // (Back within a millisecond of a click): the browser's
                        // entry is the truth, the queued one is dropped.
                        PENDING_PUSHES.with(|p| p.borrow_mut().clear());
                        note_current_entry();
                        state.set(route::parse(&current_hash()));
                    }
                };
                let on_scroll = |_: &web_sys::Event| {
                    let position = current_position();
                    SCROLL_BOOK.with(|book| book.borrow_mut().record(position));
                };
                [
                    EventListener::new(&w, "hashchange", on_change.clone()),
                    EventListener::new(&w, "popstate", on_change),
                    EventListener::new(&w, "scroll", on_scroll),
                    // Not passive: a link that opens a route must not also change the hash.
                    EventListener::new_with_options(&w, "click", EventListenerOptions::enable_prevent_default(), move |event| {
                        intercept_links(event, &navigator)
                    }),
                ]
            });
            move || drop(listeners)
        });
    }
    ((*state).clone(), navigator)
}

/// Every click on a link in the page: a route of this app opens through the
/// navigator (a new history entry, the reader's parameters kept, the new view
/// at its top); in an embedded view, a link that leaves the app opens in a
/// new tab, so the course page stays where it is. Clicks a component already
/// handled, modified clicks (new tab, new window) and downloads are left to
/// the browser.
fn intercept_links(event: &web_sys::Event, navigator: &Navigator) {
    let Some(mouse) = event.dyn_ref::<web_sys::MouseEvent>() else { return };
    if mouse.default_prevented() || mouse.button() != 0 || mouse.ctrl_key() || mouse.meta_key() || mouse.shift_key() || mouse.alt_key() {
        return;
    }
    let Some(anchor) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
    else {
        return;
    };
    let href = anchor.get_attribute("href").unwrap_or_default();
    if anchor.has_attribute("download") || !matches!(anchor.get_attribute("target").as_deref(), None | Some("") | Some("_self")) {
        return;
    }
    if route::is_app_link(&href) {
        event.prevent_default();
        navigator.0.emit(href);
    } else if !href.starts_with('#') && route::parse(&current_hash()).embed {
        let _ = anchor.set_attribute("target", "_blank");
        let _ = anchor.set_attribute("rel", "noopener");
    }
}

/// Today's date in the reader's time zone, as YYYY-MM-DD.
pub fn today() -> String {
    let (year, month, day) = today_parts();
    format!("{year:04}-{month:02}-{day:02}")
}

thread_local! {
    /// The listeners waiting for the reader's first move (`on_first_move`).
    static FIRST_MOVE: std::cell::RefCell<Vec<EventListener>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Calls `f` once, at the reader's first scroll, touch, key, pointer press
/// or move, or before the page is printed (at once where the window is
/// already scrolled): code for what the reader has not reached yet comes
/// once they start reading (`views::request_rest`).
pub fn on_first_move(f: impl FnOnce() + 'static) {
    let Some(w) = window() else { return };
    // A reader who scrolled the static first paint has moved already.
    if scroll_y() > 0.0 {
        return f();
    }
    let f = std::rc::Rc::new(std::cell::Cell::new(Some(f)));
    let options = EventListenerOptions { phase: gloo::events::EventListenerPhase::Capture, passive: true };
    let listeners = ["scroll", "wheel", "touchstart", "pointerdown", "pointermove", "keydown", "beforeprint"].map(|event| {
        let f = f.clone();
        EventListener::new_with_options(&w, event, options, move |_| {
            if let Some(f) = f.take() {
                f();
                // Not dropped while one of them runs.
                yew::platform::spawn_local(async { FIRST_MOVE.with(|l| l.borrow_mut().clear()) });
            }
        })
    });
    FIRST_MOVE.with(|l| l.borrow_mut().extend(listeners));
}

/// Calls `f` just before the page is printed; the listener lives as long as
/// the returned value.
pub fn on_before_print(f: impl Fn() + 'static) -> Option<EventListener> {
    window().map(|w| EventListener::new(&w, "beforeprint", move |_| f()))
}

// ---------------------------------------------------------------------------
// Citations and data files: rich copying, timers, today's date, and the
// downloads that the one-file edition carries inside itself.
// ---------------------------------------------------------------------------

/// How a copy ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CopyOutcome {
    Copied,
    /// The browser refused; the message says why, for the reader.
    Refused(explorer_core::i18n::Msg),
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
        done.emit(CopyOutcome::Refused(explorer_core::i18n::Msg::ClipboardUnavailable));
        return;
    }
    let clipboard = navigator.clipboard();
    let report = Callback::from(move |copied: bool| {
        done.emit(if copied { CopyOutcome::Copied } else { CopyOutcome::Refused(explorer_core::i18n::Msg::ClipboardRefused) })
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

/// Today's date in the reader's time zone, as (year, month 1–12, day), for
/// the explorer's own citation.
pub fn today_parts() -> (u32, u32, u32) {
    // No clock natively: `prerender` writes a stand-in, which the start-up
    // script replaces with the reader's date.
    #[cfg(not(target_family = "wasm"))]
    return explorer_core::shell::DATE_STAND_IN;
    #[cfg(target_family = "wasm")]
    {
        let now = js_sys::Date::new_0();
        (now.get_full_year(), now.get_month() + 1, now.get_date())
    }
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

// ---------------------------------------------------------------------------
// Language: the reader's preference, the document's language, and the
// Chinese bundle.
// ---------------------------------------------------------------------------

/// The local-storage key under which the chosen language is remembered.
const LANG_KEY: &str = "sme-explorer-lang";

/// The language to use where the URL names none: the one remembered from an
/// earlier choice, else the browser's preferred languages.
pub fn preferred_lang() -> Lang {
    let Some(w) = window() else { return Lang::En };
    if let Some(lang) = stored(LANG_KEY).as_deref().and_then(Lang::parse) {
        return lang;
    }
    let languages: Vec<String> = w.navigator().languages().iter().filter_map(|v| v.as_string()).collect();
    if languages.is_empty() {
        return Lang::from_preferences(&[w.navigator().language().unwrap_or_default()]);
    }
    Lang::from_preferences(&languages)
}

/// Remembers the reader's choice of language (where storage is allowed).
pub fn remember_lang(lang: Lang) {
    store(LANG_KEY, Some(lang.key()));
}

/// Sets `<html lang>` and points the web manifest at the language's own
/// (its name as an installed app shows it).
pub fn set_document_lang(lang: Lang) {
    let Some(document) = window().and_then(|w| w.document()) else { return };
    if let Some(root) = document.document_element() {
        set_changed(&root, "lang", lang.tag());
    }
    if let Ok(Some(link)) = document.query_selector("link[rel=\"manifest\"]") {
        let href = match lang {
            Lang::En => "manifest.webmanifest",
            Lang::Zh => "manifest.zh.webmanifest",
        };
        set_changed(&link, "href", href);
    }
}

/// Sets an attribute only where its value changes: the root renders on every
/// navigation, and setting a manifest link's `href` again, even to the same
/// value, makes the browser load the manifest and its icon again.
fn set_changed(element: &web_sys::Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        let _ = element.set_attribute(name, value);
    }
}

/// Sets the colour scheme a URL asked for (`data-scheme` on `<html>`, which
/// the stylesheet follows), or leaves it to the reader's preference.
pub fn set_document_scheme(scheme: Option<&str>) {
    let Some(root) = root_element() else { return };
    match scheme {
        Some(scheme) => set_changed(&root, "data-scheme", scheme),
        None if root.has_attribute("data-scheme") => {
            let _ = root.remove_attribute("data-scheme");
        }
        None => {}
    }
}

/// Loads a text file published beside the app (an interface file under
/// `i18n/`): from inside the page in the one-file edition, else from beside
/// the page. Calls `done` with its text, or None where it could not be had.
pub fn load_text(path: &'static str, done: Callback<Option<String>>) {
    if let Some(bytes) = carried_file(path) {
        done.emit(String::from_utf8(bytes).ok());
        return;
    }
    let Some(w) = window() else {
        done.emit(None);
        return;
    };
    // fetch(path).then(r => r.ok ? r.text() : null).then(text), chained by
    // hand: no futures runtime for one request.
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;
    let on_response = Closure::<dyn FnMut(JsValue) -> JsValue>::once(|response: JsValue| {
        match response.dyn_into::<web_sys::Response>() {
            Ok(response) if response.ok() => response.text().map(JsValue::from).unwrap_or(JsValue::NULL),
            _ => JsValue::NULL,
        }
    })
    .into_js_value();
    let failed = done.clone();
    let on_text = Closure::<dyn FnMut(JsValue)>::once(move |text: JsValue| done.emit(text.as_string())).into_js_value();
    let on_error = Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| failed.emit(None)).into_js_value();
    let promise: JsValue = w.fetch_with_str(path).into();
    let then = |target: &JsValue, args: &[&JsValue]| -> Option<JsValue> {
        let f = js_sys::Reflect::get(target, &JsValue::from_str("then")).ok()?.dyn_into::<js_sys::Function>().ok()?;
        match args {
            [ok] => f.call1(target, ok).ok(),
            [ok, err] => f.call2(target, ok, err).ok(),
            _ => None,
        }
    };
    if let Some(chained) = then(&promise, &[&on_response]) {
        let _ = then(&chained, &[&on_text, &on_error]);
    }
}

/// The bytes of a file the one-file edition carries inside itself, if this
/// page carries it.
fn carried_file(path: &str) -> Option<Vec<u8>> {
    let document = window()?.document()?;
    let selector = format!("script[type=\"application/octet-stream\"][data-file=\"{path}\"]");
    let encoded = document.query_selector(&selector).ok().flatten()?.text_content()?;
    let binary = window()?.atob(encoded.trim()).ok()?;
    Some(binary.chars().map(|c| c as u32 as u8).collect())
}

// ---------------------------------------------------------------------------
// The embed protocol (`explorer_core::embed`): an embedded view, framed,
// tells its host its height and the view it shows, and shows a route its
// host asks for. Messages are typed in the core; the app builds and reads
// their JavaScript objects field by field.
// ---------------------------------------------------------------------------

/// Whether this page is framed by another (a course page).
pub fn is_framed() -> bool {
    let Some(w) = window() else { return false };
    match w.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &w),
        _ => false,
    }
}

/// Posts a message to the host page (any origin: the host is whoever
/// embeds us, and the messages carry nothing private), as the plain object
/// its fields make (`explorer_core::embed::Outbound`).
fn post_to_host(message: &dyn explorer_core::embed::Outbound) {
    use explorer_core::embed::Field;
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else { return };
    let object = js_sys::Object::new();
    for (name, value) in message.fields() {
        let value = match value {
            Field::Text(text) => wasm_bindgen::JsValue::from_str(text),
            Field::Number(n) => wasm_bindgen::JsValue::from(n),
        };
        let _ = js_sys::Reflect::set(&object, &wasm_bindgen::JsValue::from_str(name), &value);
    }
    let _ = parent.post_message(&object, "*");
}

thread_local! {
    static LAST_HEIGHT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static WARNED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Reports the height of the content to the host when it has changed: the
/// body's, not the document's (which is never less than the frame, so a host
/// that sizes the frame to it could only grow it).
fn report_height() {
    let Some(body) = window().and_then(|w| w.document()).and_then(|d| d.body()) else { return };
    let (ours, lti) = explorer_core::embed::resize(f64::from(body.scroll_height()));
    if LAST_HEIGHT.with(|h| h.replace(ours.height)) != ours.height {
        post_to_host(&ours);
        post_to_host(&lti);
    }
}

/// Tells the host which view is shown (and its height, which a new view
/// changes).
pub fn report_view(route: &str, title: &str) {
    if is_framed() {
        post_to_host(&explorer_core::embed::view(route, title));
        report_height();
    }
}

/// Reads a host's message into the core's type. Only two string fields are
/// read (with `Reflect`), not through serde-wasm-bindgen's deserializer:
/// measured, that deserializer alone added 15.6 KB gzip to the first visit
/// (and its serializer 1.2 KB, for the outgoing messages: `post_to_host`).
fn inbound(data: &wasm_bindgen::JsValue) -> Option<explorer_core::embed::Inbound> {
    if !data.is_object() {
        return None;
    }
    let field = |name: &str| js_sys::Reflect::get(data, &wasm_bindgen::JsValue::from_str(name)).ok().and_then(|v| v.as_string());
    match (field("type").as_deref(), field("route")) {
        (Some("sme-explorer:navigate"), Some(route)) => Some(explorer_core::embed::Inbound::Navigate { route }),
        _ => None,
    }
}

/// Starts the protocol where the page is framed: watches the document's
/// size, and listens for navigate requests (anything else is ignored with
/// one console warning). The returned listener lives as long as it is kept.
pub fn start_embed_protocol(navigator: Navigator) -> Option<(EventListener, wasm_bindgen::closure::Closure<dyn FnMut()>)> {
    if !is_framed() {
        return None;
    }
    let w = window()?;
    let body = w.document()?.body()?;
    let observed = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(report_height);
    if let Ok(observer) = web_sys::ResizeObserver::new(observed.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    report_height();
    let listener = EventListener::new(&w, "message", move |event| {
        let Some(message) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
        let request = inbound(&message.data());
        match request.as_ref().and_then(explorer_core::embed::navigate_target) {
            Some(hash) => navigator.0.emit(hash),
            None => {
                if !WARNED.with(|w| w.replace(true)) {
                    web_sys::console::warn_1(&"SME Innovation Explorer: ignored a message it does not understand (see the README, Embedding).".into());
                }
            }
        }
    });
    Some((listener, observed))
}

/// Offers `svg` as a PNG download, drawn in the browser at `width` pixels
/// (the SVG is scaled; nothing leaves the page).
pub fn download_png(svg: String, width: u32, file_name: String) {
    use wasm_bindgen::closure::Closure;
    let Some(document) = window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let Ok(image) = web_sys::HtmlImageElement::new() else { return };
    let loaded = {
        let image = image.clone();
        let url = url.clone();
        Closure::<dyn FnMut()>::once(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
            let (w, h) = (image.natural_width().max(1), image.natural_height().max(1));
            let height = (f64::from(h) * f64::from(width) / f64::from(w)).round() as u32;
            let Some(canvas) = document.create_element("canvas").ok().and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok()) else { return };
            canvas.set_width(width);
            canvas.set_height(height);
            let Some(context) = canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok()) else { return };
            let _ = context.draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, f64::from(width), f64::from(height));
            let done = Closure::<dyn FnMut(Option<web_sys::Blob>)>::once(move |blob: Option<web_sys::Blob>| {
                let Some(blob) = blob else { return };
                let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
                if let Some(anchor) = window().and_then(|w| w.document()).and_then(|d| d.create_element("a").ok()).and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
                    anchor.set_href(&url);
                    anchor.set_download(&file_name);
                    anchor.click();
                }
                let _ = web_sys::Url::revoke_object_url(&url);
            });
            let _ = canvas.to_blob(done.into_js_value().unchecked_ref());
        })
    };
    image.set_onload(Some(loaded.into_js_value().unchecked_ref()));
    image.set_src(&url);
}

/// The stored value under a local-storage key, if storage is available and
/// holds one (a private window or a blocked storage reads as nothing).
pub fn stored(key: &str) -> Option<String> {
    window()?.local_storage().ok().flatten()?.get_item(key).ok().flatten()
}

/// Stores (or, with `None`, removes) a local-storage value; false where
/// storage refused it (full, blocked).
pub fn store(key: &str, value: Option<&str>) -> bool {
    let Some(storage) = window().and_then(|w| w.local_storage().ok().flatten()) else { return false };
    match value {
        Some(value) => storage.set_item(key, value).is_ok(),
        None => storage.remove_item(key).is_ok(),
    }
}

/// Opens the browser's print dialogue.
pub fn print_page() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Calls `on_update` when a new version of the site takes control of this
/// page: a new service worker (a new deployment) replaced the one the page
/// started under. The page still runs the old build, whole; the reader is
/// told and can reload. On a first visit the first worker's taking control
/// is no new version, so nothing is watched then.
pub fn on_new_version(on_update: Callback<()>) -> Option<gloo::events::EventListener> {
    let navigator = window()?.navigator();
    let container = js_sys::Reflect::get(&navigator, &wasm_bindgen::JsValue::from_str("serviceWorker")).ok()?;
    let controller = js_sys::Reflect::get(&container, &wasm_bindgen::JsValue::from_str("controller")).ok()?;
    if controller.is_null() || controller.is_undefined() {
        return None;
    }
    let target: web_sys::EventTarget = container.dyn_into().ok()?;
    Some(gloo::events::EventListener::new(&target, "controllerchange", move |_| on_update.emit(())))
}

/// Reloads the page (the new version, once a new service worker controls it).
pub fn reload() {
    flush_pushes();
    if let Some(w) = window() {
        let _ = w.location().reload();
    }
}

/// Marks `<html data-build>` with the build's label where the build was given
/// one (`SME_BUILD_LABEL`: the update test's second build).
pub fn mark_build() {
    if let (Some(label), Some(root)) = (option_env!("SME_BUILD_LABEL"), root_element()) {
        let _ = root.set_attribute("data-build", label);
    }
}

/// Marks `<html data-started>` as the app starts, so that the start-up
/// script no longer shows a static first paint that arrives late.
pub fn mark_started() {
    if let Some(root) = root_element() {
        let _ = root.set_attribute("data-started", "");
    }
}

thread_local! {
    /// Where the reader had scrolled the static first paint to, if anywhere,
    /// as the app started (`note_shell_position`).
    static SHELL_POSITION: std::cell::Cell<Option<Position>> = const { std::cell::Cell::new(None) };
}

/// Notes, as the app starts (before its first render), where the reader
/// has scrolled the static first paint to, if anywhere. The app's long
/// blocks are the shell's, in the same order, so the first render finds the
/// place again by block (`take_shell_position`, `restore_position`).
pub fn note_shell_position() {
    // Only where the shell is the view the app is about to show (its
    // `data-shell` names it): a link followed in the shell opens another.
    let shell = window().and_then(|w| w.document()).and_then(|d| d.query_selector("[data-shell]").ok().flatten());
    let showing = |shown: String| route::parse(&shown).route == route::parse(&current_hash()).route;
    if shell.and_then(|s| s.get_attribute("data-shell")).is_some_and(showing) && scroll_y() > 0.0 {
        SHELL_POSITION.with(|p| p.set(Some(current_position())));
    }
}

/// Where the reader had scrolled the static first paint to as the app
/// started, once: the first render returns them there, not to the top.
pub fn take_shell_position() -> Option<Position> {
    SHELL_POSITION.with(std::cell::Cell::take)
}

/// Removes the static first paint (`[data-shell]`, see `core::shell`) once
/// the app has rendered the view in its place.
pub fn remove_shell() {
    let Some(document) = window().and_then(|w| w.document()) else { return };
    if let Ok(shells) = document.query_selector_all("[data-shell]") {
        for i in 0..shells.length() {
            if let Some(node) = shells.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
}
