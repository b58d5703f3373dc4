import { expect } from '@open-wc/testing';
import { GridCase, Photo, TimelineEvent } from '../../src/domain/index.js';
import * as urls from '../../src/domain/urls.js';

/** Accepted for every use: http(s) and references that stay on the page's origin. */
const GOOD_ANYWHERE = [
  'https://img.example.gov.cn/cases/1.jpg',
  'http://img.example.gov.cn/cases/1.jpg',
  'HTTPS://IMG.EXAMPLE.GOV.CN/x.png',
  'https://example.gov.cn:8443/a/b.png?size=160#top',
  '/photos/1.jpg',
  'photos/1.jpg',
  './photos/1.jpg',
  '../photos/1.jpg',
  '?photo=1',
  '#photo-1',
  '/照片/一号.jpg',
  'photo%3A1.jpg',
];

/** Accepted for images only. */
const GOOD_IMAGES_ONLY = [
  'blob:https://portal.example.gov.cn/0b7c5f6e-3b4d-4a8e-9a55-4a0d1f1c2b3a',
  'data:image/png;base64,iVBORw0KGgo=',
  'DATA:IMAGE/JPEG;base64,/9j/4AAQ',
  'data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E',
  'data:image/webp,UklGRg',
];

/** Refused everywhere: script URLs in every disguise, other schemes, and references that leave the origin. */
const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u001fjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'javascript:alert(1) ',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:,alert(1)',
  'data:image',
  'data:imagex/png,AAAA',
  'data:application/javascript,alert(1)',
  'file:///etc/passwd',
  'ftp://example.com/x.png',
  'about:blank',
  'chrome://settings',
  'mailto:a@example.com',
  '//evil.example.com/x.png',
  '///evil.example.com/x.png',
  '/\\evil.example.com/x.png',
  '\\\\evil.example.com\\x.png',
  '/\t/evil.example.com/x.png',
  'https:',
  'https://',
  '',
];

const photo = (url: unknown) => ({ id: 'p1', url, name: 'x.jpg', kind: 'report' });

const gridCase = (url: unknown) => ({
  id: 'c1',
  publicNumber: 'GC-20261127-0001',
  categoryCode: 'streetlight',
  categoryName: '路灯损坏',
  status: 'reported',
  urgency: 'normal',
  description: '3号楼前路灯不亮',
  location: { areaId: 'd01-s01-c01-g1', areaPath: [{ id: 'city', name: '青川市', level: 'city' }], address: '安和路 12 号' },
  createdAt: '2026-11-27T08:00:00.000Z',
  updatedAt: '2026-11-27T08:00:00.000Z',
  dueAt: '2026-11-29T08:00:00.000Z',
  followers: 0,
  answers: {},
  reporter: { anonymous: true },
  photos: [photo(url)],
  department: null,
  closedAt: null,
  rating: null,
  timeline: [],
  mine: false,
});

const event = (url: unknown) => ({
  id: 'e1',
  at: '2026-11-27T08:00:00.000Z',
  action: 'resolve',
  fromState: 'dispatched',
  toState: 'handled',
  actor: { name: '城管', role: 'department-staff' },
  photos: [{ ...photo(url), kind: 'result' }],
});

describe('domain URL check', () => {
  for (const url of [...GOOD_ANYWHERE, ...GOOD_IMAGES_ONLY]) {
    it(`accepts ${JSON.stringify(url.slice(0, 60))} as an image`, () => {
      expect(urls.isSafeUrl(url, 'image')).to.equal(true);
      expect(urls.ImageUrl.safeParse(url).success).to.equal(true);
    });
  }

  for (const url of GOOD_ANYWHERE) {
    it(`accepts ${JSON.stringify(url)} as a link`, () => {
      expect(urls.isSafeUrl(url, 'link')).to.equal(true);
      expect(urls.LinkUrl.safeParse(url).success).to.equal(true);
    });
  }

  for (const url of GOOD_IMAGES_ONLY) {
    it(`refuses ${JSON.stringify(url.slice(0, 60))} as a link`, () => {
      expect(urls.isSafeUrl(url, 'link')).to.equal(false);
      expect(urls.LinkUrl.safeParse(url).success).to.equal(false);
    });
  }

  for (const url of HOSTILE) {
    it(`refuses ${JSON.stringify(url)} as an image and as a link`, () => {
      expect(urls.isSafeUrl(url, 'image')).to.equal(false);
      expect(urls.isSafeUrl(url, 'link')).to.equal(false);
      expect(urls.ImageUrl.safeParse(url).success).to.equal(false);
      expect(urls.LinkUrl.safeParse(url).success).to.equal(false);
    });
  }

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 1, {}, ['https://x.example']]) {
      expect(urls.isSafeUrl(value, 'image')).to.equal(false);
    }
  });
});

describe('domain schemas check every URL field', () => {
  for (const url of HOSTILE) {
    it(`a photo, a case and a timeline event refuse ${JSON.stringify(url)}`, () => {
      expect(Photo.safeParse(photo(url)).success, 'Photo').to.equal(false);
      const parsed = GridCase.safeParse(gridCase(url));
      expect(parsed.success, 'GridCase').to.equal(false);
      expect(parsed.error?.issues[0]?.path).to.deep.equal(['photos', 0, 'url']);
      expect(TimelineEvent.safeParse(event(url)).success, 'TimelineEvent').to.equal(false);
    });
  }

  for (const url of [...GOOD_ANYWHERE, ...GOOD_IMAGES_ONLY]) {
    it(`a photo, a case and a timeline event accept ${JSON.stringify(url.slice(0, 60))}`, () => {
      expect(Photo.safeParse(photo(url)).success, 'Photo').to.equal(true);
      expect(GridCase.safeParse(gridCase(url)).success, 'GridCase').to.equal(true);
      expect(TimelineEvent.safeParse(event(url)).success, 'TimelineEvent').to.equal(true);
    });
  }
});
