//! `assess --format html|svg` (issue 17): one self-contained page that
//! parses, a skill wheel with one spoke per skill, no script, no URL but the
//! guide's resource links, guide markup shown as text; the wheel's geometry
//! kept by snapshots (`CAREERCTL_BLESS=1` rewrites them).

mod common;

use std::collections::BTreeSet;

use common::{careerctl, cli, home, stdout_of};

const HELD_OUT: &str = "tests/fixtures/guides/held-out";
const HELD_OUT_ANSWERS: &str = "tests/fixtures/answers/cloud-generalist.yaml";

/// `assess` with the given arguments, `--no-save`; its stdout.
fn assess(args: &[&str]) -> String {
    let h = home();
    let out = careerctl(&h)
        .arg("assess")
        .args(args)
        .arg("--no-save")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "assess {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout_of(&out)
}

fn held_out(format: &str) -> String {
    assess(&[
        "--guides",
        HELD_OUT,
        "cloud-generalist",
        "--answers",
        HELD_OUT_ANSWERS,
        "--assume-unrated",
        "1",
        "--format",
        format,
    ])
}

/// Parses `text` as XML: the page is written as well-formed XHTML-style
/// markup (every element closed, every attribute quoted), so a strict XML
/// parser is a strict well-formedness check.
fn parse(text: &str) -> roxmltree::Document<'_> {
    let opts = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(text, opts)
        .unwrap_or_else(|e| panic!("not well-formed: {e}"))
}

fn by_class<'a, 'i>(
    doc: &'a roxmltree::Document<'i>,
    tag: &str,
    class: &str,
) -> Vec<roxmltree::Node<'a, 'i>> {
    doc.descendants()
        .filter(|n| {
            n.tag_name().name() == tag
                && n.attribute("class")
                    .is_some_and(|c| c.split(' ').any(|x| x == class))
        })
        .collect()
}

/// The spokes and labels of the (one) wheel.
fn spokes_and_labels(doc: &roxmltree::Document) -> (usize, usize) {
    let wheels = by_class(doc, "svg", "wheel");
    assert_eq!(wheels.len(), 1, "one wheel");
    let grid = by_class(doc, "g", "grid");
    let labels = by_class(doc, "g", "labels");
    let count = |g: &roxmltree::Node, tag: &str| {
        g.children().filter(|n| n.tag_name().name() == tag).count()
    };
    (count(&grid[0], "line"), count(&labels[0], "text"))
}

/// What no output may hold, whatever the guide says: a script, an embedded
/// document, an event handler, a link other than http, https or mailto.
fn assert_inert(what: &str, doc: &roxmltree::Document) {
    for node in doc.descendants().filter(|n| n.is_element()) {
        let tag = node.tag_name().name().to_ascii_lowercase();
        assert!(
            !matches!(
                tag.as_str(),
                "script"
                    | "img"
                    | "iframe"
                    | "object"
                    | "embed"
                    | "foreignobject"
                    | "image"
                    | "use"
            ),
            "{what}: a <{tag}> element"
        );
        for a in node.attributes() {
            let name = a.name().to_ascii_lowercase();
            assert!(!name.starts_with("on"), "{what}: attribute {name}");
            if name == "href" || name == "src" {
                let v = a.value().to_ascii_lowercase();
                assert!(
                    v.starts_with("http:") || v.starts_with("https:") || v.starts_with("mailto:"),
                    "{what}: {name}={v}"
                );
            }
        }
    }
}

/// Text and attribute values as a browser sees them (escapes decoded) hold
/// no URL: URLs are only in the links' `href`.
fn assert_no_url_but_links(doc: &roxmltree::Document) {
    for node in doc.descendants() {
        let mut values: Vec<&str> = node.text().into_iter().collect();
        values.extend(
            (node.attributes())
                .filter(|a| a.name() != "href")
                .map(|a| a.value()),
        );
        for v in values {
            assert!(
                !v.contains("://") && !v.contains("mailto:"),
                "a URL outside the resource links: {v}"
            );
        }
    }
}

#[test]
fn held_out_page_parses_with_one_spoke_per_skill_and_only_resource_links() {
    let html = held_out("html");
    assert!(html.starts_with("<!DOCTYPE html>\n"));
    let doc = parse(&html);
    assert_eq!(spokes_and_labels(&doc), (30, 30), "one spoke per skill");
    assert!(!html.to_ascii_lowercase().contains("<script"));
    assert_inert("held-out page", &doc);
    assert!(html.contains(
        r#"<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;; img-src data:"/>"#
    ) || doc.descendants().any(|n| n.attribute("content")
        == Some("default-src 'none'; style-src 'unsafe-inline'; img-src data:")));

    // Every link is a resource of the guide, and every URL in the page is a link's.
    let guide =
        std::fs::read_to_string(common::root().join(HELD_OUT).join("cloud-generalist.yaml"))
            .unwrap();
    let resources: BTreeSet<&str> = guide
        .lines()
        .filter_map(|l| l.trim().strip_prefix("url: "))
        .collect();
    let hrefs: BTreeSet<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("href"))
        .collect();
    assert!(!hrefs.is_empty());
    assert!(hrefs.is_subset(&resources), "{hrefs:?}");
    assert_no_url_but_links(&doc);

    // Accessible: the wheel has a title and a description, and the data is a table.
    assert!(html.contains("<title id=\"wheel-title\">"));
    assert!(html.contains("<desc id=\"wheel-desc\">30 skills"));
    let rows = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "section" && n.attribute("id") == Some("skills"))
        .flat_map(|s| s.descendants().filter(|n| n.tag_name().name() == "tr"))
        .count();
    assert_eq!(rows, 31, "a header and a row per skill");
    // Print and dark schemes.
    assert!(html.contains("@media print"));
    assert!(html.contains("@media (prefers-color-scheme: dark)"));
}

#[test]
fn svg_is_the_wheel_alone_and_valid() {
    let svg = held_out("svg");
    let doc = parse(&svg);
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    assert_eq!(spokes_and_labels(&doc), (30, 30));
    assert_inert("held-out svg", &doc);
    assert!(!svg.contains("href"), "the wheel has no links");
}

#[test]
fn backend_report_is_small_and_output_goes_to_a_file_with_o() {
    let html = assess(&[
        "backend-developer",
        "--answers",
        "examples/me.yaml",
        "--format",
        "html",
    ]);
    assert!(
        html.len() < 100 * 1024,
        "backend developer report is {} bytes",
        html.len()
    );
    let (spokes, _) = spokes_and_labels(&parse(&html));
    assert_eq!(spokes, 19);

    let h = home();
    let file = h.path().join("wheel.svg");
    let out = cli(&h, "assess backend-developer --answers examples/me.yaml")
        .args(["--no-save", "--format", "svg", "-o"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty(), "-o: nothing on stdout");
    let written = std::fs::read_to_string(&file).unwrap();
    let printed = assess(&[
        "backend-developer",
        "--answers",
        "examples/me.yaml",
        "--format",
        "svg",
    ]);
    assert_eq!(written, printed);

    let out = cli(&h, "assess backend-developer --answers examples/me.yaml")
        .args(["--no-save", "--format", "html", "-o"])
        .arg(h.path().join("no/such/dir/r.html"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "an unwritable output is an I/O error"
    );
}

/// The MARKUP guide, rendered as `format`.
fn markup(format: &str) -> String {
    let h = home();
    let dir = h.path().join("guides");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("markup.yaml"), common::markup_guide()).unwrap();
    let out = cli(&h, "--guides")
        .arg(&dir)
        .args([
            "assess",
            "markup",
            "--rate",
            "evil-skill=0",
            "--rate",
            "other-skill=0",
        ])
        .args(["--no-save", "--format", format])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout_of(&out)
}

#[test]
fn hostile_guide_markup_is_text_in_every_html_and_svg_output() {
    for format in ["html", "svg"] {
        let text = markup(format);
        let what = format!("markup guide as {format}");
        assert!(
            common::raw_controls(&text).is_empty(),
            "{what}: raw controls"
        );
        let doc = parse(&text);
        assert_inert(&what, &doc);
        // One style sheet, the page's own: `</style>` in a name did not end it.
        let styles = doc
            .descendants()
            .filter(|n| n.tag_name().name() == "style")
            .count();
        assert_eq!(styles, 1, "{what}");
        // The markup is there, as text.
        let shown: String = doc
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect();
        assert!(
            shown.contains(common::MARKUP),
            "{what}: markup not shown as text"
        );
        assert!(
            shown.contains("\\u{1b}]52;"),
            "{what}: controls shown escaped"
        );
    }
    let html = markup("html");
    let doc = parse(&html);
    let hrefs: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("href"))
        .collect();
    assert_eq!(
        hrefs,
        [
            "https://example.org/\"><script>alert(4)</script>",
            "mailto:team@example.org",
        ],
        "only the http(s) and mailto URLs are links (their markup escaped)"
    );
    assert!(
        html.contains("JavaScript:alert(document.cookie)"),
        "shown as text"
    );
}

/// Compares `actual` with the committed snapshot, or rewrites it under `CAREERCTL_BLESS=1`.
fn snapshot(name: &str, actual: &str) {
    let path = common::root().join("tests/snapshots").join(name);
    if std::env::var_os("CAREERCTL_BLESS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (CAREERCTL_BLESS=1 writes it)", path.display()));
    assert!(
        expected == actual,
        "{} differs from the output; if the change is meant, rerun with CAREERCTL_BLESS=1",
        path.display()
    );
}

#[test]
fn wheel_geometry_is_stable() {
    snapshot(
        "wheel-backend-developer.svg",
        &assess(&[
            "backend-developer",
            "--answers",
            "examples/me.yaml",
            "--format",
            "svg",
        ]),
    );
    snapshot("wheel-cloud-generalist.svg", &held_out("svg"));
}

/// Saves an assessment of the MARKUP guide and two of the backend guide in
/// `h`; returns the MARKUP guide's dir.
fn saved_history(h: &tempfile::TempDir) -> std::path::PathBuf {
    let dir = h.path().join("guides");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("markup.yaml"), common::markup_guide()).unwrap();
    for rate in ["evil-skill=0", "evil-skill=2"] {
        let out = careerctl(h)
            .arg("--guides")
            .arg(&dir)
            .args([
                "-q",
                "assess",
                "--save",
                "markup",
                "--assume-unrated",
                "0",
                "--rate",
                rate,
            ])
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    for rate in ["observability=0", "observability=3"] {
        let out = careerctl(h)
            .args([
                "-q",
                "assess",
                "--save",
                "backend-developer",
                "--answers",
                "examples/me.yaml",
            ])
            .args(["--rate", rate, "--format", "json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    dir
}

fn history(h: &tempfile::TempDir, dir: &std::path::Path, role: &str, format: &str) -> String {
    let out = careerctl(h)
        .arg("--guides")
        .arg(dir)
        .args(["history", role, "--format", format])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout_of(&out)
}

#[test]
fn history_draws_readiness_over_time_and_a_trend_per_skill() {
    let h = home();
    let dir = saved_history(&h);
    let svg = history(&h, &dir, "backend-developer", "svg");
    let doc = parse(&svg);
    assert_eq!(
        doc.root_element().tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    let lines = (doc.descendants())
        .filter(|n| n.tag_name().name() == "polyline")
        .count();
    assert_eq!(lines, 3, "one line per level");
    assert_inert("history svg", &doc);

    let html = history(&h, &dir, "backend-developer", "html");
    let doc = parse(&html);
    assert_inert("history html", &doc);
    assert!(!html.to_ascii_lowercase().contains("<script"));
    let sparks = by_class(&doc, "svg", "spark").len();
    assert_eq!(sparks, 19, "a trend line per skill");
    assert_no_url_but_links(&doc);
    assert!(
        doc.descendants().all(|n| n.tag_name().name() != "a"),
        "and no link"
    );

    // The table has a readiness sparkline per guide, oldest first.
    let out = careerctl(&h)
        .arg("--guides")
        .arg(&dir)
        .arg("history")
        .output()
        .unwrap();
    let table = stdout_of(&out);
    assert!(
        table.contains("Readiness over time, oldest first:\n"),
        "{table}"
    );
    assert!(
        table.contains("\n  backend-developer  ▁█  82.8% → "),
        "{table}"
    );
    assert!(table.contains("\n  markup             ▁█  "), "{table}");

    // One guide at a time.
    let out = cli(&h, "history --format svg").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn hostile_guide_markup_is_text_in_the_history_pictures() {
    let h = home();
    let dir = saved_history(&h);
    for format in ["html", "svg"] {
        let text = history(&h, &dir, "markup", format);
        let what = format!("markup history as {format}");
        assert!(
            common::raw_controls(&text).is_empty(),
            "{what}: raw controls"
        );
        let doc = parse(&text);
        assert_inert(&what, &doc);
        let shown: String = doc
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect();
        assert!(
            shown.contains(common::MARKUP),
            "{what}: markup not shown as text"
        );
    }
}

/// `n` reports of the MARKUP guide in `h`, under file names that are markup
/// too; returns their paths.
fn markup_team(h: &tempfile::TempDir, n: usize) -> (std::path::PathBuf, Vec<std::path::PathBuf>) {
    let dir = h.path().join("guides");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("markup.yaml"), common::markup_guide()).unwrap();
    let reports = h.path().join("reports");
    std::fs::create_dir_all(&reports).unwrap();
    let paths = (0..n)
        .map(|i| {
            let out = careerctl(h)
                .arg("--guides")
                .arg(&dir)
                .args(["assess", "markup", "--no-save", "--assume-unrated", "1"])
                .args([
                    "--rate",
                    &format!("evil-skill={}", i % 4),
                    "--format",
                    "json",
                ])
                .output()
                .unwrap();
            assert!(out.status.success());
            let path = reports.join(format!("<img src=x onerror=alert({i})>.json"));
            std::fs::write(&path, &out.stdout).unwrap();
            path
        })
        .collect();
    (dir, paths)
}

fn team_html(h: &tempfile::TempDir, dir: &std::path::Path, paths: &[std::path::PathBuf]) -> String {
    let out = careerctl(h)
        .arg("--guides")
        .arg(dir)
        .args(["-q", "team", "--format", "html"])
        .args(paths)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout_of(&out)
}

#[test]
fn team_page_has_the_team_wheel_and_a_heat_map_from_min_group_up() {
    let h = home();
    let (dir, paths) = markup_team(&h, 5);
    let html = team_html(&h, &dir, &paths);
    let doc = parse(&html);
    assert_inert("team page", &doc);
    assert_eq!(spokes_and_labels(&doc), (2, 2), "one spoke per skill");
    assert_eq!(
        by_class(&doc, "polygon", "range").len(),
        1,
        "the team's range"
    );
    let heat = by_class(&doc, "table", "heat");
    assert_eq!(heat.len(), 1, "5 people: a heat map");
    let shown: String = doc
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    assert!(shown.contains(common::MARKUP), "guide markup shown as text");
    assert!(
        shown.contains("<img src=x onerror=alert(4)>.json"),
        "file names as text"
    );
    assert!(common::raw_controls(&html).is_empty());

    let html = team_html(&h, &dir, &paths[..4]);
    let doc = parse(&html);
    assert!(
        by_class(&doc, "table", "heat").is_empty(),
        "4 people: no heat map"
    );
    let shown: String = doc
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    assert!(!shown.contains(".json"), "nor anyone's name");
}

/// The page says what the salary figures are and where they come from, as
/// the table and markdown do.
#[test]
fn the_salary_says_what_it_is_and_where_it_is_from() {
    let h = home();
    let out = cli(
        &h,
        "assess backend-developer --no-save --format html --answers examples/me.yaml",
    )
    .output()
    .unwrap();
    assert!(out.status.success());
    let page = stdout_of(&out);
    assert!(
        page.contains(
            "<p class=\"salary\">Median salary, mid: USD 105,000 – 150,000 (Backend Developer career guide, undated)</p>"
        ),
        "{page}"
    );
}
