/** How numbers and times read on the page. */

export function seconds(value) {
  return `${value.toFixed(1)} s`;
}

export function percent(fraction) {
  return `${Math.round(fraction * 100)} %`;
}

export function bytes(count) {
  if (count === null || count === undefined) {
    return '';
  }
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = count;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${value} ${units[0]}` : `${value.toFixed(1)} ${units[unit]}`;
}

export function dateTime(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}
