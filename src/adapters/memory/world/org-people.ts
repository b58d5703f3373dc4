import {
  ORG_CLASSIFICATIONS,
  ORG_LEVELS,
  type Membership,
  type Organization,
  type Person,
  type Post,
  type PostRole,
} from '../../../domain/orgs.js';
import { cityDate } from '../../../domain/city-clock.js';
import { personName, phoneNumber } from '../names.js';
import type { Rng } from '../random.js';
import type { AreaWorld } from './areas.js';
import { orgId, orgName, type OrgWorld } from './orgs.js';

/**
 * The people of the organisation tree, made on demand: every post holder and member comes from an
 * rng forked by org id and position, so a page of members is the same on every call without the
 * world holding millions of people. Phones here are clear; the API masks them.
 */

// Public commitments ("亮身份、作承诺") as members post them on community notice boards.
const COMMITMENTS = [
  '每月走访独居老人不少于两次',
  '带头做好垃圾分类',
  '带头文明养犬，清理楼道杂物',
  '每周参加一次小区平安巡逻',
  '帮助邻里调解矛盾纠纷',
  '为行动不便的老人代购代办',
  '带头参与创建文明城市志愿服务',
  '及时向网格员反映楼栋安全隐患',
  '每季度参加一次政策宣讲',
  '带头遵守停车秩序，不占用消防通道',
  '辅导楼内中小学生课后作业',
  '帮助老年人使用智能手机',
  '带头节约用水用电',
  '参与社区疫情防控和应急值守',
  '每月参加一次主题党日活动',
  '带头拒绝高空抛物',
  '关心困难家庭，结对帮扶一户',
  '做好楼栋信息登记和更新',
  '宣传防诈骗知识，守好老人钱袋子',
  '带头参与小区环境整治',
  '为居民提供免费法律咨询',
  '定期为居民义诊量血压',
  '参与“四点半课堂”志愿服务',
  '带头倡导移风易俗、文明节俭',
  '收集居民意见建议并及时反馈',
  '带头维护楼道整洁和公共设施',
];

const DEPUTY_LABEL = { committee: '党委副书记', 'general-branch': '党总支副书记', branch: '党支部副书记', group: '副组长' };
const MEMBER_LABELS = ['组织委员', '宣传委员', '纪检委员', '统战委员', '青年委员'];

interface PostPlan {
  role: PostRole;
  label: string;
  /** Grid workers and building heads need not be party members. */
  partyShare: number;
}

/** Which posts an organisation has, by classification and level (the same every call). */
function postPlan(world: OrgWorld, areas: AreaWorld, index: number): PostPlan[] {
  const cls = ORG_CLASSIFICATIONS[world.classification[index]!]!;
  const level = ORG_LEVELS[world.level[index]!]!;
  const rng = world.peopleRng.fork(`plan:${orgId(world, index)}`);
  const plan: PostPlan[] = [];
  const add = (role: PostRole, label: string, partyShare = 1) => plan.push({ role, label, partyShare });
  if (cls === 'group') {
    add('group-leader', '党小组长');
    if (level === 'building') add('building-head', '楼栋长', 0.6);
    return plan;
  }
  const street = level === 'street' && orgName(world, index).endsWith('工作委员会');
  add('secretary', cls === 'committee' ? (street ? '党工委书记' : '党委书记') : cls === 'general-branch' ? '党总支书记' : '党支部书记');
  const deputies = cls === 'branch' ? 0 : level === 'city' || level === 'district' ? 2 : 1;
  for (let d = 0; d < deputies; d++) add('deputy-secretary', street ? '党工委副书记' : DEPUTY_LABEL[cls]);
  const members = cls === 'committee' ? rng.int(3, 5) : cls === 'general-branch' ? rng.int(2, 3) : rng.int(0, 2);
  for (let m = 0; m < members; m++) add('committee-member', MEMBER_LABELS[m]!);
  if (level === 'community') {
    const grids = areas.childIds.get(world.areaIds[index]!) ?? [];
    grids.forEach((_, g) => add('grid-worker', `第${g + 1}网格专职网格员`, 0.7));
  }
  return plan;
}

function makePerson(rng: Rng, id: string, partyMember: boolean): Person {
  return {
    id,
    name: personName(rng),
    partyMember,
    phone: phoneNumber(rng),
    commitments: rng.sample(COMMITMENTS, rng.int(1, 3)),
  };
}

function holder(world: OrgWorld, index: number, post: number, partyShare: number): Person {
  const id = orgId(world, index);
  const rng = world.peopleRng.fork(`post:${id}:${post}`);
  const partyMember = partyShare >= 1 || rng.chance(partyShare);
  return makePerson(rng, `p-${id.slice(2)}-h${post}`, partyMember);
}

/** The posts of one organisation with whoever holds them. */
export function orgPosts(world: OrgWorld, areas: AreaWorld, index: number): Post[] {
  const id = orgId(world, index);
  return postPlan(world, areas, index).map((plan, p) => ({
    id: `${id}-post${p + 1}`,
    organizationId: id,
    role: plan.role,
    label: plan.label,
    holder: holder(world, index, p, plan.partyShare),
  }));
}

/** The secretary (or group leader): always the first post, so it matches `orgPosts`. */
export function orgHead(world: OrgWorld, index: number): Organization['head'] {
  const isGroup = ORG_CLASSIFICATIONS[world.classification[index]!] === 'group';
  const person = holder(world, index, 0, 1);
  return { personId: person.id, name: person.name, role: isGroup ? 'group-leader' : 'secretary' };
}

/** Members `offset` … `offset + limit - 1` of an organisation (clamped to its member count). */
export function orgMembers(world: OrgWorld, index: number, offset: number, limit: number, epoch: Date): Membership[] {
  // Joined before the epoch's month: report-ins in the last eleven years, memberships over fifty.
  const [epochYear, epochMonth] = cityDate(epoch).split('-').map(Number) as [number, number];
  const id = orgId(world, index);
  const level = ORG_LEVELS[world.level[index]!]!;
  // People report in where they live: communities, compounds and buildings, not the offices above.
  const reportedInShare = level === 'community' || level === 'compound' || level === 'building' ? 0.3 : 0;
  const end = Math.min(world.memberCount[index]!, offset + limit);
  const out: Membership[] = [];
  for (let n = offset; n < end; n++) {
    const rng = world.peopleRng.fork(`member:${id}:${n}`);
    const reportedIn = rng.chance(reportedInShare);
    const year = reportedIn ? rng.int(epochYear - 11, epochYear) : rng.int(epochYear - 51, epochYear);
    const month = year === epochYear ? rng.int(1, Math.max(1, epochMonth - 1)) : rng.int(1, 12);
    out.push({
      id: `${id}-m${n + 1}`,
      organizationId: id,
      kind: reportedIn ? 'reported-in' : 'member',
      startDate: `${year}-${two(month)}-${two(rng.int(1, 28))}`,
      person: makePerson(rng, `p-${id.slice(2)}-m${n + 1}`, true),
    });
  }
  return out;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}
