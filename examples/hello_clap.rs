//! A hello-world clap (derive) binary: the `--version` baseline of issue 7.
//!
//! ```text
//! cargo run --release --example hello_clap -- --version
//! ```

use clap::Parser;

/// Says hello.
#[derive(Parser)]
#[command(name = "hello_clap", version)]
struct Args {
    /// Say it loudly
    #[arg(long)]
    loud: bool,
}

fn main() {
    let args = Args::parse();
    if args.loud {
        println!("HELLO, WORLD!");
    } else {
        println!("Hello, world!");
    }
}
