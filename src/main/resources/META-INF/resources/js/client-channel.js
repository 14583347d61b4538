// The client channel the history, accuracy and special-day cards work on, and its time zone.
//
// A forecaster may not read /clients (planners and admins only), so the choices come from what forecast versions
// hold, and the zone from the staffing week, which a forecaster may read and which names the client's zone.
import { api, el } from './api.js';
import { mondayOf, today } from './time.js';

/** Versions whose series are read for the choices: the newest ones name every channel still forecast. */
const VERSIONS_READ = 20;
const zones = new Map(); // "client/channel" -> zone
const listeners = [];
const select = () => document.getElementById('work-series');

/** {clientId, channel, zone} of the chosen client channel, or null when there is none to choose. */
export function chosen() {
  const key = select().value;
  if (!key) {
    return null;
  }
  const [clientId, channel] = key.split('/');
  return { clientId, channel, zone: zones.get(key) ?? 'UTC' };
}

export function onChosen(listener) {
  listeners.push(listener);
}

async function zoneOf(key) {
  if (!zones.has(key)) {
    const [clientId, channel] = key.split('/');
    try {
      const week = await api(`/staffing?clientId=${clientId}&channel=${channel}&weekStart=${mondayOf(today('UTC'))}`);
      zones.set(key, week.timeZone);
    } catch {
      // Without the zone the page still works, in UTC, and says so wherever it shows a time.
      zones.set(key, 'UTC');
    }
  }
  return zones.get(key);
}

async function choose() {
  const current = chosen();
  if (current) {
    await zoneOf(select().value);
    document.getElementById('work-zone').textContent =
      `Dates and times below are in ${chosen().zone}, the client's zone.`;
  }
  for (const listener of listeners) {
    await listener(chosen());
  }
}

/** Fills the choice from the newest versions' series; {@code version} reads one version with its series. */
export async function loadChoices(versionList, version) {
  const keep = select().value;
  const newest = await Promise.all(versionList.slice(0, VERSIONS_READ).map((v) => version(v.id)));
  const keys = [...new Set(newest.flatMap((v) => v.series.map((s) => `${s.clientId}/${s.channel}`)))].sort();
  select().replaceChildren(...keys.map((key) => el('option', { value: key }, key.replace('/', ' · '))));
  if (keys.includes(keep)) {
    select().value = keep;
  }
  if (!keep || select().value !== keep) {
    await choose();
  }
}

export function wireChoice() {
  select().addEventListener('change', choose);
}
