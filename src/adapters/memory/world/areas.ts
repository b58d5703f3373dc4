import type { Area, AreaLevel } from '../../../domain/areas.js';
import type { Rng } from '../random.js';

/** The seeded city: a prefecture-level city of urban districts and rural counties. */
export const CITY_NAME = '青川市';

const DISTRICTS: ReadonlyArray<{ name: string; county: boolean }> = [
  { name: '东城区', county: false },
  { name: '西城区', county: false },
  { name: '南湖区', county: false },
  { name: '北山区', county: false },
  { name: '高新技术产业开发区', county: false },
  { name: '临河县', county: true },
  { name: '青山县', county: true },
  { name: '云溪县', county: true },
];

const PLACE_WORDS = Array.from('安和平兴华康宁福德顺泰祥瑞丰盛利民新光明阳春秋文明仁礼义信东西南北中湖山河江桥园林松柏桂兰梅竹荷');
const COMPOUND_SUFFIXES = ['小区', '花园', '家园', '苑', '新村', '公寓', '嘉园', '雅居'];

export interface AreaWorldSizes {
  /** About how many communities (and villages) the city has. */
  communities: number;
  gridsPerCommunity: readonly [number, number];
  compoundsPerGrid: readonly [number, number];
  buildingsPerCompound: readonly [number, number];
}

export const DEFAULT_AREA_SIZES: AreaWorldSizes = {
  communities: 480,
  gridsPerCommunity: [3, 6],
  compoundsPerGrid: [2, 4],
  buildingsPerCompound: [3, 9],
};

export interface AreaWorld {
  rootId: string;
  byId: Map<string, Area>;
  /** Child ids in display order. */
  childIds: Map<string, string[]>;
  byLevel: Map<AreaLevel, Area[]>;
}

function placeName(rng: Rng): string {
  return rng.pick(PLACE_WORDS) + rng.pick(PLACE_WORDS);
}

/** Builds the area hierarchy city → district → street → community → grid → compound → building. */
export function generateAreas(rng: Rng, sizes: AreaWorldSizes = DEFAULT_AREA_SIZES): AreaWorld {
  const byId = new Map<string, Area>();
  const childIds = new Map<string, string[]>();
  const byLevel = new Map<AreaLevel, Area[]>();

  const add = (id: string, name: string, level: AreaLevel, parentId: string | null, lat: number, lng: number) => {
    const area: Area = { id, name, level, parentId, childCount: 0, centroid: { lat: round(lat), lng: round(lng) } };
    byId.set(id, area);
    if (!byLevel.has(level)) byLevel.set(level, []);
    byLevel.get(level)!.push(area);
    if (parentId) {
      const siblings = childIds.get(parentId) ?? [];
      siblings.push(id);
      childIds.set(parentId, siblings);
      byId.get(parentId)!.childCount = siblings.length;
    }
    return area;
  };

  const root = add('city', CITY_NAME, 'city', null, 36.8, 118.05);
  const streetsPerDistrict = Math.max(1, Math.round(Math.sqrt(sizes.communities / DISTRICTS.length) * 1.2));
  const communitiesPerStreet = Math.max(1, sizes.communities / (DISTRICTS.length * streetsPerDistrict));
  let communitiesMade = 0;

  DISTRICTS.forEach((district, d) => {
    const dId = `d${pad(d + 1)}`;
    const dLat = 36.8 + (d % 3 - 1) * 0.12;
    const dLng = 118.05 + (Math.floor(d / 3) - 1) * 0.15;
    add(dId, district.name, 'district', root.id, dLat, dLng);
    const usedStreetNames = new Set<string>();
    for (let s = 0; s < streetsPerDistrict; s++) {
      let streetName = placeName(rng);
      while (usedStreetNames.has(streetName)) streetName = placeName(rng);
      usedStreetNames.add(streetName);
      const sId = `${dId}-s${pad(s + 1)}`;
      const sLat = dLat + (rng.next() - 0.5) * 0.08;
      const sLng = dLng + (rng.next() - 0.5) * 0.1;
      add(sId, streetName + (district.county ? '镇' : '街道'), 'street', dId, sLat, sLng);
      // Spread the remainder so the total lands on the requested count.
      const target = Math.round(communitiesPerStreet * (d * streetsPerDistrict + s + 1)) - communitiesMade;
      for (let c = 0; c < target; c++) {
        communitiesMade++;
        const cId = `${sId}-c${pad(c + 1)}`;
        const cLat = sLat + (rng.next() - 0.5) * 0.02;
        const cLng = sLng + (rng.next() - 0.5) * 0.02;
        const village = district.county && rng.chance(0.6);
        add(cId, placeName(rng) + (village ? '村' : '社区'), 'community', sId, cLat, cLng);
        const grids = rng.int(...sizes.gridsPerCommunity);
        for (let g = 0; g < grids; g++) {
          const gId = `${cId}-g${g + 1}`;
          add(gId, `第${g + 1}网格`, 'grid', cId, cLat + (rng.next() - 0.5) * 0.004, cLng + (rng.next() - 0.5) * 0.004);
          const compounds = rng.int(...sizes.compoundsPerGrid);
          for (let p = 0; p < compounds; p++) {
            const pId = `${gId}-p${p + 1}`;
            const name = village ? `${placeName(rng)}组` : placeName(rng) + rng.pick(COMPOUND_SUFFIXES);
            add(pId, name, 'compound', gId, cLat + (rng.next() - 0.5) * 0.005, cLng + (rng.next() - 0.5) * 0.005);
            const buildings = rng.int(...sizes.buildingsPerCompound);
            for (let b = 0; b < buildings; b++) {
              add(`${pId}-b${b + 1}`, village ? `${b + 1}号院` : `${b + 1}号楼`, 'building', pId, cLat, cLng);
            }
          }
        }
      }
    }
  });
  return { rootId: root.id, byId, childIds, byLevel };
}

/** From the root down to and including `id`; empty when unknown. */
export function areaPath(world: AreaWorld, id: string): Area[] {
  const path: Area[] = [];
  for (let area = world.byId.get(id); area; area = area.parentId ? world.byId.get(area.parentId) : undefined) {
    path.unshift(area);
  }
  return path;
}

/** True when `id` is `ancestorId` or lies below it. Ids encode their ancestry, so this is a prefix test. */
export function isWithinArea(id: string, ancestorId: string): boolean {
  return ancestorId === 'city' || id === ancestorId || id.startsWith(`${ancestorId}-`);
}

/** "东城区 安和街道 兴华社区": a readable place line for lists. */
export function areaLabel(world: AreaWorld, id: string, fromLevel: AreaLevel = 'district'): string {
  const path = areaPath(world, id);
  const start = path.findIndex((a) => a.level === fromLevel);
  return path.slice(Math.max(0, start)).map((a) => a.name).join(' ');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function round(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}
