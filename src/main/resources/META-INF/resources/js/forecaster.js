// The forecaster's page: upload a forecast or actuals CSV (picked or dropped), read the refusals by line, compare a
// version's curve with the version before it. The cards below (generating from history, accuracy, special days)
// live in their own modules and work on the client channel chosen in client-channel.js.
import { accuracyFor, accuracyVersions, showAccuracy, wireAccuracy } from './accuracy.js';
import { api, el, markReady, requireRole, say } from './api.js';
import { loadChoices, onChosen, wireChoice } from './client-channel.js';
import { historyFor, wireHistory } from './history.js';
import { specialDaysFor, wireSpecialDays } from './special-days.js';
import { addDays, clockTime, dayLabel, localDate } from './time.js';

const $ = (id) => document.getElementById(id);
const DAY_MS = 24 * 3_600_000;
/** A chart reads well up to a month of half-hours (and the curve endpoint answers at most 92 days). */
const LONGEST_CURVE_MS = 28 * DAY_MS;
const details = new Map(); // version id -> version with its series
let versions = [];
let chart = null;

async function version(id) {
  if (!details.has(id)) {
    details.set(id, await api(`/forecasts/versions/${id}`));
  }
  return details.get(id);
}

const hasSeries = (v, key) => v.series.some((s) => `${s.clientId}/${s.channel}` === key);

/** The newest version before {@code id} that also forecast the client channel. */
async function previousOf(id, key) {
  for (const older of versions.filter((v) => v.id < id)) {
    if (hasSeries(await version(older.id), key)) {
      return older.id;
    }
  }
  return null;
}

/* ---------- upload ---------- */

function showErrors(errors) {
  const table = $('errors');
  table.hidden = errors.length === 0;
  table.querySelector('tbody').replaceChildren(...errors.map((e) => el('tr', {},
    el('td', { className: 'num' }, e.line == null ? '' : String(e.line)), el('td', {}, e.column ?? e.field ?? ''),
    el('td', {}, e.message))));
}

const uploadKind = () => document.querySelector('input[name=upload-kind]:checked').value;

function sayActualsStored(file, stored) {
  const span = `${curveLabel(stored.spanStart)} – ${curveLabel(stored.spanEnd)} UTC`;
  say($('result'), `Actuals upload ${stored.id} stored from ${file.name}: ${stored.rowCount} rows (${span}),`
    + ` ${stored.replacedCount} of them replacing earlier actuals.`, { ok: true });
}

async function upload(file) {
  if (!file) {
    return;
  }
  const kind = uploadKind();
  showErrors([]);
  say($('result'), `Uploading ${file.name}…`, { ok: true });
  let stored;
  try {
    const note = $('note').value.trim();
    stored = await api(`/${kind === 'actuals' ? 'actuals' : 'forecasts'}${note ? `?note=${encodeURIComponent(note)}` : ''}`,
      { method: 'POST', body: file, contentType: 'text/csv' });
  } catch (error) {
    say($('result'), `${file.name} was refused: ${error.message}`);
    showErrors(error.problem?.errors ?? []);
    return;
  } finally {
    $('file').value = '';
  }
  if (kind === 'actuals') {
    sayActualsStored(file, stored);
    return;
  }
  const series = stored.series.map((s) => `${s.clientId} · ${s.channel} (${s.rows} rows)`).join(', ');
  say($('result'), `Version ${stored.id} stored from ${file.name}: ${stored.rowCount} rows for ${series}.`, { ok: true });
  details.set(stored.id, stored);
  await loadVersions(stored.id);
}

function wireDropZone() {
  const zone = $('drop-zone');
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    upload(event.dataTransfer.files[0]);
  });
  $('file').addEventListener('change', (event) => upload(event.target.files[0]));
}

/* ---------- versions and curves ---------- */

function curveLabel(start) {
  return `${dayLabel(localDate(start, 'UTC'))} ${clockTime(start, 'UTC')}`;
}

async function rowsOf(versionId, key, from, to) {
  const [clientId, channel] = key.split('/');
  const curve = await api(`/forecasts?clientId=${clientId}&channel=${channel}&from=${from}&to=${to}&forecastId=${versionId}`);
  return new Map(curve.intervals.map((i) => [i.start, i.contacts]));
}

async function drawCurve() {
  const id = Number($('version').value);
  const key = $('series').value;
  if (!id || !key) {
    return;
  }
  const shown = await version(id);
  const previousId = await previousOf(id, key);
  const end = new Date(Math.min(new Date(shown.spanEnd), new Date(shown.spanStart).getTime() + LONGEST_CURVE_MS)).toISOString();
  const [current, previous] = await Promise.all([rowsOf(id, key, shown.spanStart, end),
    previousId ? rowsOf(previousId, key, shown.spanStart, end) : new Map()]);
  const starts = [...new Set([...current.keys(), ...previous.keys()])].sort();
  $('curve-caption').textContent = `Contacts per interval, times in UTC. Version ${id}`
    + (previousId ? ` against version ${previousId}, the one before it for this client channel` : '; no earlier version has this client channel')
    + (end < shown.spanEnd ? `; its first ${LONGEST_CURVE_MS / DAY_MS} days.` : '.');
  chart?.destroy();
  chart = new Chart($('curve'), {
    type: 'line',
    data: {
      labels: starts.map(curveLabel),
      datasets: [
        { label: `Version ${id}`, data: starts.map((s) => current.get(s) ?? null), borderColor: '#0072b2', borderWidth: 2, pointRadius: 0 },
        ...(previousId ? [{ label: `Version ${previousId} (before)`, data: starts.map((s) => previous.get(s) ?? null),
          borderColor: '#e69f00', borderDash: [5, 4], borderWidth: 2, pointRadius: 0 }] : []),
      ],
    },
    options: { animation: false, maintainAspectRatio: false, interaction: { mode: 'index', intersect: false },
      scales: { y: { beginAtZero: true, title: { display: true, text: 'contacts' } }, x: { ticks: { maxTicksLimit: 14 } } } },
  });
}

async function pickVersion(id) {
  $('version').value = id;
  const shown = await version(id);
  $('series').replaceChildren(...shown.series.map((s) => el('option', { value: `${s.clientId}/${s.channel}` },
    `${s.clientId} · ${s.channel}`)));
  await drawCurve();
}

async function loadVersions(showId) {
  // The newest 500 (the most one page of the paged list holds): enough to pick from and compare with.
  versions = (await api('/forecasts/versions?limit=500')).sort((a, b) => b.id - a.id);
  $('version').replaceChildren(...versions.map((v) => el('option', { value: v.id }, `Version ${v.id}${v.note ? ` · ${v.note}` : ''}`)));
  $('versions').querySelector('tbody').replaceChildren(...versions.map((v) => el('tr', {},
    el('td', { className: 'num' }, String(v.id)), el('td', {}, new Date(v.uploadedAt).toLocaleString('en-GB')),
    el('td', {}, v.uploadedBy), el('td', {}, v.method ?? 'upload'), el('td', {}, v.note ?? ''),
    el('td', {}, `${curveLabel(v.spanStart)} – ${curveLabel(v.spanEnd)}`), el('td', { className: 'num' }, String(v.rowCount)))));
  accuracyVersions(versions);
  if (versions.length) {
    await pickVersion(showId ?? versions[0].id);
  }
  await loadChoices();
}

/** A generated version joins the lists and is scored against whatever actuals its span already has. */
async function generated(answer, request) {
  await loadVersions(answer.forecast.id);
  await showAccuracy(request.from, addDays(request.from, request.weeks * 7 - 1), answer.forecast.id);
}

function wireUploadKind() {
  const hints = { forecast: 'forecast-hint', actuals: 'actuals-hint' };
  for (const radio of document.querySelectorAll('input[name=upload-kind]')) {
    radio.addEventListener('change', () => {
      for (const [kind, id] of Object.entries(hints)) {
        $(id).hidden = kind !== uploadKind();
      }
    });
  }
}

async function start() {
  await requireRole('forecaster');
  wireDropZone();
  wireUploadKind();
  wireChoice();
  wireHistory(generated);
  wireAccuracy();
  wireSpecialDays();
  onChosen(historyFor);
  onChosen(accuracyFor);
  onChosen(specialDaysFor);
  $('version').addEventListener('change', (e) => pickVersion(Number(e.target.value)));
  $('series').addEventListener('change', drawCurve);
  await loadVersions();
  markReady();
}

start();
