//! The `loa` command: parses arguments, calls one library function, prints
//! the diagnostics and sets the exit status.

fn main() {
    eprintln!("loa: not yet wired");
    std::process::exit(2);
}
