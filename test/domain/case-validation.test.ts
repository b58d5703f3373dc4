import { expect } from '@open-wc/testing';
import {
  AREA_LEVELS,
  locatesCase,
  validateAnswer,
  validateCaseSubmission,
  type CaseCategory,
  type CaseSubmission,
  type CategoryQuestion,
} from '../../src/domain/index.js';
import { loadMessages } from '../../src/i18n/lazy-messages.js';
import { validationMessages } from '../../src/i18n/messages/validation.js';
import { validationMessage } from '../../src/i18n/validation.js';

const q = (over: Partial<CategoryQuestion>): CategoryQuestion => ({
  code: 'q',
  label: 'Q',
  datatype: 'string',
  required: false,
  order: 1,
  ...over,
});

const category: CaseCategory = {
  code: 'noise',
  name: '噪音扰民',
  group: 'dispute',
  groupName: '邻里纠纷',
  description: '',
  keywords: [],
  department: { id: 'dept-cg', name: '城市管理局' },
  slaHours: 48,
  questions: [
    q({ code: 'when', label: '发生时间', datatype: 'datetime', required: true }),
    q({ code: 'days', label: '持续天数', datatype: 'number', min: 1, max: 365 }),
    q({ code: 'kind', label: '噪音类型', datatype: 'multi', required: true, options: [{ key: 'music', label: '音乐' }, { key: 'build', label: '施工' }] }),
  ],
};

const submission = (over: Partial<CaseSubmission> = {}): CaseSubmission => ({
  categoryCode: 'noise',
  answers: { when: '2026-11-26T22:00', kind: ['music'] },
  location: { areaId: 'd01-s01-c01-g1', address: '安和路 12 号' },
  description: '楼上每晚十一点后放音乐',
  urgency: 'normal',
  anonymous: false,
  name: '王秀英',
  phone: '13812345678',
  idempotencyKey: 'draft-0001-abcdef',
  ...over,
});

describe('answers to category questions', () => {
  it('checks each datatype', () => {
    expect(validateAnswer(q({ datatype: 'number', min: 1, max: 9 }), '0')).to.deep.equal({ code: 'too_small', min: 1 });
    expect(validateAnswer(q({ datatype: 'number', min: 1, max: 9 }), 10)).to.deep.equal({ code: 'too_big', max: 9 });
    expect(validateAnswer(q({ datatype: 'number' }), 'abc')).to.deep.equal({ code: 'not_a_number' });
    expect(validateAnswer(q({ datatype: 'datetime' }), 'yesterday-ish')).to.deep.equal({ code: 'invalid_date' });
    expect(validateAnswer(q({ datatype: 'single', options: [{ key: 'a', label: 'A' }] }), 'b')).to.deep.equal({ code: 'invalid_option' });
    expect(validateAnswer(q({ datatype: 'multi', options: [{ key: 'a', label: 'A' }] }), ['a', 'z'])).to.deep.equal({ code: 'invalid_option' });
    expect(validateAnswer(q({ datatype: 'boolean' }), 'yes')).to.deep.equal({ code: 'invalid' });
    expect(validateAnswer(q({ datatype: 'string', maxLength: 3 }), 'abcd')).to.deep.equal({ code: 'too_long', max: 3 });
    expect(validateAnswer(q({ datatype: 'boolean', required: true }), false)).to.equal(null);
  });

  it('requires required answers and lets optional ones be blank', () => {
    expect(validateAnswer(q({ required: true }), '  ')).to.deep.equal({ code: 'required' });
    expect(validateAnswer(q({ datatype: 'multi', required: true, options: [] }), [])).to.deep.equal({ code: 'required' });
    expect(validateAnswer(q({ required: false }), undefined)).to.equal(null);
  });
});

describe('a whole report', () => {
  it('is valid when every rule is met', () => {
    expect(validateCaseSubmission(submission(), category)).to.deep.equal({});
  });

  it('collects every problem keyed by field', () => {
    const errors = validateCaseSubmission(
      submission({ description: '', name: '', phone: '123', answers: { days: 0 } }),
      category,
    );
    expect(errors).to.deep.equal({
      description: { code: 'required' },
      phone: { code: 'invalid_phone' },
      name: { code: 'required' },
      'answers.when': { code: 'required' },
      'answers.days': { code: 'too_small', min: 1 },
      'answers.kind': { code: 'required' },
    });
  });

  it('does not ask an anonymous reporter for name or phone', () => {
    const errors = validateCaseSubmission(submission({ anonymous: true, name: undefined, phone: undefined }), category);
    expect(errors).to.deep.equal({});
  });

  it('rejects an unknown category', () => {
    expect(validateCaseSubmission(submission({ categoryCode: 'nope' }), null)).to.deep.equal({
      categoryCode: { code: 'invalid_option' },
    });
  });

  it('checks photos before upload', () => {
    const jpeg = new File(['x'], 'a.jpg', { type: 'image/jpeg' });
    const pdf = new File(['x'], 'a.pdf', { type: 'application/pdf' });
    const huge = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.png', { type: 'image/png' });
    expect(validateCaseSubmission(submission({ photos: [jpeg, jpeg, jpeg, jpeg] }), category)).to.deep.equal({
      photos: { code: 'too_many_photos', max: 3 },
    });
    expect(validateCaseSubmission(submission({ photos: [pdf] }), category).photos).to.deep.equal({ code: 'photo_type' });
    expect(validateCaseSubmission(submission({ photos: [huge] }), category).photos?.code).to.equal('photo_size');
    expect(validateCaseSubmission(submission({ photos: [jpeg] }), category)).to.deep.equal({});
  });
});

describe('where a report is located', () => {
  const area = (level: (typeof AREA_LEVELS)[number], childCount = 3) => ({ level, childCount });

  it('is a grid or something inside one', () => {
    for (const level of ['grid', 'compound', 'building'] as const) {
      expect(locatesCase(area(level)), level).to.equal(true);
      expect(validateCaseSubmission(submission(), category, area(level)), level).to.deep.equal({});
    }
  });

  it('is never a whole city, district, street or community', () => {
    for (const level of ['city', 'district', 'street', 'community'] as const) {
      expect(locatesCase(area(level)), level).to.equal(false);
      expect(validateCaseSubmission(submission(), category, area(level)), level).to.deep.equal({
        'location.areaId': { code: 'area_too_broad' },
      });
    }
  });

  it('may be an area above the grid level where the branch ends (a village without grids)', () => {
    expect(locatesCase(area('community', 0))).to.equal(true);
    expect(validateCaseSubmission(submission(), category, area('community', 0))).to.deep.equal({});
  });

  it('is an area the backend knows: null means unknown, undefined means not looked up', () => {
    expect(validateCaseSubmission(submission(), category, null)).to.deep.equal({ 'location.areaId': { code: 'invalid_option' } });
    expect(validateCaseSubmission(submission(), category)).to.deep.equal({});
    // A missing area id is reported as missing, not as unknown.
    const none = submission({ location: { areaId: '', address: '' } });
    expect(validateCaseSubmission(none, category, null)['location.areaId']).to.deep.equal({ code: 'required' });
  });

  it('has words that say how far down to choose, in both languages', async () => {
    await Promise.all([loadMessages('zh-CN', validationMessages), loadMessages('en', validationMessages)]);
    expect(validationMessage({ code: 'area_too_broad' }, '区域', 'zh-CN')).to.equal('请将区域选到网格、小区或楼栋');
    expect(validationMessage({ code: 'area_too_broad' }, 'Area', 'en')).to.equal('Select area down to a grid, compound or building');
  });
});
