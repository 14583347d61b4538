// The week at a glance: one row per client channel, one cell per interval on a shared time axis (clients sit
// in different zones, so their weeks start at different instants), shaded by agents short or over. Drawn on a
// canvas: a week has over a thousand cells, and as DOM elements their layout alone took half a second.
import { clockTime, dayLabel, localDate } from './time.js';
import { el } from './api.js';
import { CLOSED, MET, SHORT, SHORT_LIGHT, SURPLUS, SURPLUS_LIGHT, stripes } from './palette.js';

const CELL_PX = 4;
const ROW_PX = 24;
/** A gap of this share of the requirement or more gets the darker shade. */
const STRONG_GAP = 0.25;

const millis = (instant) => new Date(instant).getTime();

/** The cell's kind, its gap in agents, and whether the gap is large, from required and scheduled agents. */
function shade(interval) {
  const scheduled = interval.scheduled ?? 0;
  if (interval.required === 0 && scheduled === 0) {
    return { kind: 'closed', gap: 0, strong: false };
  }
  const gap = scheduled - interval.required;
  const strong = Math.abs(gap) / Math.max(1, interval.required) >= STRONG_GAP;
  return { kind: gap < 0 ? 'short' : gap > 0 ? 'surplus' : 'met', gap, strong };
}

function describe(interval, zone, label) {
  const { gap } = shade(interval);
  return `${label}, ${dayLabel(localDate(interval.start, zone))} ${clockTime(interval.start, zone)}: required `
    + `${interval.required}, scheduled ${interval.scheduled ?? 0}${gap < 0 ? ` (${-gap} short)` : gap > 0 ? ` (${gap} over)` : ''}`;
}

/** The time axis: from the first start to the last end, in cells as long as the shortest interval. */
function timeAxis(rows) {
  const intervals = rows.flatMap((r) => r.intervals);
  return {
    first: Math.min(...intervals.map((i) => millis(i.start))),
    last: Math.max(...intervals.map((i) => millis(i.end))),
    cellMs: Math.min(...intervals.map((i) => millis(i.end) - millis(i.start))),
  };
}

/** Paints one row; answers which interval each cell shows, for pointing. */
function drawRow(canvas, row, axis, zone) {
  canvas.width = ((axis.last - axis.first) / axis.cellMs) * CELL_PX;
  canvas.height = ROW_PX;
  const pen = canvas.getContext('2d');
  const fills = { met: [MET, MET], closed: [CLOSED, CLOSED], surplus: [SURPLUS_LIGHT, SURPLUS],
    short: [stripes(pen, SHORT_LIGHT), stripes(pen, SHORT)] };
  const byCell = new Map();
  const counts = { short: 0, met: 0, surplus: 0, closed: 0 };
  for (const interval of row.intervals) {
    const cell = (millis(interval.start) - axis.first) / axis.cellMs;
    const cells = (millis(interval.end) - millis(interval.start)) / axis.cellMs;
    const { kind, strong } = shade(interval);
    counts[kind]++;
    for (let c = cell; c < cell + cells; c++) {
      byCell.set(c, interval);
    }
    pen.fillStyle = fills[kind][strong ? 1 : 0];
    pen.fillRect(cell * CELL_PX, 0, cells * CELL_PX, ROW_PX);
    if (clockTime(interval.start, zone) === '00:00') {
      pen.fillStyle = '#333333';
      pen.fillRect(cell * CELL_PX, 0, 1, ROW_PX);
    }
  }
  Object.assign(canvas.dataset, counts);
  canvas.setAttribute('aria-label', `${row.label}: ${counts.short} intervals short, ${counts.met} met, `
    + `${counts.surplus} over, ${counts.closed} closed`);
  return byCell;
}

/** Day names under the map, each spanning its day in the zone. */
function dayNames(axis, zone) {
  const cells = (axis.last - axis.first) / axis.cellMs;
  const row = el('div', { className: 'axis' });
  row.style.gridTemplateColumns = `repeat(${cells}, 1fr)`;
  let label = null;
  for (let cell = 0; cell < cells; cell++) {
    const day = localDate(new Date(axis.first + cell * axis.cellMs).toISOString(), zone);
    if (label?.dataset.day === day) {
      label.style.gridColumnEnd = `span ${cell - Number(label.dataset.cell) + 1}`;
    } else {
      label = el('span', {}, dayLabel(day));
      Object.assign(label.dataset, { day, cell });
      label.style.gridColumnStart = cell + 1;
      row.append(label);
    }
  }
  return row;
}

/**
 * Draws rows {label, key, intervals} into {@code container}, days marked in {@code zone}; {@code onPick(key)}
 * runs when a row's label is chosen, and {@code pickedKey} marks the row shown in the charts below. Pointing at
 * a cell writes its numbers into {@code readout}.
 */
export function drawHeatMap(container, readout, rows, zone, pickedKey, onPick) {
  container.replaceChildren();
  if (!rows.some((r) => r.intervals.length)) {
    return;
  }
  const axis = timeAxis(rows);
  for (const row of rows) {
    const label = el('button', { type: 'button', className: 'row-label secondary' }, row.label);
    label.setAttribute('aria-pressed', String(row.key === pickedKey));
    label.dataset.key = row.key;
    label.addEventListener('click', () => onPick(row.key));
    const canvas = el('canvas', { role: 'img' });
    canvas.dataset.key = row.key;
    const byCell = drawRow(canvas, row, axis, zone);
    canvas.addEventListener('mousemove', (event) => {
      const cell = Math.floor(((event.offsetX / canvas.clientWidth) * canvas.width) / CELL_PX);
      const interval = byCell.get(cell);
      readout.textContent = interval ? describe(interval, zone, row.label) : '';
    });
    container.append(label, canvas);
  }
  container.append(el('span'), dayNames(axis, zone));
}
