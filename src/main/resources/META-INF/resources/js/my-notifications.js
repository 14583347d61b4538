// The agent's notifications: the inbox (live, newest first, read up to the newest) and what it wants to be told of,
// and how: which open seats, schedule changes, trade offers and decisions; in the app and/or by e-mail.
import { api, el, say } from './api.js';
import { HALF_HOURS, clockTime, dayLabel, localDate } from './time.js';

const $ = (id) => document.getElementById(id);
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const KIND_WORDS = { OPEN_SEATS: 'Open seats', SCHEDULE_CHANGE: 'Schedule', TRADE_OFFER: 'Trade', REQUEST_DECISION: 'Decision' };
const state = { notices: [], zone: null, agentId: null };

function noticeItem(notice) {
  const when = `${dayLabel(localDate(notice.createdAt, state.zone))} ${clockTime(notice.createdAt, state.zone)}`;
  const item = el('li', { className: notice.read ? 'notice-item' : 'notice-item unread' },
    el('strong', {}, notice.title), el('span', { className: 'muted' }, ` · ${KIND_WORDS[notice.kind] ?? notice.kind} · ${when}`),
    el('p', { className: 'notice-text' }, notice.text),
    notice.link ? el('a', { href: notice.link }, 'Open the week') : null);
  item.dataset.kind = notice.kind;
  return item;
}

function drawInbox() {
  const unread = state.notices.filter((n) => !n.read).length;
  $('inbox-unread').textContent = unread ? `${unread} unread` : 'All read';
  $('inbox').replaceChildren(...state.notices.map(noticeItem));
  if (!state.notices.length) {
    $('inbox').append(el('li', { className: 'muted' }, 'Nothing yet.'));
  }
}

async function loadInbox() {
  state.notices = await api(`/agents/${state.agentId}/notifications?limit=50`);
  drawInbox();
}

/** A notice pushed on the event stream: it goes on top at once. */
export function noticeArrived(notice) {
  if (!state.agentId || state.notices.some((n) => n.id === notice.id)) {
    return;
  }
  state.notices = [notice, ...state.notices];
  drawInbox();
}

async function markAllRead() {
  const newest = state.notices[0];
  if (!newest) {
    return;
  }
  await api(`/agents/${state.agentId}/notifications/read`, { method: 'POST', body: { upToId: newest.id } });
  await loadInbox();
}

/* ---------- preferences ---------- */

function checkbox(name, checked, value = '') {
  return el('input', { type: 'checkbox', name, checked, value });
}

function fillPreferences(prefs, agent) {
  const seats = prefs.openSeats ?? {};
  const form = $('notify-form');
  for (const key of ['inApp', 'scheduleChanges', 'tradeOffers', 'requestDecisions']) {
    form.elements[key].checked = prefs[key] !== false;
  }
  form.elements.byEmail.checked = prefs.byEmail === true; // e-mail is off unless asked for
  form.elements.email.value = prefs.email ?? '';
  form.elements.seatsEnabled.checked = seats.enabled !== false;
  const chosen = new Set((seats.channels ?? []).map((c) => `${c.clientId}/${c.channel}`));
  $('notify-channels').replaceChildren(...agent.certifications.map((c) => el('label', {},
    checkbox('channel', chosen.has(`${c.clientId}/${c.channel}`), `${c.clientId}/${c.channel}`), ` ${c.clientId} · ${c.channel}`)));
  const days = new Set(seats.days ?? []);
  $('notify-days').replaceChildren(...DAYS.map((d) => el('label', {}, checkbox('day', days.has(d), d), ` ${d.slice(0, 3)}`)));
  form.elements.from.replaceChildren(...HALF_HOURS.map((t) => el('option', { value: t }, t)));
  form.elements.to.replaceChildren(...[...HALF_HOURS.slice(1), '24:00'].map((t) => el('option', { value: t }, t)));
  form.elements.from.value = seats.from ?? '00:00';
  form.elements.to.value = seats.to ?? '24:00';
  form.elements.minMinutes.value = seats.minMinutes ?? 0;
}

function readPreferences() {
  const form = $('notify-form');
  const ticked = (name) => [...form.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value);
  return {
    email: form.elements.email.value.trim() || null,
    inApp: form.elements.inApp.checked,
    byEmail: form.elements.byEmail.checked,
    scheduleChanges: form.elements.scheduleChanges.checked,
    tradeOffers: form.elements.tradeOffers.checked,
    requestDecisions: form.elements.requestDecisions.checked,
    openSeats: {
      enabled: form.elements.seatsEnabled.checked,
      channels: ticked('channel').map((key) => ({ clientId: key.split('/')[0], channel: key.split('/')[1] })),
      days: ticked('day'),
      from: form.elements.from.value,
      to: form.elements.to.value,
      minMinutes: Number(form.elements.minMinutes.value),
    },
  };
}

async function savePreferences() {
  try {
    await api(`/agents/${state.agentId}/notification-preferences`, { method: 'PUT', body: readPreferences() });
    say($('notify-message'), 'Saved: you will be told of what you ticked.', { ok: true });
  } catch (error) {
    say($('notify-message'), 'Not saved:', { reasons: error.reasons() });
  }
}

/** Wires the notifications card: the inbox and the preferences form. */
export async function mountNotifications(context) {
  state.agentId = context.agent.id;
  state.zone = context.zone;
  $('inbox-read').addEventListener('click', markAllRead);
  $('notify-form').addEventListener('submit', (event) => {
    event.preventDefault();
    savePreferences();
  });
  const [prefs] = await Promise.all([api(`/agents/${state.agentId}/notification-preferences`), loadInbox()]);
  fillPreferences(prefs, context.agent);
}
