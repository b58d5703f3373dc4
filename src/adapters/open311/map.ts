// Open311 GeoReport v2 payloads (already parsed from JSON or XML into plain values) to the domain's shapes.
import type {
  CaseCategory,
  CaseState,
  CategoryQuestion,
  Department,
  GridCase,
  Photo,
  QuestionOption,
  QuestionType,
  TimelineEvent,
} from '../../domain/cases.js';
import { LIMITS } from '../../domain/common.js';
import { isSafeUrl } from '../../domain/urls.js';
import { isoDateTime } from '../wire/dates.js';
import { clip, flag, idOf, isRecord, listOf, longText, num, plainText, text } from '../wire/values.js';

export interface MapContext {
  timeZone: string;
  slaHours: number;
  department: Department;
  areaId: string;
  system: string;
}

/** A service as listed by `GET services`. */
export interface Open311Service {
  code: string;
  name: string;
  description: string;
  keywords: string[];
  groups: string[];
  metadata: boolean;
}

export function readService(raw: unknown): Open311Service | null {
  if (!isRecord(raw)) return null;
  const code = idOf(raw.service_code);
  if (!code) return null;
  // One <group>, mySociety's <groups><group>…</groups>, a JSON array, or none; newlines inside a group trimmed.
  const groups = [...listOf(raw.groups, 'group'), ...listOf(raw.group)].map(plainText).filter(Boolean);
  return {
    code,
    name: plainText(raw.service_name) || code,
    description: plainText(raw.description),
    keywords: (text(raw.keywords) ?? '').split(',').map((k) => k.trim()).filter(Boolean),
    groups: [...new Set(groups)],
    metadata: flag(raw.metadata) ?? false,
  };
}

const DATATYPES: Readonly<Record<string, QuestionType>> = {
  string: 'string',
  text: 'text',
  number: 'number',
  datetime: 'datetime',
  singlevaluelist: 'single',
  multivaluelist: 'multi',
};

interface Definition {
  questions: CategoryQuestion[];
  /** Attributes with `variable: false`: text to show, not questions. */
  notes: string[];
}

/**
 * A service definition's attributes to questions, in `order` (ties and gaps in document order, renumbered
 * 1…n). Informational attributes (`variable: false`) become notes; attributes the server fills in itself
 * (mySociety's `<automated>`) are left out; a list without values is asked as text.
 */
export function readDefinition(raw: unknown): Definition {
  const root = isRecord(raw) ? (isRecord(raw.service_definition) ? raw.service_definition : raw) : {};
  // <attributes><attribute>…, or <attribute> straight under <service_definition>.
  const attributes = root.attributes !== undefined ? listOf(root.attributes, 'attribute') : listOf(root.attribute);
  const read: Array<{ order: number; index: number; question: CategoryQuestion }> = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  attributes.forEach((a, index) => {
    if (!isRecord(a)) return;
    const code = idOf(a.code);
    const description = plainText(a.description);
    const datatypeDescription = plainText(a.datatype_description);
    if (flag(a.variable) === false) {
      if (description) notes.push(description);
      return;
    }
    if (!code || seen.has(code) || text(a.automated)) return;
    seen.add(code);
    const options = readOptions(a.values);
    let datatype = DATATYPES[(text(a.datatype) ?? 'string').toLowerCase()] ?? 'string';
    if ((datatype === 'single' || datatype === 'multi') && options.length === 0) datatype = 'string';
    const label = description || datatypeDescription || code;
    const question: CategoryQuestion = { code, label, datatype, required: flag(a.required) ?? false, order: 0 };
    if (datatypeDescription && datatypeDescription !== label) question.hint = datatypeDescription;
    if (datatype === 'single' || datatype === 'multi') question.options = options;
    read.push({ order: num(a.order) ?? Number.MAX_SAFE_INTEGER, index, question });
  });
  read.sort((x, y) => x.order - y.order || x.index - y.index);
  return { questions: read.map((r, i) => ({ ...r.question, order: i + 1 })), notes };
}

function readOptions(values: unknown): QuestionOption[] {
  const out: QuestionOption[] = [];
  const keys = new Set<string>();
  for (const v of listOf(values, 'value')) {
    if (!isRecord(v)) continue;
    const key = idOf(v.key);
    if (!key || keys.has(key)) continue;
    keys.add(key);
    out.push({ key, label: plainText(v.name) || key });
  }
  return out;
}

export function toCategory(service: Open311Service, definition: Definition | null, ctx: MapContext): CaseCategory {
  const group = service.groups[0];
  const description = [service.description, ...(definition?.notes ?? [])].filter(Boolean).join('\n');
  return {
    code: service.code,
    name: service.name,
    group: group ?? 'open311',
    groupName: group ?? '',
    description,
    keywords: service.keywords,
    department: ctx.department,
    slaHours: ctx.slaHours,
    questions: definition?.questions ?? [],
  };
}

/** Statuses beyond open/closed, by their normalised spelling (`In Progress`, `in-progress` → `in_progress`). */
const STATUSES: Readonly<Record<string, CaseState>> = {
  open: 'reported',
  new: 'reported',
  submitted: 'reported',
  received: 'reported',
  pending: 'reported',
  unconfirmed: 'reported',
  acknowledged: 'accepted',
  accepted: 'accepted',
  confirmed: 'accepted',
  investigating: 'accepted',
  under_review: 'accepted',
  assigned: 'dispatched',
  in_progress: 'dispatched',
  action_scheduled: 'dispatched',
  scheduled: 'dispatched',
  fixed: 'handled',
  resolved: 'handled',
  completed: 'handled',
  done: 'handled',
  closed: 'closed',
  duplicate: 'closed',
  not_councils_responsibility: 'closed',
  no_further_action: 'closed',
  internal_referral: 'closed',
  cancelled: 'closed',
  canceled: 'closed',
  rejected: 'closed',
  invalid: 'closed',
  reopened: 'reopened',
};

/**
 * Open311's status on the closed loop. `open` is `reported`, or `accepted` once the server has written a
 * note, or `dispatched` once an agency is responsible; `closed` is `closed`; other spellings by the table.
 * An unknown status counts as open.
 */
export function closedLoopState(status: string | undefined, hasAgency: boolean, hasNotes: boolean): CaseState {
  const key = (status ?? 'open').trim().toLowerCase().replace(/[\s-]+/g, '_');
  const state = STATUSES[key] ?? (key.includes('clos') ? 'closed' : 'reported');
  if (state !== 'reported') return state;
  return hasAgency ? 'dispatched' : hasNotes ? 'accepted' : 'reported';
}

/** Open311's two statuses for ours, for the `status` filter. */
export function open311Status(state: CaseState): 'open' | 'closed' {
  return state === 'closed' ? 'closed' : 'open';
}

const ACTION_FOR: Readonly<Partial<Record<CaseState, TimelineEvent['action']>>> = {
  accepted: 'accept',
  dispatched: 'dispatch',
  handled: 'resolve',
  verified: 'verify',
  closed: 'close',
  returned: 'return',
  reopened: 'reopen',
};

/** What this adapter knows beyond the server's answer, for requests it submitted itself. */
export interface Known {
  mine: boolean;
  reporter?: GridCase['reporter'];
  answers?: GridCase['answers'];
  urgency?: GridCase['urgency'];
  areaId?: string;
  serviceNotice?: string;
}

/**
 * One request to a case, or null when it cannot be used: no id, or no date at all. The report and the
 * server's latest status are the timeline; `status_notes` is the note, `agency_responsible` the department,
 * `expected_datetime` the due date. A lat/long of 0,0, out of range, or missing is no point; an unsafe
 * `media_url` is no photo.
 */
export function toCase(raw: unknown, ctx: MapContext, known: Known = { mine: false }): GridCase | null {
  if (!isRecord(raw)) return null;
  const id = idOf(raw.service_request_id);
  const createdAt = isoDateTime(raw.requested_datetime, ctx.timeZone) ?? isoDateTime(raw.updated_datetime, ctx.timeZone);
  if (!id || !createdAt) return null;
  const updatedAt = isoDateTime(raw.updated_datetime, ctx.timeZone) ?? createdAt;
  const dueAt =
    isoDateTime(raw.expected_datetime, ctx.timeZone) ?? new Date(Date.parse(createdAt) + ctx.slaHours * 3_600_000).toISOString();
  const agency = plainText(raw.agency_responsible);
  const notes = longText(raw.status_notes);
  const rawStatus = text(raw.status);
  const status = closedLoopState(rawStatus, agency !== '', notes !== '');
  const department: Department | null = agency ? { id: clip(agency, 200), name: agency } : null;
  const code = idOf(raw.service_code) ?? '';
  const point = readPoint(raw.lat, raw.long);
  const mediaUrl = text(raw.media_url);
  const photos: Photo[] = mediaUrl && isSafeUrl(mediaUrl, 'image') ? [{ id: `${id}-media`, url: mediaUrl, name: '', kind: 'report' }] : [];
  const serviceNotice = known.serviceNotice ?? longText(raw.service_notice);
  const system = { name: ctx.system, role: 'department-staff' as const };
  const timeline: TimelineEvent[] = [
    {
      id: `${id}-report`,
      at: createdAt,
      action: 'report',
      fromState: null,
      toState: 'reported',
      actor: { name: known.reporter?.name || ctx.system, role: 'resident' },
      ...(serviceNotice ? { note: serviceNotice } : {}),
    },
  ];
  const action = ACTION_FOR[status];
  if (action) {
    timeline.push({
      id: `${id}-status`,
      at: updatedAt,
      action,
      fromState: 'reported',
      toState: status,
      actor: agency ? { name: agency, role: 'department-staff' } : system,
      ...(notes ? { note: notes } : {}),
      ...(department ? { department } : {}),
    });
  }
  const addressId = idOf(raw.address_id);
  return {
    id,
    publicNumber: id,
    categoryCode: code,
    categoryName: plainText(raw.service_name) || code,
    status,
    urgency: known.urgency ?? 'normal',
    description: longText(raw.description),
    location: {
      areaId: known.areaId ?? (addressId ? clip(addressId, 200) : ctx.areaId),
      areaPath: [],
      address: clip(plainText(raw.address), LIMITS.address),
      ...(point ? { point } : {}),
    },
    createdAt,
    updatedAt,
    dueAt,
    followers: 0,
    department,
    closedAt: status === 'closed' ? updatedAt : null,
    rating: null,
    answers: known.answers ?? {},
    reporter: known.reporter ?? { anonymous: false },
    photos,
    timeline,
    mine: known.mine,
  };
}

function readPoint(lat: unknown, long: unknown): { lat: number; lng: number } | undefined {
  const la = num(lat);
  const lo = num(long);
  if (la === undefined || lo === undefined || (la === 0 && lo === 0)) return undefined;
  if (Math.abs(la) > 90 || Math.abs(lo) > 180) return undefined;
  return { lat: la, lng: lo };
}

/** A POST or token answer's first record: the id and/or the token, and the notice. */
export function readReceipt(value: unknown): { id?: string; token?: string; serviceNotice?: string } {
  const [first] = listOf(value);
  if (!isRecord(first)) return {};
  return {
    id: idOf(first.service_request_id),
    token: idOf(first.token),
    serviceNotice: longText(first.service_notice) || undefined,
  };
}
