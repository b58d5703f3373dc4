import { expect } from '@open-wc/testing';
import { AVAILABILITY, SKILLS, type JoinRequest } from '../../src/domain/volunteers.js';
import { bitMask, joinedVolunteer, joinReference } from '../../src/domain/volunteer-join.js';

// 23:30 on 26 November UTC is already 27 November in the city.
const NOW = new Date('2026-11-26T23:30:00.000Z');
const COMMUNITY = { id: 'd01-s01-c01', name: '东华社区' };
const request: JoinRequest = {
  name: '  陈小红 ',
  phone: '13900001111',
  communityId: 'd01-s01-c01',
  teamId: 'team-01',
  skills: [SKILLS[2], SKILLS[0]],
  availability: ['weekend'],
  partyMember: true,
  idempotencyKey: 'join-0001',
};

describe('joinedVolunteer', () => {
  it('makes a new volunteer of an unknown phone: trimmed, in the community, joined on the city day', () => {
    expect(joinedVolunteer(request, { known: false, community: COMMUNITY, now: NOW })).to.deep.equal({
      name: '陈小红',
      phone: '13900001111',
      idNumber: '',
      skills: 0b101,
      availability: 1 << AVAILABILITY.indexOf('weekend'),
      areaId: 'd01-s01-c01',
      areaName: '东华社区',
      partyMember: true,
      joinedDay: Date.parse('2026-11-27') / 86_400_000,
    });
    expect(joinedVolunteer({ ...request, idNumber: '110101199003071234' }, { known: false, community: COMMUNITY, now: NOW })!.idNumber).to.equal(
      '110101199003071234',
    );
  });

  it('makes nobody new of a known phone: that volunteer only joins the team', () => {
    expect(joinedVolunteer(request, { known: true, community: COMMUNITY, now: NOW })).to.equal(null);
  });
});

describe('bitMask', () => {
  it('sets the bit of each chosen value by its place, once, and ignores values it does not know', () => {
    expect(bitMask(['a', 'b', 'c'], ['c', 'a', 'c'])).to.equal(0b101);
    expect(bitMask(['a', 'b', 'c'], [])).to.equal(0);
    expect(bitMask<string>(['a', 'b'], ['z'])).to.equal(0);
  });
});

describe('joinReference', () => {
  it("numbers a join `ZY-` by the city day and that day's sequence", () => {
    expect(joinReference(NOW, 1)).to.equal('ZY-20261127-0001');
  });
});
