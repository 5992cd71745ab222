import { expect } from '@open-wc/testing';
import { contactUrl, looksLikeUrl, safeUrl } from '../../src/lib/url.js';

describe('safeUrl', () => {
  it('keeps https, http and mailto URLs', () => {
    expect(safeUrl('https://acme.example/dpa')).to.equal('https://acme.example/dpa');
    expect(safeUrl('http://acme.example')).to.equal('http://acme.example/');
    expect(safeUrl('mailto:privacy@acme.example')).to.equal('mailto:privacy@acme.example');
    expect(safeUrl('  https://acme.example  ')).to.equal('https://acme.example/');
  });

  it('resolves relative paths against the base, and only with a base', () => {
    expect(safeUrl('/legal/dpa.pdf', 'https://acme.example/data/list.json')).to.equal('https://acme.example/legal/dpa.pdf');
    expect(safeUrl('dpa.pdf', 'https://acme.example/data/list.json')).to.equal('https://acme.example/data/dpa.pdf');
    expect(safeUrl('/legal/dpa.pdf')).to.be.undefined;
  });

  const hostile = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'javascript&colon;alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '\\\\evil.example\\x',
    'file:///etc/passwd',
    'blob:https://acme.example/1',
    'https:',
    '"><script>alert(1)</script>',
  ];
  for (const url of hostile) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      const out = safeUrl(url, 'https://acme.example/list.json');
      // Either refused outright, or (for text without a scheme) resolved as a harmless path on the same host.
      if (out !== undefined) {
        expect(new URL(out).protocol).to.equal('https:');
        expect(new URL(out).host).to.equal('acme.example');
      }
      expect(safeUrl(url)).to.be.undefined;
    });
  }
});

describe('contactUrl', () => {
  it('turns an e-mail address into mailto:', () => {
    expect(contactUrl('privacy@acme.example')).to.equal('mailto:privacy@acme.example');
    expect(contactUrl('https://acme.example/contact')).to.equal('https://acme.example/contact');
    expect(contactUrl('javascript:alert(1)')).to.be.undefined;
    expect(contactUrl('Write to our DPO')).to.be.undefined;
  });
});

describe('looksLikeUrl', () => {
  it('tells links from notes', () => {
    expect(looksLikeUrl('https://x.example')).to.be.true;
    expect(looksLikeUrl('/dpa.pdf')).to.be.true;
    expect(looksLikeUrl('on request')).to.be.false;
    expect(looksLikeUrl('Request via Intercom')).to.be.false;
  });
});
