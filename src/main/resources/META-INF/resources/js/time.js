// Dates and times as people read them: weeks start on Monday, times shown in a named zone.

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const formatters = new Map();

function formatter(zone, options) {
  const key = zone + JSON.stringify(options);
  if (!formatters.has(key)) {
    formatters.set(key, new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', ...options }));
  }
  return formatters.get(key);
}

/** The Monday (ISO date) of the week holding the ISO date {@code day}. */
export function mondayOf(day) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

export function addDays(day, days) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Today's ISO date in the zone. */
export function today(zone) {
  return localDate(new Date().toISOString(), zone);
}

/**
 * Remembers answers per zone and instant: a week's charts ask about the same few hundred interval starts
 * thousands of times, and each Intl call costs microseconds that add up to a slow page.
 */
function remembered(compute) {
  const answers = new Map();
  return (instant, zone) => {
    const key = zone + instant;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(instant, zone);
      answers.set(key, answer);
    }
    return answer;
  };
}

/** The ISO date an instant falls on in the zone. */
export const localDate = remembered((instant, zone) => {
  const parts = Object.fromEntries(formatter(zone, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
});

/** "14:30" in the zone. */
export const clockTime = remembered((instant, zone) =>
  formatter(zone, { hour: '2-digit', minute: '2-digit' }).format(new Date(instant)));

/** The wall-clock time of the instant in the zone, in minutes from 00:00 (not elapsed minutes on a day the clocks change). */
export function minuteOfDay(instant, zone) {
  const [hours, minutes] = clockTime(instant, zone).split(':').map(Number);
  return hours * 60 + minutes;
}

/** "Mon 30 Nov" for an ISO date. */
export function dayLabel(day) {
  const date = new Date(`${day}T00:00:00Z`);
  const month = date.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  return `${DAY_NAMES[(date.getUTCDay() + 6) % 7]} ${date.getUTCDate()} ${month}`;
}

/** The seven ISO dates of the week starting {@code monday}. */
export function weekDays(monday) {
  return DAY_NAMES.map((_, i) => addDays(monday, i));
}

/**
 * Wires a week picker: a date input snapped to Mondays with previous and next buttons; calls back on change.
 * Returns the setter, which answers what the callback answers.
 */
export function weekPicker(input, previous, next, onChange) {
  const set = (monday) => {
    input.value = monday;
    return onChange(monday);
  };
  input.addEventListener('change', () => input.value && set(mondayOf(input.value)));
  previous.addEventListener('click', () => set(addDays(mondayOf(input.value), -7)));
  next.addEventListener('click', () => set(addDays(mondayOf(input.value), 7)));
  return set;
}

/** Minutes the zone's wall clock is ahead of UTC at the instant (epoch milliseconds). */
function offsetMinutes(ms, zone) {
  const parts = Object.fromEntries(formatter(zone, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
    minute: '2-digit', second: '2-digit' }).formatToParts(new Date(ms)).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

/**
 * Epoch milliseconds of the wall-clock time "HH:MM" on the ISO date in the zone. The offset is read twice, at the
 * guess and at the answer, because the offset at the UTC reading may differ from the local one on a day clocks change.
 */
export function wallClockMillis(day, time, zone) {
  const asUtc = Date.parse(`${day}T${time}:00Z`);
  const guess = asUtc - offsetMinutes(asUtc, zone) * 60_000;
  return asUtc - offsetMinutes(guess, zone) * 60_000;
}

/** The instant (ISO, UTC, no milliseconds) of the wall-clock time "HH:MM" on the ISO date in the zone. */
export function wallClockInstant(day, time, zone) {
  return new Date(wallClockMillis(day, time, zone)).toISOString().replace('.000Z', 'Z');
}

/** Epoch milliseconds of the ISO date's local midnight in the zone. */
export function startOfDay(day, zone) {
  return wallClockMillis(day, '00:00', zone);
}

/** "00:00", "00:30", … "23:30": the half hours a day's times are picked from. */
export const HALF_HOURS = Array.from({ length: 48 }, (_, i) =>
  `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);
