// Generating a version from the chosen client channel's actuals, and what the answer tells: the version stored,
// which method made each lead day and the back-test: for auto every method's scores with the chosen ones marked, for
// a named method its own, or why it has none (too little history for a back-test).
import { api, el, say } from './api.js';
import { chosen } from './client-channel.js';
import { decimal, percent } from './numbers.js';
import { addDays, dayLabel, today } from './time.js';

const $ = (id) => document.getElementById(id);
/** Beside the colour, the chosen method's cells carry this mark, so the choice does not rest on colour alone. */
const CHOSEN_MARK = '✓ ';

/** Consecutive lead days made by one method, as [{first, last, method}]: 84 days read better as a few runs. */
function runs(methodByLeadDay) {
  const result = [];
  for (const day of Object.keys(methodByLeadDay).map(Number).sort((a, b) => a - b)) {
    const run = result.at(-1);
    if (run && run.method === methodByLeadDay[day] && run.last === day - 1) {
      run.last = day;
    } else {
      result.push({ first: day, last: day, method: methodByLeadDay[day] });
    }
  }
  return result;
}

function showLeadMethods(methodByLeadDay, from) {
  const span = (first, last, text) => (first === last ? text(first) : `${text(first)} – ${text(last)}`);
  $('lead-methods').querySelector('tbody').replaceChildren(...runs(methodByLeadDay).map((run) => el('tr', {},
    el('td', {}, span(run.first, run.last, String)),
    el('td', {}, span(run.first, run.last, (day) => dayLabel(addDays(from, day - 1)))),
    el('td', {}, run.method))));
}

function scoreCells(score, isChosen) {
  const cell = (text) => el('td', { className: isChosen ? 'num chosen' : 'num' }, text);
  return [cell(`${isChosen ? CHOSEN_MARK : ''}${percent(score?.wape)}`), cell(decimal(score?.mase))];
}

function showBackTest(answer) {
  const { backTest, methodByLeadDay } = answer;
  const table = $('back-test');
  table.hidden = !backTest;
  $('back-test-skipped').textContent = answer.backTestSkipped ?? '';
  $('back-test-skipped').hidden = !answer.backTestSkipped;
  if (!backTest) {
    return;
  }
  const methods = backTest.methods;
  // Auto's choice per lead day is marked; a named method made every day, so there is nothing to mark.
  const marked = answer.method === 'auto';
  table.querySelector('caption').textContent = `Back-test of ${marked ? 'every method' : answer.method}:`
    + ` ${backTest.origins} forecasts, one from each day ${backTest.firstOrigin} to ${backTest.lastOrigin},`
    + ` each ${backTest.horizonDays} days ahead, scored against the actuals.`
    + (marked ? ` ${CHOSEN_MARK}marks the method chosen for each lead day.` : '');
  table.querySelector('thead').replaceChildren(
    el('tr', {}, el('th', { rowSpan: 2, scope: 'col' }, 'Lead day'),
      ...methods.map((m) => el('th', { colSpan: 2, scope: 'colgroup', className: 'num' }, m.method))),
    el('tr', {}, ...methods.flatMap(() => [el('th', { className: 'num' }, 'WAPE'), el('th', { className: 'num' }, 'MASE')])));
  const byLead = methods.map((m) => new Map(m.leadDays.map((score) => [score.leadDay, score])));
  const leads = [...new Set(methods.flatMap((m) => m.leadDays.map((score) => score.leadDay)))].sort((a, b) => a - b);
  table.querySelector('tbody').replaceChildren(...leads.map((lead) => el('tr', {},
    el('th', { scope: 'row' }, String(lead)),
    ...methods.flatMap((m, i) => scoreCells(byLead[i].get(lead), marked && methodByLeadDay[lead] === m.method)))));
  table.querySelector('tfoot').replaceChildren(el('tr', {}, el('th', { scope: 'row' }, 'All lead days'),
    ...methods.flatMap((m) => scoreCells(m, false))));
}

function showHistory(answer) {
  const history = answer.history;
  const events = answer.events.map((e) => `${dayLabel(e.date)} ${e.name ?? ''} ×${decimal(e.uplift)}`
    + ` (${e.learned ? 'learned from past events' : 'as given'})`);
  $('generate-history').textContent = `Learned from ${history.intervals} intervals of actuals,`
    + ` ${history.firstDay} to ${history.lastDay}`
    + (history.leftOut.length ? `; dates left out: ${history.leftOut.join(', ')}` : '; no date left out')
    + (events.length ? `. Event days: ${events.join('; ')}.` : '.');
}

async function generate(event, onGenerated) {
  event.preventDefault();
  const target = chosen();
  const result = $('generate-result');
  if (!target) {
    say(result, 'There is no client channel to generate for yet: upload a forecast first.');
    return;
  }
  const body = { clientId: target.clientId, channel: target.channel, from: $('generate-from').value,
    weeks: Number($('generate-weeks').value), method: $('generate-method').value };
  const note = $('generate-note').value.trim();
  if (note) {
    body.note = note;
  }
  const button = $('generate');
  button.disabled = true;
  say(result, `Generating ${body.weeks} weeks for ${target.clientId} · ${target.channel} by ${body.method}…`, { ok: true });
  let answer;
  try {
    answer = await api('/forecasts/generate', { method: 'POST', body });
  } catch (error) {
    $('generate-details').hidden = true;
    const reasons = (error.problem?.errors ?? []).map((e) => `${e.field ?? ''} ${e.message}`.trim());
    say(result, `Nothing was generated: ${error.message}`, { reasons });
    return;
  } finally {
    button.disabled = false;
  }
  const version = answer.forecast;
  say(result, `Version ${version.id} stored: ${version.rowCount} rows for ${target.clientId} · ${target.channel},`
    + ` ${body.weeks} week${body.weeks > 1 ? 's' : ''} from ${dayLabel(body.from)}, method ${answer.method}.`, { ok: true });
  $('generate-details').hidden = false;
  showHistory(answer);
  showLeadMethods(answer.methodByLeadDay, body.from);
  showBackTest(answer);
  await onGenerated(answer, body);
}

/** A new client channel: the first day defaults to tomorrow in its zone, and an older answer is put away. */
export function historyFor(target) {
  if (target && !$('generate-from').value) {
    $('generate-from').value = addDays(today(target.zone), 1);
  }
  $('generate-details').hidden = true;
  $('generate-result').replaceChildren();
}

export function wireHistory(onGenerated) {
  $('generate-form').addEventListener('submit', (event) => generate(event, onGenerated));
}
