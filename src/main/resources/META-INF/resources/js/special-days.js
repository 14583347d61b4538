// Marking a client's special days: excluded dates teach no method, event dates get an uplift in a forecast.
// Marks belong to the client, for all its channels; the list shows a year either side of today.
import { api, el, say } from './api.js';
import { chosen } from './client-channel.js';
import { decimal } from './numbers.js';
import { addDays, dayLabel, today } from './time.js';

const $ = (id) => document.getElementById(id);
const LISTED_DAYS = 366;
const KINDS = { EXCLUDED: 'excluded', EVENT: 'event' };

async function remove(mark) {
  try {
    await api(`/forecasts/special-days/${mark.id}`, { method: 'DELETE' });
    say($('special-result'), `${dayLabel(mark.date)} is no longer marked; the next generation follows.`, { ok: true });
  } catch (error) {
    say($('special-result'), `${dayLabel(mark.date)} was not unmarked: ${error.message}`);
  }
  await list();
}

function row(mark) {
  const button = el('button', { type: 'button', className: 'secondary' }, 'Remove');
  button.setAttribute('aria-label', `Remove the mark of ${dayLabel(mark.date)}`);
  button.addEventListener('click', () => remove(mark));
  return el('tr', {}, el('td', {}, `${dayLabel(mark.date)} ${mark.date.slice(0, 4)}`), el('td', {}, KINDS[mark.kind]),
    el('td', {}, mark.name ?? ''),
    el('td', { className: 'num' }, mark.kind === 'EVENT' ? (mark.uplift == null ? 'learned' : `×${decimal(mark.uplift)}`) : ''),
    el('td', {}, mark.note ?? ''), el('td', {}, mark.createdBy), el('td', {}, button));
}

async function list() {
  const target = chosen();
  if (!target) {
    return;
  }
  const now = today(target.zone);
  const marks = await api(`/forecasts/special-days?clientId=${target.clientId}`
    + `&from=${addDays(now, -LISTED_DAYS)}&to=${addDays(now, LISTED_DAYS)}`);
  $('special-caption').textContent = `Marked dates of ${target.clientId} (every channel), a year either side of today`
    + (marks.length ? '' : ': none');
  $('special-days').querySelector('tbody').replaceChildren(...marks.map(row));
}

async function mark(event) {
  event.preventDefault();
  const target = chosen();
  if (!target) {
    return;
  }
  const body = { clientId: target.clientId, date: $('special-date').value, kind: $('special-kind').value };
  for (const [field, id] of [['name', 'special-name'], ['note', 'special-note']]) {
    const text = $(id).value.trim();
    if (text) {
      body[field] = text;
    }
  }
  if ($('special-uplift').value !== '') {
    body.uplift = Number($('special-uplift').value);
  }
  try {
    await api('/forecasts/special-days', { method: 'POST', body });
  } catch (error) {
    const reasons = (error.problem?.errors ?? []).map((e) => `${e.field ?? ''} ${e.message}`.trim());
    say($('special-result'), `${body.date} was not marked: ${error.message}`, { reasons });
    return;
  }
  say($('special-result'), `${dayLabel(body.date)} marked as ${KINDS[body.kind]} for ${target.clientId}.`, { ok: true });
  $('special-form').reset();
  await list();
}

export async function specialDaysFor(target) {
  $('special-result').replaceChildren();
  if (target) {
    await list();
  }
}

export function wireSpecialDays() {
  $('special-form').addEventListener('submit', mark);
}
