// The agent's own weekly hours: when it can work (availability) and when it would rather work (preferred hours),
// in its zone. A change applies from a later week, which the service names; pending changes are listed.
import { api, el, say } from './api.js';
import { HALF_HOURS, dayLabel } from './time.js';

const $ = (id) => document.getElementById(id);
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const SHORT = { MONDAY: 'Mon', TUESDAY: 'Tue', WEDNESDAY: 'Wed', THURSDAY: 'Thu', FRIDAY: 'Fri', SATURDAY: 'Sat', SUNDAY: 'Sun' };
// A window may end at midnight, "24:00".
const ENDS = [...HALF_HOURS.slice(1), '24:00'];

function select(label, values, chosen, text = (v) => v) {
  const node = el('select', {}, ...values.map((v) => el('option', { value: v, selected: v === chosen }, text(v))));
  node.setAttribute('aria-label', label);
  return node;
}

/** One editable window: day, from, to, and a button that takes it out. */
function windowRow(list, kind, window) {
  const row = el('li', { className: 'hours-window' },
    select(`${kind} day`, DAYS, window.dayOfWeek, (d) => SHORT[d]), select(`${kind} from`, HALF_HOURS, window.start),
    select(`${kind} to`, ENDS, window.end));
  const remove = el('button', { type: 'button', className: 'secondary' }, 'Remove');
  remove.setAttribute('aria-label', `Remove this ${kind.toLowerCase()} window`);
  remove.addEventListener('click', () => row.remove());
  row.append(remove);
  list.append(row);
}

function windowsOf(list) {
  return [...list.querySelectorAll('li')].map((row) => {
    const [day, start, end] = [...row.querySelectorAll('select')].map((s) => s.value);
    return { dayOfWeek: day, start, end };
  });
}

function fill(list, kind, windows) {
  list.replaceChildren();
  const ordered = [...windows].sort((a, b) => DAYS.indexOf(a.dayOfWeek) - DAYS.indexOf(b.dayOfWeek) || a.start.localeCompare(b.start));
  ordered.forEach((w) => windowRow(list, kind, w));
}

function summary(windows) {
  return windows.length ? windows.map((w) => `${SHORT[w.dayOfWeek]} ${w.start}–${w.end}`).join(', ') : 'none';
}

function showPending(changes) {
  $('hours-pending').replaceChildren(...changes.map((change) => el('li', {},
    `From the week of ${dayLabel(change.effectiveFrom)}: available ${summary(change.availability)}; `
    + `preferred ${summary(change.preferredHours)}.`)));
}

async function save(context) {
  try {
    const change = await api(`/agents/${context.agent.id}/availability`, { method: 'PUT',
      body: { availability: windowsOf($('availability-list')), preferredHours: windowsOf($('preferred-list')) } });
    say($('hours-message'), `Saved. Your new hours apply from the week of ${dayLabel(change.effectiveFrom)}; `
      + 'weeks before it keep the hours they were planned with.', { ok: true });
    const agent = await api(`/agents/${context.agent.id}`);
    showPending(agent.scheduledAvailability ?? []);
  } catch (error) {
    say($('hours-message'), 'Hours not saved:', { reasons: error.reasons() });
  }
}

/** Wires the hours card with the agent's hours in effect now, or its latest pending change when it has one. */
export function mountHours(context) {
  const { agent } = context;
  const pending = agent.scheduledAvailability ?? [];
  const latest = pending.at(-1) ?? agent;
  $('hours-now').textContent = `This week: available ${summary(agent.availability)}; preferred ${summary(agent.preferredHours)}.`;
  fill($('availability-list'), 'Available', latest.availability);
  fill($('preferred-list'), 'Preferred', latest.preferredHours ?? []);
  showPending(pending);
  $('availability-add').addEventListener('click', () =>
    windowRow($('availability-list'), 'Available', { dayOfWeek: 'MONDAY', start: '09:00', end: '17:00' }));
  $('preferred-add').addEventListener('click', () =>
    windowRow($('preferred-list'), 'Preferred', { dayOfWeek: 'MONDAY', start: '09:00', end: '17:00' }));
  $('hours-form').addEventListener('submit', (event) => {
    event.preventDefault();
    save(context);
  });
}
