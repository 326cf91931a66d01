//! The interface language in the app: which language is current, the text of
//! a catalog message in it, and how our own texts and the papers' printed
//! text are rendered.
//!
//! English is linked in. The Chinese bundle (`explorer_core::i18n::ZhBundle`)
//! is loaded by `browser::load_zh` only when Chinese is chosen; until it has
//! arrived the app shows a short bilingual loading line. The current language
//! is a global the root component sets before its children render, so every
//! view reads it with [`t`]; a change of language re-renders the whole tree.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use explorer_core::i18n::{self, Lang, Msg, ViewTable, ZhBundle};
use yew::prelude::*;

thread_local! {
    static RERENDER: RefCell<Option<Callback<bool>>> = const { RefCell::new(None) };
    static ZH_REQUESTED: Cell<bool> = const { Cell::new(false) };
    static ZH_FAILED: Cell<bool> = const { Cell::new(false) };
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
    /// The families' tables installed so far (`install`).
    static INSTALLED: RefCell<Vec<&'static ViewTable>> = const { RefCell::new(Vec::new()) };
    /// Messages asked for whose family's table was not installed, while the
    /// test that renders every view records them (builds with every view
    /// linked; `None`: not recording).
    #[cfg(not(all(feature = "split", target_family = "wasm")))]
    static MISSED: RefCell<Option<Vec<Msg>>> = const { RefCell::new(None) };
    /// The Chinese table once loaded; None: English.
    static TABLE: Cell<Option<&'static [&'static str]>> = const { Cell::new(None) };
    static ZH_TABLE: Cell<Option<&'static [&'static str]>> = const { Cell::new(None) };
    static ZH: RefCell<Option<Rc<ZhBundle>>> = const { RefCell::new(None) };
}

/// The file the Chinese bundle is published under (content-hashed by the
/// build script).
pub const ZH_FILE: &str = env!("SME_ZH_FILE");

/// The current language.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// Makes `lang` current where its table is available (Chinese once loaded);
/// returns whether it is now current.
pub fn set_lang(lang: Lang) -> bool {
    let table = match lang {
        Lang::En => None,
        Lang::Zh => match ZH_TABLE.with(Cell::get) {
            Some(table) => Some(table),
            None => return false,
        },
    };
    CURRENT.with(|c| c.set(lang));
    TABLE.with(|t| t.set(table));
    true
}

/// The root's way to show what has newly arrived (set by `App`): with the
/// view's place looked for again (`true`), or as it is.
pub fn set_rerender(callback: Callback<bool>) {
    RERENDER.with(|r| *r.borrow_mut() = Some(callback));
}

/// Shows what has newly arrived: the root renders again, and the window
/// goes again to the section the URL names, if any (the view may have moved
/// it: a view drawn for the first time, another language).
pub fn rerender() {
    if let Some(callback) = RERENDER.with(|r| r.borrow().clone()) {
        callback.emit(true);
    }
}

/// Shows what has newly arrived without moving the window: the reader has
/// moved since the view was drawn (the rest of a study's sections).
pub fn refresh() {
    if let Some(callback) = RERENDER.with(|r| r.borrow().clone()) {
        callback.emit(false);
    }
}

/// Loads the Chinese bundle, once; the root renders again when it has
/// arrived or failed.
pub fn request_zh() {
    if ZH_REQUESTED.with(|r| r.replace(true)) {
        return;
    }
    crate::browser::load_text(
        ZH_FILE,
        Callback::from(|text: Option<String>| {
            let installed = text.and_then(|t| ZhBundle::decode(&t)).is_some_and(install_zh);
            ZH_FAILED.with(|f| f.set(!installed));
            rerender();
        }),
    );
}

/// Whether loading the Chinese bundle failed (the app then shows English
/// and says so).
pub fn zh_failed() -> bool {
    ZH_FAILED.with(Cell::get)
}

/// Whether the Chinese bundle has been loaded.
pub fn zh_loaded() -> bool {
    ZH_TABLE.with(Cell::get).is_some()
}

/// Installs a decoded Chinese bundle; false where it is not this build's
/// (a stale cache), which is refused rather than mixed in. Its catalog
/// strings are kept for the life of the page (loaded once), hence leaked into
/// a static table.
pub fn install_zh(bundle: ZhBundle) -> bool {
    if bundle.catalog.len() != i18n::MESSAGES {
        return false;
    }
    let table: Vec<&'static str> = bundle.catalog.iter().map(|s| &*Box::leak(s.clone().into_boxed_str())).collect();
    ZH_TABLE.with(|t| t.set(Some(Box::leak(table.into_boxed_slice()))));
    ZH.with(|z| *z.borrow_mut() = Some(Rc::new(bundle)));
    true
}

/// The text of a catalog message in the current language. Not inlined: it
/// is called from hundreds of places, and each inlined copy costs bytes.
#[inline(never)]
pub fn t(msg: Msg) -> &'static str {
    let i = msg as usize;
    match TABLE.with(Cell::get) {
        Some(table) => table.get(i).copied().unwrap_or_default(),
        None if i < i18n::MAIN => i18n::en(i),
        None => match INSTALLED.with(|tables| tables.borrow().iter().find_map(|table| table.get(i))) {
            Some(text) => text,
            None => missed(msg),
        },
    }
}

/// A message of a family's table that was not installed: nothing in the
/// split release (a test renders every view to keep it from happening);
/// with every view linked, its English, noted for that test.
#[cfg(all(feature = "split", target_family = "wasm"))]
fn missed(_: Msg) -> &'static str {
    ""
}

#[cfg(not(all(feature = "split", target_family = "wasm")))]
fn missed(msg: Msg) -> &'static str {
    MISSED.with(|m| m.borrow_mut().as_mut().map(|missed| missed.push(msg)));
    i18n::EN.get(msg as usize).copied().unwrap_or_default()
}

/// Makes a family's table of messages readable (`explorer_core::i18n::HOME`,
/// `LEARN`, …). Each family's view calls it before it renders, so that only
/// that family's part of the code names the table: the release carries its
/// English there, not in every first visit.
pub fn install(table: &'static ViewTable) {
    INSTALLED.with(|tables| {
        let mut tables = tables.borrow_mut();
        if !tables.iter().any(|t| std::ptr::eq(*t, table)) {
            tables.push(table);
        }
    });
}

/// For the test that renders every view: records from now on the messages
/// asked for whose table was not installed, and returns those recorded since
/// the last call; with `uninstall`, forgets the installed tables first.
#[cfg(not(all(feature = "split", target_family = "wasm")))]
pub fn take_missed(uninstall: bool) -> Vec<Msg> {
    if uninstall {
        INSTALLED.with(|tables| tables.borrow_mut().clear());
    }
    MISSED.with(|m| m.borrow_mut().replace(Vec::new())).unwrap_or_default()
}

/// The text of a catalog message with its `{name}` placeholders filled.
#[inline(never)]
pub fn tf(msg: Msg, args: &[(&str, &str)]) -> String {
    i18n::fill(t(msg), args)
}

/// The current table, for core functions that format interface text (empty
/// for English, which the core then reads from its linked-in text).
pub fn table() -> &'static [&'static str] {
    TABLE.with(Cell::get).unwrap_or(&[])
}

/// The glossary file (`i18n/glossary-<hash>.txt`), loaded by its page.
pub const GLOSSARY_FILE: &str = env!("SME_GLOSSARY_FILE");

/// Text the papers print (a code's label, a name, a quotation): never
/// translated, marked English so screen readers switch voice.
#[inline(never)]
pub fn printed(text: impl Into<AttrValue>) -> Html {
    printed_value(text.into())
}

#[inline(never)]
fn printed_value(text: AttrValue) -> Html {
    html! { <span lang="en">{ text }</span> }
}

/// One of our own English texts (a study's question, a summary) in the
/// current language: in Chinese, our Chinese version where there is one (its
/// printed English phrases marked), else the English marked as such.
#[inline(never)]
pub fn ours(english: &str) -> Html {
    if lang() == Lang::En {
        return html! { { english.to_string() } };
    }
    let zh = ZH.with(|z| z.borrow().as_ref().and_then(|b| b.text(english).map(str::to_string)));
    match zh {
        Some(zh) => html! {
            { for i18n::runs(&zh).into_iter().map(|(run, printed)| if printed {
                html! { <span lang="en">{ run.to_string() }</span> }
            } else {
                html! { { run.to_string() } }
            }) }
        },
        None => html! { <span lang="en">{ english.to_string() }</span> },
    }
}

/// Our own text as a plain string (for attributes and titles): the Chinese
/// version without its markers where there is one, else the English.
pub fn ours_plain(english: &str) -> String {
    if lang() == Lang::En {
        return english.to_string();
    }
    ZH.with(|z| z.borrow().as_ref().and_then(|b| b.text(english).map(|s| s.replace(['⟦', '⟧'], ""))))
        .unwrap_or_else(|| english.to_string())
}

/// Our own English text that has no Chinese version yet (firm facts, source
/// notes): shown as it is, marked English.
pub fn english(text: impl Into<AttrValue>) -> Html {
    printed(text)
}

/// A catalog string whose `⟦…⟧` runs are text the papers print (marked
/// English); the rest is interface text.
pub fn marked(text: &str) -> Html {
    html! {
        { for i18n::runs(text).into_iter().map(|(run, printed)| if printed {
            html! { <span lang="en">{ run.to_string() }</span> }
        } else {
            html! { { run.to_string() } }
        }) }
    }
}

/// A catalog string with one placeholder filled by `value` shown as code
/// (an id or path as given, never translated).
pub fn with_code(template: &str, name: &str, value: &str) -> Html {
    let placeholder = format!("{{{name}}}");
    let (before, after) = template.split_once(placeholder.as_str()).unwrap_or((template, ""));
    html! { <>{ before.to_string() }<code lang="en">{ value.to_string() }</code>{ after.to_string() }</> }
}

/// A catalog template with its `{name}` placeholders filled by markup (a
/// link, a printed label), in the order the language puts them.
pub fn fill_html(template: &str, parts: &[(&str, Html)]) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else { break };
        out.push(html! { { rest[..start].to_string() } });
        let name = &after[..end];
        match parts.iter().find(|(key, _)| *key == name) {
            Some((_, part)) => out.push(part.clone()),
            None => out.push(html! { { format!("{{{name}}}") } }),
        }
        rest = &after[end + 1..];
    }
    out.push(html! { { rest.to_string() } });
    html! { <>{ for out.into_iter() }</> }
}

/// A study's short title (ours) in the current language.
pub fn study_name(study: explorer_core::StudyId) -> String {
    match crate::data::index().as_deref().and_then(|index| index.study(study)) {
        Some(record) => ours_plain(&record.short_title),
        None => t(explorer_core::i18n::study_msg(study)).to_string(),
    }
}

/// A catalog message as a text node (children of elements call this rather
/// than `t`: one shared conversion instead of one per call site).
#[inline(never)]
pub fn tx(msg: Msg) -> Html {
    Html::from(t(msg))
}

/// A filled catalog message as a text node (see `tx`).
#[inline(never)]
pub fn txf(msg: Msg, args: &[(&str, &str)]) -> Html {
    Html::from(tf(msg, args))
}

/// A study's short title as a text node.
#[inline(never)]
pub fn study_name_text(study: explorer_core::StudyId) -> Html {
    Html::from(study_name(study))
}
