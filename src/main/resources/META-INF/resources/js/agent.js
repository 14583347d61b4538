// The agent's page: my week in my zone, the open slots I may claim, claims and releases with the reasons
// when refused, and live updates when others claim.
import { api, debounce, el, markReady, onEvents, requireRole, say } from './api.js';
import { clockTime, dayLabel, localDate, mondayOf, today, weekDays, weekPicker } from './time.js';
import { kindLabel, sessionsOn, timeRange } from './sessions.js';
import { drawGantt } from './gantt.js';
import { mountCalendar } from './my-calendar.js';
import { mountHours } from './my-hours.js';
import { mountNotifications, noticeArrived } from './my-notifications.js';
import { loadTrades, offerForm } from './my-trades.js';
import { mountTimeOff } from './my-time-off.js';

const $ = (id) => document.getElementById(id);
const state = { agent: null, zone: null, week: null, runs: [], shifts: [], load: 0, context: null };

const hoursBetween = (start, end) => (new Date(end) - new Date(start)) / 3_600_000;
const range = (start, end, zone) => `${clockTime(start, zone)}–${clockTime(end, zone)}`;

/* ---------- my week ---------- */

/**
 * The places a release may begin or end, from start to end: every half hour, or every quarter when the shift's
 * own times are on a quarter hour (a channel with 15-minute intervals; the service checks the grain).
 */
function marks(shift) {
  const onHalfHours = [shift.start, shift.end].every((t) => new Date(t).getUTCMinutes() % 30 === 0);
  const step = (onHalfHours ? 30 : 15) * 60_000;
  const list = [];
  for (let t = new Date(shift.start).getTime(); t <= new Date(shift.end).getTime(); t += step) {
    list.push(new Date(t).toISOString().replace('.000Z', 'Z'));
  }
  return list;
}

function timeSelect(name, instants, chosen, zone) {
  const select = el('select', {}, ...instants.map((t) => el('option', { value: t, selected: t === chosen }, clockTime(t, zone))));
  select.setAttribute('aria-label', name);
  return select;
}

function shiftCard(shift, zone) {
  const breaks = shift.breaks.map((b) => range(b.start, b.end, zone)).join(', ');
  const [from, to] = [timeSelect('From', marks(shift).slice(0, -1), shift.start, zone),
    timeSelect('To', marks(shift).slice(1), shift.end, zone)];
  const reason = el('input', { placeholder: 'optional', maxLength: 500 });
  const button = el('button', { type: 'submit', className: 'secondary' }, 'Release');
  const form = el('form', {}, el('label', {}, 'From ', from), el('label', {}, 'To ', to), el('label', {}, 'Reason ', reason), button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    release(shift, from.value, to.value, reason.value);
  });
  const pickers = () => [timeSelect('From', marks(shift).slice(0, -1), shift.start, zone),
    timeSelect('To', marks(shift).slice(1), shift.end, zone)];
  const card = el('div', { className: 'shift-card' },
    el('strong', {}, range(shift.start, shift.end, zone)), ` ${shift.clientId} · ${shift.channel}`,
    el('div', { className: 'breaks' }, breaks ? `Breaks ${breaks}` : 'No breaks'),
    el('details', {}, el('summary', {}, 'Give back hours'), form),
    offerForm(shift, state.context, pickers));
  return card;
}

/** A session of my week: what it is, who leads it and when, in my zone. */
function sessionCard(session, zone) {
  const card = el('div', { className: 'session-card' },
    el('strong', {}, timeRange(session.start, session.end, zone)), ` ${kindLabel(session.kind)}`,
    el('div', {}, session.name),
    session.supervisorName ? el('div', { className: 'muted' }, `with ${session.supervisorName}`) : null);
  card.dataset.kind = session.kind;
  return card;
}

async function loadWeek() {
  const { zone } = state;
  const load = state.load;
  const schedule = await api(`/agents/${state.agent.id}/schedule?weekStart=${state.week}`);
  if (load !== state.load) {
    return; // the week changed while this was on its way
  }
  // My week's sessions are all mine: the service does not repeat my id in each.
  const sessions = (schedule.activities ?? []).map((s) => ({ ...s, agentIds: [state.agent.id] }));
  state.shifts = schedule.shifts;
  const grid = $('week-days');
  grid.replaceChildren();
  for (const day of weekDays(state.week)) {
    const shifts = schedule.shifts.filter((s) => localDate(s.start, zone) === day);
    const column = el('div', { className: 'day' }, el('h3', {}, dayLabel(day)),
      ...(shifts.length ? shifts.map((s) => shiftCard(s, zone)) : [el('p', { className: 'muted' }, 'Off')]),
      ...sessionsOn(sessions, day, zone).map((s) => sessionCard(s, zone)));
    column.dataset.day = day;
    grid.append(column);
  }
  drawGantt($('timeline'), schedule.shifts.map((s) => ({ ...s, agentId: state.agent.id })), zone,
    { sessions, label: (shift) => dayLabel(localDate(shift.start, zone)), empty: 'No shifts this week.' });
  const hours = schedule.shifts.reduce((sum, s) => sum + hoursBetween(s.start, s.end), 0);
  $('hours').textContent = `${hours.toFixed(1)} hours scheduled; contract ${state.agent.contract.minWeeklyHours}–`
    + `${state.agent.contract.maxWeeklyHours} hours a week.`;
}

/* ---------- open slots ---------- */

/** Joins back-to-back open intervals of one client channel into runs an agent can claim from. */
function runsOf(slots) {
  const runs = [];
  const sorted = [...slots].sort((a, b) => `${a.clientId}${a.channel}${a.start}`.localeCompare(`${b.clientId}${b.channel}${b.start}`));
  for (const slot of sorted) {
    const last = runs.at(-1);
    if (last && last.clientId === slot.clientId && last.channel === slot.channel && last.end === slot.start) {
      last.end = slot.end;
      last.slots.push(slot);
    } else {
      runs.push({ clientId: slot.clientId, channel: slot.channel, start: slot.start, end: slot.end, slots: [slot] });
    }
  }
  return runs;
}

/** Where a claim of the run ends unless the agent picks otherwise: as far as the contract's longest shift allows. */
function defaultEnd(run) {
  const longest = state.agent.contract.maxShiftHours;
  return run.slots.filter((s) => hoursBetween(run.start, s.end) <= longest).at(-1)?.end ?? run.slots[0].end;
}

/** A claim of the run from {@code from} to {@code to}: its talk minutes and mean service-level gain. */
function selection(run, from, to) {
  const chosen = run.slots.filter((s) => s.start >= from && s.end <= to);
  return {
    talk: chosen.reduce((sum, s) => sum + s.expectedTalkMinutes, 0),
    gain: chosen.length ? chosen.reduce((sum, s) => sum + s.serviceLevelGain, 0) / chosen.length : 0,
  };
}

function slotRow(run) {
  const { zone } = state;
  const from = timeSelect('From', run.slots.map((s) => s.start), run.start, zone);
  const to = timeSelect('To', run.slots.map((s) => s.end), defaultEnd(run), zone);
  const talk = el('td', { className: 'num' });
  const gain = el('td', { className: 'num' });
  const update = () => {
    const chosen = selection(run, from.value, to.value);
    talk.textContent = chosen.talk.toFixed(0);
    gain.textContent = `+${(chosen.gain * 100).toFixed(1)} pts`;
  };
  from.addEventListener('change', update);
  to.addEventListener('change', update);
  update();
  const day = dayLabel(localDate(run.start, zone));
  const claimButton = el('button', { type: 'button' }, 'Claim');
  claimButton.setAttribute('aria-label', `Claim ${day} ${run.clientId} ${run.channel} from the chosen hours`);
  claimButton.addEventListener('click', () => claim(run, from.value, to.value));
  return el('tr', {}, el('td', {}, day), el('td', {}, `${run.clientId} · ${run.channel}`),
    el('td', {}, from), el('td', {}, to), el('td', { className: 'num' }, String(Math.min(...run.slots.map((s) => s.openSeats)))),
    talk, gain, el('td', {}, claimButton));
}

function drawSlots() {
  const { zone } = state;
  const channel = $('slot-channel').value;
  const day = $('slot-day').value;
  const sort = $('slot-sort').value;
  const score = (run) => selection(run, run.start, defaultEnd(run));
  const shown = state.runs
    .filter((r) => !channel || `${r.clientId} · ${r.channel}` === channel)
    .filter((r) => !day || localDate(r.start, zone) === day)
    .sort((a, b) => (sort === 'talk' ? score(b).talk - score(a).talk
      : sort === 'gain' ? score(b).gain - score(a).gain : a.start.localeCompare(b.start)));
  const body = $('slots').querySelector('tbody');
  body.replaceChildren(...shown.map(slotRow));
  if (!shown.length) {
    body.append(el('tr', {}, el('td', { colSpan: 8, className: 'muted' }, 'No open slots you may claim this week.')));
  }
}

async function loadSlots() {
  const load = state.load;
  const slots = await api(`/agents/${state.agent.id}/open-slots?weekStart=${state.week}`);
  if (load !== state.load) {
    return;
  }
  state.runs = runsOf(slots);
  drawSlots();
  $('slots-updated').textContent = `Updated ${clockTime(new Date().toISOString(), state.zone)}`;
}

/* ---------- claim and release ---------- */

async function afterChange(message) {
  await Promise.all([loadWeek(), loadSlots()]);
  say($('message'), message, { ok: true });
}

async function claim(run, start, end) {
  try {
    await api(`/agents/${state.agent.id}/claims`, { method: 'POST', headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: { clientId: run.clientId, channel: run.channel, start, end } });
    await afterChange(`Claimed ${dayLabel(localDate(start, state.zone))} ${range(start, end, state.zone)} ${run.clientId} · ${run.channel}.`);
  } catch (error) {
    const lead = error.status === 409 ? 'Someone else took a seat first; the list is fresh again.' : 'Claim refused:';
    say($('message'), lead, { reasons: error.reasons() });
    await loadSlots();
  }
}

async function release(shift, start, end, reason) {
  try {
    await api(`/agents/${state.agent.id}/releases`, { method: 'POST', headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: { shiftId: shift.shiftId, start, end, reason: reason || null } });
    await afterChange(`Released ${dayLabel(localDate(start, state.zone))} ${range(start, end, state.zone)}; the hours are open to others now.`);
  } catch (error) {
    say($('message'), 'Release refused:', { reasons: error.reasons() });
  }
}

/* ---------- start ---------- */

async function showWeek(week) {
  state.load++;
  state.week = week;
  history.replaceState(null, '', `?week=${week}`);
  $('week-label').textContent = dayLabel(week);
  $('message').replaceChildren();
  $('slot-day').replaceChildren(el('option', { value: '' }, 'all'),
    ...weekDays(week).map((d) => el('option', { value: d }, dayLabel(d))));
  await Promise.all([loadWeek(), loadSlots()]);
}

async function start() {
  const me = await requireRole('agent');
  state.agent = await api(`/agents/${me.agentId}`);
  state.zone = state.agent.timeZone;
  $('agent-name').textContent = state.agent.name;
  $('zone').textContent = state.zone;
  $('slot-channel').append(...state.agent.certifications.map((c) => el('option', {}, `${c.clientId} · ${c.channel}`)));
  for (const id of ['slot-channel', 'slot-day', 'slot-sort']) {
    $(id).addEventListener('change', drawSlots);
  }
  const refresh = debounce(() => Promise.all([loadWeek(), loadSlots()]));
  onEvents({ 'open-slots': debounce(loadSlots), 'schedule-published': refresh, notification: noticeArrived });
  // The cards below the week reload it after a change of theirs that moves shifts (a trade, an approved time off).
  const context = { agent: state.agent, zone: state.zone, myShifts: () => state.shifts,
    onScheduleChanged: () => Promise.all([loadWeek(), loadSlots()]) };
  state.context = context;
  const requested = new URLSearchParams(location.search).get('week');
  await weekPicker($('week'), $('week-previous'), $('week-next'), showWeek)(mondayOf(requested ?? today(state.zone)));
  mountHours(context);
  mountCalendar(context);
  // Each card loads on its own: one that cannot load says so in its own region, and the rest of the page works.
  const cards = [['time-off-message', mountTimeOff], ['trades-message', loadTrades], ['notify-message', mountNotifications]];
  await Promise.all(cards.map(([region, mount]) => mount(context)
    .catch((error) => say($(region), 'This part of the page could not load:', { reasons: error.reasons?.() ?? [error.message] }))));
  markReady();
}

start();
