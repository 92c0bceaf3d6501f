use std::process::ExitCode;

fn main() -> ExitCode {
    careerctl::main()
}
