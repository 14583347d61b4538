// The agent's page: my week in my zone, the open slots I may claim, claims and releases with the reasons
// when refused, and live updates when others claim.
import { api, debounce, el, markReady, onEvents, requireRole, say } from './api.js';
import { clockTime, dayLabel, localDate, mondayOf, today, weekDays, weekPicker } from './time.js';

const $ = (id) => document.getElementById(id);
const state = { agent: null, zone: null, week: null, runs: [] };

const hoursBetween = (start, end) => (new Date(end) - new Date(start)) / 3_600_000;
const range = (start, end, zone) => `${clockTime(start, zone)}–${clockTime(end, zone)}`;

/* ---------- my week ---------- */

/** Half-hour marks from start to end: the places a release may begin or end. */
function marks(start, end) {
  const list = [];
  for (let t = new Date(start).getTime(); t <= new Date(end).getTime(); t += 30 * 60_000) {
    list.push(new Date(t).toISOString().replace('.000Z', 'Z'));
  }
  return list;
}

function timeSelect(label, instants, chosen, zone) {
  const select = el('select', {}, ...instants.map((t) => el('option', { value: t, selected: t === chosen }, clockTime(t, zone))));
  return [el('label', {}, label, select), select];
}

function shiftCard(shift, zone) {
  const breaks = shift.breaks.map((b) => range(b.start, b.end, zone)).join(', ');
  const [fromLabel, from] = timeSelect('From', marks(shift.start, shift.end).slice(0, -1), shift.start, zone);
  const [toLabel, to] = timeSelect('To', marks(shift.start, shift.end).slice(1), shift.end, zone);
  const reason = el('input', { placeholder: 'optional', maxLength: 500 });
  const button = el('button', { type: 'submit', className: 'secondary' }, 'Release');
  const form = el('form', {}, fromLabel, toLabel, el('label', {}, 'Reason', reason), button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    release(shift, from.value, to.value, reason.value);
  });
  const card = el('div', { className: 'shift-card' },
    el('strong', {}, range(shift.start, shift.end, zone)), ` ${shift.clientId} · ${shift.channel}`,
    el('div', { className: 'breaks' }, breaks ? `Breaks ${breaks}` : 'No breaks'),
    el('details', {}, el('summary', {}, 'Give back hours'), form));
  card.dataset.shiftId = shift.shiftId;
  return card;
}

async function loadWeek() {
  const { zone } = state;
  const schedule = await api(`/agents/${state.agent.id}/schedule?weekStart=${state.week}`);
  const grid = $('week-days');
  grid.replaceChildren();
  for (const day of weekDays(state.week)) {
    const shifts = schedule.shifts.filter((s) => localDate(s.start, zone) === day);
    const column = el('div', { className: 'day' }, el('h3', {}, dayLabel(day)),
      ...(shifts.length ? shifts.map((s) => shiftCard(s, zone)) : [el('p', { className: 'muted' }, 'Off')]));
    column.dataset.day = day;
    grid.append(column);
  }
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

/** The claim the row offers: from its From and To selects, with its talk minutes and service-level gain. */
function selection(run, from, to) {
  const chosen = run.slots.filter((s) => s.start >= from && s.end <= to);
  return {
    talk: chosen.reduce((sum, s) => sum + s.expectedTalkMinutes, 0),
    gain: chosen.length ? chosen.reduce((sum, s) => sum + s.serviceLevelGain, 0) / chosen.length : 0,
  };
}

function slotRow(run) {
  const { zone } = state;
  const longest = state.agent.contract.maxShiftHours;
  const defaultEnd = run.slots.filter((s) => hoursBetween(run.start, s.end) <= longest).at(-1)?.end ?? run.slots[0].end;
  const [, from] = timeSelect('From', run.slots.map((s) => s.start), run.start, zone);
  const [, to] = timeSelect('To', run.slots.map((s) => s.end), defaultEnd, zone);
  from.setAttribute('aria-label', 'From');
  to.setAttribute('aria-label', 'To');
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
  const claimButton = el('button', { type: 'button' }, 'Claim');
  claimButton.addEventListener('click', () => claim(run, from.value, to.value));
  const row = el('tr', {}, el('td', {}, dayLabel(localDate(run.start, zone))), el('td', {}, `${run.clientId} · ${run.channel}`),
    el('td', {}, from), el('td', {}, to), el('td', { className: 'num' }, String(Math.min(...run.slots.map((s) => s.openSeats)))),
    talk, gain, el('td', {}, claimButton));
  row.dataset.start = run.start;
  return row;
}

function drawSlots() {
  const { zone } = state;
  const channel = $('slot-channel').value;
  const day = $('slot-day').value;
  const sort = $('slot-sort').value;
  const score = (run) => selection(run, run.start, run.end);
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
  state.runs = runsOf(await api(`/agents/${state.agent.id}/open-slots?weekStart=${state.week}`));
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
  onEvents({ 'open-slots': debounce(loadSlots), 'schedule-published': refresh });
  const requested = new URLSearchParams(location.search).get('week');
  await weekPicker($('week'), $('week-previous'), $('week-next'), showWeek)(mondayOf(requested ?? today(state.zone)));
  markReady();
}

start();
