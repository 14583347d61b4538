// What agents ask of a planner: time off beyond what the rules approve at once, each with why it waits, and shift
// trades on channels that want a planner's word; each to approve or to deny with a reason.
import { api, el, say } from './api.js';
import { clockTime, dayLabel, localDate } from './time.js';

const $ = (id) => document.getElementById(id);

function when(instant, zone) {
  return `${dayLabel(localDate(instant, zone))} ${clockTime(instant, zone)}`;
}

function timeOffRow(request, agents, reload) {
  const agent = agents.get(request.agentId);
  const zone = agent?.timeZone ?? 'UTC';
  const reason = el('input', { maxLength: 500, placeholder: 'reason (needed to deny)' });
  reason.setAttribute('aria-label', `Reason for ${request.agentId}'s request`);
  const decide = (verdict) => async () => {
    try {
      await api(`/time-off-requests/${request.id}/${verdict}`, { method: 'POST', body: { reason: reason.value || null } });
      say($('requests-message'), `${verdict === 'approve' ? 'Approved' : 'Denied'} ${agent?.name ?? request.agentId}'s time off.`, { ok: true });
      await reload();
    } catch (error) {
      say($('requests-message'), 'Not decided:', { reasons: error.reasons() });
    }
  };
  const approve = el('button', { type: 'button' }, 'Approve');
  approve.addEventListener('click', decide('approve'));
  const deny = el('button', { type: 'button', className: 'secondary' }, 'Deny');
  deny.addEventListener('click', decide('deny'));
  return el('tr', {}, el('td', {}, agent?.name ?? request.agentId),
    el('td', {}, when(request.start, zone)), el('td', {}, when(request.end, zone)), el('td', { className: 'muted' }, zone),
    el('td', { className: 'num' }, request.hours.toFixed(1)), el('td', {}, request.reason ?? ''),
    el('td', {}, request.pendingReason ?? ''), el('td', {}, reason, approve, deny));
}

async function loadTimeOff(agents) {
  const pending = await api('/time-off-requests?status=PENDING');
  const body = $('time-off-pending').querySelector('tbody');
  body.replaceChildren(...pending.map((r) => timeOffRow(r, agents, () => loadTimeOff(agents))));
  if (!pending.length) {
    body.append(el('tr', {}, el('td', { colSpan: 8, className: 'muted' }, 'No time off waiting for a decision.')));
  }
}

function tradeRow(trade, agents, reload) {
  const name = (id) => agents.get(id)?.name ?? id;
  const zone = agents.get(trade.fromAgentId)?.timeZone ?? 'UTC';
  const reason = el('input', { maxLength: 500, placeholder: 'reason (needed to deny)' });
  reason.setAttribute('aria-label', `Reason for trade ${trade.id}`);
  const decide = (verdict) => async () => {
    try {
      await api(`/trades/${trade.id}/${verdict}`, { method: 'POST', body: verdict === 'deny' ? { reason: reason.value } : undefined });
      say($('requests-message'), `${verdict === 'approve' ? 'Approved' : 'Denied'} the trade from ${name(trade.fromAgentId)} `
        + `to ${name(trade.acceptedBy)}.`, { ok: true });
      await reload();
    } catch (error) {
      say($('requests-message'), 'Not decided:', { reasons: error.reasons() });
    }
  };
  const approve = el('button', { type: 'button' }, 'Approve');
  approve.addEventListener('click', decide('approve'));
  const deny = el('button', { type: 'button', className: 'secondary' }, 'Deny');
  deny.addEventListener('click', decide('deny'));
  const swap = trade.swap ? `; in return ${when(trade.swap.start, zone)}–${clockTime(trade.swap.end, zone)} ${trade.swap.clientId} · `
    + trade.swap.channel : '';
  return el('tr', {}, el('td', {}, name(trade.fromAgentId)), el('td', {}, name(trade.acceptedBy)),
    el('td', {}, `${when(trade.start, zone)}–${clockTime(trade.end, zone)} ${trade.clientId} · ${trade.channel}${swap}`),
    el('td', { className: 'muted' }, zone), el('td', {}, reason, approve, deny));
}

async function loadTrades(agents) {
  const waiting = await api('/trades?status=AWAITING_APPROVAL');
  const body = $('trades-waiting').querySelector('tbody');
  body.replaceChildren(...waiting.map((t) => tradeRow(t, agents, () => loadTrades(agents))));
  if (!waiting.length) {
    body.append(el('tr', {}, el('td', { colSpan: 5, className: 'muted' }, 'No trade waiting for approval.')));
  }
}

/** Wires the requests card; {@code agents} are the agents by id (for names and zones). */
export async function mountRequests(agents) {
  // The requests card loads apart from the week: when it cannot, it says so and the rest of the page works.
  await Promise.all([loadTimeOff(agents), loadTrades(agents)]).catch((error) =>
    say($('requests-message'), 'Agents\' requests could not load:', { reasons: error.reasons?.() ?? [error.message] }));
}
