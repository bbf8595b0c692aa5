//! The integration-test binary: each module drives the real `loa` binary
//! on a small fixture site (tests/fixtures/<scenario>) through the harness.

mod addresses;
mod build;
mod careless;
mod channels;
mod check;
mod errors;
mod every_mistake;
mod figures_props;
mod fuzz;
mod harness;
mod inject;
mod message_docs;
mod messages;
mod numbers;
mod output;
mod plan_errors;
mod plans;
mod portals;
mod publish;
mod scaffold;
mod serve;
mod ward;
