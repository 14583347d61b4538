// The planner's page: a week's schedule jobs, live solve progress, coverage charts, heat map, timeline and gaps.
import { api, debounce, el, markReady, onEvents, requireRole, say } from './api.js';
import { addDays, dayLabel, localDate, mondayOf, today, weekDays, weekPicker } from './time.js';
import { drawDayCharts } from './coverage-charts.js';
import { drawHeatMap } from './heat-map.js';
import { drawGantt } from './gantt.js';
import { mountRequests } from './planner-requests.js';

/** The list of a week's jobs is paged (50 by default): ask for the most a page holds, more than anyone picks from. */
const WEEK_JOBS = 500;

const $ = (id) => document.getElementById(id);
const RUNNING = ['QUEUED', 'SOLVING'];
const HAS_SHIFTS = ['SOLVED', 'CANCELLED', 'PUBLISHED'];
/** How far a job has come: a progress event never moves the page back to an earlier stage. */
const STAGE = { QUEUED: 0, SOLVING: 1, SOLVED: 2, CANCELLED: 2, FAILED: 2, PUBLISHED: 3 };

const state = {
  week: null,
  channels: [], // {key, clientId, channel, zone, label}
  picked: null, // key of the client channel shown in the charts
  schedules: [],
  schedule: null, // the one shown, with shifts
  coverage: new Map(), // key -> intervals
  explanation: [],
  agentNames: new Map(),
  ganttDay: null,
  latestProgress: new Map(), // job id -> its last progress event
  load: 0, // numbers each load, so a slower, older one never draws over a newer one
};

const percent = (value) => (value == null ? '–' : `${(value * 100).toFixed(1)} %`);
const pickedChannel = () => state.channels.find((c) => c.key === state.picked);

function plansClient(schedule, clientId) {
  return schedule && (schedule.clientIds.length === 0 || schedule.clientIds.includes(clientId));
}

/* ---------- the job: status, score, progress, buttons ---------- */

function showProgressBar() {
  const schedule = state.schedule;
  const progress = $('job-progress');
  progress.hidden = schedule?.status !== 'SOLVING';
  if (!progress.hidden && schedule.startedAt) {
    progress.value = Math.min(1, (Date.now() - new Date(schedule.startedAt)) / 1000 / schedule.solveSeconds);
  }
}

function showJob() {
  const schedule = state.schedule;
  $('stop').disabled = !schedule || !RUNNING.includes(schedule.status);
  $('publish').disabled = !schedule || !['SOLVED', 'CANCELLED'].includes(schedule.status);
  $('job-status').textContent = schedule ? `Schedule #${schedule.id}: ${schedule.status}` : 'No schedule for this week yet';
  $('job-score').textContent = schedule?.score ? ` · score ${schedule.score}` : '';
  $('job-note').textContent = schedule?.message ?? '';
  showProgressBar();
  showKpis(schedule?.kpis);
}

function showKpis(kpis) {
  const body = $('kpis').querySelector('tbody');
  if (!kpis) {
    body.replaceChildren(el('tr', {}, el('td', { colSpan: 6, className: 'muted' }, 'KPIs appear once the solver has a schedule.')));
    return;
  }
  const row = (label, k) => el('tr', {}, el('th', { scope: 'row' }, label), el('td', { className: 'num' }, percent(k.coverage)),
    el('td', { className: 'num' }, percent(k.overstaffing)), el('td', { className: 'num' }, percent(k.projectedServiceLevel)),
    el('td', { className: 'num' }, `${k.intervalsMeetingGoal} of ${k.intervalsOpen}`),
    el('td', { className: 'num' }, k.paidHours.toFixed(1)));
  body.replaceChildren(row('All', kpis), ...(kpis.byClientChannel ?? []).map((k) => row(`${k.clientId} · ${k.channel}`, k)));
}

/* ---------- coverage: charts, heat map, timeline, explanation ---------- */

async function intervalsOf(schedule, channel) {
  if (HAS_SHIFTS.includes(schedule?.status) && plansClient(schedule, channel.clientId)) {
    return api(`/schedules/${schedule.id}/coverage?clientId=${channel.clientId}&channel=${channel.channel}`);
  }
  const staffing = await api(`/staffing?clientId=${channel.clientId}&channel=${channel.channel}&weekStart=${state.week}`);
  return staffing.intervals.map((i) => ({ start: i.start, end: i.end, required: i.requiredWithShrinkage,
    scheduled: null, projectedServiceLevel: null }));
}

async function coverageOf(schedule) {
  return new Map(await Promise.all(state.channels.map(async (c) => [c.key, await intervalsOf(schedule, c)])));
}

async function explanationOf(schedule) {
  return HAS_SHIFTS.includes(schedule?.status) ? (await api(`/schedules/${schedule.id}/explanation`)).items : null;
}

function drawCoverage() {
  const channel = pickedChannel();
  const heat = $('heat');
  const refocus = heat.contains(document.activeElement);
  $('zone').textContent = channel.zone;
  drawHeatMap(heat, $('heat-readout'), state.channels.map((c) => ({ key: c.key, label: c.label,
    intervals: state.coverage.get(c.key) ?? [] })), channel.zone, state.picked, pickChannel);
  if (refocus) {
    heat.querySelector('[aria-pressed=true]')?.focus(); // the row buttons were drawn anew
  }
  drawDayCharts($('day-charts'), weekDays(state.week), state.coverage.get(state.picked) ?? [], channel.zone);
  drawTimeline();
  drawUnplaced();
  drawExplanation();
}

function buildDayTabs() {
  $('gantt-days').replaceChildren(...weekDays(state.week).map((day) => {
    const tab = el('button', { type: 'button' }, dayLabel(day));
    tab.dataset.day = day;
    tab.addEventListener('click', () => {
      state.ganttDay = day;
      drawTimeline();
    });
    return tab;
  }));
}

function drawTimeline() {
  const channel = pickedChannel();
  for (const tab of $('gantt-days').children) {
    tab.setAttribute('aria-pressed', String(tab.dataset.day === state.ganttDay));
  }
  const shifts = (state.schedule?.shifts ?? []).filter((s) => s.clientId === channel.clientId
    && s.channel === channel.channel && localDate(s.start, channel.zone) === state.ganttDay);
  drawGantt($('gantt'), shifts, channel.zone, { sessions: state.schedule?.activities ?? [],
    label: (shift) => `${shift.agentId} ${state.agentNames.get(shift.agentId) ?? ''}` });
}

/** The sessions the solver could not place, each in the service's own sentence; the card shows only when there are some. */
function drawUnplaced() {
  const unplaced = state.schedule?.unplacedActivities ?? [];
  $('unplaced-card').hidden = !unplaced.length;
  $('unplaced').replaceChildren(...unplaced.map((u) => el('li', {}, u.sentence)));
}

function drawExplanation() {
  const list = $('explanation');
  const channel = pickedChannel();
  if (!state.explanation) {
    list.replaceChildren(el('li', { className: 'muted' }, 'The explanation comes with a solved schedule.'));
    return;
  }
  const items = state.explanation.filter((i) => !i.clientId || (i.clientId === channel.clientId && i.channel === channel.channel));
  list.replaceChildren(...items.map((i) => (i.kind === 'GAP' ? el('li', {}, i.sentence)
    : el('li', { className: 'hard' }, el('strong', {}, 'Hard rule broken: '), i.sentence))));
  if (!items.length) {
    list.append(el('li', {}, `No gaps left for ${channel.label}.`));
  }
}

function pickChannel(key) {
  state.picked = key;
  $('client-channel').value = key;
  drawCoverage();
}

/* ---------- loading a week and a schedule ---------- */

/**
 * Shows a job of the week. Its summary from the week's list (status, clients) is enough to fetch coverage and
 * the explanation, so those go out alongside the job with its shifts rather than after it.
 */
async function showSchedule(summary) {
  const load = ++state.load;
  $('schedule').value = summary?.id ?? '';
  const [full, coverage, explanation] = await Promise.all([summary ? api(`/schedules/${summary.id}`) : null,
    coverageOf(summary), explanationOf(summary)]);
  if (load !== state.load) {
    return;
  }
  Object.assign(state, { schedule: full, coverage, explanation });
  const progress = full && state.latestProgress.get(full.id);
  if (progress && STAGE[progress.status] > STAGE[full.status]) {
    await loadWeek(state.week, full.id); // it moved on while we were fetching
    return;
  }
  showJob();
  drawCoverage();
}

/** The job to show first: a running one, else the published one, else the newest. */
function firstToShow(schedules) {
  return schedules.find((s) => RUNNING.includes(s.status)) ?? schedules.find((s) => s.status === 'PUBLISHED') ?? schedules[0];
}

/** Lists the week's jobs ({@code schedules} when already fetched) and shows one: {@code showId}, or the first to show. */
async function loadWeek(week, showId, schedules) {
  const load = ++state.load;
  if (week !== state.week) {
    state.week = week;
    state.ganttDay = week;
    history.replaceState(null, '', `?week=${week}`);
    buildDayTabs();
  }
  const listed = (schedules ?? await api(`/schedules?weekStart=${week}&limit=${WEEK_JOBS}`)).sort((a, b) => b.id - a.id);
  if (load !== state.load) {
    return;
  }
  state.schedules = listed;
  $('schedule').replaceChildren(...(listed.length ? listed.map((s) => el('option', { value: s.id },
    `#${s.id} ${s.status}${s.score ? ` (${s.score})` : ''}`)) : [el('option', { value: '' }, 'none yet')]));
  await showSchedule(listed.find((s) => s.id === showId) ?? firstToShow(listed) ?? null);
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
    say($('message'), error.message, { reasons: error.reasons() });
    return null;
  }
}

async function generate() {
  const job = await act(() => api('/schedules', { method: 'POST',
    body: { weekStart: state.week, solveSeconds: Number($('solve-seconds').value) } }),
  (created) => `Schedule #${created.id} is queued; it solves for up to ${created.solveSeconds} s.`);
  if (job) {
    await loadWeek(state.week, job.id);
  }
}

async function stop() {
  await act(() => api(`/schedules/${state.schedule.id}`, { method: 'DELETE' }),
    () => 'Stopping: the best schedule found so far is kept.');
}

async function publish() {
  const published = await act(() => api(`/schedules/${state.schedule.id}/publish`, { method: 'POST' }),
    (done) => `Schedule #${done.id} is published; agents see their week and the open slots.`);
  if (published) {
    await loadWeek(state.week, published.id);
  }
}

/** A job-progress event: live score and KPIs; a finished job brings its shifts and coverage. */
async function onProgress(progress) {
  state.latestProgress.set(progress.scheduleId, progress);
  const shown = state.schedule;
  if (!shown || shown.id !== progress.scheduleId || STAGE[progress.status] < STAGE[shown.status]) {
    return;
  }
  const finished = RUNNING.includes(shown.status) && !RUNNING.includes(progress.status);
  Object.assign(shown, { status: progress.status, score: progress.score, kpis: progress.kpis ?? shown.kpis });
  shown.startedAt ??= progress.status === 'SOLVING' ? new Date().toISOString() : null;
  showJob();
  if (finished) {
    $('message').replaceChildren(); // "queued" or "stopping" no longer holds; the job's own note says how it ended
    await loadWeek(state.week, shown.id);
  }
}

/* ---------- start ---------- */

async function start() {
  await requireRole('planner');
  const requested = new URLSearchParams(location.search).get('week');
  // Planners plan ahead: without a week in the address, the page opens on next week.
  const week = requested ? mondayOf(requested) : addDays(mondayOf(today(Intl.DateTimeFormat().resolvedOptions().timeZone)), 7);
  const [clients, agents, schedules] = await Promise.all([api('/clients'), api('/agents'), api(`/schedules?weekStart=${week}&limit=${WEEK_JOBS}`)]);
  state.agentNames = new Map(agents.map((a) => [a.id, a.name]));
  state.channels = clients.flatMap((client) => client.channels.map((c) => ({ key: `${client.id}/${c.channel}`,
    clientId: client.id, channel: c.channel, zone: client.timeZone, label: `${client.id} · ${c.channel}` })));
  state.picked = state.channels[0]?.key;
  $('client-channel').replaceChildren(...state.channels.map((c) => el('option', { value: c.key }, c.label)));
  $('client-channel').addEventListener('change', (e) => pickChannel(e.target.value));
  $('schedule').addEventListener('change', (e) => {
    $('message').replaceChildren();
    showSchedule(state.schedules.find((s) => s.id === Number(e.target.value)) ?? null);
  });
  $('generate').addEventListener('click', generate);
  $('stop').addEventListener('click', stop);
  $('publish').addEventListener('click', publish);
  const reloadWeek = debounce(() => loadWeek(state.week, state.schedule?.id));
  onEvents({ 'job-progress': onProgress,
    'schedule-published': (published) => published.weekStart === state.week && reloadWeek() });
  setInterval(showProgressBar, 1000);
  weekPicker($('week'), $('week-previous'), $('week-next'), (monday) => {
    $('message').replaceChildren();
    return loadWeek(monday);
  });
  $('week').value = week;
  await Promise.all([loadWeek(week, undefined, schedules), mountRequests(new Map(agents.map((a) => [a.id, a])))]);
  markReady();
}

start();
