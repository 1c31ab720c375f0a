// The shortlist: practice ids kept in this browser (localStorage `practica.shortlist`, at most
// 50), the "Add to shortlist" buttons of catalog entries and practice cards, and the count on
// the header's shortlist link. Any page may load this module; the compare and shortlist pages
// import it too (a module runs once per page, however often it is imported), along with the
// small helpers they share below. Nothing here writes HTML or sets inline styles: the pages'
// Content-Security-Policy forbids both.
//
// A button is `<button data-shortlist-toggle data-practice-id hidden>`: it is shown, given
// aria-pressed and a label that says what pressing it does (add or remove). Its words come
// from the first element on the page with data-text-shortlist-remove (data-text-shortlist-add,
// data-text-shortlist-remove, data-text-shortlist-full); without one, a button keeps its own
// label and only aria-pressed changes.
import { fill, h, strings } from './dom.js';

export { fill, h, strings };

export const KEY = 'practica.shortlist';
export const MAX = 50;

const listeners = new Set();
let memory = []; // used when localStorage is unavailable (disabled storage, some private modes)

/** A practice id as the store accepts it: a non-empty string without commas, slashes or controls. */
export function validId(id) {
  return typeof id === 'string' && id.length > 0 && id.length <= 200 && !/[,/\\\u0000-\u001f\u007f]/.test(id);
}

/** The shortlisted ids, oldest first; whatever else the key holds is ignored. */
export function ids() {
  let stored = memory;
  try {
    const raw = localStorage.getItem(KEY);
    if (raw !== null) stored = JSON.parse(raw);
  } catch {
    // unreadable or unavailable storage: what this page knows
  }
  return Array.isArray(stored) ? [...new Set(stored.filter(validId))].slice(0, MAX) : [];
}

function save(list) {
  memory = list;
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // storage unavailable or full: the list lasts as long as the page
  }
  for (const listener of listeners) listener(list);
}

export function has(id) {
  return ids().includes(id);
}

/** Adds `id` at the end; false when the list is full (or the id is not valid). */
export function add(id) {
  const list = ids();
  if (list.includes(id)) return true;
  if (!validId(id) || list.length >= MAX) return false;
  save([...list, id]);
  return true;
}

export function remove(id) {
  const list = ids();
  if (list.includes(id)) save(list.filter((each) => each !== id));
}

/** Calls `listener(ids)` after every change, made on this page or in another tab. */
export function onChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// ---------------------------------------------------------------------------------------
// Helpers the compare and shortlist pages share.




/** The site's languages as the header's language switcher names them: code → {name, dir}. */
export function siteLanguages() {
  const languages = new Map();
  for (const item of document.querySelectorAll('.language-switcher [lang]')) {
    const code = item.getAttribute('lang');
    if (!languages.has(code)) languages.set(code, { name: item.textContent.trim(), dir: item.getAttribute('dir') || 'auto' });
  }
  return languages;
}

/** The name of language `code` in itself, from the switcher or else the browser. */
export function languageName(code, languages = siteLanguages()) {
  if (languages.get(code)?.name) return languages.get(code).name;
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name ? name[0].toLocaleUpperCase(code) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/** One practice from /api/practices/<id>.json: {id, translations}, or null when there is no such practice. */
export async function loadPractice(api, id) {
  const response = await fetch(`${api}${encodeURIComponent(id)}.json`, { headers: { Accept: 'application/json' } });
  if (response.status === 404 || response.status === 410) return null;
  if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${id}`);
  const practice = await response.json();
  if (!practice || !Array.isArray(practice.translations) || practice.translations.length === 0) return null;
  return practice;
}

/** The card to show in `language`: that language's version, or the practice's first (original) one. */
export function pickVersion(practice, language) {
  return practice.translations.find((card) => card.lang === language) ?? practice.translations[0];
}

/** The card's page on this site (the export's `url` is absolute, on base_url). */
export function practiceHref(root, card) {
  return `${root}${encodeURIComponent(card.lang)}/practices/${encodeURIComponent(card.id)}/`;
}

// ---------------------------------------------------------------------------------------
// The toggle buttons and the header count.

const TOGGLE = '[data-shortlist-toggle]';
const ownLabels = new WeakMap();
let words = null;
let notice = null;
let noticeTimer = 0;

function text() {
  words ??= strings(document.querySelector('[data-text-shortlist-remove]'));
  return words;
}

/** Shows `button` and makes its state and label match the list. */
export function syncToggle(button, list = ids()) {
  const id = button.dataset.practiceId;
  if (!validId(id)) return;
  if (!ownLabels.has(button)) ownLabels.set(button, button.textContent.trim());
  const on = list.includes(id);
  const label = (on ? text().shortlistRemove : text().shortlistAdd) || ownLabels.get(button);
  button.setAttribute('aria-pressed', String(on));
  if (button.textContent !== label) button.textContent = label;
  button.hidden = false;
}

function syncAll(list = ids()) {
  for (const button of document.querySelectorAll(TOGGLE)) syncToggle(button, list);
  syncCount(list);
}

/** The header's shortlist link, marked data-shortlist-link or found by its address. */
function headerLink() {
  return document.querySelector('[data-shortlist-link]') ?? document.querySelector('.site-nav a[href$="/shortlist/"]');
}

function syncCount(list) {
  const link = headerLink();
  if (!link) return;
  let badge = link.querySelector('[data-shortlist-count]');
  if (!badge) {
    badge = h('span', { class: 'shortlist-count', 'data-shortlist-count': true });
    link.append(' ', badge);
  }
  const count = String(list.length);
  if (badge.dataset.count !== count) {
    badge.dataset.count = count;
    // Read as "Shortlist (3)"; seen as a round count.
    badge.replaceChildren(h('span', { class: 'visually-hidden' }, '('), count, h('span', { class: 'visually-hidden' }, ')'));
  }
  badge.hidden = list.length === 0;
}

/** Says `message` in a polite live region that is also visible for a while. */
export function announce(message) {
  if (!notice) return;
  clearTimeout(noticeTimer);
  notice.textContent = message;
  noticeTimer = setTimeout(() => { notice.textContent = ''; }, 8000);
}

function onClick(event) {
  const button = event.target instanceof Element ? event.target.closest(TOGGLE) : null;
  if (!button || button.disabled) return;
  const id = button.dataset.practiceId;
  if (!validId(id)) return;
  if (has(id)) remove(id);
  else if (!add(id)) announce(fill(text().shortlistFull || `The shortlist holds up to {max} practices.`, { max: MAX }));
}

function start() {
  // The live region exists before anything is said in it, so that screen readers announce it.
  notice = h('div', { class: 'shortlist-notice', role: 'status', 'aria-live': 'polite', 'data-shortlist-notice': true });
  document.body.append(notice);
  document.addEventListener('click', onClick);
  onChange(syncAll);
  window.addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === null) for (const listener of listeners) listener(ids());
  });
  // Entries that scripts add later (catalog filters, the compare table) get their buttons shown too.
  new MutationObserver((records) => {
    let list = null;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        const buttons = node.matches(TOGGLE) ? [node] : node.querySelectorAll(TOGGLE);
        for (const button of buttons) syncToggle(button, (list ??= ids()));
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
  syncAll();
}

if (typeof document !== 'undefined' && document.body) start();
