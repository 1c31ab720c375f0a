// The shortlist page, /<lang>/shortlist/: the practices kept in this browser's shortlist
// (shortlist.js), each in the page's language or its original with a badge naming that
// language, each with a remove button; a link to compare the first four, a CSV of just these
// cards built here (the same columns, quoting, byte-order mark and formula guard as
// /api/practices.csv, see Sources/PracticaRender/Exports/CSVTable.swift), and a link to the
// full CSV. Built from DOM nodes only; nothing sets inline styles.
import { fill, h, ids, languageName, loadPractice, onChange, pickVersion, practiceHref, remove, siteLanguages, strings } from './shortlist.js';

/** The columns of /api/practices.csv, in order (Exports.columns). */
export const CSV_COLUMNS = [
  'id', 'lang', 'title', 'topics', 'audience', 'regions', 'cost_from', 'cost_to', 'currency',
  'implementation_months', 'preparation_months', 'evidence', 'replication', 'url',
];

/** One CSV cell as CSVTable.cell writes it: a leading =, +, -, @, tab or CR defused with ', then RFC 4180 quoting. */
export function csvCell(value) {
  let text = String(value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A number as the export writes it (Exports.row): whole numbers below 1e15 as integers, others as
 * Swift's Double.description does: `1500000000000000.0`, `0.23`, `9.5e+15`, `1.23e-05`.
 */
export function csvNumber(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value.toFixed(0);
  const size = Math.abs(value);
  if (size > 2 ** 53 || (size > 0 && size < 1e-4)) {
    const [mantissa, exponent] = value.toExponential().split('e');
    return `${mantissa}e${exponent[0]}${exponent.slice(1).padStart(2, '0')}`;
  }
  return Number.isInteger(value) ? `${value}.0` : String(value);
}

/** A card of the JSON export as a row of the CSV export. */
export function csvRow(card) {
  const keys = (terms) => (terms ?? []).map((term) => term.key).join(';');
  return [
    card.id, card.lang, card.title, keys(card.topics), keys(card.audience), keys(card.regions),
    csvNumber(card.cost?.from), csvNumber(card.cost?.to), card.cost?.currency ?? '',
    csvNumber(card.implementation_time?.months_from), csvNumber(card.preparation_time?.months_from),
    card.evidence?.key ?? '', (card.replication ?? []).join(';'), card.url ?? '',
  ];
}

/** The CSV file's text for `cards`: byte-order mark, header, a row per card, CRLF after every line. */
export function csvText(cards) {
  return `\ufeff${[CSV_COLUMNS, ...cards.map(csvRow)].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------

async function startShortlist(root) {
  const text = strings(root);
  const language = root.dataset.lang;
  const siteRoot = root.dataset.root ?? '/';
  const languages = siteLanguages();
  const numbers = new Intl.NumberFormat(language);
  const practices = new Map(); // id → {practice} | {missing: true} | {error}
  let downloadURL = null;
  let current = [];

  const status = h('p', { class: 'planning-status', role: 'status', 'aria-live': 'polite', tabindex: '-1', 'data-shortlist-status': true }, text.shortlistLoading ?? '');
  const compare = h('a', { class: 'button', 'data-shortlist-compare': true, hidden: true }, text.shortlistCompare ?? '');
  const download = h('a', { class: 'button button-secondary', download: 'shortlist.csv', type: 'text/csv', 'data-shortlist-csv': true, hidden: true }, text.shortlistDownload ?? '');
  const downloadAll = h('a', { class: 'button button-secondary', href: root.dataset.csv, download: 'practices.csv', type: 'text/csv', 'data-shortlist-csv-all': true }, text.shortlistDownloadAll ?? '');
  const actions = h('p', { class: 'planning-actions', 'data-shortlist-actions': true }, compare, ' ', download, ' ', downloadAll);
  const items = h('ol', { class: 'shortlist-items', 'data-shortlist-items': true });
  root.append(status, actions, items);

  let quiet = false; // true while this page removes an item itself
  onChange(() => { if (!quiet) show(); });
  await show();
  root.dataset.ready = '';

  /** Loads what is not loaded yet and lists the shortlist as it is now. */
  async function show() {
    const list = ids();
    await Promise.all(list.filter((id) => !practices.has(id)).map((id) => loadPractice(root.dataset.api, id).then(
      (practice) => practices.set(id, practice ? { practice } : { missing: true }),
      (error) => { console.warn(error); practices.set(id, { error }); })));
    current = ids(); // the list may have changed while loading
    items.replaceChildren(...current.map(item));
    update();
  }

  /** The cards shown, in shortlist order (practices that could not be loaded have none). */
  function cards() {
    return current.map((id) => practices.get(id)?.practice).filter(Boolean).map((practice) => pickVersion(practice, language));
  }

  /** Count, compare link and CSV after the list changed. */
  function update(prefix = '') {
    const count = current.length;
    if (count === 0) {
      status.replaceChildren(prefix, text.shortlistEmpty ?? '', ' ', root.dataset.catalog ? h('a', { href: root.dataset.catalog }, text.navCatalog ?? '') : '');
    } else {
      status.replaceChildren(prefix, fill(text.shortlistCount, { count: numbers.format(count) }));
    }
    const shown = cards();
    const first = shown.slice(0, 4).map((card) => card.id);
    compare.hidden = first.length < 2;
    compare.href = `${root.dataset.compare}?ids=${first.map(encodeURIComponent).join(',')}`;
    compare.textContent = shown.length > 4 ? text.shortlistCompareFirst ?? text.shortlistCompare ?? '' : text.shortlistCompare ?? '';
    if (downloadURL) URL.revokeObjectURL(downloadURL);
    downloadURL = shown.length ? URL.createObjectURL(new Blob([csvText(shown)], { type: 'text/csv;charset=utf-8' })) : null;
    download.hidden = !downloadURL;
    if (downloadURL) download.href = downloadURL;
    else download.removeAttribute('href');
  }

  /** One list item: the card's title, language badge and summary, and its remove button. */
  function item(id) {
    const entry = practices.get(id) ?? {};
    const card = entry.practice ? pickVersion(entry.practice, language) : null;
    const foreign = card && card.lang !== language;
    const own = foreign ? { lang: card.lang, dir: languages.get(card.lang)?.dir ?? 'auto' } : {};
    const title = card?.title ?? id;
    const button = h('button', { type: 'button', class: 'shortlist-remove', 'data-shortlist-remove': id },
      text.shortlistRemove ?? '', h('span', { class: 'visually-hidden' }, ': ', h('span', own, title)));
    button.addEventListener('click', () => removeItem(id, title));
    return h('li', { class: 'shortlist-item', 'data-practice-id': id, 'data-practice-lang': card?.lang ?? null },
      h('article', {},
        h('h2', { class: 'entry-title' }, card
          ? h('a', { href: practiceHref(siteRoot, card), hreflang: foreign ? card.lang : null, ...own }, title)
          : h('span', {}, id)),
        foreign ? h('p', { class: 'other-language' }, text.planningShownIn ?? '', ' ',
          h('span', { class: 'badge', lang: card.lang, dir: own.dir, 'data-language-badge': card.lang }, languageName(card.lang, languages))) : null,
        card?.summary ? h('p', { class: 'summary', ...own }, card.summary) : null,
        entry.missing ? h('p', { class: 'notice' }, text.shortlistMissing ?? '') : null,
        entry.error ? h('p', { class: 'notice' }, fill(text.compareFailed, { ids: id })) : null,
        h('p', { class: 'shortlist-item-actions' }, button)));
  }

  /** Removes `id` from the store and the list; focus moves to the next item's button, or the previous, or the status. */
  function removeItem(id, title) {
    const node = items.querySelector(`li[data-practice-id="${CSS.escape(id)}"]`);
    const next = node?.nextElementSibling ?? node?.previousElementSibling;
    quiet = true;
    try {
      remove(id);
    } finally {
      quiet = false;
    }
    node?.remove();
    current = ids();
    update(`${fill(text.shortlistRemoved, { title })} `);
    (next?.querySelector('[data-shortlist-remove]') ?? status).focus();
  }
}

const page = typeof document === 'undefined' ? null : document.querySelector('[data-shortlist-page]');
if (page) startShortlist(page).catch((error) => console.error(error));
