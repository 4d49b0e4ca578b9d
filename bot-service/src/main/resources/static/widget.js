/*
 * Annalist chat widget. Embed it with one tag:
 *
 *   <script src="https://HOST/widget.js" async data-title="Ask the account"
 *           data-accent="#8a3b12" data-position="right"></script>
 *
 * It talks to the API of the server it was loaded from, keeps its styles in a shadow root, keeps the
 * conversation in sessionStorage, and never inserts message text as HTML (textContent only).
 */
(() => {
  'use strict';
  if (window.__annalistWidget) {
    return; // embedded twice: one widget is enough
  }
  window.__annalistWidget = true;

  // ---- where we come from and how we are configured ---------------------------------------------

  /** The script element that loaded us: currentScript is null for async scripts, so look it up by src. */
  function ownScript() {
    if (document.currentScript) {
      return document.currentScript;
    }
    const scripts = document.querySelectorAll('script[src]');
    for (let i = scripts.length - 1; i >= 0; i--) {
      try {
        if (/\/widget\.js$/.test(new URL(scripts[i].src, document.baseURI).pathname)) {
          return scripts[i];
        }
      } catch (ignored) {
        // not a URL we can read
      }
    }
    return null;
  }

  const script = ownScript();
  const base = new URL('.', script ? script.src : document.baseURI);
  const api = (path) => new URL(path, base);
  const data = script ? script.dataset : {};

  const config = {
    title: (data.title || 'Ask the account').trim().slice(0, 80),
    subtitle: (data.subtitle || 'Every answer cites the account').trim().slice(0, 120),
    accent: data.accent && window.CSS && CSS.supports('color', data.accent) ? data.accent : '#8a3b12',
    position: data.position === 'left' ? 'left' : 'right',
    suggestions: data.suggestions
      ? data.suggestions.split('|').map((s) => s.trim()).filter(Boolean).slice(0, 5)
      : null,
  };

  const MAX_MESSAGE = 1000;
  const MAX_KEPT = 80;
  const STREAM_TIMEOUT_MS = 65000;
  const STORE = 'annalist-widget:' + base.href;

  // ---- state that survives a reload -------------------------------------------------------------

  function load() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORE));
      if (saved && Array.isArray(saved.messages)) {
        return { sessionId: typeof saved.sessionId === 'string' ? saved.sessionId : null,
          messages: saved.messages.filter((m) => m && typeof m.role === 'string'), open: saved.open === true };
      }
    } catch (ignored) {
      // storage blocked or corrupt: start afresh
    }
    return { sessionId: null, messages: [], open: false };
  }

  const state = load();
  let nextId = state.messages.reduce((max, m) => Math.max(max, Number(m.id) || 0), 0) + 1;

  function save() {
    try {
      state.messages = state.messages.slice(-MAX_KEPT);
      sessionStorage.setItem(STORE, JSON.stringify(state));
    } catch (ignored) {
      // storage full or blocked: the conversation just won't survive a reload
    }
  }

  // ---- tiny DOM helpers (no HTML strings anywhere) ----------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === false || value == null) {
        continue;
      }
      if (name === 'class') {
        node.className = value;
      } else if (name === 'text') {
        node.textContent = value;
      } else if (name.startsWith('on')) {
        node.addEventListener(name.slice(2), value);
      } else {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (const child of children) {
      if (child != null && child !== false) {
        node.append(child);
      }
    }
    return node;
  }

  const ICONS = {
    chat: 'M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2zM7 9h10v2H7zm0-3h10v2H7zm0 6h7v2H7z',
    down: 'M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z',
    close: 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
    send: 'M2.01 21 23 12 2.01 3 2 10l15 2-15 2z',
    restart: 'M17.65 6.35A7.96 7.96 0 0 0 12 4a8 8 0 1 0 7.73 10h-2.08A6 6 0 1 1 12 6c1.66 0 3.14.69 4.22 1.78L13 11h7V4z',
    quote: 'M6 17h3l2-4V7H5v6h3zm8 0h3l2-4V7h-6v6h3z',
    up: 'M1 21h4V9H1zm22-11a2 2 0 0 0-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59A1.98 1.98 0 0 0 7 9v10a2 2 0 0 0 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73z',
    thumbDown: 'M15 3H6c-.83 0-1.54.5-1.84 1.22l-3.02 7.05c-.09.23-.14.47-.14.73v2a2 2 0 0 0 2 2h6.31l-.95 4.57-.03.32c0 .41.17.79.44 1.06L9.83 23l6.59-6.59c.36-.36.58-.86.58-1.41V5a2 2 0 0 0-2-2zm4 0v12h4V3z',
    info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-6h2zm0-8h-2V7h2z',
    warn: 'M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z',
  };

  function icon(name) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('class', 'icon');
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', ICONS[name]);
    path.setAttribute('fill', 'currentColor');
    svg.append(path);
    return svg;
  }

  // ---- styles -----------------------------------------------------------------------------------

  const CSS_TEXT = `
    .root {
      all: initial;
      --accent: #8a3b12; --on-accent: #fff;
      --ink: #1f2328; --muted: #5b616b; --line: #e3ded6; --paper: #faf8f5; --card: #fff;
      font: 14.5px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      color: var(--ink);
    }
    .root *, .root *::before, .root *::after { box-sizing: border-box; }
    [hidden] { display: none !important; }
    button, input { font: inherit; color: inherit; margin: 0; }
    button { cursor: pointer; }
    button:disabled { cursor: default; }
    :focus-visible { outline: 3px solid color-mix(in srgb, var(--accent) 55%, #fff); outline-offset: 2px; }
    .icon { width: 1.25em; height: 1.25em; flex: none; display: block; }
    .sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

    .launcher {
      position: fixed; bottom: 20px; z-index: 2147483000;
      width: 58px; height: 58px; border: 0; border-radius: 50%;
      display: grid; place-items: center;
      background: var(--accent); color: var(--on-accent);
      box-shadow: 0 6px 18px rgba(0,0,0,.22), 0 1px 3px rgba(0,0,0,.18);
      transition: transform .15s ease, box-shadow .15s ease;
    }
    .launcher:hover { transform: translateY(-2px); box-shadow: 0 10px 24px rgba(0,0,0,.26), 0 2px 4px rgba(0,0,0,.18); }
    .launcher .icon { width: 28px; height: 28px; }
    .right .launcher { right: 20px; } .left .launcher { left: 20px; }

    .panel {
      position: fixed; bottom: 92px; z-index: 2147483000;
      width: 384px; height: min(620px, calc(100vh - 116px)); min-height: 320px;
      display: flex; flex-direction: column; overflow: hidden;
      background: var(--paper); border-radius: 16px;
      box-shadow: 0 18px 50px rgba(20,16,12,.28), 0 2px 8px rgba(20,16,12,.12);
      animation: rise .18s ease-out;
    }
    .right .panel { right: 20px; } .left .panel { left: 20px; }
    @keyframes rise { from { opacity: 0; transform: translateY(10px) scale(.985); } }

    .header {
      display: flex; align-items: center; gap: 10px; padding: 14px 12px 14px 18px;
      background: var(--accent); color: var(--on-accent);
    }
    .header .titles { flex: 1; min-width: 0; }
    .title { margin: 0; font-size: 16px; font-weight: 650; line-height: 1.25; letter-spacing: .005em;
      overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .subtitle { margin: 2px 0 0; font-size: 12.5px; opacity: .88; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .header-button {
      width: 36px; height: 36px; border: 0; border-radius: 10px; display: grid; place-items: center;
      background: transparent; color: inherit;
    }
    .header-button:hover { background: rgba(255,255,255,.16); }

    .log { flex: 1; overflow-y: auto; padding: 16px 14px 8px; display: flex; flex-direction: column; gap: 12px;
      overscroll-behavior: contain; scroll-behavior: smooth; scrollbar-width: thin; scrollbar-color: #cfc7bb transparent; }
    .log:focus-visible { outline-offset: -3px; }
    .welcome { color: var(--muted); font-size: 13.5px; margin: 2px 4px 0; }
    .message { display: flex; flex-direction: column; max-width: 88%; }
    .message.user { align-self: flex-end; align-items: flex-end; }
    .message.bot, .message.error { align-self: flex-start; align-items: flex-start; }
    .bubble { padding: 9px 13px; border-radius: 14px; white-space: pre-wrap; overflow-wrap: anywhere; }
    .user .bubble { background: var(--accent); color: var(--on-accent); border-bottom-right-radius: 4px; }
    .bot .bubble { background: var(--card); border: 1px solid var(--line); border-bottom-left-radius: 4px;
      box-shadow: 0 1px 2px rgba(0,0,0,.04); }
    .bot.answer .bubble { font-weight: 560; }
    .bot.abstained .bubble { background: #fbf6e9; border: 1px dashed #c9a44c; color: #5a4617; font-weight: 400; }
    .badge { display: inline-flex; align-items: center; gap: 5px; margin: 0 0 5px 2px; font-size: 11.5px;
      font-weight: 650; letter-spacing: .04em; text-transform: uppercase; color: #8a6a1c; }
    .badge .icon { width: 14px; height: 14px; }
    .status { display: flex; align-items: center; gap: 8px; color: var(--muted); font-size: 13px; }
    .dots { display: inline-flex; gap: 3px; }
    .dots span { width: 6px; height: 6px; border-radius: 50%; background: currentColor; opacity: .35; animation: blink 1.2s infinite; }
    .dots span:nth-child(2) { animation-delay: .2s; } .dots span:nth-child(3) { animation-delay: .4s; }
    @keyframes blink { 40% { opacity: 1; } }

    .actions { display: flex; align-items: center; gap: 2px; margin-top: 4px; flex-wrap: wrap; }
    .link-button, .icon-button {
      border: 0; background: transparent; color: var(--muted); border-radius: 8px;
      display: inline-flex; align-items: center; gap: 5px; font-size: 12.5px; padding: 5px 7px;
    }
    .link-button:hover, .icon-button:hover { background: rgba(0,0,0,.05); color: var(--ink); }
    .link-button .icon, .icon-button .icon { width: 16px; height: 16px; }
    .icon-button[aria-pressed="true"] { color: var(--accent); background: color-mix(in srgb, var(--accent) 10%, transparent); }
    .spacer { flex: 1; min-width: 8px; }
    .thanks { font-size: 12px; color: var(--muted); margin-left: 4px; }
    .citation { margin: 6px 0 2px; padding: 9px 12px; border-left: 3px solid var(--accent); border-radius: 4px 10px 10px 4px;
      background: var(--card); color: var(--ink); font-size: 13.5px; box-shadow: 0 1px 2px rgba(0,0,0,.05); }
    .citation blockquote { margin: 0; font-family: Georgia, "Iowan Old Style", "Times New Roman", serif; font-size: 14px; }
    .citation blockquote::before { content: "\\201C"; } .citation blockquote::after { content: "\\201D"; }
    .citation .from { margin-top: 4px; color: var(--muted); font-size: 12px; }
    .comment { display: flex; gap: 6px; margin-top: 6px; width: 100%; }
    .comment input { flex: 1; min-width: 0; border: 1px solid var(--line); border-radius: 8px; padding: 6px 9px; background: var(--card); font-size: 13px; }
    .small-button { border: 1px solid var(--line); background: var(--card); border-radius: 8px; padding: 5px 10px; font-size: 12.5px; }
    .small-button:hover { border-color: #cbc3b6; }

    .error .bubble { background: #fdf0ef; border: 1px solid #efc2bd; color: #7d2219; border-bottom-left-radius: 4px; display: flex; gap: 8px; }
    .error .bubble .icon { width: 18px; height: 18px; margin-top: 1px; color: #b3261e; }
    .error .actions { gap: 6px; margin-top: 6px; }
    .retry { border: 0; border-radius: 8px; padding: 6px 12px; background: var(--accent); color: var(--on-accent); font-size: 13px; font-weight: 600; }
    .retry:disabled { opacity: .55; }

    .suggestions { display: flex; flex-direction: column; align-items: flex-start; gap: 7px; margin: 2px 0 4px; }
    .suggestions-label { margin: 0 4px; font-size: 12px; font-weight: 650; letter-spacing: .04em; text-transform: uppercase; color: var(--muted); }
    .chip { border: 1px solid color-mix(in srgb, var(--accent) 35%, var(--line)); background: var(--card); color: var(--accent);
      border-radius: 999px; padding: 7px 13px; font-size: 13.5px; text-align: left; transition: background .12s ease; }
    .chip:hover { background: color-mix(in srgb, var(--accent) 8%, #fff); }

    .composer { display: flex; gap: 8px; align-items: center; padding: 10px 12px 12px; border-top: 1px solid var(--line); background: var(--card); }
    .composer input { flex: 1; min-width: 0; height: 42px; border: 1px solid #d6d0c6; border-radius: 12px; padding: 0 13px; background: #fff; font-size: 15px; }
    .composer input:focus { outline: none; border-color: var(--accent); box-shadow: 0 0 0 3px color-mix(in srgb, var(--accent) 22%, transparent); }
    .send { width: 42px; height: 42px; border: 0; border-radius: 12px; display: grid; place-items: center; background: var(--accent); color: var(--on-accent); }
    .send:disabled { opacity: .45; }
    .footnote { margin: 0; padding: 0 14px 10px; background: var(--card); color: var(--muted); font-size: 11.5px; text-align: center; }

    @media (max-width: 480px) {
      .panel { inset: 0 !important; width: 100%; height: 100%; min-height: 0; border-radius: 0; }
      .open .launcher { display: none; }
      .message { max-width: 92%; }
      .composer input { font-size: 16px; } /* below 16px phones zoom in on focus */
    }
    @media (prefers-reduced-motion: reduce) {
      .panel, .dots span, .launcher { animation: none; transition: none; }
      .log { scroll-behavior: auto; }
    }
  `;

  // ---- the widget's elements --------------------------------------------------------------------

  const host = document.createElement('annalist-chat');
  host.setAttribute('style', 'all: initial !important;');
  const shadow = host.attachShadow({ mode: 'open' });
  const root = el('div', { class: 'root ' + config.position });
  root.style.setProperty('--accent', config.accent);
  root.style.setProperty('--on-accent', readableOn(config.accent));

  const launcher = el('button', {
    type: 'button', class: 'launcher', 'aria-haspopup': 'dialog', 'aria-expanded': 'false',
    'aria-controls': 'annalist-panel', 'aria-label': 'Open chat: ' + config.title, title: config.title,
  }, icon('chat'));

  const titleEl = el('h2', { class: 'title', id: 'annalist-title', text: config.title });
  const closeButton = el('button', { type: 'button', class: 'header-button close', 'aria-label': 'Close chat', title: 'Close' }, icon('close'));
  const restartButton = el('button', { type: 'button', class: 'header-button restart', 'aria-label': 'Start a new conversation', title: 'New conversation' }, icon('restart'));
  const log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': 'Conversation', tabindex: '0' });
  const input = el('input', {
    type: 'text', class: 'input', maxlength: String(MAX_MESSAGE), autocomplete: 'off', enterkeyhint: 'send',
    placeholder: 'Ask a question\u2026', 'aria-label': 'Your question',
  });
  const sendButton = el('button', { type: 'submit', class: 'send', 'aria-label': 'Send', title: 'Send', disabled: true }, icon('send'));
  const form = el('form', { class: 'composer' }, input, sendButton);
  const panel = el('div', {
    class: 'panel', id: 'annalist-panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'annalist-title', hidden: true,
  },
  el('div', { class: 'header' },
    el('div', { class: 'titles' }, titleEl, el('p', { class: 'subtitle', text: config.subtitle })),
    restartButton, closeButton),
  log, form,
  el('p', { class: 'footnote', text: 'Answers come only from the account.' }));

  root.append(panel, launcher);
  shadow.append(el('style', { text: CSS_TEXT }), root);

  /** White or near-black text on the accent, whichever reads better. */
  function readableOn(color) {
    const probe = document.createElement('span');
    probe.style.color = color;
    probe.style.display = 'none';
    document.documentElement.append(probe);
    const rgb = (getComputedStyle(probe).color.match(/[\d.]+/g) || [0, 0, 0]).slice(0, 3).map(Number);
    probe.remove();
    const lum = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    const l = 0.2126 * lum[0] + 0.7152 * lum[1] + 0.0722 * lum[2];
    return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#1b1b1b' : '#fff';
  }

  // ---- rendering the conversation ---------------------------------------------------------------

  function scrollToEnd() {
    log.scrollTop = log.scrollHeight;
  }

  function renderMessage(m) {
    if (m.role === 'user') {
      return el('div', { class: 'message user', 'data-id': m.id },
        el('span', { class: 'sr-only', text: 'You: ' }), el('div', { class: 'bubble', text: m.text }));
    }
    if (m.role === 'error') {
      return renderError(m);
    }
    return renderAnswer(m);
  }

  function renderAnswer(m) {
    const node = el('div', { class: 'message bot ' + (m.abstained ? 'abstained' : 'answer'), 'data-id': m.id });
    node.append(el('span', { class: 'sr-only', text: m.abstained ? 'Assistant (not in the account): ' : 'Assistant: ' }));
    if (m.abstained) {
      node.append(el('div', { class: 'badge', 'aria-hidden': 'true' }, icon('info'), 'Not in the account'));
    }
    node.append(el('div', { class: 'bubble', text: m.text }));

    const actions = el('div', { class: 'actions' });
    const citations = Array.isArray(m.citations) ? m.citations.filter((c) => c && c.sentence) : [];
    let sources = null;
    if (citations.length) {
      const sourcesId = 'annalist-sources-' + m.id;
      sources = el('div', { class: 'sources', id: sourcesId, hidden: true },
        ...citations.map((c) => el('figure', { class: 'citation' },
          el('blockquote', { text: c.sentence }),
          el('figcaption', { class: 'from', text: (m.abstained ? 'Closest passage, ' : 'From ') + (c.source || 'the account') }))));
      const label = m.abstained ? 'Closest passage' : (citations.length > 1 ? 'Sources' : 'Source');
      const toggle = el('button', { type: 'button', class: 'link-button source-toggle', 'aria-expanded': 'false', 'aria-controls': sourcesId },
        icon('quote'), el('span', { text: label }));
      toggle.addEventListener('click', () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        sources.hidden = !open;
        if (open && node === log.lastElementChild) {
          scrollToEnd();
        }
      });
      actions.append(toggle);
    }
    if (m.messageId) {
      actions.append(el('span', { class: 'spacer' }));
      const thanks = el('span', { class: 'thanks', role: 'status' });
      const up = el('button', { type: 'button', class: 'icon-button rate-up', 'aria-label': 'Helpful', title: 'Helpful', 'aria-pressed': String(m.rating === 'up') }, icon('up'));
      const down = el('button', { type: 'button', class: 'icon-button rate-down', 'aria-label': 'Not helpful', title: 'Not helpful', 'aria-pressed': String(m.rating === 'down') }, icon('thumbDown'));
      const comment = el('form', { class: 'comment', hidden: true },
        el('input', { type: 'text', maxlength: '1000', placeholder: 'What was wrong? (optional)', 'aria-label': 'What was wrong with this answer?' }),
        el('button', { type: 'submit', class: 'small-button', text: 'Send' }));
      if (m.rating) {
        thanks.textContent = 'Thanks!';
      }
      const rate = async (rating, text) => {
        up.setAttribute('aria-pressed', String(rating === 'up'));
        down.setAttribute('aria-pressed', String(rating === 'down'));
        thanks.textContent = 'Sending\u2026';
        try {
          const res = await fetch(api('api/feedback'), {
            method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'omit',
            body: JSON.stringify(text ? { messageId: m.messageId, rating, comment: text } : { messageId: m.messageId, rating }),
          });
          if (!res.ok) {
            throw new Error(String(res.status));
          }
          m.rating = rating;
          save();
          thanks.textContent = text ? 'Thanks for telling us.' : 'Thanks!';
          return true;
        } catch (e) {
          up.setAttribute('aria-pressed', String(m.rating === 'up'));
          down.setAttribute('aria-pressed', String(m.rating === 'down'));
          thanks.textContent = 'Could not send feedback; please try again.';
          return false;
        }
      };
      up.addEventListener('click', () => {
        comment.hidden = true;
        rate('up');
      });
      down.addEventListener('click', async () => {
        if (await rate('down')) {
          comment.hidden = false;
          comment.querySelector('input').focus();
        }
      });
      comment.addEventListener('submit', async (event) => {
        event.preventDefault();
        const text = comment.querySelector('input').value.trim();
        if (!text || await rate('down', text)) {
          comment.hidden = true;
          down.focus();
        }
      });
      actions.append(up, down, thanks);
      node.append(actions);
      node.append(comment);
    } else if (citations.length) {
      node.append(actions);
    }
    if (sources) {
      node.append(sources);
    }
    return node;
  }

  const ERROR_TEXT = {
    network: 'I could not reach the assistant. Please check your connection and try again.',
    server: 'Something went wrong while answering. Please try again.',
    cut: 'The answer was cut off. Please try again.',
    interrupted: 'The page was reloaded before the answer arrived.',
  };

  function renderError(m) {
    const retry = el('button', { type: 'button', class: 'retry' }, 'Retry');
    const node = el('div', { class: 'message error', 'data-id': m.id, 'data-kind': m.kind },
      el('div', { class: 'bubble' }, icon('warn'), el('span', { class: 'text', text: errorText(m) })),
      el('div', { class: 'actions' }, retry));
    retry.addEventListener('click', () => retryAfterError(m));
    if (m.kind === 'bad') {
      const edit = el('button', { type: 'button', class: 'small-button edit', text: 'Edit question' });
      edit.addEventListener('click', () => {
        input.value = m.question;
        updateComposer();
        input.focus();
      });
      node.querySelector('.actions').append(edit);
    }
    if (m.kind === 'rate' && m.retryAt > Date.now()) {
      retry.disabled = true;
      const tick = () => {
        const left = Math.ceil((m.retryAt - Date.now()) / 1000);
        if (left > 0) {
          retry.textContent = 'Retry in ' + left + ' s';
          setTimeout(tick, 250);
        } else {
          retry.textContent = 'Retry';
          retry.disabled = false;
        }
      };
      tick();
    }
    return node;
  }

  function errorText(m) {
    if (m.kind === 'rate') {
      return 'You are asking faster than I can answer. Please wait ' + m.wait + ' second' + (m.wait === 1 ? '' : 's') + ', then try again.';
    }
    if (m.kind === 'bad') {
      return 'I could not take that question: ' + (m.detail || 'it was not accepted') + '.';
    }
    return ERROR_TEXT[m.kind] || ERROR_TEXT.server;
  }

  let suggestionsEl = null;

  function renderLog() {
    log.replaceChildren();
    if (!state.messages.length) {
      log.append(el('p', { class: 'welcome', text: 'Ask about people, units, places and dates in the account. '
        + 'Every answer shows the sentence it comes from.' }));
      suggestionsEl = el('div', { class: 'suggestions', hidden: true },
        el('p', { class: 'suggestions-label', text: 'Try asking' }));
      log.append(suggestionsEl);
      if (!panel.hidden) {
        showSuggestions();
      }
    } else {
      suggestionsEl = null;
    }
    for (const m of state.messages) {
      log.append(renderMessage(m));
    }
  }

  let suggestionList = null;

  async function loadSuggestions() {
    if (config.suggestions) {
      return config.suggestions;
    }
    if (!suggestionList) {
      suggestionList = buildSuggestions().catch(() => []);
    }
    return suggestionList;
  }

  /** A few questions the served accounts answer; the server writes them from its facts and checks each. */
  async function buildSuggestions() {
    const res = await fetch(api('api/suggestions?max=4'), { credentials: 'omit' });
    if (!res.ok) {
      throw new Error(String(res.status));
    }
    const body = await res.json();
    return Array.isArray(body.questions) ? body.questions.map(String) : [];
  }

  /** Fills the suggestions once the panel is open, so a page view that never opens the chat costs no requests. */
  async function showSuggestions() {
    const target = suggestionsEl;
    if (!target || target.dataset.loading) {
      return;
    }
    target.dataset.loading = 'true';
    const questions = await loadSuggestions();
    if (!target || target !== suggestionsEl || !questions.length) {
      return;
    }
    for (const q of questions) {
      target.append(el('button', { type: 'button', class: 'chip', text: q, onclick: () => ask(q) }));
    }
    target.hidden = false;
  }

  function add(m) {
    m.id = nextId++;
    state.messages.push(m);
    save();
    if (suggestionsEl || log.querySelector('.welcome')) {
      log.replaceChildren(); // the welcome and suggestions make way for the conversation
      suggestionsEl = null;
    }
    const node = renderMessage(m);
    log.append(node);
    scrollToEnd();
    return node;
  }

  function replace(m, node) {
    const fresh = renderMessage(m);
    node.replaceWith(fresh);
    scrollToEnd();
    return fresh;
  }

  // ---- asking -----------------------------------------------------------------------------------

  let busy = false;
  let inFlight = null;

  function updateComposer() {
    sendButton.disabled = busy || !input.value.trim();
  }

  function send() {
    const text = input.value.trim();
    if (!text || busy) {
      return;
    }
    input.value = '';
    updateComposer();
    ask(text);
  }

  async function ask(question, retrying) {
    if (busy) {
      return;
    }
    if (!retrying) {
      add({ role: 'user', text: question });
    }
    busy = true;
    updateComposer();
    const controller = new AbortController();
    inFlight = controller;
    const timer = setTimeout(() => controller.abort(), STREAM_TIMEOUT_MS);

    const statusText = el('span', { text: 'Searching the account\u2026' });
    const answerText = el('div', { class: 'bubble', hidden: true });
    let pending = el('div', { class: 'message bot pending' },
      el('div', { class: 'bubble status' }, el('span', { class: 'dots', 'aria-hidden': 'true' }, el('span'), el('span'), el('span')), statusText),
      answerText);
    log.setAttribute('aria-busy', 'true');
    if (log.querySelector('.welcome')) {
      log.replaceChildren();
      suggestionsEl = null;
    }
    log.append(pending);
    scrollToEnd();

    try {
      const url = api('api/chat/stream');
      url.searchParams.set('message', question);
      if (state.sessionId) {
        url.searchParams.set('sessionId', state.sessionId);
      }
      let res;
      try {
        res = await fetch(url, { headers: { Accept: 'text/event-stream' }, credentials: 'omit', signal: controller.signal });
      } catch (e) {
        throw failure('network');
      }
      if (!res.ok) {
        throw await httpFailure(res);
      }
      const answer = await readEvents(res, {
        progress: (p) => {
          statusText.textContent = (p && p.message ? p.message : 'Working') + '\u2026';
        },
        token: (t) => {
          if (t && typeof t.text === 'string') {
            if (answerText.hidden) {
              answerText.hidden = false;
              pending.firstElementChild.hidden = true;
            }
            answerText.append(document.createTextNode(t.text));
            scrollToEnd();
          }
        },
      });
      if (controller !== inFlight) {
        return; // a new conversation began meanwhile
      }
      state.sessionId = answer.sessionId || state.sessionId;
      const m = {
        role: 'bot', text: String(answer.answer || ''), abstained: answer.abstained === true,
        confidence: Number(answer.confidence) || 0, messageId: answer.messageId || null,
        citations: (answer.citations || []).map((c) => ({ source: String(c.source || ''), sentence: String(c.sentence || '') })),
      };
      m.id = nextId++;
      state.messages.push(m);
      save();
      pending = replace(m, pending);
    } catch (e) {
      if (controller !== inFlight) {
        return;
      }
      const f = e && e.kind ? e : failure(controller.signal.aborted ? 'cut' : 'server');
      pending.remove();
      pending = null;
      add({ role: 'error', kind: f.kind, question, detail: f.detail, wait: f.wait,
        retryAt: f.wait ? Date.now() + f.wait * 1000 : undefined });
    } finally {
      clearTimeout(timer);
      if (controller === inFlight) {
        inFlight = null;
        busy = false;
        updateComposer();
        log.setAttribute('aria-busy', 'false');
      }
    }
  }

  function failure(kind, detail, wait) {
    return { kind, detail, wait };
  }

  async function httpFailure(res) {
    let body = {};
    try {
      body = await res.json();
    } catch (ignored) {
      // not JSON
    }
    if (res.status === 429) {
      const wait = Math.max(1, parseInt(res.headers.get('Retry-After'), 10) || Number(body.retryAfterSeconds) || 10);
      return failure('rate', null, wait);
    }
    if (res.status === 400) {
      return failure('bad', typeof body.error === 'string' ? body.error : null);
    }
    return failure('server');
  }

  /** Reads server-sent events from a fetch response; resolves with the final answer event's data. */
  async function readEvents(res, handlers) {
    if (!res.body || !res.body.getReader) {
      throw failure('network');
    }
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let answer = null;
    const dispatch = (block) => {
      let event = 'message';
      const lines = [];
      for (const line of block.split('\n')) {
        if (!line || line.startsWith(':')) {
          continue;
        }
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) {
          value = value.slice(1);
        }
        if (field === 'event') {
          event = value;
        } else if (field === 'data') {
          lines.push(value);
        }
      }
      if (!lines.length) {
        return;
      }
      let payload;
      try {
        payload = JSON.parse(lines.join('\n'));
      } catch (ignored) {
        return;
      }
      if (event === 'answer') {
        answer = payload;
      } else if (event === 'error') {
        throw failure('server', payload && payload.error);
      } else if (handlers[event]) {
        handlers[event](payload);
      }
    };
    for (;;) {
      let chunk;
      try {
        chunk = await reader.read();
      } catch (e) {
        throw failure('cut');
      }
      if (chunk.done) {
        break;
      }
      buffer += decoder.decode(chunk.value, { stream: true });
      buffer = buffer.replace(/\r\n|\r(?!$)/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        dispatch(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
    if (buffer.trim()) {
      dispatch(buffer);
    }
    if (!answer) {
      throw failure('cut');
    }
    return answer;
  }

  function retryAfterError(m) {
    if (busy) {
      return;
    }
    const index = state.messages.indexOf(m);
    if (index >= 0) {
      state.messages.splice(index, 1);
      save();
    }
    const node = log.querySelector('[data-id="' + m.id + '"]');
    if (node) {
      node.remove();
    }
    input.focus();
    ask(m.question, true);
  }

  function restart() {
    if (inFlight) {
      inFlight.abort();
    }
    inFlight = null;
    busy = false;
    state.sessionId = null;
    state.messages = [];
    save();
    log.setAttribute('aria-busy', 'false');
    renderLog();
    updateComposer();
    input.focus();
  }

  // ---- opening and closing ----------------------------------------------------------------------

  function setOpen(open, focus) {
    state.open = open;
    save();
    panel.hidden = !open;
    root.classList.toggle('open', open);
    launcher.setAttribute('aria-expanded', String(open));
    launcher.setAttribute('aria-label', (open ? 'Close chat: ' : 'Open chat: ') + config.title);
    launcher.replaceChildren(icon(open ? 'down' : 'chat'));
    if (open) {
      showSuggestions();
      scrollToEnd();
      if (focus) {
        input.focus();
      }
    } else if (focus) {
      launcher.focus();
    }
  }

  launcher.addEventListener('click', () => setOpen(panel.hidden, true));
  closeButton.addEventListener('click', () => setOpen(false, true));
  restartButton.addEventListener('click', restart);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false, true);
    }
  });
  input.addEventListener('input', updateComposer);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send();
  });

  // A question asked just before a reload has no answer: offer to ask it again.
  const last = state.messages[state.messages.length - 1];
  if (last && last.role === 'user') {
    state.messages.push({ id: nextId++, role: 'error', kind: 'interrupted', question: last.text });
    save();
  }

  renderLog();
  if (state.open) {
    setOpen(true, false); // reopen after a reload without taking focus from the page
  }

  function attach() {
    document.body.append(host);
  }
  if (document.body) {
    attach();
  } else {
    document.addEventListener('DOMContentLoaded', attach, { once: true });
  }
})();
