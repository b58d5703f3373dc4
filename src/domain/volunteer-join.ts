import { cityDate } from './city-clock.js';
import { JOIN_REFERENCE_PREFIX, referenceNumber } from './reference-numbers.js';
import { AVAILABILITY, SKILLS, type JoinRequest } from './volunteers.js';

const DAY_MS = 86_400_000;

/** The bits of the chosen values, each by its place in `all`: how skills and availability are stored. */
export function bitMask<T extends string>(all: readonly T[], chosen: readonly T[]): number {
  let bits = 0;
  for (const value of chosen) if (all.includes(value)) bits |= 1 << all.indexOf(value);
  return bits;
}

/** A volunteer who joined, as a backend stores them (contact details in clear; masking is for showing). */
export interface JoinedVolunteer {
  name: string;
  phone: string;
  idNumber: string;
  skills: number;
  availability: number;
  areaId: string;
  areaName: string;
  partyMember: boolean;
  /** The city day they joined, in days since 1970-01-01. */
  joinedDay: number;
}

export interface JoinInput {
  /** Whether a volunteer with this phone is already known. */
  known: boolean;
  /** The community they join in, as validated by the backend. */
  community: { id: string; name: string };
  now: Date;
}

/**
 * Who a join request makes: a phone already known is that volunteer, who only joins the team named
 * (null: nothing new to store); any other phone is a new volunteer in the community, joined today.
 */
export function joinedVolunteer(request: JoinRequest, { known, community, now }: JoinInput): JoinedVolunteer | null {
  if (known) return null;
  return {
    name: request.name.trim(),
    phone: request.phone,
    idNumber: request.idNumber ?? '',
    skills: bitMask(SKILLS, request.skills),
    availability: bitMask(AVAILABILITY, request.availability),
    areaId: community.id,
    areaName: community.name,
    partyMember: request.partyMember,
    joinedDay: Date.parse(cityDate(now)) / DAY_MS,
  };
}

/** A join's receipt number, `ZY-20261127-0001`: `sequence` counts the joins of the city day. */
export function joinReference(now: Date, sequence: number): string {
  return referenceNumber(JOIN_REFERENCE_PREFIX, now, sequence);
}
