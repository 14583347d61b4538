// Forecast against actual contacts on a real time axis. The webjar's Chart.js has no date adapter, so the x axis
// is linear in epoch milliseconds, with ticks placed at the client's local midnights and labelled in its zone.
// Nights and closed days are gaps: a null point goes wherever two compared intervals are not next to each other,
// and spanGaps is off, so no line is drawn across hours nothing was open.
import { addDays, clockTime, dayLabel, localDate, startOfDay } from './time.js';

const HOUR_MS = 3_600_000;
/** More day ticks than this crowd the axis: then every second, third... day is labelled. */
const MOST_TICKS = 16;

/** The channel's grain: the shortest step between consecutive intervals (30 minutes when there is one interval). */
function grainOf(starts) {
  let grain = Infinity;
  for (let i = 1; i < starts.length; i++) {
    grain = Math.min(grain, starts[i] - starts[i - 1]);
  }
  return Number.isFinite(grain) ? grain : 30 * 60_000;
}

/** {x, y} points with a {x, y: null} between any two that are more than one grain apart. */
export function withGaps(starts, values) {
  const grain = grainOf(starts);
  const points = [];
  starts.forEach((x, i) => {
    if (i > 0 && x - starts[i - 1] > grain) {
      points.push({ x: (x + starts[i - 1]) / 2, y: null });
    }
    points.push({ x, y: values[i] });
  });
  return points;
}

/** The local midnights from the one before the first start to the one after the last: whole days on the axis. */
function midnights(first, last, zone) {
  const days = [];
  for (let day = localDate(new Date(first).toISOString(), zone); ; day = addDays(day, 1)) {
    const midnight = startOfDay(day, zone);
    days.push(midnight);
    if (midnight > last) {
      return days;
    }
  }
}

/** A tick per local midnight (fewer when there are many days), every 3 hours when the span is a day or two. */
function tickValues(days) {
  if (days.length <= 3) {
    return days.flatMap((midnight) => [0, 3, 6, 9, 12, 15, 18, 21].map((h) => midnight + h * HOUR_MS))
      .filter((value) => value <= days.at(-1));
  }
  const every = Math.ceil(days.length / MOST_TICKS);
  return days.filter((_, i) => i % every === 0);
}

function tickLabel(ms, zone) {
  const instant = new Date(ms).toISOString();
  const time = clockTime(instant, zone);
  return time === '00:00' ? dayLabel(localDate(instant, zone)) : time;
}

/** Draws the chart on {@code canvas} from the accuracy answer's intervals; times in {@code zone}. */
export function drawAccuracyChart(canvas, intervals, zone) {
  Chart.getChart(canvas)?.destroy();
  const starts = intervals.map((i) => Date.parse(i.start));
  const series = (values, label, color, dash) => ({ label, data: withGaps(starts, values), borderColor: color,
    backgroundColor: color, borderDash: dash, borderWidth: 2, pointRadius: 0, spanGaps: false });
  const days = midnights(starts[0] ?? Date.now(), starts.at(-1) ?? Date.now(), zone);
  const ticks = tickValues(days);
  return new Chart(canvas, {
    type: 'line',
    data: { datasets: [
      series(intervals.map((i) => i.actualContacts), 'Actual contacts', '#0072b2', []),
      series(intervals.map((i) => i.forecastContacts), 'Forecast contacts', '#e69f00', [5, 4]),
    ] },
    options: {
      animation: false, maintainAspectRatio: false, spanGaps: false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      plugins: { tooltip: { callbacks: { title: (items) => {
        const instant = new Date(items[0].parsed.x).toISOString();
        return `${dayLabel(localDate(instant, zone))} ${clockTime(instant, zone)} (${zone})`;
      } } } },
      scales: {
        x: { type: 'linear', min: days[0], max: days.at(-1), title: { display: true, text: `time in ${zone}` },
          afterBuildTicks: (axis) => {
            axis.ticks = ticks.map((value) => ({ value }));
          },
          ticks: { autoSkip: false, maxRotation: 0, callback: (value) => tickLabel(value, zone) } },
        y: { beginAtZero: true, title: { display: true, text: 'contacts per interval' } },
      },
    },
  });
}
