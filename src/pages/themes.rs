//! Themes across studies: where the papers speak of the same thing, each
//! paper's contribution side by side with its own words.

use explorer_core::route::Route;
use yew::prelude::*;

use crate::components::data_error;
use crate::data::dataset;

#[component]
pub fn ThemesPage() -> Html {
    let dataset = match dataset() {
        Ok(d) => d,
        Err(e) => return data_error(&e),
    };
    let themes = &dataset.sources.themes.theme;
    html! {
        <>
            <h1>{ "Themes across studies" }</h1>
            <p class="lead">{ "Where the four papers speak of the same thing. Every link between studies is justified by each paper's own words, quoted beside it; the summaries are ours." }</p>
            <nav class="toc" aria-label="Themes">
                <ul>{ for themes.iter().map(|t| html! { <li><a href={Route::Themes.section_hash(&t.id)}>{ &t.title }</a></li> }) }</ul>
            </nav>
            { for themes.iter().map(|theme| {
                let heading = format!("theme-{}", theme.id);
                html! {
                    <section class="theme" id={theme.id.clone()} aria-labelledby={heading.clone()}>
                        <h2 id={heading}>{ &theme.title }</h2>
                        <p>{ &theme.summary }</p>
                        <div class="theme-links">
                            { for theme.link.iter().map(|link| html! {
                                <article class="panel theme-link">
                                    <p class="kicker"><a href={Route::Study(link.study.as_str().into()).to_hash()}>{ &dataset.study(link.study).short_title }</a></p>
                                    <p>{ &link.text }</p>
                                    <blockquote>{ "“" }{ &link.quote }{ "”" }</blockquote>
                                    <p class="provenance">{ "Source: " }{ &link.source }</p>
                                    if !link.records.is_empty() {
                                        <p class="records">
                                            { for link.records.iter().map(|r| html! {
                                                <a class="record" href={Route::for_record(link.study, r).to_hash()}>{ r.split_once(':').map(|(_, id)| id).unwrap_or(r) }</a>
                                            }) }
                                        </p>
                                    }
                                </article>
                            }) }
                        </div>
                    </section>
                }
            }) }
        </>
    }
}
