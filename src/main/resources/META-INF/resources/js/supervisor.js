// The supervisor's page: the teams I lead and, for one of them and a week, the members' published shifts with
// breaks and sessions on a timeline, and the team's sessions listed. Planners may open it for any team.
import { api, debounce, el, markReady, onEvents, requireRole, say } from './api.js';
import { dayLabel, localDate, mondayOf, today, weekDays, weekPicker } from './time.js';
import { kindLabel, sessionsOn, timeRange } from './sessions.js';
import { drawGantt } from './gantt.js';

const $ = (id) => document.getElementById(id);
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const state = {
  teams: [],
  team: null,
  week: null,
  day: null, // the day on the timeline
  zone: BROWSER_ZONE, // the team week's own zone once it is loaded
  shifts: [], // every member's published shifts of the week, each with its agentId and breaks
  sessions: [], // every session a member attends or the supervisor leads
  load: 0, // numbers each load, so a slower, older one never draws over a newer one
};

/* ---------- drawing ---------- */

function buildDayTabs() {
  $('gantt-days').replaceChildren(...weekDays(state.week).map((day) => {
    const tab = el('button', { type: 'button' }, dayLabel(day));
    tab.dataset.day = day;
    tab.addEventListener('click', () => {
      state.day = day;
      drawTimeline();
    });
    return tab;
  }));
}

function drawTimeline() {
  for (const tab of $('gantt-days').children) {
    tab.setAttribute('aria-pressed', String(tab.dataset.day === state.day));
  }
  const shifts = state.shifts.filter((s) => localDate(s.start, state.zone) === state.day);
  drawGantt($('gantt'), shifts, state.zone, { sessions: state.sessions,
    label: (shift) => shift.agentId }); // by id: a supervisor is not given the agents' records
}

function drawSessions() {
  const { zone } = state;
  const rows = weekDays(state.week).flatMap((day) => sessionsOn(state.sessions, day, zone).map((s) => {
    const row = el('tr', {}, el('td', {}, dayLabel(day)), el('td', {}, timeRange(s.start, s.end, zone)),
      el('td', {}, kindLabel(s.kind)), el('td', {}, s.name), el('td', {}, (s.agentIds ?? []).join(', ')));
    row.dataset.kind = s.kind;
    return row;
  }));
  const body = $('sessions').querySelector('tbody');
  body.replaceChildren(...rows);
  if (!rows.length) {
    body.append(el('tr', {}, el('td', { colSpan: 5, className: 'muted' }, 'No sessions placed for this team this week.')));
  }
}

function drawWeek() {
  $('team-name').textContent = state.team?.name ?? 'No team';
  $('week-label').textContent = dayLabel(state.week);
  $('zone').textContent = state.zone;
  $('members').textContent = state.team ? `${state.team.members.length} members.` : '';
  drawTimeline();
  drawSessions();
}

/* ---------- loading ---------- */

async function loadWeek() {
  const load = ++state.load;
  const { team, week } = state;
  $('message').replaceChildren();
  let teamWeek = null;
  try {
    teamWeek = team ? await api(`/teams/${team.id}/schedule?weekStart=${week}`) : null;
  } catch (error) {
    if (load === state.load) {
      say($('message'), error.message, { reasons: error.reasons() });
    }
  }
  if (load !== state.load) {
    return; // the team or week changed while this was on its way
  }
  // The week runs Monday to Monday in the supervisor's zone, which the answer names.
  Object.assign(state, { shifts: teamWeek?.shifts ?? [], sessions: teamWeek?.activities ?? [],
    zone: teamWeek?.timeZone ?? BROWSER_ZONE });
  if (teamWeek && !state.shifts.length) {
    say($('message'), `Nothing is published for ${team.name} in the week of ${dayLabel(week)} yet.`, { ok: true });
  }
  drawWeek();
}

function showWeek(week) {
  state.week = week;
  const todayHere = today(state.zone);
  state.day = weekDays(week).includes(todayHere) ? todayHere : week;
  history.replaceState(null, '', `?team=${encodeURIComponent(state.team?.id ?? '')}&week=${week}`);
  buildDayTabs();
  return loadWeek();
}

/* ---------- start ---------- */

async function start() {
  await requireRole(['supervisor', 'planner']);
  const params = new URLSearchParams(location.search);
  // A supervisor is given the teams it leads, and only those.
  state.teams = (await api('/teams')).sort((a, b) => a.name.localeCompare(b.name));
  state.team = state.teams.find((t) => t.id === params.get('team')) ?? state.teams[0] ?? null;
  const select = $('team');
  select.replaceChildren(...(state.teams.length ? state.teams.map((t) => el('option', { value: t.id }, t.name))
    : [el('option', { value: '' }, 'none')]));
  select.value = state.team?.id ?? '';
  select.addEventListener('change', () => {
    state.team = state.teams.find((t) => t.id === select.value) ?? null;
    showWeek(state.week);
  });
  onEvents({ 'schedule-published': debounce(loadWeek) });
  const setWeek = weekPicker($('week'), $('week-previous'), $('week-next'), showWeek);
  await setWeek(mondayOf(params.get('week') ?? today(BROWSER_ZONE)));
  if (!state.teams.length) {
    say($('message'), 'You lead no team yet: a planner puts teams together.', { ok: true });
  }
  markReady();
}

start();
