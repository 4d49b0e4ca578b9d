// The demo page: the served account (/api/accounts), questions it answers (/api/suggestions), the embed
// snippet for this server, and the account's timeline from /api/timeline. Text only, never HTML.
(() => {
  'use strict';

  const snippet = document.getElementById('embed-snippet');
  snippet.textContent = '<script src="' + new URL('/widget.js', location.href) + '" async\n'
    + '        data-title="Ask the account" data-accent="#8a3b12" data-position="right"></script>';

  const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const format = (iso) => dateFormat.format(new Date(iso + 'T00:00:00Z'));

  function when(event) {
    if (!event.start && event.end) {
      return 'By ' + format(event.end);
    }
    if (event.start && event.end && event.start !== event.end) {
      return format(event.start) + ' \u2013 ' + format(event.end);
    }
    return format(event.start || event.end);
  }

  /** The sentence with its date phrase marked, built from text nodes only. */
  function sentence(event) {
    const p = document.createElement('p');
    const text = String(event.text || '');
    const at = event.surface ? text.indexOf(event.surface) : -1;
    if (at < 0) {
      p.textContent = text;
      return p;
    }
    const mark = document.createElement('mark');
    mark.textContent = event.surface;
    p.append(text.slice(0, at), mark, text.slice(at + event.surface.length));
    return p;
  }

  async function showTimeline() {
    const list = document.getElementById('timeline');
    const status = document.getElementById('timeline-status');
    try {
      const res = await fetch('/api/timeline', { headers: { Accept: 'application/json' } });
      if (!res.ok) {
        throw new Error('HTTP ' + res.status);
      }
      const events = await res.json();
      showDates(events);
      for (const event of events) {
        const item = document.createElement('li');
        item.className = 'event';
        const time = document.createElement('time');
        time.dateTime = event.start || event.end || '';
        time.textContent = when(event);
        item.append(time, sentence(event));
        list.append(item);
      }
      status.textContent = events.length ? events.length + ' dated events.' : 'The account has no dated events.';
    } catch (e) {
      status.textContent = 'The timeline could not be loaded (' + e.message + '). Reload the page to try again.';
      status.classList.add('failed');
    }
  }

  async function getJson(path) {
    const res = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!res.ok) {
      throw new Error('HTTP ' + res.status);
    }
    return res.json();
  }

  async function showAccount() {
    const box = document.getElementById('account-summary');
    try {
      const accounts = await getJson('/api/accounts');
      const first = accounts[0];
      if (!first) {
        box.firstElementChild.textContent = 'No account is loaded.';
        return;
      }
      document.getElementById('account-title').textContent = first.title;
      document.title = 'Annalist \u00b7 ' + first.title;
      const summary = document.createElement('p');
      summary.textContent = first.summary;
      const size = document.createElement('p');
      size.className = 'hint';
      size.textContent = first.sentences + ' sentences in ' + first.source
        + (accounts.length > 1 ? ', and ' + (accounts.length - 1) + ' more account' + (accounts.length > 2 ? 's' : '') : '') + '.';
      box.replaceChildren(summary, size);
    } catch (e) {
      box.firstElementChild.textContent = 'The account could not be loaded (' + e.message + ').';
    }
  }

  async function showSuggestions() {
    const list = document.getElementById('tries');
    try {
      const body = await getJson('/api/suggestions?max=4');
      for (const question of body.questions || []) {
        const item = document.createElement('li');
        item.textContent = question;
        list.append(item);
      }
    } catch (e) {
      list.hidden = true;
    }
  }

  /** The span of the dated events, for the heading. */
  function showDates(events) {
    const days = events.flatMap((e) => [e.start, e.end]).filter(Boolean).sort();
    if (days.length) {
      const span = days[0] === days[days.length - 1] ? format(days[0]) : format(days[0]) + ' \u2013 ' + format(days[days.length - 1]);
      document.getElementById('account-dates').textContent = span + '. ';
    }
  }

  showAccount();
  showSuggestions();
  showTimeline();
})();
