// The week at a glance: one row per client channel, one cell per interval on a shared time axis (clients sit
// in different zones, so their weeks start at different instants), shaded by agents short or over. Drawn on a
// canvas: a week has over a thousand cells, and as DOM elements their layout alone took half a second.
import { clockTime, dayLabel, localDate } from './time.js';
import { el } from './api.js';

const CELL_MS = 30 * 60_000;
const CELL_PX = 4;
const ROW_PX = 24;
const COLOURS = { met: '#e9ecef', closed: '#ffffff', surplus: ['#a6cde6', '#0072b2'], short: ['#f5c39b', '#d55e00'] };

/** The cell's kind and how strong its shade is (0..1), from required and scheduled agents. */
function shade(interval) {
  const scheduled = interval.scheduled ?? 0;
  if (interval.required === 0 && scheduled === 0) {
    return { kind: 'closed', gap: 0, strong: false };
  }
  const gap = scheduled - interval.required;
  const strong = Math.abs(gap) / Math.max(1, interval.required) >= 0.25;
  return { kind: gap < 0 ? 'short' : gap > 0 ? 'surplus' : 'met', gap, strong };
}

/** Shortage is striped as well as orange, so it never rests on colour alone. */
function stripes(pen, colour) {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 6;
  const t = tile.getContext('2d');
  t.fillStyle = colour;
  t.fillRect(0, 0, 6, 6);
  t.strokeStyle = '#ffffff';
  t.lineWidth = 1.5;
  t.beginPath();
  t.moveTo(0, 6); t.lineTo(6, 0);
  t.stroke();
  return pen.createPattern(tile, 'repeat');
}

function describe(interval, zone, label) {
  const { gap } = shade(interval);
  return `${label}, ${dayLabel(localDate(interval.start, zone))} ${clockTime(interval.start, zone)}: required `
    + `${interval.required}, scheduled ${interval.scheduled ?? 0}${gap < 0 ? ` (${-gap} short)` : gap > 0 ? ` (${gap} over)` : ''}`;
}

function drawRow(canvas, row, first, columns, zone) {
  canvas.width = columns * CELL_PX;
  canvas.height = ROW_PX;
  const pen = canvas.getContext('2d');
  const fills = { met: COLOURS.met, closed: COLOURS.closed, surplus: COLOURS.surplus,
    short: COLOURS.short.map((colour) => stripes(pen, colour)) };
  const byColumn = new Map();
  const counts = { short: 0, met: 0, surplus: 0, closed: 0 };
  for (const interval of row.intervals) {
    const column = (new Date(interval.start).getTime() - first) / CELL_MS;
    const { kind, strong } = shade(interval);
    counts[kind]++;
    byColumn.set(column, interval);
    const fill = fills[kind];
    pen.fillStyle = Array.isArray(fill) ? fill[strong ? 1 : 0] : fill;
    pen.fillRect(column * CELL_PX, 0, CELL_PX, ROW_PX);
    if (clockTime(interval.start, zone) === '00:00') {
      pen.fillStyle = '#555555';
      pen.fillRect(column * CELL_PX, 0, 1, ROW_PX);
    }
  }
  Object.assign(canvas.dataset, counts);
  canvas.setAttribute('aria-label', `${row.label}: ${counts.short} intervals short, ${counts.met} met, `
    + `${counts.surplus} over, ${counts.closed} closed`);
  return byColumn;
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
 * runs when a row's label is chosen, and {@code pickedKey} marks the row shown in the charts below. Hovering a
 * cell writes its numbers into {@code readout}.
 */
export function drawHeatMap(container, readout, rows, zone, pickedKey, onPick) {
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
    const canvas = el('canvas', { role: 'img' });
    canvas.dataset.key = row.key;
    const byColumn = drawRow(canvas, row, first, columns, zone);
    canvas.addEventListener('mousemove', (event) => {
      const column = Math.floor(((event.offsetX / canvas.clientWidth) * canvas.width) / CELL_PX);
      const interval = byColumn.get(column);
      readout.textContent = interval ? describe(interval, zone, row.label) : '';
    });
    container.append(label, canvas);
  }
  container.append(el('span'), axis(first, columns, zone));
}
