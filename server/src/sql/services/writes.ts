import { AdapterError } from '../../../../src/adapters/errors.js';
import { requirePermission, throwIfInvalid } from '../../../../src/adapters/memory/apis/refusals.js';
import { fieldErrorsFrom } from '../../../../src/domain/field-errors.js';
import { maskName } from '../../../../src/domain/masking.js';
import { cityDay, DEMAND_REFERENCE_PREFIX, REQUEST_REFERENCE_PREFIX } from '../../../../src/domain/reference-numbers.js';
import { newDemand, requestReceipt } from '../../../../src/domain/service-receipt.js';
import { DemandInput, ServiceRequestInput, type RequestReceipt } from '../../../../src/domain/services.js';
import type { SqlContext } from '../context.js';
import { placeholders, type SqlRunner } from '../db.js';
import { idempotent } from '../idempotent.js';
import { areaPath, pathLabel } from './areas.js';
import { nextNumber } from './counters.js';
import { insertItem } from './items.js';
import { findItem } from './list-query.js';

/** A service or a resource may be requested (receipt `FW-…`); the same key and body answers the same receipt. */
export async function requestItem(ctx: SqlContext, input: ServiceRequestInput): Promise<RequestReceipt> {
  requirePermission(ctx.session, 'service:request');
  throwIfInvalid(fieldErrorsFrom(ServiceRequestInput, input), 'The request has errors');
  const item = await findItem(ctx.db, ['service', 'resource'], input.itemId);
  if (!item) {
    const elsewhere = await findItem(ctx.db, ['demand', 'project'], input.itemId);
    if (elsewhere) throwIfInvalid({ itemId: { code: 'invalid_option' } }, 'Only services and resources can be requested');
    throw new AdapterError('not_found', `No service or resource ${input.itemId}`);
  }
  return idempotent(ctx, 'services.request', input.idempotencyKey, input, (tx) =>
    receipt(tx, ctx, REQUEST_REFERENCE_PREFIX, item.id, {
      name: input.name.trim(),
      phone: input.phone,
      preferredTime: input.preferredTime.trim(),
      notes: input.notes,
    }),
  );
}

/** A resident's demand joins the demand list at its head (receipt `XQ-…`); only the masked name is kept. */
export async function postDemand(ctx: SqlContext, input: DemandInput): Promise<RequestReceipt> {
  requirePermission(ctx.session, 'service:request');
  const errors = fieldErrorsFrom(DemandInput, input);
  const path = !errors.areaId && input.areaId ? await areaPath(ctx.db, input.areaId) : [];
  if (!errors.areaId && input.areaId && path.length === 0) errors.areaId = { code: 'invalid_option' };
  if (!errors.termIds && Array.isArray(input.termIds) && !(await allTermsExist(ctx.db, input.termIds))) {
    errors.termIds = { code: 'invalid_option' };
  }
  throwIfInvalid(errors, 'The demand has errors');
  return idempotent(ctx, 'services.postDemand', input.idempotencyKey, input, async (tx) => {
    const n = await nextNumber(tx, 'demand');
    const demand = newDemand({ number: n, input, areaName: pathLabel(path, 'street'), now: ctx.now() });
    // Newest first: each posted demand sorts before every earlier one.
    await insertItem(tx, demand, -n, path.map((a) => a.id));
    return receipt(tx, ctx, DEMAND_REFERENCE_PREFIX, demand.id, { name: maskName(input.contactName), phone: input.phone, preferredTime: null, notes: null });
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
  const number = await nextNumber(tx, 'receipt');
  const made = requestReceipt({ number, prefix, sequence: await nextNumber(tx, `${prefix}-${cityDay(now)}`), itemId, now });
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
