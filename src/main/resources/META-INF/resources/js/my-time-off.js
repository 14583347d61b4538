// The agent's time off: the year's allowance, a request form in the agent's zone, and its requests with their
// status and why a request waits for a planner.
import { api, el, say } from './api.js';
import { HALF_HOURS, clockTime, dayLabel, localDate, today, wallClockInstant } from './time.js';

const $ = (id) => document.getElementById(id);
const STATUS_WORDS = { PENDING: 'waiting for a planner', APPROVED: 'approved', DENIED: 'denied', CANCELLED: 'cancelled' };

function when(instant, zone) {
  return `${dayLabel(localDate(instant, zone))} ${clockTime(instant, zone)}`;
}

function why(request) {
  if (request.status === 'PENDING') {
    return request.pendingReason ?? '';
  }
  if (request.status === 'APPROVED' && request.decidedBy === 'auto') {
    return 'inside your allowance and coverage';
  }
  return request.decisionReason ?? '';
}

function requestRow(request, context) {
  const { zone } = context;
  const cancellable = request.status === 'PENDING'
    || (request.status === 'APPROVED' && Date.parse(request.start) > Date.now());
  const cancel = el('button', { type: 'button', className: 'secondary' }, 'Cancel');
  cancel.setAttribute('aria-label', `Cancel the time off from ${when(request.start, zone)}`);
  cancel.addEventListener('click', () => cancelRequest(request, context));
  const row = el('tr', {}, el('td', {}, when(request.start, zone)), el('td', {}, when(request.end, zone)),
    el('td', { className: 'num' }, request.hours.toFixed(1)),
    el('td', { className: 'status' }, STATUS_WORDS[request.status] ?? request.status),
    el('td', {}, why(request)), el('td', {}, request.reason ?? ''), el('td', {}, cancellable ? cancel : null));
  row.dataset.status = request.status;
  return row;
}

async function loadAllowance(context) {
  const allowance = await api(`/agents/${context.agent.id}/time-off-allowance`);
  $('allowance').textContent = `${allowance.year}: ${allowance.remaining.toFixed(1)} of ${allowance.hours.toFixed(1)} hours left`
    + ` (${allowance.used.toFixed(1)} h taken, ${allowance.pending.toFixed(1)} h waiting for a planner).`;
}

async function loadRequests(context) {
  const requests = await api(`/agents/${context.agent.id}/time-off-requests`);
  const body = $('time-off-requests').querySelector('tbody');
  body.replaceChildren(...requests.map((r) => requestRow(r, context)));
  if (!requests.length) {
    body.append(el('tr', {}, el('td', { colSpan: 7, className: 'muted' }, 'No time off asked yet.')));
  }
}

async function reload(context) {
  await Promise.all([loadAllowance(context), loadRequests(context)]);
}

async function submit(context) {
  const { zone } = context;
  const start = wallClockInstant($('time-off-from-day').value, $('time-off-from-time').value, zone);
  const end = wallClockInstant($('time-off-to-day').value, $('time-off-to-time').value, zone);
  try {
    const request = await api(`/agents/${context.agent.id}/time-off-requests`, { method: 'POST',
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: { start, end, reason: $('time-off-reason').value || null } });
    const outcome = request.status === 'APPROVED'
      ? 'Approved at once; any shift hours in it are open to others now.'
      : `Sent to a planner: ${request.pendingReason}.`;
    say($('time-off-message'), outcome, { ok: true });
    await Promise.all([reload(context), context.onScheduleChanged()]);
  } catch (error) {
    say($('time-off-message'), 'Time off refused:', { reasons: error.reasons() });
  }
}

async function cancelRequest(request, context) {
  try {
    await api(`/time-off-requests/${request.id}/cancel`, { method: 'POST' });
    say($('time-off-message'), `Cancelled the time off from ${when(request.start, context.zone)}.`, { ok: true });
    await reload(context);
  } catch (error) {
    say($('time-off-message'), 'Cancel refused:', { reasons: error.reasons() });
  }
}

/** Wires the time-off card; {@code context} holds the agent, its zone and what to reload after a change. */
export async function mountTimeOff(context) {
  for (const id of ['time-off-from-time', 'time-off-to-time']) {
    $(id).replaceChildren(...HALF_HOURS.map((t) => el('option', { value: t }, t)));
  }
  $('time-off-from-time').value = '09:00';
  $('time-off-to-time').value = '17:00';
  $('time-off-from-day').value = today(context.zone);
  $('time-off-to-day').value = today(context.zone);
  $('time-off-form').addEventListener('submit', (event) => {
    event.preventDefault();
    submit(context);
  });
  await reload(context);
}
