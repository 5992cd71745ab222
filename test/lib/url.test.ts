import { expect } from '@open-wc/testing';
import { contactUrl, safeUrl } from '../../src/lib/url.js';

describe('safeUrl', () => {
  it('keeps https, http and mailto URLs', () => {
    expect(safeUrl('https://acme.example/dpa')).to.equal('https://acme.example/dpa');
    expect(safeUrl('http://acme.example')).to.equal('http://acme.example/');
    expect(safeUrl('mailto:privacy@acme.example')).to.equal('mailto:privacy@acme.example');
    expect(safeUrl('  https://acme.example  ')).to.equal('https://acme.example/');
  });

  it('resolves relative paths against the base, only with a base, and only on its host', () => {
    const base = 'https://acme.example/data/list.json';
    expect(safeUrl('/legal/dpa.pdf', base)).to.equal('https://acme.example/legal/dpa.pdf');
    expect(safeUrl('./dpa.pdf', base)).to.equal('https://acme.example/data/dpa.pdf');
    expect(safeUrl('../dpa.pdf', base)).to.equal('https://acme.example/dpa.pdf');
    expect(safeUrl('/legal/dpa.pdf')).to.be.undefined;
    expect(safeUrl('/\\evil.example/x', base)).to.be.undefined;
  });

  it('keeps notes and bare words as text, and reads www. as https', () => {
    const base = 'https://acme.example/list.json';
    for (const note of ['on request', 'Request via Intercom', 'Our DPO team', 'dpa.pdf', 'acme.example']) {
      expect(safeUrl(note, base), note).to.be.undefined;
    }
    expect(safeUrl('www.acme.example/dpa', base)).to.equal('https://www.acme.example/dpa');
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
    'mailto:',
  ];
  for (const url of hostile) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      expect(safeUrl(url, 'https://acme.example/list.json')).to.be.undefined;
      expect(safeUrl(url)).to.be.undefined;
    });
  }
});

describe('contactUrl', () => {
  it('turns an e-mail address into mailto:, and takes only explicit URLs otherwise', () => {
    const base = 'https://acme.example/list.json';
    expect(contactUrl('privacy@acme.example', base)).to.equal('mailto:privacy@acme.example');
    expect(contactUrl('https://acme.example/contact', base)).to.equal('https://acme.example/contact');
    expect(contactUrl('javascript:alert(1)', base)).to.be.undefined;
    expect(contactUrl('Write to our DPO', base)).to.be.undefined;
    // No smuggled recipients.
    expect(contactUrl('a@b.example?cc=x%40evil.example', base)).to.be.undefined;
  });
});



/** Milliseconds `fn` takes. */
const time = (fn: () => unknown) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

describe('safeUrl never throws, and links only what it says', () => {
  it('treats a malformed percent escape in a mailto: address as text instead of throwing', () => {
    for (const url of ['mailto:%E0%A4%A@corp.example', 'mailto:%@corp.example', 'mailto:a@%ZZ.example']) {
      expect(() => safeUrl(url), url).to.not.throw();
      expect(safeUrl(url), url).to.be.undefined;
      expect(contactUrl(url), url).to.be.undefined;
    }
  });

  it('refuses mailto: links that add recipients, copies or a body', () => {
    for (const url of [
      'mailto:privacy@acme.example?bcc=spy@evil.example',
      'mailto:privacy@acme.example?cc=spy@evil.example',
      'mailto:privacy@acme.example?to=spy@evil.example',
      'mailto:privacy@acme.example?body=Please%20send%20your%20password',
      'mailto:privacy@acme.example?subject=Hi&BCC=spy@evil.example',
      'mailto:privacy@acme.example,spy@evil.example',
      'mailto:privacy@acme.example%2Cspy@evil.example',
    ]) {
      expect(safeUrl(url), url).to.be.undefined;
    }
    // A subject says nothing hidden about where the mail goes.
    expect(safeUrl('mailto:privacy@acme.example?subject=Sub-processors')).to.equal('mailto:privacy@acme.example?subject=Sub-processors');
  });

  it('refuses URLs with a user name or password, whose host is not the one they start with', () => {
    for (const url of ['https://trusted.example@evil.example/', 'https://trusted.example:x@evil.example/dpa', 'http://user@acme.example/']) {
      expect(safeUrl(url), url).to.be.undefined;
      expect(contactUrl(url), url).to.be.undefined;
    }
    expect(safeUrl('www.trusted.example@evil.example')).to.be.undefined;
    // As a contact it is an e-mail address, linked as exactly the address shown.
    expect(contactUrl('www.trusted.example@evil.example')).to.equal('mailto:www.trusted.example@evil.example');
  });

  it('reads a value longer than MAX_READ_LENGTH as text, never as a link', () => {
    const long = `https://acme.example/${'a'.repeat(3000)}`;
    expect(safeUrl(long)).to.be.undefined;
    expect(contactUrl(`${'a'.repeat(3000)}@acme.example`)).to.be.undefined;
  });

  it('is linear on long values (the www. and e-mail checks)', () => {
    const values = [
      `www.${'.'.repeat(200_000)} `,
      `www.${'a.'.repeat(100_000)} x`,
      `a@${'.'.repeat(200_000)}@`,
      `a@${'a.'.repeat(100_000)} `,
      `mailto:a@${'.'.repeat(200_000)}@`,
    ];
    for (const v of values) {
      const ms = time(() => {
        safeUrl(v);
        contactUrl(v);
      });
      // Seconds each when quadratic (as they were); milliseconds when linear.
      expect(ms, v.slice(0, 12)).to.be.below(500);
    }
  });
});
