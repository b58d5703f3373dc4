import { caseEvent } from './case-events.js';
import { dueDate } from './case-machine.js';
import type { AnswerValue, CaseCategory, CaseLocation, CaseSubmission, CategoryQuestion, GridCase, Photo } from './cases.js';
import type { Session } from './session.js';

/** The prefix of a case's public number: `GC-20261127-0042` (day and sequence are the backend's to count). */
export const CASE_NUMBER_PREFIX = 'GC';

/** The name a timeline shows for an anonymous reporter. */
export const ANONYMOUS_REPORTER = '匿名群众';

/** A case as a backend stores it: what it shows, and who reported and follows it (for `mine`). */
export interface NewCase extends Omit<GridCase, 'mine'> {
  reporterId: string | null;
  followerIds: string[];
}

export interface NewCaseInput {
  /** Numbered by the backend: `case-0401` and `GC-20261127-0042`. */
  id: string;
  publicNumber: string;
  now: Date;
  /** A validated submission, without its photo blobs. */
  fields: Omit<CaseSubmission, 'photos'>;
  /** Its category, in the language records keep. */
  category: Pick<CaseCategory, 'code' | 'name' | 'slaHours'> & { questions: readonly Pick<CategoryQuestion, 'code' | 'datatype'>[] };
  /** From the top of the hierarchy down to the submission's area. */
  areaPath: CaseLocation['areaPath'];
  /** The report's photos as stored, in order. */
  photos: readonly { url: string; name: string }[];
  session: Pick<Session, 'userId' | 'displayName' | 'roles'>;
}

/**
 * A report as it opens the loop: reported, due by its category's time limit and urgency, this
 * category's answers only (numbers as numbers), the reporter's name and phone unless anonymous,
 * and one `report` event carrying the photos. Nobody follows it yet, nobody handles it yet.
 */
export function newCase({ id, publicNumber, now, fields, category, areaPath, photos, session }: NewCaseInput): NewCase {
  const at = now.toISOString();
  const reportPhotos: Photo[] = photos.map(({ url, name }, i) => ({ id: `${id}-p${i + 1}`, url, name, kind: 'report' }));
  const answers: Record<string, AnswerValue> = {};
  for (const q of category.questions) {
    const value = fields.answers[q.code];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    answers[q.code] = q.datatype === 'number' ? Number(value) : value;
  }
  const reporter: NewCase['reporter'] = fields.anonymous
    ? { anonymous: true, ...(fields.phone ? { phone: fields.phone } : {}) }
    : { anonymous: false, name: fields.name!.trim(), phone: fields.phone! };
  const report = caseEvent(id, 1, 'report', null, 'reported', session, now);
  report.actor.name = fields.anonymous ? ANONYMOUS_REPORTER : reporter.name!;
  if (reportPhotos.length) report.photos = reportPhotos.map((p) => ({ ...p }));
  return {
    id,
    publicNumber,
    categoryCode: category.code,
    categoryName: category.name,
    status: 'reported',
    urgency: fields.urgency,
    description: fields.description.trim(),
    location: {
      areaId: fields.location.areaId,
      areaPath: areaPath.map((a) => ({ id: a.id, name: a.name, level: a.level })),
      address: fields.location.address,
      ...(fields.location.point ? { point: { ...fields.location.point } } : {}),
    },
    createdAt: at,
    updatedAt: at,
    dueAt: dueDate(now, category.slaHours, fields.urgency).toISOString(),
    followers: 0,
    answers,
    reporter,
    photos: reportPhotos,
    department: null,
    closedAt: null,
    rating: null,
    timeline: [report],
    reporterId: session.userId,
    followerIds: [],
  };
}
