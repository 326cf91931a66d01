//! The coding hierarchy as a WAI-ARIA tree (navigation treeview pattern):
//! each treeitem is a link to the code's trace; arrow keys move and expand,
//! Home and End jump, Enter follows the link. Nodes are keyed by their path
//! from the root, so a code listed under two parents appears under both.

use std::rc::Rc;

use explorer_core::route::Route;
use explorer_core::trace::count_below;
use explorer_core::Dataset;
use yew::prelude::*;

use crate::browser;

#[derive(Properties, PartialEq)]
pub struct CodeTreeProps {
    /// Top-level code ids.
    pub roots: Vec<String>,
    /// The tree's accessible name.
    pub label: AttrValue,
}

/// The path keys of the open nodes. A reader opens a few at a time, so a
/// plain vector (no hash-set code in the wasm for it).
#[derive(Clone, Debug, Default, PartialEq)]
struct Expanded(Vec<String>);

impl Expanded {
    fn contains(&self, key: &str) -> bool {
        self.0.iter().any(|k| k == key)
    }

    fn insert(&mut self, key: String) {
        if !self.contains(&key) {
            self.0.push(key);
        }
    }

    /// Removes `key`; returns whether it was there.
    fn remove(&mut self, key: &str) -> bool {
        let before = self.0.len();
        self.0.retain(|k| k != key);
        before != self.0.len()
    }
}

/// A node as shown: its path key, code id, parent key and whether it can expand.
#[derive(Clone, Debug, PartialEq)]
struct Visible {
    key: String,
    id: String,
    parent: Option<String>,
    has_children: bool,
}

fn flatten(dataset: &Dataset, roots: &[String], expanded: &Expanded) -> Vec<Visible> {
    fn walk(dataset: &Dataset, id: &str, key: String, parent: Option<String>, expanded: &Expanded, out: &mut Vec<Visible>) {
        let Some(code) = dataset.code(id) else { return };
        let has_children = !code.children.is_empty();
        out.push(Visible { key: key.clone(), id: id.to_string(), parent, has_children });
        if has_children && expanded.contains(&key) {
            for child in &code.children {
                walk(dataset, child, format!("{key}/{child}"), Some(key.clone()), expanded, out);
            }
        }
    }
    let mut out = Vec::new();
    for root in roots {
        walk(dataset, root, root.clone(), None, expanded, &mut out);
    }
    out
}

/// The DOM id of a tree node (code ids are letters and digits).
pub fn node_dom_id(key: &str) -> String {
    format!("tree-{}", key.replace('/', "-"))
}

/// "3 initial categories, 12 concepts".
pub fn counts_text(dataset: &Dataset, id: &str) -> String {
    let Some(code) = dataset.code(id) else { return String::new() };
    count_below(dataset, code)
        .into_iter()
        .map(|(level, n)| {
            let noun = match crate::i18n::lang() {
                explorer_core::i18n::Lang::En => level.noun(n),
                explorer_core::i18n::Lang::Zh => crate::i18n::t(explorer_core::i18n::level_msg(level)),
            };
            crate::i18n::tf(explorer_core::i18n::Msg::CountOf, &[("n", &n.to_string()), ("noun", noun)])
        })
        .collect::<Vec<_>>()
        .join(crate::i18n::t(explorer_core::i18n::Msg::ListSeparator))
}

#[component]
pub fn CodeTree(props: &CodeTreeProps) -> Html {
    let dataset = crate::data::dataset().ok();
    let expanded = use_state(Expanded::default);
    let focused = use_state(|| None::<String>);
    let moved_by_key = use_mut_ref(|| false);
    let visible = dataset.as_ref().map(|d| flatten(d, &props.roots, &expanded)).unwrap_or_default();
    let active_key = focused
        .as_ref()
        .filter(|k| visible.iter().any(|v| &v.key == *k))
        .cloned()
        .or_else(|| visible.first().map(|v| v.key.clone()));

    {
        let moved_by_key = moved_by_key.clone();
        use_effect_with(active_key.clone(), move |key| {
            if std::mem::replace(&mut *moved_by_key.borrow_mut(), false) {
                if let Some(key) = key {
                    browser::focus_and_reveal(&node_dom_id(key));
                }
            }
        });
    }

    let onkeydown = {
        let expanded = expanded.clone();
        let focused = focused.clone();
        let visible = visible.clone();
        let active_key = active_key.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(current) = active_key.as_ref() else { return };
            let Some(position) = visible.iter().position(|v| &v.key == current) else { return };
            let node = &visible[position];
            let move_to = |key: Option<String>| {
                if let Some(key) = key {
                    *moved_by_key.borrow_mut() = true;
                    focused.set(Some(key));
                }
            };
            match e.key().as_str() {
                "ArrowDown" => move_to(visible.get(position + 1).map(|v| v.key.clone())),
                "ArrowUp" => move_to(position.checked_sub(1).and_then(|p| visible.get(p)).map(|v| v.key.clone())),
                "Home" => move_to(visible.first().map(|v| v.key.clone())),
                "End" => move_to(visible.last().map(|v| v.key.clone())),
                "ArrowRight" => {
                    if node.has_children && !expanded.contains(&node.key) {
                        let mut next = (*expanded).clone();
                        next.insert(node.key.clone());
                        expanded.set(next);
                    } else if node.has_children {
                        move_to(visible.get(position + 1).map(|v| v.key.clone()));
                    }
                }
                "ArrowLeft" => {
                    if node.has_children && expanded.contains(&node.key) {
                        let mut next = (*expanded).clone();
                        next.remove(&node.key);
                        expanded.set(next);
                    } else {
                        move_to(node.parent.clone());
                    }
                }
                _ => return,
            }
            e.prevent_default();
        })
    };

    let toggle = {
        let expanded = expanded.clone();
        let focused = focused.clone();
        Callback::from(move |key: String| {
            let mut next = (*expanded).clone();
            if !next.remove(&key) {
                next.insert(key.clone());
            }
            expanded.set(next);
            focused.set(Some(key));
        })
    };

    let Some(dataset) = dataset else { return html! {} };
    let render = RenderContext { dataset, expanded: (*expanded).clone(), active: active_key, toggle };
    html! {
        <ul class="tree" role="tree" aria-label={props.label.clone()} {onkeydown}>
            { for props.roots.iter().enumerate().map(|(i, root)| render.node(root, root.clone(), 1, i + 1, props.roots.len())) }
        </ul>
    }
}

struct RenderContext {
    dataset: Rc<Dataset>,
    expanded: Expanded,
    active: Option<String>,
    toggle: Callback<String>,
}

impl RenderContext {
    fn node(&self, id: &str, key: String, depth: usize, position: usize, set_size: usize) -> Html {
        let Some(code) = self.dataset.code(id) else { return html! {} };
        let has_children = !code.children.is_empty();
        let is_expanded = has_children && self.expanded.contains(&key);
        let group_id = format!("{}-group", node_dom_id(&key));
        let counts = counts_text(&self.dataset, id);
        let on_toggle = {
            let toggle = self.toggle.clone();
            let key = key.clone();
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                toggle.emit(key.clone());
            })
        };
        let is_active = self.active.as_deref() == Some(key.as_str());
        html! {
            <li role="none">
                <span class="tree-row">
                    if has_children {
                        <span class={classes!("tree-toggle", is_expanded.then_some("open"))} aria-hidden="true" onclick={on_toggle}>{ "▸" }</span>
                    } else {
                        <span class="tree-toggle leaf" aria-hidden="true"></span>
                    }
                    <a
                        id={node_dom_id(&key)}
                        role="treeitem"
                        href={Route::Trace(code.id.clone()).to_hash()}
                        tabindex={if is_active { "0" } else { "-1" }}
                        aria-level={depth.to_string()}
                        aria-posinset={position.to_string()}
                        aria-setsize={set_size.to_string()}
                        aria-expanded={has_children.then(|| is_expanded.to_string())}
                        aria-owns={is_expanded.then(|| group_id.clone())}
                    >
                        <span class="code" lang="en">{ &code.id }</span>{ " " }{ crate::i18n::printed(code.label.clone()) }
                        if !counts.is_empty() { <span class="tree-counts">{ " — " }{ counts }</span> }
                    </a>
                </span>
                if is_expanded {
                    <ul role="group" id={group_id}>
                        { for code.children.iter().enumerate().map(|(i, child)| self.node(child, format!("{key}/{child}"), depth + 1, i + 1, code.children.len())) }
                    </ul>
                }
            </li>
        }
    }
}
