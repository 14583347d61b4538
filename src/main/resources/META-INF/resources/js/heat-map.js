// The week at a glance: one row per client channel, one cell per interval on a shared time axis (clients sit
// in different zones, so their weeks start at different instants), shaded by agents short or over.
import { clockTime, dayLabel, localDate } from './time.js';
import { el } from './api.js';

const CELL_MS = 30 * 60_000;

/** The cell's kind and how strong its shade is (0..1), from required and scheduled agents. */
function shade(interval) {
  const scheduled = interval.scheduled ?? 0;
  if (interval.required === 0 && scheduled === 0) {
    return { kind: 'closed', gap: 0, strength: 1 };
  }
  const gap = scheduled - interval.required;
  const strength = Math.min(1, (Math.abs(gap) / Math.max(1, interval.required)) * 2);
  return { kind: gap < 0 ? 'short' : gap > 0 ? 'surplus' : 'met', gap, strength };
}

/** Day names under the map, each spanning its day in the zone. */
function axis(first, columns, zone) {
  const row = el('div', { className: 'axis' });
  row.style.gridTemplateColumns = `repeat(${columns}, 1fr)`;
  let label = null;
  for (let column = 0; column < columns; column++) {
    const day = localDate(new Date(first + column * CELL_MS).toISOString(), zone);
    if (label?.dataset.day === day) {
      label.style.gridColumnEnd = `span ${column - Number(label.dataset.column) + 1}`;
    } else {
      label = el('span', {}, dayLabel(day));
      Object.assign(label.dataset, { day, column });
      label.style.gridColumnStart = column + 1;
      row.append(label);
    }
  }
  return row;
}

/**
 * Draws rows {label, key, intervals} into {@code container}, days marked in {@code zone}; {@code onPick(key)}
 * runs when a row's label is chosen, and {@code pickedKey} marks the row shown in the charts below.
 */
export function drawHeatMap(container, rows, zone, pickedKey, onPick) {
  container.replaceChildren();
  const starts = rows.flatMap((r) => r.intervals.map((i) => new Date(i.start).getTime()));
  if (!starts.length) {
    return;
  }
  const first = Math.min(...starts);
  const columns = (Math.max(...starts) - first) / CELL_MS + 1;
  for (const row of rows) {
    const label = el('button', { type: 'button', className: 'row-label secondary' }, row.label);
    label.setAttribute('aria-pressed', String(row.key === pickedKey));
    label.addEventListener('click', () => onPick(row.key));
    const cells = el('div', { className: 'cells' });
    cells.style.gridTemplateColumns = `repeat(${columns}, 1fr)`;
    cells.setAttribute('role', 'img');
    const short = row.intervals.filter((i) => shade(i).kind === 'short').length;
    cells.setAttribute('aria-label', `${row.label}: ${short} of ${row.intervals.length} intervals short`);
    for (const interval of row.intervals) {
      const { kind, gap, strength } = shade(interval);
      const column = (new Date(interval.start).getTime() - first) / CELL_MS;
      const cell = el('span', { className: kind + (strength < 0.5 ? ' light' : '') });
      cell.style.gridColumnStart = column + 1;
      if (clockTime(interval.start, zone) === '00:00') {
        cell.classList.add('day-start');
      }
      cell.dataset.kind = kind;
      cell.title = `${dayLabel(localDate(interval.start, zone))} ${clockTime(interval.start, zone)}: required `
        + `${interval.required}, scheduled ${interval.scheduled ?? 0}${gap < 0 ? ` (${-gap} short)` : gap > 0 ? ` (${gap} over)` : ''}`;
      cells.append(cell);
    }
    container.append(label, cells);
  }
  container.append(el('span'), axis(first, columns, zone));
}
