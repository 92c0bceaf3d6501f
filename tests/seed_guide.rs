//! The built-in `backend-developer` guide must carry the content of the seed
//! guide (the Backend Developer career guide). The expected items are written
//! out here, so this test needs no copy of the seed file.

use assert_cmd::Command;
use seed::*;
use serde_json::Value;
use std::collections::BTreeSet;

/// The seed guide's items, verbatim. Not rustfmt-ed, so the lists stay compact.
#[rustfmt::skip]
mod seed {
    pub const RESPONSIBILITIES: [&str; 9] = [
        "Design and build backend services that meet product requirements",
        "Create and maintain APIs used by web and mobile applications",
        "Model and manage databases and data access patterns",
        "Improve performance, reliability, and system uptime",
        "Implement authentication, authorization, and data protection controls",
        "Write automated tests and review code for quality",
        "Monitor production systems and troubleshoot incidents",
        "Collaborate with frontend engineers, product managers, and designers",
        "Document system behavior, interfaces, and operational runbooks",
    ];

    pub const TOP_SKILLS: [&str; 16] = [
        "Problem Solving", "Communication", "Stakeholder Collaboration", "Backend Programming",
        "API Design", "Database Design", "SQL", "System Design", "Testing", "Debugging",
        "Security Fundamentals", "Cloud Services", "Containerization", "Observability",
        "Continuous Integration", "Continuous Delivery",
    ];

    pub const EXTRA_SKILLS: [&str; 3] = ["Performance Tuning", "Database Optimization", "Incident Response"];

    pub const OFTEN_MISSING: [&str; 8] = [
        "System Design", "API Design", "Observability", "Security Fundamentals",
        "Performance Tuning", "Database Optimization", "Cloud Services", "Incident Response",
    ];

    pub const DEVELOPMENT_SUGGESTION: &str = "Build a small production style service with authentication, \
a database, and monitoring. Practice designing APIs and data models, then validate by load \
testing and writing clear documentation.";

    pub const NEXT_STEPS: [&str; 7] = [
        "Choose one backend language to specialize in and build two portfolio services",
        "Learn one relational database well and practice query optimization",
        "Create a documented API with versioning, error handling, and rate limiting",
        "Add automated tests and set up continuous integration for a project",
        "Deploy a project to a cloud provider and set up logging and alerting",
        "Practice system design interviews using real world case studies",
        "Tailor your resume to show impact using uptime, latency, and cost improvements",
    ];

    pub const LEADS_TO: [&str; 5] =
        ["senior-backend-developer", "tech-lead", "software-architect", "engineering-manager", "staff-engineer"];

    pub const TRANSITIONS: [&str; 5] = [
        "full-stack-developer", "platform-engineer", "site-reliability-engineer", "data-engineer",
        "developer-advocate",
    ];

    pub const DEMAND: &str = "Strong demand across most industries, with continued hiring for engineers who \
can build reliable services, work with cloud platforms, and operate systems in production.";

    pub const EMPLOYERS: [&str; 10] =
        ["Amazon", "Google", "Microsoft", "Meta", "Apple", "Netflix", "Uber", "Airbnb", "Stripe", "Shopify"];

    pub const SECTORS: [&str; 9] = [
        "Technology", "Financial Services", "Healthcare", "Retail and Ecommerce", "Media and Streaming",
        "Transportation", "Manufacturing", "Education", "Government",
    ];
}

/// Runs `careerctl guides show backend-developer --format json` with only the
/// built-in guides visible and returns the parsed JSON.
fn show_guide() -> Value {
    let home = tempfile::tempdir().expect("create temp CAREERCTL_HOME");
    let config = tempfile::tempdir().expect("create temp XDG_CONFIG_HOME");
    let output = Command::cargo_bin("careerctl")
        .expect("careerctl binary is built")
        .args(["guides", "show", "backend-developer", "--format", "json"])
        .env("CAREERCTL_HOME", home.path())
        .env("XDG_CONFIG_HOME", config.path())
        .env_remove("CAREERCTL_GUIDES")
        .env("NO_COLOR", "1")
        .output()
        .expect("run careerctl");
    assert!(
        output.status.success(),
        "`guides show backend-developer --format json` failed ({}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout)
        .expect("stdout of `guides show --format json` is one JSON value")
}

/// The strings of a JSON array at `ptr` (a JSON pointer), in order.
fn strings(guide: &Value, ptr: &str) -> Vec<String> {
    let array = guide.pointer(ptr).and_then(Value::as_array);
    let array = array.unwrap_or_else(|| panic!("`{ptr}` is missing or not an array"));
    let to_string = |v: &Value| {
        v.as_str()
            .unwrap_or_else(|| panic!("`{ptr}` holds a non-string: {v}"))
            .to_owned()
    };
    array.iter().map(to_string).collect()
}

#[test]
fn built_in_backend_guide_carries_the_seed_content() {
    let guide = show_guide();
    assert_eq!(
        guide["schema_version"], 1,
        "top-level schema_version must be 1"
    );
    assert_eq!(guide["id"], "backend-developer", "guide id");

    assert_eq!(
        strings(&guide, "/responsibilities"),
        RESPONSIBILITIES,
        "responsibilities must be the seed's 9, verbatim and in order"
    );

    let skills = guide["skills"].as_array().expect("`skills` is an array");
    let name_of = |s: &Value| {
        s["name"]
            .as_str()
            .expect("every skill has a string name")
            .to_owned()
    };
    let names: BTreeSet<String> = skills.iter().map(name_of).collect();
    for name in TOP_SKILLS.iter().chain(EXTRA_SKILLS.iter()) {
        assert!(
            names.contains(*name),
            "skill {name:?} from the seed is missing; skills are {names:?}"
        );
    }
    let flagged: BTreeSet<String> = skills
        .iter()
        .filter(|s| s["often_missing"] == true)
        .map(name_of)
        .collect();
    let expected: BTreeSet<String> = OFTEN_MISSING.iter().map(|s| s.to_string()).collect();
    assert_eq!(
        flagged, expected,
        "exactly the seed's often-missing skills must have often_missing: true"
    );

    let skill_ids: BTreeSet<&str> = skills
        .iter()
        .map(|s| s["id"].as_str().expect("every skill has a string id"))
        .collect();
    for skill in skills {
        let id = &skill["id"];
        let importance = skill["importance"].as_u64();
        assert!(
            matches!(importance, Some(1..=5)),
            "skill {id}: importance must be 1..=5, got {}",
            skill["importance"]
        );
        let level = |l: &str| {
            skill["required"][l]
                .as_u64()
                .unwrap_or_else(|| panic!("skill {id}: required.{l} is missing or not an integer"))
        };
        let (entry, mid, senior) = (level("entry"), level("mid"), level("senior"));
        assert!(
            entry <= mid && mid <= senior,
            "skill {id}: required must not decrease, got entry {entry}, mid {mid}, senior {senior}"
        );
    }

    let suggestions = strings(&guide, "/development_suggestions").join(" ");
    assert!(
        suggestions.contains(DEVELOPMENT_SUGGESTION),
        "development_suggestions must hold the seed text; got {suggestions:?}"
    );

    let steps = guide["next_steps"]
        .as_array()
        .expect("`next_steps` is an array");
    let texts: Vec<&str> = steps
        .iter()
        .map(|s| {
            s["text"]
                .as_str()
                .expect("every next step has a string text")
        })
        .collect();
    assert_eq!(
        texts[..NEXT_STEPS.len().min(texts.len())],
        NEXT_STEPS,
        "next steps must start with the seed's 7, verbatim and in order"
    );
    // careerctl may add steps for seed skills the seed has no step for,
    // after the seed's and labelled as its own.
    for text in &texts[NEXT_STEPS.len()..] {
        assert!(
            text.ends_with("(careerctl step, not in the career guide)"),
            "a step not in the seed must say so: {text:?}"
        );
    }
    for step in steps {
        // A step may develop no rated skill (the resume step shows skills
        // rather than developing one): `skills` is then left out.
        let developed = step["skills"].as_array().cloned().unwrap_or_default();
        for skill in &developed {
            let known = skill.as_str().is_some_and(|s| skill_ids.contains(s));
            assert!(
                known,
                "next step {} names {skill}, which is not a skill id of the guide",
                step["id"]
            );
        }
    }

    assert_eq!(
        strings(&guide, "/career/leads_to"),
        LEADS_TO,
        "career.leads_to"
    );
    assert_eq!(
        strings(&guide, "/career/transitions"),
        TRANSITIONS,
        "career.transitions"
    );

    let salary = &guide["market"]["salary"];
    assert_eq!(salary["currency"], "USD", "market.salary.currency");
    assert_eq!(
        salary["statistic"], "median",
        "the seed gives a median salary range"
    );
    // The seed is named as the source of what it backs.
    let sources = guide["sources"].as_array().expect("`sources` is an array");
    let seed = (sources.iter())
        .find(|s| s["title"] == "Backend Developer career guide")
        .expect("the seed guide is one of the sources");
    for part in [
        "often_missing",
        "salary",
        "demand",
        "responsibilities",
        "next_steps",
    ] {
        assert!(
            (seed["covers"].as_array().into_iter().flatten()).any(|c| c == part),
            "the seed source covers {part}: {seed}"
        );
    }
    for (level, min, max) in [
        ("entry", 70_000, 105_000),
        ("mid", 105_000, 150_000),
        ("senior", 150_000, 210_000),
    ] {
        assert_eq!(
            salary["ranges"][level],
            serde_json::json!([min, max]),
            "market.salary.ranges.{level}"
        );
    }
    assert_eq!(
        guide["market"]["demand"], DEMAND,
        "market.demand must be the seed's growth trend sentence"
    );
    assert_eq!(
        strings(&guide, "/market/employers"),
        EMPLOYERS,
        "market.employers"
    );
    assert_eq!(
        strings(&guide, "/market/sectors"),
        SECTORS,
        "market.sectors"
    );
}
