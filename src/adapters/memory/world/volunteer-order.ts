import type { VolunteerSort } from '../../../domain/volunteers.js';
import type { VolunteerWorld } from './volunteers.js';

/**
 * Sort orders of the volunteer rows, made once per world (and per sort) so a filter keystroke is
 * one pass over a ready order. Names sort in Chinese (pinyin) order as `Intl.Collator('zh-CN')` does.
 */

const collator = new Intl.Collator('zh-CN');
const cache = new WeakMap<VolunteerWorld, Map<string, Int32Array>>();

/** What the order needs to know about a row, for adapters that have added or changed rows. */
export interface RowKeys {
  count: number;
  name(i: number): string;
  hoursYear(i: number): number;
  joined(i: number): number;
}

/** Row indices of the seeded world in `sort` order. */
export function baseOrder(world: VolunteerWorld, sort: VolunteerSort): Int32Array {
  let orders = cache.get(world);
  if (!orders) cache.set(world, (orders = new Map()));
  let order = orders.get(sort);
  if (!order) {
    const rank = sort === 'name' ? null : nameRank(world);
    const rows: RowKeys = {
      count: world.count,
      name: (i) => world.names[i]!,
      hoursYear: (i) => world.hoursYear[i]!,
      joined: (i) => world.joined[i]!,
    };
    order = sort === 'name' ? nameOrder(world) : sortRows(rows, sort, (i) => rank![i]!);
    orders.set(sort, order);
  }
  return order;
}

/** Row indices, seeded and added, in `sort` order, for an adapter whose rows differ from the world. */
export function overlayOrder(world: VolunteerWorld, sort: VolunteerSort, rows: RowKeys): Int32Array {
  const base = nameOrder(world);
  const baseRank = nameRank(world);
  // Added names slot in between the seeded ones: rank p - 0.5 sits just before seeded row p.
  const rank = (i: number) => (i < world.count ? baseRank[i]! : lowerBound(world, base, rows.name(i)) - 0.5);
  const ranks = new Float64Array(rows.count);
  for (let i = 0; i < rows.count; i++) ranks[i] = rank(i);
  return sortRows(rows, sort, (i) => ranks[i]!);
}

function sortRows(rows: RowKeys, sort: VolunteerSort, rank: (i: number) => number): Int32Array {
  const order = new Int32Array(rows.count);
  for (let i = 0; i < rows.count; i++) order[i] = i;
  const byName = (a: number, b: number) => rank(a) - rank(b) || a - b;
  const compare: Record<VolunteerSort, (a: number, b: number) => number> = {
    name: byName,
    'hours-desc': (a, b) => rows.hoursYear(b) - rows.hoursYear(a) || byName(a, b),
    'hours-asc': (a, b) => rows.hoursYear(a) - rows.hoursYear(b) || byName(a, b),
    'joined-desc': (a, b) => rows.joined(b) - rows.joined(a) || byName(a, b),
  };
  return order.sort(compare[sort]);
}

/**
 * Seeded rows by name. Comparing 50,000 names with the collator is slow, so the distinct characters
 * are ranked with it once and each name becomes a number: for these short names, comparing the
 * numbers is comparing the names character by character, which is what the collator does.
 */
function nameOrder(world: VolunteerWorld): Int32Array {
  let orders = cache.get(world);
  if (!orders) cache.set(world, (orders = new Map()));
  let order = orders.get('name');
  if (order) return order;
  const { names } = world;
  const seen = new Set<string>();
  for (const name of names) for (const ch of name) seen.add(ch);
  const chars = [...seen].sort(collator.compare);
  const charRank = new Map<string, number>();
  let r = 0;
  chars.forEach((ch, i) => {
    if (i === 0 || collator.compare(chars[i - 1]!, ch) !== 0) r++;
    charRank.set(ch, r);
  });
  const base = r + 1;
  const keys = new Float64Array(names.length);
  let long = false;
  names.forEach((name, i) => {
    const list = Array.from(name);
    if (list.length > 4) long = true;
    let key = 0;
    for (let c = 0; c < 4; c++) key = key * base + (c < list.length ? charRank.get(list[c]!)! : 0);
    keys[i] = key;
  });
  order = new Int32Array(names.length);
  for (let i = 0; i < names.length; i++) order[i] = i;
  order.sort((a, b) => keys[a]! - keys[b]! || (long ? collator.compare(names[a]!, names[b]!) : 0) || a - b);
  orders.set('name', order);
  return order;
}

const ranks = new WeakMap<VolunteerWorld, Int32Array>();

/** Position of each seeded row in name order. */
function nameRank(world: VolunteerWorld): Int32Array {
  let rank = ranks.get(world);
  if (!rank) {
    const order = nameOrder(world);
    rank = new Int32Array(order.length);
    order.forEach((row, p) => (rank![row] = p));
    ranks.set(world, rank);
  }
  return rank;
}

/** The first position in name order whose name is not before `name`. */
function lowerBound(world: VolunteerWorld, order: Int32Array, name: string): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (collator.compare(world.names[order[mid]!]!, name) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Compares two names as the name sort does. */
export const compareNames = collator.compare;
