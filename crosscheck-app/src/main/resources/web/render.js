// The crosscheck story views: story list, story page, article page. Shared by the web UI
// (app.js, over the REST API) and by `analyze --format html` (over the embedded report).
// Every piece of content goes into the page through textContent and DOM calls, never as
// markup: article text may hold anything.

const SVG = 'http://www.w3.org/2000/svg';
const PAGE = 20;

export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function storyHref(id) {
  return '#/story/' + encodeURIComponent(id);
}

export function articleHref(id) {
  return '#/article/' + encodeURIComponent(id);
}

export function outletHref(name) {
  return '#/outlet/' + encodeURIComponent(name);
}

function listHref(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, String(v));
  const s = q.toString();
  return '#/' + (s ? '?' + s : '');
}

function dates(first, last) {
  if (!first && !last) return 'undated';
  if (!first || first === last) return first || last;
  return first + ' – ' + last;
}

function articleName(article) {
  if (!article) return 'unknown article';
  return article.site || article.title || article.id;
}

// ---------- text with highlighted spans ----------

// Text of an article with the given [start, end) spans wrapped in <mark>; spans carry a class
// and a title. Overlapping spans are merged into the first.
export function highlighted(text, spans, tag) {
  const container = el(tag || 'div', { class: 'article-text' });
  const sorted = spans.filter((s) => s.start >= 0 && s.end > s.start && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  const paragraphs = [];
  let current = el('p');
  paragraphs.push(current);
  const appendText = (chunk) => {
    chunk.split(/\n\s*\n/).forEach((part, i) => {
      if (i > 0) {
        current = el('p');
        paragraphs.push(current);
      }
      if (part) current.appendChild(document.createTextNode(part));
    });
  };
  for (const span of sorted) {
    if (span.start < at) continue;
    appendText(text.slice(at, span.start));
    const mark = el('mark', { class: span.className || 'hl', title: span.title || null });
    mark.textContent = text.slice(span.start, span.end);
    current.appendChild(mark);
    at = span.end;
  }
  appendText(text.slice(at));
  paragraphs.filter((p) => p.childNodes.length > 0).forEach((p) => container.appendChild(p));
  return container;
}

// Offsets of the given sentences in an article text: from claim support when it names them,
// else by searching the text.
function sentenceSpans(story, article, sentences, claimIds) {
  const spans = [];
  const text = article.text || '';
  const wanted = new Set(claimIds || []);
  for (const claim of story.claims || []) {
    for (const s of claim.support || []) {
      if (s.articleId === article.id && (wanted.has(s.claimId) || wanted.has(claim.id)) && sentences.includes(s.sentence)) {
        spans.push({ start: s.start, end: s.end });
      }
    }
  }
  for (const sentence of sentences) {
    if (spans.some((sp) => text.slice(sp.start, sp.end) === sentence)) continue;
    const at = text.indexOf(sentence);
    if (at >= 0) spans.push({ start: at, end: at + sentence.length });
  }
  return spans;
}

// The paragraphs of the text that hold a span, with the spans marked; "…" between gaps.
function excerpt(text, spans, className) {
  const box = el('div', { class: 'excerpt' });
  if (spans.length === 0) {
    box.appendChild(el('p', { class: 'muted' }, 'The sentence was not found in this article’s text.'));
    return box;
  }
  const bounds = [];
  for (const sp of spans) {
    let from = text.lastIndexOf('\n\n', sp.start);
    from = from < 0 ? 0 : from + 2;
    let to = text.indexOf('\n\n', sp.end);
    to = to < 0 ? text.length : to;
    bounds.push([from, to]);
  }
  bounds.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const b of bounds) {
    const last = merged[merged.length - 1];
    if (last && b[0] <= last[1]) last[1] = Math.max(last[1], b[1]);
    else merged.push(b.slice());
  }
  merged.forEach(([from, to], i) => {
    if (i > 0 || from > 0) box.appendChild(el('p', { class: 'gap' }, '…'));
    const local = spans.filter((sp) => sp.start >= from && sp.end <= to)
      .map((sp) => ({ start: sp.start - from, end: sp.end - from, className }));
    const part = highlighted(text.slice(from, to), local);
    while (part.firstChild) box.appendChild(part.firstChild);
  });
  if (merged[merged.length - 1][1] < text.length) box.appendChild(el('p', { class: 'gap' }, '…'));
  return box;
}

// ---------- check a statement ----------

const VERDICTS = ['supported', 'conflicting', 'unsupported'];

function verdictBadge(verdict) {
  const known = VERDICTS.includes(verdict) ? verdict : 'unknown';
  return el('span', { class: 'verdict ' + known }, known);
}

function scoreText(item) {
  return typeof item.score === 'number' ? el('span', { class: 'meta' }, ' score ' + item.score.toFixed(2)) : null;
}

// One evidence sentence: how it bears on the statement, the sentence, and the article it is from.
function evidenceItem(e, byId) {
  const article = byId[e.articleId];
  const relation = e.relation === 'conflicts' ? 'conflicts' : 'supports';
  return el('li', { class: 'evidence ' + relation },
    el('span', { class: 'relation ' + relation }, relation), e.kind ? el('span', { class: 'kind' }, ' ' + e.kind) : null,
    e.detail ? el('span', { class: 'meta' }, ' — ' + e.detail) : null,
    el('blockquote', {}, e.sentence),
    el('p', { class: 'evidence-source' }, el('a', { href: articleHref(e.articleId), class: 'chip' }, articleName(article)),
      article && article.title && article.site ? el('span', { class: 'meta' }, ' ' + article.title) : null,
      article && article.published ? el('span', { class: 'meta' }, ' · ' + article.published) : null));
}

// The verdict on a statement: overall, then each sentence with its evidence and what no source states.
export function checkResult(result, byId) {
  const box = el('div', { class: 'check-result', 'data-verdict': VERDICTS.includes(result.verdict) ? result.verdict : 'unknown' });
  box.appendChild(el('p', { class: 'check-overall' }, 'The statement is ', verdictBadge(result.verdict), scoreText(result)));
  const list = el('ol', { class: 'check-sentences' });
  for (const s of result.sentences || []) {
    const item = el('li', { class: 'check-sentence' }, el('p', {}, verdictBadge(s.verdict), ' ', s.text, scoreText(s)));
    const evidence = s.evidence || [];
    if (evidence.length) item.appendChild(el('ul', { class: 'evidence-list' }, evidence.map((e) => evidenceItem(e, byId))));
    else item.appendChild(el('p', { class: 'muted' }, 'No stored article has a sentence that bears on it.'));
    if ((s.unstated || []).length) item.appendChild(el('p', { class: 'meta' }, 'Not stated by the evidence: ' + s.unstated.join(', ')));
    list.appendChild(item);
  }
  box.appendChild(list);
  return box;
}

// The "check a statement" box: the statement is judged against the stored articles, or only
// against the story's when one is given and its box is ticked. Only for sources that can verify.
function checkBox(source, story) {
  if (!source.verify) return null;
  const input = el('textarea', { name: 'claim', rows: 2, maxlength: 2000, placeholder: 'A statement to check, one or more sentences', 'aria-label': 'statement to check' });
  const only = story ? el('input', { type: 'checkbox', name: 'story-only', checked: 'checked' }) : null;
  const button = el('button', { type: 'submit' }, 'Check');
  const out = el('div', { class: 'check-output', 'aria-live': 'polite' });
  const form = el('form', { class: 'check' }, input,
    el('div', { class: 'check-controls' }, only ? el('label', {}, only, ' only this story’s articles') : el('span', { class: 'meta' }, 'against all stored stories'), button));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const claim = input.value.trim();
    if (!claim) return;
    button.disabled = true;
    out.replaceChildren(el('p', { class: 'muted' }, 'Checking…'));
    try {
      const result = await source.verify(claim, only && only.checked ? story.id : null);
      const byId = {};
      for (const a of (story && story.articles) || []) byId[a.id] = a;
      const missing = [...new Set((result.sentences || []).flatMap((s) => (s.evidence || []).map((ev) => ev.articleId)))].filter((id) => !byId[id]);
      const found = await Promise.all(missing.map((id) => source.article(id).catch(() => null)));
      found.filter(Boolean).forEach((a) => { byId[a.id] = a; });
      out.replaceChildren(checkResult(result, byId));
    } catch (error) {
      out.replaceChildren(el('p', { class: 'error', role: 'alert' }, error && error.message ? error.message : String(error)));
    } finally {
      button.disabled = false;
    }
  });
  return el('section', { class: 'part check-box', id: 'check' }, el('h2', {}, 'Check a statement'), form, out);
}

// ---------- story list ----------

function filterForm(source, order, q, filters) {
  const outlet = el('input', { type: 'text', name: 'outlet', placeholder: 'any outlet', 'aria-label': 'outlet', list: 'outlet-names' });
  outlet.value = filters.outlet || '';
  const from = el('input', { type: 'date', name: 'from', 'aria-label': 'from' });
  from.value = filters.from || '';
  const to = el('input', { type: 'date', name: 'to', 'aria-label': 'to' });
  to.value = filters.to || '';
  const names = el('datalist', { id: 'outlet-names' });
  const form = el('form', { class: 'filters', 'aria-label': 'filter stories' },
    el('label', {}, 'Outlet ', outlet), names, el('label', {}, ' from ', from), el('label', {}, ' to ', to),
    el('button', { type: 'submit' }, 'Filter'),
    filters.outlet || filters.from || filters.to ? el('a', { href: listHref({ order, q }), class: 'clear-filters' }, 'clear') : null);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = listHref({ order, q, outlet: outlet.value.trim(), from: from.value, to: to.value });
  });
  if (source.outlets) {
    source.outlets({ limit: 100, offset: 0 }).then((answer) => {
      for (const o of answer.outlets || []) names.appendChild(el('option', { value: o.outlet }));
    }).catch(() => {});
  }
  return form;
}

function outletCounts(s) {
  if (s.distinctTexts === undefined) return null;
  return el('span', { class: 'outlet-counts' }, ' · ', s.distinctTexts + (s.distinctTexts === 1 ? ' distinct text' : ' distinct texts'), ' · ',
    s.outletCount + (s.outletCount === 1 ? ' outlet' : ' outlets'), ' (', el('span', { class: 'independent-outlets' }, String(s.independentOutlets)),
    ' independent)');
}

async function listView(root, source, params) {
  const order = ['newest', 'largest', 'disputed'].includes(params.get('order')) ? params.get('order') : 'newest';
  const q = params.get('q') || '';
  const filters = { outlet: params.get('outlet') || '', from: params.get('from') || '', to: params.get('to') || '' };
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const page = await source.stories(Object.assign({ order, q, limit: PAGE, offset }, filters));

  const view = el('section', { class: 'list-view' });
  const tabs = el('nav', { class: 'tabs', 'aria-label': 'order' });
  for (const [key, label] of [['newest', 'Newest'], ['largest', 'Largest'], ['disputed', 'Most disputed']]) {
    tabs.appendChild(el('a', { href: listHref(Object.assign({ order: key, q }, filters)), class: key === order ? 'tab active' : 'tab', 'data-order': key }, label));
  }
  const input = el('input', { type: 'search', name: 'q', placeholder: 'Search stories and articles', 'aria-label': 'search' });
  input.value = q;
  const form = el('form', { class: 'search', role: 'search' }, input, el('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = listHref(Object.assign({ order, q: input.value.trim() }, filters));
  });
  view.appendChild(el('div', { class: 'list-head' }, tabs, form));
  view.appendChild(filterForm(source, order, q, filters));
  if (source.outlets) view.appendChild(el('p', { class: 'to-outlets' }, el('a', { href: '#/outlets' }, 'Outlets: who reports, who copies whom →')));
  const check = checkBox(source, null);
  if (check) view.appendChild(check);

  const narrowed = [filters.outlet ? 'with an article of ' + filters.outlet : '', filters.from ? 'from ' + filters.from : '',
    filters.to ? 'to ' + filters.to : ''].filter(Boolean).join(' ');
  view.appendChild(el('p', { class: 'muted count' }, page.total + (page.total === 1 ? ' story' : ' stories') + (q ? ' matching “' + q + '”' : '')
    + (narrowed ? ' ' + narrowed : '')));
  const list = el('ol', { class: 'stories', start: offset + 1 });
  for (const s of page.stories) {
    const meta = el('span', { class: 'meta' },
      s.articleCount + (s.articleCount === 1 ? ' article' : ' articles'), outletCounts(s), ' · ', dates(s.first, s.last));
    const badge = s.conflictCount > 0
      ? el('span', { class: 'badge disputed' }, s.conflictCount + (s.conflictCount === 1 ? ' conflict' : ' conflicts'))
      : el('span', { class: 'badge quiet' }, 'no conflicts');
    list.appendChild(el('li', { class: 'story-item' }, el('a', { href: storyHref(s.id), class: 'story-link' }, s.title), ' ', badge, el('br'), meta));
  }
  view.appendChild(list);
  const pager = el('nav', { class: 'pager' });
  if (offset > 0) pager.appendChild(el('a', { href: listHref(Object.assign({ order, q, offset: Math.max(0, offset - PAGE) }, filters)) }, '← newer page'));
  if (offset + page.stories.length < page.total) pager.appendChild(el('a', { href: listHref(Object.assign({ order, q, offset: offset + PAGE }, filters)) }, 'next page →'));
  view.appendChild(pager);

  if (q && source.articles) {
    const hits = await source.articles({ q, limit: PAGE, offset: 0 });
    const section = el('section', { class: 'article-hits' }, el('h2', {}, 'Articles matching “' + q + '” (' + hits.total + ')'));
    const ul = el('ul', {});
    for (const a of hits.articles) {
      ul.appendChild(el('li', {}, el('a', { href: articleHref(a.id) }, a.title || a.id), ' ',
        el('span', { class: 'meta' }, [a.site, a.published].filter(Boolean).join(' · ')),
        a.snippet ? el('div', { class: 'snippet' }, a.snippet) : null));
    }
    section.appendChild(ul);
    view.appendChild(section);
  }
  root.replaceChildren(view);
}

// ---------- story page ----------

function chips(story, articleIds, byId) {
  const box = el('span', { class: 'chips' });
  for (const id of articleIds) {
    box.appendChild(el('a', { href: articleHref(id), class: 'chip', title: (byId[id] && byId[id].title) || id }, articleName(byId[id])));
  }
  return box;
}

function claimsTable(story, byId) {
  const table = el('table', { class: 'claims' });
  table.appendChild(el('thead', {}, el('tr', {}, el('th', {}, 'Status'), el('th', {}, 'Claim'), el('th', {}, 'Sources'), el('th', {}, 'Independent'))));
  const body = el('tbody');
  for (const c of story.claims || []) {
    const ids = [...new Set((c.support || []).map((s) => s.articleId))];
    body.appendChild(el('tr', { class: 'claim status-' + c.status, id: 'claim-' + c.id },
      el('td', {}, el('span', { class: 'status ' + c.status }, c.status)),
      el('td', {}, c.text),
      el('td', {}, chips(story, ids, byId)),
      el('td', { class: 'num' }, String(c.independentSources))));
  }
  table.appendChild(body);
  return table;
}

function confidenceOf(conflict) {
  return typeof conflict.confidence === 'number' ? conflict.confidence : 1;
}

/** The conflicts, the most confident first (ties keep their order). */
function byConfidence(conflicts) {
  return conflicts.map((c, i) => [c, i])
    .sort((a, b) => confidenceOf(b[0]) - confidenceOf(a[0]) || a[1] - b[1])
    .map((p) => p[0]);
}

function conflictView(story, conflict, byId) {
  const box = el('article', { class: 'conflict', id: 'conflict-' + conflict.id });
  box.appendChild(el('h3', {}, el('span', { class: 'kind' }, conflict.kind), ' ', conflict.description,
    typeof conflict.confidence === 'number'
      ? el('span', { class: 'confidence', title: 'how well the conflict is supported, 0 to 1' }, ' confidence ' + conflict.confidence.toFixed(2))
      : null));
  const sides = el('div', { class: 'sides' });
  (conflict.sides || []).forEach((side, i) => {
    const column = el('div', { class: 'side side-' + (i % 4) });
    column.appendChild(el('h4', {}, '“' + side.value + '”'));
    for (const articleId of side.articleIds || []) {
      const article = byId[articleId];
      column.appendChild(el('p', { class: 'side-source' }, el('a', { href: articleHref(articleId), class: 'chip' }, articleName(article)),
        article && article.site && article.title ? el('span', { class: 'meta' }, ' ' + article.title) : null));
      if (article && article.text) {
        column.appendChild(excerpt(article.text, sentenceSpans(story, article, side.sentences || [], side.claimIds), 'hl side-' + (i % 4)));
      }
    }
    sides.appendChild(column);
  });
  box.appendChild(sides);
  return box;
}

// The provenance picture: the story's articles as nodes on a circle, reuse links as arrows
// from the original to the text that reuses it.
export function provenancePicture(story, byId) {
  const ids = story.articleIds || [];
  const links = story.provenance || [];
  const width = 720;
  const height = ids.length <= 2 ? 220 : 420;
  const picture = svg('svg', { class: 'provenance', viewBox: '0 0 ' + width + ' ' + height, role: 'img', width: '100%' });
  picture.appendChild(svg('title', {}, 'Which article reused which: ' + links.length + (links.length === 1 ? ' link' : ' links')));
  const defs = svg('defs');
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' });
  marker.appendChild(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }));
  defs.appendChild(marker);
  picture.appendChild(defs);
  const cx = width / 2;
  const cy = height / 2;
  const r = Math.min(width, height) / 2 - 50;
  const at = {};
  ids.forEach((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, ids.length);
    at[id] = ids.length === 1 ? { x: cx, y: cy } : { x: cx + r * Math.cos(angle) * 1.5, y: cy + r * Math.sin(angle) };
  });
  const nodeR = 16;
  for (const link of links) {
    const a = at[link.from];
    const b = at[link.to];
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const x1 = a.x + (dx / len) * nodeR;
    const y1 = a.y + (dy / len) * nodeR;
    const x2 = b.x - (dx / len) * (nodeR + 2);
    const y2 = b.y - (dy / len) * (nodeR + 2);
    const g = svg('g', { class: 'link ' + link.kind });
    g.appendChild(svg('title', {}, articleName(byId[link.from]) + ' → ' + articleName(byId[link.to]) + ': ' + link.kind + ', overlap ' + link.overlap));
    g.appendChild(svg('line', { x1, y1, x2, y2, 'marker-end': 'url(#arrow)' }));
    g.appendChild(svg('text', { x: (x1 + x2) / 2, y: (y1 + y2) / 2 - 6, 'text-anchor': 'middle', class: 'link-label' },
      link.kind + ' ' + Math.round(link.overlap * 100) + '%'));
    picture.appendChild(g);
  }
  for (const id of ids) {
    const p = at[id];
    const anchor = svg('a', { href: articleHref(id), class: 'node' });
    anchor.appendChild(svg('title', {}, (byId[id] && byId[id].title) || id));
    anchor.appendChild(svg('circle', { cx: p.x, cy: p.y, r: nodeR }));
    const name = articleName(byId[id]);
    anchor.appendChild(svg('text', { x: p.x, y: p.y + nodeR + 14, 'text-anchor': 'middle', class: 'node-label' },
      name.length > 28 ? name.slice(0, 27) + '…' : name));
    picture.appendChild(anchor);
  }
  return picture;
}

function timelineView(story) {
  const list = el('ol', { class: 'timeline' });
  for (const t of story.timeline || []) {
    list.appendChild(el('li', { class: t.disputed ? 'disputed' : null }, el('time', {}, t.date), ' ', t.text,
      t.disputed ? el('span', { class: 'badge disputed' }, 'disputed') : null));
  }
  return list;
}

function entitiesView(story) {
  const table = el('table', { class: 'entities' });
  table.appendChild(el('thead', {}, el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'Type'), el('th', {}, 'Also called'), el('th', {}, 'Mentions'))));
  const body = el('tbody');
  for (const e of story.entities || []) {
    body.appendChild(el('tr', {}, el('td', {}, e.name), el('td', {}, e.type), el('td', {}, (e.aliases || []).join(', ')), el('td', { class: 'num' }, String(e.mentions))));
  }
  table.appendChild(body);
  return table;
}

// ---------- outlets of one story ----------

const ROLE_TEXT = {
  originator: 'first with text no one earlier had',
  rewriter: 'rewrote an earlier report',
  copier: 'copied an earlier report',
  independent: 'its own reporting, later',
};

function timeOf(published) {
  if (!published) return null;
  const t = Date.parse(published);
  return Number.isNaN(t) ? null : t;
}

function shortTime(t, span) {
  const iso = new Date(t).toISOString();
  return span < 3 * 86400000 ? iso.slice(5, 10) + ' ' + iso.slice(11, 16) : iso.slice(0, 10);
}

// The coverage chart: one row per outlet (in the order of the story's outlets, first report first),
// one dot per article at its publication time; undated articles are counted beside the row.
export function coverageChart(story, byId) {
  const outlets = story.outlets || [];
  const times = [];
  for (const o of outlets) for (const id of o.articleIds || []) {
    const t = timeOf(byId[id] && byId[id].published);
    if (t !== null) times.push(t);
  }
  const left = 190;
  const right = 90;
  const width = 760;
  const rowH = 30;
  const height = 46 + rowH * Math.max(1, outlets.length);
  const chart = svg('svg', { class: 'coverage', viewBox: '0 0 ' + width + ' ' + height, role: 'img', width: '100%' });
  chart.appendChild(svg('title', {}, 'Articles per outlet over time: ' + outlets.length + (outlets.length === 1 ? ' outlet' : ' outlets')));
  let lo = Math.min(...times);
  let hi = Math.max(...times);
  if (!times.length) {
    lo = 0;
    hi = 1;
  } else if (hi - lo < 3600000) {
    lo -= 6 * 3600000;
    hi += 6 * 3600000;
  }
  const x = (t) => left + ((t - lo) / (hi - lo)) * (width - left - right);
  const axisY = height - 24;
  chart.appendChild(svg('line', { x1: left, y1: axisY, x2: width - right, y2: axisY, class: 'axis' }));
  if (times.length) {
    for (let i = 0; i <= 4; i++) {
      const t = lo + ((hi - lo) * i) / 4;
      chart.appendChild(svg('line', { x1: x(t), y1: 12, x2: x(t), y2: axisY, class: 'grid' }));
      chart.appendChild(svg('text', { x: x(t), y: axisY + 16, 'text-anchor': 'middle', class: 'tick' }, shortTime(t, hi - lo)));
    }
  }
  outlets.forEach((o, row) => {
    const y = 24 + row * rowH;
    const g = svg('g', { class: 'coverage-row ' + o.role, 'data-outlet': o.outlet });
    const name = o.outlet.length > 26 ? o.outlet.slice(0, 25) + '…' : o.outlet;
    g.appendChild(svg('text', { x: left - 10, y: y + 4, 'text-anchor': 'end', class: 'row-label' }, name));
    let undated = 0;
    for (const id of o.articleIds || []) {
      const a = byId[id];
      const t = timeOf(a && a.published);
      if (t === null) {
        undated++;
        continue;
      }
      const dot = svg('a', { href: articleHref(id), class: 'coverage-dot' });
      dot.appendChild(svg('title', {}, o.outlet + ': ' + ((a && a.title) || id) + ' (' + a.published + ')'));
      dot.appendChild(svg('circle', { cx: x(t), cy: y, r: 7 }));
      g.appendChild(dot);
    }
    const count = (o.articleIds || []).length;
    g.appendChild(svg('text', { x: width - right + 10, y: y + 4, class: 'row-count' },
      count + (count === 1 ? ' article' : ' articles') + (undated ? ', ' + undated + ' undated' : '')));
    chart.appendChild(g);
  });
  return chart;
}

function claimList(ids, claimsById, className) {
  if (!ids.length) return '–';
  return el('details', { class: className }, el('summary', {}, String(ids.length)),
    el('ul', {}, ids.map((id) => el('li', {}, claimsById[id] ? claimsById[id].text : id))));
}

// The kinds of the conflicts an outlet is a side of, each once with its count: "person ×2, place".
function conflictKinds(ids, conflictsById) {
  if (!ids.length) return '–';
  const counts = new Map();
  for (const id of ids) {
    const kind = conflictsById[id] ? conflictsById[id].kind : id;
    counts.set(kind, (counts.get(kind) || 0) + 1);
  }
  return [...counts].map(([kind, n]) => (n > 1 ? kind + ' ×' + n : kind)).join(', ');
}

export function storyOutlets(story) {
  const claimsById = {};
  for (const c of story.claims || []) claimsById[c.id] = c;
  const conflictsById = {};
  for (const c of story.conflicts || []) conflictsById[c.id] = c;
  const table = el('table', { class: 'story-outlets' }, el('tr', {}, ['Outlet', 'Role', 'Articles', 'First', 'Lag (h)', 'Exclusive claims',
    'Omitted claims', 'Conflicts'].map((c) => el('th', {}, c))));
  for (const o of story.outlets || []) {
    table.appendChild(el('tr', { class: 'story-outlet', 'data-outlet': o.outlet },
      el('td', {}, o.outlet),
      el('td', {}, el('span', { class: 'role ' + o.role, title: ROLE_TEXT[o.role] || o.role }, o.role)),
      el('td', { class: 'num' }, (o.articleIds || []).length),
      el('td', {}, o.first || 'undated'),
      el('td', { class: 'num' }, hours(o.lagHours)),
      el('td', {}, claimList(o.exclusiveClaimIds || [], claimsById, 'exclusive')),
      el('td', {}, claimList(o.omittedClaimIds || [], claimsById, 'omitted')),
      el('td', {}, conflictKinds(o.conflictIds || [], conflictsById))));
  }
  return table;
}

function section(title, id, ...content) {
  return el('section', { class: 'part', id }, el('h2', {}, title), ...content);
}

export function storyPage(story, source) {
  const byId = {};
  for (const a of story.articles || []) byId[a.id] = a;
  const counts = { corroborated: 0, 'single-source': 0, disputed: 0 };
  for (const c of story.claims || []) counts[c.status] = (counts[c.status] || 0) + 1;
  const view = el('article', { class: 'story-view' });
  view.appendChild(el('p', { class: 'crumbs' }, el('a', { href: '#/' }, '← all stories')));
  view.appendChild(el('h1', {}, story.title));
  view.appendChild(el('p', { class: 'meta' }, (story.articleIds || []).length + ' articles · ',
    el('span', { class: 'status corroborated' }, counts.corroborated + ' corroborated'), ' ',
    el('span', { class: 'status single-source' }, counts['single-source'] + ' single-source'), ' ',
    el('span', { class: 'status disputed' }, counts.disputed + ' disputed')));
  if (story.summary) view.appendChild(el('p', { class: 'summary' }, story.summary));
  const check = source ? checkBox(source, story) : null;
  if (check) view.appendChild(check);

  const conflicts = byConfidence(story.conflicts || []);
  view.appendChild(section('Conflicts (' + conflicts.length + ')', 'conflicts',
    conflicts.length ? conflicts.map((c) => conflictView(story, c, byId)) : el('p', { class: 'muted' }, 'The sources do not contradict each other.')));
  view.appendChild(section('Claims (' + (story.claims || []).length + ')', 'claims', claimsTable(story, byId)));
  const outlets = story.outlets || [];
  view.appendChild(section('Outlets (' + outlets.length + ')', 'outlets',
    outlets.length ? [coverageChart(story, byId), storyOutlets(story),
      el('p', { class: 'muted' }, 'Each dot is an article at its publication time. Originator: first with text no one earlier had; rewriter and copier: its articles reuse an earlier text; independent: its own reporting, later.')]
      : el('p', { class: 'muted' }, 'No article names its outlet.')));
  view.appendChild(section('Who copied whom', 'provenance', provenancePicture(story, byId),
    el('p', { class: 'muted' }, (story.provenance || []).length
      ? 'Each arrow points from the original text to the article that reuses it (kind and share of the text reused).'
      : 'No article reuses another’s text.')));
  view.appendChild(section('Timeline', 'timeline', timelineView(story)));
  view.appendChild(section('Entities', 'entities', entitiesView(story)));
  const articles = el('ul', { class: 'article-list' });
  for (const a of story.articles || []) {
    articles.appendChild(el('li', {}, el('a', { href: articleHref(a.id) }, a.title || a.id), ' ',
      el('span', { class: 'meta' }, [a.site, a.byline, a.published].filter(Boolean).join(' · '))));
  }
  view.appendChild(section('Articles', 'articles', articles));
  return view;
}

// ---------- article page ----------

export function articlePage(article, story) {
  const view = el('article', { class: 'article-view' });
  view.appendChild(el('p', { class: 'crumbs' }, el('a', { href: '#/' }, '← all stories'),
    story ? [' · ', el('a', { href: storyHref(story.id) }, 'story: ' + story.title)] : null));
  view.appendChild(el('h1', { class: 'article-title' }, article.title || '(untitled)'));
  view.appendChild(el('p', { class: 'meta' }, [article.site, article.byline, article.published].filter(Boolean).join(' · ')));
  if (article.url) view.appendChild(el('p', { class: 'meta' }, 'Source: ', el('span', { class: 'url' }, article.url)));
  const spans = [];
  for (const c of (story && story.claims) || []) {
    for (const s of c.support || []) {
      if (s.articleId === article.id) spans.push({ start: s.start, end: s.end, className: 'hl ' + c.status, title: c.status + ': ' + c.text });
    }
  }
  view.appendChild(el('p', { class: 'legend' }, 'Claim sentences: ', el('mark', { class: 'hl corroborated' }, 'corroborated'), ' ',
    el('mark', { class: 'hl single-source' }, 'single-source'), ' ', el('mark', { class: 'hl disputed' }, 'disputed')));
  view.appendChild(highlighted(article.text || '', spans));
  return view;
}

// ---------- outlets ----------

function percent(share) {
  return Math.round((share || 0) * 100) + '%';
}

function hours(value) {
  return value === null || value === undefined ? '–' : String(value);
}

const OUTLET_COLUMNS = ['Outlet', 'Stories', 'Articles', 'Original share', 'Median lag (h)', 'Corroborated', 'Single-source',
  'Disputed', 'Derives from'];

function outletRow(o, linked) {
  const from = (o.derivesFrom || []).map((d) => d.outlet + ' (' + d.articles + ')').join(', ') || '–';
  return el('tr', { class: 'outlet' },
    el('td', {}, linked ? el('a', { href: outletHref(o.outlet), class: 'outlet-link' }, o.outlet) : o.outlet),
    el('td', {}, o.stories), el('td', {}, o.articles), el('td', {}, percent(o.originalShare)), el('td', {}, hours(o.medianLagHours)),
    el('td', {}, el('span', { class: 'status corroborated' }, percent(o.corroboratedShare))),
    el('td', {}, el('span', { class: 'status single-source' }, percent(o.singleSourceShare))),
    el('td', {}, el('span', { class: 'status disputed' }, percent(o.disputedShare))),
    el('td', {}, from));
}

function outletTable(outlets, linked) {
  return el('table', { class: 'outlets' }, el('tr', {}, OUTLET_COLUMNS.map((c) => el('th', {}, c))),
    outlets.map((o) => outletRow(o, linked)));
}

// The copy network: outlets as nodes (area by articles, shade by original share), an arrow from
// the outlet whose text was reused to the one that reused it, as thick as the derived articles.
// The layout is d3-force's (vendor/d3-force.min.js, served with the UI), run to rest before
// drawing, so the same network always comes out the same; without it the nodes sit on a circle.
export function copyNetwork(outlets, edges, focus) {
  const width = 760;
  const height = outlets.length <= 3 ? 300 : 480;
  const picture = svg('svg', { class: 'network', viewBox: '0 0 ' + width + ' ' + height, role: 'img', width: '100%' });
  picture.appendChild(svg('title', {}, 'Copy network: ' + outlets.length + ' outlets, ' + edges.length + (edges.length === 1 ? ' edge' : ' edges')));
  const defs = svg('defs');
  const marker = svg('marker', { id: 'net-arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 14, markerHeight: 14, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' });
  marker.appendChild(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }));
  defs.appendChild(marker);
  picture.appendChild(defs);
  const most = Math.max(1, ...outlets.map((o) => o.articles || 1));
  const nodes = outlets.map((o, i) => ({ id: o.outlet, o, r: 10 + 16 * Math.sqrt((o.articles || 1) / most), index: i }));
  const byName = {};
  for (const n of nodes) byName[n.id] = n;
  const links = edges.filter((e) => byName[e.from] && byName[e.to]).map((e) => ({ source: e.from, target: e.to, e }));
  const d3 = globalThis.d3;
  if (d3 && d3.forceSimulation) {
    const simulation = d3.forceSimulation(nodes)
      .force('link', d3.forceLink(links).id((n) => n.id).distance(150).strength(0.4))
      .force('charge', d3.forceManyBody().strength(-600))
      .force('center', d3.forceCenter(width / 2, height / 2))
      .force('collide', d3.forceCollide((n) => n.r + 40))
      .force('x', d3.forceX(width / 2).strength(0.05))
      .force('y', d3.forceY(height / 2).strength(0.08))
      .stop();
    for (let i = 0; i < 300; i++) simulation.tick();
    picture.setAttribute('data-layout', 'd3-force');
  } else {
    nodes.forEach((n, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, nodes.length);
      n.x = width / 2 + (width / 2 - 90) * Math.cos(angle);
      n.y = height / 2 + (height / 2 - 50) * Math.sin(angle);
    });
    for (const l of links) {
      l.source = byName[l.source];
      l.target = byName[l.target];
    }
    picture.setAttribute('data-layout', 'circle');
  }
  for (const n of nodes) {
    n.x = Math.max(n.r + 80, Math.min(width - n.r - 80, n.x));
    n.y = Math.max(n.r + 8, Math.min(height - n.r - 22, n.y));
  }
  for (const l of links) {
    const a = l.source;
    const b = l.target;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const g = svg('g', { class: 'edge', 'data-from': l.e.from, 'data-to': l.e.to, 'data-articles': l.e.articles });
    g.appendChild(svg('title', {}, l.e.to + ' derives ' + l.e.articles + (l.e.articles === 1 ? ' article' : ' articles') + ' from ' + l.e.from));
    const x1 = a.x + (dx / len) * a.r;
    const y1 = a.y + (dy / len) * a.r;
    const x2 = b.x - (dx / len) * (b.r + 3);
    const y2 = b.y - (dy / len) * (b.r + 3);
    g.appendChild(svg('line', { x1, y1, x2, y2, 'stroke-width': 1.5 + 2 * Math.log2(1 + l.e.articles), 'marker-end': 'url(#net-arrow)' }));
    g.appendChild(svg('text', { x: (x1 + x2) / 2, y: (y1 + y2) / 2 - 6, 'text-anchor': 'middle', class: 'edge-label' }, String(l.e.articles)));
    picture.appendChild(g);
  }
  for (const n of nodes) {
    const anchor = svg('a', { href: outletHref(n.id), class: 'net-node' + (n.id === focus ? ' focus' : ''), 'data-outlet': n.id });
    const share = n.o.originalShare === undefined || n.o.originalShare === null ? null : n.o.originalShare;
    anchor.appendChild(svg('title', {}, n.id + ': ' + (n.o.articles || 0) + ' articles' + (share === null ? '' : ', ' + percent(share) + ' original')));
    anchor.appendChild(svg('circle', { cx: n.x, cy: n.y, r: n.r, 'fill-opacity': share === null ? 0.6 : (0.25 + 0.75 * share).toFixed(2) }));
    anchor.appendChild(svg('text', { x: n.x, y: n.y + n.r + 14, 'text-anchor': 'middle', class: 'node-label' },
      n.id.length > 24 ? n.id.slice(0, 23) + '…' : n.id));
    picture.appendChild(anchor);
  }
  return picture;
}

// The network of the whole list: its outlets and the edges their derivesFrom lists name.
function listNetwork(outlets) {
  const edges = [];
  for (const o of outlets) for (const d of o.derivesFrom || []) edges.push({ from: d.outlet, to: o.outlet, articles: d.articles });
  const joined = new Set();
  for (const e of edges) {
    joined.add(e.from);
    joined.add(e.to);
  }
  return copyNetwork(outlets.filter((o) => joined.has(o.outlet)), edges, null);
}

async function outletsView(root, source) {
  const answer = await source.outlets({ limit: 100, offset: 0 });
  const view = el('section', { class: 'outlets-view' });
  view.appendChild(el('p', { class: 'crumbs' }, el('a', { href: '#/' }, '← all stories')));
  view.appendChild(el('h1', {}, 'Outlets (' + answer.total + ')'));
  view.appendChild(el('p', { class: 'meta pew' }, 'In ' + answer.storiesWithArticleAddingNoClaim + ' of the '
    + answer.storiesOfSeveralArticles + ' stories of two or more articles (' + percent(answer.noNewClaimShare)
    + '), an article added no claim the earlier ones had not carried.'));
  view.appendChild(section('Who copies whom', 'network', listNetwork(answer.outlets || []),
    el('p', { class: 'muted' }, 'Each arrow points from an outlet to one that copies or rewrites its articles; its width and label count the derived articles (an outlet’s three heaviest sources). Circles grow with articles and darken with the share of original text; outlets with no copy edge are left out.')));
  view.appendChild(outletTable(answer.outlets || [], true));
  root.replaceChildren(view);
}

function edgeList(edges, side) {
  if (!edges.length) return el('p', { class: 'muted' }, 'None.');
  return el('ul', { class: 'edges ' + side }, edges.map((e) => {
    const other = side === 'in' ? e.from : e.to;
    return el('li', {}, el('a', { href: outletHref(other) }, other), ' — ' + e.articles + (e.articles === 1 ? ' article' : ' articles'));
  }));
}

export function outletPage(outlet) {
  const view = el('article', { class: 'outlet-view' });
  view.appendChild(el('p', { class: 'crumbs' }, el('a', { href: '#/' }, '← all stories'), ' · ', el('a', { href: '#/outlets' }, 'all outlets')));
  view.appendChild(el('h1', {}, outlet.outlet));
  view.appendChild(outletTable([outlet], false));
  const roles = Object.entries(outlet.roles || {}).map(([role, n]) => role + ' in ' + n).join(', ');
  if (roles) view.appendChild(el('p', { class: 'meta roles' }, 'Role: ' + roles + '.'));
  const edges = outlet.edges || { in: [], out: [] };
  const around = [...(edges.in || []), ...(edges.out || [])];
  const neighbours = [outlet];
  for (const e of around) {
    for (const name of [e.from, e.to]) if (!neighbours.some((n) => n.outlet === name)) neighbours.push({ outlet: name });
  }
  view.appendChild(section('Copy network', 'network', copyNetwork(neighbours, around, outlet.outlet),
    el('p', { class: 'muted' }, around.length
      ? 'Arrows point from the outlet whose articles were reused to the one that reused them, as wide as the derived articles.'
      : 'No other outlet copies this one, and it copies none.')));
  view.appendChild(section('Derives from', 'derives-from', edgeList(edges.in || [], 'in')));
  view.appendChild(section('Derived by', 'derived-by', edgeList(edges.out || [], 'out')));
  const stories = outlet.storyList || [];
  const table = el('table', { class: 'outlet-stories' }, el('tr', {}, ['Story', 'Role', 'Articles', 'First', 'Lag (h)', 'Exclusive claims',
    'Omitted claims', 'Conflicts'].map((c) => el('th', {}, c))));
  for (const s of stories) {
    table.appendChild(el('tr', { class: 'outlet-story' }, el('td', {}, el('a', { href: storyHref(s.id) }, s.title || s.id)),
      el('td', {}, el('span', { class: 'role ' + s.role }, s.role)), el('td', {}, (s.articleIds || []).length),
      el('td', {}, s.first || 'undated'), el('td', {}, hours(s.lagHours)), el('td', {}, s.exclusiveClaims),
      el('td', {}, s.omittedClaims), el('td', {}, s.conflicts)));
  }
  view.appendChild(section('Stories (' + stories.length + ')', 'outlet-stories', table));
  return view;
}

// ---------- routing ----------

function showError(root, error) {
  root.replaceChildren(el('div', { class: 'error', role: 'alert' }, el('p', {}, error && error.message ? error.message : String(error)),
    el('p', {}, el('a', { href: '#/' }, '← all stories'))));
}

export function start(root, source) {
  let generation = 0;
  async function route() {
    const mine = ++generation;
    const hash = location.hash.replace(/^#/, '') || '/';
    const [path, queryString] = hash.split('?');
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    try {
      if (parts[0] === 'story' && parts[1]) {
        const story = await source.story(parts[1]);
        if (mine !== generation) return;
        document.title = story.title + ' · crosscheck';
        root.replaceChildren(storyPage(story, source));
      } else if (parts[0] === 'outlet' && parts[1] && source.outlet) {
        const outlet = await source.outlet(parts[1]);
        if (mine !== generation) return;
        document.title = outlet.outlet + ' · crosscheck';
        root.replaceChildren(outletPage(outlet));
      } else if (parts[0] === 'outlets' && source.outlets) {
        document.title = 'Outlets · crosscheck';
        await outletsView(root, source);
      } else if (parts[0] === 'article' && parts[1]) {
        const article = await source.article(parts[1]);
        const story = article.storyId ? await source.story(article.storyId).catch(() => null) : null;
        if (mine !== generation) return;
        document.title = (article.title || 'article') + ' · crosscheck';
        root.replaceChildren(articlePage(article, story));
      } else {
        document.title = 'crosscheck';
        await listView(root, source, new URLSearchParams(queryString || ''));
      }
      root.setAttribute('data-ready', String(mine));
      window.scrollTo(0, 0);
    } catch (error) {
      if (mine === generation) showError(root, error);
      root.setAttribute('data-ready', String(mine));
    }
  }
  window.addEventListener('hashchange', route);
  route();
}

// A source over a whole report held in memory (the self-contained HTML file).
export function reportSource(report) {
  const articles = {};
  const storyOf = {};
  for (const a of report.articles || []) articles[a.id] = a;
  for (const s of report.stories || []) for (const id of s.articleIds || []) storyOf[id] = s.id;
  const stories = {};
  for (const s of report.stories || []) stories[s.id] = s;
  const summary = (s) => {
    const dated = (s.articleIds || []).map((id) => articles[id] && articles[id].published).filter(Boolean).sort();
    const copies = new Set((s.provenance || []).filter((l) => l.kind === 'duplicate').map((l) => l.to));
    const outlets = (s.outlets || []).filter((o) => o.outlet !== 'unknown');
    return { id: s.id, title: s.title, articleCount: (s.articleIds || []).length, first: dated[0] || null, last: dated[dated.length - 1] || null,
      conflictCount: (s.conflicts || []).length, distinctTexts: (s.articleIds || []).length - copies.size, outletCount: outlets.length,
      independentOutlets: outlets.filter((o) => o.role === 'originator' || o.role === 'independent').length };
  };
  const kept = (s, line, { outlet, from, to }) => (!outlet || (s.outlets || []).some((o) => o.outlet === outlet))
    && (!from || (line.last !== null && line.last.slice(0, 10) >= from))
    && (!to || (line.first !== null && line.first.slice(0, 10) <= to));
  const matches = (words, text) => words.every((w) => text.toLowerCase().includes(w));
  const wordsOf = (q) => (q || '').toLowerCase().split(/\s+/).filter(Boolean);
  return {
    async stories({ order, q, limit, offset, outlet, from, to }) {
      const words = wordsOf(q);
      let list = (report.stories || []).filter((s) => matches(words, [s.title, s.summary,
        ...(s.articleIds || []).map((id) => (articles[id] && ((articles[id].title || '') + ' ' + articles[id].text)) || '')].join(' '))
        && kept(s, summary(s), { outlet, from, to }))
        .map(summary);
      const newest = (a, b) => (b.last || '').localeCompare(a.last || '');
      if (order === 'largest') list.sort((a, b) => b.articleCount - a.articleCount || newest(a, b));
      else if (order === 'disputed') list.sort((a, b) => b.conflictCount - a.conflictCount || newest(a, b));
      else list.sort(newest);
      return { total: list.length, stories: list.slice(offset, offset + limit) };
    },
    async story(id) {
      const s = stories[id];
      if (!s) throw new Error('No story has that id.');
      return Object.assign({}, s, { articles: (s.articleIds || []).map((a) => articles[a]).filter(Boolean) });
    },
    async articles({ q, limit, offset }) {
      const words = wordsOf(q);
      const list = Object.values(articles).filter((a) => matches(words, (a.title || '') + ' ' + (a.text || '')))
        .map((a) => ({ id: a.id, title: a.title, site: a.site, published: a.published, storyId: storyOf[a.id] || null,
          snippet: (a.text || '').slice(0, 160) }));
      return { total: list.length, articles: list.slice(offset, offset + limit) };
    },
    async article(id) {
      const a = articles[id];
      if (!a) throw new Error('No article has that id.');
      return Object.assign({}, a, { storyId: storyOf[id] || null });
    },
  };
}
