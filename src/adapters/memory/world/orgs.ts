import {
  ORG_CLASSIFICATIONS,
  ORG_LEVELS,
  type OrgClassification,
  type OrgLevel,
} from '../../../domain/orgs.js';
import type { Rng } from '../random.js';
import { CITY_NAME, type AreaWorld } from './areas.js';

/**
 * The party organisation tree over the area world: city → district → street → community →
 * compound branch → building group. Grids are not nodes (there is no grid level in Popolo terms
 * here); their grid workers are posts of the community organisation.
 *
 * Up to 100,000 nodes, so the tree is stored column-wise in breadth-first order: the children of
 * a node are one contiguous index range. A node's id is derived from its area id (`o-<areaId>`, plus
 * `-u<n>` for one unit of a building), so no id strings or id map are built: lookups walk down
 * from the root by id prefix. Names are interned (thousands of "3号楼党小组" share one string), which
 * also makes the name index small. People (post holders, members) are not stored at all: they are
 * made on demand from an rng forked by org id, so they come out the same every time.
 */
export interface OrgWorld {
  size: number;
  /** The area each node covers (shared strings from the area world). */
  areaIds: string[];
  /** Building unit of a per-unit group, else 0. */
  unit: Uint16Array;
  /** Index of the parent, -1 for the root. */
  parent: Int32Array;
  /** Index into ORG_LEVELS. */
  level: Uint8Array;
  /** Index into ORG_CLASSIFICATIONS. */
  classification: Uint8Array;
  /** Children are indices firstChild[i] … firstChild[i] + childCount[i] - 1, in display order. */
  firstChild: Int32Array;
  childCount: Int32Array;
  /** Direct members (memberships in this organisation itself). */
  memberCount: Int32Array;
  /** Index into `nameTable`: the name index searches each distinct name once. */
  nameId: Int32Array;
  nameTable: string[];
  /** Parent of every lazily made person; fork it by a stable label. */
  peopleRng: Rng;
}

/** Share of urban buildings with a party group in the realistic default. */
const DEFAULT_BUILDING_SHARE = 0.4;

const MEMBER_RANGE: Record<OrgLevel, readonly [number, number]> = {
  city: [120, 260],
  district: [60, 180],
  street: [30, 90],
  community: [40, 160],
  compound: [8, 50],
  building: [3, 15],
};

/** The nodes being added: parallel growable columns, converted to typed arrays at the end. */
class Columns {
  areaIds: string[] = [];
  unit: number[] = [];
  parent: number[] = [];
  level: number[] = [];
  classification: number[] = [];
  memberCount: number[] = [];
  nameId: number[] = [];
  firstChild: number[] = [];
  childCount: number[] = [];
  nameTable: string[] = [];

  constructor(private rng: Rng) {}

  get length(): number {
    return this.areaIds.length;
  }

  /** A name to share between nodes (see `add`). */
  name(text: string): number {
    return this.nameTable.push(text) - 1;
  }

  add(areaId: string, name: string | number, parent: number, level: OrgLevel, cls: OrgClassification, unit = 0): void {
    const [min, max] = MEMBER_RANGE[level];
    this.areaIds.push(areaId);
    this.unit.push(unit);
    this.parent.push(parent);
    this.level.push(LEVEL_INDEX[level]);
    this.classification.push(CLASS_INDEX[cls]);
    this.memberCount.push(this.rng.int(min, max));
    this.nameId.push(typeof name === 'number' ? name : this.name(name));
    this.firstChild.push(0);
    this.childCount.push(0);
  }
}

const LEVEL_INDEX = Object.fromEntries(ORG_LEVELS.map((l, i) => [l, i])) as Record<OrgLevel, number>;
const CLASS_INDEX = Object.fromEntries(ORG_CLASSIFICATIONS.map((c, i) => [c, i])) as Record<OrgClassification, number>;

/**
 * Picks exactly `k` of `n` candidates seen one at a time, each with equal chance
 * (Knuth's selection sampling), so a requested node count is hit exactly without a shuffle.
 */
function selector(rng: Rng, n: number, k: number): () => boolean {
  let seen = 0;
  let taken = 0;
  return () => {
    const take = rng.next() * (n - seen) < k - taken;
    seen++;
    if (take) taken++;
    return take;
  };
}

/**
 * `orgNodes` 0 gives the realistic default (every community and compound, party groups in 40% of
 * urban buildings: about 19,000 nodes for 480 communities). A positive number gives that many nodes
 * (at least the city, districts and streets), filling levels top-down and splitting buildings into
 * per-unit groups when there are more groups than buildings.
 */
export function generateOrgs(rng: Rng, areas: AreaWorld, orgNodes: number): OrgWorld {
  const cols = new Columns(rng.fork('member-counts'));
  const pick = rng.fork('selection');
  const kids = (areaId: string) => areas.childIds.get(areaId) ?? [];
  const areaName = (areaId: string) => areas.byId.get(areaId)?.name ?? areaId;
  let budget = orgNodes > 0 ? orgNodes : Infinity;

  /** Expands every node in [from, to) with the children `candidates` gives, keeping `k` of them overall. */
  const expand = (
    from: number,
    to: number,
    candidates: (index: number) => string[],
    k: (n: number) => number,
    make: (areaId: string, parent: number) => void,
  ) => {
    let n = 0;
    for (let i = from; i < to; i++) n += candidates(i).length;
    const keep = Math.min(n, Math.max(0, k(n)));
    const take = selector(pick, n, keep);
    for (let i = from; i < to; i++) {
      cols.firstChild[i] = cols.length;
      for (const areaId of candidates(i)) if (take()) make(areaId, i);
      cols.childCount[i] = cols.length - cols.firstChild[i]!;
    }
    budget -= keep;
  };

  // City, districts and streets are always there.
  cols.add(areas.rootId, `中共${CITY_NAME}委员会`, -1, 'city', 'committee');
  budget -= 1;
  const all = (n: number) => n;
  expand(0, 1, (i) => kids(cols.areaIds[i]!), all, (areaId, parent) =>
    cols.add(areaId, districtOrgName(areaName(areaId)), parent, 'district', 'committee'),
  );
  let from = 1;
  let to = cols.length;
  expand(from, to, (i) => kids(cols.areaIds[i]!), all, (areaId, parent) =>
    cols.add(areaId, streetOrgName(areaName(areaId)), parent, 'street', 'committee'),
  );

  // Communities and villages: a committee when large, a general branch otherwise.
  [from, to] = [to, cols.length];
  const compounds = new Map<string, string[]>();
  const compoundsOf = (communityId: string) => {
    let list = compounds.get(communityId);
    if (!list) compounds.set(communityId, (list = kids(communityId).flatMap((gridId) => kids(gridId))));
    return list;
  };
  expand(from, to, (i) => kids(cols.areaIds[i]!), (n) => Math.min(n, budget), (areaId, parent) => {
    const large = compoundsOf(areaId).length >= 14;
    const name = `中共${areaName(areaId)}${large ? '委员会' : '总支部委员会'}`;
    cols.add(areaId, name, parent, 'community', large ? 'committee' : 'general-branch');
  });

  // Compound (or village group) branches.
  [from, to] = [to, cols.length];
  expand(from, to, (i) => compoundsOf(cols.areaIds[i]!), (n) => Math.min(n, budget), (areaId, parent) => {
    const community = areaName(cols.areaIds[parent]!);
    const name = community.endsWith('村') ? `${community}${areaName(areaId)}党支部` : `${areaName(areaId)}党支部`;
    cols.add(areaId, name, parent, 'compound', 'branch');
  });

  // Building party groups, urban compounds only (village "号院" have none).
  [from, to] = [to, cols.length];
  const village: boolean[] = [];
  let buildings = 0;
  for (let i = from; i < to; i++) {
    village[i - from] = areaName(cols.areaIds[cols.parent[i]!]!).endsWith('村');
    if (!village[i - from]) buildings += kids(cols.areaIds[i]!).length;
  }
  const groups = orgNodes > 0 ? Math.max(0, budget) : Math.round(buildings * DEFAULT_BUILDING_SHARE);
  const perBuilding = buildings > 0 ? Math.floor(groups / buildings) : 0;
  const takeExtra = selector(pick, buildings, buildings > 0 ? groups - perBuilding * buildings : 0);
  // "3号楼党小组" / "3号楼2单元党小组", one shared string per building name and unit.
  const groupNames = new Map<string, number[]>();
  const groupName = (building: string, unit: number) => {
    let names = groupNames.get(building);
    if (!names) groupNames.set(building, (names = []));
    return (names[unit] ??= cols.name(unit === 0 ? `${building}党小组` : `${building}${unit}单元党小组`));
  };
  for (let i = from; i < to; i++) {
    cols.firstChild[i] = cols.length;
    for (const areaId of village[i - from] ? [] : kids(cols.areaIds[i]!)) {
      const units = perBuilding + (takeExtra() ? 1 : 0);
      const building = areaName(areaId);
      if (units === 1) cols.add(areaId, groupName(building, 0), i, 'building', 'group');
      for (let u = 1; units > 1 && u <= units; u++) cols.add(areaId, groupName(building, u), i, 'building', 'group', u);
    }
    cols.childCount[i] = cols.length - cols.firstChild[i]!;
  }

  return {
    size: cols.length,
    areaIds: cols.areaIds,
    unit: Uint16Array.from(cols.unit),
    parent: Int32Array.from(cols.parent),
    level: Uint8Array.from(cols.level),
    classification: Uint8Array.from(cols.classification),
    firstChild: Int32Array.from(cols.firstChild),
    childCount: Int32Array.from(cols.childCount),
    memberCount: Int32Array.from(cols.memberCount),
    nameId: Int32Array.from(cols.nameId),
    nameTable: cols.nameTable,
    peopleRng: rng.fork('people'),
  };
}

function districtOrgName(district: string): string {
  if (district.endsWith('县')) return `中共${district}委员会`;
  if (district.includes('开发区')) return `中共${CITY_NAME.replace(/市$/, '')}${district}工作委员会`;
  return `中共${CITY_NAME}${district}委员会`;
}

function streetOrgName(street: string): string {
  return street.endsWith('街道') ? `中共${street}工作委员会` : `中共${street}委员会`;
}

export function orgId(world: OrgWorld, index: number): string {
  const unit = world.unit[index]!;
  return unit ? `o-${world.areaIds[index]}-u${unit}` : `o-${world.areaIds[index]}`;
}

export function orgName(world: OrgWorld, index: number): string {
  return world.nameTable[world.nameId[index]!]!;
}

/**
 * The index of organisation `id`, or -1. Ids extend their parent's area id, so this walks down
 * from the root comparing prefixes: a few dozen comparisons instead of a 100,000-entry map.
 */
export function findOrg(world: OrgWorld, id: string): number {
  if (!id.startsWith('o-')) return -1;
  const rest = id.slice(2);
  let node = 0;
  for (;;) {
    const area = world.areaIds[node]!;
    if (rest === area && world.unit[node] === 0) return node;
    if (world.unit[node] !== 0) return rest === `${area}-u${world.unit[node]}` ? node : -1;
    let next = -1;
    const first = world.firstChild[node]!;
    for (let c = first; c < first + world.childCount[node]!; c++) {
      const child = world.areaIds[c]!;
      if (rest.startsWith(child) && (rest.length === child.length || rest.charCodeAt(child.length) === 45 /* - */)) {
        // Per-unit groups share their building's area id: pick the one with the right unit.
        if (world.unit[c] === 0 || rest === `${child}-u${world.unit[c]}`) {
          next = c;
          break;
        }
      }
    }
    if (next === -1) return -1;
    node = next;
  }
}

/** Indices of the organisations whose name contains `needle`, in tree (breadth-first) order. */
export function searchOrgNames(world: OrgWorld, needle: string): number[] {
  const text = needle.trim().toLowerCase();
  const hits: number[] = [];
  if (!text) return hits;
  // Test each distinct name once, then one pass over the nodes. (Generated names have no Latin
  // letters, so lowering the needle alone keeps the search case-insensitive.)
  const matches = new Uint8Array(world.nameTable.length);
  let any = false;
  world.nameTable.forEach((name, i) => {
    if (name.includes(text)) {
      matches[i] = 1;
      any = true;
    }
  });
  if (!any) return hits;
  for (let i = 0; i < world.size; i++) if (matches[world.nameId[i]!]) hits.push(i);
  return hits;
}

/** From the root down to the parent of `index`. */
export function orgAncestors(world: OrgWorld, index: number): number[] {
  const out: number[] = [];
  for (let p = world.parent[index]!; p !== -1; p = world.parent[p]!) out.push(p);
  return out.reverse();
}
