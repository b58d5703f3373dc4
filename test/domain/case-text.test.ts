import { expect } from '@open-wc/testing';
import { caseSearchText } from '../../src/domain/case-text.js';

describe('caseSearchText', () => {
  it('reads the public number, the category in both languages, the description and the address', () => {
    const kase = {
      publicNumber: 'GC-20261127-0042',
      categoryName: '路灯损坏',
      description: '路灯不亮',
      location: { areaId: 'd01', areaPath: [], address: '东华路 12 号' },
    };
    expect(caseSearchText(kase, 'Broken street light')).to.equal('GC-20261127-0042 路灯损坏 Broken street light 路灯不亮 东华路 12 号');
  });
});
