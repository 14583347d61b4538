// The agent timeline of one day: a row per shift, breaks cut out and sessions marked apart, on a 24-hour wall clock.
import { localDate, minuteOfDay } from './time.js';
import { el } from './api.js';
import { sessionTitle, sessionsWithin, timeRange } from './sessions.js';

const DAY_MINUTES = 24 * 60;

/**
 * A bar from start to end placed by wall-clock minutes at both ends, so a shift and its breaks line up even on
 * a day the clocks change; an end on a later day runs to the right edge.
 */
function bar(className, start, end, zone, title = timeRange(start, end, zone)) {
  const from = minuteOfDay(start, zone);
  const to = localDate(end, zone) === localDate(start, zone) ? minuteOfDay(end, zone) : DAY_MINUTES;
  const node = el('span', { className });
  node.style.left = `${(from / DAY_MINUTES) * 100}%`;
  node.style.width = `${((to - from) / DAY_MINUTES) * 100}%`;
  node.title = title;
  return node;
}

/** What a screen reader hears after the row's name: its breaks and sessions in words. */
function spokenDetails(breaks, sessions, zone) {
  const spokenBreaks = breaks.length ? `, breaks ${breaks.map((b) => timeRange(b.start, b.end, zone)).join(', ')}` : ', no breaks';
  const spokenSessions = sessions.map((s) => `, ${sessionTitle(s, zone)}`).join('');
  return spokenBreaks + spokenSessions;
}

/**
 * Draws {@code shifts} (already those of one day, each with its agentId). {@code label(shift)} names a row;
 * {@code sessions} (each with agentIds, start and end) are drawn on the rows of the shifts their attendees work;
 * {@code empty} is said when there are no shifts.
 */
export function drawGantt(container, shifts, zone, { label, sessions = [], empty = 'No shifts on this day.' }) {
  container.replaceChildren();
  if (!shifts.length) {
    container.append(el('p', { className: 'muted' }, empty));
    return;
  }
  const hours = el('div', { className: 'hours' }, el('span'));
  hours.setAttribute('aria-hidden', 'true');
  for (let hour = 0; hour < 24; hour++) {
    hours.append(el('span', {}, hour % 3 === 0 ? String(hour).padStart(2, '0') : ''));
  }
  const list = el('ul', { className: 'rows' });
  const sorted = [...shifts].sort((a, b) => a.start.localeCompare(b.start) || a.agentId.localeCompare(b.agentId));
  for (const shift of sorted) {
    const track = el('div', { className: 'track' }, bar('shift', shift.start, shift.end, zone));
    track.setAttribute('aria-hidden', 'true');
    const breaks = shift.breaks ?? [];
    for (const pause of breaks) {
      track.append(bar('break', pause.start, pause.end, zone));
    }
    const attended = sessionsWithin(sessions, shift.agentId, shift.start, shift.end);
    for (const session of attended) {
      const mark = bar('session', session.start, session.end, zone, sessionTitle(session, zone));
      mark.dataset.kind = session.kind;
      track.append(mark);
    }
    const name = el('span', {}, label(shift),
      el('span', { className: 'times' }, timeRange(shift.start, shift.end, zone)),
      el('span', { className: 'visually-hidden' }, spokenDetails(breaks, attended, zone)));
    list.append(el('li', { className: 'row' }, name, track));
  }
  container.append(hours, list);
}
