// Shift trades on the agent's page: offer hours of a shift to any certified colleague or to one by id, take a
// colleague's offer (or swap one of my shifts for it), and follow my offers until they settle.
import { api, el, say } from './api.js';
import { clockTime, dayLabel, localDate } from './time.js';

const $ = (id) => document.getElementById(id);
const STATUS_WORDS = { OPEN: 'open', AWAITING_APPROVAL: 'waiting for a planner', COMPLETED: 'done', DENIED: 'denied',
  WITHDRAWN: 'withdrawn', EXPIRED: 'expired' };

function when(start, end, zone) {
  return `${dayLabel(localDate(start, zone))} ${clockTime(start, zone)}–${clockTime(end, zone)}`;
}

/**
 * The form on a shift card that offers hours of it: {@code from} and {@code to} are the card's own time pickers
 * builders, so offers and releases pick hours the same way.
 */
export function offerForm(shift, context, timePickers) {
  const [from, to] = timePickers();
  const colleague = el('input', { placeholder: 'anyone certified', maxLength: 64 });
  const note = el('input', { placeholder: 'optional', maxLength: 500 });
  const form = el('form', {}, el('label', {}, 'From ', from), el('label', {}, 'To ', to),
    el('label', {}, 'To colleague ', colleague), el('label', {}, 'Note ', note),
    el('button', { type: 'submit', className: 'secondary' }, 'Offer'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const trade = await api(`/agents/${context.agent.id}/trades`, { method: 'POST', body: { shiftId: shift.shiftId,
        start: from.value, end: to.value, toAgentId: colleague.value.trim() || null, note: note.value || null } });
      say($('trades-message'), `Offered ${when(trade.start, trade.end, context.zone)}; the offer stands until `
        + `${dayLabel(localDate(trade.expiresAt, context.zone))} ${clockTime(trade.expiresAt, context.zone)}.`, { ok: true });
      await loadTrades(context);
    } catch (error) {
      say($('trades-message'), 'Offer refused:', { reasons: error.reasons() });
    }
  });
  return el('details', {}, el('summary', {}, 'Offer to a colleague'), form);
}

function swapChoice(context) {
  const shifts = context.myShifts();
  const select = el('select', {}, el('option', { value: '' }, 'nothing: just take it'),
    ...shifts.map((s) => el('option', { value: s.shiftId }, `my ${when(s.start, s.end, context.zone)} ${s.clientId} · ${s.channel}`)));
  select.setAttribute('aria-label', 'Give in return');
  return select;
}

function openRow(trade, context) {
  const swap = swapChoice(context);
  const accept = el('button', { type: 'button' }, 'Accept');
  accept.setAttribute('aria-label', `Accept ${when(trade.start, trade.end, context.zone)} from ${trade.fromAgentId}`);
  accept.addEventListener('click', () => acceptTrade(trade, swap.value, context));
  return el('tr', {}, el('td', {}, when(trade.start, trade.end, context.zone)), el('td', {}, `${trade.clientId} · ${trade.channel}`),
    el('td', {}, trade.fromAgentId), el('td', {}, trade.note ?? ''),
    el('td', {}, `${dayLabel(localDate(trade.expiresAt, context.zone))} ${clockTime(trade.expiresAt, context.zone)}`),
    el('td', {}, swap, accept));
}

function mineRow(trade, context) {
  const mineOffer = trade.fromAgentId === context.agent.id;
  const withdraw = el('button', { type: 'button', className: 'secondary' }, 'Withdraw');
  withdraw.addEventListener('click', () => withdrawTrade(trade, context));
  const other = mineOffer ? (trade.acceptedBy ?? trade.toAgentId ?? 'anyone certified') : trade.fromAgentId;
  const row = el('tr', {}, el('td', {}, when(trade.start, trade.end, context.zone)), el('td', {}, `${trade.clientId} · ${trade.channel}`),
    el('td', {}, mineOffer ? `offered to ${other}` : `taken from ${other}`),
    el('td', { className: 'status' }, STATUS_WORDS[trade.status] ?? trade.status),
    el('td', {}, trade.denyReason ?? (trade.swap ? `swap for ${when(trade.swap.start, trade.swap.end, context.zone)}` : '')),
    el('td', {}, mineOffer && trade.status === 'OPEN' ? withdraw : null));
  row.dataset.status = trade.status;
  return row;
}

function fillTable(id, rows, empty, columns) {
  const body = $(id).querySelector('tbody');
  body.replaceChildren(...rows);
  if (!rows.length) {
    body.append(el('tr', {}, el('td', { colSpan: columns, className: 'muted' }, empty)));
  }
}

export async function loadTrades(context) {
  const { open, mine } = await api(`/agents/${context.agent.id}/trades`);
  fillTable('trades-open', open.map((t) => openRow(t, context)), 'No offers you may take now.', 6);
  fillTable('trades-mine', mine.map((t) => mineRow(t, context)), 'You have offered or taken nothing yet.', 6);
}

async function acceptTrade(trade, swapShiftId, context) {
  try {
    const settled = await api(`/trades/${trade.id}/accept`, { method: 'POST',
      body: { agentId: context.agent.id, swapShiftId: swapShiftId ? Number(swapShiftId) : null } });
    say($('trades-message'), settled.status === 'COMPLETED'
      ? `Done: ${when(trade.start, trade.end, context.zone)} is yours.`
      : 'Accepted; a planner approves trades on this channel before the shifts move.', { ok: true });
    await Promise.all([loadTrades(context), context.onScheduleChanged()]);
  } catch (error) {
    const lead = error.status === 409 ? 'Too late:' : 'Trade refused:';
    say($('trades-message'), lead, { reasons: error.reasons() });
    await loadTrades(context);
  }
}

async function withdrawTrade(trade, context) {
  try {
    await api(`/trades/${trade.id}/withdraw`, { method: 'POST' });
    say($('trades-message'), `Withdrew the offer of ${when(trade.start, trade.end, context.zone)}.`, { ok: true });
    await loadTrades(context);
  } catch (error) {
    say($('trades-message'), 'Not withdrawn:', { reasons: error.reasons() });
  }
}
