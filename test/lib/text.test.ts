import { expect } from '@open-wc/testing';
import { balanceBidi, clip, visible, visibleJson } from '../../src/lib/text.js';

describe('balanceBidi', () => {
  it('leaves ordinary text alone', () => {
    for (const s of ['Twilio Inc.', 'שלום', 'Frankfurt (eu-central-1)', '']) expect(balanceBidi(s)).to.equal(s);
  });
  it('closes embeddings, overrides and isolates the text opens', () => {
    expect(balanceBidi('\u202Eevil')).to.equal('\u202Eevil\u202C');
    expect(balanceBidi('a\u202Bb\u2067c')).to.equal('a\u202Bb\u2067c\u2069\u202C');
    expect(balanceBidi('\u2066x\u2069 \u202Dy\u202C')).to.equal('\u2066x\u2069 \u202Dy\u202C');
  });
  it('drops closers that would close what surrounds the text', () => {
    expect(balanceBidi('x\u2069\u202Ey')).to.equal('x\u202Ey\u202C');
    expect(balanceBidi('\u202Cx')).to.equal('x');
    // A PDI closes the embeddings opened inside its isolate.
    expect(balanceBidi('\u2068\u202Ea\u2069b')).to.equal('\u2068\u202Ea\u2069b');
  });
  it('is linear', () => {
    const s = '\u202E\u2067'.repeat(100_000);
    const start = performance.now();
    balanceBidi(s);
    // Quadratic, this would take minutes; linear, milliseconds (with room for a busy machine).
    expect(performance.now() - start).to.be.below(1000);
  });
});

describe('clip', () => {
  it('shortens long text without splitting a character or leaving an override open', () => {
    expect(clip('abc', 40)).to.equal('abc');
    expect(clip('a'.repeat(39) + '😀x', 40)).to.equal(`${'a'.repeat(39)}😀…`);
    expect(clip(`\u202E${'x'.repeat(50)}`, 10)).to.equal(`\u202E${'x'.repeat(9)}\u202C…`);
  });
});

describe('visible', () => {
  it('shows control, bidi and line-separator characters as escapes, one line', () => {
    expect(visible('Added: Evil\r\u001b[2KRemoved: Good\nx')).to.equal('Added: Evil\\u000d\\u001b[2KRemoved: Good\\u000ax');
    expect(visible('a\u202Eb\u2066c\u2028d\u2029e\u0085f\u009bg\u200fh\u061ci\u0000j\u007fk\t')).to.equal(
      'a\\u202eb\\u2066c\\u2028d\\u2029e\\u0085f\\u009bg\\u200fh\\u061ci\\u0000j\\u007fk\\u0009',
    );
    expect(visible('\ud800x')).to.equal('\\ud800x');
    expect(visible('São Paulo 😀 שלום')).to.equal('São Paulo 😀 שלום');
  });
});

describe('visibleJson', () => {
  it('escapes what JSON.stringify leaves raw, and stays the same JSON', () => {
    const value = { a: 'x\u202Ey\u2028z\u0085\u200f', b: ['\u001b'] };
    const json = visibleJson(JSON.stringify(value, null, 2));
    expect(json).to.not.match(/[\u0085\u200f\u2028\u202e]/);
    expect(JSON.parse(json)).to.deep.equal(value);
  });
});
