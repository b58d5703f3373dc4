import { expect } from '@open-wc/testing';
import {
  dateTimeFormat,
  formatDate,
  formatDateTime,
  formatNumber,
  formatRelative,
} from '../../src/i18n/format.js';

describe('Intl helpers', () => {
  const date = new Date(2026, 10, 27, 8, 30);

  it('formats numbers per locale', () => {
    expect(formatNumber(19000, 'en')).to.equal('19,000');
    expect(formatNumber(19000, 'zh-CN')).to.equal('19,000');
    expect(formatNumber(0.5, 'en', { style: 'percent' })).to.equal('50%');
  });

  it('formats dates and date-times per locale', () => {
    expect(formatDate(date, 'zh-CN')).to.equal('2026年11月27日');
    expect(formatDate(date, 'en')).to.contain('2026');
    expect(formatDate(date, 'en')).to.contain('Nov');
    expect(formatDateTime(date, 'zh-CN')).to.contain('08:30');
    expect(formatDate('not a date', 'en')).to.equal('');
  });

  it('formats relative times with the largest unit', () => {
    const now = new Date(2026, 10, 27, 12, 0).getTime();
    expect(formatRelative(now - 3 * 24 * 3600 * 1000, 'en', now)).to.equal('3 days ago');
    expect(formatRelative(now - 3 * 24 * 3600 * 1000, 'zh-CN', now)).to.equal('3天前');
    expect(formatRelative(now + 24 * 3600 * 1000, 'en', now)).to.equal('tomorrow');
    expect(formatRelative(now - 5 * 60 * 1000, 'en', now)).to.equal('5 minutes ago');
  });

  it('caches formatters per locale and options', () => {
    expect(dateTimeFormat('en', { year: 'numeric' })).to.equal(dateTimeFormat('en', { year: 'numeric' }));
    expect(dateTimeFormat('en', { year: 'numeric' })).not.to.equal(dateTimeFormat('zh-CN', { year: 'numeric' }));
  });
});
