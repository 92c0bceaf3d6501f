//! Asking for ratings. The flow in `commands::assess` talks to a [`Rater`];
//! [`Terminal`] is the dialoguer one, tests use a scripted one.
//!
//! Ctrl-C: the console crate turns a Ctrl-C typed at a prompt into SIGINT.
//! [`install_interrupt_handler`] catches SIGINT for the whole program: inside
//! [`attended`] (an interactive assessment, up to saving its draft) it only
//! records the interrupt, so the flow can keep the answers and exit 130;
//! anywhere else it shows the cursor again and exits 130 at once.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::{Error, Result};
use crate::guide::Skill;
use crate::ratings::SCALE;
use crate::render::text::clean;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Rating(u8),
    Skip,
    /// `b`: go back to the previous skill.
    Back,
    /// `q`: keep a draft and stop.
    Quit,
}

/// What the prompt accepts, shown with `?`.
pub const KEYS_HELP: &str = "Enter keeps the [default]; s skips the skill; b goes back one skill; q keeps a draft and quits; ? shows this again";

pub trait Rater {
    /// Asks for one skill's rating; `Err(Error::Interrupted)` on Ctrl-C.
    fn rate(
        &mut self,
        skill: &Skill,
        n: usize,
        total: usize,
        previous: Option<u8>,
    ) -> Result<Answer>;
    /// Asks whether to resume a draft with `rated` answers.
    fn resume(&mut self, guide: &str, rated: usize) -> Result<bool>;
}

static PROMPTING: AtomicBool = AtomicBool::new(false);
static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static SAVING: AtomicBool = AtomicBool::new(false);
static PENDING_EXIT: AtomicBool = AtomicBool::new(false);
/// A prompt returned on the interrupt: the flow is keeping the answers and
/// will exit, so the signal handler leaves that to it.
static FLOW_HANDLES: AtomicBool = AtomicBool::new(false);

/// What to keep if a signal ends the prompts where the flow cannot see
/// it (see [`keep_on_signal`]); it says what it kept, as the flow would.
type Keep = Box<dyn Fn() -> String + Send>;
static KEEP: std::sync::Mutex<Option<Keep>> = std::sync::Mutex::new(None);

/// Sets what a signal during the prompts keeps (the draft so far), or
/// clears it with `None`.
pub fn keep_on_signal(keep: Option<Keep>) {
    if let Ok(mut k) = KEEP.lock() {
        *k = keep;
    }
}

/// SIGINT, SIGTERM and SIGHUP (a closed terminal) all come here.
pub fn install_interrupt_handler() {
    save_terminal_mode();
    let _ = ctrlc::set_handler(|| {
        if SAVING.load(Ordering::SeqCst) {
            // A save finishes first (see `holding_signals`).
            PENDING_EXIT.store(true, Ordering::SeqCst);
        } else if PROMPTING.load(Ordering::SeqCst) {
            INTERRUPTED.store(true, Ordering::SeqCst);
            // A Ctrl-C typed at a prompt ends its read, and the flow keeps
            // the draft, says so and exits, however long that takes on a
            // busy machine (up to ten seconds). A SIGTERM, or a SIGHUP,
            // leaves the read waiting: then the draft is kept, the terminal
            // restored and the same line said here.
            std::thread::sleep(std::time::Duration::from_millis(500));
            for _ in 0..100 {
                if !FLOW_HANDLES.load(Ordering::SeqCst) {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            let kept = match KEEP.lock() {
                Ok(mut keep) => keep.take().map(|keep| keep()),
                Err(_) => None,
            };
            restore_terminal();
            end_prompt_line();
            crate::output::message("", kept.as_deref().unwrap_or("interrupted"));
            std::process::exit(130);
        } else {
            exit_interrupted();
        }
    });
}

#[cfg(unix)]
static TERMINAL_MODE: std::sync::OnceLock<libc::termios> = std::sync::OnceLock::new();

/// Remembers the terminal's mode (echo, line editing) at start, to put it
/// back if a signal ends a prompt that changed it.
fn save_terminal_mode() {
    #[cfg(unix)]
    if std::io::stdin().is_terminal() {
        // SAFETY: tcgetattr(3) on stdin with a zeroed termios to fill.
        let mut mode: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(0, &mut mode) } == 0 {
            let _ = TERMINAL_MODE.set(mode);
        }
    }
}

/// Ends the program as an interrupt does: the terminal as it was, exit 130.
fn exit_interrupted() -> ! {
    restore_terminal();
    std::process::exit(130);
}

/// Runs `f` (a save) with SIGINT, SIGTERM and SIGHUP held: one that comes
/// in meanwhile ends the program (exit 130) only once `f` has returned, so
/// a save is not cut in half by them. (SIGKILL cannot be held: the store
/// completes a half-finished save on its next run.)
pub fn holding_signals<T>(f: impl FnOnce() -> T) -> T {
    struct Release;
    impl Drop for Release {
        fn drop(&mut self) {
            SAVING.store(false, Ordering::SeqCst);
            if PENDING_EXIT.load(Ordering::SeqCst) {
                exit_interrupted();
            }
        }
    }
    SAVING.store(true, Ordering::SeqCst);
    let _release = Release;
    f()
}

/// Shows the cursor again (a progress bar or prompt may have hidden it)
/// and puts back the terminal mode careerctl started with (echo on).
pub fn restore_terminal() {
    let term = console::Term::stderr();
    if term.is_term() {
        let _ = term.show_cursor();
    }
    #[cfg(unix)]
    if let Some(mode) = TERMINAL_MODE.get() {
        // SAFETY: tcsetattr(3) on stdin with the mode tcgetattr gave.
        unsafe {
            libc::tcsetattr(0, libc::TCSANOW, mode);
        }
    }
}

fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// The dialoguer prompts on stderr.
pub struct Terminal;

impl Terminal {
    /// Whether prompting is possible: stdin and stderr are terminals.
    pub fn available() -> bool {
        std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }
}

/// Runs `f` with the interrupt handler in "record" mode: a Ctrl-C is seen by
/// the next prompt (or the one open) instead of ending the process.
pub fn attended<T>(f: impl FnOnce() -> T) -> T {
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            PROMPTING.store(false, Ordering::SeqCst);
            // Whatever a signal would have kept is the flow's again.
            keep_on_signal(None);
        }
    }
    PROMPTING.store(true, Ordering::SeqCst);
    let _reset = Reset;
    f()
}

/// Maps a dialoguer outcome, a Ctrl-C becoming [`Error::Interrupted`] with
/// the cursor shown again (dialoguer hides it and a Ctrl-C skips its cleanup).
fn prompting<T>(f: impl FnOnce() -> dialoguer::Result<T>) -> Result<T> {
    let outcome = match f() {
        _ if interrupted() => Err(Error::Interrupted),
        Ok(v) => Ok(v),
        Err(dialoguer::Error::IO(e)) if e.kind() == std::io::ErrorKind::Interrupted => {
            Err(Error::Interrupted)
        }
        Err(dialoguer::Error::IO(e)) => Err(Error::io("<terminal>", e)),
    };
    if matches!(outcome, Err(Error::Interrupted)) {
        FLOW_HANDLES.store(true, Ordering::SeqCst);
        restore_terminal();
        end_prompt_line();
    }
    outcome
}

/// Ends the line a prompt left the cursor on, so what is said next starts
/// on a line of its own.
fn end_prompt_line() {
    let term = console::Term::stderr();
    if term.is_term() {
        let _ = term.write_line("");
    }
}

impl Rater for Terminal {
    fn rate(
        &mut self,
        skill: &Skill,
        n: usize,
        total: usize,
        previous: Option<u8>,
    ) -> Result<Answer> {
        if interrupted() {
            return Err(Error::Interrupted);
        }
        let term = console::Term::stderr();
        progress_line(skill, n, total);
        let width = crate::output::width_of(crate::output::Stream::Stderr);
        let _ = term.write_line(&scale_text(skill, width));
        loop {
            let mut input = dialoguer::Input::<String>::new()
                .with_prompt("Rating 0-5, s to skip (? for help)")
                .validate_with(|s: &String| -> std::result::Result<(), &str> {
                    if s.trim() == "?" {
                        return Ok(());
                    }
                    parse_answer(s).map(|_| ()).ok_or(
                        "type a number from 0 to 5, s to skip, b to go back, q to quit, ? for help",
                    )
                });
            if let Some(p) = previous {
                input = input.default(p.to_string());
            }
            let mut up = UpMeansBack;
            let text = prompting(|| input.history_with(&mut up).interact_text_on(&term))?;
            if text.trim() == "?" {
                let _ = term.write_line(&scale_text(skill, width));
                let _ =
                    term.write_line(&crate::render::text::wrap_to(KEYS_HELP, width, "  ", "  "));
                continue;
            }
            let _ = term.write_line("");
            return Ok(parse_answer(&text).unwrap_or(Answer::Skip));
        }
    }

    fn resume(&mut self, guide: &str, rated: usize) -> Result<bool> {
        if interrupted() {
            return Err(Error::Interrupted);
        }
        let term = console::Term::stderr();
        prompting(|| {
            dialoguer::Confirm::new()
                .with_prompt(format!(
                    "Resume the interrupted assessment of {} ({rated} rated so far)?",
                    clean(guide)
                ))
                .default(true)
                .wait_for_newline(true)
                .interact_on(&term)
        })
    }
}

/// The prompt's "history": Up puts `b` on the line, so Up then Enter goes
/// back one skill, as typing `b` does.
struct UpMeansBack;

impl dialoguer::History<String> for UpMeansBack {
    fn read(&self, pos: usize) -> Option<String> {
        (pos == 0).then(|| "b".to_string())
    }

    fn write(&mut self, _val: &String) {}
}

/// Asks a yes/no question on the terminal (default: no); Ctrl-C is
/// [`Error::Interrupted`].
pub fn confirm(question: &str) -> Result<bool> {
    let term = console::Term::stderr();
    attended(|| {
        prompting(|| {
            dialoguer::Confirm::new()
                .with_prompt(question)
                .default(false)
                .wait_for_newline(true)
                .interact_on(&term)
        })
    })
}

/// `3`, `s` or `skip`, `b` or `back`, `q` or `quit`.
pub fn parse_answer(s: &str) -> Option<Answer> {
    match s.trim() {
        "s" | "skip" | "S" => Some(Answer::Skip),
        "b" | "back" | "B" => Some(Answer::Back),
        "q" | "quit" | "Q" => Some(Answer::Quit),
        t => t.parse::<u8>().ok().filter(|n| *n <= 5).map(Answer::Rating),
    }
}

/// `[3/19] ██████░░░░░░ API Design (often missing)`, drawn by indicatif and
/// left on screen above the skill's details.
fn progress_line(skill: &Skill, n: usize, total: usize) {
    let mut msg = clean(&skill.name).into_owned();
    if skill.often_missing {
        msg.push_str("  (often missing)");
    }
    // indicatif draws nothing on a terminal it cannot move the cursor on
    // (TERM=dumb or unset): there the line is plain text.
    let dumb = std::env::var("TERM").map_or(true, |t| t.is_empty() || t == "dumb");
    if dumb {
        let _ = console::Term::stderr().write_line(&format!("[{n}/{total}] {msg}"));
        return;
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(total as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template("[{pos}/{len}] {bar:20} {msg}") {
        bar.set_style(style.progress_chars("█▌░"));
    }
    bar.set_position(n as u64);
    bar.set_message(msg);
    bar.abandon();
}

/// What is shown between the progress line and the prompt: the description
/// and the scale, with the skill's own anchors beside the labels, wrapped
/// at spaces to `width` with a hanging indent.
pub fn scale_text(skill: &Skill, width: Option<usize>) -> String {
    let fill = |text: &str, first: &str, rest: &str| {
        crate::render::text::wrap_to(text, width, first, rest)
    };
    // A skill without a description shows the scale alone.
    let mut out = String::new();
    if !skill.description.is_empty() {
        out.push_str(&fill(&clean(&skill.description), "  ", "  "));
        out.push('\n');
    }
    for (rating, label, meaning) in SCALE {
        let anchor = skill.anchors.iter().find(|(k, _)| k.0 == rating);
        let text = match anchor {
            Some((_, a)) => format!("{}  ({meaning})", clean(a)),
            None => meaning.to_string(),
        };
        let first = format!("  {rating} {label:<12} ");
        out.push_str(&fill(&text, &first, &" ".repeat(first.len())));
        out.push('\n');
    }
    out
}

/// A scripted rater for tests: answers in order; `None` means Ctrl-C.
pub struct Scripted {
    pub answers: std::collections::VecDeque<Option<Answer>>,
    pub resume: bool,
    /// (skill id, previous) for every prompt shown.
    pub asked: Vec<(String, Option<u8>)>,
    /// (n, total) of every prompt shown.
    pub counters: Vec<(usize, usize)>,
    /// `rated` of every resume question.
    pub offered: Vec<usize>,
}

impl Scripted {
    pub fn new(answers: impl IntoIterator<Item = Option<Answer>>) -> Self {
        Scripted {
            answers: answers.into_iter().collect(),
            resume: false,
            asked: Vec::new(),
            counters: Vec::new(),
            offered: Vec::new(),
        }
    }
}

impl Rater for Scripted {
    fn rate(
        &mut self,
        skill: &Skill,
        n: usize,
        total: usize,
        previous: Option<u8>,
    ) -> Result<Answer> {
        self.asked.push((skill.id.clone(), previous));
        self.counters.push((n, total));
        match self.answers.pop_front() {
            Some(Some(a)) => Ok(a),
            _ => Err(Error::Interrupted),
        }
    }

    fn resume(&mut self, _guide: &str, rated: usize) -> Result<bool> {
        self.offered.push(rated);
        Ok(self.resume)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A skill without a description (a minimal guide) shows the scale alone,
    /// with no blank line above it.
    #[test]
    fn scale_without_description() {
        let mut skill: Skill = serde_yaml::from_str(
            "{id: a, name: A, importance: 3, required: {mid: 2}, description: Does A.}",
        )
        .unwrap();
        assert!(scale_text(&skill, None).starts_with("  Does A.\n  0 None"));
        skill.description.clear();
        let text = scale_text(&skill, None);
        assert!(text.starts_with("  0 None"), "{text:?}");
        assert_eq!(text.lines().count(), 6, "{text:?}");
    }
}
