import fc from 'fast-check';
import { handler as getListing } from '../../functions/api/get-listing';
import { handler as getListings } from '../../functions/api/get-listings';
import { handler as getModerationPending } from '../../functions/api/get-moderation-pending';
import { handler as getPartnerJob } from '../../functions/api/get-partner-job';
import { handler as getSources } from '../../functions/api/get-sources';
import { handler as postModerationDecision } from '../../functions/api/post-moderation-decision';
import { handler as postPartnerJob } from '../../functions/api/post-partner-job';
import { handler as postPartnerJobAction } from '../../functions/api/post-partner-job-action';
import { handler as putPartnerJob } from '../../functions/api/put-partner-job';
import { handler as getAlert } from '../../functions/api/get-alert';
import { handler as getListingsFeed } from '../../functions/api/get-listings-feed';
import { handler as postAlert } from '../../functions/api/post-alert';
import { handler as postAlertAction } from '../../functions/api/post-alert-action';
import { useSearchAlerts } from '../../functions/alerts-deps';
import { MemoryAlertStore } from '../../shared/alerts/memory-alert-store';
import { SearchAlerts } from '../../shared/alerts/search-alerts';
import { useCatalogueSnapshots } from '../../functions/catalogue-deps';
import { useClock, useListingStore } from '../../functions/deps';
import { CataloguePublisher } from '../../shared/catalogue/catalogue-publisher';
import { MemorySnapshotStore } from '../../shared/catalogue/memory-snapshot-store';
import { usePartnerPostings } from '../../functions/partner-deps';
import { listingQueryParamsSchema } from '../../shared/api/listing-query-params';
import { MemoryPartnerStore } from '../../shared/partner/memory-partner-store';
import { PartnerPostings } from '../../shared/partner/partner-postings';
import { MemoryListingStore } from '../../shared/store/memory-listing-store';
import { adapters } from '../../shared/sources/adapters';
import { invoke, type Invocation } from '../support/invoke';
import { mutate, parseEverywhere, recordedPages, streamEverywhere } from '../support/mutated-pages';
import { jobDraft, rentalDraft } from '../support/listing-drafts';
import { partnerForm } from '../support/partner-form';
import { recordFigure } from './support/figures';

const RUNS = Number(process.env.RELIABILITY_FUZZ_RUNS ?? 10_000);
const PAGE_RUNS = Number(process.env.RELIABILITY_PAGE_RUNS ?? 500);
const NOW = new Date('2026-11-24T10:00:00Z');
const STAFF_TOKEN = process.env.STAFF_TOKEN!;

/** What a hostile client sends as one value: any text, near-valid values, numbers at the edges, huge ones. */
const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'rental',
      'job',
      'true',
      'false',
      '1',
      '0',
      '-1',
      '2+kk',
      '2 kk',
      '3+1,2+kk',
      'price',
      '-price',
      'salary',
      'distance',
      'newest',
      'remote',
      'professionals',
      'yes',
      'NaN',
      'Infinity',
      '1e9',
      '0x10',
      '999999999999',
      '12.5',
      ' ',
      ',,,',
      '%',
      '%00',
      '\u0000',
      '<script>',
      '../..',
      'null',
      '[]',
      '{}',
    ),
  },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.string({ minLength: 400, maxLength: 3000 }) },
);
/** What a hostile form sends as one field: any JSON value at all. */
const hostileJson = fc.oneof(
  hostileText,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
);

const queryParameters = [...Object.keys(listingQueryParamsSchema.shape), 'unknownParameter'];

let partnerStore: MemoryPartnerStore;

beforeAll(async () => {
  useClock(() => NOW);
  const store = new MemoryListingStore();
  await store.upsertChanged(
    [
      ...Array.from({ length: 60 }, (_, n) => rentalDraft(n, { englishFriendly: n % 4 === 0 })),
      ...Array.from({ length: 40 }, (_, n) => jobDraft(n)),
    ],
    NOW,
  );
  useListingStore(store);
  const snapshots = new MemorySnapshotStore();
  for (const kind of ['rental', 'job'] as const) await new CataloguePublisher({ store, snapshots }).publish(kind);
  useCatalogueSnapshots(snapshots);
  partnerStore = new MemoryPartnerStore();
  usePartnerPostings(
    new PartnerPostings({
      store: partnerStore,
      mailer: { send: async () => undefined },
      siteUrl: 'https://jobs.example.org',
      now: () => NOW,
    }),
    partnerStore,
  );
  const alertStore = new MemoryAlertStore();
  // Limits far above the runs: the hostile cases test validation, the rate-limit cases below test the limits.
  useSearchAlerts(
    new SearchAlerts({
      store: alertStore,
      limits: new MemoryPartnerStore(),
      mailer: { send: async () => undefined },
      siteUrl: 'https://jobs.example.org',
      now: () => NOW,
      rateLimits: { perIpPerHour: 1e9, perEmailPerDay: 1e9 },
    }),
    alertStore,
  );
});

/** Sends `runs` hostile requests; every answer must be 2xx or 4xx with a JSON error body. Returns the status counts. */
async function fuzz(check: string, arbitrary: fc.Arbitrary<() => Promise<Invocation>>): Promise<void> {
  const statuses: Record<string, number> = {};
  await fc.assert(
    fc.asyncProperty(arbitrary, async (send) => {
      const response = await send();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status >= 500 || response.status < 200)
        throw new Error(`answered ${response.status}: ${response.body.slice(0, 200)}`);
      if (response.status >= 400) expect(typeof response.json().message).toBe('string');
    }),
    { numRuns: RUNS },
  );
  const summary = Object.entries(statuses)
    .map(([status, n]) => `${n} × ${status}`)
    .join(', ');
  recordFigure({ area: 'hostile input', check, result: `no 5xx (${summary})`, tried: RUNS });
}

describe(`hostile input: ${RUNS.toLocaleString('en')} cases per parameter and per form field, only 2xx or 4xx`, () => {
  it.each(queryParameters)('GET /listings ?%s=…', async (name) => {
    const kind = fc.constantFrom('rental', 'job');
    // Half the cases go through URL encoding; half put the raw text into the query string as a client might.
    const request = fc.tuple(kind, hostileText, fc.boolean()).map(([k, value, raw]) => () => {
      const url = raw
        ? `/listings?kind=${k}&${name}=${value}`
        : `/listings?${new URLSearchParams({ kind: k, [name]: value }).toString()}`;
      return invoke(getListings, { url });
    });
    await fuzz(`GET /listings ?${name}`, request);
  });

  it.each(queryParameters)('GET /listings.atom ?%s=…', async (name) => {
    const request = fc
      .tuple(fc.constantFrom('rental', 'job'), hostileText, fc.boolean())
      .map(([k, value, raw]) => () => {
        const url = raw
          ? `/listings.atom?kind=${k}&${name}=${value}`
          : `/listings.atom?${new URLSearchParams({ kind: k, [name]: value }).toString()}`;
        return invoke(getListingsFeed, { url });
      });
    await fuzz(`GET /listings.atom ?${name}`, request);
  });

  it.each(['email', 'search', ...queryParameters.map((name) => `search.${name}`)])(
    'POST /alerts with a hostile %s',
    async (field) => {
      const alert = (value: unknown) => {
        if (field === 'email') return { email: value, search: { kind: 'rental' } };
        if (field === 'search') return { email: 'a@example.org', search: value };
        return { email: 'a@example.org', search: { kind: 'rental', [field.slice('search.'.length)]: value } };
      };
      await fuzz(
        `POST /alerts .${field}`,
        fc.tuple(hostileJson, fc.nat(0xffffff)).map(
          ([value, n]) =>
            () =>
              invoke(postAlert, {
                method: 'POST',
                url: '/alerts',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(alert(value)),
                sourceIp: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
              }),
        ),
      );
    },
  );

  it('POST /alerts with a hostile body and Content-Type', async () => {
    await fuzz(
      'POST /alerts body and Content-Type (any)',
      fc
        .tuple(
          fc.oneof(
            hostileText,
            fc.jsonValue().map((v) => JSON.stringify(v)),
          ),
          fc.oneof(fc.constant('application/json'), hostileText),
        )
        .map(
          ([body, type]) =>
            () =>
              invoke(postAlert, { method: 'POST', url: '/alerts', headers: { 'content-type': type }, body }),
        ),
    );
  });

  it('alert paths, actions, tokens and one-click bodies', async () => {
    const auth = fc.oneof(
      hostileText.map((t) => `Bearer ${t}`),
      hostileText,
    );
    const type = fc.oneof(
      fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=b'),
      hostileText,
    );
    await fuzz(
      'alert {id}, {action}, ?token, Authorization, one-click body',
      fc
        .tuple(
          fc.boolean(),
          hostileText,
          hostileText,
          auth,
          hostileText,
          type,
          fc.oneof(hostileText, fc.constant('List-Unsubscribe=One-Click')),
        )
        .map(([view, id, action, authorization, token, contentType, body]) => () => {
          const headers = { authorization, 'content-type': contentType };
          if (view)
            return invoke(getAlert, {
              url: `/x?${new URLSearchParams({ token }).toString()}`,
              headers,
              pathParameters: { id },
            });
          return invoke(postAlertAction, {
            method: 'POST',
            url: `/x?${new URLSearchParams({ token }).toString()}`,
            headers,
            pathParameters: { id, action },
            body,
          });
        }),
    );
  });

  it('GET /listings/{id}', async () => {
    await fuzz(
      'GET /listings/{id}',
      fc
        .oneof(
          hostileText,
          fc.nat(120).map((n) => `sreality:${1000 + n}`),
        )
        .map((id) => () => invoke(getListing, { url: '/listings/x', pathParameters: { id } })),
    );
  });

  it('GET /sources with any query', async () => {
    await fuzz(
      'GET /sources ?…',
      fc
        .dictionary(hostileText, hostileText, { maxKeys: 3 })
        .map((query) => () => invoke(getSources, { url: `/sources?${new URLSearchParams(query).toString()}` })),
    );
  });

  it('partner and moderation paths and tokens', async () => {
    const auth = fc.oneof(
      hostileText.map((t) => `Bearer ${t}`),
      hostileText,
    );
    await fuzz(
      'partner + moderation {id}, {action}, {decision}, tokens',
      fc
        .tuple(fc.integer({ min: 0, max: 4 }), hostileText, hostileText, auth, hostileText, fc.nat(0xffff))
        .map(([route, id, word, authorization, staff, n]) => () => {
          const headers = { authorization, 'x-staff-token': staff, 'content-type': 'application/json' };
          switch (route) {
            case 0:
              return invoke(getPartnerJob, { url: '/x', headers, pathParameters: { id } });
            case 1:
              return invoke(putPartnerJob, {
                method: 'PUT',
                url: '/x',
                headers,
                pathParameters: { id },
                body: JSON.stringify(partnerForm(NOW)),
              });
            case 2:
              return invoke(postPartnerJobAction, {
                method: 'POST',
                url: '/x',
                headers,
                pathParameters: { id, action: word },
                body: '{}',
              });
            case 3:
              return invoke(postModerationDecision, {
                method: 'POST',
                url: '/x',
                headers: { ...headers, 'x-staff-token': STAFF_TOKEN },
                pathParameters: { id, decision: word },
                body: JSON.stringify({ reason: staff }),
              });
            default:
              // Each from its own address: ten wrong tokens lock an address out (429), which would hide what follows.
              return invoke(getModerationPending, {
                url: `/moderation/pending?${new URLSearchParams({ cursor: id }).toString()}`,
                headers: { 'x-staff-token': staff },
                sourceIp: `10.99.${n >> 8}.${n & 255}`,
              });
          }
        }),
    );
  });

  it.each(Object.keys(partnerForm(NOW)))('POST /partner/jobs with a hostile %s', async (field) => {
    await fuzz(
      `POST /partner/jobs .${field}`,
      // Each case from its own address, e-mail and company, so that rate limits and the duplicate check
      // do not stand between the hostile value and the validation, storage and mail behind them.
      fc.tuple(hostileJson, fc.nat()).map(([value, n]) => () => {
        const sender = { contactEmail: `hr${n}@example.org`, companyName: `Example ${n} s.r.o.` };
        const body = JSON.stringify(partnerForm(NOW, { ...sender, [field]: value }));
        return invoke(postPartnerJob, {
          method: 'POST',
          url: '/partner/jobs',
          headers: { 'content-type': 'application/json' },
          body,
          sourceIp: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
        });
      }),
    );
  });

  it('POST /partner/jobs with a hostile body', async () => {
    await fuzz(
      'POST /partner/jobs body (any text)',
      fc
        .oneof(
          hostileText,
          fc.jsonValue().map((v) => JSON.stringify(v)),
        )
        .map(
          (body) => () =>
            invoke(postPartnerJob, {
              method: 'POST',
              url: '/partner/jobs',
              headers: { 'content-type': 'application/json' },
              body,
            }),
        ),
    );
  });
});

/** Any Content-Type a client may send: the right one in other spellings, the form types, anything. */
const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'Application/JSON',
    'text/plain',
    'text/plain; charset=utf-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonp',
    'application/json-patch+json',
    'text/json',
    '',
  ),
  hostileText,
);
const fetchSite = fc.constantFrom(undefined, 'same-origin', 'none', 'same-site', 'cross-site', 'CROSS-SITE', '');
const origin = fc.constantFrom(
  undefined,
  'null',
  'https://evil.example',
  'http://localhost:3000',
  'https://jobs.example.org',
);

describe(`hostile requests: ${RUNS.toLocaleString('en')} cases per rule, content type, origin and IPv6 limits hold`, () => {
  it('accepts a write only as application/json and never from another site', async () => {
    const statuses: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(contentType, fetchSite, origin, fc.nat(), async (type, site, from, n) => {
        const headers: Record<string, string> = {
          'content-type': type,
          ...(site === undefined ? {} : { 'sec-fetch-site': site }),
          ...(from === undefined ? {} : { origin: from }),
        };
        const body = JSON.stringify(
          partnerForm(NOW, { contactEmail: `ct${n}@example.org`, companyName: `Media ${n} s.r.o.` }),
        );
        const response = await invoke(postPartnerJob, {
          method: 'POST',
          url: '/partner/jobs',
          headers,
          body,
          sourceIp: `10.200.${(n >> 8) & 255}.${n & 255}`,
        });
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        const json = type.split(';')[0]!.trim().toLowerCase() === 'application/json';
        const crossSite =
          (site !== undefined && !['same-origin', 'none'].includes(site)) || (site === undefined && from === 'null');
        if (response.status >= 500) throw new Error(`answered ${response.status}`);
        if (crossSite) expect(response.status).toBe(403);
        else if (!json) expect(response.status).toBe(415);
        if (response.status === 201) expect(json && !crossSite).toBe(true);
        expect(response.headers['access-control-allow-origin']).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
    const summary = Object.entries(statuses)
      .map(([status, count]) => `${count} × ${status}`)
      .join(', ');
    recordFigure({
      area: 'hostile input',
      check: 'POST /partner/jobs: Content-Type, Sec-Fetch-Site, Origin',
      result: `415 unless JSON, 403 from another site, no CORS allowance (${summary})`,
      tried: RUNS,
    });
  });

  it('counts every address of an IPv6 /64 as one', async () => {
    const runs = Math.max(1, Math.floor(RUNS / 50));
    const hextet = fc.integer({ min: 0, max: 0xffff }).map((h) => h.toString(16));
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(hextet, hextet, hextet),
        fc.uniqueArray(fc.tuple(hextet, hextet, hextet, hextet), { minLength: 7, maxLength: 7 }),
        async (prefix, hosts) => {
          const statuses = [];
          for (const [i, host] of hosts.entries()) {
            const body = JSON.stringify(
              partnerForm(NOW, {
                contactEmail: `v6-${i}@example.org`,
                companyName: `IPv6 ${prefix.join('')} ${i} s.r.o.`,
              }),
            );
            statuses.push(
              (
                await invoke(postPartnerJob, {
                  method: 'POST',
                  url: '/partner/jobs',
                  headers: { 'content-type': 'application/json' },
                  body,
                  sourceIp: `2001:${prefix.join(':')}:${host.join(':')}`,
                })
              ).status,
            );
          }
          expect(statuses.slice(5)).toEqual([429, 429]);
        },
      ),
      { numRuns: runs },
    );
    recordFigure({
      area: 'hostile input',
      check: 'POST /partner/jobs from 7 addresses of one IPv6 /64',
      result: 'the 6th and 7th answered 429 in every case',
      tried: runs * 7,
    });
  });
});

describe(`hostile pages: every parser on ${PAGE_RUNS} mutations of every recorded page`, () => {
  it.each(Object.keys(adapters))('%s: values or its own errors, never anything else', async (source) => {
    let tried = 0;
    let records = 0;
    for (const page of recordedPages(source)) {
      const mutation = fc.tuple(
        fc.nat(Math.max(0, page.body.length - 1)),
        fc.integer({ min: 1, max: 400 }),
        fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.string({ unit: 'binary', maxLength: 30 }),
          fc.constantFrom('"', '<', '>', '{', '}', ']', '\\', '<script>', '</div>', 'null', '-1', '1e999'),
        ),
      );
      await fc.assert(
        fc.asyncProperty(mutation, async ([at, cut, insert]) => {
          const body = mutate(page.body, at, cut, insert);
          records += parseEverywhere(source, body) + (await streamEverywhere(source, body));
          tried++;
        }),
        { numRuns: PAGE_RUNS },
      );
    }
    recordFigure({
      area: 'hostile input',
      check: `${source}: mutated recorded pages`,
      result: `${records.toLocaleString('en')} records parsed, no foreign error`,
      tried,
    });
  });
});
