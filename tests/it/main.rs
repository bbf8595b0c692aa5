//! The integration-test binary: each module drives the real `loa` binary
//! on a small fixture site (tests/fixtures/<scenario>) through the harness.

mod build;
mod errors;
mod harness;
mod plans;
mod portals;
mod serve;
