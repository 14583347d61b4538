// A forecast against what happened, for the chosen client channel and local days: the chart of both curves and a
// table of scores per day with the whole span's row beneath.
import { api, el, say } from './api.js';
import { drawAccuracyChart } from './accuracy-chart.js';
import { chosen } from './client-channel.js';
import { count, decimal, percent, signedPercent } from './numbers.js';
import { addDays, dayLabel, startOfDay, today } from './time.js';

const $ = (id) => document.getElementById(id);
/** What a forecaster looks back on by default: the last two weeks. */
const DEFAULT_DAYS = 14;

function scoreCells(scores) {
  const { contacts, handleTime, staffing } = scores;
  const num = (text) => el('td', { className: 'num' }, text);
  return [num(String(contacts.intervals)), num(count(contacts.actual)), num(count(contacts.forecast)),
    num(percent(contacts.wape)), num(signedPercent(contacts.bias)), num(decimal(contacts.mase)),
    num(percent(handleTime.wape)), num(staffing.intervals ? decimal(staffing.meanError, 1, true) : '–')];
}

function showTable(answer) {
  const table = $('accuracy-days');
  table.hidden = false;
  table.querySelector('tbody').replaceChildren(...answer.days.map((day) => el('tr', {},
    el('th', { scope: 'row' }, dayLabel(day.date)), ...scoreCells(day.scores))));
  table.querySelector('tfoot').replaceChildren(el('tr', {},
    el('th', { scope: 'row' }, 'All days'), ...scoreCells(answer.overall)));
}

function describe(answer, target, versionText) {
  const contacts = answer.overall.contacts;
  const missing = answer.intervalsWithoutForecast;
  return `${versionText} against actual contacts of ${target.clientId} · ${target.channel} per interval, times in`
    + ` ${target.zone}: ${contacts.intervals} intervals compared, ${count(contacts.actual)} contacts happened,`
    + ` ${count(contacts.forecast)} were forecast, WAPE ${percent(contacts.wape)}`
    + (missing ? `; ${missing} intervals with actuals had no forecast and are left out.` : '.');
}

async function compare(event) {
  event?.preventDefault();
  const target = chosen();
  const result = $('accuracy-result');
  const fromDay = $('accuracy-from').value;
  const lastDay = $('accuracy-to').value;
  if (!target || !fromDay || !lastDay) {
    return;
  }
  const versionId = $('accuracy-version').value;
  const from = new Date(startOfDay(fromDay, target.zone)).toISOString();
  const to = new Date(startOfDay(addDays(lastDay, 1), target.zone)).toISOString();
  let answer;
  try {
    answer = await api(`/forecasts/accuracy?clientId=${target.clientId}&channel=${target.channel}`
      + `&from=${from}&to=${to}${versionId ? `&forecastId=${versionId}` : ''}`);
  } catch (error) {
    say(result, `No comparison: ${error.message}`, { reasons: (error.problem?.errors ?? []).map((e) => e.message) });
    return;
  }
  const versionText = versionId ? `Version ${versionId}` : 'The forecast in effect (the one staffed to)';
  result.replaceChildren();
  if (!answer.intervals.length) {
    say(result, `No interval from ${dayLabel(fromDay)} to ${dayLabel(lastDay)} has both actuals and a forecast`
      + (versionId ? ` from version ${versionId}.` : ' stored before it began.')
      + (!versionId && answer.intervalsWithoutForecast
        ? ' Versions stored later (a back-fill, the demo\'s start) count only when chosen as a version.' : ''));
  }
  const summary = describe(answer, target, versionText);
  $('accuracy-caption').textContent = summary;
  $('accuracy-chart').setAttribute('aria-label', summary);
  drawAccuracyChart($('accuracy-chart'), answer.intervals, target.zone);
  showTable(answer);
}

/** Scores {@code versionId} (or the forecast in effect, '') over the local days [fromDay, lastDay]. */
export async function showAccuracy(fromDay, lastDay, versionId) {
  $('accuracy-from').value = fromDay;
  $('accuracy-to').value = lastDay;
  $('accuracy-version').value = String(versionId ?? '');
  await compare();
}

/** The versions to choose from, newest first, after "the forecast in effect". */
export function accuracyVersions(versions) {
  const select = $('accuracy-version');
  const keep = select.value;
  select.replaceChildren(el('option', { value: '' }, 'the forecast in effect (as staffed)'),
    ...versions.map((v) => el('option', { value: v.id }, `version ${v.id}${v.method ? ` (${v.method})` : ''}`)));
  select.value = keep;
  if (select.selectedIndex < 0) {
    select.value = '';
  }
}

/** A new client channel: the last two weeks in its zone, scored at once. */
export async function accuracyFor(target) {
  if (!target) {
    return;
  }
  if (!$('accuracy-from').value) {
    const lastDay = addDays(today(target.zone), -1);
    $('accuracy-from').value = addDays(lastDay, 1 - DEFAULT_DAYS);
    $('accuracy-to').value = lastDay;
  }
  await compare();
}

export function wireAccuracy() {
  $('accuracy-form').addEventListener('submit', compare);
}
