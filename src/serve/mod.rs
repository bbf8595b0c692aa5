//! `loa serve`: the build kept alive.
