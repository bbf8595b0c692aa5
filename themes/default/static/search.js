/* loa search: finds Vietnamese typed with or without diacritics in the
   index loa writes under search/ (format: docs/search.md). No framework,
   no WebAssembly: runs under a Content-Security-Policy of script-src 'self'.
   Words fold as loa's src/text does (đ → d, tones and marks dropped); pages
   with the exact diacritics rank first; the last word matches as a prefix
   while it is being typed. The files a query needs are fetched as it is
   typed, and each brings the titles of its best pages, so results show as
   soon as the last one arrives. Without this script the page lists documents. */
(function () {
  'use strict';
  var form = document.getElementById('tim-kiem');
  if (!form || !form.dataset.index || !window.fetch || !window.DecompressionStream || !''.normalize) return;
  var input = form.querySelector('input'), status = document.getElementById('ket-qua-tb');
  var list = document.getElementById('ket-qua'), noJs = document.getElementById('khong-js');
  var T = form.dataset, root = T.root, M = JSON.parse(T.index);
  var keys = M.s ? M.s.split(' ') : [], lasts = M.e ? M.e.split(' ') : [];
  document.getElementById('can-js').hidden = true;

  // Latin letters whose decomposition does not give loa's folding (đ has
  // none). Kept equal to src/text by the test text::tests::search_js_folds_like_loa.
  var FOLD = {"Æ":"ae","Ð":"d","×":"x","Ø":"o","Þ":"th","ß":"ss","æ":"ae","ð":"d","ø":"o","þ":"th","Đ":"d","đ":"d","Ħ":"h","ħ":"h","ı":"i","Ĳ":"ij","ĳ":"ij","ĸ":"k","Ŀ":"l","ŀ":"l","Ł":"l","ł":"l","Ŋ":"ng","ŋ":"ng","Œ":"oe","œ":"oe","Ŧ":"t","ŧ":"t","ſ":"s","ƀ":"b","Ɓ":"b","Ƃ":"b","ƃ":"b","Ɔ":"o","Ƈ":"c","ƈ":"c","Ɖ":"d","Ɗ":"d","Ƌ":"d","ƌ":"d","ƍ":"d","Ɛ":"e","Ƒ":"f","ƒ":"f","Ɠ":"g","Ɣ":"g","ƕ":"hv","Ɩ":"i","Ɨ":"i","Ƙ":"k","ƙ":"k","ƚ":"l","ƛ":"l","Ɯ":"w","Ɲ":"n","ƞ":"n","Ɵ":"o","Ƣ":"oi","ƣ":"oi","Ƥ":"p","ƥ":"p","Ʀ":"yr","Ʃ":"sh","ƪ":"sh","ƫ":"t","Ƭ":"t","ƭ":"t","Ʈ":"t","Ʊ":"y","Ʋ":"v","Ƴ":"y","ƴ":"y","Ƶ":"z","ƶ":"z","Ʒ":"zh","Ƹ":"zh","ƹ":"zh","ƺ":"zh","ƾ":"ts","ƿ":"w","Ǆ":"dz","ǅ":"dz","ǆ":"dz","Ǉ":"lj","ǈ":"lj","ǉ":"lj","Ǌ":"nj","ǋ":"nj","ǌ":"nj","Ǣ":"ae","ǣ":"ae","Ǥ":"g","ǥ":"g","Ǯ":"zh","ǯ":"zh","Ǳ":"dz","ǲ":"dz","ǳ":"dz","Ƕ":"hv","Ƿ":"w","Ǽ":"ae","ǽ":"ae","Ǿ":"o","ǿ":"o","Ȝ":"y","ȝ":"y","Ƞ":"n","ȡ":"d","Ȣ":"ou","ȣ":"ou","Ȥ":"z","ȥ":"z","ȴ":"l","ȵ":"n","ȶ":"t","ȷ":"j","ȸ":"db","ȹ":"qp","Ⱥ":"a","Ȼ":"c","ȼ":"c","Ƚ":"l","Ⱦ":"t","ȿ":"s","ɀ":"z","Ƀ":"b","Ʉ":"u","Ɇ":"e","ɇ":"e","Ɉ":"j","ɉ":"j","Ɋ":"q","ɋ":"q","Ɍ":"r","ɍ":"r","Ɏ":"y","ɏ":"y","ẚ":"a","ẛ":"s","ẜ":"s","ẝ":"s","ẞ":"ss","ẟ":"d","Ỻ":"ll","ỻ":"ll","Ỽ":"v","ỽ":"v","Ỿ":"y","ỿ":"y"};
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;

  function foldChar(c) {
    var k = c.codePointAt(0);
    if (k < 128) return c.toLowerCase();
    if (k >= 0x300 && k <= 0x362) return '';
    if ((k >= 0xc0 && k <= 0x24f) || (k >= 0x1e00 && k <= 0x1eff)) {
      var m = FOLD[c];
      return m !== undefined ? m : c.normalize('NFD').replace(/[\u0300-\u0362]/g, '').toLowerCase();
    }
    return c.toLowerCase();
  }
  function fold(s) {
    var out = '';
    for (var c of s) out += foldChar(c);
    return out;
  }

  /* The query's words: folded (f) and exact (e); `open` when the last one
     is still being typed. "số" before a number is dropped, as in the index. */
  function parse(q, submitted) {
    var raw = q.match(WORD) || [], words = [];
    for (var i = 0; i < raw.length && words.length < 8; i++) {
      var e = raw[i].normalize('NFC').toLowerCase();
      if ((e === 'số' || e === 'so') && i + 1 < raw.length && /^\d/.test(raw[i + 1])) continue;
      words.push({ f: fold(raw[i]), e: e });
    }
    var open = !submitted && words.length > 0 && /[\p{L}\p{N}\p{M}]$/u.test(q);
    // A first word of one letter matches too much to be worth fetching.
    var wait = open && words.length === 1 && words[0].f.length < 2 && !/^\d+$/.test(words[0].f);
    // A whole date (`11/01/2022`, `11/1/2022`, `11-01-2022`) is also looked
    // up as the index's key of that day, `2022-01-11`.
    var dates = [], pad = function (x) { return x.length < 2 ? '0' + x : x; };
    q.replace(/(?:^|\D)(\d{1,2})[\/.-](\d{1,2})[\/.-](\d{4})(?!\d)/g, function (_, d, m, y) {
      dates.push(y + '-' + pad(m) + '-' + pad(d));
    });
    return { words: words, open: open, wait: wait, dates: dates };
  }

  var files = {}, bytes = {}, utf8 = new TextDecoder(), meta = {};
  function load(name) {
    if (!files[name]) {
      files[name] = fetch(root + 'search/' + name + '.' + M.h + '.bin').then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.arrayBuffer();
      }).then(function (raw) {
        // Its size on the wire, for the budget of files fetched early (route).
        bytes[name] = raw.byteLength;
        return new Response(new Blob([raw]).stream().pipeThrough(new DecompressionStream('deflate'))).arrayBuffer();
      });
      files[name].catch(function () { delete files[name]; delete parsed[name]; });
    }
    return files[name];
  }

  /* A shard: groups (a folded word's record, then the records of the pairs
     ending with it, by first word), then the titles of their best pages. */
  function parseShard(buf) {
    var b = new Uint8Array(buf), p = 0, prev = new Uint8Array(0), groups = [];
    function v() { var x = 0, s = 0, c; do { c = b[p++]; x += (c & 127) * Math.pow(2, s); s += 7; } while (c & 128); return x; }
    function str() { var len = v(), s = utf8.decode(b.subarray(p, p + len)); p += len; return s; }
    function pages(forms) {
      var df = v(), bitmap = b[p++], at = p;
      if (bitmap) p += Math.ceil(M.n / 8);
      else for (var i = 0; i < df; i++) v();
      var r = { forms: forms, df: df, bitmap: bitmap, at: at, fields: p, bits: p + Math.ceil(df / 4), b: b };
      p = r.bits + Math.ceil(df * forms.length / 8);
      return r;
    }
    for (var n = v(); n > 0; n--) {
      var shared = v(), len = v(), key = new Uint8Array(shared + len);
      key.set(prev.subarray(0, shared));
      key.set(b.subarray(p, p + len), shared);
      p += len;
      prev = key;
      var forms = [];
      for (var k = v(); k > 0; k--) forms.push(str());
      var g = pages(forms), pairs = {};
      g.key = utf8.decode(key);
      for (k = v(); k > 0; k--) { var first = str(); pairs[first] = pages([]); }
      g.pairs = pairs;
      groups.push(g);
    }
    JSON.parse(utf8.decode(b.subarray(p))).forEach(function (t) { meta[t[0]] = t[1]; });
    return groups;
  }
  /* The field of a record's j-th page; whether it has the exact forms in `mask`. */
  function field(r, j) { return (r.b[r.fields + (j >> 2)] >> ((j & 3) * 2)) & 3; }
  function hasForm(r, j, mask) {
    for (var k = 0, n = r.forms.length; k < n; k++) {
      var at = j * n + k;
      if ((mask >> k) & 1 && r.b[r.bits + (at >> 3)] & (1 << (at & 7))) return true;
    }
    return false;
  }
  function docsOf(r) {
    var out = new Array(r.df), b = r.b, p = r.at, d = 0;
    if (r.bitmap) {
      for (var i = 0, k = 0; k < r.df; i++) if (b[p + (i >> 3)] & (1 << (i & 7))) out[k++] = i;
      return out;
    }
    for (var j = 0; j < r.df; j++) {
      var x = 0, s = 0, c;
      do { c = b[p++]; x += (c & 127) * Math.pow(2, s); s += 7; } while (c & 128);
      d = j ? d + x : x;
      out[j] = d;
    }
    return out;
  }

  /* A file of groups: shard `t/<n>`, or a prefix's file (`v/`, `p/`, `q/`). */
  var parsed = {};
  function shard(name) {
    if (!parsed[name]) parsed[name] = load(name).then(parseShard);
    return parsed[name];
  }
  /* The last shard whose first word is not after `key` (0 if none). */
  function shardOf(key) {
    var lo = 0, hi = keys.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (keys[mid] <= key) lo = mid; else hi = mid - 1; }
    return lo;
  }
  /* A prefix's file: the prefix's UTF-8 bytes in hex, under `kind`: `v`
     (the groups of its words, in two shards), `p` (merged, in more) or `q`
     (merged, with the pairs: for a word after another). */
  function prefixFile(key, kind) {
    var hex = '';
    new TextEncoder().encode(key).forEach(function (b) { hex += (b < 16 ? '0' : '') + b.toString(16); });
    return kind + '/' + hex;
  }
  /* A `v/` file already asked for of a beginning of `key`: it holds the
     groups of every word that begins `key` begins, and `key`'s own. */
  function asOf(key) {
    var p = '';
    for (var c of key) { p += c; if (asked[prefixFile(p, 'v')]) return prefixFile(p, 'v'); }
    return null;
  }
  /* The file that holds `key` (`later`: a word after another): its shard
     (none when it would be past the last word of the one that would), or
     a prefix's file already fetched that has the word's group as its
     shard does; for a word being typed (`prefix`), the shard of the words
     it begins, or when they span several shards the prefix's own file
     (loa writes them for every such prefix): their groups for two shards,
     else merged (with the pairs for a later word of two letters or more);
     and how many shards those words span. */
  function shard1(key, prefix, later) {
    if (!keys.length) return { at: [], span: 0 };
    var lo = shardOf(key), v = asOf(key);
    if (!prefix) {
      var q = prefixFile(key, 'q'), p = prefixFile(key, 'p');
      if (v || asked[q] || (!later && asked[p])) return { at: [v || (asked[q] ? q : p)], span: 1 };
      return { at: keys[lo] <= key && key <= lasts[lo] ? ['t/' + lo] : [], span: 1 };
    }
    if (key > lasts[lo] && lo + 1 < keys.length) lo++;
    var span = shardOf(key + '\uffff') - lo + 1;
    if (v) return { at: [v], span: span };
    if (span < 2) return { at: ['t/' + lo], span: span };
    if (span === 2) return { at: [prefixFile(key, 'v')], span: span };
    return { at: [prefixFile(key, later && Array.from(key).length > 1 ? 'q' : 'p')], span: span };
  }
  /* The file each word needs. The word being typed matches as a prefix in
     the file of the words it begins (one file, see shard1), fetched at
     once when those words are in one or two shards or it has four
     letters, or once typing pauses or another word follows. A shorter word (`ho`, the `d` of
     `cong d`: letters beginning words in many shards) is fetched at once
     too, so that its first result needs no round trip once typing pauses,
     unless the query has already fetched SPARE files of words it does
     not need now (each such word may be superseded by its next letter:
     fetching them early costs a query at most two files; the benchmark's
     queries stay within 10 requests), or EARLY_BYTES of index files:
     of a query's 100 KB, 55 are left once the page is in, and a prefix's
     file can weigh 27 (`q/` of `do`, after 26 for `cong`). The ranking is the same: the same
     file, fetched sooner. `ready` is false while a word waits. */
  var SPARE = 2, EARLY_BYTES = 20480, asked = {};
  function route(q, settled) {
    var ready = !q.wait, early = null, per = q.words.map(function (w, i) {
      if (q.wait) return [];
      if (!(q.open && i === q.words.length - 1)) return shard1(w.f, false, i > 0).at;
      var s = shard1(w.f, true, i > 0);
      if (settled || s.span <= 2 || w.f.length >= 4) return s.at;
      if (/^\p{L}/u.test(w.f)) return (early = s.at);
      ready = false;
      return [];
    });
    if (early && early.some(function (x) { return !asked[x]; })) {
      // Files of words fetched for this query that it does not need now.
      var need = {}, waste = 0, spent = 0;
      per.slice(0, q.words.length - 1).concat(per.slice(q.words.length)).forEach(function (ids) {
        ids.forEach(function (x) { need[x] = 1; });
      });
      for (var x in asked) { spent += bytes[x] || 0; if (!need[x]) waste++; }
      if (waste >= SPARE || spent >= EARLY_BYTES) { per[q.words.length - 1] = []; ready = false; }
    }
    // Then the day of each whole date.
    q.dates.forEach(function (d) { per.push(shard1(d, false, true).at); });
    return { per: per, ready: ready && q.words.length > 0 };
  }

  var WEIGHT = [32, 16, 6, 2];
  /* Ranks every page: all words matched first (else the most), then the
     words matched with their exact diacritics, then the fields and phrases
     they are in (and the day of a whole date typed), then the index's
     order (documents, newest first). */
  function rank(q, groups, days) {
    var n = M.n, matched = new Uint8Array(n), exact = new Uint8Array(n), score = new Float64Array(n);
    var best = new Float64Array(n), ex = new Uint8Array(n), touched = [];
    q.words.forEach(function (w, i) {
      var last = q.open && i === q.words.length - 1;
      best.fill(0); ex.fill(0); touched.length = 0;
      groups[i].forEach(function (r) {
        var mask = 0, all = !r.forms.length && (last ? r.key.startsWith(w.e) : r.key === w.e);
        r.forms.forEach(function (f, k) { if (last ? f.startsWith(w.e) : f === w.e) mask |= 1 << k; });
        var docs = docsOf(r), scale = r.key === w.f ? 1 : 0.5;
        for (var j = 0; j < docs.length; j++) {
          var d = docs[j], s = WEIGHT[field(r, j)] * scale;
          if (!best[d]) touched.push(d);
          if (s > best[d]) best[d] = s;
          if (all || (mask && hasForm(r, j, mask))) ex[d] = 1;
        }
      });
      touched.forEach(function (d) { matched[d]++; score[d] += best[d]; exact[d] += ex[d]; });
      if (!i) return;
      // The phrase of this word and the one before (records in this word's groups).
      best.fill(0);
      groups[i].forEach(function (g) {
        var r = g.pairs[q.words[i - 1].f];
        if (!r) return;
        var docs = docsOf(r);
        for (var j = 0; j < docs.length; j++) best[docs[j]] = Math.max(best[docs[j]], 2 * WEIGHT[field(r, j)]);
      });
      for (var d = 0; d < n; d++) score[d] += best[d];
    });
    // A page of the day typed: as a phrase in its metadata.
    days.forEach(function (gs) {
      gs.forEach(function (r) { docsOf(r).forEach(function (d) { score[d] += 2 * WEIGHT[1]; }); });
    });
    var most = 0, count = 0;
    for (var d = 0; d < n; d++) if (matched[d] > most) most = matched[d];
    if (!most) return { hits: [], partial: false };
    // One number per page, sorted natively: fewer exact words, lower score
    // (in half points), then page id, from the most significant bits down.
    var order = new Float64Array(n);
    for (d = 0; d < n; d++) {
      if (matched[d] === most) order[count++] = ((8 - exact[d]) * 4096 + 4095 - Math.min(4095, score[d] * 2)) * 16777216 + d;
    }
    var sorted = order.subarray(0, count).sort(), hits = new Array(count);
    for (var i = 0; i < count; i++) hits[i] = sorted[i] % 16777216;
    return { hits: hits, partial: most < q.words.length };
  }

  /* The groups of each word (its key, or the keys it begins while typed)
     and of each whole date's day, ranked. */
  async function search(q, per, key) {
    var loaded = await Promise.all(per.map(function (ids) { return Promise.all(ids.map(shard)); }));
    // Another query typed meanwhile: this one's ranking is not needed.
    if (key !== latest) return null;
    var find = function (i, k, prefix) {
      var out = [];
      loaded[i].forEach(function (gs) {
        gs.forEach(function (g) { if (prefix ? g.key.startsWith(k) : g.key === k) out.push(g); });
      });
      return out;
    };
    var groups = q.words.map(function (w, i) { return find(i, w.f, q.open && i === q.words.length - 1); });
    var days = q.dates.map(function (d, j) { return find(q.words.length + j, d, false); });
    return rank(q, groups, days);
  }

  /* Titles of pages no loaded shard brought, from the chunks they are in:
     those of the first `max` chunks the results need, in rank order. */
  function titles(hits, max) {
    var need = [];
    hits.forEach(function (d) {
      var c = Math.floor(d / M.c);
      if (!meta[d] && need.indexOf(c) < 0) need.push(c);
    });
    return Promise.all(need.slice(0, max).map(function (c) {
      if (!parsed['d/' + c]) {
        parsed['d/' + c] = load('d/' + c).then(function (b) {
          JSON.parse(utf8.decode(b)).forEach(function (t, i) { meta[c * M.c + i] = t; });
        });
      }
      return parsed['d/' + c];
    }));
  }

  var PAGE = 10, current = null, shown = 0, seq = 0, latest = '', ranked = {};
  function say(template, q, n) {
    status.textContent = template.replace('{q}', q).replace('{n}', n.toLocaleString(document.documentElement.lang || 'vi'));
  }
  function item(t) {
    var li = document.createElement('li'), h = document.createElement('h2'), a = document.createElement('a');
    h.className = 'muc';
    a.href = root + t[1];
    a.textContent = t[0];
    h.appendChild(a);
    li.appendChild(h);
    if (t[2]) { var p = document.createElement('p'); p.className = 'meta'; p.textContent = t[2]; li.appendChild(p); }
    return li;
  }
  /* Adds the next `n` results to the list, and with `more` the button for
     the next ones when some remain. */
  function append(n, more) {
    var old = list.querySelector('.them');
    if (old) old.remove();
    current.hits.slice(shown, shown + n).forEach(function (d) { list.appendChild(item(meta[d])); });
    shown += n;
    if (!more || shown >= current.hits.length) return;
    var li = document.createElement('li'), b = document.createElement('button');
    li.className = 'them';
    b.type = 'button';
    b.textContent = T.more;
    b.addEventListener('click', async function () {
      var my = seq, first = list.children.length - 1, next = current.hits.slice(shown, shown + PAGE);
      await titles(next, PAGE);
      if (my !== seq) return;
      append(next.length, true);
      var a = list.children[first] && list.children[first].querySelector('a');
      if (a) a.focus();
    });
    li.appendChild(b);
    list.appendChild(li);
  }
  /* Lists the ranking `r` of `text` as far as the titles here go, from its
     first result on (a result is never shown above one that ranks higher);
     a list already showing the start of this ranking is added to, not
     rebuilt, so what a reader sees (or has focused) stays. `settled`: the
     button for more results follows. */
  function show(r, text, settled) {
    var first = r.hits.slice(0, PAGE), known = 0;
    while (known < first.length && meta[first[known]]) known++;
    // Results wait until the first one's title is here.
    if (first.length && !known) return;
    var same = current && current.key === r.key && list.dataset.q === text.trim();
    if (!same) { current = r; shown = 0; list.textContent = ''; }
    if (known > shown || settled) append(Math.max(0, known - shown), settled);
    list.dataset.q = text.trim();
    list.hidden = !r.hits.length;
    noJs.hidden = r.hits.length > 0;
  }
  /* Searches `text`: on each key (the files it needs are fetched at once,
     and results show as soon as they are ranked, as far as the titles the
     files brought go), and `settled` when typing pauses or on Enter (then
     the titles of the rest of the first page are fetched and the count is
     announced, once). A run for the same query still under way is not
     abandoned when typing pauses: whichever ranks first shows. */
  async function run(text, settled, submitted) {
    ++seq;
    var q = parse(text, submitted), key = JSON.stringify([q.words, q.open, q.dates]);
    latest = key;
    // The address keeps a submitted query, to share or come back to.
    if (submitted) history.replaceState(null, '', text ? '?q=' + encodeURIComponent(text) : location.pathname);
    if (!q.words.length) { list.hidden = true; list.textContent = ''; status.textContent = ''; noJs.hidden = false; current = null; asked = {}; return; }
    var plan = route(q, settled);
    plan.per.forEach(function (ids) { ids.forEach(function (x) { asked[x] = 1; shard(x); }); });
    if (!plan.ready) return;
    try {
      // One ranking per query and files: the run of a pause or of Enter
      // shares the one of the key still under way.
      var id = key + JSON.stringify(plan.per);
      var p = ranked[id];
      if (!p) { ranked = {}; p = ranked[id] = search(q, plan.per, key); }
      var r = await p;
      // Not ranked (another query was typed meanwhile): ranked again if it comes back.
      if (!r && ranked[id] === p) delete ranked[id];
      if (!r || key !== latest) return;
      r.key = key;
      show(r, text, false);
      if (!settled) return;
      // The first page's titles, from two chunks at most: a query stays
      // within 10 requests (the button brings the rest).
      await titles(r.hits.slice(0, PAGE), submitted ? PAGE : 2);
      if (key !== latest) return;
      show(r, text, true);
      say(r.hits.length ? (r.partial ? T.partial : T.found) : T.none, text.trim(), r.hits.length);
    } catch (e) {
      if (key === latest && settled) status.textContent = T.error;
    }
  }

  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    run(input.value, false, false);
    // Once typing pauses: every title of the first results, and the count said.
    timer = setTimeout(function () { run(input.value, true, false); }, 300);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run(input.value, true, true);
  });
  var start = new URLSearchParams(location.search).get('q');
  if (start) { input.value = start; run(start, true, true); }
})();
