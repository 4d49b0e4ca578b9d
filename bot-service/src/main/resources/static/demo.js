// The demo page: the embed snippet for this server, and the account's timeline from /api/timeline (text only).
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
      return format(event.start) + ' – ' + format(event.end);
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

  showTimeline();
})();
