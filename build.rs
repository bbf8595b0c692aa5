//! Rebuilds loa when the built-in theme (themes/default/, compiled into the
//! binary by `include_dir!` in src/theme.rs) changes: the macro alone does
//! not tell Cargo which files it read.

fn main() {
    println!("cargo:rerun-if-changed=themes/default");
    println!("cargo:rerun-if-changed=build.rs");
}
