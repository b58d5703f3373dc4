import type { Area } from '../../../domain/areas.js';
import { dueDate, nextState } from '../../../domain/case-machine.js';
import type { AnswerValue, CaseAction, CaseState, EscalationLevel, GridCase, Photo, TimelineEvent, Urgency } from '../../../domain/cases.js';
import type { Role } from '../../../domain/session.js';
import { personName, phoneNumber } from '../names.js';
import type { Rng } from '../random.js';
import { areaPath, type AreaWorld } from './areas.js';
import { CATEGORIES, DEPARTMENTS, categorySeed, departmentSeed, type CategorySeed } from './case-categories.js';
import { DAY_MS, HOUR_MS, referenceNumber, shanghaiDay } from './seed-clock.js';

/**
 * A case as the backend holds it: the contract's GridCase without the per-session `mine`,
 * plus who reported and who follows it, and the reporter's phone unmasked. Names are stored
 * in Chinese; the API localises category and department names on the way out.
 */
export interface CaseRecord extends Omit<GridCase, 'mine'> {
  reporterId: string | null;
  followerIds: string[];
}

export interface SeededCases {
  /** Newest first. */
  list: readonly CaseRecord[];
  byId: ReadonlyMap<string, CaseRecord>;
  byNumber: ReadonlyMap<string, CaseRecord>;
  /** Highest public-number sequence used per Shanghai day (`20261103`), so new numbers never collide. */
  lastSequence: ReadonlyMap<string, number>;
}

/** The resident persona; a few seeded cases are theirs so demos can reopen and rate. */
export const RESIDENT_ID = 'u-resident-1';
export const DEMO_COMMUNITY = 'd01-s01-c01';

const SEEDED_DAYS = 60;

/** A scripted case for demos and tests: fixed place, category, reporter and path through the loop. */
interface FixedCase {
  category: string;
  areaId: string;
  ageHours: number;
  path: CaseAction[];
  departmentId?: string;
  resident?: boolean;
  followers?: number;
  urgency?: Urgency;
  /** Supervision added afterwards (see `supervise`): how often the grid centre urged it, how far it escalated it. */
  urges?: number;
  escalateTo?: EscalationLevel;
}

const FIXED: readonly FixedCase[] = [
  // Open cases in the demo community, so "similar cases" has hits there.
  { category: 'streetlight', areaId: `${DEMO_COMMUNITY}-g1-p1-b1`, ageHours: 70, path: ['accept', 'dispatch'], followers: 4, urges: 1 },
  { category: 'streetlight', areaId: `${DEMO_COMMUNITY}-g2`, ageHours: 10, path: [] },
  { category: 'garbage', areaId: `${DEMO_COMMUNITY}-g2-p1`, ageHours: 26, path: ['accept'], followers: 2 },
  { category: 'garbage', areaId: `${DEMO_COMMUNITY}-g1-p1`, ageHours: 200, path: ['accept', 'dispatch', 'resolve', 'verify', 'reopen'] },
  { category: 'noise', areaId: `${DEMO_COMMUNITY}-g1-p2`, ageHours: 6, path: [], followers: 1 },
  { category: 'fire-hazard', areaId: `${DEMO_COMMUNITY}-g3-p1-b2`, ageHours: 50, path: ['accept', 'dispatch'], followers: 37, urgency: 'high', urges: 2, escalateTo: 'street' },
  // The resident's own cases: one to verify-then-close, one closed and not yet rated, one overdue.
  { category: 'streetlight', areaId: `${DEMO_COMMUNITY}-g1-p1-b3`, ageHours: 120, path: ['accept', 'dispatch', 'resolve', 'verify'], resident: true },
  { category: 'garbage', areaId: `${DEMO_COMMUNITY}-g2-p2`, ageHours: 400, path: ['accept', 'dispatch', 'resolve', 'verify', 'close'], resident: true },
  { category: 'manhole', areaId: `${DEMO_COMMUNITY}-g1-p2-b1`, ageHours: 130, path: ['accept', 'dispatch'], resident: true, followers: 6 },
];

const RESIDENT = { name: '王秀英', phone: '13912345678' };

/**
 * Relative weights when walking a seeded case through the loop: mostly forward, sometimes back.
 * Supervision (urge, escalate) is not a step of the walk: `supervise` adds it afterwards.
 */
const WEIGHTS: Readonly<Partial<Record<CaseAction, number>>> = {
  accept: 10,
  dispatch: 10,
  resolve: 9,
  verify: 9,
  close: 9,
  rate: 6,
  return: 1.2,
  reopen: 0.7,
};

const URGENCY_WEIGHTS: ReadonlyArray<[Urgency, number]> = [
  ['low', 10],
  ['normal', 70],
  ['high', 16],
  ['emergency', 4],
];

const PLACE_SUFFIXES = ['东侧', '西侧', '南门', '北门', '单元门口', '附近', '楼下', ''];

const RESOLVE_NOTES: Readonly<Record<string, readonly string[]>> = {
  environment: ['已安排保洁车辆清运完毕。', '已现场劝离并责令整改，后续加强巡查。', '已拆除并恢复原状。'],
  facilities: ['已安排维修人员更换完毕，恢复正常。', '已完成修补，现场已清理。', '已完成维修，经现场检查恢复正常。'],
  safety: ['已现场清理堆放物并对住户进行安全教育。', '已设置警示并完成加固。', '已联合物业完成整改。'],
  dispute: ['已约谈当事人，双方达成调解协议。', '已现场劝导，噪音已停止。', '已告知施工方严格遵守作业时间。'],
  property: ['已督促物业公司限期整改，现已修复。', '维保单位已完成检修，运行正常。', '已约谈物业负责人并整改到位。'],
  livelihood: ['已上门走访，落实帮扶措施。', '供热公司已上门排查，温度已达标。', '已链接社区志愿者定期上门。'],
};

const ACCEPT_NOTES = ['已受理，网格员将尽快到现场核实。', '网格员已到现场核实，情况属实。', '已受理，正在协调处理。'];
const VERIFY_NOTES = ['经现场核查，问题已解决。', '回访反映人，确认已处理完毕。', '核查属实，整改到位。'];
const CLOSE_NOTES = ['办结归档。', '问题已解决，予以办结。'];
const REOPEN_NOTES = ['问题又出现了，申请重新处理。', '处理后没过几天又恢复原样。', '并没有彻底解决。'];
const URGE_NOTES = [
  '已超过办理时限，请于今日内办结并反馈办理结果。',
  '群众反映强烈，请加快办理进度，24 小时内反馈。',
  '请责任部门高度重视，尽快安排人员到现场处置。',
  '督办：请说明未按期办结的原因，并明确完成时限。',
];
const ESCALATE_NOTES: Readonly<Record<EscalationLevel, readonly string[]>> = {
  community: [],
  street: ['社区层面协调难度大，提请街道网格中心督办。', '多次督办仍未办结，提级至街道网格中心。'],
  district: ['涉及多个部门职责，提请区网格中心协调督办。', '街道层面无法解决，提级至区网格中心督办。'],
};

const RATE_NOTES: Readonly<Record<number, readonly string[]>> = {
  5: ['处理很及时，谢谢！', '非常满意，给网格员点赞。', '效率很高。'],
  4: ['比较满意。', '解决了，就是时间长了点。'],
  3: ['一般。', '基本解决。'],
  2: ['不太满意，拖得太久。'],
  1: ['很不满意，问题没有真正解决。'],
};

/** Generates the seeded cases, all before `epoch`: scripted demo cases first, then `count` minus those at random. */
export function generateCases(rng: Rng, areas: AreaWorld, count: number, epoch: Date): SeededCases {
  // Its own stream, forked before anything else draws, so supervision never reshuffles the loop's walk.
  const supervision = rng.fork('supervision');
  const communities = areas.byLevel.get('community') ?? [];
  const drafts: CaseRecord[] = [];
  const plans = new Map<CaseRecord, FixedCase>();
  for (const fixed of FIXED) {
    if (!areas.byId.has(fixed.areaId)) continue;
    const record = buildFixed(rng, areas, fixed, epoch);
    plans.set(record, fixed);
    drafts.push(record);
  }
  while (drafts.length < count && communities.length > 0) drafts.push(buildRandom(rng, areas, rng.pick(communities), epoch));
  for (const record of drafts) supervise(supervision, record, epoch.getTime(), plans.get(record) ?? null);

  // Ids and public numbers in time order, as a real system hands them out.
  drafts.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const lastSequence = new Map<string, number>();
  drafts.forEach((record, i) => {
    const id = `case-${String(i + 1).padStart(4, '0')}`;
    const created = new Date(record.createdAt);
    const day = shanghaiDay(created);
    // Gaps: the city also numbers cases that came in through other channels.
    const sequence = (lastSequence.get(day) ?? 0) + rng.int(1, 4);
    lastSequence.set(day, sequence);
    record.id = id;
    record.publicNumber = referenceNumber('GC', created, sequence);
    record.timeline.forEach((event, n) => (event.id = `${id}-e${n + 1}`));
    record.photos.forEach((photo, n) => (photo.id = `${id}-p${n + 1}`));
  });
  const list = drafts.reverse();
  return {
    list,
    byId: new Map(list.map((r) => [r.id, r])),
    byNumber: new Map(list.map((r) => [r.publicNumber, r])),
    lastSequence,
  };
}

function buildFixed(rng: Rng, areas: AreaWorld, fixed: FixedCase, epoch: Date): CaseRecord {
  const category = categorySeed(fixed.category)!;
  const createdAt = new Date(epoch.getTime() - fixed.ageHours * HOUR_MS);
  const reporter = fixed.resident
    ? { id: RESIDENT_ID, anonymous: false, name: RESIDENT.name, phone: RESIDENT.phone, role: 'resident' as Role }
    : randomReporter(rng);
  const record = startCase(rng, areas, category, fixed.areaId, createdAt, fixed.urgency ?? 'normal', reporter);
  record.followers = fixed.followers ?? 0;
  // Scripted steps a few hours apart, all before the epoch.
  const step = Math.max(1, Math.floor(fixed.ageHours / (fixed.path.length + 1)));
  fixed.path.forEach((action, i) => {
    const at = new Date(createdAt.getTime() + (i + 1) * step * HOUR_MS);
    apply(rng, record, category, action, at, action === 'dispatch' ? (fixed.departmentId ?? category.departmentId) : undefined);
  });
  return record;
}

function buildRandom(rng: Rng, areas: AreaWorld, community: Area, epoch: Date): CaseRecord {
  const category = rng.pick(CATEGORIES);
  const createdAt = new Date(epoch.getTime() - rng.next() * SEEDED_DAYS * DAY_MS);
  const record = startCase(rng, areas, category, randomPlace(rng, areas, community.id), createdAt, weighted(rng, URGENCY_WEIGHTS), randomReporter(rng));
  record.followers = followerCount(rng);
  walk(rng, record, category, createdAt, epoch.getTime());
  return record;
}

/** Moves a case through the loop until it stops by chance or would pass the epoch. */
function walk(rng: Rng, record: CaseRecord, category: CategorySeed, createdAt: Date, epoch: number): void {
  let at = createdAt.getTime();
  const ageDays = (epoch - at) / DAY_MS;
  // Cases older than two weeks have all moved on; some from last week stall (and are days overdue), and the
  // newest are still in hand: on any date the open cases look like a city's current work, not a backlog.
  const stop = ageDays > 14 ? 0 : ageDays > 7 ? 0.02 : 0.12;
  let returnedFrom: CaseState | null = null;
  for (let steps = 0; steps < 12; steps++) {
    if (rng.chance(stop)) return;
    const action = chooseAction(rng, record, returnedFrom);
    if (!action) return;
    at += stepHours(rng, action, category, record.urgency) * HOUR_MS;
    if (at > epoch) return;
    const from = record.status;
    const wrongDepartment = action === 'dispatch' && returnedFrom === null && rng.chance(0.12);
    const departmentId = action === 'dispatch' ? (wrongDepartment ? rng.pick(DEPARTMENTS.filter((d) => d.id !== category.departmentId)).id : category.departmentId) : undefined;
    apply(rng, record, category, action, new Date(at), departmentId);
    returnedFrom = action === 'return' ? from : record.status === 'returned' ? returnedFrom : null;
    if (action === 'rate') return;
  }
}

/**
 * The grid centre's supervision on a seeded case, in its last round with a department: many late
 * rounds are urged (some twice), and some of those escalated to the street (a few on to the district);
 * rounds past half their time are sometimes urged. A scripted case gets exactly its plan (none: none).
 */
function supervise(rng: Rng, record: CaseRecord, epoch: number, plan: FixedCase | null): void {
  const events = record.timeline;
  const d = events.map((e) => e.action).lastIndexOf('dispatch');
  // A reopen after the dispatch moved the due date on: that round's limit is no longer on the record.
  if (d === -1 || events.slice(d).some((e) => e.action === 'reopen')) return;
  const dispatchAt = Date.parse(events[d]!.at);
  const nextAt = events[d + 1] ? Date.parse(events[d + 1]!.at) : epoch;
  const due = Date.parse(record.dueAt);
  const late = nextAt > due;
  let urges = 0;
  let level: EscalationLevel = 'community';
  if (plan) {
    urges = plan.urges ?? 0;
    level = plan.escalateTo ?? 'community';
  } else if (late) {
    urges = rng.chance(0.4) ? (rng.chance(0.3) ? 2 : 1) : 0;
    if (urges && rng.chance(0.3)) level = rng.chance(0.3) ? 'district' : 'street';
  } else if (nextAt - dispatchAt > (due - Date.parse(record.createdAt)) / 2) {
    urges = rng.chance(0.08) ? 1 : 0;
  }
  const levels: EscalationLevel[] = level === 'district' ? ['street', 'district'] : level === 'street' ? ['street'] : [];
  const steps = urges + levels.length;
  const from = late ? Math.max(dispatchAt, due) : (dispatchAt + nextAt) / 2;
  if (steps === 0 || nextAt - from < 60_000) return;
  const department = events[d]!.department;
  const added: TimelineEvent[] = [];
  for (let k = 0; k < steps; k++) {
    const at = new Date(from + ((nextAt - from) * (k + 0.3 + 0.4 * rng.next())) / steps).toISOString();
    const actor = { name: personName(rng), role: 'grid-centre' as Role };
    const base = { id: '', at, fromState: 'dispatched' as const, toState: 'dispatched' as const, actor };
    if (k < urges) {
      added.push({ ...base, action: 'urge', note: rng.pick(URGE_NOTES), ...(department ? { department: { ...department } } : {}) });
    } else {
      const to = levels[k - urges]!;
      added.push({ ...base, action: 'escalate', note: rng.pick(ESCALATE_NOTES[to]), escalationLevel: to });
    }
  }
  events.splice(d + 1, 0, ...added);
  if (d + 1 + added.length === events.length) record.updatedAt = added.at(-1)!.at;
}

function chooseAction(rng: Rng, record: CaseRecord, returnedFrom: CaseState | null): CaseAction | null {
  if (record.status === 'returned') {
    // An invalid report is closed; one bounced by a department or the grid centre goes out again.
    return returnedFrom === 'reported' ? 'close' : 'dispatch';
  }
  const options = (Object.keys(WEIGHTS) as CaseAction[]).filter(
    (a) => nextState(record.status, a) !== null && !(a === 'rate' && record.rating !== null),
  );
  if (options.length === 0) return null;
  return weighted(rng, options.map((a) => [a, WEIGHTS[a]!] as [CaseAction, number]));
}

function stepHours(rng: Rng, action: CaseAction, category: CategorySeed, urgency: Urgency): number {
  switch (action) {
    case 'accept':
      return 0.2 + rng.next() * 8;
    case 'dispatch':
      return 0.5 + rng.next() * 12;
    case 'resolve': {
      // Usually within the time limit, sometimes late.
      const limit = (dueDate(new Date(0), category.slaHours, urgency).getTime()) / HOUR_MS;
      return limit * (0.15 + rng.next() * 1.1);
    }
    case 'verify':
      return 2 + rng.next() * 34;
    case 'close':
      return 1 + rng.next() * 23;
    case 'rate':
      return 1 + rng.next() * 71;
    case 'return':
      return 1 + rng.next() * 23;
    case 'reopen':
      return 12 + rng.next() * 84;
    case 'urge':
    case 'escalate':
      return 1 + rng.next() * 12;
  }
}

interface SeedReporter {
  id: string | null;
  anonymous: boolean;
  name?: string;
  phone?: string;
  role: Role;
}

function randomReporter(rng: Rng): SeedReporter {
  // Grid workers report what they find on patrol; some residents report anonymously.
  const roll = rng.next();
  if (roll < 0.2) return { id: null, anonymous: false, name: personName(rng), phone: phoneNumber(rng), role: 'grid-worker' };
  if (roll < 0.33) return { id: null, anonymous: true, role: 'resident' };
  return { id: null, anonymous: false, name: personName(rng), phone: phoneNumber(rng), role: 'resident' };
}

function startCase(
  rng: Rng,
  areas: AreaWorld,
  category: CategorySeed,
  areaId: string,
  createdAt: Date,
  urgency: Urgency,
  reporter: SeedReporter,
): CaseRecord {
  const path = areaPath(areas, areaId);
  // Residents name the compound and building, not the grid.
  const placeAreas = path.filter((a) => a.level === 'compound' || a.level === 'building');
  const place = placeAreas.map((a) => a.name).join('') || path[path.length - 1]!.name;
  const street = path.find((a) => a.level === 'street')?.name ?? '';
  const community = path.find((a) => a.level === 'community')?.name ?? '';
  const suffix = rng.pick(PLACE_SUFFIXES);
  const at = createdAt.toISOString();
  const photos: Photo[] = rng.chance(0.35) ? [placeholderPhoto(category.name.zh, 'report')] : [];
  const actorName = reporter.anonymous ? '匿名群众' : (reporter.name ?? '居民');
  return {
    id: '',
    publicNumber: '',
    categoryCode: category.code,
    categoryName: category.name.zh,
    status: 'reported',
    urgency,
    description: rng.pick(category.samples).replace('{place}', place),
    location: {
      areaId,
      areaPath: path.map((a) => ({ id: a.id, name: a.name, level: a.level })),
      address: `${street}${community}${place}${suffix}`,
      ...(path[path.length - 1]?.centroid ? { point: { ...path[path.length - 1]!.centroid! } } : {}),
    },
    createdAt: at,
    updatedAt: at,
    dueAt: dueDate(createdAt, category.slaHours, urgency).toISOString(),
    followers: 0,
    answers: randomAnswers(rng, category, createdAt, place),
    reporter: reporter.anonymous
      ? { anonymous: true }
      : { anonymous: false, name: reporter.name!, phone: reporter.phone! },
    photos,
    department: null,
    closedAt: null,
    rating: null,
    timeline: [
      {
        id: '',
        at,
        action: 'report',
        fromState: null,
        toState: 'reported',
        actor: { name: actorName, role: reporter.role },
        ...(photos.length ? { photos: [...photos] } : {}),
      },
    ],
    reporterId: reporter.id,
    followerIds: [],
  };
}

/** One step of the loop on a seeded case, with the actor a real system would record. */
function apply(rng: Rng, record: CaseRecord, category: CategorySeed, action: CaseAction, at: Date, departmentId?: string): void {
  const from = record.status;
  const to = nextState(from, action)!;
  const iso = at.toISOString();
  const event: TimelineEvent = { id: '', at: iso, action, fromState: from, toState: to, actor: staffActor(rng, record, action, from) };
  switch (action) {
    case 'accept':
      event.note = rng.pick(ACCEPT_NOTES);
      break;
    case 'dispatch': {
      const dept = departmentSeed(departmentId ?? category.departmentId)!;
      record.department = { id: dept.id, name: dept.name.zh };
      event.department = { ...record.department };
      event.note = `已派遣至${dept.name.zh}处理。`;
      break;
    }
    case 'resolve':
      event.department = record.department ? { ...record.department } : undefined;
      event.note = rng.pick(RESOLVE_NOTES[category.group] ?? RESOLVE_NOTES.facilities!);
      if (rng.chance(0.5)) {
        const photo = placeholderPhoto(`${category.name.zh} 处理后`, 'result');
        record.photos.push(photo);
        event.photos = [photo];
      }
      break;
    case 'return':
      event.note =
        from === 'reported'
          ? rng.pick(['经核实，不属于网格受理范围，已告知反映人通过其他渠道办理。', '现场未发现反映的问题，已电话联系反映人。'])
          : from === 'dispatched'
            ? '不属于本部门职责范围，申请退回重新派遣。'
            : '现场核查未整改到位，退回重新处理。';
      if (from === 'dispatched' && record.department) event.department = { ...record.department };
      break;
    case 'verify':
      event.note = rng.pick(VERIFY_NOTES);
      break;
    case 'close':
      event.note = rng.pick(CLOSE_NOTES);
      record.closedAt = iso;
      break;
    case 'reopen':
      event.note = rng.pick(REOPEN_NOTES);
      record.closedAt = null;
      record.rating = null;
      record.dueAt = dueDate(at, category.slaHours, record.urgency).toISOString();
      break;
    case 'rate': {
      const rating = weighted(rng, [[5, 50], [4, 25], [3, 12], [2, 8], [1, 5]] as Array<[number, number]>);
      record.rating = rating;
      event.rating = rating;
      event.note = rng.pick(RATE_NOTES[rating]!);
      break;
    }
  }
  if (event.department === undefined) delete event.department;
  record.status = to;
  record.updatedAt = iso;
  record.timeline.push(event);
}

function staffActor(rng: Rng, record: CaseRecord, action: CaseAction, from: CaseState): TimelineEvent['actor'] {
  if (action === 'reopen' || action === 'rate') {
    return { name: record.reporter.anonymous ? '匿名群众' : (record.reporter.name ?? '居民'), role: 'resident' };
  }
  const role: Role =
    action === 'accept'
      ? rng.pick(['grid-worker', 'community-staff'] as const)
      : action === 'dispatch'
        ? 'community-staff'
        : action === 'resolve'
          ? 'department-staff'
          : action === 'verify' || action === 'close'
            ? 'grid-centre'
            : from === 'reported'
              ? 'grid-worker'
              : from === 'dispatched'
                ? 'department-staff'
                : 'grid-centre';
  return { name: personName(rng), role };
}

function randomPlace(rng: Rng, areas: AreaWorld, communityId: string): string {
  const grid = rng.pick(areas.childIds.get(communityId) ?? [communityId]);
  const compounds = areas.childIds.get(grid);
  if (!compounds?.length) return grid;
  const compound = rng.pick(compounds);
  const buildings = areas.childIds.get(compound);
  return buildings?.length && rng.chance(0.6) ? rng.pick(buildings) : compound;
}

/** Plausible answers: every required question, about half of the optional ones. */
function randomAnswers(rng: Rng, category: CategorySeed, createdAt: Date, place: string): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const q of category.questions) {
    if (!q.required && rng.chance(0.5)) continue;
    switch (q.datatype) {
      case 'string':
        answers[q.code] = q.code === 'compoundName' ? place : q.code === 'poleNumber' ? `QC-${rng.int(100, 9999)}` : q.code === 'plate' ? `鲁C${rng.int(10000, 99999)}` : q.code === 'liftNumber' ? `3103${rng.int(100000, 999999)}` : '3单元门口';
        break;
      case 'text':
        answers[q.code] = '老人行动不便，希望有人定期上门看看。';
        break;
      case 'number': {
        const min = q.min ?? 0;
        const max = Math.min(q.max ?? 100, min + 30);
        answers[q.code] = rng.int(Math.ceil(min), Math.floor(max));
        break;
      }
      case 'datetime':
        answers[q.code] = new Date(createdAt.getTime() - rng.int(1, 72) * HOUR_MS).toISOString();
        break;
      case 'single':
        answers[q.code] = rng.pick(q.options ?? []).key;
        break;
      case 'multi':
        answers[q.code] = rng.sample(q.options ?? [], rng.int(1, 2)).map((opt) => opt.key);
        break;
      case 'boolean':
        answers[q.code] = rng.chance(0.5);
        break;
    }
  }
  return answers;
}

function followerCount(rng: Rng): number {
  const roll = rng.next();
  if (roll < 0.7) return 0;
  if (roll < 0.9) return rng.int(1, 5);
  if (roll < 0.98) return rng.int(6, 20);
  return rng.int(30, 120);
}

function weighted<T>(rng: Rng, entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

/** A small SVG standing in for a photo: seeded data needs no image files and survives persistence. */
function placeholderPhoto(label: string, kind: Photo['kind']): Photo {
  const fill = kind === 'report' ? '#c8d6e5' : '#b8e0c8';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240"><rect width="320" height="240" fill="${fill}"/><text x="160" y="128" font-size="20" text-anchor="middle" fill="#333">${label}</text></svg>`;
  return { id: '', url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, name: `${label}.svg`, kind };
}
