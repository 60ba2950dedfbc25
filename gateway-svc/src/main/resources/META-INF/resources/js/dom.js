/**
 * Builds elements from data without ever parsing it as HTML: every string child becomes a text node and every
 * attribute is set as a value, so file names and labels are shown as they are, never run.
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name === 'style') {
      // Through the CSSOM: the page's Content-Security-Policy refuses style attributes.
      for (const [property, propertyValue] of Object.entries(value)) {
        element.style.setProperty(property, propertyValue);
      }
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  element.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
  return element;
}

/** Text only screen readers read (e.g. which video a button acts on). */
export function hiddenText(text) {
  return el('span', { class: 'visually-hidden' }, text);
}

/** Label chips: the name, and the confidence when known. */
export function chips(labels, attributes = {}) {
  return el('ul', { class: 'chips', ...attributes }, labels.map(chip));
}

export function chip({ name, confidence }) {
  return el('li', { class: 'chip', dataset: { label: name } },
    el('span', { class: 'chip-name' }, name),
    confidence === undefined ? null : el('span', { class: 'chip-confidence' }, `${Math.round(confidence)} %`));
}

/**
 * An animated preview: WebP where the browser takes it, the GIF otherwise (null when there is neither yet).
 */
export function previewPicture({ webpUrl, gifUrl }, alt, attributes = {}) {
  if (!gifUrl && !webpUrl) {
    return null;
  }
  return el('picture', {},
    webpUrl ? el('source', { type: 'image/webp', srcset: webpUrl }) : null,
    el('img', { src: gifUrl ?? webpUrl, alt, ...attributes }));
}
