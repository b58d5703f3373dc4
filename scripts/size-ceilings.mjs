// The ceilings `npm run size:check` holds a figure to while its budget is not met yet (scripts/size-ceilings.json):
// bytes, min+gzip, as scripts/size.mjs measures them. A figure within its budget needs no ceiling; one over it
// may not grow past the ceiling recorded for it. Ceilings only come down here; raising one is a hand edit.
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = new URL('./size-ceilings.json', import.meta.url);
const KB = 1024;
/**
 * Bytes a figure may exceed its ceiling by: any change of content renames esbuild's hashed chunks, and the new
 * names in the import lines can gzip a byte or two apart. Ceilings are never raised by a script, so the slack
 * cannot add up over commits.
 */
export const SLACK_BYTES = 100;
const kb = (n) => `${(n / KB).toFixed(2)} KB`;

function readCeilings(file = FILE) {
  return JSON.parse(readFileSync(file, 'utf8')).ceilings;
}

/**
 * One verdict per figure `{ key, bytes, budget }`: ok when within its budget, or over it but not above its ceiling.
 * A figure over budget with no ceiling fails: a budget newly broken is not grandfathered in.
 */
export function ceilingVerdicts(figures, ceilings = readCeilings()) {
  return figures.map(({ key, bytes, budget }) => {
    if (bytes <= budget) return { key, ok: true };
    const ceiling = ceilings[key];
    if (ceiling === undefined) {
      return { key, ok: false, message: `${key}: ${kb(bytes)} exceeds its budget ${kb(budget)} and has no ceiling` };
    }
    if (bytes > ceiling + SLACK_BYTES) {
      return { key, ok: false, message: `${key}: ${kb(bytes)} exceeds its ceiling ${kb(ceiling)} (budget ${kb(budget)})` };
    }
    const lower = bytes < ceiling ? `, ${kb(ceiling - bytes)} under its ceiling ${kb(ceiling)}` : ` (ceiling ${kb(ceiling)})`;
    return { key, ok: true, message: `${key}: ${kb(bytes)}, budget ${kb(budget)} not met yet${lower}` };
  });
}

/** Writes today's figures as the ceilings where they are lower, drops ceilings of budgets now met; returns a summary. */
export function lowerCeilings(figures, file = FILE) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const next = {};
  const changes = [];
  for (const { key, bytes, budget } of figures) {
    const old = doc.ceilings[key];
    if (bytes <= budget) {
      if (old !== undefined) changes.push(`${key}: budget met, ceiling dropped`);
      continue;
    }
    next[key] = old === undefined ? bytes : Math.min(old, bytes);
    if (old === undefined) changes.push(`${key}: ceiling set at ${kb(bytes)}`);
    else if (bytes < old) changes.push(`${key}: ceiling ${kb(old)} → ${kb(bytes)}`);
  }
  doc.ceilings = next;
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  return changes.length ? `Ceilings written:\n${changes.map((c) => `  ${c}`).join('\n')}` : 'Ceilings unchanged.';
}
