// Scores as people read them; a score the service could not compute (null: nothing to divide by) shows as a dash.

const NONE = '–';

/** 0.2222 -> "22.2%". */
export function percent(value) {
  return value == null ? NONE : `${(value * 100).toFixed(1)}%`;
}

/** 0.05 -> "+5.0%", -0.2222 -> "-22.2%": a bias says which way it leans. */
export function signedPercent(value) {
  return value == null ? NONE : `${value > 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
}

/** A ratio or a count of agents, {@code digits} after the point; {@code signed} puts "+" on positive ones. */
export function decimal(value, digits = 2, signed = false) {
  return value == null || Number.isNaN(value) ? NONE : `${signed && value > 0 ? '+' : ''}${value.toFixed(digits)}`;
}

/** A whole or fractional count with thousands grouped: 1234.5 -> "1,234.5". */
export function count(value) {
  return value == null ? NONE : value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}
