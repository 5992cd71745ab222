/**
 * The two pages the project started from convert to the demo's registries.
 *
 * Each page comes as text copied from the browser (the seed) and as the
 * saved web page. What must match the demo, converted on their own:
 * every entry (name, service, purpose, locations, categories, data,
 * retention, transfer, notes, DPA, website; the text copy has no links, so
 * there only DPA notes), the group of each entry by title, the groups'
 * titles and order, the categories' codes, subjects, labels and direct and
 * indirect marks, the title and the intro. What cannot match, because no
 * page says it: `$schema`, `owner`, the groups' ids (the demo's are
 * hand-picked, ours are slugs of the titles) and descriptions (the demo's
 * are rewritten prose). Converted into the demo registry (`into`), the
 * result is the demo registry itself.
 *
 * One difference is the demo's own: Ambassify's page cites a code "12"
 * its legend does not define, so the demo registry has a validation
 * problem. The converter defines "12" with its code alone and says so,
 * so the converted registry validates with no problem.
 */
import { expect } from '@open-wc/testing';
import { convert } from '../../src/convert/index.js';
import { validateRegistry } from '../../src/lib/registry.js';
import type { Registry, Subprocessor } from '../../src/lib/types.js';
import { importFixture, json, plain } from './helpers.js';

const ENTRY_FIELDS = ['name', 'service', 'purpose', 'entityLocation', 'dataLocations', 'categories', 'data', 'retention', 'transfer', 'notes'] as const;
const isLink = (v: unknown) => typeof v === 'string' && /^https?:/.test(v);

function groupTitle(reg: Registry, e: Subprocessor): unknown {
  return reg.groups?.find((g) => g.id === e.group)?.title;
}

/** The fields a page conversion must share with the demo registry (`links`: the input had links; a text copy has none). */
function mustMatch(reg: Registry, demo: Registry, links: boolean) {
  return {
    title: reg.title,
    intro: reg.intro,
    groups: (reg.groups ?? []).map((g) => g.title),
    categories: (reg.categories ?? []).map(({ code, subject, label, direct, indirect }) => plain({ code, subject, label, direct, indirect })),
    entries: reg.subprocessors.map((e, i) => {
      const out: Record<string, unknown> = {};
      for (const f of ENTRY_FIELDS) if (e[f] !== undefined) out[f] = e[f];
      for (const f of ['dpa', 'url'] as const) if (e[f] !== undefined && (links || !isLink(demo.subprocessors[i]?.[f]))) out[f] = e[f];
      out.group = groupTitle(reg, e);
      return out;
    }),
  };
}

const SEEDS = [
  { page: 'ambassify', files: ['ambassify-subprocessors.txt', 'ambassify-subprocessors.html'], entries: 12, groups: 0, categories: 50 },
  { page: 'june', files: ['june-subprocessors.txt', 'june-subprocessors.html'], entries: 9, groups: 3, categories: 0 },
];

for (const seed of SEEDS) {
  describe(`the ${seed.page} page`, () => {
    let demo: Registry;
    before(async () => {
      demo = plain(await json<Registry>(`/demo/registries/${seed.page}.json`));
    });

    for (const file of seed.files) {
      const format = file.endsWith('.html') ? 'html' : 'text';

      it(`${file} is read as ${format} and yields the demo's ${seed.entries} entries, ${seed.groups} groups and ${seed.categories} categories`, async () => {
        const r = convert(await importFixture(file));
        expect(r.format).to.equal(format);
        expect(r.registry.subprocessors).to.have.length(seed.entries);
        expect(r.registry.groups ?? []).to.have.length(seed.groups);
        // Ambassify: the legend's 50, and the code "12" it lacks.
        expect(r.registry.categories ?? []).to.have.length(seed.categories ? seed.categories + 1 : 0);
        expect(r.privateColumns).to.deep.equal([]);
      });

      it(`${file} matches the demo registry in every field a page can tell`, async () => {
        const r = convert(await importFixture(file));
        const got = mustMatch(plain(r.registry) as Registry, demo, format === 'html');
        const want = mustMatch(demo, demo, format === 'html');
        if (seed.page === 'ambassify') want.categories.push(plain({ code: '12', subject: undefined, label: undefined, direct: undefined, indirect: undefined }));
        expect(got).to.deep.equal(want);
      });

      it(`${file} converts to a registry the validator accepts with no problem`, async () => {
        const r = convert(await importFixture(file));
        const check = validateRegistry(plain(r.registry));
        expect(check.ok).to.equal(true);
        expect(check.ok && check.problems).to.deep.equal([]);
      });

      it(`${file} converted into the demo registry gives the demo registry back`, async () => {
        const r = convert(await importFixture(file), { into: demo });
        const want = plain(demo);
        if (seed.page === 'ambassify') want.categories!.push({ code: '12' });
        expect(plain(r.registry)).to.deep.equal(want);
        expect(r.merge).to.deep.equal({ updated: seed.entries, added: [], removed: [] });
      });
    }

    if (seed.page === 'ambassify') {
      it('names the undefined code "12" by table, row and column, once', async () => {
        for (const file of seed.files) {
          const { warnings } = convert(await importFixture(file));
          expect(warnings.map((w) => w.message)).to.deep.equal([
            `1 category code has no definition: "12" (table 1, row 5, column 'Data Categories'); each was added to categories with its code alone (add its subject and label) (categories)`,
          ]);
        }
      });

      it('reads "Name (Service)" names apart, and "None" as no categories', async () => {
        const { registry } = convert(await importFixture('ambassify-subprocessors.html'));
        const [twilio, , redis] = registry.subprocessors;
        expect([twilio.name, twilio.service]).to.deep.equal(['Twilio Inc.', 'Twilio']);
        // "RedisLabs (RedisLabs)": the service is the name.
        expect(redis).to.not.have.property('service');
        const heroku = registry.subprocessors.find((e) => e.name === 'Heroku, Inc.')!;
        expect(heroku).to.not.have.property('categories');
        expect(heroku.notes).to.equal('No personal data categories');
      });
    } else {
      it('has no warnings, and groups in the order of the page with slugs of their titles as ids', async () => {
        for (const file of seed.files) {
          const r = convert(await importFixture(file));
          expect(r.warnings).to.deep.equal([]);
          expect(r.registry.groups!.map((g) => g.id)).to.deep.equal(['data-about-june-users', 'data-about-your-customers', 'june-ai']);
        }
      });

      it('describes each group with the paragraphs that introduce it on the page', async () => {
        const { registry } = convert(await importFixture('june-subprocessors.html'));
        const [users, customers, ai] = registry.groups!;
        expect(users.description).to.match(/^These are the vendors we use to run our product/);
        expect(users.description).to.contain('We use the following vendors to operate June:');
        expect(customers.description).to.equal(
          "Our data processors are the vendors we use to process our customers' end user data. This would typically include their events, users and companies.",
        );
        expect(ai.description).to.equal('In case you agreed to June AI additional product terms, June will be using an additional subprocessor, based in the US:');
      });

      it('reads the DPA after the name: a link, a note, or nothing known', async () => {
        const html = convert(await importFixture('june-subprocessors.html')).registry.subprocessors;
        const text = convert(await importFixture('june-subprocessors.txt')).registry.subprocessors;
        expect(html[0].dpa).to.equal('https://workspace.google.com/terms/dpa_terms.html');
        expect(html[0].url).to.equal('https://workspace.google.com');
        expect(html[6].dpa).to.equal('Request via Intercom');
        expect(text[6].dpa).to.equal('Request via Intercom');
        // "Gsuite, DPA" in text: a DPA is named, but where it is is not.
        expect(text[0]).to.not.have.property('dpa');
        expect(text[8].name).to.equal('OpenAI, L.L.C');
      });

      it('skips the page furniture: no breadcrumbs, author line, reactions or e-mail placeholders in the result', async () => {
        const r = convert(await importFixture('june-subprocessors.html'));
        const all = JSON.stringify(r.registry);
        for (const furniture of ['All Collections', 'Written by', 'Updated over a week ago', 'Did this answer', 'email protected', 'Search for articles', 'Related Articles']) {
          expect(all).to.not.contain(furniture);
        }
      });
    }
  });
}
