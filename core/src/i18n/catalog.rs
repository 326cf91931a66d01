//! The interface's strings, each in English and Simplified Chinese, side by
//! side. `{name}` marks a placeholder filled by `i18n::fill`; both languages
//! use the same placeholders (a test checks). Terms of method follow the
//! glossary (`i18n/glossary.toml`): 概念, 核心主题, 初始范畴, 范畴, 核心范畴, …

macro_rules! catalog {
    ($($key:ident = $en:literal / $zh:literal;)* $(@$table:ident: $($tkey:ident = $ten:literal / $tzh:literal;)*)*) => {
        /// A message of the interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u16)]
        pub enum Msg { $($key,)* $($($tkey,)*)* }

        /// The English table, in key order.
        pub const EN: &[&str] = &[$($en,)* $($($ten,)*)*];
        /// The Chinese table, in key order. Not linked into the app (it is
        /// published as part of the Chinese bundle).
        pub const ZH: &[&str] = &[$($zh,)* $($($tzh,)*)*];
        /// The keys' names, in key order (for tests and reviewers).
        pub const KEYS: &[&str] = &[$(stringify!($key),)* $($(stringify!($tkey),)*)*];
        /// The English texts end to end, and where each ends: what the app
        /// links (two bytes a message rather than a pointer and a length).
        /// Every message before [`MAIN`], which any view may show.
        pub const EN_ALL: &str = concat!($($en),*);
        /// Where each English text ends in [`EN_ALL`].
        pub const EN_ENDS: &[u16] = &ends_of([$($en.len()),*]);
        $(
            /// The messages only one family of views shows (see [`ViewTable`]).
            pub static $table: ViewTable = ViewTable {
                first: [$(Msg::$tkey as usize),*][0],
                all: concat!($($ten),*),
                ends: &ends_of([$($ten.len()),*]),
            };
        )*
        /// Every family's table, in key order (for tests and the build; the
        /// app names each where its views install it).
        pub const TABLES: &[(&str, &ViewTable)] = &[$((stringify!($table), &$table)),*];
    };
}

/// The messages only one family of views shows (Learn's, home's, the
/// trace's, the firms', the reference pages'): their English end to end,
/// where each ends, and the number of the first. Only the code of those
/// views names the table (it installs it before it renders), so the release
/// carries its English in their part, not in every first visit.
pub struct ViewTable {
    pub first: usize,
    pub all: &'static str,
    pub ends: &'static [u16],
}

impl ViewTable {
    /// The English text of message number `index`, if it is in this table.
    pub fn get(&self, index: usize) -> Option<&'static str> {
        let i = index.checked_sub(self.first).filter(|i| *i < self.ends.len())?;
        Some(slice(self.all, self.ends, i))
    }

    /// How many messages it holds.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

/// How many messages the main table holds: numbers below it are there
/// ([`en`]), the rest in a family's [`ViewTable`].
pub const MAIN: usize = EN_ENDS.len();

/// How many messages there are, in every table.
pub const MESSAGES: usize = EN.len();

/// Where each text ends in a table of texts end to end, computed at compile
/// time.
const fn ends_of<const N: usize>(lens: [usize; N]) -> [u16; N] {
    let mut ends = [0u16; N];
    let mut total = 0usize;
    let mut i = 0;
    while i < N {
        total += lens[i];
        assert!(total <= u16::MAX as usize, "the English catalog outgrew its offsets");
        ends[i] = total as u16;
        i += 1;
    }
    ends
}

/// Text number `index` of a table of texts end to end (`all`, with `ends`);
/// empty where there is none.
pub fn slice<'a>(all: &'a str, ends: &[u16], index: usize) -> &'a str {
    let end = match ends.get(index) {
        Some(end) => *end as usize,
        None => return "",
    };
    let start = match index.checked_sub(1).and_then(|i| ends.get(i)) {
        Some(start) => *start as usize,
        None => 0,
    };
    all.get(start..end).unwrap_or_default()
}

/// The English text of message number `index`, if it is in the main table
/// (before [`MAIN`]); empty otherwise (see [`ViewTable`]).
pub fn en(index: usize) -> &'static str {
    slice(EN_ALL, EN_ENDS, index)
}

catalog! {
    // --- shell and navigation
    ProductName = "SME Innovation Explorer" / "中小企业创新研究探索平台";
    SkipToContent = "Skip to content" / "跳到正文";
    Menu = "Menu" / "菜单";
    NavMain = "Main" / "主导航";
    NavHome = "Home" / "首页";
    NavSmallGiants = "Small giants" / "科技小巨人";
    NavHaierHuawei = "Haier & Huawei" / "海尔与华为";
    NavKunming = "Kunming survey" / "昆明问卷调查";
    NavBeijing = "Beijing SMEs" / "北京中小企业";
    NavThemes = "Themes" / "跨研究主题";
    NavTrace = "Trace" / "编码追溯";
    NavFirms = "Firms" / "企业";
    NavGlossary = "Glossary" / "术语表";
    NavData = "Data & sources" / "数据与来源";
    OpenInFull = "Open in full explorer" / "在完整版中打开";
    FooterAbout = "Every fact comes from four published papers; each record names its source. Summaries are written for this explorer; quotations are marked." / "所有事实均来自四篇已发表的论文，每条记录都注明出处。摘要为本平台自行撰写，引文均有标注。";
    LangSwitch = "Language / 语言" / "语言 / Language";
    LoadingChinese = "Loading the Chinese interface… / 正在加载中文界面…" / "正在加载中文界面… / Loading the Chinese interface…";
    ZhUnavailable = "The Chinese interface could not be loaded here, so the explorer is shown in English. / 此处无法加载中文界面，因此以英文显示。" / "此处无法加载中文界面，因此以英文显示。";
    LoadingView = "Loading this view…" / "正在加载此页面…";
    ViewUnavailable = "This view could not be loaded. Check the connection and try again." / "无法加载此页面。请检查网络连接后重试。";
    TryAgain = "Try again" / "重试";
    Loading = "Loading…" / "正在加载…";
    PanelUnavailable = "This panel could not be loaded. Check the connection and try again." / "无法加载此面板。请检查网络连接后重试。";
    // --- route titles
    TitleHome = "Home" / "首页";
    TitleStudy = "Study: {name}" / "研究：{name}";
    TitleStudyNotFound = "Study not found" / "未找到该研究";
    TitleTraceIndex = "Trace" / "编码追溯";
    TitleTrace = "Trace {code}" / "追溯 {code}";
    TitleFirms = "Firms" / "企业";
    TitleFirm = "Firm {id}" / "企业 {id}";
    TitleData = "Data & sources" / "数据与来源";
    TitleThemes = "Themes across studies" / "跨研究主题";
    TitleSearch = "Search" / "搜索";
    TitleSearchFor = "Search: {query}" / "搜索：{query}";
    TitleNotFound = "Not found" / "未找到";
    TitleGlossary = "Glossary" / "术语表";
    // --- URL warnings
    WarningsHeading = "Part of this link was ignored:" / "此链接的部分内容已被忽略：";
    WarnSection = "“{name}” is not a section of this view; showing its top." / "“{name}”不是此视图中的章节，已显示视图顶部。";
    WarnRepeated = "Parameter “{name}” is repeated; the first value is used." / "参数“{name}”重复出现，已采用第一个值。";
    WarnEmbed = "“embed={value}” is not understood (use embed=1); ignored." / "无法识别“embed={value}”（请使用 embed=1），已忽略。";
    WarnLang = "“lang={value}” is not a language of this explorer (use lang=en or lang=zh); ignored." / "“lang={value}”不是本平台支持的语言（请使用 lang=en 或 lang=zh），已忽略。";
    WarnUnknownParam = "Unknown parameter “{name}” ignored." / "未知参数“{name}”，已忽略。";
    WarnFacetValue = "“{name}={value}” is not a valid value (use yes or no); ignored." / "“{name}={value}”不是有效值（请使用 yes 或 no），已忽略。";
    WarnStudy = "“study={value}” names no study; ignored." / "“study={value}”不对应任何研究，已忽略。";
    // --- vocabularies
    LevelConcept = "Concept" / "概念";
    LevelTheme = "Core theme" / "核心主题";
    LevelInitialCategory = "Initial category" / "初始范畴";
    LevelCategory = "Category" / "范畴";
    LevelCoreCategory = "Core category" / "核心范畴";
    LevelItem = "Item" / "测量题项";
    LevelDimension = "Dimension" / "维度";
    LevelConstruct = "Construct" / "构念";
    AttrPersonalConnections = "Personal connections" / "个人国际人脉";
    AttrStudyAbroad = "Staff who studied abroad" / "有海外留学经历的员工";
    AttrWorkAbroad = "Staff who worked abroad" / "有海外工作经历的员工";
    AttrForeignOrigin = "Staff of foreign origin" / "外籍员工";
    AttrCeoInternational = "CEO/founder with international experience" / "具有国际经历的CEO/创始人";
    ValuePresent = "Present" / "有";
    ValueNotDetected = "Not detected" / "未发现";
    ValueNotReported = "Not reported" / "未报告";
    FacetAny = "Any" / "不限";
    NoteMultipleParents = "Listed under more than one parent" / "列在多个上级之下";
    NoteIdGap = "Gap in the id sequence" / "编号序列有缺号";
    NoteDifferentLabels = "Printed with different labels" / "同一编号印有不同标签";
    NoteCountMismatch = "Count in the text disagrees with the tables" / "正文中的数量与表格不一致";
    NoteUnitMismatch = "Unit disagrees with the values" / "单位与数值不符";
    NoteGap = "Not reported by the paper" / "论文未报告";
    NoteAmbiguousLayout = "Ambiguous table layout" / "表格排版有歧义";
    NoteInconsistency = "Inconsistent within the paper" / "论文内部前后不一致";
    HitCodes = "Codes" / "编码";
    HitFirms = "Firms" / "企业";
    HitThemes = "Themes" / "主题";
    HitQuotations = "Quotations" / "引文";
    HitNotes = "Source notes" / "来源说明";
    // --- home
    // --- not found, errors
    // --- notes
    NotesHeading = "Notes on the source" / "关于来源的说明";
    SourceLabel = "Source: " / "来源：";
    NoteInEnglish = "(note in English)" / "（说明为英文）";
    ThemesAcross = "Themes across studies" / "跨研究主题";
    InThemes = "In the themes across studies" / "出现在以下跨研究主题中";
    // --- print footer
    PrintedFrom = "Printed from the SME Innovation Explorer on {date}. This view: {link}" / "于 {date} 从中小企业创新研究探索平台打印。本视图：{link}";
    // --- share and cite
    ShareAndCite = "Share and cite" / "分享与引用";
    ShareEmbed = "Share / Embed" / "分享 / 嵌入";
    LinkToView = "Link to this view" / "本视图的链接";
    CopyLink = "Copy link" / "复制链接";
    EmbedInCourse = "Embed in a course page" / "嵌入课程页面";
    CopyEmbed = "Copy embed code" / "复制嵌入代码";
    CiteView = "Cite this view" / "引用本视图";
    CiteSelfHeading = "This view of the explorer" / "本平台的此视图";
    CiteSelfNote = "Cite the explorer when you refer to what it shows; cite the paper below for its findings." / "提及本平台展示的内容时，请引用本平台；涉及研究发现时，请引用下方的论文。";
    SourcePaper = "Source paper: " / "来源论文：";
    NotPartOfCitation = "Note, not part of the citation: " / "说明（不属于引用条目）：";
    LicenceAsPrinted = "Licence, as the paper prints it: " / "许可协议（按论文原文）：";
    CopyCitationOf = "Copy the citation of {name}" / "复制{name}的引用信息";
    CopyApa = "Copy APA" / "复制 APA 格式";
    CopyRis = "Copy RIS" / "复制 RIS";
    CopyBibtex = "Copy BibTeX" / "复制 BibTeX";
    ShowRisBibtex = "Show RIS and BibTeX" / "显示 RIS 与 BibTeX";
    RisRecordOf = "RIS record of {name}" / "{name}的 RIS 记录";
    BibtexEntryOf = "BibTeX entry of {name}" / "{name}的 BibTeX 条目";
    TheExplorer = "the explorer" / "本平台";
    Copied = "Copied" / "已复制";
    NotCopied = "Not copied: {reason}. Select the text and copy it by hand." / "未能复制：{reason}。请选中文本后手动复制。";
    ClipboardUnavailable = "this page may not use the clipboard here" / "当前环境不允许本页面使用剪贴板";
    ClipboardRefused = "the browser refused to copy" / "浏览器拒绝了复制";
    EmbedTitle = "SME Innovation Explorer: {view}" / "中小企业创新研究探索平台：{view}";
    // --- search
    SearchLandmark = "Site" / "站内";
    SearchLabel = "Search the explorer" / "在本平台中搜索";
    SearchPlaceholder = "Search codes, firms, quotations…" / "搜索编码、企业、引文…";
    SearchHint = "Codes are matched exactly as printed first, upper and lower case included. Use Up and Down to choose a suggestion." / "编码优先按原文精确匹配，区分大小写。用上、下方向键选择建议项。";
    Suggestions = "Suggestions" / "建议";
    NoMatchesFor = "No matches for “{query}”" / "没有与“{query}”匹配的结果";
    AllResultsFor = "All {n} results for “{query}”" / "“{query}”的全部 {n} 条结果";
    SearchFor = "Search for “{query}”" / "搜索“{query}”";
    SearchLoading = "Loading the data to search…" / "正在加载要搜索的数据…";
    SearchFailed = "The data to search could not be loaded. Type again to retry." / "无法加载要搜索的数据。请再次输入以重试。";
    // --- glossary
    GlossaryEnglishTerm = "English term" / "英文术语";
    GlossaryChineseTerm = "Chinese term" / "中文术语";
    GlossaryTermLink = "{term}: in the glossary" / "{term}：见术语表";
    // --- trace
    ChainTo = "Trace {code} to {top}" / "追溯 {code} 至 {top}";
    ChainVia = "Trace {code} to {top} via {via}" / "追溯 {code} 经 {via} 至 {top}";
    MultipleParents = "{code} is listed under more than one parent: the paper lists it {n} times, so it has {n} chains." / "{code} 被列在多个上级之下：论文把它列了 {n} 次，因此它有 {n} 条追溯链。";
    ChildrenOf = "Children of {code}" / "{code} 的下级";
    SourceTable7 = "Source: Table 7 and the hypothesis tests." / "来源：表 7 及假设检验。";
    LevelsOfScheme = "Levels of the scheme; {code} sits at level {level}" / "编码体系的层级；{code} 位于“{level}”层级";
    LevelsCaption = "The levels of the coding, lowest first; highlighted: where this code's chains pass." / "编码的各个层级，从最低层开始；高亮处为该编码的追溯链所经过的层级。";
    // --- HR marks
    Legend = "Legend:" / "图例：";
    LegendNotReported = "(not reported: the firm's study does not report these attributes)" / "（未报告：该企业所属的研究没有报告这些属性）";
    CountOf = "{n} {noun}" / "{n} 个{noun}";
    ListSeparator = ", " / "、";
    // --- errors
    DataNotLoaded = "The data could not be loaded" / "无法加载数据";
    DataReload = "Reloading the page may help. The open data is also available as " / "重新加载页面或许能解决问题。开放数据也可以直接下载：";
    CrashTitle = "Something went wrong" / "出错了";
    CrashText = "The explorer stopped unexpectedly." / "本平台意外停止运行。";
    CrashWhile = "The explorer stopped unexpectedly while showing {route}." / "本平台在显示“{route}”时意外停止运行。";
    CrashReload = "Reload the explorer" / "重新加载本平台";
    // --- interview passage
    PassageHeading = "The coded passage (Appendix 1)" / "经过编码的原始资料（附录 1）";
    PassageLead = "The paper's example of open coding: raw data with, in brackets after each phrase, the concept it was coded as. The paper does not say which interview or document it comes from. Shown whole, as printed; select a concept to trace it up to its core category." / "论文中的开放式编码示例：原始资料，每个短语后的括号内标有该短语被编码成的概念。论文没有说明它出自哪次访谈或哪份文件。这里按原文完整展示；选择一个概念，即可把它追溯到所属的核心范畴。";
    PassageCaption = "Raw data quoted from Appendix 1 (“Open Coding Example”) of the small-giants study. Highlighted: the coded phrases; in brackets: the codes as the paper prints them." / "原始资料，引自科技小巨人研究的附录 1（“开放式编码示例”）。高亮部分为已编码的短语；括号内为论文原文印出的编码。";
    // --- firms
    OneFirm = "1 firm" / "1 家企业";
    NFirms = "{n} firms" / "{n} 家企业";
    Study = "Study" / "研究";
    MatchingFirms = "Matching firms" / "匹配的企业";
    ScrollHint = "Scroll sideways to see every column →" / "左右滑动可查看所有列 →";
    CombosRegion = "Combinations of attributes (scrolls sideways)" / "属性组合（可左右滚动）";
    Firm = "Firm" / "企业";
    // --- one firm
    HrProfile = "Human-resource profile" / "人力资源概况";
    // --- themes
    // --- data and sources
    // --- diagrams
    ModelDiagramLabel = "The sustainable innovation model: three core categories and their categories; each is a link to its trace" / "可持续创新模型：三个核心范畴及其下的范畴；每一项都链接到它的追溯页面";
    ModelDiagramCaption = "Core categories (Table 4) and their categories (Table 3). Select any box to trace it." / "核心范畴（表 4）及其范畴（表 3）。选择任一方框即可追溯。";
    PathLabel = "{from} to {to}: standardised coefficient {std} ({p}), {hypothesis} {result}" / "{from} 到 {to}：标准化系数 {std}（{p}），{hypothesis} {result}";
    PathDiagramLabel = "Structural model: paths between the four constructs with standardised coefficients; select a path for its hypothesis" / "结构模型：四个构念之间的路径及其标准化系数；选择一条路径即可查看对应的假设";
    PathDiagramCaption = "Standardised coefficients from Table 7; stars as printed (*** P<0.001, ** P<0.005, * P<0.01 in the table's note). IL: inter-organizational learning; KM: knowledge management process; IC: innovation capabilities of knowledge workers; EI: enterprise innovation performance." / "标准化系数来自表 7；星号按原文（表注：*** P<0.001，** P<0.005，* P<0.01）。IL：组织间学习；KM：知识管理过程；IC：知识型员工的创新能力；EI：企业创新绩效。";
    SelectPath = "Select a path in the diagram (or focus it and press Enter) to see its hypothesis." / "在图中选择一条路径（或聚焦后按回车键），即可查看它对应的假设。";
    PathCoefficient = "Standardised coefficient {std} (Table 7: {p}; text: {ptext})." / "标准化系数 {std}（表 7：{p}；正文：{ptext}）。";
    TotalEffectComputed = "Computed here, not reported by the paper: the total effect of {from} on {to} is {total} (direct {direct} plus indirect {indirect})." / "由本平台计算，论文未报告：{from} 对 {to} 的总效应为 {total}（直接效应 {direct} 加间接效应 {indirect}）。";
    TimelineLabel = "Timeline from {start} to {end} of the dated milestones of {companies}; the list below gives each one" / "{companies}有明确年份的里程碑时间线（{start} 年至 {end} 年）；下方列表逐一列出";
    And = " and " / "和";
    TimelineCaption = "Dated milestones only: the paper gives no years for most strategy stages (see the notes)." / "仅显示有年份的里程碑：论文没有给出大多数战略阶段的年份（见说明）。";
    // --- study pages
    StudyNotFoundText = "No study is called {id}. The four studies are:" / "没有名为 {id} 的研究。四项研究分别是：";
    TitleNotPrinted = "{name} (title not printed in the source text)" / "{name}（来源文本未印出标题）";
    Question = "Question" / "研究问题";
    Method = "Method" / "研究方法";
    Sample = "Sample" / "样本";
    KeyFindings = "Key findings" / "主要发现";
    SummariesOurs = ". Summaries in our own words." / "。摘要由我们自行撰写。";
    SgModelHeading = "The sustainable innovation model" / "可持续创新模型";
    BrowseFiveLevels = "Browse all five levels in Trace" / "在“编码追溯”中浏览全部五个层级";
    SgFirmsHeading = "The five firms (Table 1)" / "五家企业（表 1）";
    SgTable1Region = "Table 1: the five small giants (scrolls sideways)" / "表 1：五家科技小巨人企业（可左右滚动）";
    SgTable1Caption = "Y: meets the criterion; blank: not marked." / "Y：符合该标准；空白：未标记。";
    Initials = "Initials" / "首字母缩写";
    Type = "Type" / "类型";
    Revenue = "Annual sales revenue (millions)" / "年销售收入（百万）";
    SelectionCriteria = "Selection criteria (Section 3.1)" / "遴选标准（第 3.1 节）";
    Interviewed = "Who was interviewed (Section 3.2)" / "访谈对象（第 3.2 节）";
    InterviewTotal = "Total: {n} management personnel" / "合计：{n} 名管理人员";
    DatedMilestones = "Dated milestones" / "有年份的里程碑";
    MilestonesInOrder = "Milestones in order" / "按时间排列的里程碑";
    About = "about {year}" / "约 {year} 年";
    StagesAsNamed = "Strategy stages as the paper names them" / "论文所称的战略阶段";
    PathsHeading = "Paths to leading innovation" / "通往引领式创新的路径";
    BothCompanies = "Both companies" / "两家公司";
    StructuralHeading = "Structural model (Table 7, Table 8)" / "结构模型（表 7、表 8）";
    PathsAsTable = "The paths as a table" / "路径（表格形式）";
    PathsRegion = "Structural paths (scrolls sideways)" / "结构路径（可左右滚动）";
    PathsCaption = "Standardised path coefficients between the four constructs, with significance as printed and the hypothesis each path tests." / "四个构念之间的标准化路径系数，显著性按原文，并列出每条路径所检验的假设。";
    ColPath = "Path" / "路径";
    ColStandardised = "Standardised" / "标准化系数";
    ColEstimate = "Estimate" / "估计值";
    ColPTable = "P (table)" / "P（表中）";
    ColPText = "P (text)" / "P（正文）";
    ColHypothesis = "Hypothesis" / "假设";
    ColResult = "Result" / "结果";
    Hypotheses = "Hypotheses" / "假设";
    EffectsHeading = "Indirect and total effects (computed here)" / "间接效应与总效应（由本平台计算）";
    EffectsCallout = "Computed here by multiplying the printed standardised coefficients along each chain; the paper reports only the direct paths and tests no indirect effect." / "由本平台把原文印出的标准化系数沿每条链相乘计算得出；论文只报告了直接路径，没有检验任何间接效应。";
    EffectsRegion = "Indirect and total effects (scrolls sideways)" / "间接效应与总效应（可左右滚动）";
    EffectsCaption = "Direct effect: the single path; indirect: the sum of the products along longer chains; total: their sum." / "直接效应：单一路径；间接效应：较长各链上系数乘积之和；总效应：两者之和。";
    ColEffect = "Effect" / "效应";
    ColChains = "Chains (product of coefficients)" / "链（系数乘积）";
    ColDirect = "Direct" / "直接效应";
    ColIndirect = "Indirect" / "间接效应";
    ColTotal = "Total" / "总效应";
    MeasurementHeading = "Measurement model" / "测量模型";
    Thresholds = "Thresholds the paper applies (citing Black et al., 2010, and Sharma et al., 1996): standardised loading above 0.5, composite reliability (CR) above 0.7, average variance extracted (AVE) above 0.5; it also reads Cronbach's α above 0.8 as high reliability and CITC above 0.4 as acceptable." / "论文采用的阈值（引用 ⟦Black et al., 2010⟧ 和 ⟦Sharma et al., 1996⟧）：标准化载荷大于 0.5，组合信度（CR）大于 0.7，平均方差萃取量（AVE）大于 0.5；论文还把克朗巴哈系数 α 大于 0.8 视为信度高，把 ⟦CITC⟧ 大于 0.4 视为可以接受。";
    Items = "Items" / "题项";
    ItemsRegion = "Items (scrolls sideways)" / "题项（可左右滚动）";
    ItemsCaption = "Reliability (Table 2) and standardised loadings (Tables 3–6). The questionnaire's wording is not printed." / "信度（表 2）与标准化载荷（表 3–6）。论文未印出问卷题项的措辞。";
    ColItem = "Item" / "题项";
    ColDimension = "Dimension" / "维度";
    ColAlphaIfDeleted = "α if deleted" / "删除该题项后的 α";
    ColStdLoading = "Std loading" / "标准化载荷";
    BelowHalf = " (below 0.5)" / "（低于 0.5）";
    FitIndices = "Fit indices" / "拟合指数";
    NoFitIndex = "The paper says the model's fit was tested but prints no fit index (such as χ²/df, CFI or RMSEA), so none can be shown or compared with the usual thresholds; see the notes below." / "论文称检验了模型的拟合度，但没有印出任何拟合指数（如 χ²/df、⟦CFI⟧ 或 ⟦RMSEA⟧），因此无法展示，也无法与通常的阈值比较；见下方说明。";
    FitLine = "{name}: {value} (threshold {threshold})" / "{name}：{value}（阈值 {threshold}）";
    SampleHeading = "Sample (Table 1)" / "样本（表 1）";
    SampleRegion = "Sample (scrolls sideways)" / "样本（可左右滚动）";
    BjMatrixHeading = "Human resources in the 19 case firms (Table 1)" / "19 家案例企业的人力资源（表 1）";
    BjMatrixRegion = "Table 1: human resources in the 19 case firms (scrolls sideways)" / "表 1：19 家案例企业的人力资源（可左右滚动）";
    BjMatrixCaption = "The paper prints X where “a presence of those individuals has been detected”; shown here as ✓ (present), and a blank as – (not detected)." / "论文在“发现有这类人员”（⟦a presence of those individuals has been detected⟧）之处印 X；这里显示为 ✓（有），空白显示为 –（未发现）。";
    Attribute = "Attribute" / "属性";
    BjFilterIn = "Filter the firms by these attributes in {firms}, for example those with {example}." / "可在“{firms}”页面按这些属性筛选企业，例如筛选{example}。";
    BjExample = "staff who studied abroad and staff of foreign origin" / "既有曾在海外留学的员工、又有外籍员工的企业";
    MechanismsHeading = "How returnees and highly skilled migrants link firms to global networks" / "海归和高技能移民如何把企业与全球网络联系起来";
    FirmsNamed = "Firms named as examples: " / "作为例子提到的企业：";
    ConstructNode = "{id} {label}" / "构念 {id}：{label}";
    // --- study page frame
    OnThisPage = "On this page" / "本页内容";
    AboutStudy = "About the study" / "关于这项研究";
    NotesOnStudy = "Notes on the study as a whole" / "关于整项研究的说明";
    NotesOnSection = "Notes on this section ({n})" / "本节的说明（{n} 条）";
    NotesCount = "{n} notes" / "{n} 条说明";
    OneNote = "1 note" / "1 条说明";
    NoNotesOnStudy = "No note concerns the study as a whole." / "没有关于整项研究的说明。";
    ModelDrawingCaption = "The three core categories (Table 4) and the categories each is built from (Table 3); the bar and the number: how many concepts feed each. Select any box to trace it. Figure 1 of the paper is not reproduced: our source text carries only its caption." / "三个核心范畴（表 4）及构成它们的范畴（表 3）；横条与数字表示各自由多少个概念汇聚而成。选择任一方框即可追溯。本平台没有重绘论文的图 1：我们的来源文本只有它的图注。";
    ConceptsFeeding = "{n} concepts" / "{n} 个概念";
    // --- themes at a glance
    Theme = "Theme" / "主题";
    // --- home cards and start here
    // --- compare
    TitleCompare = "Compare side by side" / "并排比较";
    CompareWith = "Compare with…" / "与其他记录比较…";
    CmpChooseFirms = "Compare firms" / "比较企业";
    CompareHaierHuawei = "Compare Haier and Huawei side by side" / "并排比较海尔与华为";
    FilterItems = "Filter the items (by item or dimension)" / "筛选题项（按题项或维度）";
    ItemsShown = "{shown} of {total} items shown" / "显示 {total} 个题项中的 {shown} 个";
    NoteMark = "note" / "注";
    NoteMarkLabel = "A source note concerns this ({n}): read it" / "有来源说明涉及此处（{n} 条）：阅读说明";
    // --- check the numbers
    TitleChecks = "Check the numbers" / "核对数字";
    NavChecks = "Checks" / "数字核对";
    StatusDoesNot = "Does not reproduce" / "无法复现";
    ChecksBeside = "{n} recomputation(s) concerning this do not reproduce." / "涉及此处的重新计算中有 {n} 项无法复现。";
    ChecksForRecord = "Check the numbers" / "核对数字";
    LoadingOf = " · loading {value}" / " · 载荷 {value}";
    AlsoListedUnder = "also printed under {dims} (Table 2)" / "表 2 还把它列在 {dims} 之下";
    ItemsUnder = "Items of {dim}, with their standardised loadings" / "{dim} 的题项及其标准化载荷";
    EstimatesShown = "Estimates shown" / "显示的估计值";
    ShowStandardised = "Standardised" / "标准化";
    ShowUnstandardised = "Unstandardised" / "非标准化";
    SignificanceLegend = "Line style: *** thick, ** solid, * dashed (significance as Table 7 prints it)." / "线型：*** 粗线，** 实线，* 虚线（显著性按表 7 原文）。";
    ChainsHeading = "Indirect chains (computed here): select one to highlight it" / "间接效应链（由本平台计算）：选择一条即可高亮显示";
    ChainProduct = "{chain}: product {product}" / "{chain}：乘积 {product}";
    CopyTable = "Copy table" / "复制表格";
    CopyTableOf = "Copy table: {name}" / "复制表格：{name}";
    // --- embed builder
    EmbedHeight = "Height" / "高度";
    EmbedAuto = "Fits its content (with the host script)" / "随内容自动调整（配合宿主脚本）";
    EmbedFixed = "Fixed, in pixels" / "固定像素";
    EmbedPixels = "Height in pixels" / "像素高度";
    EmbedScheme = "Colour scheme" / "配色";
    SchemeFollow = "Follow the reader" / "跟随读者设置";
    SchemeLight = "Light" / "浅色";
    SchemeDark = "Dark" / "深色";
    EmbedChrome = "Site header and navigation" / "网站页头与导航";
    ChromeHide = "Hide" / "隐藏";
    ChromeShow = "Show" / "显示";
    ShowPreview = "Show a preview" / "显示预览";
    HidePreview = "Hide the preview" / "隐藏预览";
    PreviewTitle = "Preview of the embedded view" / "嵌入视图的预览";
    DownloadSvg = "Download SVG: {name}" / "下载 SVG：{name}";
    DownloadPng = "Download PNG: {name}" / "下载 PNG：{name}";
    FigureSvg = "SVG" / "SVG";
    FigurePng = "PNG" / "PNG";
    FigStructural = "structural model" / "结构模型";
    FigModel = "the sustainable innovation model" / "可持续创新模型";
    FigTimeline = "dated milestones" / "有年份的里程碑";
    FigMatrix = "Table 1 as a matrix" / "表 1 矩阵";
    FigChains = "the chains of {code}" / "{code} 的追溯链";
    // --- learn: the list
    NavLearn = "Learn" / "学习";
    TitleLearn = "Learn" / "学习";
    TitleTourStep = "{tour}, step {n}" / "{tour}，第 {n} 步";
    // --- learn: exercises
    ExCodePassage = "Code this passage" / "为这段文字编码";
    ExCodeChains = "Code this passage: themes and core categories" / "为这段文字编码：核心主题与核心范畴";
    ExPlace = "Place the concept" / "定位概念";
    ExPredict = "Predict the paths" / "预测路径";
    ExFindFirms = "Find the firms" / "找出企业";
    WarnSeed = "The seed “{value}” is not a whole number from 1 to 999999; questions set 1 is shown." / "种子“{value}”不是 1 到 999999 之间的整数；显示题目组 1。";
    WarnMode = "The mode “{value}” is unknown; the first part is shown." / "未知模式“{value}”；显示第一部分。";
    // --- learn: tours
    TourSgTitle = "Grounded theory, step by step: the small giants" / "扎根理论逐步讲解：科技小巨人";
    TourSgSummary = "From a passage of raw data to a core category: open, axial and selective coding on the paper's own codes." / "从一段原始资料到核心范畴：用论文自己的编码讲解开放式编码、主轴编码和选择性编码。";
    TourKmTitle = "Structural equation modelling: the Kunming survey" / "结构方程模型：昆明问卷调查";
    TourKmSummary = "From questionnaire items to dimensions and constructs, loadings, the structural paths and the indirect effects computed here." / "从问卷题项到维度和构念、载荷、结构路径，以及由本平台计算的间接效应。";
    TourBjTitle = "Human-resource profiles: the Beijing SMEs" / "人力资源特征：北京中小企业";
    TourBjSummary = "The five attributes of Table 1, what “not reported” means, a question turned into a filter, and the combinations of attributes." / "表 1 的五个属性、“未报告”的含义、把问题变成筛选条件，以及属性组合。";
    TourHhTitle = "Paths to leading innovation: Haier and Huawei" / "通往引领式创新的路径：海尔与华为";
    TourHhSummary = "Stages and dated milestones, the paths to leading innovation and the evidence for each, and the two firms side by side." / "发展阶段与有年份的里程碑、通往引领式创新的路径及各自的证据，以及两家企业的并列比较。";
    // --- updates
    NewVersion = "A new version is available." / "有新版本可用。";
    ReloadNow = "Reload" / "重新加载";
    // @@END
    @LEARN:
    // The messages only the Learn views show: a table of their own, which
    // the release carries in Learn's part.
    // --- learn: the list
    LearnIntro = "Guided tours walk through each study's method on its own data; exercises let you check your understanding. Everything runs in this browser: no account, nothing sent anywhere." / "导览借助每项研究自己的数据逐步讲解其方法；练习帮助你检验理解程度。一切都在本浏览器中运行：无需账号，不向任何地方发送数据。";
    ToursHeading = "Guided tours" / "导览";
    ExercisesHeading = "Exercises" / "练习";
    TourLength = "{n} steps · about {min} minutes" / "{n} 步 · 约 {min} 分钟";
    ExerciseLength = "about {min} minutes" / "约 {min} 分钟";
    StepOf = "Step {n} of {m}" / "第 {n} 步，共 {m} 步";
    Previous = "Previous" / "上一步";
    Next = "Next" / "下一步";
    AllTours = "All tours and exercises" / "全部导览与练习";
    TourSteps = "Steps of this tour" / "本导览的步骤";
    TourNoStep = "This tour has {n} steps." / "本导览共 {n} 步。";
    TourStart = "Start at step 1" / "从第 1 步开始";
    OpenFullView = "Open the full view" / "打开完整视图";
    TourDone = "End of the tour. Try an exercise:" / "导览结束。做个练习吧：";
    // --- learn: progress
    ProgressHeading = "Your progress" / "你的进度";
    ProgressLocal = "Kept only in this browser." / "仅保存在本浏览器中。";
    ProgressNone = "Nothing yet: take a tour or an exercise." / "暂无记录：先做一个导览或练习吧。";
    ProgressSteps = "{n} of {m} steps seen" / "已看 {n} 步，共 {m} 步";
    ProgressScore = "{n} of {m} correct (questions set {seed})" / "答对 {n} 题，共 {m} 题（题目组 {seed}）";
    ProgressIgnored = "Some saved progress could not be read and was ignored." / "部分已保存的进度无法读取，已忽略。";
    ResetProgress = "Reset progress" / "重置进度";
    PrintSummary = "Print a summary" / "打印进度摘要";
    // --- learn: exercises
    ExCodePassageAbout = "For each fragment of the Appendix 1 coding example, choose the concept the authors coded it as." / "为附录 1 编码示例中的每个片段选出作者为其编的概念。";
    ExCodeChainsAbout = "For concepts of the same passage, choose the core theme and the core category they belong to." / "为同一段文字中的概念选出其所属的核心主题和核心范畴。";
    ExPlaceAbout = "Given a concept, choose its core theme, initial category, category and core category, level by level." / "给定一个概念，逐级选出其核心主题、初始范畴、范畴和核心范畴。";
    ExPredictAbout = "Before seeing the Kunming results, order the structural paths by strength and say which are significant." / "在查看昆明研究结果之前，按强弱为结构路径排序，并判断哪些显著。";
    ExFindFirmsAbout = "Answer questions about the firms by setting the firm filter." / "通过设置企业筛选条件回答有关企业的问题。";
    QuestionSet = "Questions set {seed}" / "题目组 {seed}";
    QuestionSetHint = "Everyone who opens this link gets the same questions." / "打开此链接的每个人得到的题目相同。";
    AnotherSet = "Another set of questions" / "换一组题目";
    OtherMode = "The other part of this exercise" / "本练习的另一部分";
    CheckAnswers = "Check answers" / "核对答案";
    QuestionsLabel = "Questions" / "题目";
    StartAgain = "Start again" / "重新开始";
    NCorrect = "{n} of {m} correct" / "答对 {n} 题，共 {m} 题";
    Unanswered = "Not answered." / "未作答。";
    AnswerRight = "Right." / "正确。";
    AnswerWrong = "Not this one." / "不对。";
    AuthorsCode = "The authors coded it as {code}." / "作者将其编码为 {code}。";
    AcceptedCodes = "Accepted here: {codes}." / "此处可接受：{codes}。";
    ChainNote = "The chain follows the code you chose one level down." / "此链从你在低一级所选的编码向上延伸。";
    FragmentN = "Fragment {n}" / "片段 {n}";
    ColFragment = "Fragment" / "片段";
    ColAnnotation = "Annotation, as printed" / "原文标注";
    LevelOf = "{level} of {concept}" / "{concept} 的{level}";
    PlaceIntro = "Choose one level at a time; each is checked before the next appears." / "每次选择一级；核对后才会出现下一级。";
    PathRankOf = "Rank of {path} by strength (1 = strongest)" / "{path} 的强弱排名（1 = 最强）";
    PathSignificantQ = "Is {path} significant?" / "{path} 是否显著？";
    AnswerYes = "Yes" / "是";
    AnswerNo = "No" / "否";
    PrintedResults = "The printed results" / "论文所载结果";
    StdExplained = "A standardised coefficient expresses an effect in standard deviations: how far the outcome moves, in its own standard deviations, when the cause moves by one of its own, with the model's other causes held fixed. That puts paths between differently scaled constructs on one scale, so their strengths can be compared. Significance rests on how likely an estimate at least this large would be if the true effect were zero; it is not the same as strength." / "标准化系数以标准差为单位表示效应：在模型中其他原因保持不变时，原因变动一个自身标准差，结果变动多少个自身标准差。这样，量纲不同的构念之间的路径就处在同一尺度上，强弱可以比较。显著性取决于：如果真实效应为零，得到至少这么大的估计值的概率有多大；它与强弱不是一回事。";
    ColStdCoefficient = "Standardised coefficient" / "标准化系数";
    ColPrintedRank = "Rank by strength" / "强弱排名";
    ColYourRank = "Your rank" / "你的排名";
    ColSignificance = "Significance as printed" / "原文显著性";
    FirmQuestion = "Question {n}: which firms have {conditions}?" / "问题 {n}：哪些企业满足 {conditions}？";
    FirmCondition = "{attribute}: {value}" / "{attribute}：{value}";
    FilterMatches = "{n} firms match your filter" / "{n} 家企业符合你的筛选条件";
    FilterMatchesOne = "1 firm matches your filter" / "1 家企业符合你的筛选条件";
    OpenInFirms = "Open this filter on the Firms page" / "在“企业”页面打开此筛选条件";
    FirmAnswer = "The answer: {firms}." / "答案：{firms}。";
    FirmNotReported = "{n} firms are left out because their study does not report one of these attributes: “not reported” is neither present nor not detected." / "有 {n} 家企业被排除，因为其所属研究没有报告其中某个属性：“未报告”既不是“有”也不是“未发现”。";
    // --- learn: tours
    TourSg1 = "Start from the raw data" / "从原始资料开始";
    TourSg1Body = "Grounded theory builds a theory up from the data instead of testing one chosen in advance. Its raw material is text such as interview transcripts or documents. In Appendix 1, “Open Coding Example”, the paper prints an excerpt of its raw data without saying which interview or document it comes from: here it is, fragment by fragment, with the codes the authors attached." / "扎根理论从数据出发自下而上构建理论，而不是检验事先选定的理论。它的原始材料是访谈记录、文献等文本。论文在附录 1“开放式编码示例”中给出了一段原始资料摘录，但没有说明出自哪次访谈或哪份文件：下面逐段展示这段文字以及作者所标注的编码。";
    TourSg2 = "Open coding: fragments become concepts" / "开放式编码：片段变成概念";
    TourSg2Body = "In open coding the researcher reads line by line and gives each meaningful fragment a short label, a concept, kept close to the words of the data. Below are the first fragments of the passage with the concepts the authors coded them as; each concept links to its trace." / "开放式编码中，研究者逐行阅读，为每个有意义的片段贴上一个贴近原文用语的简短标签，即概念。下面是这段文字的前几个片段及作者为其编的概念；每个概念都链接到它的追溯页面。";
    TourSg3 = "Concepts grouped into core themes" / "概念归入核心主题";
    TourSg3Body = "Concepts that speak of the same thing are grouped under a more abstract label. In this paper concepts (a) are grouped into core themes (b) in Appendix 2; the paper counts this step as part of open coding. Below is the core theme of the passage's first concept with every concept grouped under it." / "讲同一件事的概念被归到更抽象的标签之下。在这篇论文中，概念（a）在附录 2 中归入核心主题（b），论文把这一步算作开放式编码的一部分。下面是这段文字第一个概念所属的核心主题，以及归入该主题的全部概念。";
    TourSg4 = "Axial coding: initial categories and categories" / "主轴编码：初始范畴与范畴";
    TourSg4Body = "Axial coding relates themes to one another and groups them into broader categories. This paper does it in two steps: core themes into initial categories (A, Table 2), then initial categories into categories (S, Table 3). Follow the first concept's chain upwards." / "主轴编码把主题彼此联系起来，归入更宽泛的范畴。这篇论文分两步完成：核心主题归入初始范畴（A，表 2），初始范畴再归入范畴（S，表 3）。沿着第一个概念的链条向上看。";
    TourSg5 = "Selective coding: the core category" / "选择性编码：核心范畴";
    TourSg5Body = "Selective coding settles on the central category, or, as in this paper, several, that hold the whole account together, and writes the theory around them. Here categories are grouped into core categories (C, Table 4; where the table's layout is unclear, the grouping follows Section 5.1). The drawing below is ours, not the paper's figure." / "选择性编码确定能把整个解释串联起来的核心范畴（通常是一个，这篇论文有多个），并围绕它们写出理论。这里范畴归入核心范畴（C，表 4；表格排版不清之处，归类依照第 5.1 节）。下图由本平台绘制，并非论文原图。";
    TourSg6 = "A code under two parents" / "一个编码归属两个上级";
    TourSg6Body = "Coding is interpretation, and a code can sometimes fit more than one parent. Here Appendix 2 lists the same id under two core themes, with a different label each time: it may be one concept placed twice or two concepts sharing an id, and the paper does not say which. The explorer keeps both listings and shows both chains; the notes on its trace say more." / "编码是一种解释，一个编码有时可以归入不止一个上级。这里附录 2 把同一个编号列在两个核心主题之下，且两处标签不同：它可能是同一概念被放了两次，也可能是两个概念共用一个编号，论文没有说明。本平台保留两处列示，并显示两条链；其追溯页面上的说明有更多细节。";
    TourKm1 = "Items measure dimensions" / "题项测量维度";
    TourKm1Body = "A survey cannot measure an abstract idea directly. It asks several questions, items, each answered on a scale, and takes what they have in common as the measure of a dimension. Below are the items of the first dimension with the standardised loadings the paper prints." / "问卷无法直接测量抽象的观念。它提出若干问题（测量题项），每题按量表作答，并把这些题项的共同部分作为某一维度的测量。下面是第一个维度的题项及论文给出的标准化载荷。";
    TourKm2 = "Dimensions form constructs" / "维度构成构念";
    TourKm2Body = "Related dimensions are treated as reflections of one broader construct (a second-order factor), the unit the structural model relates. Here are the constructs, each with its dimensions." / "相关的维度被视为共同反映一个更宽泛的构念（二阶因子），即结构模型所关联的单位。下面列出各构念及其维度。";
    TourKm3 = "Loadings and thresholds" / "载荷与判断标准";
    TourKm3Body = "A standardised loading says how strongly an item reflects its dimension; 1 would be a perfect reflection. Researchers compare loadings, composite reliability (CR) and average variance extracted (AVE) with rules of thumb, and a reader should check both which rules a paper cites and whether its numbers meet them. Below are the loading ranges this paper states; Check the numbers recomputes CR and AVE from its loadings. (The tables’ column “C.R.” is something else: the critical ratio, an estimate divided by its standard error.)" / "标准化载荷表示题项反映其维度的强弱，1 表示完全反映。研究者会把载荷、组合信度（CR）和平均方差萃取量（AVE）与经验标准比较；读者既要核对论文引用了哪些标准，也要核对其数值是否达标。下面是论文陈述的载荷范围；“核对数字”页面会根据载荷重新计算 CR 和 AVE。（表中的“C.R.”列是另一回事：临界比，即估计值除以其标准误。）";
    TourKm4 = "The structural paths" / "结构路径";
    TourKm4Body = "The structural model states, as arrows, which construct is expected to affect which, and estimates a coefficient for each arrow. The paper's Table 7 prints these paths with their estimates and significance marks; the diagram draws them." / "结构模型用箭头表示哪个构念预期影响哪个构念，并为每个箭头估计一个系数。论文表 7 列出了这些路径及其估计值和显著性标记；下图把它们画了出来。";
    TourKm5 = "Indirect effects, computed here" / "间接效应（由本平台计算）";
    TourKm5Body = "In a linear model, when A affects B and B affects C, A also affects C through B. A common way to size such an indirect effect is to multiply the standardised coefficients along the chain; its significance needs a test of its own (for example a bootstrap), which these products do not have. The paper prints no indirect effects, although its research questions and conclusion speak of mediation: these products are our arithmetic on the standardised coefficients of its Table 7, not figures the authors report." / "在线性模型中，如果 A 影响 B、B 影响 C，那么 A 也通过 B 影响 C。衡量这种间接效应的常见方法是把链条上的标准化系数相乘；其显著性需要单独检验（例如自助法），而这些乘积没有经过检验。论文没有给出任何间接效应，尽管其研究问题和结论都谈到中介作用：这些乘积是我们根据其表 7 的标准化系数做的计算，而非作者报告的数字。";
    TourKm6 = "Hypotheses and results" / "研究假设与结果";
    TourKm6Body = "Each structural path matches one of the paper's hypotheses, and its Table 8 reports whether each is supported. Here are the hypotheses with the results as printed." / "每条结构路径对应论文的一个假设，论文表 8 报告了每个假设是否得到支持。下面列出其假设及原文所载结果。";
    TourBj1 = "Five attributes in Table 1" / "表 1 的五个属性";
    TourBj1Body = "The paper describes each firm's people with five attributes in its Table 1, such as staff who studied abroad or a CEO or founder with international work or study experience. Here is the table as the explorer holds it." / "论文在表 1 中用五个属性描述每家企业的人员，例如有海外留学经历的员工、具有国际经历的CEO或创始人等。下面是本平台所存的这张表。";
    TourBj2 = "What “not reported” means" / "“未报告”是什么意思";
    TourBj2Body = "Table 1 of this paper marks X where such people were “detected”; a blank means not detected, not confirmed absence. The other three studies say nothing about these attributes, so their firms are “not reported”: the source is silent, which is neither present nor not detected. A filter for Present or Not detected therefore leaves such firms out, and the Firms page says how many it left out. Below, for each attribute, how many of all the firms here have it not reported." / "本论文的表 1 在“发现”有这类人员之处标 X；空白表示未发现，而不是确认没有。其他三项研究对这些属性只字未提，因此其企业为“未报告”：来源没有说明，既不是“有”，也不是“未发现”。因此按“有”或“未发现”筛选时，这些企业会被排除，“企业”页面会说明排除了多少家。下面按属性列出本平台全部企业中未报告该属性的数量。";
    TourBj3 = "A question as a filter" / "把问题变成筛选条件";
    TourBj3Body = "A question such as “which firms have staff of foreign origin, but no CEO or founder with international experience detected?” becomes two conditions, one per attribute. Each condition narrows the list; the answer is the firms that meet them all. Open it on the Firms page to change the conditions." / "像“哪些企业有外籍员工，但未发现具有国际经历的CEO或创始人？”这样的问题，可以变成两个条件，每个属性一个。每个条件都会缩小名单；答案是满足全部条件的企业。可在“企业”页面打开并修改条件。";
    TourBj4 = "Combinations of attributes" / "属性组合";
    TourBj4Body = "Looking at one attribute at a time hides how they occur together. Grouping the firms by their whole combination of the five attributes shows which profiles are common and which are rare." / "一次只看一个属性，会看不到属性如何同时出现。按五个属性的完整组合对企业分组，可以看出哪些特征组合常见、哪些少见。";
    TourBj5 = "Linking the firms to international knowledge" / "把企业与国际知识联系起来";
    TourBj5Body = "Beyond the table, the paper describes the roles these people play in linking the firms to international knowledge: bringing the firm into linkages they already had and building new ones, with firms it names as examples." / "在表格之外，论文还描述了这些人员把企业与国际知识联系起来的作用：把他们已有的联系带入企业，以及建立新的联系，并列举了作为例子的企业。";
    TourHh1 = "Stages" / "发展阶段";
    TourHh1Body = "A case study of a firm often divides its history into stages. The paper names stages for both firms, not all of them strategy stages, dates few of them, and for Haier describes a later phase without naming it. Here they are in printed order, which need not be the order in time." / "企业案例研究常把企业历史分为若干阶段。论文为两家企业都列出了阶段，但并非都是战略阶段，给出年份的也很少；对海尔，论文还描述了一个未命名的后续阶段。下面按原文顺序列出，这一顺序未必是时间顺序。";
    TourHh2 = "Dated milestones" / "有年份的里程碑";
    TourHh2Body = "Dated events place a case in time, although this paper dates few of its stages. The timeline places every dated event the explorer holds from the paper; a year the paper gives as approximate is marked with ~." / "有年份的事件能把案例放到时间轴上，不过这篇论文很少给出阶段的年份。时间线标出了本平台从论文中收录的每个有年份的事件；论文注明为约数的年份以 ~ 标出。";
    TourHh3 = "The paths to leading innovation" / "通往引领式创新的路径";
    TourHh3Body = "A case study across two or more cases looks for patterns that recur. The paper states its findings as numbered paths; here they are in its order, each with our summary." / "跨两个或多个案例的研究寻找反复出现的模式。论文以编号路径的形式陈述其结论；下面按原文顺序列出，并附我们的摘要。";
    TourHh4 = "The evidence for each path" / "各路径的证据";
    TourHh4Body = "A finding of a case study is only as strong as the evidence behind it. For each path, the evidence the explorer takes from the paper is listed by firm, or for both, with its section and a short quotation; where the paper ties no company fact to a path, a note says so." / "案例研究的结论取决于其背后的证据。下面按企业（或两家共同）列出本平台从论文中摘取的各路径证据，附所在章节和简短引文；论文未把企业事实与某条路径挂钩之处，附说明指出。";
    TourHh5 = "The two firms side by side" / "两家企业并列比较";
    TourHh5Body = "Reading cases side by side shows what they share and where they differ. Open the Compare view with both firms to read their facts in parallel." / "把案例并排阅读，可以看出它们的共同点和不同点。打开包含两家企业的“比较”视图，并列阅读其事实。";
    @HOME:
    // The messages only home's and the not-found page's views show.
    HomeTitle = "Innovation in Chinese science-and-technology SMEs" / "中国科技型中小企业的创新";
    HomeLead = "Four published studies, made explorable: trace a concept up to the core category it feeds, compare the firms and their people, and follow every finding back to the table or section it comes from." / "四项已发表的研究，在这里可以交互浏览：把一个概念逐级追溯到它所属的核心范畴，比较各家企业及其人员，并把每一项发现追溯到它所出自的表格或章节。";
    HomeStudies = "The studies" / "四项研究";
    HomeQuestions = "Questions to explore" / "可以探索的问题";
    HomeNoTitle = "Haier and Huawei: paths to leading innovation (title not printed in the source)" / "海尔与华为：通往引领式创新的路径（来源文本未印出标题）";
    Q1 = "Which categories and concepts make up the core category “Innovation team”?" / "核心范畴“创新团队”（⟦Innovation team⟧）由哪些范畴和概念构成？";
    Q2 = "Why does concept a13 reach two different core categories?" / "为什么概念 a13 能追溯到两个不同的核心范畴？";
    Q3 = "Which Beijing firms have an internationally experienced CEO or founder and staff of foreign origin?" / "哪些北京企业既有具备国际经历的CEO或创始人，又有外籍员工？";
    Q4 = "Which Beijing firms use personal connections but have no staff detected with work experience abroad?" / "哪些北京企业利用个人国际人脉，但没有发现有海外工作经历的员工？";
    Q5 = "Which survey item is printed under two different dimensions?" / "哪个问卷题项被印在两个不同的维度之下？";
    Q6 = "How did Haier and Huawei reach “leading innovation”?" / "海尔和华为是如何走向“引领式创新”的？";
    Q7 = "How much of inter-organizational learning's effect on innovation performance runs through knowledge management?" / "组织间学习对创新绩效的影响，有多少是通过知识管理传导的？";
    Q8 = "Where do the four papers speak of the same things, such as R&D talent or open innovation?" / "四篇论文在哪些方面谈到同样的话题，比如研发人才或开放式创新？";
    NotFoundAt = "There is no view at {path}." / "没有与 {path} 对应的视图。";
    NotFoundEmpty = "(empty)" / "（空）";
    NotFoundHelp = "The link may be mistyped or out of date. You can start again from the home page, or go straight to:" / "链接可能有误或已过时。你可以从首页重新开始，或直接前往：";
    NotFoundTrace = "Trace the coding" / "追溯编码";
    NotFoundFirms = "All 26 firms" / "全部 26 家企业";
    SizeSmallGiants = "{concepts} concepts in {categories} categories · {firms} firms" / "{categories} 个范畴下的 {concepts} 个概念 · {firms} 家企业";
    SizeHaierHuawei = "{milestones} dated milestones · {paths} paths · {firms} firms" / "{milestones} 个有年份的里程碑 · {paths} 条路径 · {firms} 家企业";
    SizeKunming = "{items} items · {dimensions} dimensions · {constructs} constructs · {paths} paths" / "{items} 个题项 · {dimensions} 个维度 · {constructs} 个构念 · {paths} 条路径";
    SizeBeijing = "{firms} firms · {attributes} human-resource attributes" / "{firms} 家企业 · {attributes} 项人力资源属性";
    StartHere = "Start here" / "从这里开始";
    StartStudents = "Students" / "学生";
    StartStudentsText = "Follow concept a13 up to the two core categories it reaches, then look up any term you meet in the glossary." / "把概念 a13 一路追溯到它所通向的两个核心范畴，遇到不熟悉的术语就查术语表。";
    StartStudentsLink = "Trace a13" / "追溯 a13";
    StartLecturers = "Lecturers" / "教师";
    StartLecturersText = "Every view has a link of its own: open “Share / Embed” under it for the link and an embed code for a course page, and “Cite this view” for citations." / "每个视图都有自己的链接：在视图下方打开“分享 / 嵌入”，可获得链接和用于课程页面的嵌入代码；打开“引用本视图”可获得引用信息。";
    StartLecturersLink = "An example: the Kunming effects" / "示例：昆明研究的效应";
    StartData = "Readers who want the data" / "需要数据的读者";
    StartDataText = "Download the open data (JSON, CSV, a REFI-QDA codebook) with its dictionary, licences and every source note." / "下载开放数据（JSON、CSV 和 ⟦REFI-QDA⟧ 编码本），附数据字典、许可说明和全部来源说明。";
    @TRACE:
    // The messages only the trace's (a code's trace and the index) views show.
    TraceLead = "Follow any code of the small-giants study up through its five levels (concept a*, core theme b*, initial category A*, category S*, core category C*), or any item of the Kunming survey up to its construct." / "沿着科技小巨人研究的五个层级（概念 a*、核心主题 b*、初始范畴 A*、范畴 S*、核心范畴 C*）追溯任一编码，或把昆明问卷的任一题项追溯到它所属的构念。";
    TraceSearchHint = "To find a code by id or label, use the search box at the top of the page; it searches firms, themes, quotations and notes too." / "要按编号或标签查找编码，请使用页面顶部的搜索框；它也能搜索企业、主题、引文和说明。";
    TraceTreeHeading = "The coding of the small-giants study" / "科技小巨人研究的编码体系";
    TraceTreeKeys = "Use the arrow keys to move, Right and Left to open and close, Home and End to jump, Enter to open a code." / "用方向键移动，按右方向键展开、左方向键收起，按 Home 键或 End 键跳到首项或末项，按回车键打开编码。";
    TraceTreeLabel = "Small-giants coding, from core categories to concepts" / "科技小巨人研究的编码：从核心范畴到概念";
    TraceMeasurementHeading = "The Kunming measurement model" / "昆明研究的测量模型";
    TraceMeasurementLabel = "Kunming measurement model, from constructs to items" / "昆明研究的测量模型：从构念到题项";
    TraceNoCode = "No code “{code}” in these studies" / "这些研究中没有编码“{code}”";
    TraceCaseHint = "Codes are matched exactly as printed, including upper and lower case (b3 is a core theme, B3 is nothing)." / "编码按原文精确匹配，区分大小写（b3 是核心主题，B3 则不存在）。";
    DidYouMean = "Did you mean" / "你是不是要找";
    SuggestedCodes = "Suggested codes" / "建议的编码";
    SearchEverywhere = "Search for “{query}” in every kind of record" / "在所有类型的记录中搜索“{query}”";
    BrowseAllCodes = "Browse all codes" / "浏览全部编码";
    AlsoPrintedAs = "Also printed as: " / "原文也印作：";
    DefinedIn = "Defined in {source} of {study}." / "定义见论文“{study}”的 {source}。";
    TopLevel = "Top level" / "最高层级";
    UpToTop = "Up to the top" / "向上追溯到最高层";
    Below = "Below" / "下级";
    InExcerpt = "In the interview excerpt (Appendix 1)" / "见于访谈摘录（附录 1）";
    CodedAs = "Coded as ({annotation}). Raw data quoted from Appendix 1 (“Open Coding Example”). " / "编码为（{annotation}）。原始资料引自附录 1（“开放式编码示例”）。";
    ReadInPassage = "Read it in the whole passage (phrase {n})" / "在完整段落中阅读（第 {n} 处短语）";
    PathsOfConstruct = "Structural paths of its construct" / "所属构念的结构路径";
    PathLine = ": standardised coefficient {std} ({p}; text: {ptext}), {hypothesis}" / "：标准化系数 {std}（{p}；正文：{ptext}），{hypothesis}";
    @FIRMS:
    // The messages only the firms' (the list, a firm's page, the comparison) views show.
    FirmsLead = "The 26 firms of the four studies. The five human-resource attributes come from Table 1 of the Beijing study; the other studies do not report them, so their firms are “not reported” and never match Present or Not detected." / "四项研究中的 26 家企业。五项人力资源属性来自北京研究的表 1；其他研究没有报告这些属性，因此这些研究中的企业记为“未报告”，按“有”或“未发现”筛选时都不会被选中。";
    FilterFirms = "Filter firms" / "筛选企业";
    Filter = "Filter" / "筛选";
    Table1Printed = "Table 1: " / "表 1 原文：";
    AllStudies = "All studies ({n})" / "全部研究（{n}）";
    TextFilter = "Text" / "文本";
    TextPlaceholder = "e.g. conference, CEO" / "例如 CEO、CF7（记录为英文）";
    ClearFilters = "Clear all filters" / "清除所有筛选条件";
    Results = "Results" / "结果";
    FilterNone = "Filter: none (all firms)." / "筛选条件：无（全部企业）。";
    FilterDescribed = "Filter: {parts}." / "筛选条件：{parts}。";
    FilterStudyPart = "Study: {name}" / "研究：{name}";
    FilterTextPart = "Text: “{text}”" / "文本：“{text}”";
    LeftOut = "{count} left out because their study does not report the attributes you filtered on." / "有 {count}因所属研究没有报告你所筛选的属性而未列入。";
    ShowAllFirms = "Show all {n} firms" / "显示全部 {n} 家企业";
    FirstListed = " (the first {n} are listed)" / "（已列出前 {n} 家）";
    ExportCsv = "Export selection as CSV" / "将所选结果导出为 CSV";
    ExportJson = "Export selection as JSON" / "将所选结果导出为 JSON";
    MatrixHeading = "Matrix of human-resource attributes" / "人力资源属性矩阵";
    CombosHeading = "Combinations of attributes among these firms" / "这些企业中的属性组合";
    MatrixRegion = "Matrix of human-resource attributes (scrolls sideways)" / "人力资源属性矩阵（可左右滚动）";
    MatrixCaption = "Human-resource attributes of the selected firms (Table 1 of the Beijing study). Sort a column, or use its filter button to step through any, present and not detected." / "所选企业的人力资源属性（北京研究的表 1）。可以对某一列排序，或用该列的筛选按钮在“不限”“有”“未发现”之间切换。";
    SortBy = "Sort by {name}" / "按{name}排序";
    FilterChip = "Filter {name}: {value} (change to {next})" / "筛选{name}：{value}（切换为{next}）";
    NoFirm = "No firm “{id}” in these studies" / "这些研究中没有企业“{id}”";
    FirmIdsHint = "Firm ids are printed as in the papers: CF1–CF19, the small giants' initials, Haier and Huawei." / "企业编号与论文原文一致：CF1–CF19、科技小巨人企业的首字母缩写，以及 ⟦Haier⟧ 和 ⟦Huawei⟧。";
    AllFirms = "All firms" / "全部企业";
    PathN = "Path {n}: " / "路径 {n}：";
    WhatSourceSays = "What the source says" / "来源中的记载";
    HrProfileCaption = "From Table 1 of the Beijing study: whether such individuals were detected." / "来自北京研究的表 1：是否发现了这类人员。";
    HrNotReported = "{value}: this firm's study does not report the five human-resource attributes." / "{value}：该企业所属的研究没有报告这五项人力资源属性。";
    FindingsMention = "Findings that mention it" / "提及该企业的研究发现";
    FirmsSectorOnce = "Beijing firms: {sector}" / "北京企业：{sector}";
    CompareLead = "Two to four firms, or two to four codes of one study, side by side; rows where they differ are marked." / "并排比较两到四家企业，或同一项研究中的两到四个编码；取值不同的行会被标出。";
    CompareProblems = "Part of this comparison could not be done as asked:" / "此比较的部分内容无法按要求完成：";
    CmpUnknownFirm = "No firm is called {id}." / "没有编号为 {id} 的企业。";
    CmpUnknownCode = "No code is called {id} (codes are matched exactly as printed, upper and lower case included)." / "没有编号为 {id} 的编码（编码按原文精确匹配，区分大小写）。";
    CmpDuplicate = "{id} is named twice; it is compared once." / "{id} 被列出两次，只比较一次。";
    CmpTooMany = "{n} records were named; the first four are compared." / "共列出 {n} 条记录，只比较前四条。";
    CmpTooFew = "Choose at least two records to compare." / "请至少选择两条记录进行比较。";
    CmpOtherStudy = "{id} belongs to another study than the first code; codes are compared within one study." / "{id} 与第一个编码不属于同一项研究；编码只能在同一项研究内比较。";
    CmpBothKinds = "Firms and codes cannot be compared with each other; the firms are compared." / "企业和编码不能相互比较；这里比较的是企业。";
    CmpAddFirm = "Add a firm" / "添加企业";
    CmpAddCode = "Add a code of the same study" / "添加同一研究中的编码";
    CmpAdd = "Add" / "添加";
    CmpRemove = "Remove {id} from the comparison" / "从比较中移除 {id}";
    CmpDiffers = "differs" / "不同";
    CmpRowStudy = "Study" / "研究";
    CmpRowSector = "Sector" / "行业";
    CmpRowFacts = "What the source says" / "来源中的记载";
    CmpRowLevel = "Level" / "层级";
    CmpRowLabel = "Label as printed" / "原文标签";
    CmpRowChains = "Up to the top" / "向上追溯到最高层";
    CmpRowBelow = "Below" / "下级";
    CmpRowNotes = "Notes on the source" / "关于来源的说明";
    CmpEmpty = "Nothing below it" / "其下没有编码";
    CmpTable = "Comparison of {ids}" / "{ids} 的比较";
    @REFERENCE:
    // The messages only the reference pages' (data & sources, themes, search, the glossary, the checks) views show.
    SearchEmpty = "Type in the search box at the top of the page: codes by id or label, firms, themes, quotations from the papers and source notes. Codes are matched exactly as printed first (a7 is a concept, A7 an initial category)." / "在页面顶部的搜索框中输入：可按编号或标签搜索编码，也可搜索企业、主题、论文引文和来源说明。编码优先按原文精确匹配（a7 是概念，A7 是初始范畴）。";
    NoResultsFor = "No results for “{query}”" / "未找到“{query}”的结果";
    OneResultFor = "1 result for “{query}”" / "“{query}”有 1 条结果";
    ResultsFor = "{n} results for “{query}”" / "“{query}”有 {n} 条结果";
    ResultKinds = "Result kinds" / "结果类别";
    FirstOfListed = "The first {shown} of {total} are listed; add a word to narrow the search." / "仅列出 {total} 条中的前 {shown} 条；再加一个词可以缩小搜索范围。";
    GlossaryLead = "The method terms this explorer uses, with the standard Chinese term beside each English one. The explanations are ours and general: what a term means in the method, not what any one paper did." / "本平台使用的方法术语，每个英文术语旁附有标准的中文译名。解释由我们撰写，属一般性说明：讲的是术语在方法上的含义，而不是某篇论文的具体做法。";
    GlossaryGroundedTheory = "Grounded theory" / "扎根理论";
    GlossarySem = "Structural equation models" / "结构方程模型";
    GlossaryHr = "Human resources in the Beijing study" / "北京研究中的人力资源";
    GlossaryEmpty = "The glossary could not be read." / "无法读取术语表。";
    ThemesLead = "Where the four papers speak of the same thing. Every link between studies is justified by each paper's own words, quoted beside it; the summaries are ours." / "四篇论文谈到同一话题的地方。研究之间的每一处关联都以各论文自己的原话为依据，原话引在旁边；摘要为我们自己撰写。";
    EvidenceSupports = "Supporting evidence" / "支持性证据";
    EvidenceContrasts = "Contrasting evidence" / "相反的证据";
    EvidenceSupportsHint = "What the papers say in favour of this theme." / "论文中支持这一主题的内容。";
    EvidenceContrastsHint = "Where a paper's own words point the other way." / "论文自己的原话指向相反方向的地方。";
    DataLead = "Everything in this explorer comes from the four papers below. Codes, labels, numbers and names are copied exactly as printed; explanations are our own words; quotations are marked. Where a paper contradicts itself or leaves a gap, the data keeps what it prints and a note says so." / "本平台的全部内容都来自下面四篇论文。编码、标签、数字和名称都按原文照录；解释为我们自己的话；引文均有标注。论文自相矛盾或有所缺漏之处，数据保留原文所印内容，并附说明。";
    OpenData = "Open data" / "开放数据";
    DownloadDataset = "Download dataset.json" / "下载 dataset.json";
    DatasetBlurb = " All studies, the five levels of codes, all firms with their human-resource profiles, and every source note, each field described in the data dictionary below." / " 包含全部研究、五个层级的编码、所有企业及其人力资源概况，以及每一条来源说明；每个字段都在下方的数据字典中有说明。";
    ForQdaTools = "For qualitative-analysis tools" / "用于质性分析软件";
    DownloadCodebook = "Download the codebook (codebook.qdc)" / "下载编码本（codebook.qdc）";
    CodebookBlurb = " The small-giants coding scheme, core categories down to concepts, as a REFI-QDA codebook for QualCoder, NVivo, ATLAS.ti or MAXQDA." / " 科技小巨人研究的编码体系（从核心范畴到概念），为 ⟦REFI-QDA⟧ 格式的编码本，可用于 ⟦QualCoder⟧、⟦NVivo⟧、⟦ATLAS.ti⟧ 或 ⟦MAXQDA⟧。";
    OneFileHeading = "Offline and one-file edition" / "离线版与单文件版";
    DownloadOneFile = "Download the one-file edition (standalone.html)" / "下载单文件版（standalone.html）";
    OneFileBlurb = " The whole explorer in a single HTML file that opens from a USB stick or a learning platform, with no network. The hosted explorer also keeps working offline after one visit." / " 整个平台打包在一个 HTML 文件中，可以从 U 盘或教学平台直接打开，无需联网。在线版访问一次之后也可以离线使用。";
    TablesCsv = "Tables as CSV" / "CSV 格式的表格";
    CsvBlurb = "UTF-8 with a byte-order mark, so that Excel shows α, ≥ and – correctly; R (readr) and pandas read them as they are." / "采用带字节顺序标记（BOM）的 UTF-8 编码，因此 ⟦Excel⟧ 能正确显示 α、≥ 和 –；R（⟦readr⟧）和 ⟦pandas⟧ 可以直接读取。";
    DataDictionary = "Data dictionary" / "数据字典";
    DictionaryBlurb = "Every file, column and field, with its type, allowed values and meaning: " / "每个文件、每一列和每个字段的类型、允许取值和含义：";
    DictionaryPage = "the data dictionary page" / "数据字典页面";
    DictionaryAsFile = ", or the same as a file, " / "，或内容相同的文件 ";
    LicenceRights = "Licence and rights" / "许可与权利";
    LicenceInEnglish = "The licence statements are given in English, as they apply: " / "许可声明以英文原文为准：";
    ThePapers = "The papers" / "论文";
    WhereToFind = "Where to find it: " / "查阅方式：";
    DoiPrinted = " (the DOI the paper prints)" / "（论文印出的 DOI）";
    UrlPrinted = " (the URL the paper prints)" / "（论文印出的网址）";
    NoDoi = "not printed: the paper gives no DOI or URL" / "未印出：论文没有给出 DOI 或网址";
    NotesOnSourceOf = "Notes on the source: {name} ({n})" / "关于来源的说明：{name}（{n} 条）";
    GlossaryLoading = "Loading the glossary…" / "正在加载术语表…";
    ThemesMatrixCaption = "Which study speaks to which theme: the number of links from each study (supporting, and contrasting where there are any). Select a number to read the evidence." / "哪项研究涉及哪个主题：每项研究与各主题的关联数（支持性关联；如有相反关联，也一并列出）。选择数字即可阅读证据。";
    LinksCount = "{n} links" / "{n} 条关联";
    OneLink = "1 link" / "1 条关联";
    ContrastingCount = "{n} contrasting" / "{n} 条相反关联";
    NoLink = "none" / "无";
    EvidenceToggle = "The evidence ({n})" / "证据（{n} 条）";
    ThemesMatrixRegion = "Themes across the four studies (scrolls sideways)" / "四项研究中的主题（可左右滚动）";
    ChecksLead = "Every number the data can recompute, recomputed: composite reliability (CR) and average variance extracted (AVE) from the standardised loadings printed in the same table, Table 1's percentages and totals, the counts the texts state, and the effects computed here." / "凡是数据能重新计算的数字，这里都重新算了一遍：根据同一表格印出的标准化载荷计算的组合信度（CR）和平均方差萃取量（AVE）、表 1 的百分比与合计、正文所述的各项数量，以及本平台计算的效应。";
    ChecksTolerance = "Tolerance follows the printed precision: every printed input stands for every value that rounds to it, so a recomputation gives a range; a printed figure reproduces when that range meets the values that round to it. No fixed margin is used." / "容差取决于原文印出的精度：每个印出的输入值代表所有四舍五入后等于它的数值，因此重新计算得到的是一个区间；只要这个区间与四舍五入后等于原文数字的数值范围有交集，就算可复现。这里不使用固定的误差范围。";
    ChecksSummary = "{bad} of {total} recomputations do not reproduce." / "{total} 项重新计算中有 {bad} 项无法复现。";
    ColChecked = "What is checked" / "核对内容";
    ColPrinted = "Printed" / "原文数值";
    ColRecomputed = "Recomputed here" / "本平台重算值";
    ColFormula = "Formula, with the numbers" / "公式（代入数值）";
    ColStatus = "Status" / "状态";
    ColThreshold = "The paper's threshold (printed / recomputed)" / "论文的阈值（原文 / 重新计算）";
    StatusReproduces = "Reproduces" / "可复现";
    StatusCannot = "Cannot be checked" / "无法核对";
    WhyNotPrinted = "the paper prints no value; computed here" / "论文没有印出数值；由本平台计算";
    WhyNoInput = "an input is missing" / "缺少输入数值";
    QtyCr = "CR" / "CR";
    QtyAve = "AVE" / "AVE";
    QtyPercentage = "percentage" / "百分比";
    QtyTotal = "total against the stated sample" / "合计与所述样本量对照";
    QtyStated = "stated count against the tables" / "所述数量与表格对照";
    QtyEffect = "indirect and total effect" / "间接效应与总效应";
    Meets = "meets" / "达到";
    Misses = "misses" / "未达到";
    NotApplicable = "—" / "—";
    ChecksRegion = "Recomputations of {study} (scrolls sideways)" / "{study}的重新计算（可左右滚动）";
    ChecksLoading = "Loading the recomputations…" / "正在加载重新计算的结果…";
    ChecksUnavailable = "The recomputations could not be loaded here." / "此处无法加载重新计算的结果。";
    QtyRange = "items' loading range stated in the text" / "正文所述题项载荷范围";
    StatedCountName = "{n} {what}, as stated in {source}" / "{what}：{n}（{source} 所述）";
    CountedFirmsMarked = "firms marked {labels}" / "标注为{labels}的企业";
    CountedOr = " or " / "或";
    CountedFirms = "firms" / "企业";
    CountedInterviewees = "interviewees" / "受访者";
    CountedValidQuestionnaires = "valid questionnaires" / "有效问卷";
    CountedHypotheses = "hypotheses" / "研究假设";
    CountedObservedVariables = "observed variables" / "观测变量";
}
