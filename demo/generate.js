/**
 * Deterministic generated registries, for the benchmark and the long-list
 * demo: realistic names, 40-character purposes, 1–3 data locations and 2–8
 * category codes per entry.
 */
const COMPANIES = ['Amazon Web Services', 'Twilio', 'Stripe Payments Europe', 'Datadog', 'Intercom R&D Unlimited', 'Zendesk', 'Salesforce', 'Google Cloud EMEA', 'Microsoft Ireland Operations', 'Cloudflare', 'Sentry', 'Mailgun Technologies', 'HubSpot', 'Atlassian', 'Snowflake Computing', 'MongoDB', 'Elastic', 'Fastly', 'Okta', 'Segment.io'];
const SUFFIXES = ['Inc.', 'GmbH', 'Ltd', 'SAS', 'B.V.', 'LLC', 'S.L.', 'AB'];
const PURPOSES = ['Cloud hosting and storage of account data', 'Transactional e-mail and SMS notifications', 'Payment processing and fraud prevention', 'Application monitoring and error tracking', 'Customer support conversations and tickets', 'Product analytics and usage measurement', 'Identity, login and single sign-on flows', 'Content delivery and DDoS protection'];
const PLACES = ['DE', 'IE', 'FR', 'NL', 'SE', 'US', 'GB', 'CH', 'JP', 'IN', 'BR', 'CA', 'SG', 'AU', 'Worldwide', 'Frankfurt (eu-central-1)', 'EU'];
const SUBJECTS = ['User', 'Manager', 'Prospect', 'Client'];
const LABELS = ['Name', 'Password', 'Contact information', 'ID data', 'Professional life data', 'Personal life data', 'Connection data', 'Localisation data', 'IP addresses', 'Conversational data', 'Device information', 'Statistics', 'Role'];
const RETENTION = ['7 days', '30 days', '90 days', '1 year', '2 years', 'contract', '14 days', 'until account deletion'];

/** Mulberry32: a small, fast, seedable PRNG. */
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateRegistry(count, seed = 1) {
  const r = random(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const categories = SUBJECTS.flatMap((subject) =>
    LABELS.map((label, i) => ({ code: `${subject[0]}${i + 1}`, subject, label, direct: pick(['yes', 'no', 'maybe']), indirect: pick(['yes', 'no', 'maybe']) })),
  );
  const subprocessors = Array.from({ length: count }, (_, i) => {
    const places = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(PLACES));
    const codes = Array.from({ length: 2 + Math.floor(r() * 7) }, () => pick(categories).code);
    return {
      name: `${pick(COMPANIES)} ${pick(SUFFIXES)} #${i + 1}`,
      service: pick(COMPANIES),
      purpose: pick(PURPOSES).slice(0, 40),
      entityLocation: pick(PLACES),
      dataLocations: [...new Set(places)],
      categories: [...new Set(codes)],
      retention: pick(RETENTION),
      transfer: r() < 0.5 ? 'SCCs' : undefined,
      dpa: `https://vendor${i}.example/dpa`,
    };
  });
  return { version: 1, title: `Generated registry (${count})`, categories, subprocessors };
}
