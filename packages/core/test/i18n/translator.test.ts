import { describe, expect, it } from 'vitest';
import { CATALOGS, createTranslator } from '../../src/index.js';

describe('createTranslator', () => {
  it('speaks the negotiated catalog and names the configured platform', () => {
    const t = createTranslator('zh-HK', { platform: { name: '淘寶' } });
    expect(t('key.message')).toBe('真正的退款只在淘寶內辦理。');
    expect(createTranslator('zh-CN', { platform: { name: '淘宝' } })('key.message')).toBe('真退款只在淘宝内办理。');
  });

  it('says "this platform" in each language when no name is configured', () => {
    expect(createTranslator('en')('key.message')).toBe('Real refunds never happen outside this platform.');
    expect(createTranslator('zh-Hans')('key.message')).toBe('真退款只在本平台内办理。');
    expect(createTranslator('zh-Hant-TW')('key.message')).toBe('真正的退款只在本平台內辦理。');
  });

  it('fills the variables it is given and leaves unknown ones visible', () => {
    const t = createTranslator('en');
    expect(t('selfcheck.progress', { n: 2, total: 6 })).toBe('Question 2 of 6');
    expect(t('dialog.continueIn')).toBe('Continue anyway ({seconds})');
  });

  it('lets a merchant override one key and keeps every other key', () => {
    const t = createTranslator('en', {
      messages: { en: { 'key.message': 'Refunds at {platform} stay at {platform}.' } },
    });
    expect(t('key.message')).toBe('Refunds at this platform stay at this platform.');
    expect(t('slogan.title')).toBe(CATALOGS.en['slogan.title']);
  });

  it('finds overrides whatever the case of their locale key', () => {
    const t = createTranslator('zh-TW', { messages: { 'ZH-HANT': { 'ui.close': '關掉' } } });
    expect(t('ui.close')).toBe('關掉');
  });

  it('ignores empty overrides instead of showing a blank', () => {
    const t = createTranslator('en', { messages: { en: { 'ui.close': '  ' } } });
    expect(t('ui.close')).toBe('Close');
  });

  it('serves a merchant-added locale and falls back key by key to the fallback locale, then English', () => {
    const config = {
      fallbackLocale: 'zh-Hant',
      messages: { ms: { 'ui.close': 'Tutup' }, 'zh-Hant': { 'ui.learnMore': '看更多' } },
    };
    const t = createTranslator('ms-MY', config);
    expect(t('ui.close')).toBe('Tutup');
    expect(t('ui.learnMore')).toBe('看更多');
    expect(t('ui.showLess')).toBe(CATALOGS['zh-Hant']['ui.showLess']);
  });

  it('builds a merchant-added regional variant on its shipped base', () => {
    const t = createTranslator('zh-HK', {
      messages: { 'zh-HK': { 'afterLoss.record': '記下對方的電話、電郵和賬戶。' } },
    });
    expect(t('afterLoss.record')).toBe('記下對方的電話、電郵和賬戶。');
    expect(t('afterLoss.keep')).toBe(CATALOGS['zh-Hant']['afterLoss.keep']);
  });

  it('does not fill inherited object members as placeholders', () => {
    const t = createTranslator('en', { messages: { en: { 'ui.close': 'Close {toString}' } } });
    expect(t('ui.close')).toBe('Close {toString}');
  });
});
