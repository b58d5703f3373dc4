import type { CaseCategory, CategoryQuestion, Department, QuestionType } from '../../../../src/domain/cases.js';
import { CATEGORIES, CATEGORY_GROUPS, DEPARTMENTS } from '../../../../src/adapters/memory/world/case-categories.js';
import { localize, type Bilingual } from '../../../../src/adapters/memory/world/text.js';
import type { SqlRunner } from '../db.js';
import { insertRows } from './batch.js';

/** A question as stored: both languages, localised on the way out. */
interface StoredQuestion {
  code: string;
  label: Bilingual;
  datatype: QuestionType;
  required: boolean;
  hint?: Bilingual;
  options?: Array<{ key: string; label: Bilingual }>;
  min?: number;
  max?: number;
  maxLength?: number;
}

interface CategoryRow {
  code: string;
  name_zh: string;
  name_en: string;
  group_code: string;
  group_zh: string;
  group_en: string;
  description_zh: string;
  description_en: string;
  keywords: string;
  department_id: string;
  dept_zh: string;
  dept_en: string;
  sla_hours: number;
  questions: string;
}

interface DepartmentRow {
  id: string;
  name_zh: string;
  name_en: string;
}

const pair = (zh: string, en: string): Bilingual => ({ zh, en });

/** The catalogue as the memory adapter's generator has it, into its two tables. */
export async function seedCatalogue(tx: SqlRunner): Promise<void> {
  await insertRows(tx, 'case_departments', ['id', 'position', 'name_zh', 'name_en'], DEPARTMENTS.map((d, i) => [d.id, i, d.name.zh, d.name.en]));
  await insertRows(
    tx,
    'case_categories',
    ['code', 'position', 'name_zh', 'name_en', 'group_code', 'group_zh', 'group_en', 'description_zh', 'description_en', 'keywords', 'department_id', 'sla_hours', 'questions'],
    CATEGORIES.map((c, i) => {
      const group = CATEGORY_GROUPS[c.group]!;
      return [c.code, i, c.name.zh, c.name.en, c.group, group.zh, group.en, c.description.zh, c.description.en, JSON.stringify(c.keywords), c.departmentId, c.slaHours, JSON.stringify(c.questions)];
    }),
  );
}

const CATEGORY_SELECT = `SELECT c.code, c.name_zh, c.name_en, c.group_code, c.group_zh, c.group_en, c.description_zh, c.description_en,
  c.keywords, c.department_id, d.name_zh AS dept_zh, d.name_en AS dept_en, c.sla_hours, c.questions
  FROM case_categories c JOIN case_departments d ON d.id = c.department_id`;

/** A category row as the contract shapes it, in the caller's language (questions numbered from 1). */
function toCategory(row: CategoryRow, locale?: string): CaseCategory {
  const questions = JSON.parse(row.questions) as StoredQuestion[];
  return {
    code: row.code,
    name: localize(pair(row.name_zh, row.name_en), locale),
    group: row.group_code,
    groupName: localize(pair(row.group_zh, row.group_en), locale),
    description: localize(pair(row.description_zh, row.description_en), locale),
    keywords: JSON.parse(row.keywords) as string[],
    department: { id: row.department_id, name: localize(pair(row.dept_zh, row.dept_en), locale) },
    slaHours: row.sla_hours,
    questions: questions.map((q, i): CategoryQuestion => {
      const out: CategoryQuestion = { code: q.code, label: localize(q.label, locale), datatype: q.datatype, required: q.required, order: i + 1 };
      if (q.hint) out.hint = localize(q.hint, locale);
      if (q.options) out.options = q.options.map((opt) => ({ key: opt.key, label: localize(opt.label, locale) }));
      if (q.min !== undefined) out.min = q.min;
      if (q.max !== undefined) out.max = q.max;
      if (q.maxLength !== undefined) out.maxLength = q.maxLength;
      return out;
    }),
  };
}

export async function listCategories(db: SqlRunner, locale?: string): Promise<CaseCategory[]> {
  const rows = await db.all<CategoryRow>(`${CATEGORY_SELECT} ORDER BY c.position`);
  return rows.map((row) => toCategory(row, locale));
}

/** One category, or null when the code is unknown. */
export async function findCategory(db: SqlRunner, code: string, locale?: string): Promise<CaseCategory | null> {
  const row = await db.get<CategoryRow>(`${CATEGORY_SELECT} WHERE c.code = ?`, [code]);
  return row ? toCategory(row, locale) : null;
}

export async function listDepartments(db: SqlRunner, locale?: string): Promise<Department[]> {
  const rows = await db.all<DepartmentRow>('SELECT id, name_zh, name_en FROM case_departments ORDER BY position');
  return rows.map((row) => ({ id: row.id, name: localize(pair(row.name_zh, row.name_en), locale) }));
}

/** Both names of every department and category, to localise what cases store in Chinese. */
export interface Names {
  department(id: string, stored: string | null | undefined, locale?: string): string;
  category(code: string, stored: string, locale?: string): string;
}

export async function loadNames(db: SqlRunner): Promise<Names> {
  const departments = new Map((await db.all<DepartmentRow>('SELECT id, name_zh, name_en FROM case_departments')).map((d) => [d.id, pair(d.name_zh, d.name_en)]));
  const categories = new Map(
    (await db.all<{ code: string; name_zh: string; name_en: string }>('SELECT code, name_zh, name_en FROM case_categories')).map((c) => [c.code, pair(c.name_zh, c.name_en)]),
  );
  return {
    department: (id, stored, locale) => {
      const names = departments.get(id);
      return names ? localize(names, locale) : (stored ?? id);
    },
    category: (code, stored, locale) => {
      const names = categories.get(code);
      return names ? localize(names, locale) : stored;
    },
  };
}
