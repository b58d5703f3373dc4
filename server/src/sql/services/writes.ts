import { AdapterError } from '../../../../src/adapters/errors.js';
import { referenceNumber, shanghaiDay } from '../../../../src/adapters/memory/world/seed-clock.js';
import { fieldErrorsFrom, hasErrors, type FieldErrors } from '../../../../src/domain/field-errors.js';
import { maskName } from '../../../../src/domain/masking.js';
import { DemandInput, ServiceRequestInput, type Demand, type RequestReceipt } from '../../../../src/domain/services.js';
import { hasPermission, type Session } from '../../../../src/domain/session.js';
import type { SqlContext } from '../context.js';
import { placeholders, type SqlRunner } from '../db.js';
import { idempotent } from '../idempotent.js';
import { areaPath, pathLabel } from './areas.js';
import { nextNumber } from './counters.js';
import { insertItem } from './items.js';
import { findItem } from './list-query.js';

/** A service or a resource may be requested (receipt `FW-…`); the same key and body answers the same receipt. */
export async function requestItem(ctx: SqlContext, input: ServiceRequestInput): Promise<RequestReceipt> {
  requireRequester(ctx.session);
  throwIfInvalid(fieldErrorsFrom(ServiceRequestInput, input), 'The request has errors');
  const item = await findItem(ctx.db, ['service', 'resource'], input.itemId);
  if (!item) {
    const elsewhere = await findItem(ctx.db, ['demand', 'project'], input.itemId);
    if (elsewhere) throwIfInvalid({ itemId: { code: 'invalid_option' } }, 'Only services and resources can be requested');
    throw new AdapterError('not_found', `No service or resource ${input.itemId}`);
  }
  return idempotent(ctx, 'services.request', input.idempotencyKey, input, (tx) =>
    receipt(tx, ctx, 'FW', item.id, {
      name: input.name.trim(),
      phone: input.phone,
      preferredTime: input.preferredTime.trim(),
      notes: input.notes,
    }),
  );
}

/** A resident's demand joins the demand list at its head (receipt `XQ-…`); only the masked name is kept. */
export async function postDemand(ctx: SqlContext, input: DemandInput): Promise<RequestReceipt> {
  requireRequester(ctx.session);
  const errors = fieldErrorsFrom(DemandInput, input);
  const path = !errors.areaId && input.areaId ? await areaPath(ctx.db, input.areaId) : [];
  if (!errors.areaId && input.areaId && path.length === 0) errors.areaId = { code: 'invalid_option' };
  if (!errors.termIds && Array.isArray(input.termIds) && !(await allTermsExist(ctx.db, input.termIds))) {
    errors.termIds = { code: 'invalid_option' };
  }
  throwIfInvalid(errors, 'The demand has errors');
  return idempotent(ctx, 'services.postDemand', input.idempotencyKey, input, async (tx) => {
    const n = await nextNumber(tx, 'demand');
    const demand: Demand = {
      id: `dm-n${String(n).padStart(4, '0')}`,
      kind: 'demand',
      name: input.name.trim(),
      description: input.description.trim(),
      areaId: input.areaId,
      areaName: pathLabel(path, 'street'),
      termIds: [...input.termIds],
      audiences: input.audiences.length ? [...new Set(input.audiences)] : ['everyone'],
      status: 'open',
      postedAt: ctx.now().toISOString(),
      postedBy: maskName(input.contactName),
      takenBy: null,
    };
    // Newest first: each posted demand sorts before every earlier one.
    await insertItem(tx, demand, -n, path.map((a) => a.id));
    return receipt(tx, ctx, 'XQ', demand.id, { name: maskName(input.contactName), phone: input.phone, preferredTime: null, notes: null });
  });
}

interface Requester {
  name: string;
  phone: string;
  preferredTime: string | null;
  notes: string | null;
}

/** The receipt, numbered `FW-<city day>-0001…` per prefix and day after the seeded ones. */
async function receipt(tx: SqlRunner, ctx: SqlContext, prefix: string, itemId: string, who: Requester): Promise<RequestReceipt> {
  const now = ctx.now();
  const n = await nextNumber(tx, 'receipt');
  const made: RequestReceipt = {
    id: `rq-${String(n).padStart(4, '0')}`,
    referenceNumber: referenceNumber(prefix, now, await nextNumber(tx, `${prefix}-${shanghaiDay(now)}`)),
    itemId,
    createdAt: now.toISOString(),
    status: 'received',
  };
  await tx.run(
    'INSERT INTO service_requests (id, reference_number, item_id, created_at, status, user_id, name, phone, preferred_time, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [made.id, made.referenceNumber, itemId, made.createdAt, made.status, ctx.session.userId, who.name, who.phone, who.preferredTime, who.notes],
  );
  return made;
}

async function allTermsExist(db: SqlRunner, termIds: readonly string[]): Promise<boolean> {
  const distinct = [...new Set(termIds)];
  if (distinct.length === 0) return true;
  const found = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM service_terms WHERE id IN (${placeholders(distinct.length)})`, distinct);
  return Number(found?.n) === distinct.length;
}

function requireRequester(session: Session): void {
  if (hasPermission(session, 'service:request')) return;
  if (session.userId === null) throw new AdapterError('unauthorized', 'Sign in first');
  throw new AdapterError('forbidden', 'Needs permission service:request');
}

export function throwIfInvalid(errors: FieldErrors, message: string): void {
  if (hasErrors(errors)) throw new AdapterError('validation', message, { fieldErrors: errors });
}
