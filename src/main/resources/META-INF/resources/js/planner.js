// The planner's page: a week's schedule jobs, live solve progress, coverage charts, heat map, timeline and gaps.
import { api, debounce, el, markReady, onEvents, requireRole, say } from './api.js';
import { addDays, dayLabel, localDate, mondayOf, today, weekDays, weekPicker } from './time.js';
import { drawDayCharts } from './coverage-charts.js';
import { drawHeatMap } from './heat-map.js';
import { drawGantt } from './gantt.js';

const $ = (id) => document.getElementById(id);
const RUNNING = ['QUEUED', 'SOLVING'];
const HAS_SHIFTS = ['SOLVED', 'CANCELLED', 'PUBLISHED'];

const state = {
  week: null,
  channels: [], // {key, clientId, channel, zone, label}
  picked: null, // key of the client channel shown in the charts
  schedules: [],
  schedule: null, // the one shown, with shifts
  coverage: new Map(), // key -> intervals
  agentNames: new Map(),
  ganttDay: null,
};

const percent = (value) => (value == null ? '–' : `${(value * 100).toFixed(1)} %`);
const pickedChannel = () => state.channels.find((c) => c.key === state.picked);

function plansClient(schedule, clientId) {
  return schedule && (schedule.clientIds.length === 0 || schedule.clientIds.includes(clientId));
}

/* ---------- the job: status, score, progress, buttons ---------- */

function showJob() {
  const schedule = state.schedule;
  const status = $('job-status');
  const progress = $('job-progress');
  $('stop').disabled = !schedule || !RUNNING.includes(schedule.status);
  $('publish').disabled = !schedule || !['SOLVED', 'CANCELLED'].includes(schedule.status);
  if (!schedule) {
    status.textContent = 'No schedule for this week yet';
    $('job-score').textContent = '';
    progress.hidden = true;
    return;
  }
  status.textContent = `Schedule #${schedule.id}: ${schedule.status}`;
  status.dataset.status = schedule.status;
  $('job-score').textContent = schedule.score ? ` · score ${schedule.score}` : '';
  progress.hidden = schedule.status !== 'SOLVING';
  if (schedule.status === 'SOLVING' && schedule.startedAt) {
    const spent = (Date.now() - new Date(schedule.startedAt)) / 1000;
    progress.value = Math.min(1, spent / schedule.solveSeconds);
  }
  if (schedule.message) {
    say($('message'), schedule.message, { ok: schedule.status !== 'FAILED' });
  }
  showKpis(schedule.kpis);
}

function showKpis(kpis) {
  const body = $('kpis').querySelector('tbody');
  body.replaceChildren();
  if (!kpis) {
    body.append(el('tr', {}, el('td', { colSpan: 6, className: 'muted' }, 'KPIs appear once the solver has a schedule.')));
    return;
  }
  const row = (label, k) => el('tr', {}, el('th', { scope: 'row' }, label), el('td', { className: 'num' }, percent(k.coverage)),
    el('td', { className: 'num' }, percent(k.overstaffing)), el('td', { className: 'num' }, percent(k.projectedServiceLevel)),
    el('td', { className: 'num' }, `${k.intervalsMeetingGoal} of ${k.intervalsOpen}`),
    el('td', { className: 'num' }, k.paidHours.toFixed(1)));
  body.append(row('All', kpis));
  for (const k of kpis.byClientChannel ?? []) {
    body.append(row(`${k.clientId} · ${k.channel}`, k));
  }
}

/* ---------- coverage: charts, heat map, timeline, explanation ---------- */

async function intervalsOf(channel) {
  if (HAS_SHIFTS.includes(state.schedule?.status) && plansClient(state.schedule, channel.clientId)) {
    return api(`/schedules/${state.schedule.id}/coverage?clientId=${channel.clientId}&channel=${channel.channel}`);
  }
  const staffing = await api(`/staffing?clientId=${channel.clientId}&channel=${channel.channel}&weekStart=${state.week}`);
  return staffing.intervals.map((i) => ({ start: i.start, end: i.end, required: i.requiredWithShrinkage,
    scheduled: null, projectedServiceLevel: null }));
}

async function loadCoverage() {
  const all = await Promise.all(state.channels.map(async (c) => [c.key, await intervalsOf(c)]));
  state.coverage = new Map(all);
  drawCoverage();
}

function drawCoverage() {
  const channel = pickedChannel();
  $('zone').textContent = channel.zone;
  drawHeatMap($('heat'), $('heat-readout'), state.channels.map((c) => ({ key: c.key, label: c.label, intervals: state.coverage.get(c.key) ?? [] })),
    channel.zone, state.picked, pickChannel);
  drawDayCharts($('day-charts'), weekDays(state.week), state.coverage.get(state.picked) ?? [], channel.zone);
  drawTimeline();
}

function drawTimeline() {
  const channel = pickedChannel();
  const tabs = $('gantt-days');
  tabs.replaceChildren();
  for (const day of weekDays(state.week)) {
    const tab = el('button', { type: 'button' }, dayLabel(day));
    tab.setAttribute('aria-pressed', String(day === state.ganttDay));
    tab.addEventListener('click', () => { state.ganttDay = day; drawTimeline(); });
    tabs.append(tab);
  }
  const shifts = (state.schedule?.shifts ?? []).filter((s) => s.clientId === channel.clientId
    && s.channel === channel.channel && localDate(s.start, channel.zone) === state.ganttDay);
  drawGantt($('gantt'), shifts, channel.zone, state.agentNames);
}

async function loadExplanation() {
  const list = $('explanation');
  list.replaceChildren();
  if (!HAS_SHIFTS.includes(state.schedule?.status)) {
    list.append(el('li', { className: 'muted' }, 'The explanation comes with a solved schedule.'));
    return;
  }
  const explanation = await api(`/schedules/${state.schedule.id}/explanation`);
  const channel = pickedChannel();
  const items = explanation.items.filter((i) => !i.clientId || (i.clientId === channel.clientId && i.channel === channel.channel));
  for (const item of items) {
    list.append(el('li', { className: item.kind === 'GAP' ? '' : 'error' }, item.sentence));
  }
  if (!items.length) {
    list.append(el('li', {}, `No gaps left for ${channel.label}.`));
  }
}

function pickChannel(key) {
  state.picked = key;
  $('client-channel').value = key;
  drawCoverage();
  loadExplanation();
}

/* ---------- loading a week and a schedule ---------- */

/**
 * Shows a job of the week. Its summary from the week's list (status, clients) is enough to fetch coverage and
 * the explanation, so those go out alongside the job with its shifts rather than after it.
 */
async function showSchedule(summary) {
  state.schedule = summary;
  $('schedule').value = summary?.id ?? '';
  $('message').replaceChildren();
  const [full] = await Promise.all([summary ? api(`/schedules/${summary.id}`) : null, loadCoverage(), loadExplanation()]);
  state.schedule = full;
  showJob();
  drawTimeline();
}

/** The job to show first: a running one, else the published one, else the newest. */
function firstToShow(schedules) {
  return schedules.find((s) => RUNNING.includes(s.status)) ?? schedules.find((s) => s.status === 'PUBLISHED') ?? schedules[0];
}

/** Lists the week's jobs ({@code schedules} when already fetched) and shows one: {@code showId}, or the first to show. */
async function loadWeek(week, showId, schedules) {
  state.week = week;
  state.ganttDay = week;
  history.replaceState(null, '', `?week=${week}`);
  state.schedules = (schedules ?? await api(`/schedules?weekStart=${week}`)).sort((a, b) => b.id - a.id);
  const select = $('schedule');
  select.replaceChildren(...state.schedules.map((s) => el('option', { value: s.id },
    `#${s.id} ${s.status}${s.score ? ` (${s.score})` : ''}`)));
  if (!state.schedules.length) {
    select.append(el('option', { value: '' }, 'none yet'));
  }
  await showSchedule(state.schedules.find((s) => s.id === showId) ?? firstToShow(state.schedules) ?? null);
}

/* ---------- actions ---------- */

async function act(action, success) {
  try {
    const result = await action();
    if (success) {
      say($('message'), success(result), { ok: true });
    }
    return result;
  } catch (error) {
    say($('message'), error.message, { reasons: error.problem?.errors?.map((e) => e.message) ?? [] });
    return null;
  }
}

async function generate() {
  const job = await act(() => api('/schedules', { method: 'POST',
    body: { weekStart: state.week, solveSeconds: Number($('solve-seconds').value) } }));
  if (job) {
    await loadWeek(state.week, job.id);
  }
}

async function stop() {
  await act(() => api(`/schedules/${state.schedule.id}`, { method: 'DELETE' }),
    () => 'Stopping: the best schedule found so far is kept.');
}

async function publish() {
  const published = await act(() => api(`/schedules/${state.schedule.id}/publish`, { method: 'POST' }));
  if (published) {
    await loadWeek(state.week, published.id);
    say($('message'), `Schedule #${published.id} is published; agents see their week and the open slots.`, { ok: true });
  }
}

/** A job-progress event: live score and KPIs; a finished job brings its shifts and coverage. */
async function onProgress(progress) {
  const shown = state.schedule;
  if (!shown || shown.id !== progress.scheduleId) {
    return;
  }
  const finished = RUNNING.includes(shown.status) && !RUNNING.includes(progress.status);
  Object.assign(shown, { status: progress.status, score: progress.score, kpis: progress.kpis ?? shown.kpis });
  if (progress.status === 'SOLVING' && !shown.startedAt) {
    shown.startedAt = new Date().toISOString();
  }
  showJob();
  if (finished) {
    await loadWeek(state.week, shown.id);
  }
}

/* ---------- start ---------- */

async function start() {
  await requireRole('planner');
  const requested = new URLSearchParams(location.search).get('week');
  // Planners plan ahead: without a week in the address, the page opens on next week.
  const week = requested ? mondayOf(requested) : addDays(mondayOf(today(Intl.DateTimeFormat().resolvedOptions().timeZone)), 7);
  const [clients, agents, schedules] = await Promise.all([api('/clients'), api('/agents'), api(`/schedules?weekStart=${week}`)]);
  state.agentNames = new Map(agents.map((a) => [a.id, a.name]));
  state.channels = clients.flatMap((client) => client.channels.map((c) => ({ key: `${client.id}/${c.channel}`,
    clientId: client.id, channel: c.channel, zone: client.timeZone, label: `${client.id} · ${c.channel}` })));
  state.picked = state.channels[0]?.key;
  $('client-channel').replaceChildren(...state.channels.map((c) => el('option', { value: c.key }, c.label)));
  $('client-channel').addEventListener('change', (e) => pickChannel(e.target.value));
  $('schedule').addEventListener('change', (e) => e.target.value
    && showSchedule(state.schedules.find((s) => s.id === Number(e.target.value))));
  $('generate').addEventListener('click', generate);
  $('stop').addEventListener('click', stop);
  $('publish').addEventListener('click', publish);
  const reloadWeek = debounce(() => loadWeek(state.week, state.schedule?.id));
  onEvents({ 'job-progress': onProgress, 'schedule-published': reloadWeek });
  setInterval(() => state.schedule?.status === 'SOLVING' && showJob(), 1000);
  weekPicker($('week'), $('week-previous'), $('week-next'), (monday) => loadWeek(monday));
  $('week').value = week;
  await loadWeek(week, undefined, schedules);
  markReady();
}

start();
