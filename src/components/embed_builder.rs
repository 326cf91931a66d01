//! The embed builder in "Share / Embed": the height (fitting its content
//! with the host script `embed.js`, or fixed pixels), the colour scheme
//! (the reader's, light or dark) and whether the site's header shows; the
//! snippet follows the choices, and a preview shows the result on demand.

use explorer_core::i18n::Msg;
use yew::prelude::*;

use crate::browser;
use crate::components::share::CopyButton;
use crate::i18n::{t, tx};

#[derive(Properties, PartialEq)]
pub struct EmbedBuilderProps {
    /// The hash of the view (with its language where it carries one).
    pub hash: AttrValue,
    /// The iframe's title.
    pub title: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
struct Options {
    auto: bool,
    pixels: u32,
    /// 0: the reader's; 1: light; 2: dark.
    scheme: u8,
    chrome: bool,
    preview: bool,
}

/// The embedded view's URL and the snippet for the options.
fn snippet(hash: &str, title: &str, o: Options) -> (String, String) {
    let mut params = Vec::new();
    if !o.chrome {
        params.push("embed=1");
    }
    match o.scheme {
        1 => params.push("scheme=light"),
        2 => params.push("scheme=dark"),
        _ => {}
    }
    let sep = if hash.contains('?') { '&' } else { '?' };
    let view = if params.is_empty() { hash.to_string() } else { format!("{hash}{sep}{}", params.join("&")) };
    let url = browser::permalink(&view);
    let height = if o.auto { 600 } else { o.pixels.clamp(120, 5000) };
    let title = explorer_core::citation::escape_html(title);
    let mut code = format!("<iframe src=\"{url}\" title=\"{title}\" width=\"100%\" height=\"{height}\" style=\"border:1px solid #ccc\" loading=\"lazy\"></iframe>");
    if o.auto {
        let base = browser::permalink("#").trim_end_matches('#').to_string();
        code.push_str(&format!("\n<script src=\"{base}embed.js\"></script>"));
    }
    (url, code)
}

#[component]
pub fn EmbedBuilder(props: &EmbedBuilderProps) -> Html {
    let options = use_state(|| Options { auto: true, pixels: 600, scheme: 0, chrome: false, preview: false });
    let o = *options;
    let (url, code) = snippet(&props.hash, &props.title, o);
    let set = |f: fn(&mut Options, u32), value: u32| {
        let options = options.clone();
        Callback::from(move |_: Event| {
            let mut next = *options;
            f(&mut next, value);
            options.set(next);
        })
    };
    let radio = |name: &'static str, id: &'static str, checked: bool, label: Msg, onchange: Callback<Event>| html! {
        <span class="radio">
            <input type="radio" name={name} id={id} {checked} {onchange} />
            <label for={id}>{ tx(label) }</label>
        </span>
    };
    let on_pixels = {
        let options = options.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = *options;
            next.pixels = input.value().trim().parse().unwrap_or(600);
            options.set(next);
        })
    };
    html! {
        <div class="embed-builder">
            <fieldset>
                <legend>{ tx(Msg::EmbedHeight) }</legend>
                { radio("embed-height", "embed-auto", o.auto, Msg::EmbedAuto, set(|o, v| o.auto = v == 1, 1)) }
                { radio("embed-height", "embed-fixed", !o.auto, Msg::EmbedFixed, set(|o, v| o.auto = v == 1, 0)) }
                if !o.auto {
                    <label for="embed-pixels">{ tx(Msg::EmbedPixels) }</label>
                    <input id="embed-pixels" type="number" min="120" max="5000" step="10" value={o.pixels.to_string()} oninput={on_pixels} />
                }
            </fieldset>
            <fieldset>
                <legend>{ tx(Msg::EmbedScheme) }</legend>
                { radio("embed-scheme", "embed-scheme-follow", o.scheme == 0, Msg::SchemeFollow, set(|o, v| o.scheme = v as u8, 0)) }
                { radio("embed-scheme", "embed-scheme-light", o.scheme == 1, Msg::SchemeLight, set(|o, v| o.scheme = v as u8, 1)) }
                { radio("embed-scheme", "embed-scheme-dark", o.scheme == 2, Msg::SchemeDark, set(|o, v| o.scheme = v as u8, 2)) }
            </fieldset>
            <fieldset>
                <legend>{ tx(Msg::EmbedChrome) }</legend>
                { radio("embed-chrome", "embed-chrome-hide", !o.chrome, Msg::ChromeHide, set(|o, v| o.chrome = v == 1, 0)) }
                { radio("embed-chrome", "embed-chrome-show", o.chrome, Msg::ChromeShow, set(|o, v| o.chrome = v == 1, 1)) }
            </fieldset>
            <label for="embed-snippet">{ tx(Msg::EmbedInCourse) }</label>
            <textarea id="embed-snippet" readonly=true rows="4" value={code.clone()} />
            <CopyButton key={format!("embed {code}")} label={t(Msg::CopyEmbed)} text={code.clone()} />
            <p>
                <button type="button" aria-expanded={o.preview.to_string()} onclick={{
                    let options = options.clone();
                    Callback::from(move |_: MouseEvent| options.set(Options { preview: !options.preview, ..*options }))
                }}>
                    { tx(if o.preview { Msg::HidePreview } else { Msg::ShowPreview }) }
                </button>
            </p>
            if o.preview {
                <iframe class="embed-preview" src={url} title={t(Msg::PreviewTitle)} width="100%" height={if o.auto { "600".to_string() } else { o.pixels.clamp(120, 5000).to_string() }}></iframe>
            }
        </div>
    }
}
