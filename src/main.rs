//! The `ogoh` binary. Thin on purpose: everything lives in the library, so tests and benches
//! drive the same code the binary runs.

fn main() -> std::process::ExitCode {
    ogoh::cli::run()
}
