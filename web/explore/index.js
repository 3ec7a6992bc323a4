// The actorgraph explorer: the network around an actor (cytoscape with the
// fcose layout), a side panel of what the sources say about the selected
// actor, and meetings per month (echarts). It reads the public GraphQL API
// only (./api.js), and keeps its view in the URL's query string so that a
// view can be shared. Bundled by ../build.mjs; nothing is fetched from
// anywhere but the server that serves this page.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import './explore.css';
import * as api from './api.js';
import { toGraphML } from './graphml.js';

cytoscape.use(fcose);
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

// ---- constants --------------------------------------------------------

const KINDS = {
  PERSON: { label: 'person', color: '#2f6fb3' },
  ORGANISATION: { label: 'organisation', color: '#e07b00' },
  COUNTRY: { label: 'country', color: '#2e8b3e' },
  INITIATIVE: { label: 'initiative', color: '#8a4fbf' },
  PLACE: { label: 'place', color: '#7a7a7a' },
  MEETING: { label: 'meeting', color: '#a0522d' },
};
const RELATIONS = {
  MET: { label: 'met', color: '#d64550' },
  HOLDS_POSITION_AT: { label: 'holds position at', color: '#3a9e8f' },
  MEMBER_OF: { label: 'member of', color: '#c9a227' },
  PROMOTES: { label: 'promotes', color: '#9b6fd0' },
};
const DEFAULT_RELATIONS = Object.keys(RELATIONS);
const ACTOR_KINDS = ['PERSON', 'ORGANISATION', 'COUNTRY', 'INITIATIVE'];
// Above this many nodes the view switches to its fast settings: draft
// layout without animation, labels only when zoomed in or important,
// edges hidden while panning.
const LARGE = 600;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// ---- small helpers ----------------------------------------------------

const esc = (s) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const $ = (sel) => document.querySelector(sel);

/** "2021-02-02" → "2 February 2021"; "2021-02" → "February 2021". */
export function formatDate(d) {
  if (!d) return 'undated';
  const [y, m, day] = d.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

function debounce(fn, ms) {
  let t;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

function kindOf(node) {
  if (node.kind) return node.kind;
  if (node.__typename === 'Meeting') return 'MEETING';
  return String(node.__typename || '').toUpperCase();
}

function labelOf(node) {
  if (node.name) return node.name;
  if (node.__typename === 'Meeting') return `meeting ${node.date ?? ''}`.trim();
  if (node.__typename === 'Position') return node.title || 'position';
  return node.id;
}

// ---- the view's state, kept in the URL -------------------------------

/** The view: everything needed to draw it again from a shared link. */
const state = {
  actor: '', // the centre, and the actor of the side panel
  depth: 1,
  from: '',
  to: '',
  relations: [...DEFAULT_RELATIONS],
  initiative: '',
  organisation: '',
  path: '', // the other end of the highlighted path
  limit: 300,
};

function readURL() {
  const q = new URLSearchParams(window.location.search);
  state.actor = q.get('actor') ?? '';
  state.depth = q.get('depth') === '2' ? 2 : 1;
  state.from = q.get('from') ?? '';
  state.to = q.get('to') ?? '';
  const rels = (q.get('relations') ?? '').split(',').filter((r) => r in RELATIONS);
  state.relations = rels.length ? rels : [...DEFAULT_RELATIONS];
  state.initiative = q.get('initiative') ?? '';
  state.organisation = q.get('organisation') ?? '';
  state.path = q.get('path') ?? '';
  const limit = Number(q.get('limit'));
  state.limit = limit >= 1 && limit <= 2000 ? Math.floor(limit) : 300;
}

function writeURL(push) {
  const q = new URLSearchParams();
  if (state.actor) q.set('actor', state.actor);
  if (state.depth !== 1) q.set('depth', String(state.depth));
  if (state.from) q.set('from', state.from);
  if (state.to) q.set('to', state.to);
  if (state.relations.join(',') !== DEFAULT_RELATIONS.join(',')) q.set('relations', state.relations.join(','));
  if (state.initiative) q.set('initiative', state.initiative);
  if (state.organisation) q.set('organisation', state.organisation);
  if (state.path) q.set('path', state.path);
  if (state.limit !== 300) q.set('limit', String(state.limit));
  const url = `${window.location.pathname}${q.size ? `?${q}` : ''}`;
  if (url !== `${window.location.pathname}${window.location.search}`) {
    window.history[push ? 'pushState' : 'replaceState'](null, '', url);
  }
}

/** Names of the IDs the view refers to, from search results and answers. */
const names = new Map();

// ---- the page ----------------------------------------------------------

document.body.innerHTML = `
<header>
  <h1>actorgraph <span>explorer</span></h1>
  <div class="suggest" id="search-box">
    <input id="search" type="search" placeholder="Search people, organisations, countries, initiatives" autocomplete="off" aria-label="Search actors">
    <ul class="suggestions" role="listbox" hidden></ul>
  </div>
  <label>depth <select id="depth"><option value="1">1</option><option value="2">2</option></select></label>
  <label>nodes <select id="limit">
    <option>100</option><option>300</option><option>1000</option><option>2000</option>
  </select></label>
  <span class="spacer"></span>
  <button id="png" type="button" title="Download the view as a PNG image">PNG</button>
  <button id="graphml" type="button" title="Download the view as GraphML (Gephi)">GraphML</button>
  <a href="/" class="nav">playground</a>
</header>
<aside id="filters">
  <h2>Filters</h2>
  <label>from <input id="from" type="date"></label>
  <label>to <input id="to" type="date"></label>
  <label>initiative</label>
  <div class="suggest" id="initiative-box">
    <input id="initiative" type="search" placeholder="any initiative" autocomplete="off" aria-label="Initiative filter">
    <ul class="suggestions" role="listbox" hidden></ul>
  </div>
  <label>organisation</label>
  <div class="suggest" id="organisation-box">
    <input id="organisation" type="search" placeholder="any organisation" autocomplete="off" aria-label="Organisation filter">
    <ul class="suggestions" role="listbox" hidden></ul>
  </div>
  <fieldset id="relations"><legend>relations</legend>
    ${Object.entries(RELATIONS)
      .map(
        ([r, { label, color }]) =>
          `<label><input type="checkbox" value="${r}"><span class="swatch line" style="background:${color}"></span>${label}</label>`,
      )
      .join('')}
  </fieldset>
  <h2>Path</h2>
  <p class="hint">from the centre to</p>
  <div class="suggest" id="path-box">
    <input id="path" type="search" placeholder="another actor" autocomplete="off" aria-label="Path to">
    <ul class="suggestions" role="listbox" hidden></ul>
  </div>
  <p id="path-result" class="hint"></p>
  <h2>Kinds</h2>
  <ul class="legend">
    ${Object.entries(KINDS)
      .filter(([k]) => k !== 'PLACE' && k !== 'MEETING')
      .map(([, { label, color }]) => `<li><span class="swatch" style="background:${color}"></span>${label}</li>`)
      .join('')}
  </ul>
</aside>
<main>
  <div id="graph" aria-label="Network"></div>
  <div id="empty" class="empty">Search for an actor to see its network.</div>
  <div id="status" role="status"></div>
  <section id="chart-box"><h2 id="chart-title">Meetings per month</h2><div id="chart"></div></section>
</main>
<aside id="panel" aria-live="polite"><p class="hint">Select an actor to see its positions, meetings, co-attendees and statements.</p></aside>
<div id="tooltip" hidden></div>
`;

function setStatus(text, error = false) {
  const s = $('#status');
  s.textContent = text;
  s.classList.toggle('error', error);
}

// ---- suggestions -------------------------------------------------------

/**
 * Turns a search input into a box with suggestions from search(text:,
 * kinds:); onPick receives {id, name, kind}.
 */
function suggest(box, kinds, onPick) {
  const input = box.querySelector('input');
  const list = box.querySelector('ul');
  let items = [];
  let active = -1;
  let controller;
  const close = () => {
    list.hidden = true;
    active = -1;
  };
  const render = () => {
    list.innerHTML = items
      .map(
        (it, i) =>
          `<li role="option" data-i="${i}" class="${i === active ? 'active' : ''}"><span class="swatch" style="background:${KINDS[it.kind]?.color ?? '#999'}"></span>${esc(it.name)} <small>${esc(KINDS[it.kind]?.label ?? it.kind)}</small></li>`,
      )
      .join('');
    list.hidden = items.length === 0;
  };
  const pick = (it) => {
    close();
    input.value = it.name;
    names.set(it.id, it);
    onPick(it);
  };
  const lookup = debounce(async () => {
    const text = input.value.trim();
    controller?.abort();
    if (text.length < 2) {
      items = [];
      render();
      return;
    }
    controller = new AbortController();
    try {
      const data = await api.gql(api.SEARCH, { text, kinds }, controller.signal);
      items = data.search.map(({ node }) => ({ id: node.id, name: node.name ?? node.id, kind: kindOf(node) }));
      active = items.length ? 0 : -1;
      render();
    } catch (e) {
      if (e.name !== 'AbortError') setStatus(`search failed: ${e.message}`, true);
    }
  }, 150);
  input.addEventListener('input', () => {
    if (input.value === '') onPick(null);
    lookup();
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      active = (active + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      render();
      e.preventDefault();
    } else if (e.key === 'Enter' && active >= 0) {
      pick(items[active]);
      e.preventDefault();
    } else if (e.key === 'Escape') {
      close();
    }
  });
  list.addEventListener('mousedown', (e) => {
    const li = e.target.closest('li');
    if (li) {
      pick(items[Number(li.dataset.i)]);
      e.preventDefault();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

// ---- the graph -----------------------------------------------------------

const cy = cytoscape({
  container: $('#graph'),
  minZoom: 0.05,
  // While the view is dragged or zoomed on a large graph, edges are hidden
  // and the nodes drawn from a cached texture (see drawGraph).
  hideEdgesOnViewport: false,
  textureOnViewport: false,
  maxZoom: 4,
  wheelSensitivity: 0.3,
  style: [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1d232b',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'node[kind = "ORGANISATION"]', style: { shape: 'round-rectangle' } },
    { selector: 'node[kind = "COUNTRY"]', style: { shape: 'hexagon' } },
    { selector: 'node[kind = "INITIATIVE"]', style: { shape: 'diamond' } },
    { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#1d232b', 'font-weight': 'bold', 'font-size': 13 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#ffbf00' } },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        width: 'data(width)',
        'line-color': 'data(color)',
        opacity: 0.7,
      },
    },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#ffbf00', opacity: 1 } },
    { selector: 'edge.path', style: { 'line-color': '#ffbf00', width: 6, opacity: 1, 'z-index': 10 } },
    { selector: 'node.quiet', style: { label: '' } },
  ],
});

// The view as drawn, for the exports and for tests.
let view = { nodes: [], edges: [], truncated: false };
const timings = {};
window.explorer = { cy, state, timings, get view() { return view; } };

// Nodes grow with their links on screen; on a large view they stay small
// so that the layout does not pile them up.
const nodeSize = (n, degree, large) => {
  if (large) return 5 + Math.min(12, 1.2 * Math.sqrt(degree));
  return (n.kind === 'PERSON' ? 14 : 18) + Math.min(22, 3 * Math.sqrt(degree));
};

function elementsOf(nodes, edges, centre) {
  const degree = new Map();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const large = nodes.length > LARGE;
  // On a large graph only the best-connected labels show at first sight;
  // the others appear on hover and when zooming in (min-zoomed-font-size).
  const threshold = large ? [...degree.values()].sort((a, b) => b - a)[Math.min(60, degree.size - 1)] ?? 0 : 0;
  const els = [];
  for (const n of nodes) {
    const d = degree.get(n.id) ?? 0;
    els.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: n.label,
        kind: n.kind,
        date: n.date,
        degree: d,
        meetings: n.meetingCount,
        color: KINDS[n.kind]?.color ?? '#999',
        size: nodeSize(n, d, large),
      },
      classes: [n.id === centre ? 'centre' : '', large && n.id !== centre && d < threshold ? 'quiet' : ''].join(' ').trim(),
    });
  }
  edges.forEach((e, i) => {
    els.push({
      group: 'edges',
      data: {
        id: `e${i}:${e.source}:${e.target}:${e.relation}`,
        source: e.source,
        target: e.target,
        relation: e.relation,
        weight: e.weight,
        color: RELATIONS[e.relation]?.color ?? '#999',
        width: 1 + (7 * Math.log(e.weight)) / Math.log(maxWeight + 1),
      },
    });
  });
  return els;
}

function runLayout(n) {
  return new Promise((resolve) => {
    const large = n > LARGE;
    const layout = cy.layout({
      name: 'fcose',
      quality: large ? 'draft' : 'default',
      randomize: true,
      animate: !large && n < 150,
      animationDuration: 400,
      fit: true,
      padding: 30,
      nodeDimensionsIncludeLabels: !large,
      nodeRepulsion: () => 6000,
      idealEdgeLength: () => (large ? 60 : 80),
      numIter: large ? 1000 : 2500,
      packComponents: true,
    });
    layout.one('layoutstop', resolve);
    layout.run();
  });
}

/** People kept by the initiative and organisation filters, or null for all. */
async function filterPeople() {
  let keep = null;
  const intersect = (set) => {
    keep = keep ? new Set([...keep].filter((x) => set.has(x))) : set;
  };
  if (state.initiative) {
    const set = new Set();
    const filter = { initiative: state.initiative };
    if (state.from || state.to) filter.date = { from: state.from || null, to: state.to || null };
    let after = null;
    for (let page = 0; page < 10; page++) {
      const data = await api.gql(api.INITIATIVE_PEOPLE, { filter, id: state.initiative, after });
      for (const m of data.meetings.nodes) for (const a of m.attendees) set.add(a.person.id);
      for (const p of data.initiative?.promoters ?? []) set.add(p.id);
      if (!data.meetings.pageInfo.hasNextPage) break;
      after = data.meetings.pageInfo.endCursor;
    }
    set.add(state.initiative);
    intersect(set);
  }
  if (state.organisation) {
    const set = new Set([state.organisation]);
    let after = null;
    for (let page = 0; page < 10; page++) {
      const data = await api.gql(api.ORGANISATION_PEOPLE, { id: state.organisation, after });
      for (const p of data.persons.nodes) set.add(p.id);
      if (!data.persons.pageInfo.hasNextPage) break;
      after = data.persons.pageInfo.endCursor;
    }
    intersect(set);
  }
  return keep;
}

let drawSeq = 0;

/** Draws the network around state.actor. */
async function drawGraph() {
  const seq = ++drawSeq;
  if (!state.actor) {
    cy.elements().remove();
    view = { nodes: [], edges: [], truncated: false };
    $('#empty').hidden = false;
    setStatus('');
    return;
  }
  $('#empty').hidden = true;
  setStatus('loading…');
  const t0 = performance.now();
  let data;
  let keep;
  try {
    [data, keep] = await Promise.all([
      api.gql(api.NEIGHBOURHOOD, {
        id: state.actor,
        depth: state.depth,
        relations: state.relations,
        from: state.from || null,
        to: state.to || null,
        limit: state.limit,
      }),
      filterPeople(),
    ]);
  } catch (e) {
    setStatus(`could not load the network: ${e.message}`, true);
    return;
  }
  if (seq !== drawSeq) return;
  const t1 = performance.now();
  let nodes = data.neighbourhood.nodes.map((n) => ({
    id: n.id,
    label: labelOf(n),
    kind: kindOf(n),
    date: n.date,
    meetingCount: n.meetingCount,
  }));
  let edges = data.neighbourhood.edges;
  if (keep) {
    // Filters drop the people outside them, then whatever is left alone.
    const kept = new Set(nodes.filter((n) => n.id === state.actor || n.kind !== 'PERSON' || keep.has(n.id)).map((n) => n.id));
    edges = edges.filter((e) => kept.has(e.source) && kept.has(e.target));
    const linked = new Set([state.actor, ...edges.flatMap((e) => [e.source, e.target])]);
    nodes = nodes.filter((n) => kept.has(n.id) && linked.has(n.id));
  }
  for (const n of nodes) names.set(n.id, { id: n.id, name: n.label, kind: n.kind });
  view = { nodes, edges, truncated: data.neighbourhood.truncated };
  const large = nodes.length > LARGE;
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elementsOf(nodes, edges, state.actor));
  });
  // Fast settings for large views: no edges while panning and zooming.
  const r = cy.renderer();
  r.hideEdgesOnViewport = large;
  r.textureOnViewport = large;
  const t2 = performance.now();
  await runLayout(nodes.length);
  if (seq !== drawSeq) return;
  const t3 = performance.now();
  Object.assign(timings, {
    nodes: nodes.length,
    edges: edges.length,
    queryMs: Math.round(t1 - t0),
    addMs: Math.round(t2 - t1),
    layoutMs: Math.round(t3 - t2),
    totalMs: Math.round(t3 - t0),
  });
  cy.$id(state.actor).select();
  setStatus(
    `${nodes.length} nodes, ${edges.length} edges${data.neighbourhood.truncated ? ' (truncated: raise the node limit or narrow the filters)' : ''} · ${timings.totalMs} ms`,
  );
  document.body.dataset.graph = 'ready';
  await drawPath();
}

/** Highlights the shortest path from the centre to state.path. */
async function drawPath() {
  cy.elements().removeClass('path faded');
  cy.remove('.added');
  const out = $('#path-result');
  out.textContent = '';
  if (!state.path || !state.actor) return;
  let data;
  try {
    data = await api.gql(api.PATH, { from: state.actor, to: state.path, relations: state.relations });
  } catch (e) {
    out.textContent = `no path: ${e.message}`;
    return;
  }
  const p = data.path[0];
  if (!p) {
    out.textContent = `no path within 6 hops over the chosen relations`;
    return;
  }
  // Nodes and edges of the path that are not on screen are added, next
  // to their neighbour on the path.
  cy.batch(() => {
    p.nodes.forEach((n, i) => {
      if (cy.$id(n.id).empty()) {
        const prev = i > 0 ? cy.$id(p.nodes[i - 1].id) : null;
        const pos = prev?.nonempty() ? { x: prev.position('x') + 60, y: prev.position('y') + 40 } : { x: 0, y: 0 };
        cy.add({
          group: 'nodes',
          data: { id: n.id, label: labelOf(n), kind: kindOf(n), color: KINDS[kindOf(n)]?.color ?? '#999', size: 18 },
          position: pos,
          classes: 'added',
        });
      }
    });
    p.edges.forEach((e, i) => {
      let edge = cy.edges().filter(
        (x) =>
          x.data('relation') === e.relation &&
          ((x.data('source') === e.source && x.data('target') === e.target) || (x.data('source') === e.target && x.data('target') === e.source)),
      );
      if (edge.empty()) {
        edge = cy.add({
          group: 'edges',
          data: { id: `path${i}`, source: e.source, target: e.target, relation: e.relation, weight: 1, width: 2, color: '#ffbf00' },
          classes: 'added',
        });
      }
      edge.addClass('path');
    });
    cy.elements().addClass('faded');
    for (const n of p.nodes) cy.$id(n.id).removeClass('faded').addClass('path');
    cy.edges('.path').removeClass('faded');
  });
  out.innerHTML = p.nodes.map((n) => `<span class="path-step">${esc(labelOf(n))}</span>`).join(' → ');
}

// ---- hover details --------------------------------------------------------

const tooltip = $('#tooltip');
cy.on('mouseover', 'node', (e) => {
  const d = e.target.data();
  tooltip.innerHTML = `<strong>${esc(d.label)}</strong><br>${esc(KINDS[d.kind]?.label ?? d.kind)}${
    d.meetings != null ? ` · ${d.meetings} meetings` : ''
  } · ${d.degree ?? 0} links on screen${d.date ? `<br>${esc(formatDate(d.date))}` : ''}`;
  tooltip.hidden = false;
  e.target.removeClass('quiet').addClass('hovered');
});
cy.on('mouseover', 'edge', (e) => {
  const d = e.target.data();
  const s = cy.$id(d.source).data('label');
  const t = cy.$id(d.target).data('label');
  tooltip.innerHTML = `${esc(s)} <em>${esc(RELATIONS[d.relation]?.label ?? d.relation)}</em> ${esc(t)}${
    d.relation === 'MET' ? `<br>${d.weight} shared meeting${d.weight === 1 ? '' : 's'}` : ''
  }`;
  tooltip.hidden = false;
});
cy.on('mouseout', 'node, edge', () => {
  tooltip.hidden = true;
});
cy.on('mousemove', (e) => {
  const { x, y } = e.renderedPosition ?? { x: 0, y: 0 };
  const box = $('#graph').getBoundingClientRect();
  tooltip.style.left = `${box.left + x + 14}px`;
  tooltip.style.top = `${box.top + y + 14}px`;
});
cy.on('tap', 'node', (e) => {
  const id = e.target.id();
  if (id.startsWith('meeting:') || id.startsWith('place:')) return;
  centreOn(id);
});

// ---- the side panel -------------------------------------------------------

function sourceLinks(sources) {
  if (!sources?.length) return '';
  return `<ul class="sources">${sources
    .map((s) => {
      const doc = s.document ?? {};
      // A document without a URL links to its record in the API.
      const href = doc.url || `/graphql?query=${encodeURIComponent(`{ document(id: "${doc.id}") { id title url published path } }`)}`;
      return `<li class="source"><a href="${esc(href)}" target="_blank" rel="noopener noreferrer">${esc(doc.title || doc.id)}</a>${
        s.sentence ? `<q class="sentence">${esc(s.sentence)}</q>` : ''
      }</li>`;
    })
    .join('')}</ul>`;
}

const actorLink = (a) => (a ? `<a href="?actor=${encodeURIComponent(a.id)}" data-actor="${esc(a.id)}">${esc(a.name)}</a>` : '');

function meetingsSection(conn) {
  if (!conn) return '';
  return `<section class="meetings"><h3>Meetings <small>${conn.totalCount}${conn.totalCount > conn.nodes.length ? `, newest ${conn.nodes.length}` : ''}</small></h3>
  <ol class="timeline">${conn.nodes
    .map(
      (m) => `<li class="meeting" data-id="${esc(m.id)}" data-date="${esc(m.date ?? '')}"><time datetime="${esc(m.date ?? '')}">${esc(formatDate(m.date))}</time>
      ${m.place ? `<span class="place">${esc(m.place.name)}${m.place.country ? `, ${esc(m.place.country.name)}` : ''}</span>` : ''}
      <div class="attendees">${m.attendees
        .map((a) => `${actorLink(a.person)}${a.role ? ` <small>(${esc(a.role)}${a.representing ? `, ${esc(a.representing.name)}` : ''})</small>` : ''}`)
        .join(' · ')}</div>
      ${m.topics.length ? `<div class="topics">about ${m.topics.map((t) => actorLink(t)).join(', ')}</div>` : ''}
      ${sourceLinks(m.sources)}</li>`,
    )
    .join('')}</ol></section>`;
}

function positionsSection(title, rows) {
  if (!rows?.length) return '';
  const sorted = [...rows].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  return `<section class="positions"><h3>${title}</h3><ol class="timeline">${sorted
    .map(
      (p) => `<li><span class="when">${esc(p.from ? formatDate(p.from) : 'undated')}${p.to && p.to !== p.from ? ` – ${esc(formatDate(p.to))}` : ''}</span>
      <div>${p.who ? `${actorLink(p.who)}, ` : ''}${esc(p.title)}${p.organisation ? ` of ${actorLink(p.organisation)}` : ''}${
        p.accreditedTo ? ` to ${actorLink(p.accreditedTo)}` : ''
      }</div>${sourceLinks(p.sources)}</li>`,
    )
    .join('')}</ol></section>`;
}

let panelSeq = 0;

async function drawPanel() {
  const seq = ++panelSeq;
  const panel = $('#panel');
  const id = state.actor;
  if (!id) {
    panel.innerHTML = '<p class="hint">Select an actor to see its positions, meetings, co-attendees and statements.</p>';
    return;
  }
  panel.innerHTML = '<p class="hint">loading…</p>';
  const filter = state.from || state.to ? { date: { from: state.from || null, to: state.to || null } } : null;
  const kind = id.split(':')[0];
  const q = { person: api.PERSON, organisation: api.ORGANISATION, country: api.COUNTRY, initiative: api.INITIATIVE }[kind];
  if (!q) {
    panel.innerHTML = `<p class="hint">${esc(id)} is not an actor.</p>`;
    return;
  }
  let data;
  try {
    data = await api.gql(q, { id, filter });
  } catch (e) {
    panel.innerHTML = `<p class="error">could not load ${esc(id)}: ${esc(e.message)}</p>`;
    return;
  }
  if (seq !== panelSeq) return;
  const a = data[kind];
  if (!a) {
    panel.innerHTML = `<p class="error">${esc(id)} is not in the graph.</p>`;
    return;
  }
  names.set(a.id, { id: a.id, name: a.name, kind: a.kind });
  const neighbours = view.nodes.filter((n) => view.edges.some((e) => (e.source === id && e.target === n.id) || (e.target === id && e.source === n.id)));
  let html = `<h2><span class="swatch" style="background:${KINDS[a.kind]?.color}"></span>${esc(a.name)}</h2>
  <p class="meta">${esc(KINDS[a.kind]?.label ?? a.kind)}${a.aliases?.length ? ` · also ${a.aliases.map(esc).join(', ')}` : ''}${
    a.meetingCount != null ? ` · ${a.meetingCount} meetings` : ''
  }${a.statementCount != null ? ` · ${a.statementCount} statements` : ''}</p>`;
  if (neighbours.length) {
    html += `<section class="neighbours"><h3>On the graph <small>${neighbours.length} neighbours</small></h3><p>${neighbours
      .slice(0, 40)
      .map((n) => actorLink({ id: n.id, name: n.label }))
      .join(', ')}${neighbours.length > 40 ? ', …' : ''}</p></section>`;
  }
  if (kind === 'person') {
    html += positionsSection('Positions', a.positions);
    html += meetingsSection(a.meetings);
    if (a.coAttendees.nodes.length) {
      html += `<section class="co-attendees"><h3>Met most often</h3><ol>${a.coAttendees.nodes
        .map((c) => `<li>${actorLink(c.person)} <small>${c.meetings} meeting${c.meetings === 1 ? '' : 's'}</small></li>`)
        .join('')}</ol></section>`;
    }
    if (a.statements.nodes.length) {
      html += `<section class="statements"><h3>Statements <small>${a.statements.totalCount}</small></h3><ul>${a.statements.nodes
        .map(
          (s) => `<li><blockquote>${esc(s.quote)}</blockquote><small>${esc(s.meeting ? formatDate(s.meeting.date) : '')}</small>${sourceLinks(s.sources)}</li>`,
        )
        .join('')}</ul></section>`;
    }
  } else if (kind === 'organisation' || kind === 'country') {
    const officials = (kind === 'organisation' ? a.officials : a.representatives).nodes.map((o) => ({ ...o.position, who: o.person }));
    html += positionsSection(kind === 'organisation' ? 'Officials' : 'Representatives', officials);
    const ms = kind === 'organisation' ? a.members.map((m) => ({ a: m.member, role: m.role })) : a.memberships.map((m) => ({ a: m.organisation, role: m.role }));
    if (ms.length) {
      html += `<section><h3>${kind === 'organisation' ? 'Members' : 'Member of'}</h3><p>${ms
        .map((m) => `${actorLink(m.a)}${m.role ? ` <small>(${esc(m.role)})</small>` : ''}`)
        .join(', ')}</p></section>`;
    }
    html += meetingsSection(a.meetings);
  } else {
    if (a.promoters.length) html += `<section><h3>Promoted by</h3><p>${a.promoters.map(actorLink).join(', ')}</p></section>`;
    html += meetingsSection(a.meetings);
  }
  panel.innerHTML = html;
  document.body.dataset.panel = 'ready';
}

// Links to actors in the panel re-centre the view without a page load.
$('#panel').addEventListener('click', (e) => {
  const a = e.target.closest('a[data-actor]');
  if (a && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
    e.preventDefault();
    centreOn(a.dataset.actor);
  }
});

// ---- the chart ----------------------------------------------------------

const chart = echarts.init($('#chart'), null, { renderer: 'canvas' });
window.addEventListener('resize', () => chart.resize());
let chartSeq = 0;

/** Meetings per month: of the selected actor, or of the whole graph. */
async function drawChart() {
  const seq = ++chartSeq;
  let months;
  try {
    if (state.actor) {
      const kind = state.actor.split(':')[0];
      const filter = { [kind === 'person' ? 'attendee' : kind === 'initiative' ? 'initiative' : 'party']: state.actor };
      if (state.from || state.to) filter.date = { from: state.from || null, to: state.to || null };
      const counts = new Map();
      let after = null;
      for (let page = 0; page < 20; page++) {
        const data = await api.gql(api.MEETING_DATES, { filter, after });
        for (const m of data.meetings.nodes) {
          if (m.date) counts.set(m.date.slice(0, 7), (counts.get(m.date.slice(0, 7)) ?? 0) + 1);
        }
        if (!data.meetings.pageInfo.hasNextPage) break;
        after = data.meetings.pageInfo.endCursor;
      }
      months = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count }));
    } else {
      const data = await api.gql(api.MONTHS, { from: state.from || null, to: state.to || null });
      months = data.stats.meetingsPerMonth;
    }
  } catch (e) {
    setStatus(`could not load meetings per month: ${e.message}`, true);
    return;
  }
  if (seq !== chartSeq) return;
  // Months without meetings are shown as zero, so that time reads evenly.
  const filled = [];
  if (months.length) {
    let [y, m] = months[0].month.split('-').map(Number);
    const byMonth = new Map(months.map((x) => [x.month, x.count]));
    const last = months[months.length - 1].month;
    for (let guard = 0; guard < 600; guard++) {
      const key = `${y}-${String(m).padStart(2, '0')}`;
      filled.push([key, byMonth.get(key) ?? 0]);
      if (key === last) break;
      m += 1;
      if (m > 12) [y, m] = [y + 1, 1];
    }
  }
  $('#chart-title').textContent = `Meetings per month: ${state.actor ? (names.get(state.actor)?.name ?? state.actor) : 'whole graph'}`;
  chart.setOption(
    {
      animation: false,
      grid: { left: 36, right: 12, top: 10, bottom: 24 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: filled.map((f) => f[0]) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: filled.map((f) => f[1]), itemStyle: { color: '#2f6fb3' } }],
    },
    true,
  );
}

// ---- controls ----------------------------------------------------------------

function centreOn(id) {
  state.actor = id;
  writeURL(true);
  refresh();
}

function syncControls() {
  $('#depth').value = String(state.depth);
  $('#limit').value = String(state.limit);
  if (![...$('#limit').options].some((o) => o.value === String(state.limit))) {
    $('#limit').add(new Option(String(state.limit)));
    $('#limit').value = String(state.limit);
  }
  $('#from').value = state.from;
  $('#to').value = state.to;
  for (const box of document.querySelectorAll('#relations input')) box.checked = state.relations.includes(box.value);
  $('#search').value = state.actor ? (names.get(state.actor)?.name ?? '') : '';
  $('#initiative').value = state.initiative ? (names.get(state.initiative)?.name ?? state.initiative) : '';
  $('#organisation').value = state.organisation ? (names.get(state.organisation)?.name ?? state.organisation) : '';
  $('#path').value = state.path ? (names.get(state.path)?.name ?? state.path) : '';
}

/** Fetches the names of the IDs in the URL that the page does not know. */
async function resolveNames() {
  const ids = [state.actor, state.initiative, state.organisation, state.path].filter((id) => id && !names.has(id));
  if (!ids.length) return;
  try {
    const data = await api.gql(api.NAMES, { ids });
    for (const n of data.nodes) if (n) names.set(n.id, { id: n.id, name: n.name, kind: n.kind });
  } catch {
    // the IDs show as they are
  }
}

async function refresh() {
  delete document.body.dataset.graph;
  delete document.body.dataset.panel;
  await resolveNames();
  syncControls();
  await Promise.all([drawGraph(), drawPanel(), drawChart()]);
}

suggest($('#search-box'), ACTOR_KINDS, (it) => it && centreOn(it.id));
suggest($('#initiative-box'), ['INITIATIVE'], (it) => {
  state.initiative = it?.id ?? '';
  writeURL(true);
  drawGraph();
});
suggest($('#organisation-box'), ['ORGANISATION', 'COUNTRY'], (it) => {
  state.organisation = it?.id ?? '';
  writeURL(true);
  drawGraph();
});
suggest($('#path-box'), ACTOR_KINDS, (it) => {
  state.path = it?.id ?? '';
  writeURL(true);
  drawPath();
});
$('#depth').addEventListener('change', (e) => {
  state.depth = Number(e.target.value);
  writeURL(true);
  drawGraph();
});
$('#limit').addEventListener('change', (e) => {
  state.limit = Number(e.target.value);
  writeURL(true);
  drawGraph();
});
for (const end of ['from', 'to']) {
  $(`#${end}`).addEventListener('change', (e) => {
    state[end] = e.target.value;
    writeURL(true);
    refresh();
  });
}
$('#relations').addEventListener('change', () => {
  const rels = [...document.querySelectorAll('#relations input:checked')].map((b) => b.value);
  state.relations = rels.length ? rels : [...DEFAULT_RELATIONS];
  writeURL(true);
  drawGraph();
});
window.addEventListener('popstate', () => {
  readURL();
  refresh();
});

// ---- exports ---------------------------------------------------------------

function download(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

const fileBase = () => `actorgraph-${(state.actor || 'view').replace(/[^a-z0-9-]+/gi, '-')}`;

$('#png').addEventListener('click', () => {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  download(blob, `${fileBase()}.png`);
});
$('#graphml').addEventListener('click', () => {
  const nodes = cy.nodes().map((n) => ({ id: n.id(), label: n.data('label'), kind: n.data('kind'), date: n.data('date') }));
  const edges = cy.edges().map((e) => e.data());
  download(new Blob([toGraphML(nodes, edges)], { type: 'application/graphml+xml' }), `${fileBase()}.graphml`);
});

// ---- start -------------------------------------------------------------------

readURL();
refresh();
