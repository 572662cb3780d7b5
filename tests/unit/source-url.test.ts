// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isSourceUrl } from '../../src/data/source-url';

// Each of these once got different answers from Chromium's URL parser (the app) and Node's (validate-data).
const PARSERS_DISAGREED = [
  'https://ex ample.org/report',
  'https://exa%20mple.org/',
  'https://xn--zz.org/',
  'https://xn--a.org/',
  'https://١٢.org/',
];

describe('a source link, judged the same way by the app and by npm run validate-data', () => {
  it.each([
    'https://www.bbc.com/news/world-middle-east-67873661',
    'HTTPS://example.org/a?b=c#d',
    'https://example.org:8443/',
    'https://faß.de/',
    'https://xn--fa-hia.de/',
    'https://例子.测试/路径',
    'https://sub_domain.example.org/',
    'https://example.org./',
    'https://example.org/a report with spaces',
  ])('accepts %s', (url) => {
    expect(isSourceUrl(url)).toBe(true);
  });

  it.each([
    ...PARSERS_DISAGREED,
    'http://example.org/',
    '//example.org/',
    'https:example.org',
    'https:/example.org',
    'https:\\\\example.org',
    'javascript:alert(1)',
    ' https://example.org/',
    'https://example.org/ ',
    'https://example.org/\t',
    'https://exa\u200bmple.org/',
    'https://example.org/\u202e',
    'https://user:secret@example.org/',
    'https://example..org/',
    'https://example.org:99999/',
    'https://😀.org/',
  ])('refuses %j', (url) => {
    expect(isSourceUrl(url)).toBe(false);
  });
});
