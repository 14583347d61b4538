// The colours of shortage and surplus, shared by the charts and the heat map (css/openwfm.css repeats them for
// the legends). Orange and blue stay apart under the common colour-vision deficiencies; shortage is striped too.

export const INK = '#1b1f24';
export const SURPLUS = '#0072b2';
export const SURPLUS_LIGHT = '#a6cde6';
export const SHORT = '#d55e00';
export const SHORT_LIGHT = '#f5c39b';
export const MET = '#8c959f';
export const CLOSED = '#ffffff';
export const SERVICE_LEVEL = '#e69f00';

/** A canvas fill of diagonal white stripes over {@code colour}: the mark of a shortage. */
export function stripes(pen, colour) {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 6;
  const t = tile.getContext('2d');
  t.fillStyle = colour;
  t.fillRect(0, 0, 6, 6);
  t.strokeStyle = '#ffffff';
  t.lineWidth = 1.5;
  t.beginPath();
  t.moveTo(0, 6); t.lineTo(6, 0);
  t.moveTo(-1, 1); t.lineTo(1, -1);
  t.moveTo(5, 7); t.lineTo(7, 5);
  t.stroke();
  return pen.createPattern(tile, 'repeat');
}
