import { describe, expect, it } from 'vitest';
import { hasLocale, leafItems, listTexts, plainText, resolveText } from '../../src/policy/index.js';
import { resolvedLang } from '../../src/policy/text.js';

describe('localized text', () => {
  const text = { ko: '처리방침', en: 'Privacy policy' };

  it('picks the exact language, then its base, then the document language, then any', () => {
    expect(resolveText(text, 'en')).toBe('Privacy policy');
    expect(resolveText(text, 'en-GB')).toBe('Privacy policy');
    expect(resolveText(text, 'ja', 'ko')).toBe('처리방침');
    expect(resolveText({ fr: 'Politique' }, 'ja', 'ko')).toBe('Politique');
    expect(resolveText('그대로', 'en')).toBe('그대로');
  });

  it('says which language it picked, so each piece of text can be tagged with it', () => {
    expect(resolvedLang(text, 'en')).toBe('en');
    expect(resolvedLang(text, 'en-GB')).toBe('en');
    expect(resolvedLang(text, 'ja', 'ko')).toBe('ko');
    expect(resolvedLang({ fr: 'Politique' }, 'ja', 'ko')).toBe('fr');
    expect(resolvedLang('그대로', 'en', 'ko')).toBe('ko');
    expect(resolvedLang({}, 'en', 'ko')).toBe('ko');
  });

  it('knows which languages a text has', () => {
    expect(hasLocale(text, 'en-US', 'ko')).toBe(true);
    expect(hasLocale('한국어', 'en', 'ko')).toBe(false);
    expect(hasLocale('한국어', 'ko-KR', 'ko')).toBe(true);
  });

  it('flattens rich text, text lists and grouped data items', () => {
    expect(plainText(['분쟁조정위원회(', { text: 'www.kopico.go.kr', href: 'https://www.kopico.go.kr' }, ')'])).toBe(
      '분쟁조정위원회(www.kopico.go.kr)',
    );
    expect(plainText(undefined)).toBe('');
    expect(listTexts(['가', { ko: '나', en: 'B' }], 'en')).toEqual(['가', 'B']);
    expect(listTexts('하나')).toEqual(['하나']);
    expect(listTexts(undefined)).toEqual([]);
    expect(
      leafItems(['이름', { label: '사업자정보', items: ['대표자명', { label: '주소', items: ['사업장 주소'] }] }]),
    ).toEqual(['이름', '대표자명', '사업장 주소']);
  });
});
