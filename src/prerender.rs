//! The static first paint, rendered natively at build time (feature `ssr`,
//! never in the wasm): the root's frame around a view, exactly as the app's
//! first render draws it, through Yew's server renderer. `src/bin/prerender`
//! writes one file per route and language (see `explorer_core::shell`).

use explorer_core::route::{self, UrlState};
use yew::prelude::*;

use crate::app::{frame, AppView};

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub state: UrlState,
}

/// The root for one URL state, with no browser behind it.
#[component]
fn Shell(props: &ShellProps) -> Html {
    frame(false, false, html! { <AppView state={props.state.clone()} /> })
}

/// A shell: the view a hash names up to the end of its first long block
/// (`explorer_core::shell::first_block`), saying that the rest is coming,
/// in the current language, and its document title.
pub fn shell(hash: &str) -> (String, String) {
    let (title, html) = render(hash);
    let rest = explorer_core::citation::escape_html(crate::i18n::t(explorer_core::i18n::Msg::Loading));
    (title, explorer_core::shell::first_block(&html, &format!("<p class=\"loading\" role=\"status\">{rest}</p>")))
}

/// The HTML of the view a hash names, in the current language (see
/// `i18n::set_lang`), and its document title.
pub fn render(hash: &str) -> (String, String) {
    let state = route::parse(hash);
    let title = crate::app::title(&state.route);
    let renderer = yew::LocalServerRenderer::<Shell>::with_props(ShellProps { state }).hydratable(false);
    (title, futures_executor::block_on(renderer.render()))
}

#[cfg(test)]
mod tests {
    use explorer_core::i18n::{Lang, Msg, ZhBundle};

    use super::render;
    use crate::i18n;

    /// The text of the first `<h1>`, its tags left out.
    fn heading(html: &str) -> String {
        let start = html.find("<h1").and_then(|i| html[i..].find('>').map(|j| i + j + 1)).expect("an h1");
        let inner = &html[start..start + html[start..].find("</h1>").expect("closed")];
        let mut text = String::new();
        let mut in_tag = false;
        for c in inner.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        text
    }

    #[test]
    fn a_view_renders_natively_with_its_heading_and_the_stand_ins() {
        i18n::set_lang(Lang::En);
        let (title, html) = render("#/trace/a13");
        assert!(title.ends_with(i18n::t(Msg::ProductName)), "{title}");
        assert!(html.contains("<main id=\"main\"") || html.contains(" id=\"main\""), "the main region");
        assert!(heading(&html).starts_with("a13"), "{}", heading(&html));
        assert!(html.contains(explorer_core::shell::BASE_STAND_IN), "the permalink's stand-in");
        assert!(!html.contains("<!--<["), "no hydration markers");
    }

    #[test]
    fn a_view_renders_in_chinese_with_the_bundle() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (translations, _) = explorer_core::load::load_i18n(&root.join("i18n")).expect("the translations");
        assert!(i18n::install_zh(ZhBundle::new(&translations)));
        assert!(i18n::set_lang(Lang::Zh));
        let (title, html) = render("#/firms");
        let firms = i18n::t(Msg::TitleFirms);
        i18n::set_lang(Lang::En);
        assert_ne!(firms, "Firms", "the Chinese catalog is in use");
        assert_eq!(heading(&html), firms);
        assert!(title.starts_with(firms), "{title}");
    }

    #[test]
    fn a_long_views_shell_holds_its_first_block_and_says_the_rest_is_coming() {
        i18n::set_lang(Lang::En);
        let (_, whole) = render("#/study/kunming-sem");
        let (title, cut) = super::shell("#/study/kunming-sem");
        assert_eq!(title, render("#/study/kunming-sem").0);
        let note = format!("<p class=\"loading\" role=\"status\">{}</p>", i18n::t(Msg::Loading));
        let at = cut.find(&note).expect("the note");
        assert_eq!(cut[..at], whole[..at], "the view as the app draws it, up to the note");
        assert!(cut[..at].contains("id=\"structural\""), "the first section is whole");
        for gone in ["id=\"measurement\"", "id=\"sample\""] {
            assert!(whole.contains(gone) && !cut.contains(gone), "{gone} waits for the app");
        }
        assert!(cut[at..].contains("</main><footer class=\"site-footer\""), "the main region closed, the footer kept");
        assert!(cut.len() * 3 < whole.len(), "{} of {} bytes", cut.len(), whole.len());
        // A view with one long block or none is whole.
        assert_eq!(super::shell("#/firm/CF1").1, render("#/firm/CF1").1);
    }

    #[test]
    fn every_block_and_place_of_the_rest_of_a_study_s_sections_is_on_its_page() {
        // What `part::REST` names is an element of the page the app draws
        // (here with every module at once), after its section's heading.
        i18n::set_lang(Lang::En);
        for block in explorer_core::part::REST {
            let (_, html) = render(&format!("#/study/{}", block.study));
            let section = html.find(&format!("id=\"{}\"", block.section)).expect("the section");
            for id in std::iter::once(block.block).chain(block.places.iter().copied()) {
                let at = html.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("#{id} on {}'s page", block.study));
                assert!(at >= section, "#{id} is in or after {}", block.section);
                assert_eq!(html.matches(&format!("id=\"{id}\"")).count(), 1, "#{id} once");
            }
        }
    }

    /// Every view with a static first paint, some of the firms' filters,
    /// wrong links, the comparisons, and Learn's list, tours and exercises.
    fn every_view(dataset: &explorer_core::Dataset) -> Vec<String> {
        let mut hashes: Vec<String> = explorer_core::shell::routes(dataset).iter().map(|r| r.to_hash()).collect();
        hashes.extend(
            [
                "#/firms?study_abroad=yes",
                "#/firms?study=beijing-smes&sort=name",
                "#/firms?q=huawei",
                "#/firm/nowhere",
                "#/trace/zz9",
                "#/trace/IL",
                "#/study/nowhere",
                "#/study/kunming-sem/model",
            ]
            .map(String::from),
        );
        // The comparison, of firms, of codes, and asked for wrongly.
        hashes.extend(
            [
                "#/compare",
                "#/compare?firms=CF7",
                "#/compare?firms=CF7,CF11",
                "#/compare?firms=Haier,Huawei,S1",
                "#/compare?firms=CF1,CF2,CF3,CF4,CF5",
                "#/compare?codes=a13,b16",
                "#/compare?codes=a13,IL6,b16",
                "#/compare?codes=IL,KM,IL6",
                "#/compare?codes=B16,b16",
                "#/compare?firms=CF7&codes=a13",
            ]
            .map(String::from),
        );
        // Learn: the list, every step of every tour, every exercise.
        hashes.push("#/learn".into());
        for tour in explorer_core::learn::tours::TOURS {
            hashes.extend((1..=tour.steps.len()).map(|step| format!("#/learn/tour/{}/{step}", tour.id)));
        }
        for id in explorer_core::learn::exercise::ExerciseId::ALL {
            hashes.extend([format!("#/learn/{}", id.key()), format!("#/learn/{}?seed=7", id.key()), format!("#/learn/{}?seed=3&mode=chains", id.key())]);
        }
        hashes
    }

    /// What `part::data_of` promises: a view rendered with only the data
    /// files it names is the page it is with every file. Every view with a
    /// static first paint, the firms' filters, and Learn's list, tours and
    /// exercises are rendered both ways.
    #[test]
    fn every_view_shows_the_same_page_with_only_its_data_files() {
        use explorer_core::part::{data_of, Files};
        i18n::set_lang(Lang::En);
        crate::data::use_only(Files::ALL);
        let dataset = crate::data::dataset().expect("the dataset");
        let hashes = every_view(&dataset);
        let mut narrowed = 0;
        for hash in &hashes {
            let files = data_of(&explorer_core::route::parse(hash).route);
            if files == Files::ALL {
                continue;
            }
            crate::data::use_only(Files::ALL);
            let (_, whole) = render(hash);
            crate::data::use_only(files);
            let (_, only) = render(hash);
            crate::data::use_only(Files::ALL);
            if whole != only {
                let at = whole.bytes().zip(only.bytes()).take_while(|(a, b)| a == b).count();
                let from = at.saturating_sub(200);
                panic!(
                    "{hash} with only {files:?} differs at byte {at}:\n  all:  {}\n  only: {}",
                    &whole[from..(at + 200).min(whole.len())],
                    &only[from..(at + 200).min(only.len())]
                );
            }
            narrowed += 1;
        }
        assert!(narrowed > 300, "{narrowed} views checked");
    }

    /// Each family's messages are a table of their own (`i18n::HOME`, …),
    /// which only the family's part of the release carries, and which its
    /// view installs before it renders: from no table installed, no view
    /// asks for a message of a table its view did not install (the app
    /// would show nothing there).
    #[test]
    fn every_view_installs_the_table_of_the_messages_it_shows() {
        i18n::set_lang(Lang::En);
        crate::data::use_only(explorer_core::part::Files::ALL);
        let dataset = crate::data::dataset().expect("the dataset");
        let mut hashes = every_view(&dataset);
        hashes.extend(["#/data", "#/themes", "#/glossary", "#/checks", "#/search?q=innovation", "#/search?q=qqqq", "#/nowhere"].map(String::from));
        let mut rendered = 0;
        for hash in &hashes {
            i18n::take_missed(true);
            let (_, html) = render(hash);
            let missed = i18n::take_missed(false);
            assert!(missed.is_empty(), "{hash} shows {missed:?} without installing its table");
            assert!(html.contains("<main"), "{hash} rendered");
            rendered += 1;
        }
        assert!(rendered > 400, "{rendered} views");
        // It can tell: a message of a table not installed is noted.
        i18n::take_missed(true);
        let _ = i18n::t(Msg::HomeTitle);
        assert_eq!(i18n::take_missed(false), vec![Msg::HomeTitle]);
    }
}
