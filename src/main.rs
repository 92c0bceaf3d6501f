use std::process::ExitCode;

// Parsing a guide is mostly small allocations; mimalloc makes `validate`
// about a sixth faster than glibc's malloc (BENCHMARKS.md). `no_thp` turns
// transparent huge pages off for this process, which keeps its peak memory
// at glibc's level.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    careerctl::main()
}
