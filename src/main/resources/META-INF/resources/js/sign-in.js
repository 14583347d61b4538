// Sign-in: the service checks the password and sets the session cookie; then each role goes to its own page.
import { PAGE_HEADERS, markReady, pageFor, whoAmI } from './api.js';

const form = document.getElementById('sign-in');
const error = document.getElementById('sign-in-error');

async function goToOwnPage() {
  const me = await whoAmI();
  if (me && pageFor(me.role) !== '/') {
    location.assign(pageFor(me.role));
  } else if (me) {
    // A role without a page of its own (one added to the service before its page) would be sent back here again and again.
    error.textContent = `Signed in as ${me.username}; there is no page for the role ${me.role} yet.`;
  }
  return me;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.textContent = '';
  if (!form.username.value || !form.password.value) {
    error.textContent = 'Enter your user name and password.';
    return;
  }
  const response = await fetch('/api/v1/sign-in', {
    method: 'POST',
    headers: { ...PAGE_HEADERS, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(new FormData(form)),
  });
  if (response.status === 429) {
    const seconds = Number(response.headers.get('Retry-After')) || 60;
    error.textContent = `Too many failed sign-ins. Try again in ${Math.ceil(seconds / 60)} minute(s).`;
  } else if (!response.ok || !(await goToOwnPage())) {
    error.textContent = 'Unknown user or wrong password.';
    form.password.select();
  }
});

goToOwnPage().finally(markReady);
