//! Writes a corpus of synthetic, valid role guides for benchmarks (issue 7).
//!
//! ```text
//! cargo run --release --example gen_corpus -- N DIR [SEED]
//! ```
//!
//! Writes `DIR/<id>.yaml` for N guides in the guide format (README, "Guides").
//! The output depends only on N and the seed (default [`DEFAULT_SEED`]), so
//! every benchmark run sees the same bytes. The corpus passes
//! `careerctl validate --strict DIR` with no findings: skill ids come from one
//! shared vocabulary (an id always has the same name), every skill is
//! developed by a next step, required ratings and salaries never decrease
//! with level, and career ids name other guides of the same corpus.
//!
//! The generator is also compiled into `benches/core.rs`
//! (`#[path = "../examples/gen_corpus.rs"]`), which builds corpora in memory
//! with [`guide_yaml`].

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The seed used when none is given.
pub const DEFAULT_SEED: u64 = 0x0C0F_FEE5_EED5_2025;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen_corpus N DIR [SEED]";
    if args.len() < 2 || args.len() > 3 {
        eprintln!("{usage}");
        std::process::exit(2);
    }
    let n: usize = args[0].parse().unwrap_or_else(|_| {
        eprintln!("N must be a number\n{usage}");
        std::process::exit(2)
    });
    let dir = PathBuf::from(&args[1]);
    let seed = match args.get(2) {
        None => DEFAULT_SEED,
        Some(s) => parse_seed(s).unwrap_or_else(|| {
            eprintln!("SEED must be a number (decimal or 0x hex)\n{usage}");
            std::process::exit(2)
        }),
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("{}: {e}", dir.display());
        std::process::exit(1);
    }
    let mut bytes = 0usize;
    for index in 0..n {
        let text = guide_yaml(seed, index, n);
        bytes += text.len();
        let path = dir.join(format!("{}.yaml", guide_id(seed, index)));
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("{}: {e}", path.display());
            std::process::exit(1);
        }
    }
    eprintln!(
        "wrote {n} guide{}, {:.1} MB ({:.1} KB per guide), seed {seed:#x}, to {}",
        if n == 1 { "" } else { "s" },
        bytes as f64 / 1e6,
        bytes as f64 / 1e3 / n.max(1) as f64,
        dir.display()
    );
}

fn parse_seed(s: &str) -> Option<u64> {
    match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(&hex.replace('_', ""), 16).ok(),
        None => s.replace('_', "").parse().ok(),
    }
}

/// SplitMix64: tiny, fast and good enough to make varied test data.
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`; `n` must be positive.
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with the given probability in percent.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    pub fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.below(i + 1);
            xs.swap(i, j);
        }
    }
}

/// The random stream of guide `index`: its first draws decide the id.
fn stream(seed: u64, index: usize) -> SplitMix64 {
    let mut r = SplitMix64::new(seed ^ (index as u64).wrapping_mul(0xD1B5_4A32_D192_ED03));
    r.next_u64();
    r
}

/// The role and domain of guide `index` (indices into [`ROLES`], [`DOMAINS`]).
fn identity(r: &mut SplitMix64) -> (usize, usize) {
    (r.below(ROLES.len()), r.below(DOMAINS.len()))
}

/// The id (and file stem) of guide `index`, e.g. `fintech-backend-engineer-17`.
pub fn guide_id(seed: u64, index: usize) -> String {
    let (role, domain) = identity(&mut stream(seed, index));
    format!("{}-{}-{index}", DOMAINS[domain].0, ROLES[role].0)
}

const ROLES: &[(&str, &str)] = &[
    ("backend-engineer", "Backend Engineer"),
    ("frontend-engineer", "Frontend Engineer"),
    ("full-stack-engineer", "Full-Stack Engineer"),
    ("data-engineer", "Data Engineer"),
    ("analytics-engineer", "Analytics Engineer"),
    ("ml-engineer", "Machine Learning Engineer"),
    ("platform-engineer", "Platform Engineer"),
    ("site-reliability-engineer", "Site Reliability Engineer"),
    ("security-engineer", "Security Engineer"),
    ("mobile-engineer", "Mobile Engineer"),
    ("qa-engineer", "Quality Engineer"),
    ("devops-engineer", "DevOps Engineer"),
    ("database-administrator", "Database Administrator"),
    ("solutions-architect", "Solutions Architect"),
    ("engineering-manager", "Engineering Manager"),
    ("tech-lead", "Tech Lead"),
    ("developer-advocate", "Developer Advocate"),
    ("embedded-engineer", "Embedded Engineer"),
    ("game-developer", "Game Developer"),
    ("support-engineer", "Support Engineer"),
    ("release-engineer", "Release Engineer"),
    ("search-engineer", "Search Engineer"),
];

const DOMAINS: &[(&str, &str)] = &[
    ("fintech", "Fintech"),
    ("healthcare", "Healthcare"),
    ("retail", "Retail"),
    ("logistics", "Logistics"),
    ("media", "Media"),
    ("gaming", "Gaming"),
    ("insurance", "Insurance"),
    ("travel", "Travel"),
    ("energy", "Energy"),
    ("telecom", "Telecom"),
    ("public-sector", "Public Sector"),
    ("education", "Education"),
    ("automotive", "Automotive"),
    ("saas", "SaaS"),
    ("marketplace", "Marketplace"),
    ("biotech", "Biotech"),
    ("adtech", "Adtech"),
    ("security", "Security"),
];

/// One skill of the shared vocabulary.
struct Voc {
    id: String,
    name: String,
    category: &'static str,
}

/// Skills of the built-in guides, with their names, so a generated corpus
/// can be validated together with `guides/` too.
const BUILTIN_SKILLS: &[(&str, &str, &str)] = &[
    ("api-design", "API Design", "technical"),
    (
        "architecture-documentation",
        "Architecture Documentation",
        "technical",
    ),
    ("backend-programming", "Backend Programming", "technical"),
    ("capacity-planning", "Capacity Planning", "technical"),
    (
        "cloud-cost-management",
        "Cloud Cost Management",
        "technical",
    ),
    ("cloud-services", "Cloud Services", "technical"),
    ("code-review", "Code Review", "technical"),
    ("communication", "Communication", "professional"),
    ("community-building", "Community Building", "domain"),
    ("containerization", "Containerization", "technical"),
    ("continuous-delivery", "Continuous Delivery", "technical"),
    (
        "continuous-integration",
        "Continuous Integration",
        "technical",
    ),
    (
        "cross-team-influence",
        "Cross-Team Influence",
        "professional",
    ),
    ("data-pipelines", "Data Pipelines", "technical"),
    ("data-quality", "Data Quality", "technical"),
    ("data-warehousing", "Data Warehousing", "technical"),
    ("database-design", "Database Design", "technical"),
    (
        "database-optimization",
        "Database Optimization",
        "technical",
    ),
    ("debugging", "Debugging", "technical"),
    ("developer-experience", "Developer Experience", "technical"),
    (
        "distributed-data-processing",
        "Distributed Data Processing",
        "technical",
    ),
    ("frontend-development", "Frontend Development", "technical"),
    ("hiring", "Hiring and Interviewing", "professional"),
    ("incident-response", "Incident Response", "technical"),
    (
        "infrastructure-as-code",
        "Infrastructure as Code",
        "technical",
    ),
    ("kubernetes", "Kubernetes", "technical"),
    ("linux-systems", "Linux Systems", "technical"),
    ("mentoring", "Mentoring", "professional"),
    ("networking", "Networking Fundamentals", "technical"),
    ("observability", "Observability", "technical"),
    ("people-management", "People Management", "professional"),
    ("performance-tuning", "Performance Tuning", "technical"),
    ("problem-solving", "Problem Solving", "professional"),
    ("product-thinking", "Product Thinking", "domain"),
    ("project-delivery", "Project Delivery", "professional"),
    ("public-speaking", "Public Speaking", "professional"),
    (
        "reliability-engineering",
        "Reliability Engineering",
        "technical",
    ),
    (
        "security-fundamentals",
        "Security Fundamentals",
        "technical",
    ),
    ("sql", "SQL", "technical"),
    (
        "stakeholder-collaboration",
        "Stakeholder Collaboration",
        "professional",
    ),
    ("system-design", "System Design", "technical"),
    (
        "technical-leadership",
        "Technical Leadership",
        "professional",
    ),
    ("technical-strategy", "Technical Strategy", "professional"),
    ("technical-writing", "Technical Writing", "professional"),
    ("testing", "Testing", "technical"),
    ("web-accessibility", "Web Accessibility", "technical"),
];

/// Technical areas; each is combined with every [`ASPECTS`] entry.
const AREAS: &[(&str, &str)] = &[
    ("postgresql", "PostgreSQL"),
    ("mysql", "MySQL"),
    ("redis", "Redis"),
    ("kafka", "Kafka"),
    ("spark", "Spark"),
    ("airflow", "Airflow"),
    ("terraform", "Terraform"),
    ("helm", "Helm"),
    ("docker", "Docker"),
    ("aws", "AWS"),
    ("gcp", "GCP"),
    ("azure", "Azure"),
    ("graphql", "GraphQL"),
    ("grpc", "gRPC"),
    ("rest-api", "REST API"),
    ("react", "React"),
    ("typescript", "TypeScript"),
    ("python", "Python"),
    ("go", "Go"),
    ("java", "Java"),
    ("rust", "Rust"),
    ("kotlin", "Kotlin"),
    ("swift", "Swift"),
    ("elasticsearch", "Elasticsearch"),
    ("dns", "DNS"),
    ("tls", "TLS"),
    ("oauth", "OAuth"),
    ("service-mesh", "Service Mesh"),
    ("message-queue", "Message Queue"),
    ("caching", "Caching"),
    ("feature-flag", "Feature Flag"),
    ("browser", "Browser"),
    ("mobile-release", "Mobile Release"),
    ("ml-model", "ML Model"),
    ("data-lake", "Data Lake"),
    ("stream-processing", "Stream Processing"),
    ("identity", "Identity"),
    ("payments", "Payments"),
    ("load-balancer", "Load Balancer"),
    ("build-system", "Build System"),
];

const ASPECTS: &[(&str, &str)] = &[
    ("fundamentals", "Fundamentals"),
    ("design", "Design"),
    ("operations", "Operations"),
    ("testing", "Testing"),
    ("security", "Security"),
    ("performance", "Performance"),
    ("automation", "Automation"),
];

const PROFESSIONAL: &[(&str, &str)] = &[
    ("written-communication", "Written Communication"),
    ("negotiation", "Negotiation"),
    ("prioritization", "Prioritization"),
    ("estimation", "Estimation"),
    ("conflict-resolution", "Conflict Resolution"),
    ("coaching", "Coaching"),
    ("decision-making", "Decision Making"),
    ("facilitation", "Facilitation"),
    ("feedback", "Giving and Receiving Feedback"),
    ("ownership", "Ownership"),
    ("time-management", "Time Management"),
    ("presentation-skills", "Presentation Skills"),
    ("collaboration", "Collaboration"),
    ("planning", "Planning"),
    ("risk-management", "Risk Management"),
    ("change-management", "Change Management"),
    ("onboarding", "Onboarding Others"),
    ("remote-work", "Remote Collaboration"),
    ("budgeting", "Budgeting"),
    ("vendor-management", "Vendor Management"),
];

const DOMAIN_SKILLS: &[(&str, &str)] = &[
    ("payments-compliance", "Payments Compliance"),
    ("pci-dss", "PCI DSS"),
    ("hipaa", "HIPAA"),
    ("gdpr", "GDPR"),
    ("clinical-data", "Clinical Data"),
    ("supply-chain", "Supply Chain"),
    ("pricing", "Pricing"),
    ("fraud-detection", "Fraud Detection"),
    ("risk-modelling", "Risk Modelling"),
    ("recommendation-systems", "Recommendation Systems"),
    ("media-streaming", "Media Streaming"),
    ("ad-auctions", "Ad Auctions"),
    ("game-economy", "Game Economy"),
    ("telematics", "Telematics"),
    ("grid-operations", "Grid Operations"),
    ("accessibility-law", "Accessibility Law"),
    ("procurement-rules", "Procurement Rules"),
    ("learning-analytics", "Learning Analytics"),
    ("customer-support", "Customer Support"),
    ("experimentation", "Experimentation"),
    ("search-relevance", "Search Relevance"),
    ("geospatial-data", "Geospatial Data"),
    ("identity-verification", "Identity Verification"),
    ("billing", "Billing"),
    ("localization", "Localization"),
    ("safety-certification", "Safety Certification"),
];

/// The shared vocabulary: built-in skills, then area × aspect, then the
/// professional and domain lists; ids are unique.
fn vocabulary() -> &'static [Voc] {
    static VOC: OnceLock<Vec<Voc>> = OnceLock::new();
    VOC.get_or_init(|| {
        let mut out: Vec<Voc> = Vec::new();
        let mut seen = HashSet::new();
        let mut add = |id: String, name: String, category: &'static str| {
            if seen.insert(id.clone()) {
                out.push(Voc { id, name, category });
            }
        };
        for (id, name, category) in BUILTIN_SKILLS {
            let category = match *category {
                "professional" => "professional",
                "domain" => "domain",
                _ => "technical",
            };
            add(id.to_string(), name.to_string(), category);
        }
        for (area, area_name) in AREAS {
            for (aspect, aspect_name) in ASPECTS {
                add(
                    format!("{area}-{aspect}"),
                    format!("{area_name} {aspect_name}"),
                    "technical",
                );
            }
        }
        for (id, name) in PROFESSIONAL {
            add(id.to_string(), name.to_string(), "professional");
        }
        for (id, name) in DOMAIN_SKILLS {
            add(id.to_string(), name.to_string(), "domain");
        }
        out
    })
}

fn by_category(category: &str) -> Vec<usize> {
    (vocabulary().iter().enumerate())
        .filter(|(_, v)| v.category == category)
        .map(|(i, _)| i)
        .collect()
}

const LEVEL_SETS: &[&[&str]] = &[
    &["junior", "mid", "senior", "principal"],
    &["l1", "l2", "l3", "l4", "l5"],
    &["associate", "engineer", "senior", "staff"],
    &["entry", "mid", "senior", "lead"],
    &["entry", "mid", "senior"],
];

const DESCRIPTION_SENTENCES: &[&str] = &[
    "Applies {name} to the services and data of a team in {domain}.",
    "Knows the trade-offs of {name} and explains them to peers in reviews and design docs.",
    "Uses {name} to keep the work of the team reliable, observable and cheap to change.",
    "Reads the documentation and source of the tools behind {name} when the defaults are not enough.",
    "Measures the effect of {name} changes in production and spots regressions early.",
    "Teaches {name} to newer colleagues through pairing, reviews and short written guides.",
    "Balances speed and safety when {name} decisions affect other teams or customers.",
    "Keeps up with changes in {name} practice and adopts them when they pay off.",
    "Automates the repetitive parts of {name} and documents the rest in runbooks.",
    "Connects {name} work to user needs, costs and the goals of the business.",
    "Recognises when {name} is the wrong tool and proposes a simpler alternative.",
    "Writes down the conventions for {name} so that the whole team follows them.",
    "Practises {name} every week.",
    "Reviews {name} changes of others.",
    "Tracks {name} debt openly.",
];

const ANCHORS: [&str; 6] = [
    "Has not yet used {name} in real work.",
    "Follows existing {name} practice on small, well-defined tasks with guidance.",
    "Handles routine {name} work alone and asks for review on anything new.",
    "Owns {name} for one service end to end and helps teammates with it.",
    "Sets the {name} approach for a team and reviews the hardest changes.",
    "Shapes {name} practice across the organisation and is asked for advice by other teams.",
];

const RESOURCE_TITLES: &[&str] = &[
    "{name} Handbook",
    "Practical {name}",
    "A Field Guide to {name}",
    "{name} in Production",
    "Notes on {name} for {role}s",
    "The {name} Reading List",
];

const RESPONSIBILITIES: &[&str] = &[
    "Design, build and maintain the systems their team owns in {domain}",
    "Review code and designs for correctness, security and operability",
    "Work with product managers and designers to shape and scope features",
    "Keep production healthy by monitoring, alerting and joining the on-call rotation",
    "Write and maintain documentation, runbooks and onboarding material",
    "Improve the performance and cost of the services in the team's care",
    "Mentor colleagues and share knowledge through pairing and talks",
    "Plan and deliver migrations without interrupting customers",
    "Take part in incident reviews and follow through on their actions",
    "Evaluate tools and vendors and recommend what to adopt",
    "Meet the regulatory and contractual obligations of the {domain} sector",
    "Estimate work, track risks and communicate progress to stakeholders",
];

const STEP_VERBS: &[(&str, &str)] = &[
    ("ship", "Ship a small project that exercises"),
    ("lead", "Lead a piece of team work that depends on"),
    ("teach", "Prepare and give a short internal session on"),
    ("audit", "Audit an existing service for weaknesses in"),
    ("pair", "Pair for a month with an experienced colleague on"),
    ("document", "Write a reviewed guide for the team on"),
    ("measure", "Define metrics and a target for"),
    (
        "rebuild",
        "Rebuild a toy version of a production system to practise",
    ),
];

const SUGGESTIONS: &[&str] = &[
    "Build a small production style service for a use case from {domain}, with authentication, a database and monitoring.",
    "Read the postmortems your organisation has published and summarise the lessons for your team.",
    "Contribute a fix or a feature to an open source project your team depends on.",
    "Keep a weekly log of what you learned and review it with your manager every month.",
    "Volunteer for the next migration or upgrade nobody else wants to own.",
    "Shadow a senior {role} for a week and write down how they decide what to work on.",
    "Rewrite one of your older projects with what you know now and compare the two.",
    "Join a community of {role}s and answer one question a week.",
];

const EMPLOYERS: &[&str] = &[
    "Northwind Traders",
    "Contoso",
    "Fabrikam",
    "Globex",
    "Initech",
    "Umbrella Health",
    "Acme Logistics",
    "Blue Yonder Airlines",
    "Tailspin Toys",
    "Wide World Importers",
    "Litware",
    "Proseware",
];

const SECTORS: &[&str] = &[
    "Technology",
    "Finance",
    "Healthcare",
    "Retail",
    "Manufacturing",
    "Government",
    "Education",
    "Media",
    "Transport",
];

fn fill(template: &str, name: &str, role: &str, domain: &str) -> String {
    template
        .replace("{name}", name)
        .replace("{role}", role)
        .replace("{domain}", domain)
}

/// A scalar as YAML: plain where that is unambiguous, else double-quoted.
/// `flow`: the scalar sits inside `[...]`, where `,` is special.
fn scalar(s: &str, flow: bool) -> String {
    let first_ok = s.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
    let chars_ok = s
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || " .()'/+-".contains(c) || (!flow && c == ','));
    let ambiguous = matches!(
        s.to_ascii_lowercase().as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "y" | "n"
    ) || s.parse::<f64>().is_ok();
    if first_ok && chars_ok && !ambiguous && !s.ends_with(' ') && !s.contains("  ") {
        s.to_string()
    } else {
        let mut out = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }
}

fn article(word: &str) -> &'static str {
    match word.as_bytes().first() {
        Some(b'A' | b'E' | b'I' | b'O' | b'U' | b'a' | b'e' | b'i' | b'o' | b'u') => "an",
        _ => "a",
    }
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for word in s
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    out
}

/// A description of 100–300 characters made of whole sentences.
fn description(r: &mut SplitMix64, name: &str, role: &str, domain: &str) -> String {
    let target = if r.chance(75) {
        r.range(100, 135)
    } else {
        r.range(150, 290)
    };
    let mut order: Vec<usize> = (0..DESCRIPTION_SENTENCES.len()).collect();
    r.shuffle(&mut order);
    let mut out = String::new();
    for i in order {
        let sentence = fill(DESCRIPTION_SENTENCES[i], name, role, domain);
        let len = out.len() + usize::from(!out.is_empty()) + sentence.len();
        if !out.is_empty() && (out.len() >= target || (len > 300 && out.len() >= 100)) {
            break;
        }
        if len > 300 {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&sentence);
    }
    debug_assert!((100..=300).contains(&out.len()), "{}: {out}", out.len());
    out
}

/// The YAML text of guide `index` of a corpus of `total` guides.
pub fn guide_yaml(seed: u64, index: usize, total: usize) -> String {
    let mut r = stream(seed, index);
    let (role_i, domain_i) = identity(&mut r);
    let (_, role) = ROLES[role_i];
    let (_, domain) = DOMAINS[domain_i];
    let id = guide_id(seed, index);
    let voc = vocabulary();
    let mut y = String::with_capacity(16 * 1024);

    let _ = writeln!(
        y,
        "# Synthetic guide {index} of {total}, written by `cargo run --example gen_corpus` (seed {seed:#x}).\n\
         # Names and figures are made up; the structure follows the careerctl guide format."
    );
    let _ = writeln!(y, "schema_version: 1\nid: {id}");
    let title = format!("{domain} {role}");
    let _ = writeln!(y, "title: {}", scalar(&title, false));
    let summary = format!(
        "Designs, builds and runs the software a business in {domain} depends on, as {} {role} working with product, design and operations.",
        article(role)
    );
    let _ = writeln!(y, "summary: {}", scalar(&summary, false));
    if r.chance(50) {
        let _ = writeln!(y, "source: Synthetic benchmark corpus");
    }
    // Named without drawing from the generator, so the rest of the corpus
    // stays as it was: the flags and market figures are made up too.
    y.push_str(
        "sources:\n  - id: synthetic\n    title: Synthetic benchmark corpus (made-up content)\n    \
         covers: [often_missing, salary, demand]\n",
    );

    // Levels: custom in some guides, the default (implicit or spelled out) in the others.
    let levels: &[&str] = match r.below(10) {
        0..=2 => &["entry", "mid", "senior"],
        3..=4 => {
            y.push_str("levels: [entry, mid, senior]\n");
            &["entry", "mid", "senior"]
        }
        _ => {
            let set = *r.pick(&LEVEL_SETS[..LEVEL_SETS.len() - 1]);
            let _ = writeln!(y, "levels: [{}]", set.join(", "));
            set
        }
    };

    y.push_str("\nresponsibilities:\n");
    let mut resp: Vec<usize> = (0..RESPONSIBILITIES.len()).collect();
    r.shuffle(&mut resp);
    for &i in &resp[..r.range(5, 9)] {
        let text = fill(RESPONSIBILITIES[i], "", &role.to_lowercase(), domain);
        let _ = writeln!(y, "  - {}", scalar(&text, false));
    }

    // Skills: a few professional and domain ones, the rest technical, about
    // half of those from a handful of focus areas.
    // 15–40, most guides nearer the low end (about 23 on average).
    let n_skills = r.range(15, 40).min(r.range(15, 40));
    let n_prof = r.range(3, 7);
    let n_domain = r.range(1, 4);
    let n_tech = n_skills - n_prof - n_domain;
    let mut chosen: Vec<usize> = Vec::with_capacity(n_skills);
    let mut taken = HashSet::new();
    let mut draw = |r: &mut SplitMix64, pool: &[usize], k: usize, chosen: &mut Vec<usize>| {
        let mut got = 0;
        while got < k {
            let v = *r.pick(pool);
            if taken.insert(v) {
                chosen.push(v);
                got += 1;
            }
        }
    };
    draw(&mut r, &by_category("professional"), n_prof, &mut chosen);
    let technical = by_category("technical");
    let mut areas: Vec<usize> = (0..AREAS.len()).collect();
    r.shuffle(&mut areas);
    let focus: Vec<usize> = (areas[..r.range(2, 4)].iter())
        .flat_map(|&a| {
            let prefix = format!("{}-", AREAS[a].0);
            (voc.iter().enumerate())
                .filter(move |(_, v)| v.id.starts_with(&prefix) && v.category == "technical")
                .map(|(i, _)| i)
        })
        .collect();
    let from_focus = (n_tech / 2).min(focus.len() / 2);
    draw(&mut r, &focus, from_focus, &mut chosen);
    draw(&mut r, &technical, n_tech - from_focus, &mut chosen);
    draw(&mut r, &by_category("domain"), n_domain, &mut chosen);

    let skill_ids: HashSet<&str> = chosen.iter().map(|&v| voc[v].id.as_str()).collect();
    let mut aliases_used: HashSet<String> = HashSet::new();
    let role_lc = role.to_lowercase();
    y.push_str("\nskills:\n");
    for &v in &chosen {
        let s = &voc[v];
        let _ = writeln!(y, "  - id: {}\n    name: {}", s.id, scalar(&s.name, false));
        let _ = writeln!(y, "    category: {}", s.category);
        let importance = *r.pick(&[1, 2, 3, 3, 4, 4, 4, 5, 5, 5]);
        let _ = writeln!(y, "    importance: {importance}");
        if r.chance(15) {
            y.push_str("    often_missing: true\n");
        }
        let mut req = r.range(0, 2);
        let mut parts = Vec::with_capacity(levels.len());
        for (k, level) in levels.iter().enumerate() {
            if k > 0 && r.chance(65) {
                req = (req + 1).min(5);
            }
            parts.push(format!("{level}: {req}"));
        }
        let _ = writeln!(y, "    required: {{{}}}", parts.join(", "));
        let text = description(&mut r, &s.name, &role_lc, domain);
        let _ = writeln!(y, "    description: {}", scalar(&text, false));
        if r.chance(20) {
            let mut ratings: Vec<usize> = (1..=5).collect();
            r.shuffle(&mut ratings);
            let mut ratings = ratings[..2].to_vec();
            ratings.sort_unstable();
            y.push_str("    anchors:\n");
            for n in ratings {
                let text = fill(ANCHORS[n], &s.name, &role_lc, domain);
                let _ = writeln!(y, "      {n}: {}", scalar(&text, false));
            }
        }
        if r.chance(15) {
            let candidates = [
                format!("{}-skills", s.id),
                format!("legacy-{}", s.id),
                format!("{}-practice", s.id),
            ];
            let alias = r.pick(&candidates);
            if !skill_ids.contains(alias.as_str()) && aliases_used.insert(alias.clone()) {
                let _ = writeln!(y, "    aliases: [{alias}]");
            }
        }
        if r.chance(25) {
            y.push_str("    resources:\n");
            let mut titles: Vec<usize> = (0..RESOURCE_TITLES.len()).collect();
            r.shuffle(&mut titles);
            for &t in &titles[..1 + usize::from(r.chance(20))] {
                let title = fill(RESOURCE_TITLES[t], &s.name, role, domain);
                let _ = writeln!(
                    y,
                    "      - title: {}\n        url: https://example.org/{}/{}/{}",
                    scalar(&title, false),
                    s.category,
                    s.id,
                    slug(&title)
                );
            }
        }
        y.push('\n');
    }

    // Next steps: every skill goes to one step, some steps get an extra one.
    let n_steps = r.range(5, 10);
    let mut order: Vec<usize> = (0..chosen.len()).collect();
    r.shuffle(&mut order);
    let mut steps: Vec<Vec<usize>> = vec![Vec::new(); n_steps];
    for (k, &i) in order.iter().enumerate() {
        steps[k % n_steps].push(i);
    }
    for step in &mut steps {
        if r.chance(30) {
            let extra = r.below(chosen.len());
            if !step.contains(&extra) {
                step.push(extra);
            }
        }
    }
    y.push_str("next_steps:\n");
    let mut step_ids = HashSet::new();
    for step in &steps {
        let (verb, phrase) = *r.pick(STEP_VERBS);
        let first = &voc[chosen[step[0]]];
        let mut step_id = format!("{verb}-{}", first.id);
        let mut n = 2;
        while !step_ids.insert(step_id.clone()) {
            step_id = format!("{verb}-{}-{n}", first.id);
            n += 1;
        }
        let names: Vec<&str> = step.iter().map(|&i| voc[chosen[i]].name.as_str()).collect();
        let listed = match names.as_slice() {
            [one] => one.to_string(),
            [one, two] => format!("{one} and {two}"),
            [one, two, ..] => format!("{one}, {two} and related skills"),
            [] => unreachable!(),
        };
        let text = format!("{phrase} {listed}");
        let ids: Vec<&str> = step.iter().map(|&i| voc[chosen[i]].id.as_str()).collect();
        let _ = writeln!(
            y,
            "  - id: {step_id}\n    text: {}\n    skills: [{}]",
            scalar(&text, false),
            ids.join(", ")
        );
    }

    y.push_str("\ndevelopment_suggestions:\n");
    let mut sugg: Vec<usize> = (0..SUGGESTIONS.len()).collect();
    r.shuffle(&mut sugg);
    for &i in &sugg[..r.range(3, 6)] {
        let text = fill(SUGGESTIONS[i], "", &role_lc, domain);
        let _ = writeln!(y, "  - {}", scalar(&text, false));
    }

    // Career: ids of other guides of the same corpus.
    let others = |r: &mut SplitMix64, max: usize, taken: &mut HashSet<usize>| {
        let k = r.range(0, max).min(total.saturating_sub(1 + taken.len()));
        let mut out = Vec::new();
        while out.len() < k {
            let j = r.below(total);
            if j != index && taken.insert(j) {
                out.push(guide_id(seed, j));
            }
        }
        out
    };
    let mut taken = HashSet::new();
    let leads_to = others(&mut r, 3, &mut taken);
    let transitions = others(&mut r, 3, &mut taken);
    let _ = writeln!(
        y,
        "\ncareer:\n  leads_to: [{}]\n  transitions: [{}]",
        leads_to.join(", "),
        transitions.join(", ")
    );

    if r.chance(55) {
        y.push_str("\nmarket:\n");
        if r.chance(70) {
            let currency = *r.pick(&["USD", "EUR", "GBP", "CAD"]);
            let _ = writeln!(y, "  salary:\n    currency: {currency}");
            let mut min = r.range(35, 90) as u64 * 1000;
            let mut max = min * r.range(125, 150) as u64 / 100 / 1000 * 1000;
            let mut parts = Vec::new();
            for (k, level) in levels.iter().enumerate() {
                if k > 0 {
                    min = (min * r.range(115, 145) as u64 / 100 / 1000 * 1000).max(min);
                    max = (max * r.range(115, 145) as u64 / 100 / 1000 * 1000).max(max);
                    max = max.max(min);
                }
                parts.push(format!("{level}: [{min}, {max}]"));
            }
            let _ = writeln!(y, "    ranges: {{{}}}", parts.join(", "));
        }
        let demand = format!(
            "Steady demand for {}s in {domain}, strongest in larger cities and for remote roles.",
            role_lc
        );
        let _ = writeln!(y, "  demand: {}", scalar(&demand, false));
        let mut e: Vec<&str> = EMPLOYERS.to_vec();
        r.shuffle(&mut e);
        let e: Vec<String> = e[..r.range(2, 5)].iter().map(|s| scalar(s, true)).collect();
        let _ = writeln!(y, "  employers: [{}]", e.join(", "));
        let mut s: Vec<&str> = SECTORS.to_vec();
        r.shuffle(&mut s);
        let s: Vec<String> = s[..r.range(1, 3)].iter().map(|s| scalar(s, true)).collect();
        let _ = writeln!(y, "  sectors: [{}]", s.join(", "));
    }
    y
}
