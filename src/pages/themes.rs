//! Themes across studies: where the papers speak of the same thing, each
//! paper's contribution side by side with its own words. Where a paper's
//! words point the other way, the theme shows its supporting and its
//! contrasting evidence under two headings.

use explorer_core::model::{Evidence, Theme, ThemeLink};
use explorer_core::route::Route;
use explorer_core::{Dataset, StudyId};
use yew::prelude::*;

use crate::components::data_error;
use crate::data::dataset;
use crate::i18n::{english, ours, ours_plain, t};
use explorer_core::i18n::Msg;

/// Themes across studies (a plain function: it keeps no state).
pub fn themes_page() -> Html {
    let dataset = match dataset() {
        Ok(d) => d,
        Err(e) => return data_error(&e),
    };
    let themes = &dataset.sources.themes.theme;
    html! {
        <>
            <h1>{ crate::i18n::tx(Msg::TitleThemes) }</h1>
            <p class="lead">{ crate::i18n::tx(Msg::ThemesLead) }</p>
            { matrix(&dataset) }
            { for themes.iter().map(|theme| theme_section(&dataset, theme)) }
        </>
    }
}

/// One theme. Its links are shown in one grid, or, where any of them is
/// contrasting evidence, in two groups headed by their kind.
fn theme_section(dataset: &Dataset, theme: &Theme) -> Html {
    let heading = format!("theme-{}", theme.id);
    let has_contrast = theme.link.iter().any(|l| l.evidence == Evidence::Contrasts);
    html! {
        <section class="theme deferred" id={theme.id.clone()} aria-labelledby={heading.clone()}>
            <h2 id={heading}>{ ours(&theme.title) }</h2>
            <p>{ ours(&theme.summary) }</p>
            <details class="theme-evidence" open=true>
                <summary>{ crate::i18n::txf(Msg::EvidenceToggle, &[("n", &theme.link.len().to_string())]) }</summary>
                if has_contrast {
                    { for Evidence::ALL.into_iter().map(|kind| evidence_group(dataset, theme, kind)) }
                } else {
                    <div class="theme-links">{ for theme.link.iter().map(|link| link_card(dataset, link)) }</div>
                }
            </details>
        </section>
    }
}

/// The links of one kind under their heading, or nothing if there are none.
fn evidence_group(dataset: &Dataset, theme: &Theme, kind: Evidence) -> Html {
    let links: Vec<&ThemeLink> = theme.link.iter().filter(|l| l.evidence == kind).collect();
    if links.is_empty() {
        return html! {};
    }
    let (heading, explanation) = match kind {
        Evidence::Supports => (t(Msg::EvidenceSupports), t(Msg::EvidenceSupportsHint)),
        Evidence::Contrasts => (t(Msg::EvidenceContrasts), t(Msg::EvidenceContrastsHint)),
    };
    html! {
        <div class={classes!("evidence-group", kind.key())}>
            <h3>{ heading }</h3>
            <p class="hint">{ explanation }</p>
            <div class="theme-links">{ for links.into_iter().map(|link| link_card(dataset, link)) }</div>
        </div>
    }
}

/// One paper's contribution: what it says, its words, and the records it
/// concerns, each a link named as a reader knows it.
fn link_card(dataset: &Dataset, link: &ThemeLink) -> Html {
    html! {
        <article class={classes!("panel", "theme-link", link.evidence.key())}>
            <p class="kicker"><a href={Route::Study(link.study.as_str().into()).to_hash()}>{ crate::i18n::study_name_text(link.study) }</a></p>
            <p>{ ours(&link.text) }</p>
            <blockquote lang="en">{ "“" }{ &link.quote }{ "”" }</blockquote>
            <p class="provenance">{ crate::i18n::tx(Msg::SourceLabel) }{ english(link.source.clone()) }</p>
            if !link.records.is_empty() {
                <p class="records">
                    { for link.records.iter().map(|r| html! {
                        <a class="record" href={dataset.record_link(link.study, r)} lang="en">{ dataset.record_name(link.study, r) }</a>
                    }) }
                </p>
            }
        </article>
    }
}

/// Themes × studies at a glance: how many links each study gives each theme
/// (and how many of them contrast), each count a link to the evidence.
fn matrix(dataset: &Dataset) -> Html {
    let themes = &dataset.sources.themes.theme;
    let count = |n: usize| if n == 1 { t(Msg::OneLink).to_string() } else { crate::i18n::tf(Msg::LinksCount, &[("n", &n.to_string())]) };
    html! {
        <nav aria-label={t(Msg::NavThemes)}>
        { crate::components::table_region(t(Msg::ThemesMatrixRegion), false, html! {
            <table class="themes-matrix">
                <caption id="themes-matrix-caption">{ crate::i18n::tx(Msg::ThemesMatrixCaption) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ crate::i18n::tx(Msg::Theme) }</th>
                        { for StudyId::ALL.into_iter().map(|s| html! { <th scope="col">{ crate::i18n::study_name_text(s) }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for themes.iter().map(|theme| {
                        let href = Route::Themes.section_hash(&theme.id);
                        html! {
                            <tr>
                                <th scope="row"><a href={href.clone()}>{ ours_plain(&theme.title) }</a></th>
                                { for StudyId::ALL.into_iter().map(|s| {
                                    let links: Vec<&ThemeLink> = theme.link.iter().filter(|l| l.study == s).collect();
                                    let contrasts = links.iter().filter(|l| l.evidence == Evidence::Contrasts).count();
                                    if links.is_empty() {
                                        html! { <td class="none">{ crate::i18n::tx(Msg::NoLink) }</td> }
                                    } else {
                                        html! {
                                            <td class="some">
                                                <a href={href.clone()}>{ count(links.len()) }</a>
                                                if contrasts > 0 { <span class="contrast">{ crate::i18n::txf(Msg::ContrastingCount, &[("n", &contrasts.to_string())]) }</span> }
                                            </td>
                                        }
                                    }
                                }) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        }) }
        </nav>
    }
}
