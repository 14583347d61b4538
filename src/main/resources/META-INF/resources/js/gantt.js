// The agent timeline of one day: a row per shift, breaks cut out, positioned on a 24-hour track.
import { clockTime, minuteOfDay } from './time.js';
import { el } from './api.js';

const DAY_MINUTES = 24 * 60;

function bar(className, start, end, zone) {
  const from = minuteOfDay(start, zone);
  const length = (new Date(end) - new Date(start)) / 60000;
  const node = el('span', { className });
  node.style.left = `${(from / DAY_MINUTES) * 100}%`;
  node.style.width = `${(Math.min(length, DAY_MINUTES - from) / DAY_MINUTES) * 100}%`;
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
  for (let hour = 0; hour < 24; hour++) {
    hours.append(el('span', {}, hour % 3 === 0 ? String(hour).padStart(2, '0') : ''));
  }
  container.append(hours);
  const sorted = [...shifts].sort((a, b) => a.start.localeCompare(b.start) || a.agentId.localeCompare(b.agentId));
  for (const shift of sorted) {
    const track = el('div', { className: 'track' }, bar('shift', shift.start, shift.end, zone));
    for (const pause of shift.breaks ?? []) {
      track.append(bar('break', pause.start, pause.end, zone));
    }
    const label = `${shift.agentId} ${agentNames.get(shift.agentId) ?? ''}`;
    const row = el('div', { className: 'row' }, el('span', {}, label), track);
    row.setAttribute('aria-label', `${label}: ${clockTime(shift.start, zone)}–${clockTime(shift.end, zone)}, `
      + `${(shift.breaks ?? []).length} breaks`);
    row.dataset.agent = shift.agentId;
    container.append(row);
  }
}
