import { expect } from '@open-wc/testing';
import { FIELD_ERROR_CODES } from '../../src/domain/field-errors.js';
import { loadMessages } from '../../src/i18n/lazy-messages.js';
import { validationMessages } from '../../src/i18n/messages/validation.js';
import { clearRegisteredMessages, registerMessages } from '../../src/i18n/registry.js';
import { VALIDATION_KEYS, validationMessage } from '../../src/i18n/validation.js';

// The words for field errors live in a catalogue (src/i18n/messages/validation.ts); the domain returns codes and limits only.
describe('validation messages', () => {
  // One module per locale, fetched with a form widget's words; here, by hand.
  before(() => Promise.all([loadMessages('zh-CN', validationMessages), loadMessages('en', validationMessages)]));

  it('say what to do, naming the field, in both languages', () => {
    expect(validationMessage({ code: 'required' }, '手机号码', 'zh-CN')).to.equal('请填写手机号码');
    expect(validationMessage({ code: 'required' }, 'Phone number', 'en')).to.equal('Enter phone number');
    expect(validationMessage({ code: 'too_long', max: 500 }, '问题描述', 'zh-CN')).to.equal('问题描述不能超过 500 个字');
    expect(validationMessage({ code: 'too_long', max: 500 }, 'Description', 'en')).to.equal(
      'Description must be 500 characters or fewer',
    );
    expect(validationMessage({ code: 'photo_size', max: 5 * 1024 * 1024 }, '', 'en')).to.equal(
      'Each photo must be smaller than 5 MB',
    );
  });

  it('has a message for every code in both locales', () => {
    for (const code of FIELD_ERROR_CODES) {
      for (const locale of ['zh-CN', 'en']) {
        const text = validationMessage({ code, min: 1, max: 2 }, 'X', locale);
        expect(text, `${code} ${locale}`).to.be.a('string').and.not.equal('');
        expect(text).not.to.contain('undefined');
      }
    }
  });

  it('are catalogue terms, one per code, so a portal can change them', () => {
    for (const code of FIELD_ERROR_CODES) {
      expect(validationMessages.loaded('zh-CN'), code).to.have.property(VALIDATION_KEYS[code]);
      expect(validationMessages.loaded('en'), code).to.have.property(VALIDATION_KEYS[code]);
    }
    try {
      registerMessages('zh-CN', { 'validation.required': '{label}还没有填写' });
      expect(validationMessage({ code: 'required' }, '手机号码', 'zh-CN')).to.equal('手机号码还没有填写');
      expect(validationMessage({ code: 'required' }, 'Phone number', 'en')).to.equal('Enter phone number');
    } finally {
      clearRegisteredMessages();
    }
    expect(validationMessage({ code: 'required' }, '手机号码', 'zh-CN')).to.equal('请填写手机号码');
  });

  it('keeps limits as written', () => {
    expect(validationMessage({ code: 'too_long', max: 2000 }, 'Description', 'en')).to.equal('Description must be 2000 characters or fewer');
  });
});
