//! The report as a self-contained HTML page and the skill wheel as SVG
//! (README, "HTML and SVG").
//!
//! Rust computes what to show (texts cleaned of control characters, links
//! only for `http`, `https` and `mailto`, the wheel's geometry); the
//! templates in `html/` lay it out (the three pages extend `page.html`,
//! which holds the head, its Content-Security-Policy and the footer).
//! minijinja escapes every value for HTML/XML, so guide text can never
//! become markup. The page has no script and loads nothing: CSS and SVG are
//! inline, and its Content-Security-Policy forbids every request.

use std::f64::consts::PI;

use minijinja::syntax::SyntaxConfig;
use minijinja::value::Serde;
use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value, context};
use serde::Serialize;

use super::text::clean;
use crate::guide::Guide;
use crate::report::{PlanKind, Report};

const BASE: &str = include_str!("html/page.html");
const PAGE: &str = include_str!("html/report.html");
const WHEEL: &str = include_str!("html/wheel.svg");
const STYLE: &str = include_str!("html/style.css");
const WHEEL_STYLE: &str = include_str!("html/wheel.css");
const HISTORY_PAGE: &str = include_str!("html/history.html");
const HISTORY_CHART: &str = include_str!("html/history.svg");
const CHART_STYLE: &str = include_str!("html/chart.css");
const TEAM_PAGE: &str = include_str!("html/team.html");

/// Radius of the outer ring (rating 5) of the wheel, in SVG units.
const RADIUS: f64 = 200.0;
/// Where the labels start, from the centre.
const LABEL_AT: f64 = RADIUS + 12.0;
/// Label font size and the estimated width of one character in it.
const FONT: f64 = 12.0;
const CHAR_W: f64 = FONT * 0.6;
/// Longer skill names are cut (the whole name is the label's tooltip and in the table).
const LABEL_CHARS: usize = 26;

fn env() -> Environment<'static> {
    let mut env = Environment::new();
    // Everything these templates write is HTML or SVG (XML): escape all values.
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_syntax(
        SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build()
            .expect("a valid syntax"),
    );
    for (name, text) in [
        ("page.html", BASE),
        ("report.html", PAGE),
        ("wheel.svg", WHEEL),
        ("style.css", STYLE),
        ("wheel.css", WHEEL_STYLE),
        ("history.html", HISTORY_PAGE),
        ("history.svg", HISTORY_CHART),
        ("chart.css", CHART_STYLE),
        ("team.html", TEAM_PAGE),
    ] {
        env.add_template(name, text)
            .expect("the built-in templates parse");
    }
    env
}

fn render(name: &str, ctx: Value) -> String {
    env()
        .get_template(name)
        .and_then(|t| t.render(ctx))
        .expect("the built-in templates render")
}

/// Guide text as it may appear in a page: control characters and bidi
/// overrides shown escaped, as on a terminal (they are not even allowed in XML).
fn t(s: &str) -> String {
    clean(s).into_owned()
}

/// A link, or only its text when the URL is not `http`, `https` or `mailto`.
#[derive(Debug, Serialize)]
struct Link {
    text: String,
    href: Option<String>,
    /// The URL as text, shown when it is not a link.
    url: String,
}

/// Whether `url` may be a link: `http`, `https` or `mailto`, nothing else.
pub fn safe_href(url: &str) -> Option<String> {
    let url = url.trim();
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    let (_, rest) = url.split_once(':')?;
    (super::linkable(url) && !rest.is_empty()).then(|| url.to_string())
}

fn link(title: &str, url: &str) -> Link {
    Link {
        text: t(title),
        href: safe_href(url),
        url: t(url),
    }
}

/// One skill on the wheel and in the data table.
#[derive(Debug, Clone, Serialize)]
struct SkillRow {
    id: String,
    name: String,
    rating: u8,
    rated: String,
    required: u8,
    gap: u8,
    often_missing: bool,
}

fn skill_rows(r: &Report, guide: &Guide) -> Vec<SkillRow> {
    (guide.skills.iter())
        .map(|s| {
            let rating = r.ratings.get(&s.id).copied().unwrap_or(r.assumed_unrated);
            let required = s.required_at(&r.level);
            SkillRow {
                id: t(&s.id),
                name: t(&s.name),
                rating,
                rated: if r.ratings.contains_key(&s.id) {
                    rating.to_string()
                } else {
                    "–".into()
                },
                required,
                gap: required.saturating_sub(rating),
                often_missing: s.often_missing,
            }
        })
        .collect()
}

/// One decimal place: enough for a drawing, and stable for snapshots.
fn n(x: f64) -> f64 {
    let r = (x * 10.0).round() / 10.0;
    if r == 0.0 { 0.0 } else { r }
}

#[derive(Debug, Serialize)]
struct Label {
    x: f64,
    y: f64,
    anchor: &'static str,
    /// Degrees to turn the label about (x, y); 0 for level text.
    rotate: f64,
    text: String,
    full: String,
    class: &'static str,
}

#[derive(Debug, Serialize)]
struct Spoke {
    x: f64,
    y: f64,
    often_missing: bool,
    label: Label,
    dot_x: f64,
    dot_y: f64,
}

#[derive(Debug, Serialize)]
struct Ring {
    r: f64,
    level: u8,
    label_y: f64,
}

/// The skill wheel: everything the template needs, in SVG units.
#[derive(Debug, Serialize)]
struct Wheel {
    view_box: String,
    width: i64,
    height: i64,
    rings: Vec<Ring>,
    spokes: Vec<Spoke>,
    rated: String,
    required: String,
    /// A team's range: the highest and the lowest rating per skill.
    high: Option<String>,
    low: Option<String>,
    /// What the filled outline is: "your rating", "team median".
    rated_label: &'static str,
    radial: bool,
    title: String,
    desc: String,
    legend_y: f64,
    legend_x: f64,
    level: String,
}

/// An estimated box around a label, for the overlap check.
#[derive(Debug, Clone, Copy)]
struct Box2 {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Box2 {
    fn overlaps(&self, o: &Box2) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
}

fn clip_label(name: &str) -> String {
    clip_to(name, LABEL_CHARS)
}

/// `name` cut to `max` characters, an ellipsis the last when it was cut.
fn clip_to(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        name.to_string()
    } else {
        let mut s: String = name.chars().take(max - 1).collect();
        s = s.trim_end().to_string();
        s.push('…');
        s
    }
}

/// The angle of spoke `i` of `count`: the first at the top, clockwise.
fn angle(i: usize, count: usize) -> f64 {
    -PI / 2.0 + 2.0 * PI * i as f64 / count.max(1) as f64
}

/// Labels set level, each beside its spoke's end; with the estimated boxes.
fn level_labels(names: &[String]) -> Vec<(Label, Box2)> {
    let count = names.len();
    (names.iter().enumerate())
        .map(|(i, name)| {
            let a = angle(i, count);
            let (c, s) = (a.cos(), a.sin());
            let (x, y) = (LABEL_AT * c, LABEL_AT * s);
            let text = clip_label(name);
            let w = text.chars().count() as f64 * CHAR_W;
            let (anchor, x0) = if c.abs() < 0.15 {
                ("middle", x - w / 2.0)
            } else if c > 0.0 {
                ("start", x)
            } else {
                ("end", x - w)
            };
            // Baseline: centred on the spoke's end, above it at the top, below at the bottom.
            let y = y + FONT * 0.35 + s * FONT * 0.5;
            let b = Box2 {
                x0,
                y0: y - FONT,
                x1: x0 + w,
                y1: y + FONT * 0.3,
            };
            let label = Label {
                x: n(x),
                y: n(y),
                anchor,
                rotate: 0.0,
                text,
                full: name.clone(),
                class: "",
            };
            (label, b)
        })
        .collect()
}

/// Labels along their spokes, turned so they read left to right: they
/// cannot overlap while neighbouring spokes are a line height apart at
/// [`LABEL_AT`] (up to about 100 spokes).
fn radial_labels(names: &[String]) -> Vec<(Label, Box2)> {
    let count = names.len();
    (names.iter().enumerate())
        .map(|(i, name)| {
            let a = angle(i, count);
            let (c, s) = (a.cos(), a.sin());
            let (x, y) = (LABEL_AT * c, LABEL_AT * s);
            let text = clip_label(name);
            let w = text.chars().count() as f64 * CHAR_W;
            let mut deg = a.to_degrees();
            let anchor = if c < -1e-9 {
                deg += 180.0;
                "end"
            } else {
                "start"
            };
            let (ex, ey) = ((LABEL_AT + w) * c, (LABEL_AT + w) * s);
            let b = Box2 {
                x0: x.min(ex) - FONT / 2.0,
                y0: y.min(ey) - FONT / 2.0,
                x1: x.max(ex) + FONT / 2.0,
                y1: y.max(ey) + FONT / 2.0,
            };
            let label = Label {
                x: n(x),
                y: n(y),
                anchor,
                rotate: n(deg),
                text,
                full: name.clone(),
                class: "",
            };
            (label, b)
        })
        .collect()
}

/// Whether any two of the boxes overlap.
fn any_overlap(boxes: &[Box2]) -> bool {
    (0..boxes.len()).any(|i| (i + 1..boxes.len()).any(|j| boxes[i].overlaps(&boxes[j])))
}

fn points(values: &[u8]) -> String {
    points_f(&values.iter().map(|&v| f64::from(v)).collect::<Vec<_>>())
}

fn points_f(values: &[f64]) -> String {
    let count = values.len();
    (values.iter().enumerate())
        .map(|(i, &v)| {
            let a = angle(i, count);
            let r = RADIUS * v / 5.0;
            format!("{},{}", n(r * a.cos()), n(r * a.sin()))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A team's ratings per skill, in the order of the wheel's rows.
struct TeamValues {
    median: Vec<f64>,
    min: Vec<u8>,
    max: Vec<u8>,
}

fn wheel(level: &str, title: &str, rows: &[SkillRow], team: Option<&TeamValues>) -> Wheel {
    let names: Vec<String> = rows.iter().map(|s| s.name.clone()).collect();
    let mut labels = level_labels(&names);
    let radial = any_overlap(&labels.iter().map(|(_, b)| *b).collect::<Vec<_>>());
    if radial {
        labels = radial_labels(&names);
    }
    // The drawing's extent: the outer ring and every label.
    let mut ext = Box2 {
        x0: -LABEL_AT,
        y0: -LABEL_AT,
        x1: LABEL_AT,
        y1: LABEL_AT,
    };
    for (_, b) in &labels {
        ext.x0 = ext.x0.min(b.x0);
        ext.y0 = ext.y0.min(b.y0);
        ext.x1 = ext.x1.max(b.x1);
        ext.y1 = ext.y1.max(b.y1);
    }
    let pad = 10.0;
    let legend_h = 28.0;
    let (x0, y0) = ((ext.x0 - pad).floor(), (ext.y0 - pad).floor());
    // Wide enough for the legend too.
    let legend_w = if team.is_some() { 650.0 } else { 510.0 };
    let width = ((ext.x1 + pad).ceil() - x0).max(legend_w + 2.0 * pad);
    let height = (ext.y1 + pad).ceil() - y0 + legend_h;
    let count = rows.len();
    let spokes = (rows.iter().zip(labels))
        .enumerate()
        .map(|(i, (s, (mut label, _)))| {
            let a = angle(i, count);
            label.class = match (s.often_missing, s.gap > 0) {
                (true, true) => "om gap",
                (true, false) => "om",
                (false, true) => "gap",
                (false, false) => "",
            };
            Spoke {
                x: n(RADIUS * a.cos()),
                y: n(RADIUS * a.sin()),
                often_missing: s.often_missing,
                dot_x: n(RADIUS * a.cos()),
                dot_y: n(RADIUS * a.sin()),
                label,
            }
        })
        .collect();
    let rated: Vec<u8> = rows.iter().map(|s| s.rating).collect();
    let required: Vec<u8> = rows.iter().map(|s| s.required).collect();
    let mut short: Vec<&SkillRow> = rows.iter().filter(|s| s.gap > 0).collect();
    short.sort_by_key(|s| std::cmp::Reverse(s.gap));
    let shortfalls: Vec<String> = (short.iter().take(5))
        .map(|s| format!("{} {} of {}", s.name, s.rated, s.required))
        .collect();
    let level = t(level);
    let outlines = if team.is_some() {
        "The filled outline is the team's median, a faint band reaches from the lowest \
         rating to the highest, the dashed outline is"
    } else {
        "One outline is your rating, the other (dashed)"
    };
    let desc = format!(
        "{count} skills, one spoke each, on the rating scale 0 to 5 from the centre out. \
         {outlines} what {level} requires; \
         often-missing skills are marked with a diamond. {}",
        if shortfalls.is_empty() {
            format!("Every rating meets what {level} requires.")
        } else {
            format!(
                "{} skills are below the requirement; the largest shortfalls: {}.",
                short.len(),
                shortfalls.join(", ")
            )
        }
    );
    Wheel {
        view_box: format!("{x0} {y0} {width} {height}"),
        width: width as i64,
        height: height as i64,
        rings: (1..=5)
            .map(|k| Ring {
                r: n(RADIUS * f64::from(k) / 5.0),
                level: k,
                label_y: n(-RADIUS * f64::from(k) / 5.0 + 4.0),
            })
            .collect(),
        spokes,
        rated: match team {
            Some(tv) => points_f(&tv.median),
            None => points(&rated),
        },
        required: points(&required),
        high: team.map(|tv| points(&tv.max)),
        low: team.map(|tv| points(&tv.min)),
        rated_label: if team.is_some() {
            "team median"
        } else {
            "your rating"
        },
        radial,
        title: format!("Skill wheel: {title}, level {level}"),
        desc,
        legend_y: n(y0 + height - legend_h / 2.0),
        legend_x: x0 + pad,
        level,
    }
}

#[derive(Debug, Serialize)]
struct GapRow {
    rank: usize,
    name: String,
    rated: String,
    required: u8,
    gap: u8,
    importance: u8,
    often_missing: bool,
    priority: String,
    /// Bar cells 1..=5: `r` rated, `s` short of the requirement, `b` beyond it.
    cells: Vec<&'static str>,
    links: Vec<Link>,
}

#[derive(Debug, Serialize)]
struct PlanGapRow {
    name: String,
    from: String,
    to: u8,
}

#[derive(Debug, Serialize)]
struct PlanRow {
    rank: usize,
    text: String,
    action: bool,
    gaps: Vec<PlanGapRow>,
    links: Vec<Link>,
}

#[derive(Debug, Serialize)]
struct LevelRow {
    level: String,
    /// The level cut to fit beside its bar.
    short: String,
    pct: String,
    width: f64,
    current: bool,
    y: f64,
}

fn cells(rating: u8, required: u8) -> Vec<&'static str> {
    (1..=5)
        .map(|i| {
            if i <= rating {
                "r"
            } else if i <= required {
                "s"
            } else {
                "b"
            }
        })
        .collect()
}

/// The report as one HTML document. `guide` is the guide it was scored
/// against (for the skills the report does not list: those that need
/// nothing at the level).
pub fn report(r: &Report, guide: &Guide) -> String {
    let rows = skill_rows(r, guide);
    let title = t(&r.guide.title);
    let resources_of = |id: &str| -> Vec<Link> {
        (r.gaps.iter())
            .filter(|g| g.id == id)
            .flat_map(|g| g.resources.iter().map(|res| link(&res.title, &res.url)))
            .collect()
    };
    let gaps: Vec<GapRow> = (r.gaps.iter())
        .map(|g| GapRow {
            rank: g.rank,
            name: t(&g.name),
            rated: if g.unrated {
                "–".into()
            } else {
                g.rating.to_string()
            },
            required: g.required,
            gap: g.gap,
            importance: g.importance,
            often_missing: g.often_missing,
            priority: format!("{:.1}", g.priority),
            cells: cells(g.rating, g.required),
            links: (g.resources.iter())
                .map(|res| link(&res.title, &res.url))
                .collect(),
        })
        .collect();
    let plan: Vec<PlanRow> = (r.plan.iter())
        .map(|item| {
            let mut links: Vec<Link> = item.gaps.iter().flat_map(|p| resources_of(&p.id)).collect();
            links.extend(item.resource.iter().map(|res| link(&res.title, &res.url)));
            // Two gaps can share a resource: each link once.
            let mut seen = std::collections::HashSet::new();
            links.retain(|l| seen.insert(l.url.clone()));
            PlanRow {
                rank: item.rank,
                text: t(&item.text),
                action: item.kind == PlanKind::Action,
                gaps: (item.gaps.iter())
                    .map(|p| PlanGapRow {
                        name: t(&p.name),
                        from: if r.unrated.contains(&p.id) {
                            "–".into()
                        } else {
                            p.from.to_string()
                        },
                        to: p.to,
                    })
                    .collect(),
                links,
            }
        })
        .collect();
    let levels: Vec<LevelRow> = (r.readiness_by_level.iter())
        .enumerate()
        .map(|(i, (level, x))| LevelRow {
            level: t(level),
            short: clip_to(&t(level), 12),
            pct: format!("{x:.1}%"),
            width: n(x * 3.0),
            current: *level == r.level,
            y: i as f64 * 24.0,
        })
        .collect();
    let (above, met): (Vec<_>, Vec<_>) = r.strengths.iter().partition(|s| s.surplus > 0);
    let above: Vec<String> = (above.iter())
        .map(|s| format!("{} {} (needs {})", t(&s.name), s.rating, s.required))
        .collect();
    let met: Vec<String> = met.iter().map(|s| t(&s.name)).collect();
    // As every format says it: what the figures are and where they are from.
    let salary = super::report::salary_line(r).map(|line| {
        let mut chars = line.chars();
        chars
            .next()
            .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
    });
    let unrated = (!r.unrated.is_empty()).then(|| {
        format!(
            "{} unrated, scored as {}: {}",
            r.unrated.len(),
            r.assumed_unrated,
            t(&r.unrated.join(", "))
        )
    });
    let wheel = wheel(&r.level, &title, &rows, None);
    let ctx = context! {
        title,
        guide_id => t(&r.guide.id),
        level => t(&r.level),
        readiness => format!("{:.1}%", r.readiness),
        generated_at => t(&crate::clock::local_minute(&r.generated_at)),
        version => t(&r.tool.version),
        unrated,
        wheel => Value::from(Serde(&wheel)),
        gaps => Value::from(Serde(&gaps)),
        gaps_total => r.gaps_total,
        any_often_missing => r.gaps.iter().any(|g| g.often_missing),
        any_unrated => r.gaps.iter().any(|g| g.unrated),
        assumed_unrated => r.assumed_unrated,
        above,
        met,
        plan => Value::from(Serde(&plan)),
        levels => Value::from(Serde(&levels)),
        levels_height => r.readiness_by_level.len() as f64 * 24.0,
        salary,
        suggestions => r.development_suggestions.iter().map(|d| t(d)).collect::<Vec<_>>(),
        skills => Value::from(Serde(&rows)),
        standalone => false,
    };
    render("report.html", ctx)
}

/// The skill wheel alone, as a standalone SVG document.
pub fn wheel_svg(r: &Report, guide: &Guide) -> String {
    let rows = skill_rows(r, guide);
    let title = t(&r.guide.title);
    let wheel = wheel(&r.level, &title, &rows, None);
    render(
        "wheel.svg",
        context! { wheel => Value::from(Serde(&wheel)), standalone => true },
    )
}

#[derive(Debug, Serialize)]
struct TeamRow {
    name: String,
    median: String,
    min: u8,
    max: u8,
    required: u8,
    below: usize,
    priority: String,
}

#[derive(Debug, Serialize)]
struct HeatRow {
    name: String,
    /// (rating, below the requirement) per person.
    cells: Vec<(u8, bool)>,
}

/// A team's reports rolled up, as an HTML page: the team's wheel (median and
/// range per skill), the ranked team gaps, and from `min_group` people up
/// (when `team.grid` is there) a skills × people heat map.
pub fn team(team: &crate::analysis::team::Team, guide: Option<&Guide>) -> String {
    let often =
        |id: &str| guide.is_some_and(|g| g.skills.iter().any(|s| s.id == id && s.often_missing));
    let rows: Vec<SkillRow> = (team.skills.iter())
        .map(|s| SkillRow {
            id: t(&s.id),
            name: t(&s.name),
            rating: s.median.floor() as u8,
            rated: format!("{}", s.median),
            required: s.required,
            gap: if s.median < f64::from(s.required) {
                1
            } else {
                0
            },
            often_missing: often(&s.id),
        })
        .collect();
    let values = TeamValues {
        median: team.skills.iter().map(|s| s.median).collect(),
        min: team.skills.iter().map(|s| s.min).collect(),
        max: team.skills.iter().map(|s| s.max).collect(),
    };
    let title = t(&team.guide);
    let wheel = wheel(&team.level, &title, &rows, Some(&values));
    let name_of = |id: &str| {
        (team.skills.iter())
            .find(|s| s.id == id)
            .map_or_else(|| t(id), |s| t(&s.name))
    };
    let table: Vec<TeamRow> = (team.skills.iter())
        .map(|s| TeamRow {
            name: t(&s.name),
            median: format!("{}", s.median),
            min: s.min,
            max: s.max,
            required: s.required,
            below: s.below,
            priority: (team.gaps.iter())
                .find(|g| g.id == s.id)
                .map_or_else(String::new, |g| format!("{:.1}", g.priority)),
        })
        .collect();
    let gaps: Vec<(usize, String, String)> = (team.gaps.iter())
        .map(|g| (g.rank, name_of(&g.id), format!("{:.1}", g.priority)))
        .collect();
    let heat: Option<(Vec<String>, Vec<HeatRow>)> = team.grid.as_ref().map(|grid| {
        let people = grid.people.iter().map(|p| t(p)).collect();
        let rows = (grid.rows.iter())
            .map(|row| {
                let required = (team.skills.iter())
                    .find(|s| s.id == row.id)
                    .map_or(0, |s| s.required);
                HeatRow {
                    name: name_of(&row.id),
                    cells: row.ratings.iter().map(|&v| (v, v < required)).collect(),
                }
            })
            .collect();
        (people, rows)
    });
    let ctx = context! {
        title,
        level => t(&team.level),
        people => team.people,
        version => env!("CARGO_PKG_VERSION"),
        wheel => Value::from(Serde(&wheel)),
        table => Value::from(Serde(&table)),
        gaps => Value::from(Serde(&gaps)),
        heat => Value::from(Serde(&heat)),
        standalone => false,
    };
    render("team.html", ctx)
}

/// Plot area of the readiness-over-time chart, in SVG units.
const CHART_X0: f64 = 48.0;
const CHART_X1: f64 = 620.0;
const CHART_Y0: f64 = 20.0;
const CHART_Y1: f64 = 216.0;

#[derive(Debug, Serialize)]
struct Series {
    level: String,
    class: String,
    points: String,
    dots: Vec<(f64, f64)>,
    last: String,
}

#[derive(Debug, Serialize)]
struct Tick {
    y: f64,
    label: String,
}

#[derive(Debug, Serialize)]
struct XLabel {
    x: f64,
    anchor: &'static str,
    text: String,
}

#[derive(Debug, Serialize)]
struct Chart {
    title: String,
    desc: String,
    series: Vec<Series>,
    ticks: Vec<Tick>,
    xlabels: Vec<XLabel>,
    legend_y: f64,
    height: f64,
}

#[derive(Debug, Serialize)]
struct Trend {
    name: String,
    points: String,
    first: String,
    last: String,
    change: &'static str,
}

#[derive(Debug, Serialize)]
struct HistoryRow {
    date: String,
    level: String,
    values: Vec<String>,
}

/// x of assessment `i` of `count`, evenly spaced (the table has the dates).
fn x_at(i: usize, count: usize, x0: f64, x1: f64) -> f64 {
    if count < 2 {
        (x0 + x1) / 2.0
    } else {
        x0 + (x1 - x0) * i as f64 / (count - 1) as f64
    }
}

/// `reports` oldest first, at most 5 levels drawn (the guide's first five).
fn chart(reports: &[&Report], title: &str) -> Chart {
    let levels: Vec<String> = reports
        .last()
        .map(|r| r.readiness_by_level.keys().cloned().collect())
        .unwrap_or_default();
    let count = reports.len();
    let y = |pct: f64| n(CHART_Y1 - (CHART_Y1 - CHART_Y0) * pct.clamp(0.0, 100.0) / 100.0);
    let series: Vec<Series> = (levels.iter().take(5).enumerate())
        .map(|(k, level)| {
            let dots: Vec<(f64, f64)> = (reports.iter().enumerate())
                .filter_map(|(i, r)| {
                    let v = r.readiness_by_level.get(level)?;
                    Some((n(x_at(i, count, CHART_X0, CHART_X1)), y(*v)))
                })
                .collect();
            let last = (reports.iter().rev())
                .find_map(|r| r.readiness_by_level.get(level))
                .map_or_else(String::new, |v| format!("{v:.1}%"));
            Series {
                level: t(level),
                class: format!("l{k}"),
                points: (dots.iter())
                    .map(|(x, y)| format!("{x},{y}"))
                    .collect::<Vec<_>>()
                    .join(" "),
                dots,
                last,
            }
        })
        .collect();
    let date = |r: &Report| t(r.generated_at.get(..10).unwrap_or(&r.generated_at));
    let mut xlabels = Vec::new();
    if let Some(first) = reports.first() {
        xlabels.push(XLabel {
            x: n(x_at(0, count, CHART_X0, CHART_X1)),
            anchor: if count < 2 { "middle" } else { "start" },
            text: date(first),
        });
    }
    if count >= 2 {
        xlabels.push(XLabel {
            x: CHART_X1,
            anchor: "end",
            text: date(reports[count - 1]),
        });
    }
    let desc = format!(
        "Readiness per level, 0 to 100%, over {count} assessment{}, oldest on the left. {}",
        if count == 1 { "" } else { "s" },
        (series.iter())
            .map(|s| format!("{} now {}", s.level, s.last))
            .collect::<Vec<_>>()
            .join("; ")
    );
    Chart {
        title: format!("Readiness over time: {title}"),
        desc,
        series,
        ticks: [0.0, 25.0, 50.0, 75.0, 100.0]
            .into_iter()
            .map(|p| Tick {
                y: y(p),
                label: format!("{p:.0}%"),
            })
            .collect(),
        xlabels,
        legend_y: CHART_Y1 + 42.0,
        height: CHART_Y1 + 56.0,
    }
}

/// The history of one guide's assessments as a standalone SVG chart:
/// readiness per level over time. `reports` are oldest first.
pub fn history_svg(reports: &[&Report]) -> String {
    let title = reports
        .last()
        .map_or_else(String::new, |r| t(&r.guide.title));
    let chart = chart(reports, &title);
    render(
        "history.svg",
        context! { chart => Value::from(Serde(&chart)), standalone => true },
    )
}

/// The history of one guide's assessments as an HTML page: readiness per
/// level over time, a trend line per skill, every assessment in a table.
/// `reports` are oldest first; `guide` (when it still loads) names and
/// orders the skills.
pub fn history_html(reports: &[&Report], guide: Option<&Guide>) -> String {
    let latest = reports.last().copied();
    let title = latest.map_or_else(String::new, |r| t(&r.guide.title));
    let chart = chart(reports, &title);
    let mut skills: Vec<(String, String)> = match guide {
        Some(g) => (g.skills.iter())
            .map(|s| (s.id.clone(), s.name.clone()))
            .collect(),
        None => Vec::new(),
    };
    for r in reports {
        for id in r.ratings.keys() {
            if !skills.iter().any(|(s, _)| s == id) {
                skills.push((id.clone(), id.clone()));
            }
        }
    }
    let count = reports.len();
    let trends: Vec<Trend> = (skills.iter())
        .map(|(id, name)| {
            let values: Vec<(usize, u8)> = (reports.iter().enumerate())
                .filter_map(|(i, r)| Some((i, *r.ratings.get(id)?)))
                .collect();
            let points = (values.iter())
                .map(|&(i, v)| {
                    format!(
                        "{},{}",
                        n(x_at(i, count, 2.0, 98.0)),
                        n(18.0 - 16.0 * f64::from(v) / 5.0)
                    )
                })
                .collect::<Vec<_>>()
                .join(" ");
            let (first, last) = (values.first().map(|v| v.1), values.last().map(|v| v.1));
            let show = |v: Option<u8>| v.map_or_else(|| "–".to_string(), |v| v.to_string());
            Trend {
                name: t(name),
                points,
                first: show(first),
                last: show(last),
                change: match (first, last) {
                    (Some(a), Some(b)) if b > a => "up",
                    (Some(a), Some(b)) if b < a => "down",
                    _ => "same",
                },
            }
        })
        .collect();
    let levels: Vec<String> = latest
        .map(|r| r.readiness_by_level.keys().map(|l| t(l)).collect())
        .unwrap_or_default();
    let rows: Vec<HistoryRow> = (reports.iter().rev())
        .map(|r| HistoryRow {
            date: t(&crate::clock::local_minute(&r.generated_at)),
            level: t(&r.level),
            values: (latest.iter())
                .flat_map(|l| l.readiness_by_level.keys())
                .map(|l| {
                    r.readiness_by_level
                        .get(l)
                        .map_or_else(|| "–".to_string(), |v| format!("{v:.1}%"))
                })
                .collect(),
        })
        .collect();
    let ctx = context! {
        title,
        guide_id => latest.map(|r| t(&r.guide.id)),
        version => env!("CARGO_PKG_VERSION"),
        chart => Value::from(Serde(&chart)),
        trends => Value::from(Serde(&trends)),
        levels,
        rows => Value::from(Serde(&rows)),
        standalone => false,
    };
    render("history.html", ctx)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(count: usize, len: usize) -> Vec<String> {
        (0..count)
            .map(|i| format!("{i:02} {}", "Skill Name Long".repeat(4))[..len.min(63)].to_string())
            .collect()
    }

    #[test]
    fn labels_never_overlap_from_5_to_40_skills() {
        for count in 5..=40 {
            for len in [4, 12, 20, 40] {
                let names = names(count, len);
                let mut labels = level_labels(&names);
                if any_overlap(&labels.iter().map(|(_, b)| *b).collect::<Vec<_>>()) {
                    labels = radial_labels(&names);
                    // Radial labels: neighbours' boxes may touch at the ends,
                    // the text lines themselves are a line height apart.
                    let gap = LABEL_AT * (2.0 * PI / count as f64).sin();
                    assert!(gap > FONT * 1.2, "{count} spokes: {gap}");
                }
                assert_eq!(labels.len(), count);
            }
        }
        // Few short names are set level.
        let five = names(5, 8);
        assert!(!any_overlap(
            &level_labels(&five)
                .iter()
                .map(|(_, b)| *b)
                .collect::<Vec<_>>()
        ));
    }

    #[test]
    fn only_web_and_mail_urls_are_links() {
        assert!(safe_href("https://example.org/x").is_some());
        assert!(safe_href("HTTP://example.org").is_some());
        assert!(safe_href("mailto:a@b.c").is_some());
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,<script>",
            "vbscript:x",
            "//evil.example",
            "https",
            "java\tscript:alert(1)",
            "https://a b",
            "",
        ] {
            assert_eq!(safe_href(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn points_start_at_the_top() {
        assert_eq!(points(&[5, 0, 0, 0]), "0,-200 0,0 0,0 0,0");
    }
}
