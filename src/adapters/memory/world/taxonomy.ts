import type { Audience, TaxonomyTerm } from '../../../domain/services.js';
import { localize, type Bilingual } from './text.js';

/**
 * The service taxonomy (HSDS taxonomy_term), two levels as community catalogues use them.
 * Each top-level term says whom its items are mostly for, so the seeded items get sensible audiences.
 */
export interface TermSeed {
  id: string;
  code: string;
  name: Bilingual;
  parentId: string | null;
}

interface Branch {
  code: string;
  name: Bilingual;
  audiences: readonly Audience[];
  children: ReadonlyArray<[code: string, zh: string, en: string]>;
}

const BRANCHES: readonly Branch[] = [
  {
    code: 'elderly',
    name: { zh: '养老服务', en: 'Services for older people' },
    audiences: ['elderly'],
    children: [
      ['meals', '助餐', 'Meals'],
      ['bathing', '助浴', 'Help with bathing'],
      ['home-care', '上门护理', 'Home care'],
      ['day-care', '日间照料', 'Day care'],
      ['visits', '关爱探访', 'Friendly visits'],
    ],
  },
  {
    code: 'children',
    name: { zh: '儿童服务', en: "Children's services" },
    audiences: ['children'],
    children: [
      ['after-school', '课后托管', 'After-school care'],
      ['tutoring', '课业辅导', 'Homework help'],
      ['children-home', '儿童之家', "Children's home"],
      ['holiday', '假期托管', 'Holiday care'],
    ],
  },
  {
    code: 'legal',
    name: { zh: '法律与调解', en: 'Legal help and mediation' },
    audiences: ['everyone'],
    children: [
      ['legal-advice', '法律咨询', 'Legal advice'],
      ['mediation', '人民调解', "People's mediation"],
      ['legal-aid', '法律援助', 'Legal aid'],
    ],
  },
  {
    code: 'health',
    name: { zh: '健康服务', en: 'Health' },
    audiences: ['everyone'],
    children: [
      ['free-clinic', '义诊', 'Free clinics'],
      ['checkup', '健康体检', 'Health checks'],
      ['family-doctor', '家庭医生签约', 'Family doctor'],
      ['mental-health', '心理疏导', 'Counselling'],
    ],
  },
  {
    code: 'employment',
    name: { zh: '就业创业', en: 'Jobs and enterprise' },
    audiences: ['everyone'],
    children: [
      ['training', '技能培训', 'Skills training'],
      ['jobs', '招聘对接', 'Job matching'],
      ['startup', '创业指导', 'Start-up advice'],
    ],
  },
  {
    code: 'convenience',
    name: { zh: '便民服务', en: 'Everyday help' },
    audiences: ['everyone'],
    children: [
      ['repairs', '家电维修', 'Appliance repair'],
      ['haircut', '义务理发', 'Free haircuts'],
      ['knife', '磨刀修伞', 'Knife grinding and umbrella repair'],
      ['digital', '智能手机教学', 'Smartphone lessons'],
    ],
  },
  {
    code: 'culture',
    name: { zh: '文体活动', en: 'Culture and sport' },
    audiences: ['everyone'],
    children: [
      ['reading', '读书会', 'Reading club'],
      ['dance', '广场舞/健身', 'Dance and fitness'],
      ['calligraphy', '书画', 'Calligraphy and painting'],
      ['opera', '戏曲', 'Chinese opera'],
    ],
  },
  {
    code: 'disability',
    name: { zh: '助残服务', en: 'Disability support' },
    audiences: ['disabled'],
    children: [
      ['rehab', '康复训练', 'Rehabilitation'],
      ['mobility', '出行陪同', 'Getting around'],
      ['aids', '辅具租借', 'Mobility aids on loan'],
    ],
  },
];

export interface Taxonomy {
  terms: readonly TermSeed[];
  byId: ReadonlyMap<string, TermSeed>;
  /** Second-level terms, which seeded items are tagged with. */
  leaves: readonly TermSeed[];
  /** Who a term's items are mostly for, from its top-level branch. */
  audiencesOf(termId: string): readonly Audience[];
  /** The term and everything below it. */
  descendantsOf(termId: string): string[];
}

/** Built from constants, so it is the same for every seed. */
export function buildTaxonomy(): Taxonomy {
  const terms: TermSeed[] = [];
  const audiences = new Map<string, readonly Audience[]>();
  for (const branch of BRANCHES) {
    const id = `t-${branch.code}`;
    terms.push({ id, code: branch.code, name: branch.name, parentId: null });
    audiences.set(id, branch.audiences);
    for (const [code, zh, en] of branch.children) {
      const childId = `${id}.${code}`;
      terms.push({ id: childId, code: `${branch.code}.${code}`, name: { zh, en }, parentId: id });
      audiences.set(childId, branch.audiences);
    }
  }
  const byId = new Map(terms.map((t) => [t.id, t]));
  const children = new Map<string, string[]>();
  for (const t of terms) if (t.parentId) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t.id]);
  const descendantsOf = (termId: string): string[] => [termId, ...(children.get(termId) ?? []).flatMap(descendantsOf)];
  return {
    terms,
    byId,
    leaves: terms.filter((t) => t.parentId !== null),
    audiencesOf: (termId) => audiences.get(termId) ?? ['everyone'],
    descendantsOf,
  };
}

export function localizeTerm(term: TermSeed, locale?: string): TaxonomyTerm {
  return { id: term.id, code: term.code, name: localize(term.name, locale), parentId: term.parentId };
}
