//! Search over every kind of record the explorer shows (`search_everything`):
//! codes by id or label, firms, themes, quotations and source notes, grouped
//! by kind.
//!
//! Ids are case-sensitive as printed (`a7` is a concept, `A7` an initial
//! category), so an exact id match, case included, ranks first; then an id
//! equal but for case, then ids that start with the query, then records whose
//! text contains every word of the query (case-insensitive).

use crate::dataset::Dataset;
use crate::model::StudyId;
use crate::order::sorted_by_key;
use crate::route::Route;
use crate::text::{clamp, fold};

/// How well a record matched; lower is better.
type Rank = u8;

const EXACT: Rank = 0;
const EXACT_FOLDED: Rank = 1;
const PREFIX: Rank = 2;
const PREFIX_FOLDED: Rank = 3;
const WORDS: Rank = 4;

/// A prepared query: the text as typed (trimmed) and its folded words.
struct Query {
    exact: String,
    folded: String,
    words: Vec<String>,
}

impl Query {
    fn new(text: &str) -> Option<Query> {
        let exact = clamp(text.trim()).to_string();
        if exact.is_empty() {
            return None;
        }
        let folded = fold(&exact);
        let words = folded.split_whitespace().map(str::to_string).collect();
        Some(Query { exact, folded, words })
    }

    /// The rank of a record with this id (if it has one) and searchable
    /// text, already folded; `None` where it does not match.
    fn rank(&self, id: Option<&str>, folded_text: &str) -> Option<Rank> {
        if let Some(id) = id {
            if id == self.exact {
                return Some(EXACT);
            }
            let folded_id = fold(id);
            if folded_id == self.folded {
                return Some(EXACT_FOLDED);
            }
            if id.starts_with(&self.exact) {
                return Some(PREFIX);
            }
            if folded_id.starts_with(&self.folded) {
                return Some(PREFIX_FOLDED);
            }
        }
        self.words.iter().all(|w| folded_text.contains(w.as_str())).then_some(WORDS)
    }
}

/// The kinds of record the search finds, in the order their groups are
/// listed when they match equally well.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HitKind {
    Code,
    Firm,
    Theme,
    Quotation,
    Note,
}

impl HitKind {
    pub const ALL: [HitKind; 5] = [HitKind::Code, HitKind::Firm, HitKind::Theme, HitKind::Quotation, HitKind::Note];

    /// The heading of the kind's group.
    pub fn title(self) -> &'static str {
        match self {
            HitKind::Code => "Codes",
            HitKind::Firm => "Firms",
            HitKind::Theme => "Themes",
            HitKind::Quotation => "Quotations",
            HitKind::Note => "Source notes",
        }
    }

    /// A stable key, for element ids.
    pub fn key(self) -> &'static str {
        match self {
            HitKind::Code => "codes",
            HitKind::Firm => "firms",
            HitKind::Theme => "themes",
            HitKind::Quotation => "quotations",
            HitKind::Note => "notes",
        }
    }
}

/// One record found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub kind: HitKind,
    /// The record's id as printed, where it has one (codes, firms).
    pub id: Option<String>,
    /// What the record says: a code's label, a quotation, a note's text
    /// (shortened to about 160 characters).
    pub text: String,
    /// Where it comes from, in parts a view can put into any language: the
    /// study and what the record is within it.
    pub study: Option<StudyId>,
    pub detail: HitDetail,
    /// The view that shows it.
    pub href: String,
    rank: Rank,
}

/// What a hit is within its study, for its context line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HitDetail {
    None,
    /// A code at this level.
    Level(crate::Level),
    /// A quotation printed at this place in the paper ("Section 4.2").
    Printed(String),
    /// A source note of this kind.
    Note(crate::NoteKind),
    /// A theme across studies.
    Theme,
}

/// The hits of one kind, best first, and how many there were in all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HitGroup {
    pub kind: HitKind,
    pub hits: Vec<Hit>,
    pub total: usize,
}

/// Every kind of record matching `query`, grouped by kind; the group with the
/// best match first (ties in `HitKind` order); at most `per_group` hits per
/// group. Empty for an empty query.
pub fn search_everything(dataset: &Dataset, query: &str, per_group: usize) -> Vec<HitGroup> {
    let Some(query) = Query::new(query) else { return Vec::new() };
    let mut hits: Vec<Hit> = Vec::new();
    collect_codes(dataset, &query, &mut hits);
    collect_firms(dataset, &query, &mut hits);
    collect_themes(dataset, &query, &mut hits);
    collect_quotations(dataset, &query, &mut hits);
    collect_notes(dataset, &query, &mut hits);
    // Hits were collected kind by kind: order by kind, then rank, dataset
    // order among equals.
    let hits = sorted_by_key(hits, |h| (h.kind as u64) << 8 | u64::from(h.rank));
    let mut groups: Vec<HitGroup> = Vec::new();
    for hit in hits {
        match groups.last_mut() {
            Some(group) if group.kind == hit.kind => {
                group.total += 1;
                if group.hits.len() < per_group {
                    group.hits.push(hit);
                }
            }
            _ => groups.push(HitGroup { kind: hit.kind, total: 1, hits: vec![hit] }),
        }
    }
    // The group with the best match first; ties keep the order of kinds.
    sorted_by_key(groups, |g| u64::from(g.hits.first().map_or(Rank::MAX, |h| h.rank)))
}

/// Shortens `text` to about `max` characters at a word boundary.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > max / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

#[allow(clippy::too_many_arguments)]
fn push(hits: &mut Vec<Hit>, kind: HitKind, rank: Option<Rank>, id: Option<&str>, text: &str, href: String, study: Option<StudyId>, detail: HitDetail) {
    if let Some(rank) = rank {
        hits.push(Hit { kind, id: id.map(str::to_string), text: shorten(text, 160), study, detail, href, rank });
    }
}

fn collect_codes(dataset: &Dataset, query: &Query, hits: &mut Vec<Hit>) {
    for (position, code) in dataset.codes.iter().enumerate() {
        let key = dataset.search_key(position).unwrap_or_default();
        let href = Route::Trace(code.id.clone()).to_hash();
        push(hits, HitKind::Code, query.rank(Some(&code.id), key), Some(&code.id), &code.label, href, Some(code.study), HitDetail::Level(code.level));
    }
}

fn collect_firms(dataset: &Dataset, query: &Query, hits: &mut Vec<Hit>) {
    for firm in &dataset.firms {
        let mut text = fold(&firm.name);
        for fact in &firm.facts {
            text.push(' ');
            text.push_str(&fold(&fact.text));
        }
        let href = Route::Firm(firm.id.clone()).to_hash();
        push(hits, HitKind::Firm, query.rank(Some(&firm.id), &text), Some(&firm.id), &firm.name, href, Some(firm.study), HitDetail::None);
    }
}

fn collect_themes(dataset: &Dataset, query: &Query, hits: &mut Vec<Hit>) {
    for theme in &dataset.sources.themes.theme {
        let text = fold(&format!("{} {}", theme.title, theme.summary));
        let href = Route::Themes.section_hash(&theme.id);
        push(hits, HitKind::Theme, query.rank(None, &text), None, &theme.title, href, None, HitDetail::Theme);
    }
}

fn collect_quotations(dataset: &Dataset, query: &Query, hits: &mut Vec<Hit>) {
    let mut quote = |text: &str, study: StudyId, source: &str, href: String| {
        push(hits, HitKind::Quotation, query.rank(None, &fold(text)), None, text, href, Some(study), HitDetail::Printed(source.to_string()));
    };
    let sources = &dataset.sources;
    for theme in &sources.themes.theme {
        for link in &theme.link {
            quote(&link.quote, link.study, &link.source, Route::Themes.section_hash(&theme.id));
        }
    }
    let small_giants = Route::Study(StudyId::SmallGiants.as_str().into());
    for (i, passage) in sources.small_giants.excerpt.iter().enumerate() {
        if passage.text.trim().len() > 1 {
            quote(&passage.text, StudyId::SmallGiants, "Appendix 1", small_giants.section_hash(&format!("passage-{}", i + 1)));
        }
    }
    for criterion in &sources.small_giants.criterion {
        quote(&criterion.text, StudyId::SmallGiants, &criterion.source, small_giants.section_hash("firms"));
    }
    let haier_huawei = Route::Study(StudyId::HaierHuawei.as_str().into());
    for path in &sources.haier_huawei.path {
        for evidence in &path.evidence {
            if let Some(q) = &evidence.quote {
                quote(q, StudyId::HaierHuawei, &evidence.source, haier_huawei.section_hash(&format!("path-{}", path.id)));
            }
        }
    }
    for firm in &dataset.firms {
        for fact in &firm.facts {
            if let Some(q) = &fact.quote {
                quote(q, firm.study, &fact.source, Route::Firm(firm.id.clone()).to_hash());
            }
        }
    }
    let kunming = Route::Study(StudyId::KunmingSem.as_str().into());
    for hypothesis in &sources.kunming.hypothesis {
        quote(&hypothesis.text, StudyId::KunmingSem, &hypothesis.source, kunming.section_hash("hypotheses"));
    }
}

fn collect_notes(dataset: &Dataset, query: &Query, hits: &mut Vec<Hit>) {
    for (study, note) in dataset.all_notes() {
        let text = fold(&format!("{} {}", note.id, note.text));
        let href = Route::Study(study.as_str().into()).section_hash(crate::records::note_section(study, note));
        push(hits, HitKind::Note, query.rank(None, &text), None, &note.text, href, Some(study), HitDetail::Note(note.kind));
    }
}
