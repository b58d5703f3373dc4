// The augmentation below needs its module in the program even when this file is compiled alone (one element).
import type {} from '../../i18n/registry.js';
import type { Membership, OrgClassification, OrgLevel, PostRole } from '../../domain/orgs.js';
import type { SharedMessageKey } from '../../i18n/messages/index.js';
import { defineMessages, type BundleKeys, type MessageParams } from '../../i18n/translator.js';

/** Words of <party-org-tree>, zh-CN and en. Level, classification and role keys follow the domain enums. */
export const orgTreeMessages = defineMessages({
  'zh-CN': {
    'orgTree.title': '党组织架构',
    'orgTree.treeLabel': '党组织树',
    'orgTree.empty': '暂无党组织',
    'orgTree.level.city': '市',
    'orgTree.level.district': '区县',
    'orgTree.level.street': '街道',
    'orgTree.level.community': '社区',
    'orgTree.level.compound': '小区',
    'orgTree.level.building': '楼栋',
    'orgTree.class.committee': '党委',
    'orgTree.class.general-branch': '党总支',
    'orgTree.class.branch': '党支部',
    'orgTree.class.group': '党小组',
    'orgTree.kind': '{level}·{classification}',
    'orgTree.role.secretary': '书记',
    'orgTree.role.deputy-secretary': '副书记',
    'orgTree.role.committee-member': '委员',
    'orgTree.role.grid-worker': '网格员',
    'orgTree.role.building-head': '楼栋长',
    'orgTree.role.group-leader': '党小组长',
    'orgTree.head': '{role}：{name}',
    'orgTree.noHead': '负责人空缺',
    'orgTree.members': { other: '党员 {count} 名' },
    'orgTree.loadMore': { other: '再加载 {page} 个（还有 {count} 个）' },
    'orgTree.loadingChildren': '正在加载下级组织…',
    'orgTree.childrenError': '“{name}”的下级组织加载失败：{error}',
    'orgTree.retryHint': '按回车键重试',
    'orgTree.loadedMore': { other: '已加载 {shown} 个，共 {count} 个' },
    'orgTree.search.label': '搜索党组织',
    'orgTree.search.hint': '输入组织名称，例如小区或楼栋名',
    'orgTree.search.results': { '=0': '没有找到相关党组织', other: '找到 {count} 个党组织' },
    'orgTree.search.showing': '显示前 {shown} 个，请输入更具体的名称',
    'orgTree.search.outside': '该组织不在当前显示的组织树中',
    'orgTree.search.notFound': '没有在组织树中找到该组织',
    'orgTree.search.revealed': '已定位到“{name}”',
    'orgTree.pathLabel': '所在位置',
    'orgTree.detail.posts': '岗位与负责人',
    'orgTree.detail.vacant': '空缺',
    'orgTree.detail.members': '党员亮身份、作承诺',
    'orgTree.detail.memberKind.member': '党员',
    'orgTree.detail.memberKind.reported-in': '报到党员',
    'orgTree.detail.since': '{date} 起',
    'orgTree.detail.phone': '电话：',
    'orgTree.detail.commitments': '承诺',
    'orgTree.detail.noCommitments': '暂未公开承诺',
    'orgTree.detail.noMembers': '暂无党员信息',
    'orgTree.detail.moreMembers': '加载更多党员',
    'orgTree.detail.shown': '已显示 {shown} / {total} 名',
    'orgTree.detail.maskedHint': '为保护个人信息，电话号码已部分隐藏。社区工作人员等有联系权限的人员登录后可查看完整号码。',
    'orgTree.detail.childCount': { other: '下级组织 {count} 个' },
  },
  en: {
    'orgTree.title': 'Party organisation',
    'orgTree.treeLabel': 'Party organisation tree',
    'orgTree.empty': 'There are no party organisations to show',
    'orgTree.level.city': 'City',
    'orgTree.level.district': 'District',
    'orgTree.level.street': 'Street',
    'orgTree.level.community': 'Community',
    'orgTree.level.compound': 'Compound',
    'orgTree.level.building': 'Building',
    'orgTree.class.committee': 'committee',
    'orgTree.class.general-branch': 'general branch',
    'orgTree.class.branch': 'branch',
    'orgTree.class.group': 'group',
    'orgTree.kind': '{level} {classification}',
    'orgTree.role.secretary': 'Secretary',
    'orgTree.role.deputy-secretary': 'Deputy secretary',
    'orgTree.role.committee-member': 'Committee member',
    'orgTree.role.grid-worker': 'Grid worker',
    'orgTree.role.building-head': 'Building head',
    'orgTree.role.group-leader': 'Group leader',
    'orgTree.head': '{role}: {name}',
    'orgTree.noHead': 'No head at present',
    'orgTree.members': { one: '{count} member', other: '{count} members' },
    'orgTree.loadMore': { one: 'Load {page} more ({count} left)', other: 'Load {page} more ({count} left)' },
    'orgTree.loadingChildren': 'Loading the organisations below…',
    'orgTree.childrenError': 'Could not load the organisations below “{name}”: {error}',
    'orgTree.retryHint': 'Press Enter to try again',
    'orgTree.loadedMore': { other: 'Showing {shown} of {count}' },
    'orgTree.search.label': 'Search organisations',
    'orgTree.search.hint': 'Type part of a name, such as a compound or building',
    'orgTree.search.results': { '=0': 'No organisations found', one: '{count} organisation found', other: '{count} organisations found' },
    'orgTree.search.showing': 'Showing the first {shown}. Type a more specific name.',
    'orgTree.search.outside': 'This organisation is not in the tree shown here',
    'orgTree.search.notFound': 'This organisation could not be found in the tree',
    'orgTree.search.revealed': 'Showing “{name}”',
    'orgTree.pathLabel': 'Location',
    'orgTree.detail.posts': 'Posts and who holds them',
    'orgTree.detail.vacant': 'Vacant',
    'orgTree.detail.members': 'Members and their public commitments',
    'orgTree.detail.memberKind.member': 'Member',
    'orgTree.detail.memberKind.reported-in': 'Reported in (lives here)',
    'orgTree.detail.since': 'since {date}',
    'orgTree.detail.phone': 'Phone: ',
    'orgTree.detail.commitments': 'Commitments',
    'orgTree.detail.noCommitments': 'No public commitments yet',
    'orgTree.detail.noMembers': 'No member information',
    'orgTree.detail.moreMembers': 'Load more members',
    'orgTree.detail.shown': 'Showing {shown} of {total}',
    'orgTree.detail.maskedHint':
      'Phone numbers are partly hidden to protect personal information. Staff with contact permission, such as community staff, see the full numbers when signed in.',
    'orgTree.detail.childCount': { one: '{count} organisation below', other: '{count} organisations below' },
  },
});

/** The keys of `<party-org-tree>`'s own catalogue. */
export type OrgTreeMessageKey = BundleKeys<typeof orgTreeMessages>;

/** A key the tree's parts may look up: its own or a shared one. */
export type OrgTreeKey = OrgTreeMessageKey | SharedMessageKey;

/** The tree's translate function, as its parts get it. */
export type OrgTreeT = (key: OrgTreeKey, params?: MessageParams) => string;

declare module '../../i18n/registry.js' {
  interface MessageKeyRegistry {
    'party-org-tree': OrgTreeMessageKey;
  }
}

export const ORG_LEVEL_KEYS: Readonly<Record<OrgLevel, OrgTreeMessageKey>> = {
  city: 'orgTree.level.city',
  district: 'orgTree.level.district',
  street: 'orgTree.level.street',
  community: 'orgTree.level.community',
  compound: 'orgTree.level.compound',
  building: 'orgTree.level.building',
};

export const ORG_CLASS_KEYS: Readonly<Record<OrgClassification, OrgTreeMessageKey>> = {
  committee: 'orgTree.class.committee',
  'general-branch': 'orgTree.class.general-branch',
  branch: 'orgTree.class.branch',
  group: 'orgTree.class.group',
};

export const POST_ROLE_KEYS: Readonly<Record<PostRole, OrgTreeMessageKey>> = {
  secretary: 'orgTree.role.secretary',
  'deputy-secretary': 'orgTree.role.deputy-secretary',
  'committee-member': 'orgTree.role.committee-member',
  'grid-worker': 'orgTree.role.grid-worker',
  'building-head': 'orgTree.role.building-head',
  'group-leader': 'orgTree.role.group-leader',
};

export const MEMBER_KIND_KEYS: Readonly<Record<Membership['kind'], OrgTreeMessageKey>> = {
  member: 'orgTree.detail.memberKind.member',
  'reported-in': 'orgTree.detail.memberKind.reported-in',
};
