// Small DOM helpers shared by every page script: elements are built from data as nodes and text,
// never from HTML strings, so that no content can become markup.

/** An element with attributes (null, undefined and false are left out) and children (strings become text). */
export function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

/** `template` with each `{name}` replaced by `values[name]`. */
export function fill(template, values) {
  return String(template ?? '').replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** UI strings from `data-text-*` attributes: data-text-shortlist-remove → text.shortlistRemove. */
export function strings(element) {
  const text = {};
  for (const [name, value] of Object.entries(element?.dataset ?? {})) {
    if (name.startsWith('text') && name.length > 4) text[name[4].toLowerCase() + name.slice(5)] = value;
  }
  return text;
}
