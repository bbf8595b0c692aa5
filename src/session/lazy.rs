//! Serve's start-up in two steps: the state is shown as soon as the model
//! and the pages' summaries are ready (the home page and a page's own
//! address are rendered when asked), while the whole render that finds
//! every output's problems and address runs in the background on its own
//! threads at a lower priority. Whatever needs it (an address that is
//! neither, a search file, the problems) waits for it: nothing is answered
//! that the whole render could decide otherwise.

use std::collections::HashMap;
use std::sync::{Arc, Condvar, Mutex};

use rayon::prelude::*;

use super::packed::Packed;
use super::{Built, Entry, Served, Session, render};
use crate::model::PageId;
use crate::render::artifacts::search;
use crate::render::{Key, Renderer, Source};

/// The whole render's result, once it has ended.
#[derive(Default)]
pub struct Background {
    done: Mutex<Option<Arc<Built>>>,
    ended: Condvar,
}

impl Background {
    /// The state the whole render made, if it has ended.
    pub fn get(&self) -> Option<Arc<Built>> {
        self.done.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Waits for the whole render to end.
    pub fn wait(&self) -> Arc<Built> {
        let done = self.done.lock().unwrap_or_else(|e| e.into_inner());
        let done = self.ended.wait_while(done, |d| d.is_none()).unwrap_or_else(|e| e.into_inner());
        done.clone().expect("ended")
    }

    fn set(&self, built: Arc<Built>) {
        *self.done.lock().unwrap_or_else(|e| e.into_inner()) = Some(built);
        self.ended.notify_all();
    }
}

/// The whole render of a state shown before it: run it on any thread
/// ([`Pass::run`]); until it has ended, requests the early state cannot
/// decide wait for it.
pub struct Pass {
    pub(super) next: Built,
    pub(super) statics: Arc<Vec<(String, Source)>>,
    pub(super) into: Arc<Background>,
}

impl Pass {
    /// Renders every output once on threads of lower priority (an answer
    /// rendered on request meanwhile goes first), then hands the state over.
    pub fn run(self) {
        let Pass { next, statics, into } = self;
        let threads = rayon::current_num_threads();
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).start_handler(|_| lower_priority()).build();
        let whole = || render::render_whole(next, &statics, &[]);
        let built = match pool {
            Ok(p) => p.install(whole),
            Err(_) => whole(),
        };
        into.set(Arc::new(built));
    }
}

/// This thread's nice value raised by 10 (Linux keeps one per thread).
fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority only reads its integer arguments; `who` 0 is the
    // calling thread on Linux.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

/// Each page's summary for the listings, as rendering the page finds it.
pub fn summaries(r: &Renderer, bodies: &[Arc<Packed>]) -> Vec<String> {
    (0..bodies.len())
        .into_par_iter()
        .map(|id| {
            let text = bodies[id].text();
            let start = r.body_start(id).min(text.len());
            r.summary(id, &text[start..])
        })
        .collect()
}

/// The index of an early state: the static files only (the rendered files'
/// addresses come with the whole render).
pub fn early_index(statics: &[(String, Source)], portals: usize) -> Vec<HashMap<String, Entry>> {
    render::with_statics(&[], statics, portals)
}

impl Built {
    /// A file of a state shown before its whole render ended: a static file,
    /// the home page, a page at its own address; anything else (or a key
    /// that does not make that file for this portal) from the whole render,
    /// waiting for it.
    pub(super) fn file_early(&self, bg: &Background, portal: usize, path: &str) -> Option<Served> {
        if let Some(done) = bg.get() {
            return done.file(portal, path);
        }
        match self.index.get(portal).and_then(|m| m.get(path)) {
            Some(Entry::Copy(p)) => return Some(Served::Copy(p.clone())),
            Some(Entry::Builtin(b)) => return Some(Served::Bytes(Arc::new(b.to_vec()))),
            _ => {}
        }
        if !search::owns(path)
            && let Some(key) = self.early_key(path)
            && let Some(bytes) = self.rendered(portal, path, key)
        {
            return Some(Served::Bytes(bytes));
        }
        bg.wait().file(portal, path)
    }

    /// The key that may make `path`, when it can be told without the whole
    /// render: the home page, or a page whose address it is.
    fn early_key(&self, path: &str) -> Option<Key> {
        if path == "index.html" {
            return Some(Key::Home);
        }
        let dir = path.strip_suffix("index.html")?;
        let id: PageId = self.site.pages.iter().position(|p| p.path == dir)?;
        Some(Key::Page(id))
    }
}

impl Session {
    /// `next` shown before its whole render, which `pass` is set to do:
    /// with every page's summary and the static files.
    pub(super) fn early_state(&mut self, mut next: Built) -> Built {
        let mut timings = render::Timings::new();
        if let Some(r) = next.renderer() {
            let summaries = summaries(&r, &next.bodies);
            drop(r);
            next.summaries = Arc::new(summaries);
        }
        timings.mark("summaries");
        let portals = next.config.portals.len();
        next.index = Arc::new(early_index(&self.statics, portals));
        let whole = self.next_state(&next, next.site.clone(), next.bodies.clone());
        let bg = Arc::new(Background::default());
        next.full = Some(bg.clone());
        self.pending = Some(bg.clone());
        self.pass = Some(Some(Pass { next: whole, statics: self.statics.clone(), into: bg }));
        self.finish_state(next)
    }

    /// Takes in the whole render `open_lazy`'s pass made, once it has ended
    /// (waiting for it when `wait`); whether it did. Its state is shown
    /// only when the render found no error.
    pub fn adopt(&mut self, wait: bool) -> bool {
        let Some(bg) = self.pending.clone() else { return false };
        let done = match (wait, bg.get()) {
            (_, Some(d)) => d,
            (true, None) => bg.wait(),
            (false, None) => return false,
        };
        self.pending = None;
        self.good = (!done.failed()).then(|| done.clone());
        self.current = Some(done);
        true
    }

    /// Whether `open_lazy`'s whole render has ended and waits to be taken in.
    pub fn pass_ended(&self) -> bool {
        self.pending.as_ref().is_some_and(|bg| bg.get().is_some())
    }
}
