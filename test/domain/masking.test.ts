import { expect } from '@open-wc/testing';
import { isMasked, maskIdNumber, maskName, maskPhone } from '../../src/domain/index.js';

describe('masking', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).to.equal('138****5678');
    expect(maskPhone('138 1234 5678')).to.equal('138****5678');
  });

  it('masks a number that is not a mobile number all but its last two characters', () => {
    expect(maskPhone('0533-1234567')).to.equal('*********67');
    expect(maskPhone('1')).to.equal('*');
  });

  it('hides the birth date in an ID number', () => {
    expect(maskIdNumber('37030219800101123X')).to.equal('3703**********123X');
    expect(maskIdNumber('110101199003071234')).to.equal('1101**********1234');
  });

  it('keeps the surname of a name', () => {
    expect(maskName('张建国')).to.equal('张**');
    expect(maskName('欧阳娜娜')).to.equal('欧***');
    expect(maskName('李')).to.equal('李');
  });

  it('never returns the clear digits of what it masks', () => {
    const phone = '13912345678';
    expect(maskPhone(phone)).not.to.contain('1234');
    expect(isMasked(maskPhone(phone))).to.equal(true);
    expect(isMasked(phone)).to.equal(false);
  });
});
