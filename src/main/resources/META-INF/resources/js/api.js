// Talking to the OpenWFM API from the pages: the session cookie signs each request in, problems become errors.

/** Marks page requests, so a 401 comes without a Basic challenge (which would open the browser's password box). */
export const PAGE_HEADERS = { 'X-Requested-With': 'openwfm-page' };

const ROLE_PAGES = { planner: '/planner.html', forecaster: '/forecaster.html', agent: '/agent.html',
  supervisor: '/supervisor.html', admin: '/q/swagger-ui' };

export function pageFor(role) {
  return ROLE_PAGES[role] ?? '/';
}

/** A refused request: {@code problem} is the service's problem+json (status, detail, errors). */
export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.problem = problem;
    this.status = problem.status;
  }

  /** Every reason the service gave, one sentence each. */
  reasons() {
    const errors = this.problem.errors ?? [];
    return errors.length ? errors.map((e) => e.message) : [this.message];
  }
}

/**
 * Sends one request. JSON bodies are encoded; a string body goes as it is with its own content type.
 * A 401 sends the user to sign in again; any other refusal throws an ApiError.
 */
export async function api(path, { method = 'GET', body, contentType, headers = {} } = {}) {
  const init = { method, headers: { ...PAGE_HEADERS, ...headers } };
  if (body !== undefined) {
    init.headers['Content-Type'] = contentType ?? 'application/json';
    init.body = typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(`/api/v1${path}`, init);
  } catch {
    // fetch rejects only when no answer came at all (offline, refused, DNS).
    throw new ApiError({ status: 0, detail: 'The service cannot be reached; check the connection and try again.' });
  }
  if (response.status === 401) {
    location.assign('/');
    throw new ApiError({ status: 401, detail: 'Signed out' });
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: a proxy's or the server's own error page, so the status is all there is to say.
    data = { status: response.status, detail: `The service answered ${response.status} ${response.statusText}` };
  }
  if (!response.ok) {
    throw new ApiError(data ?? { status: response.status, detail: response.statusText });
  }
  return data;
}

/** The signed-in user, or null. */
export async function whoAmI() {
  const response = await fetch('/api/v1/me', { headers: PAGE_HEADERS });
  return response.ok ? response.json() : null;
}

/**
 * Sends users without the role (or one of the roles, when given a list) to sign in or to their own page, and
 * wires the sign-out button.
 */
export async function requireRole(role) {
  const roles = [role].flat();
  const me = await whoAmI();
  if (!me || !roles.includes(me.role)) {
    location.assign(me ? pageFor(me.role) : '/');
    throw new Error('not signed in as ' + roles.join(' or '));
  }
  document.getElementById('user-name').textContent = me.username;
  document.getElementById('sign-out').addEventListener('click', async () => {
    await fetch('/api/v1/sign-out', { method: 'POST', headers: PAGE_HEADERS });
    location.assign('/');
  });
  return me;
}

/**
 * Listens to the server-sent event stream; the browser reconnects by itself and resumes from the last id. A
 * refused reconnect (the session ended) closes the stream for good: then the user signs in again.
 */
export function onEvents(handlers) {
  const source = new EventSource('/api/v1/events');
  for (const [type, handle] of Object.entries(handlers)) {
    source.addEventListener(type, (event) => handle(JSON.parse(event.data)));
  }
  source.addEventListener('error', async () => {
    if (source.readyState === EventSource.CLOSED && !(await whoAmI())) {
      location.assign('/');
    }
  });
  return source;
}

/**
 * Marks the page ready once its first data is drawn: tests wait for the attribute, and the page-load benchmark
 * reads the performance mark (milliseconds since the navigation started, as the browser measures them).
 */
export function markReady() {
  performance.mark('openwfm-ready');
  document.body.dataset.ready = 'true';
}

/** Runs {@code task} once after calls stop arriving for {@code ms}: many events, one reload. */
export function debounce(task, ms = 250) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => task(...args), ms);
  };
}

/** Shows a refusal (or a success, with {@code ok}) in an alert region. */
export function say(region, message, { ok = false, reasons = [] } = {}) {
  region.replaceChildren();
  region.className = ok ? 'notice ok' : 'notice error';
  const lead = document.createElement('p');
  lead.textContent = message;
  region.append(lead);
  if (reasons.length) {
    const list = document.createElement('ul');
    for (const reason of reasons) {
      const item = document.createElement('li');
      item.textContent = reason;
      list.append(item);
    }
    region.append(list);
  }
}

/** Builds an element: el('td', {className: 'num'}, '12'). */
export function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}
