//! Writes a synthetic database in the layout of the O*NET text release (the
//! real file names and column headers, made-up numbers), for measuring
//! `careerctl import onet` at full size without the real download:
//!
//!     cargo run --release --example gen_onet -- 1016 /tmp/db_29_0_text [SEED]
//!
//! N occupations, each rated on the 35 skills and 33 knowledge areas (IM and
//! LV rows), with the content model, level scale anchors and related
//! occupations. The output depends only on N and the seed.

use std::fmt::Write as _;
use std::path::Path;

const SKILLS: [&str; 35] = [
    "Reading Comprehension",
    "Active Listening",
    "Writing",
    "Speaking",
    "Mathematics",
    "Science",
    "Critical Thinking",
    "Active Learning",
    "Learning Strategies",
    "Monitoring",
    "Social Perceptiveness",
    "Coordination",
    "Persuasion",
    "Negotiation",
    "Instructing",
    "Service Orientation",
    "Complex Problem Solving",
    "Operations Analysis",
    "Technology Design",
    "Equipment Selection",
    "Installation",
    "Programming",
    "Operations Monitoring",
    "Operation and Control",
    "Equipment Maintenance",
    "Troubleshooting",
    "Repairing",
    "Quality Control Analysis",
    "Judgment and Decision Making",
    "Systems Analysis",
    "Systems Evaluation",
    "Time Management",
    "Management of Financial Resources",
    "Management of Material Resources",
    "Management of Personnel Resources",
];

const KNOWLEDGE: [&str; 33] = [
    "Administration and Management",
    "Administrative",
    "Economics and Accounting",
    "Sales and Marketing",
    "Customer and Personal Service",
    "Personnel and Human Resources",
    "Production and Processing",
    "Food Production",
    "Computers and Electronics",
    "Engineering and Technology",
    "Design",
    "Building and Construction",
    "Mechanical",
    "Mathematics",
    "Physics",
    "Chemistry",
    "Biology",
    "Psychology",
    "Sociology and Anthropology",
    "Geography",
    "Medicine and Dentistry",
    "Therapy and Counseling",
    "Education and Training",
    "English Language",
    "Foreign Language",
    "Fine Arts",
    "History and Archeology",
    "Philosophy and Theology",
    "Public Safety and Security",
    "Law and Government",
    "Telecommunications",
    "Communications and Media",
    "Transportation",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in [lo, hi), two decimals.
    fn value(&mut self, lo: f64, hi: f64) -> f64 {
        let x = (self.next() % 10_000) as f64 / 10_000.0;
        ((lo + x * (hi - lo)) * 100.0).round() / 100.0
    }
}

/// Element ids: skills 2.A.1.x … (technical ones under 2.B.3), knowledge 2.C.x.
fn element_id(knowledge: bool, i: usize) -> String {
    let letter = (b'a' + (i % 26) as u8) as char;
    if knowledge {
        format!("2.C.{}.{letter}", 1 + i / 26)
    } else if (17..28).contains(&i) {
        format!("2.B.3.{letter}")
    } else {
        format!("2.A.{}.{letter}", 1 + i / 26)
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: gen_onet N DIR [SEED]");
        std::process::exit(2);
    }
    let n: usize = args[1].parse().expect("N is a number");
    let dir = Path::new(&args[2]);
    let seed = args.get(3).map_or(0x0e7_5eed, |s| s.parse().expect("SEED"));
    let mut rng = Rng(seed);
    std::fs::create_dir_all(dir).unwrap();

    let codes: Vec<String> = (0..n)
        .map(|i| format!("{}-{:04}.{:02}", 11 + (i % 43), 1000 + i / 43, i % 3))
        .collect();
    let mut occ = String::from("O*NET-SOC Code\tTitle\tDescription\n");
    for (i, code) in codes.iter().enumerate() {
        // Every 50th title repeats an earlier one: ids then carry the code.
        let title = if i % 50 == 49 {
            format!("Synthetic Occupation {}", i - 1)
        } else {
            format!("Synthetic Occupation {i}")
        };
        let _ = writeln!(
            occ,
            "{code}\t{title}\tPlan, direct, or coordinate the synthetic activities of occupation {i}. \
             Review records, prepare reports, and confer with others to resolve problems of the work."
        );
    }
    std::fs::write(dir.join("Occupation Data.txt"), occ).unwrap();

    let header = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tN\tStandard Error\t\
                  Lower CI Bound\tUpper CI Bound\tRecommend Suppress\tNot Relevant\tDate\tDomain Source\n";
    for (file, names, knowledge) in [
        ("Skills.txt", &SKILLS[..], false),
        ("Knowledge.txt", &KNOWLEDGE[..], true),
    ] {
        let mut out = String::from(header);
        // The last 1% of occupations have no ratings, as "All Other" ones.
        for code in &codes[..n - n / 100] {
            for (i, name) in names.iter().enumerate() {
                let id = element_id(knowledge, i);
                let im = rng.value(1.0, 5.0);
                let lv = (im * 1.4 + rng.value(-1.0, 1.0)).clamp(0.0, 7.0);
                let suppress = if rng.next().is_multiple_of(50) {
                    "Y"
                } else {
                    "N"
                };
                let relevant = if im < 1.5 { "Y" } else { "N" };
                let _ = writeln!(
                    out,
                    "{code}\t{id}\t{name}\tIM\t{im:.2}\t8\t0.1300\t{:.4}\t{:.4}\t{suppress}\tn/a\t08/2024\tAnalyst",
                    im - 0.25,
                    im + 0.25
                );
                let _ = writeln!(
                    out,
                    "{code}\t{id}\t{name}\tLV\t{lv:.2}\t8\t0.2100\t{:.4}\t{:.4}\tN\t{relevant}\t08/2024\tAnalyst",
                    (lv - 0.4).max(0.0),
                    lv + 0.4
                );
            }
        }
        std::fs::write(dir.join(file), out).unwrap();
    }

    let mut model = String::from("Element ID\tElement Name\tDescription\n");
    let mut anchors =
        String::from("Element ID\tElement Name\tScale ID\tAnchor Value\tAnchor Description\n");
    for (names, knowledge) in [(&SKILLS[..], false), (&KNOWLEDGE[..], true)] {
        for (i, name) in names.iter().enumerate() {
            let id = element_id(knowledge, i);
            let _ = writeln!(
                model,
                "{id}\t{name}\tA synthetic description of {name}, of the length of O*NET's."
            );
            for v in [2, 4, 6] {
                let _ = writeln!(
                    anchors,
                    "{id}\t{name}\tLV\t{v}\tA task that needs {name} at level {v} of 7"
                );
            }
        }
    }
    std::fs::write(dir.join("Content Model Reference.txt"), model).unwrap();
    std::fs::write(dir.join("Level Scale Anchors.txt"), anchors).unwrap();

    let mut related =
        String::from("O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\tIndex\n");
    for code in &codes {
        for k in 1..=10 {
            let other = &codes[(rng.next() as usize) % n];
            let tier = match k {
                1..=5 => "Primary-Short",
                6..=8 => "Primary-Long",
                _ => "Supplemental",
            };
            let _ = writeln!(related, "{code}\t{other}\t{tier}\t{k}");
        }
    }
    std::fs::write(dir.join("Related Occupations.txt"), related).unwrap();
}
