import type { App } from '../../src/app';
import type { Database } from '../../src/db/client';
import { acceptedOrder, api, openNeed, postBid } from '../bids-fixtures';
import {
  createAssociationMember,
  postNeed,
  register,
  registerVerifiedCentre,
  type Registered,
  signInAdmin,
} from '../fixtures';
import { attach, PDF } from '../attachments-fixtures';
import { uploadFile } from '../imports-fixtures';
import { insertMatch, liveLot, rebuildLots } from '../lots-fixtures';
import { postCapability } from '../matching-fixtures';

/** Who tries to reach another organization's objects (DESIGN.md §3: the roles of the table). */
export const ROLES = ['buyer', 'manufacturer', 'centre', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

/** Text only the victims' own answers may carry: it must not reach an attacker. */
export const VICTIM_PHONE = '+7 900 111-22-33';

/** Objects of two victim organizations, a buyer (region 62) and a manufacturer (region 50). */
export type World = {
  attackers: Record<Role, { token: string; organizationId: string }>;
  victimBuyer: Registered;
  victimMaker: Registered;
  draftNeed: string;
  openNeed: string;
  bid: string;
  order: string;
  /** The selection protocol frozen when the world's order was accepted. */
  protocol: string;
  thread: string;
  hiddenCapability: string;
  match: string;
  draftLot: string;
  publishedLot: string;
  lotBid: string;
  lotRebuild: string;
  importId: string;
  supportMeasure: string;
  subscription: string;
  /** A seeded site and the victim buyer's pending residency in it. */
  site: string;
  residency: string;
  /** A drawing on the draft need: as private as the draft. */
  attachment: string;
};

const ok = async <T>(
  what: string,
  response: Promise<{ statusCode: number; body: string; json: () => T }>,
) => {
  const answer = await response;
  if (answer.statusCode >= 300) throw new Error(`${what}: ${answer.statusCode} ${answer.body}`);
  return answer.json();
};

/** Needs of one OKPD2 kind from buyers of two regions: a lot (DESIGN.md §2) once lots are rebuilt. */
async function lotOf(app: App, database: Database, buyers: Registered[], okpd2: string) {
  for (const [index, buyer] of buyers.entries()) {
    await openNeed(app, buyer.token, { okpd2, deliveryRegionCode: ['62', '63'][index] });
  }
  await rebuildLots(database);
  const lot = await liveLot(database, okpd2.slice(0, 8));
  if (!lot) throw new Error(`no lot of ${okpd2}`);
  return lot.id;
}

export async function buildWorld(app: App, database: Database): Promise<World> {
  const admin = await signInAdmin(app);
  const victimBuyer = await register(app, { regionCode: '62' });
  const victimMaker = await register(app, { regionCode: '50' });
  const neighbour = await register(app, { regionCode: '63' });
  const attackers = {
    buyer: await register(app, { regionCode: '62' }),
    manufacturer: await register(app, { regionCode: '50' }),
    centre: await registerVerifiedCentre(app, admin.token, '77'),
    analyst: await createAssociationMember(app, admin.token),
  };
  await openNeed(app, attackers.buyer.token);
  await postCapability(app, attackers.manufacturer.token);
  await api(app, 'PATCH', `/organizations/${victimBuyer.organizationId}`, victimBuyer.token, {
    contacts: { phone: VICTIM_PHONE },
  });

  const draftNeed = (await postNeed(app, victimBuyer.token)).id;
  const drawing = await ok<{ id: string }>(
    'attachment',
    attach(app, victimBuyer.token, 'needs', draftNeed, 'чертёж.pdf', PDF),
  );
  const open = await openNeed(app, victimBuyer.token);
  const capability = await postCapability(app, victimMaker.token);
  const bid = await postBid(app, victimMaker.token, open.id, { capabilityId: capability.id });
  const ordered = await openNeed(app, victimBuyer.token);
  const order = await acceptedOrder(
    app,
    victimBuyer.token,
    (await postBid(app, victimMaker.token, ordered.id)).id,
  );
  const message = await ok<{ threadId: string }>(
    'message',
    api(app, 'POST', `/needs/${open.id}/messages`, victimMaker.token, { body: 'Готовы поставить' }),
  );
  const hidden = await postCapability(app, victimMaker.token, { title: 'Скрытая линия' });
  await ok(
    'hide',
    api(
      app,
      'PATCH',
      `/capabilities/${hidden.id}`,
      victimMaker.token,
      { active: false },
      { 'if-match': '"1"' },
    ),
  );
  await insertMatch(database, {
    needId: open.id,
    capabilityId: capability.id,
    manufacturerId: victimMaker.organizationId,
    score: '0.9000',
    notified: true,
  });
  const match = await database.pool.query<{ id: string }>('SELECT id FROM matches WHERE need_id = $1', [
    open.id,
  ]);

  const draftLot = await lotOf(app, database, [victimBuyer, neighbour], '28.14.11.110');
  const publishedLot = await lotOf(app, database, [victimBuyer, neighbour], '27.11.10.110');
  await ok('publish lot', api(app, 'POST', `/lots/${publishedLot}/publish`, admin.token));
  const lotBid = await ok<{ id: string }>(
    'lot bid',
    api(app, 'POST', `/lots/${publishedLot}/bids`, victimMaker.token, {
      unitPrice: '100.00',
      quantity: '1',
      leadTimeDays: 30,
      validUntil: '2031-01-01',
    }),
  );
  const lotRebuild = await ok<{ id: string }>('rebuild', api(app, 'POST', '/lots/rebuild', admin.token));
  const upload = await uploadFile(
    app,
    victimBuyer.token,
    'needs',
    'needs.csv',
    'title;okpd2\nПодшипник;28.15\n',
    'text/csv',
  );
  if (upload.statusCode !== 202) throw new Error(`upload: ${upload.statusCode} ${upload.body}`);
  const measure = await ok<{ id: string }>(
    'support measure',
    api(app, 'POST', '/support-measures', admin.token, {
      name: 'Субсидия на НИОКР',
      operator: 'Минпромторг',
    }),
  );
  const subscription = await ok<{ id: string }>(
    'subscription',
    api(app, 'POST', '/subscriptions', victimBuyer.token, { okpd2Prefixes: ['28'] }),
  );
  const sites = await ok<{ items: { id: string }[] }>('sites', api(app, 'GET', '/sites', victimBuyer.token));
  const residency = await ok<{ id: string }>(
    'residency',
    api(app, 'POST', '/residencies', victimBuyer.token, { siteId: sites.items[0]!.id }),
  );
  return {
    attackers,
    victimBuyer,
    victimMaker,
    draftNeed,
    openNeed: open.id,
    bid: bid.id,
    order: order.id,
    protocol: String(order.protocolId),
    thread: message.threadId,
    hiddenCapability: hidden.id,
    match: match.rows[0]!.id,
    draftLot,
    publishedLot,
    lotBid: lotBid.id,
    lotRebuild: lotRebuild.id,
    importId: upload.json().id,
    supportMeasure: measure.id,
    subscription: subscription.id,
    site: sites.items[0]!.id,
    residency: residency.id,
    attachment: drawing.id,
  };
}
