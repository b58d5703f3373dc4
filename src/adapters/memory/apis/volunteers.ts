import { fieldErrorsFrom, hasErrors } from '../../../domain/field-errors.js';
import { maskIdNumber, maskPhone } from '../../../domain/masking.js';
import { hasPermission } from '../../../domain/session.js';
import {
  AVAILABILITY,
  JoinRequest,
  SKILLS,
  VolunteerQuery,
  type Volunteer,
} from '../../../domain/volunteers.js';
import type { VolunteersApi } from '../../contract.js';
import { AdapterError } from '../../errors.js';
import type { MemoryContext } from '../context.js';
import { decodeCursor, encodeCursor, pageLimit } from '../paging.js';
import { isWithinArea } from '../world/areas.js';
import { cityDate } from '../../../domain/city-clock.js';
import { validateHourLog } from '../../../domain/volunteer-validation.js';
import { newHourLog } from '../../../domain/hour-log.js';
import { bitMask, joinedVolunteer, joinReference } from '../../../domain/volunteer-join.js';
import { generateVolunteers, type VolunteerWorld } from '../world/volunteers.js';
import { StatsQuery, statsQueryErrors } from '../../../domain/stats.js';
import { NAME_SEPARATOR, VolunteerRows } from './volunteer-rows.js';
import { requireSignedIn } from './refusals.js';
import { computeVolunteerStats } from './volunteer-stats.js';

const DAY_MS = 86_400_000;

export function createVolunteersApi(ctx: MemoryContext): VolunteersApi & Required<Pick<VolunteersApi, 'stats'>> {
  // The seeded rows are made on first use and shared; `rows` holds this adapter's changes on top.
  let cached: VolunteerRows | undefined;
  const rows = () => (cached ??= new VolunteerRows(seeded()));
  const seeded = (): VolunteerWorld =>
    ctx.world('volunteers', () => generateVolunteers(ctx.rng('volunteers'), ctx.areas, ctx.sizes, ctx.epoch));
  ctx.persistent(
    'volunteers',
    () => rows().toJSON(),
    (data) => rows().load(data),
  );

  const find = (id: string): number => {
    const i = rows().indexOf(id);
    if (i === -1) throw new AdapterError('not_found', `No volunteer ${id}`);
    return i;
  };
  const teamIndex = (id: string | undefined): number => (id ? rows().world.teams.findIndex((t) => t.id === id) : -1);
  const today = () => cityDate(ctx.now());

  return {
    async teams() {
      return rows().teamTotals();
    },

    async query(query, options = {}) {
      const errors = fieldErrorsFrom(VolunteerQuery, query);
      if (hasErrors(errors)) throw new AdapterError('validation', 'Invalid volunteer query', { fieldErrors: errors });
      const r = rows();
      const sort = query.sort ?? 'name';
      const order = r.order(sort);
      const offset = decodeCursor(options.cursor);
      const limit = pageLimit(options.limit);
      // A name search (the keystroke case) goes through the name index; the test checks the other filters.
      const text = query.text?.trim().toLowerCase() ?? '';
      const byName = text !== '' && !/^\d+$/.test(text) && !text.includes(NAME_SEPARATOR);
      const test = matcher(r, byName ? { ...query, text: undefined } : query, hasPermission(ctx.session(), 'volunteer:contact'));
      let matches: ArrayLike<number> = order;
      if (byName) matches = r.findByName(sort, text, test);
      else if (test) {
        const found: number[] = [];
        for (let k = 0; k < order.length; k++) if (test(order[k]!)) found.push(order[k]!);
        matches = found;
      }
      const end = Math.min(matches.length, offset + limit);
      const items: Volunteer[] = [];
      for (let k = offset; k < end; k++) items.push(toVolunteer(r, matches[k]!));
      return { items, nextCursor: end < matches.length ? encodeCursor(end) : null, total: matches.length };
    },

    async get(id) {
      return toVolunteer(rows(), find(id));
    },

    async reveal(id, field) {
      const session = requireSignedIn(ctx.session(), 'volunteer:contact');
      const i = find(id);
      if (field !== 'phone' && field !== 'idNumber') {
        throw new AdapterError('validation', 'Unknown field', { fieldErrors: { field: { code: 'invalid_option' } } });
      }
      const value = field === 'phone' ? rows().phone(i) : rows().idNumber(i);
      // Every look at clear contact details is audited, as a real backend must.
      rows().audit.push({ volunteerId: id, field, userId: session.userId, at: ctx.now().toISOString() });
      ctx.changed();
      return { value };
    },

    async join(request) {
      const errors = fieldErrorsFrom(JoinRequest, request);
      const community = ctx.areas.byId.get(request?.communityId);
      if (!errors.communityId && community?.level !== 'community') errors.communityId = { code: 'invalid_option' };
      const team = teamIndex(request?.teamId);
      if (!errors.teamId && request?.teamId && team === -1) errors.teamId = { code: 'invalid_option' };
      if (hasErrors(errors)) throw new AdapterError('validation', 'Invalid join request', { fieldErrors: errors });

      return ctx.idempotency.run('volunteers.join', request.idempotencyKey, request, () => {
        const r = rows();
        const now = ctx.now();
        let i = r.findByPhone(request.phone);
        const joined = joinedVolunteer(request, { known: i !== -1, community: community!, now });
        if (joined) {
          const { partyMember, joinedDay, ...fields } = joined;
          i = r.addRow({ ...fields, teams: [], party: partyMember, joined: joinedDay });
        }
        if (team !== -1) r.addTeam(i, team);
        ctx.changed();
        return { referenceNumber: joinReference(now, r.nextReference(cityDate(now))), volunteer: toVolunteer(r, i) };
      });
    },

    async logHours(input) {
      requireSignedIn(ctx.session(), 'volunteer:log-hours');
      const errors = validateHourLog(input, today());
      if (hasErrors(errors)) throw new AdapterError('validation', 'Invalid hours', { fieldErrors: errors });
      const i = find(input.volunteerId);

      return ctx.idempotency.run('volunteers.logHours', input.idempotencyKey, input, () => {
        const r = rows();
        r.addHours(i, input, today());
        const log = newHourLog(r.logs.length + 1, input, ctx.now());
        r.logs.push(log);
        ctx.changed();
        return log;
      });
    },

    async stats(query) {
      const now = ctx.now();
      const errors = statsQueryErrors(query, now);
      if (!errors.areaId && query?.areaId && !ctx.areas.byId.has(query.areaId)) errors.areaId = { code: 'invalid_option' };
      if (hasErrors(errors)) throw new AdapterError('validation', 'Invalid stats query', { fieldErrors: errors });
      return computeVolunteerStats(rows(), StatsQuery.parse(query), { now, epoch: ctx.epoch, rootId: ctx.areas.rootId });
    },
  };
}

/**
 * One test per row for the query, or null when nothing filters. Seeded rows are read straight
 * from the typed columns, so a keystroke over 50,000 rows allocates only the list of matches.
 */
function matcher(r: VolunteerRows, query: VolunteerQuery, mayRevealPhone: boolean): ((i: number) => boolean) | null {
  const w = r.world;
  const text = query.text?.trim().toLowerCase() ?? '';
  // Digits search the phone's tail. Without `volunteer:contact` only the four digits the mask shows,
  // so nobody can probe the hidden ones.
  const digits = /^\d+$/.test(text);
  const phoneSearchable = digits && (mayRevealPhone || text.length <= 4);
  const team = query.teamId ? w.teams.findIndex((t) => t.id === query.teamId) : -1;
  const skills = bitMask(SKILLS, query.skills ?? []);
  const availability = bitMask(AVAILABILITY, query.availability ?? []);
  const areaId = query.areaId;
  const inArea = areaId ? Uint8Array.from(w.places, (p) => (isWithinArea(p.id, areaId) ? 1 : 0)) : null;
  const party = query.partyMember;
  const extra = r.extraTeams;
  if (!text && !query.teamId && !skills && !availability && !areaId && party === undefined) return null;
  if ((query.teamId && team === -1) || (digits && !phoneSearchable)) return () => false;

  return (i) => {
    if (i >= w.count) return matchesAdded(r, i, { text, digits, team, skills, availability, areaId, party });
    if (party !== undefined && (w.party[i] === 1) !== party) return false;
    if ((w.skills[i]! & skills) !== skills) return false;
    if (availability && (w.availability[i]! & availability) === 0) return false;
    if (inArea && !inArea[w.place[i]!]) return false;
    if (team !== -1 && w.team1[i] !== team && w.team2[i] !== team && !extra.get(i)?.includes(team)) return false;
    if (text && !(digits ? w.phones[i]!.endsWith(text) : w.names[i]!.includes(text))) return false;
    return true;
  };
}

interface Criteria {
  text: string;
  digits: boolean;
  team: number;
  skills: number;
  availability: number;
  areaId: string | undefined;
  party: boolean | undefined;
}

function matchesAdded(r: VolunteerRows, i: number, c: Criteria): boolean {
  if (c.party !== undefined && r.party(i) !== c.party) return false;
  if ((r.skills(i) & c.skills) !== c.skills) return false;
  if (c.availability && (r.availability(i) & c.availability) === 0) return false;
  if (c.areaId && !isWithinArea(r.areaId(i), c.areaId)) return false;
  if (c.team !== -1 && !r.teams(i).includes(c.team)) return false;
  if (c.text && !(c.digits ? r.phone(i).endsWith(c.text) : r.name(i).toLowerCase().includes(c.text))) return false;
  return true;
}

/** A row as the contract's Volunteer. Contact details are always masked here; `reveal` gives them clear. */
function toVolunteer(r: VolunteerRows, i: number): Volunteer {
  const skills = r.skills(i);
  const availability = r.availability(i);
  return {
    id: r.id(i),
    name: r.name(i),
    teamIds: r.teams(i).map((t) => r.world.teams[t]!.id),
    skills: SKILLS.filter((_, b) => skills & (1 << b)),
    availability: AVAILABILITY.filter((_, b) => availability & (1 << b)),
    areaId: r.areaId(i),
    areaName: r.areaName(i),
    hoursThisYear: r.hoursYear(i),
    hoursTotal: r.hoursTotal(i),
    partyMember: r.party(i),
    phone: maskPhone(r.phone(i)),
    idNumber: maskIdNumber(r.idNumber(i)),
    joinedAt: new Date(r.joined(i) * DAY_MS).toISOString().slice(0, 10),
  };
}

