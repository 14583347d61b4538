// The agent's calendar feed: the secret address a calendar app subscribes to, shown once when it is made, and a
// new address on request, which stops the old one at once.
import { api, el, say } from './api.js';

const $ = (id) => document.getElementById(id);

function showAddress(feed) {
  const url = el('input', { id: 'calendar-url', value: feed.url, readOnly: true, size: 60 });
  url.setAttribute('aria-label', 'Calendar address');
  const copy = el('button', { type: 'button', className: 'secondary' }, 'Copy');
  copy.addEventListener('click', async () => {
    await navigator.clipboard?.writeText(feed.url);
    copy.textContent = 'Copied';
  });
  $('calendar-address').replaceChildren(url, copy,
    el('a', { href: feed.webcalUrl }, 'Open in my calendar app'),
    el('p', { className: 'hint' }, 'Keep it to yourself: anyone with the address can read your shifts. It is shown only now.'));
}

async function reveal(agentId) {
  try {
    const feed = await api(`/agents/${agentId}/calendar-feed`);
    if (feed.url) {
      showAddress(feed);
    } else {
      $('calendar-address').replaceChildren(el('p', {}, 'Your address was shown when it was made, on '
        + `${new Date(feed.createdAt).toLocaleDateString('en-GB')}. Lost it? Make a new one; the old one then stops working.`));
    }
  } catch (error) {
    say($('calendar-message'), 'The calendar address is not available:', { reasons: error.reasons() });
  }
}

async function renew(agentId) {
  try {
    showAddress(await api(`/agents/${agentId}/calendar-feed/rotate`, { method: 'POST' }));
    say($('calendar-message'), 'New address made; the old one no longer works.', { ok: true });
  } catch (error) {
    say($('calendar-message'), 'No new address:', { reasons: error.reasons() });
  }
}

/** Wires the calendar card; nothing is asked of the service until the agent wants the address. */
export function mountCalendar(context) {
  $('calendar-show').addEventListener('click', () => reveal(context.agent.id));
  $('calendar-rotate').addEventListener('click', () => renew(context.agent.id));
}
