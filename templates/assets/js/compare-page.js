// The compare page, /<lang>/compare/?ids=a,b,c: up to four practices side by side, one column
// each, read from /api/practices/<id>.json. Each column shows the page language's version of
// the practice, or its original with a badge naming that language (and lang/dir on the
// column's cells). Costs are written with Intl.NumberFormat in the page's language and the
// card's currency, durations with Intl's unit names. The table is built from DOM nodes (no
// HTML strings, no inline styles) and scrolls inside its own box on narrow screens.
import { fill, h, languageName, loadPractice, pickVersion, practiceHref, siteLanguages, strings, validId } from './shortlist.js';

/** Practices compared at most. */
export const LIMIT = 4;

/** The ids of `?ids=a,b,c`, in order, without repeats or invalid ones; `extra` counts those past the limit. */
export function parseIds(search) {
  const all = (new URLSearchParams(search).get('ids') ?? '').split(',').map((id) => id.trim()).filter(validId);
  const unique = [...new Set(all)];
  return { ids: unique.slice(0, LIMIT), extra: Math.max(0, unique.length - LIMIT) };
}

// ---------------------------------------------------------------------------------------
// Formats

const NUMERIC = new Set(['integer', 'group', 'decimal', 'fraction', 'minusSign', 'plusSign']);

function moneyParts(value, currency, language) {
  const whole = Number.isInteger(value);
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency', currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2,
    }).formatToParts(value);
  } catch {
    // not an ISO 4217 code: the number and the code as written
    return [...new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).formatToParts(value), { type: 'literal', value: ' ' }, { type: 'currency', value: currency }];
  }
}

const joined = (parts) => parts.map((part) => part.value).join('');

/**
 * A cost as the page's language writes it: `1 000 000 – 10 000 000 ₽` (a currency written after
 * the amount is said once), `$5,000 – $50,000`, or one end with `text.costFrom` / `text.costUpTo`.
 */
export function formatCost(cost, language, text = {}) {
  if (!cost) return '';
  const currency = String(cost.currency ?? '').toUpperCase();
  const from = typeof cost.from === 'number' ? cost.from : null;
  const to = typeof cost.to === 'number' ? cost.to : null;
  if (from !== null && to !== null) {
    if (from === to) return joined(moneyParts(from, currency, language));
    const lower = moneyParts(from, currency, language);
    const lastNumber = lower.findLastIndex((part) => NUMERIC.has(part.type));
    const sign = lower.findIndex((part) => part.type === 'currency');
    const head = sign > lastNumber ? lower.slice(0, lastNumber + 1) : lower;
    return `${joined(head)} – ${joined(moneyParts(to, currency, language))}`;
  }
  if (from !== null) return fill(text.costFrom || '{amount}+', { amount: joined(moneyParts(from, currency, language)) });
  if (to !== null) return fill(text.costUpTo || '≤ {amount}', { amount: joined(moneyParts(to, currency, language)) });
  return '';
}

/** The contract's spelling of a duration, as the export's `text` gives it: `6 months`, `1-2 years`, `6+ months`, `1 week`. */
const DURATION = /^(\d+(?:\.\d+)?)(?:(\+)|\s*[-–]\s*(\d+(?:\.\d+)?))?\s+(day|week|month|year)s?$/;

/**
 * A duration in the page's language: `6 месяцев`, `6–12 months`, `6+ חודשים`. The unit is the
 * card's own (days, weeks, months, years); text the pattern does not know falls back to months.
 */
export function formatDuration(duration, language) {
  if (!duration) return '';
  const match = DURATION.exec(String(duration.text ?? '').trim());
  const [lower, upper, open, unit] = match
    ? [Number(match[1]), match[3] === undefined ? null : Number(match[3]), Boolean(match[2]), match[4]]
    : [duration.months_from, duration.months_to ?? null, Boolean(duration.open), 'month'];
  if (typeof lower !== 'number' || !Number.isFinite(lower)) return String(duration.text ?? '');
  let format;
  try {
    format = new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 2 });
  } catch {
    return String(duration.text ?? '');
  }
  if (upper !== null && upper > lower) {
    return typeof format.formatRange === 'function' ? format.formatRange(lower, upper) : `${format.format(lower)} – ${format.format(upper)}`;
  }
  if (open) {
    // "6+ months": a plus right after the number, in any language's word order.
    const parts = format.formatToParts(lower);
    const last = parts.findLastIndex((part) => NUMERIC.has(part.type));
    return parts.map((part, index) => (index === last ? `${part.value}+` : part.value)).join('');
  }
  return format.format(lower);
}

/** A contact's web address, only when it is http(s); anything else is shown as text, never linked. */
function webAddress(url) {
  try {
    const parsed = new URL(String(url));
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------
// The table

/**
 * The comparison table for `cards` (one export card per column, already chosen by language).
 * `options`: {language, root, text, languages}; `text` holds the page's UI strings.
 */
export function compareTable(cards, { language, root = '/', text = {}, languages = new Map() }) {
  const pageDir = document.documentElement.dir || 'ltr';
  const foreign = (card) => card.lang !== language;
  // Cells of a column in another language carry its lang and dir; words the page adds keep the page's.
  const cellAttributes = (card) => (foreign(card) ? { lang: card.lang, dir: languages.get(card.lang)?.dir ?? 'auto' } : {});
  const ours = (attributes = {}) => ({ ...attributes, lang: language, dir: pageDir });
  const none = () => h('span', ours({ class: 'compare-none' }), text.compareNotStated || '—');
  const list = (items, tag = 'ul', attributes = {}) => (items.length ? h(tag, { class: 'compare-list', ...attributes }, items) : none());
  const labels = (terms) => list((terms ?? []).map((term) => h('li', {}, term.label ?? term.key)));

  const rows = [
    ['cost', text.fieldCost, (card) => {
      const amount = formatCost(card.cost, language, text);
      if (!amount) return none();
      return [h('bdi', ours({ class: 'compare-amount' }), amount), card.cost.note ? h('small', { class: 'compare-note' }, card.cost.note) : null];
    }],
    ['implementation', text.fieldImplementationTime, (card) => (card.implementation_time
      ? h('bdi', ours(), formatDuration(card.implementation_time, language)) : none())],
    ['preparation', text.fieldPreparationTime, (card) => (card.preparation_time
      ? h('bdi', ours(), formatDuration(card.preparation_time, language)) : none())],
    ['stages', text.fieldStages, (card) => list((card.stages ?? []).map((stage) => h('li', {},
      h('span', { class: 'compare-stage' }, stage.title ?? ''),
      stage.duration ? [' ', h('span', ours({ class: 'muted' }), '(', h('bdi', {}, formatDuration(stage.duration, language)), ')')] : null)), 'ol')],
    ['results', text.fieldResults, (card) => list((card.results ?? []).map((result) => h('li', {},
      result.value ? [h('strong', { class: 'compare-figure' }, h('bdi', {}, result.value)), ' '] : null,
      h('span', {}, result.text ?? ''))), 'ul', { class: 'compare-list compare-results' })],
    ['audience', text.fieldAudience, (card) => labels(card.audience)],
    ['topics', text.fieldTopics, (card) => labels(card.topics)],
    ['evidence', text.fieldEvidence, (card) => (card.evidence ? h('span', {}, card.evidence.label ?? card.evidence.key) : none())],
    ['replication', text.fieldReplication, (card) => list((card.replication ?? []).map((way) =>
      h('li', ours(), text[`replication${way[0].toUpperCase()}${way.slice(1)}`] || way)))],
    ['regions', text.fieldRegions, (card) => list((card.regions ?? []).map((region, index) => h('li', {},
      region.label ?? region.key, index === 0 ? [' ', h('span', ours({ class: 'badge' }), text.firstRegion || '1')] : null)))],
    ['contacts', text.fieldContacts, (card) => list((card.contacts ?? []).map((contact) => {
      const web = contact.url ? webAddress(contact.url) : null;
      return h('li', {},
        contact.name ? h('span', {}, contact.name) : null,
        contact.email ? [' ', h('a', { href: `mailto:${contact.email}`, dir: 'ltr' }, contact.email)] : null,
        contact.url ? [' ', web ? h('a', { href: web, rel: 'nofollow noopener', dir: 'ltr' }, contact.url) : h('span', { dir: 'ltr' }, contact.url)] : null);
    }))],
  ];

  // The last row holds the shortlist buttons, so that the column headers screen readers repeat stay short.
  rows.push(['shortlist', text.shortlistTitle, (card) => h('button', ours({
    type: 'button', class: 'shortlist-toggle', 'data-shortlist-toggle': true, 'data-practice-id': card.id,
    'data-practice-title': card.title ?? card.id, hidden: true,
  }), text.shortlistAdd ?? '')]);

  const head = h('tr', {},
    h('td', { class: 'compare-corner' }),
    cards.map((card) => h('th', { scope: 'col', class: 'compare-practice', ...cellAttributes(card) },
      h('a', { href: practiceHref(root, card), hreflang: foreign(card) ? card.lang : null }, card.title ?? card.id),
      foreign(card) ? h('p', ours({ class: 'other-language' }), text.planningShownIn ?? '', ' ',
        h('span', { class: 'badge', lang: card.lang, dir: languages.get(card.lang)?.dir ?? 'auto', 'data-language-badge': card.lang }, languageName(card.lang, languages))) : null)));

  return h('table', { class: 'compare-table', 'data-compare-table': true },
    h('caption', { class: 'visually-hidden' }, text.compareCaption || text.compareTitle || ''),
    h('thead', {}, head),
    h('tbody', {}, rows.map(([key, label, cell]) => h('tr', { 'data-row': key },
      h('th', { scope: 'row' }, label ?? key),
      cards.map((card) => h('td', { 'data-practice-id': card.id, ...cellAttributes(card) }, cell(card)))))));
}

// ---------------------------------------------------------------------------------------
// The page

async function startCompare(root) {
  const text = strings(root);
  const language = root.dataset.lang;
  const languages = siteLanguages();
  const status = h('p', { class: 'planning-status', role: 'status', 'aria-live': 'polite', 'data-compare-status': true }, text.compareLoading ?? '');
  const notes = h('div', { class: 'planning-notes', 'data-compare-notes': true });
  const area = h('div', { class: 'compare-area' });
  root.append(status, notes, area);

  const { ids, extra } = parseIds(location.search);
  const shortlistLink = () => (root.dataset.shortlist ? h('a', { href: root.dataset.shortlist }, text.shortlistTitle ?? '') : null);
  if (ids.length === 0) {
    status.replaceChildren(text.compareEmpty ?? '', ' ', shortlistLink() ?? '');
    return;
  }
  if (extra > 0) notes.append(h('p', { class: 'notice' }, fill(text.compareLimit, { max: LIMIT })));

  const loaded = await Promise.all(ids.map((id) => loadPractice(root.dataset.api, id).then(
    (practice) => ({ id, practice }),
    (error) => ({ id, error }))));
  const missing = loaded.filter((item) => !item.practice && !item.error).map((item) => item.id);
  const failed = loaded.filter((item) => item.error);
  for (const item of failed) console.warn(item.error);
  if (missing.length) notes.append(h('p', { class: 'notice', 'data-compare-missing': true }, fill(text.compareMissing, { ids: missing.join(', ') })));
  if (failed.length) notes.append(h('p', { class: 'notice' }, fill(text.compareFailed, { ids: failed.map((item) => item.id).join(', ') })));

  const cards = loaded.filter((item) => item.practice).map((item) => pickVersion(item.practice, language));
  if (cards.length === 0) {
    status.replaceChildren(text.compareEmpty ?? '', ' ', shortlistLink() ?? '');
    return;
  }
  const table = compareTable(cards, { language, root: root.dataset.root ?? '/', text, languages });
  // The box scrolls sideways on narrow screens; as a labelled, focusable region it scrolls by keyboard too.
  area.append(h('div', {
    class: 'compare-scroll', role: 'region', tabindex: '0', 'aria-labelledby': root.dataset.heading || null,
    'aria-label': root.dataset.heading ? null : (text.compareTitle ?? null),
  }, table));
  status.textContent = fill(text.compareCount, { count: new Intl.NumberFormat(language).format(cards.length) });
  root.dataset.ready = '';
}

const page = typeof document === 'undefined' ? null : document.querySelector('[data-compare-page]');
if (page) startCompare(page).catch((error) => console.error(error));
