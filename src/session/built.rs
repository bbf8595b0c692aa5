//! A state's files as serve answers them: rendered on request from the
//! state's kept stages (or taken from those an edit rendered), the search
//! files made when first asked for, everything rendered for `loa check`.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use super::{Built, CACHE_BYTES, Entry, SearchFiles, Served, render};
use crate::diagnostics::Diagnostic;
use crate::render::artifacts::search;
use crate::render::{Body, File, Key, Renderer, Select};

impl Built {
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors()
    }

    /// The renderer over this state's stages.
    pub(super) fn renderer(&self) -> Option<Renderer<'_>> {
        let t = self.templates.as_ref()?;
        let c = &*self.config;
        Some(
            Renderer::new(c, &self.site, t, &c.portals, self.scopes.clone(), self.today).with_words(self.words.clone()),
        )
    }

    /// The search page and index of every portal, as `build` writes them.
    pub(super) fn search_files(&self) -> &SearchFiles {
        self.search.get_or_init(|| {
            let Some(r) = self.renderer() else { return SearchFiles::new() };
            let (files, _) = r.search(&self.terms);
            files
                .into_iter()
                .filter_map(|(p, f)| match f.body {
                    Body::Bytes(b) => Some(((p, f.path), Arc::new(b))),
                    Body::Copy(_) | Body::Builtin(_) => None,
                })
                .collect()
        })
    }

    /// The portals, in output order.
    pub fn portal_ids(&self) -> impl Iterator<Item = &str> {
        self.config.portals.iter().map(|p| p.id.as_str())
    }

    /// The file `path` (`van-ban/index.html`) of portal number `portal`, as
    /// `loa build` would write it: rendered now from the kept stages, or
    /// taken from the files rendered by the last edit.
    pub fn file(&self, portal: usize, path: &str) -> Option<Served> {
        if let Some(bg) = &self.full {
            return self.file_early(bg, portal, path);
        }
        let entry = self.index.get(portal)?.get(path);
        if let Some(Entry::Copy(p)) = entry {
            return Some(Served::Copy(p.clone()));
        }
        // The index's file names change with its content: what this state's
        // index is made of, not the names the first render found.
        if search::owns(path) {
            if let Some(b) = self.search_files().get(&(portal, path.to_string())) {
                return Some(Served::Bytes(b.clone()));
            }
            if matches!(entry, Some(Entry::Key(Key::Search))) {
                return None;
            }
        }
        let key = match entry? {
            Entry::Copy(p) => return Some(Served::Copy(p.clone())),
            Entry::Builtin(b) => return Some(Served::Bytes(Arc::new(b.to_vec()))),
            Entry::Key(k) => *k,
        };
        self.rendered(portal, path, key).map(Served::Bytes)
    }

    /// The file `path` of `portal` that `key` makes, rendered now (or kept
    /// from an earlier request); None when `key` does not make it.
    pub(super) fn rendered(&self, portal: usize, path: &str, key: Key) -> Option<Arc<Vec<u8>>> {
        let cache_key = (portal, path.to_string());
        if let Some(b) = self.cache.lock().ok()?.1.get(&cache_key) {
            return Some(b.clone());
        }
        let keys = HashSet::from([key]);
        let select = Select { keys: Some(&keys), portal: Some(portal) };
        let found = Mutex::new(None);
        self.render(select, &|_, p, f: File| {
            if p == portal
                && f.path == path
                && let Body::Bytes(b) = f.body
            {
                *found.lock().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(b));
            }
        });
        let bytes = found.into_inner().ok()??;
        self.remember(cache_key, bytes.clone());
        Some(bytes)
    }

    pub(super) fn remember(&self, key: (usize, String), bytes: Arc<Vec<u8>>) {
        if let Ok(mut c) = self.cache.lock() {
            if c.0 + bytes.len() > CACHE_BYTES {
                c.1.clear();
                c.0 = 0;
            }
            c.0 += bytes.len();
            c.1.insert(key, bytes);
        }
    }

    /// Renders every output of this state, handing each file to `sink`
    /// (`loa check`'s passes over the pages as they would be published).
    pub fn render_every(&self, sink: &(dyn Fn(Key, usize, File) + Sync)) {
        self.render(Select::default(), sink);
    }

    /// Renders what `select` asks for with this state's summaries (pages
    /// first, their summaries are not updated here).
    pub(super) fn render(&self, select: Select, sink: &(dyn Fn(Key, usize, File) + Sync)) -> Vec<(Key, Diagnostic)> {
        let Some(r) = self.renderer() else { return vec![] };
        let pages = render::pages_of(&select, self.site.pages.len());
        let (_, mut diags) = render::pages(&r, &pages, select, &|id| self.bodies[id].text(), sink);
        diags.extend(render::listings(&r, &self.summaries, select, sink));
        diags
    }
}
