//! Component tests in headless Chromium (wasm-bindgen-test): the shell, the
//! not-found view, the trace contract and the tree's keyboard behaviour, and
//! the firm list contract. Each test renders `AppView` for a URL state into
//! a fresh element and queries the DOM by role and accessible name.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use explorer_core::route::parse;
use sme_explorer::app::{AppView, AppViewProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Renders the app for `hash` into a new element and waits for it to settle.
async fn render(hash: &str) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("div");
    document.body().expect("body").append_child(&root).expect("append");
    yew::Renderer::<AppView>::with_root_and_props(root.clone(), AppViewProps { state: parse(hash), version: 0, refreshed: 0 }).render();
    settle().await;
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).expect("selector").unwrap_or_else(|| panic!("no {selector}"))
}

fn text(e: &Element) -> String {
    e.text_content().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
}

fn press(target: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    target.dispatch_event(&event).expect("dispatch");
}

fn focused_text() -> String {
    gloo::utils::document().active_element().map(|e| text(&e)).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn shell_has_brand_navigation_and_main() {
    let root = render("#/").await;
    assert!(text(&one(&root, ".brand")).contains("SME Innovation Explorer"));
    let nav = one(&root, "nav[aria-label='Main']");
    let links: Vec<String> = all(&nav, "a").iter().map(text).collect();
    assert_eq!(links, ["Home", "Small giants", "Haier & Huawei", "Kunming survey", "Beijing SMEs", "Themes", "Trace", "Firms", "Learn", "Checks", "Glossary", "Data & sources"]);
    assert_eq!(all(&nav, "a[aria-current='page']").iter().map(text).collect::<Vec<_>>(), ["Home"]);
    assert!(root.query_selector("main#main").expect("q").is_some());
    assert!(text(&one(&root, "h1")).contains("Innovation in Chinese"));
}

#[wasm_bindgen_test]
async fn unknown_routes_show_not_found_with_a_way_home() {
    let root = render("#/no/such/view").await;
    assert_eq!(text(&one(&root, "main h1")), "Not found");
    assert!(all(&root, "main a").iter().any(|a| a.get_attribute("href").as_deref() == Some("#/") && text(a) == "Home"));
}

#[wasm_bindgen_test]
async fn embed_mode_drops_the_chrome() {
    let root = render("#/trace/b3?embed=1").await;
    assert!(root.query_selector("nav").expect("q").is_none());
    assert!(all(&root, "a").iter().any(|a| text(a) == "Open in full explorer"));
}

#[wasm_bindgen_test]
async fn trace_chains_follow_the_contract() {
    let root = render("#/trace/a13").await;
    let chains = all(&root, "ol[aria-label^='Trace']");
    assert_eq!(chains.len(), 2, "a13 has two chains");
    let first: Vec<String> = all(&chains[0], ":scope > li").iter().map(text).collect();
    let starts: Vec<&str> = first.iter().map(|t| t.split(' ').next().unwrap_or_default()).collect();
    assert_eq!(starts, ["a13", "b1", "A1", "S1", "C1"]);
    let second: Vec<String> = all(&chains[1], ":scope > li").iter().map(|li| text(li).split(' ').next().unwrap_or_default().to_string()).collect();
    assert_eq!(second, ["a13", "b16", "A6", "S3", "C2"]);
    assert!(text(&root).contains("listed under more than one parent"));
}

#[wasm_bindgen_test]
async fn unknown_codes_get_a_message_and_suggestions() {
    let root = render("#/trace/zz9").await;
    assert!(text(&one(&root, "main h1")).starts_with("No code “zz9” in these studies"));
    assert!(!all(&root, "ul[aria-label='Suggested codes'] a").is_empty());
}

/// Presses `key` on the focused element, waits for the render, and returns
/// the text of the element focused then.
async fn press_focused(key: &str) -> String {
    let active = gloo::utils::document().active_element().expect("an element has focus");
    press(&active, key);
    settle().await;
    focused_text()
}

#[wasm_bindgen_test]
async fn tree_moves_and_expands_with_the_keyboard() {
    let root = render("#/trace").await;
    let tree = one(&root, "[role='tree']");
    let expanded = || one(&tree, "[role='treeitem']").get_attribute("aria-expanded");
    one(&tree, "[role='treeitem']").dyn_ref::<HtmlElement>().expect("html").focus().expect("focus");
    assert!(focused_text().starts_with("C1 Innovation team"));
    assert_eq!(expanded().as_deref(), Some("false"));

    // Data-driven: each key and the treeitem that should have focus after it.
    let steps = [
        ("ArrowRight", "C1 Innovation team"), // expands C1, focus stays
        ("ArrowRight", "S1 Innovative team"), // moves into the children
        ("ArrowDown", "S2 Entrepreneurship"),
        ("ArrowLeft", "C1 Innovation team"), // S2 is closed: up to its parent
        ("End", "C3 Innovation base"),
        ("Home", "C1 Innovation team"),
    ];
    for (key, expected) in steps {
        let focused = press_focused(key).await;
        assert!(focused.starts_with(expected), "after {key}: {focused}");
    }
    assert_eq!(expanded().as_deref(), Some("true"));
    press_focused("ArrowLeft").await;
    assert_eq!(expanded().as_deref(), Some("false"), "Left on an open node closes it");
    // Only one treeitem is in the tab order.
    assert_eq!(all(&tree, "[role='treeitem'][tabindex='0']").len(), 1);
}

#[wasm_bindgen_test]
async fn firm_list_follows_the_contract() {
    let root = render("#/firms?ceo_international=yes&foreign_origin=yes").await;
    // Every firm has an item while the catalogue fits on one page; the ones
    // the filter leaves out are hidden.
    let items: Vec<String> = all(&root, "ul[aria-label='Matching firms'] > li:not([hidden])").iter().map(text).collect();
    let ids: Vec<&str> = items.iter().map(|t| t.split(' ').next().unwrap_or_default()).collect();
    assert_eq!(ids, ["CF11", "CF15"]);
    let status = one(&root, "[role='status'][aria-live='polite']");
    assert_eq!(text(&status), "2 firms");
}

#[wasm_bindgen_test]
async fn bad_firm_parameters_are_shown_and_ignored() {
    let root = render("#/firms?study_abroad=maybe&colour=red").await;
    assert!(text(&one(&root, ".url-warnings")).contains("colour"));
    assert_eq!(text(&one(&root, "[role='status'][aria-live='polite']")), "26 firms");
}

#[wasm_bindgen_test]
async fn crash_page_names_the_route_and_offers_a_reload() {
    let document = gloo::utils::document();
    let container = document.create_element("div").expect("div");
    document.body().expect("body").append_child(&container).expect("append");
    let _ = gloo::utils::window().location().set_hash("#/trace/%3Cb%3Ezz");
    sme_explorer::panic_hook::render_crash_page(&container);
    let alert = one(&container, "[role='alert']");
    assert_eq!(text(&one(&alert, "h1")), "Something went wrong");
    assert!(text(&alert).contains("#/trace/%3Cb%3Ezz"), "{}", text(&alert));
    assert!(container.query_selector("b").expect("q").is_none(), "the route is text, not HTML");
    let reload = one(&alert, "a");
    assert_eq!(text(&reload), "Reload the explorer");
    let href = reload.get_attribute("href").unwrap_or_default();
    assert!(!href.is_empty() && !href.contains('#'), "reloads the page itself: {href}");
    let _ = gloo::utils::window().location().set_hash("");
}

#[wasm_bindgen_test]
async fn cite_panel_shows_printed_parts_with_italics_and_copy_buttons_per_format() {
    let root = render("#/trace/b3").await;
    // Closed, the panel is only its summary: its content is built on opening.
    let cite = all(&root, ".share-cite details").into_iter().find(|d| text(&one(d, "summary")) == "Cite this view").expect("the Cite panel");
    assert_eq!(all(&cite, ":scope > *").len(), 1, "closed: the summary alone");
    assert!(all(&root, ".share-cite .citation").is_empty());
    one(&cite, "summary").dyn_into::<HtmlElement>().expect("summary").click();
    settle().await;
    assert!(cite.has_attribute("open"));
    let citations = all(&root, ".share-cite .citation");
    assert_eq!(citations.len(), 1, "one paper for a code");
    let citation = text(&citations[0]);
    assert!(citation.starts_with("Zhang, L., Chen, P., & Lv, X. (2023)."), "{citation}");
    assert!(!citation.to_lowercase().contains("not printed") && !citation.contains('['), "{citation}");
    assert!(text(&one(&citations[0], "i")).starts_with("Sustainable Innovation Model"), "the stand-alone title is italic");
    let gaps = text(&one(&root, ".share-cite .citation-gaps"));
    assert!(gaps.contains("no journal"), "the gap is stated beside: {gaps}");
    let group = one(&root, "[role='group'][aria-label='Copy the citation of Small giants']");
    let labels: Vec<String> = all(&group, "button").iter().map(text).collect();
    assert_eq!(labels, ["Copy APA", "Copy RIS", "Copy BibTeX"]);
    assert!(all(&root, ".share-cite .copied").iter().all(|m| text(m).is_empty()), "no message before a click");
    let own = text(&one(&root, ".share-cite .citation-self"));
    assert!(own.starts_with(&format!("SME Innovation Explorer (Version {}) [Web application].", env!("CARGO_PKG_VERSION"))), "{own}");
    assert!(own.ends_with("#/trace/b3"), "{own}");
}

#[wasm_bindgen_test]
async fn data_page_names_where_each_paper_is_found_not_a_file_path() {
    let root = render("#/data").await;
    let main_text = text(&one(&root, "main"));
    assert!(!main_text.contains("shared/seeds"), "no path to our source texts");
    let doi = all(&root, "article a[href^='https://doi.org/']");
    assert!(doi.iter().any(|a| text(a) == "DOI 10.22158/ibes.v5n2p1"));
    let kunming = one(&root, "article[aria-labelledby='paper-kunming-sem'] .provenance");
    assert!(text(&kunming).contains("not printed"), "{}", text(&kunming));
    assert!(main_text.contains("CC BY 4.0") && main_text.contains("MIT"));
}

/// Renders `hash` in Chinese: the Chinese catalog installed as the app
/// installs a loaded bundle, then English restored for the other tests.
async fn render_in_chinese(hash: &str) -> Element {
    use explorer_core::i18n::{Lang, ZhBundle, ZH};
    let bundle = ZhBundle { catalog: ZH.iter().map(|s| s.to_string()).collect(), texts: Vec::new() };
    assert!(sme_explorer::i18n::install_zh(bundle), "a bundle of this build is accepted");
    assert!(sme_explorer::i18n::set_lang(Lang::Zh));
    let root = render(hash).await;
    root
}

#[wasm_bindgen_test]
async fn chinese_interface_keeps_the_contracts_and_the_printed_labels() {
    let root = render_in_chinese("#/firms?personal_connections=yes").await;
    assert_eq!(text(&one(&root, "main h1")), "企业");
    let status = text(&one(&root, "main .results [role='status']"));
    assert!(status.ends_with("家企业"), "{status}");
    assert!(one(&root, "ul[aria-label='匹配的企业']").children().length() > 0, "the results list named in Chinese");
    assert!(one(&root, "nav[aria-label='主导航']").text_content().unwrap_or_default().contains("编码追溯"));
    // The switcher names both languages and offers English.
    let switch = one(&root, "a.lang-switch");
    assert_eq!(text(&switch), "English");
    let name = switch.get_attribute("aria-label").unwrap_or_default();
    assert!(name.contains("语言") && name.contains("Language"), "{name}");
    assert!(switch.get_attribute("href").unwrap_or_default().contains("lang=en"));
    // Table 1's printed label is unchanged and marked English.
    let printed = text(&one(&root, ".facet-printed [lang='en']"));
    assert_eq!(printed, "Personal connections favoring international linkages");
    drop(root);
    let trace = render("#/trace/a13").await;
    let chains = all(&trace, "ol.chain");
    assert_eq!(chains.len(), 2);
    for chain in &chains {
        assert!(chain.get_attribute("aria-label").unwrap_or_default().starts_with("追溯 a13"));
    }
    assert!(text(&one(&trace, "main h1")).contains("Industry experts"));
    assert!(sme_explorer::i18n::set_lang(explorer_core::i18n::Lang::En));
    let english = render("#/firms").await;
    assert_eq!(text(&one(&english, "main h1")), "Firms", "English again");
}

/// The answer the core judges right for each question of an exercise (found
/// by trying each choice, so nothing is typed in here).
#[wasm_bindgen_test]
async fn an_exercise_checks_answers_into_a_polite_status() {
    use explorer_core::learn::exercise::{generate, judge, Answer, ExerciseId, ExerciseQuery};
    let root = render("#/learn/place-concept?seed=3").await;
    let sets = all(&root, "main form.questions > fieldset");
    assert_eq!(sets.len(), 1, "one level at a time");
    assert!(text(&one(&sets[0], "legend")).starts_with("Core theme of a"));
    // Choose the first option and check: the status states the score the
    // core gives that choice.
    let first: HtmlElement = one(&sets[0], "input[type=radio]").dyn_into().expect("radio");
    first.click();
    settle().await;
    let check: HtmlElement = all(&root, "button").into_iter().find(|b| text(b) == "Check answers").expect("Check answers").dyn_into().expect("button");
    check.click();
    settle().await;
    let dataset = sme_explorer::data::dataset().expect("dataset");
    let exercise = generate(&dataset, ExerciseId::PlaceConcept, ExerciseQuery { seed: 3, chains: false });
    let right = judge(&dataset, &exercise, &[Answer::Choice(0)])[0];
    let status = one(&root, "[role=status].score");
    assert_eq!(status.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(text(&status), format!("{} of 1 correct", usize::from(right)));
    assert_eq!(all(&root, "main form.questions > fieldset").len(), 2, "the next level appears");
}

#[wasm_bindgen_test]
async fn a_tour_step_has_its_place_and_its_links() {
    let steps = explorer_core::learn::tours::tour("small-giants").expect("tour").steps.len();
    let root = render("#/learn/tour/small-giants/1").await;
    assert!(text(&one(&root, "main")).contains(&format!("Step 1 of {steps}")));
    let links: Vec<String> = all(&root, "nav.tour-nav a").iter().map(text).collect();
    assert_eq!(links, vec!["Next"]);
    let root = render(&format!("#/learn/tour/small-giants/{steps}")).await;
    let links: Vec<String> = all(&root, "nav.tour-nav a").iter().map(text).collect();
    assert_eq!(links, vec!["Previous"]);
}
