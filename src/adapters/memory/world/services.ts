import type { Area } from '../../../domain/areas.js';
import { maskName } from '../../../domain/masking.js';
import { weeklyOpening } from '../../../domain/schedules.js';
import type { Demand, Project, Provider, Resource, Schedule, Service, Weekday } from '../../../domain/services.js';
import { personName } from '../names.js';
import type { Rng } from '../random.js';
import { areaLabel, areaPath, type AreaWorld } from './areas.js';
import { DEMO_COMMUNITY } from './cases.js';
import { DAY_MS, shanghaiDate } from './seed-clock.js';
import {
  DEMAND_TEMPLATES,
  HOSPITALS,
  PROJECT_PREFIXES,
  RESOURCE_TEMPLATES,
  ROADS,
  SERVICE_TEMPLATES,
  ORGS_BY_BRANCH,
  SOCIAL_ORGS,
  UNITS,
  type ProviderKind,
  type ScheduleKind,
} from './service-templates.js';
import type { Taxonomy, TermSeed } from './taxonomy.js';

export interface ServiceSizes {
  services: number;
  demands: number;
  resources: number;
  projects: number;
}

/** The four community lists. Demands are newest first; the others in catalogue order. */
export interface ServiceWorld {
  services: readonly Service[];
  demands: readonly Demand[];
  resources: readonly Resource[];
  projects: readonly Project[];
}

const WEEKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
const ALL_WEEK: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Branch weights: most of a community's catalogue is for older people and children. */
const BRANCH_WEIGHTS: Readonly<Record<string, number>> = {
  elderly: 3,
  children: 2.5,
  health: 1.5,
  convenience: 1.5,
  culture: 1.2,
  legal: 1,
  employment: 1,
  disability: 0.8,
};

function schedules(rng: Rng, kind: ScheduleKind): Schedule[] {
  // In the city's time zone (CITY_TIME_ZONE), like every seeded date.
  const s = (byDay: Weekday[], opensAt: string, closesAt: string, note?: string): Schedule =>
    weeklyOpening(byDay, opensAt, closesAt, note ? { note } : {});
  switch (kind) {
    case 'weekday':
      return [s(WEEKDAYS, '08:30', '17:30')];
    case 'weekday-split':
      return [s(WEEKDAYS, '08:30', '11:30'), s(WEEKDAYS, '14:00', '17:30', '法定节假日休息')];
    case 'meals':
      return [s(ALL_WEEK, '11:00', '12:30', '午餐'), s(ALL_WEEK, '17:00', '18:30', '晚餐')];
    case 'everyday':
      return [s(ALL_WEEK, '08:00', '20:00')];
    case 'weekend':
      return [s(['SA', 'SU'], '09:00', '16:00')];
    case 'after-school':
      return [s(WEEKDAYS, '16:00', '18:30', '寒暑假另行安排')];
    case 'evening':
      return [s(ALL_WEEK, '18:30', '21:00')];
    case 'night':
      // Closes after midnight: closesAt earlier than opensAt.
      return [s(ALL_WEEK, '18:00', '02:00', '夜间服务')];
    case 'all-day':
      // The schema has no 24:00; a day-long window is written 00:00–23:59 and says so.
      return [s(ALL_WEEK, '00:00', '23:59', '24 小时开放')];
    case 'one-day':
      return [s([rng.pick(WEEKDAYS)], '09:00', '11:30', '每周一次坐班')];
    case 'early':
      return [s(ALL_WEEK, '06:00', '10:00')];
  }
}

function landline(rng: Rng): string {
  return `0533-${rng.int(2, 8)}${String(rng.int(0, 999999)).padStart(6, '0')}`;
}

function weightedBranch(rng: Rng, branches: readonly string[]): string {
  const total = branches.reduce((sum, b) => sum + (BRANCH_WEIGHTS[b] ?? 1), 0);
  let roll = rng.next() * total;
  for (const b of branches) {
    roll -= BRANCH_WEIGHTS[b] ?? 1;
    if (roll < 0) return b;
  }
  return branches[branches.length - 1]!;
}

/** Generates the catalogue, the demand, resource and project lists for one seed. */
export function generateServiceWorld(rng: Rng, areas: AreaWorld, taxonomy: Taxonomy, sizes: ServiceSizes, epoch: Date): ServiceWorld {
  const communities = areas.byLevel.get('community') ?? [];
  const branches = taxonomy.terms.filter((t) => t.parentId === null).map((t) => t.code);
  const leavesOf = (branch: string) => taxonomy.leaves.filter((t) => t.parentId === `t-${branch}`);
  const providers = new Map<string, Provider>();
  const streetOf = (c: Area) => areas.byId.get(c.parentId!)!;

  const provider = (kind: ProviderKind, community: Area, branch: string, units?: readonly string[]): Provider => {
    const name =
      kind === 'centre'
        ? `${community.name}党群服务中心`
        : kind === 'health'
          ? rng.chance(0.6) ? `${streetOf(community).name}社区卫生服务中心` : rng.pick(HOSPITALS)
          : kind === 'org'
            ? rng.pick(ORGS_BY_BRANCH[branch] ?? SOCIAL_ORGS)
            : rng.pick(units ?? UNITS);
    let found = [...providers.values()].find((p) => p.name === name);
    if (!found) {
      found = { id: `pr-${String(providers.size + 1).padStart(4, '0')}`, name, phone: landline(rng) };
      if (kind === 'centre') found.description = `${community.name}的“一站式”党群服务阵地`;
      providers.set(found.id, found);
    }
    return { ...found };
  };

  const place = (community: Area): string => {
    const grid = rng.pick(areas.childIds.get(community.id) ?? [community.id]);
    const compound = areas.byId.get(rng.pick(areas.childIds.get(grid) ?? [grid]));
    return compound && compound.level === 'compound' ? compound.name : community.name;
  };

  // Services: the first few in the demo community, one per branch, so demos and tests find them.
  const services: Service[] = [];
  for (let i = 0; i < sizes.services; i++) {
    const demo = i < branches.length && areas.byId.has(DEMO_COMMUNITY);
    const community = demo ? areas.byId.get(DEMO_COMMUNITY)! : rng.pick(communities);
    const branch = demo ? branches[i]! : weightedBranch(rng, branches);
    // Demo services sit in the community itself, so an area filter on it finds them.
    const inCommunity = (n: string) => !demo || n.includes('{community}');
    const term = rng.pick(leavesOf(branch).filter((t) => SERVICE_TEMPLATES[t.code]!.names.some(inCommunity)));
    const template = SERVICE_TEMPLATES[term.code]!;
    const nameTemplate = rng.pick(template.names.filter(inCommunity));
    const street = streetOf(community);
    // A `{street}` service serves the whole street and sits at street level.
    const area = nameTemplate.includes('{street}') ? street : community;
    const name = nameTemplate.replace('{community}', community.name).replace('{street}', street.name);
    const kind = rng.pick(template.providers);
    const prov = provider(kind, community, branch, template.units);
    const id = `sv-${String(i + 1).padStart(4, '0')}`;
    const scheduleKind = nameTemplate.includes('24 小时') ? 'all-day' : nameTemplate.includes('夜间') ? 'night' : rng.pick(template.schedules.filter((k) => k !== 'all-day' && k !== 'night')) ?? 'weekday';
    const extraTerm = rng.chance(0.2) ? rng.pick(taxonomy.leaves) : null;
    services.push({
      id,
      kind: 'service',
      name,
      description: template.description,
      areaId: area.id,
      areaName: areaLabel(areas, area.id, 'street'),
      termIds: extraTerm && extraTerm.id !== term.id ? [term.id, extraTerm.id] : [term.id],
      audiences: [...(template.audiences ?? taxonomy.audiencesOf(term.id))],
      provider: prov,
      location: {
        id: `loc-${id}`,
        name: kind === 'centre' ? prov.name : name,
        address: `${street.name}${rng.pick(ROADS)}${rng.int(1, 299)}号`,
        areaId: area.id,
        ...(area.centroid ? { point: { ...area.centroid } } : {}),
      },
      schedules: schedules(rng, scheduleKind),
      eligibility: template.eligibility,
      cost: template.cost === null ? { free: true, description: '免费' } : { free: false, description: template.cost },
      ...(prov.phone ? { phone: prov.phone } : {}),
    });
  }

  // Resources units offer.
  const resources: Resource[] = [];
  for (let i = 0; i < sizes.resources; i++) {
    const template = RESOURCE_TEMPLATES[i % RESOURCE_TEMPLATES.length]!;
    const community = i < 4 && areas.byId.has(DEMO_COMMUNITY) ? areas.byId.get(DEMO_COMMUNITY)! : rng.pick(communities);
    const unit = rng.pick(template.providers);
    const term = taxonomy.byId.get(`t-${template.term}`)!;
    const until = rng.chance(0.4) ? null : shanghaiDate(new Date(epoch.getTime() + rng.int(30, 365) * DAY_MS));
    resources.push({
      id: `rs-${String(i + 1).padStart(4, '0')}`,
      kind: 'resource',
      name: `${unit}${template.name}`,
      description: template.description,
      areaId: community.id,
      areaName: areaLabel(areas, community.id, 'street'),
      termIds: [term.id],
      audiences: [...taxonomy.audiencesOf(term.id)],
      provider: namedProvider(unit),
      capacity: template.capacity,
      availableUntil: until,
    });
  }

  // Residents' demands: posted in the 60 days before the epoch unless a project dates them.
  const demands: Demand[] = [];
  for (let i = 0; i < sizes.demands; i++) {
    const community = i < 4 && areas.byId.has(DEMO_COMMUNITY) ? areas.byId.get(DEMO_COMMUNITY)! : rng.pick(communities);
    const branch = weightedBranch(rng, branches);
    const [name, description, termCode] = rng.pick(DEMAND_TEMPLATES[branch] ?? DEMAND_TEMPLATES.elderly!);
    const term: TermSeed = taxonomy.byId.get(`t-${termCode}`) ?? rng.pick(leavesOf(branch));
    const claimed = rng.chance(0.45);
    demands.push({
      id: `dm-${String(i + 1).padStart(4, '0')}`,
      kind: 'demand',
      name,
      description: description.replace('{place}', place(community)),
      areaId: community.id,
      areaName: areaLabel(areas, community.id, 'street'),
      termIds: [term.id],
      audiences: [...taxonomy.audiencesOf(term.id)],
      status: claimed ? 'claimed' : 'open',
      postedAt: new Date(epoch.getTime() - rng.next() * 60 * DAY_MS).toISOString(),
      postedBy: maskName(personName(rng)),
      takenBy: claimed ? `${community.name}党员志愿服务队` : null,
    });
  }

  // Projects match a demand with a resource; the demand's status follows the project's.
  const projects: Project[] = [];
  const order = rng.sample(demands.map((_, i) => i), demands.length);
  for (let i = 0; i < sizes.projects && demands.length > 0 && resources.length > 0; i++) {
    const demand = demands[order[i % order.length]!]!;
    const branchTerm = taxonomy.byId.get(demand.termIds[0]!)!;
    const candidates = resources.filter((r) => taxonomy.byId.get(r.termIds[0]!)?.parentId === branchTerm.parentId);
    const resource = rng.pick(candidates.length ? candidates : resources);
    const roll = rng.next();
    const status: Project['status'] = roll < 0.2 ? 'planned' : roll < 0.65 ? 'in-progress' : 'completed';
    const startOffset = status === 'planned' ? -rng.int(1, 30) : status === 'in-progress' ? rng.int(10, 90) : rng.int(60, 180);
    const start = new Date(epoch.getTime() - startOffset * DAY_MS);
    const end = status === 'completed' ? shanghaiDate(new Date(start.getTime() + rng.int(20, 55) * DAY_MS)) : null;
    demand.status = status === 'completed' ? 'done' : 'matched';
    demand.takenBy = resource.provider.name;
    demand.postedAt = new Date(Math.min(Date.parse(demand.postedAt), start.getTime() - rng.int(3, 20) * DAY_MS)).toISOString();
    projects.push({
      id: `pj-${String(i + 1).padStart(4, '0')}`,
      kind: 'project',
      name: `${rng.pick(PROJECT_PREFIXES)}${branchTerm.name.zh}项目`,
      description: `由${resource.provider.name}提供${resource.name.replace(resource.provider.name, '')}，对接${areaPath(areas, demand.areaId).pop()?.name ?? ''}居民“${demand.name}”的需求。`,
      areaId: demand.areaId,
      areaName: demand.areaName,
      termIds: [...demand.termIds],
      audiences: [...demand.audiences],
      demand: { id: demand.id, name: demand.name },
      resource: { id: resource.id, name: resource.name },
      status,
      progress: status === 'planned' ? 0 : status === 'completed' ? 100 : rng.int(1, 9) * 10,
      startDate: shanghaiDate(start),
      endDate: end,
    });
  }
  demands.sort((a, b) => b.postedAt.localeCompare(a.postedAt) || b.id.localeCompare(a.id));

  function namedProvider(name: string): Provider {
    let found = [...providers.values()].find((p) => p.name === name);
    if (!found) {
      found = { id: `pr-${String(providers.size + 1).padStart(4, '0')}`, name, phone: landline(rng) };
      providers.set(found.id, found);
    }
    return { ...found };
  }

  return { services, demands, resources, projects };
}
