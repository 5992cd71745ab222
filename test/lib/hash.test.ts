import { expect } from '@open-wc/testing';
import { hashHref, readHash, writeHash } from '../../src/lib/hash.js';

const state = { sort: '-name', query: 'aws eu', location: 'outside', group: '', subject: '' };

describe('URL hash state', () => {
  it('writes and reads back the view', () => {
    const hash = writeHash('', '', state);
    expect(hash).to.equal('#sort=-name&q=aws+eu&loc=outside');
    expect(readHash(hash, '')).to.deep.equal({ sort: '-name', query: 'aws eu', location: 'outside' });
  });
  it("keeps the page's own parameters and drops cleared ones", () => {
    const hash = writeHash('#tab=2&q=old', '', { ...state, query: '' });
    expect(hash).to.equal('#tab=2&sort=-name&loc=outside');
  });
  it('prefixes keys with the element id', () => {
    const hash = writeHash('', 'vendors.', state);
    expect(hash).to.contain('vendors.sort=-name');
    expect(readHash(hash, 'vendors.')).to.deep.include({ sort: '-name' });
    expect(readHash(hash, '')).to.deep.equal({});
  });
  it('leaves a plain anchor alone', () => {
    expect(readHash('#pricing', '')).to.deep.equal({});
  });
});

describe('hashHref', () => {
  it('changes only the hash, whatever the path looks like', () => {
    expect(hashHref('https://acme.example//evil.example/x?a=1#old', '#q=aws')).to.equal('https://acme.example//evil.example/x?a=1#q=aws');
    expect(hashHref('https://acme.example/list?a=1#q=aws', '')).to.equal('https://acme.example/list?a=1');
    expect(new URL(hashHref('http://localhost:8000//double', '#sort=name')).origin).to.equal('http://localhost:8000');
  });
});
