import { TEAM_KINDS, type Team, type TeamKind } from '../../../domain/volunteers.js';
import { personName, phoneNumber } from '../names.js';
import type { Rng } from '../random.js';
import { CITY_NAME, isWithinArea, type AreaWorld } from './areas.js';

/**
 * The seeded volunteer service teams and their members. Up to 50,000 volunteers, so they are
 * stored column-wise (one typed array per field) and turned into `Volunteer` objects only for the
 * rows a page returns. ID numbers are not stored: they are made from an rng forked by row.
 * Everything here is shared read-only between adapters; changes live in each adapter's overlay.
 */
export interface VolunteerWorld {
  count: number;
  /** Teams with memberCount and hoursThisYear summed from the rows below. */
  teams: Team[];
  names: string[];
  phones: string[];
  /** Team indices; -1 for none. */
  team1: Int16Array;
  team2: Int16Array;
  /** Bit i set = SKILLS[i] / AVAILABILITY[i]. */
  skills: Uint16Array;
  availability: Uint8Array;
  /** Index into `places`. */
  place: Int32Array;
  places: Place[];
  /** In hours; halves allowed. */
  hoursYear: Float64Array;
  hoursTotal: Float64Array;
  party: Uint8Array;
  /** Days since 1970-01-01 (UTC). */
  joined: Int32Array;
  idRng: Rng;
}

/** Where a volunteer lives: a community, or a compound in it. */
export interface Place {
  id: string;
  /** "兴华社区" or "兴华社区 安和花园". */
  label: string;
}

const TEAM_TEMPLATES: Record<TeamKind, string[]> = {
  'policy-outreach': ['政策宣讲志愿服务队', '“红色宣讲”志愿服务队', '理论宣讲轻骑兵志愿服务队'],
  'public-welfare': ['“邻里守望”志愿服务队', '公益志愿服务队', '“爱心驿站”志愿服务队'],
  mediation: ['“老娘舅”调解志愿服务队', '矛盾纠纷调解志愿服务队', '“和事佬”调解志愿服务队'],
  environment: ['“绿色家园”环保志愿服务队', '垃圾分类志愿服务队', '“河小青”护河志愿服务队'],
  'elderly-visits': ['“银龄关爱”志愿服务队', '“夕阳红”助老志愿服务队', '敬老助老志愿服务队'],
  'child-care': ['“四点半课堂”志愿服务队', '“护苗”志愿服务队', '关爱留守儿童志愿服务队'],
  'safety-patrol': ['“红袖标”平安巡逻志愿服务队', '治安巡防志愿服务队', '“守护者”平安志愿服务队'],
  culture: ['文明实践文艺志愿服务队', '“百姓大舞台”文艺志愿服务队', '书香阅读志愿服务队'],
};

const TEAM_DESCRIPTIONS: Record<TeamKind, string> = {
  'policy-outreach': '深入社区、楼院宣讲惠民政策，解答群众关心的社保、医保、养老等问题。',
  'public-welfare': '组织邻里互助、爱心捐赠和便民服务，帮助困难群众解决急难愁盼。',
  mediation: '由老党员、退休干部和法律工作者组成，就地化解邻里、物业和家庭矛盾纠纷。',
  environment: '开展垃圾分类督导、河道巡护和小区环境整治，共建美丽家园。',
  'elderly-visits': '定期走访独居、空巢和高龄老人，提供陪伴聊天、代购代办和健康提醒。',
  'child-care': '开设课后托管和假期课堂，关爱留守和困境儿童健康成长。',
  'safety-patrol': '佩戴红袖标开展日常巡逻，排查安全隐患，协助维护小区治安秩序。',
  culture: '组织文艺演出、读书分享和移风易俗宣传，丰富群众精神文化生活。',
};

// Volunteers joined in the ten years up to three weeks before the epoch; "this year" is the epoch's city year.
const JOIN_SPAN_DAYS = 3_650;
const LAST_JOIN_GAP_DAYS = 21;

export function generateVolunteers(rng: Rng, areas: AreaWorld, sizes: { volunteers: number; teams: number }, epoch: Date): VolunteerWorld {
  const lastJoinDay = Math.floor(epoch.getTime() / 86_400_000) - LAST_JOIN_GAP_DAYS;
  const firstJoinDay = lastJoinDay - JOIN_SPAN_DAYS;
  const teams = makeTeams(rng.fork('teams'), areas, sizes.teams);
  const { places, communityPlaces, communityIds } = makePlaces(areas);
  const eligible = communityIds.map((communityId) => eligibleTeams(teams, communityId));

  const n = Math.max(0, Math.floor(sizes.volunteers));
  const names: string[] = new Array(n);
  const phones: string[] = new Array(n);
  const team1 = new Int16Array(n);
  const team2 = new Int16Array(n);
  const skills = new Uint16Array(n);
  const availability = new Uint8Array(n);
  const place = new Int32Array(n);
  const hoursYear = new Float64Array(n);
  const hoursTotal = new Float64Array(n);
  const party = new Uint8Array(n);
  const joined = new Int32Array(n);
  const r = rng.fork('volunteers');
  const name = nameMaker(rng.fork('names'));

  for (let i = 0; i < n; i++) {
    const c = r.int(0, communityIds.length - 1);
    const [first, end] = communityPlaces[c]!;
    // Four in ten give just their community; the rest also their compound.
    place[i] = r.chance(0.4) || end - first === 1 ? first : r.int(first + 1, end - 1);
    names[i] = name(r);
    phones[i] = phoneNumber(r);
    party[i] = r.chance(0.85) ? 1 : 0;
    const [a, b] = pickTeams(r, eligible[c]!);
    team1[i] = a;
    team2[i] = b;
    const skillCount = r.pick([0, 1, 1, 1, 2, 2, 3]);
    for (let s = 0; s < skillCount; s++) skills[i]! |= 1 << r.int(0, 11);
    availability[i] = r.int(1, 7);
    joined[i] = r.int(firstJoinDay, lastJoinDay);
    // Most give a few hours a year; a few give a great deal.
    hoursYear[i] = Math.round(r.next() ** 2 * 320) / 2;
    const yearsBefore = Math.floor((lastJoinDay - joined[i]!) / 365.25);
    hoursTotal[i] = hoursYear[i]! + Math.round(yearsBefore * r.next() * 120) / 2;
  }

  // Team totals are what their members say.
  const counts = new Array<number>(teams.length).fill(0);
  const hours = new Array<number>(teams.length).fill(0);
  for (let i = 0; i < n; i++) {
    for (const t of [team1[i]!, team2[i]!]) {
      if (t < 0) continue;
      counts[t]!++;
      hours[t]! += hoursYear[i]!;
    }
  }
  teams.forEach((team, t) => {
    team.memberCount = counts[t]!;
    team.hoursThisYear = roundHours(hours[t]!);
  });

  return {
    count: n,
    teams,
    names,
    phones,
    team1,
    team2,
    skills,
    availability,
    place,
    places,
    hoursYear,
    hoursTotal,
    party,
    joined,
    idRng: rng.fork('id-numbers'),
  };
}

export function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

/**
 * Names as `personName` makes them (a surname, then a given name drawn independently), but from
 * pools of its output: one string join per row instead of a full name generation, which is most
 * of the cost at 50,000 rows.
 */
function nameMaker(rng: Rng): (r: Rng) => string {
  const pool = Array.from({ length: 4096 }, () => personName(rng));
  const surnames = pool.map((n) => n.slice(0, 1));
  const given = pool.map((n) => n.slice(1));
  return (r) => surnames[r.int(0, 4095)]! + given[r.int(0, 4095)]!;
}

/** About one team in nine is city-wide, a quarter are district teams, the rest belong to a street. */
function makeTeams(rng: Rng, areas: AreaWorld, count: number): Team[] {
  const districts = areas.byLevel.get('district') ?? [];
  const streets = areas.byLevel.get('street') ?? [];
  const cityTeams = Math.max(1, Math.round(count * 0.11));
  const districtTeams = Math.round(count * 0.28);
  const used = new Set<string>();
  const teams: Team[] = [];
  for (let i = 0; i < count; i++) {
    const kind = TEAM_KINDS[i % TEAM_KINDS.length]!;
    const area = i < cityTeams ? null : i < cityTeams + districtTeams ? rng.pick(districts) : rng.pick(streets);
    const prefix = area ? area.name : CITY_NAME;
    const templates = TEAM_TEMPLATES[kind];
    let name = prefix + rng.pick(templates);
    for (let t = 0; used.has(name) && t < templates.length; t++) name = prefix + templates[t];
    for (let k = 2; used.has(name); k++) name = `${prefix}${templates[0]}第${k}分队`;
    used.add(name);
    teams.push({
      id: `team-${String(i + 1).padStart(3, '0')}`,
      name,
      kind,
      leaderName: personName(rng),
      memberCount: 0,
      hoursThisYear: 0,
      areaId: area ? area.id : areas.rootId,
      description: TEAM_DESCRIPTIONS[kind],
    });
  }
  return teams;
}

/** Every community, each followed by its compounds; `communityPlaces[c]` is its [first, end) range. */
function makePlaces(areas: AreaWorld) {
  const places: Place[] = [];
  const communityPlaces: Array<[number, number]> = [];
  const communityIds: string[] = [];
  for (const community of areas.byLevel.get('community') ?? []) {
    const first = places.length;
    communityIds.push(community.id);
    places.push({ id: community.id, label: community.name });
    for (const gridId of areas.childIds.get(community.id) ?? []) {
      for (const compoundId of areas.childIds.get(gridId) ?? []) {
        places.push({ id: compoundId, label: `${community.name} ${areas.byId.get(compoundId)?.name ?? ''}`.trim() });
      }
    }
    communityPlaces.push([first, places.length]);
  }
  return { places, communityPlaces, communityIds };
}

/** Teams a resident of this community can serve in, the most local first weighted highest. */
function eligibleTeams(teams: Team[], communityId: string): number[] {
  const weighted: number[] = [];
  teams.forEach((team, t) => {
    if (!team.areaId || !isWithinArea(communityId, team.areaId)) return;
    // People mostly serve close to home: city-wide teams 1, district teams 4, street teams 12.
    const weight = team.areaId === 'city' ? 1 : team.areaId.includes('-') ? 12 : 4;
    for (let w = 0; w < weight; w++) weighted.push(t);
  });
  return weighted;
}

function pickTeams(rng: Rng, weighted: number[]): [number, number] {
  if (weighted.length === 0) return [-1, -1];
  const a = rng.pick(weighted);
  if (!rng.chance(0.3)) return [a, -1];
  const b = rng.pick(weighted);
  return b === a ? [a, -1] : [a, b];
}
