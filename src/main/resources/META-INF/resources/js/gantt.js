// The agent timeline of one day: a row per shift, breaks cut out, on a 24-hour wall clock.
import { clockTime, localDate, minuteOfDay } from './time.js';
import { el } from './api.js';

const DAY_MINUTES = 24 * 60;

/**
 * A bar from start to end placed by wall-clock minutes at both ends, so a shift and its breaks line up even on
 * a day the clocks change; an end on a later day runs to the right edge.
 */
function bar(className, start, end, zone) {
  const from = minuteOfDay(start, zone);
  const to = localDate(end, zone) === localDate(start, zone) ? minuteOfDay(end, zone) : DAY_MINUTES;
  const node = el('span', { className });
  node.style.left = `${(from / DAY_MINUTES) * 100}%`;
  node.style.width = `${((to - from) / DAY_MINUTES) * 100}%`;
  node.title = `${clockTime(start, zone)}–${clockTime(end, zone)}`;
  return node;
}

/** Draws {@code shifts} (already those of one day) with agent names from {@code agentNames}. */
export function drawGantt(container, shifts, zone, agentNames) {
  container.replaceChildren();
  if (!shifts.length) {
    container.append(el('p', { className: 'muted' }, 'No shifts on this day.'));
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
    const label = el('span', {}, `${shift.agentId} ${agentNames.get(shift.agentId) ?? ''}`,
      el('span', { className: 'times' }, `${clockTime(shift.start, zone)}–${clockTime(shift.end, zone)}`),
      el('span', { className: 'visually-hidden' }, breaks.length
        ? `, breaks ${breaks.map((b) => `${clockTime(b.start, zone)}–${clockTime(b.end, zone)}`).join(', ')}` : ', no breaks'));
    list.append(el('li', { className: 'row' }, label, track));
  }
  container.append(hours, list);
}
