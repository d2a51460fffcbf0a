// The web UI served by `crosscheck serve`: the views of render.js over the REST API.
import { start } from './render.js';

async function get(path) {
  return answer(await fetch(path, { headers: { Accept: 'application/json' } }));
}

async function answer(response) {
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    throw new Error(body && typeof body.error === 'string' ? body.error : 'The server answered ' + response.status + '.');
  }
  return body;
}

async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return answer(response);
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  return q.toString();
}

const api = {
  stories: (p) => get('/api/stories?' + query(p)),
  story: (id) => get('/api/stories/' + encodeURIComponent(id)),
  articles: (p) => get('/api/articles?' + query(p)),
  article: (id) => get('/api/articles/' + encodeURIComponent(id)),
  outlets: (p) => get('/api/outlets?' + query(p)),
  outlet: (name) => get('/api/outlets/' + encodeURIComponent(name)),
  verify: (claim, storyId) => post('/api/verify', storyId ? { claim, storyId } : { claim }),
};

start(document.getElementById('app'), api);
