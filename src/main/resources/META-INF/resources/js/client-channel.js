// The client channel the history, accuracy and special-day cards work on, and its time zone, from /clients.
import { api, el } from './api.js';

const zones = new Map(); // "client/channel" -> the client's zone
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

async function choose() {
  const current = chosen();
  if (current) {
    document.getElementById('work-zone').textContent =
      `Dates and times below are in ${chosen().zone}, the client's zone.`;
  }
  for (const listener of listeners) {
    await listener(chosen());
  }
}

/** Fills the choice with every client channel, keeping the one chosen if it is still there. */
export async function loadChoices() {
  const keep = select().value;
  const clients = await api('/clients');
  zones.clear();
  for (const client of clients) {
    for (const channel of client.channels) {
      zones.set(`${client.id}/${channel.channel}`, client.timeZone);
    }
  }
  const keys = [...zones.keys()].sort();
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
