// The augmentation below needs its module in the program even when this file is compiled alone (one element).
import type {} from '../../i18n/registry.js';
import type { Membership, OrgClassification, OrgLevel, PostRole } from '../../domain/orgs.js';
import type { SharedMessageKey } from '../../i18n/messages/index.js';
import type { BundleKeys, MessageParams } from '../../i18n/translator.js';
import { lazyMessages } from '../../i18n/lazy-messages.js';

/** Words of <party-org-tree>, zh-CN and en. Level, classification and role keys follow the domain enums. */
export const orgTreeMessages = lazyMessages({
  'zh-CN': () => import('./messages.zh-CN.js').then((m) => m.zhCN),
  en: () => import('./messages.en.js').then((m) => m.en),
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
