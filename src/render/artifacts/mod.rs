//! Files made from the whole of a portal rather than one page: the search
//! index and its page. One module per kind of output.

pub mod search;
