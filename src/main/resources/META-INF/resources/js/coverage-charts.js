// One Chart.js chart per day: required agents (line), scheduled agents (bars, striped where short) and the
// projected service level on the right axis.
import { clockTime, dayLabel, localDate } from './time.js';
import { el } from './api.js';
import { INK, SERVICE_LEVEL, SHORT, SURPLUS, stripes } from './palette.js';

let charts = [];

/** Drops the closed hours at both ends of a day, so the open part fills the chart. */
function openPart(intervals) {
  const busy = (i) => i.required > 0 || i.scheduled > 0;
  const first = intervals.findIndex(busy);
  if (first < 0) {
    return [];
  }
  const last = intervals.length - 1 - [...intervals].reverse().findIndex(busy);
  return intervals.slice(first, last + 1);
}

/**
 * Draws the week's days into {@code container}. Each interval: {start, required, scheduled, projectedServiceLevel};
 * scheduled and the service level may be null when nothing is scheduled yet.
 */
export function drawDayCharts(container, days, intervals, zone) {
  charts.forEach((chart) => chart.destroy());
  charts = [];
  container.replaceChildren();
  const pattern = stripes(document.createElement('canvas').getContext('2d'), SHORT);
  for (const day of days) {
    const shown = openPart(intervals.filter((i) => localDate(i.start, zone) === day));
    const canvas = el('canvas', { role: 'img' });
    const short = shown.reduce((most, i) => Math.max(most, i.required - (i.scheduled ?? 0)), 0);
    canvas.setAttribute('aria-label', shown.length
      ? `${dayLabel(day)}: up to ${Math.round(short)} agents short, peak requirement ${Math.max(...shown.map((i) => i.required))}`
      : `${dayLabel(day)}: closed`);
    const figure = el('figure', {}, el('figcaption', {}, dayLabel(day) + (shown.length ? '' : ' · closed')),
      el('div', { className: 'chart-box' }, canvas));
    figure.dataset.day = day;
    container.append(figure);
    if (!shown.length) {
      continue;
    }
    charts.push(new Chart(canvas, {
      data: {
        labels: shown.map((i) => clockTime(i.start, zone)),
        datasets: [
          { type: 'line', label: 'Required', data: shown.map((i) => i.required), borderColor: INK, borderWidth: 2,
            stepped: 'middle', pointRadius: 0, yAxisID: 'agents', order: 0 },
          { type: 'bar', label: 'Scheduled', data: shown.map((i) => i.scheduled ?? 0), yAxisID: 'agents', order: 2,
            backgroundColor: shown.map((i) => ((i.scheduled ?? 0) < i.required ? pattern : SURPLUS)),
            categoryPercentage: 1, barPercentage: 0.9 },
          { type: 'line', label: 'Projected service level', yAxisID: 'level', order: 1, borderColor: SERVICE_LEVEL,
            borderDash: [4, 3], borderWidth: 2, pointRadius: 0,
            data: shown.map((i) => (i.projectedServiceLevel == null ? null : i.projectedServiceLevel * 100)) },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { display: false } },
        scales: {
          x: { ticks: { maxTicksLimit: 8 } },
          agents: { position: 'left', beginAtZero: true, title: { display: true, text: 'agents' } },
          level: { position: 'right', min: 0, max: 100, grid: { display: false }, title: { display: true, text: 'SL %' } },
        },
      },
    }));
  }
}
