import type { Db } from '../../db/client';
import { handle } from '../../queue/worker-runtime';
import { renderDigestEmail, type DigestEmailSection } from '../notifications/email-templates.digest';
import type { Mailer } from '../notifications/mailer';
import { digestSection, onceEach, type DigestSection } from './digest-content';
import { createDigestRepo } from './subscriptions.digest.repo';
import { sendDigestsJob } from './subscriptions.jobs';

type Deps = {
  db: Db;
  /** Absent without `SMTP_URL`: nothing is sent and nothing moves on, so the next run with SMTP sends it. */
  mailer?: Mailer;
  publicUrl: string;
  unsubscribeLink: (subscriptionId: string) => string;
};

/**
 * A subscription is due when its last digest is older than this: a second run on the same day (a
 * retry, a second replica) finds nothing due and sends nothing twice.
 */
const DUE_AFTER_MS = 20 * 3_600_000;

/**
 * One e-mail per member with daily subscriptions: what each subscription gained since its last
 * digest, every need and lot once. The member's subscriptions stay locked from reading to moving
 * `last_digest_at` on, after SMTP accepted the e-mail; a failed send rolls back and the retry sends it.
 */
export async function sendDigests({ db, mailer, publicUrl, unsubscribeLink }: Deps, now: Date) {
  if (!mailer) return { emailed: 0 };
  const dueBefore = new Date(now.getTime() - DUE_AFTER_MS);
  let emailed = 0;
  for (const userId of await createDigestRepo(db).dueRecipients(dueBefore)) {
    const sent = await db.transaction(async (tx) => {
      const repo = createDigestRepo(tx);
      const [recipient, subscriptions] = await Promise.all([
        repo.recipient(userId),
        repo.lockDue(userId, dueBefore),
      ]);
      if (!recipient || subscriptions.length === 0) return false;
      const sections: DigestSection[] = [];
      for (const subscription of subscriptions) sections.push(await digestSection(repo, subscription, now));
      const fresh = onceEach(sections);
      if (fresh.length > 0) {
        const regionNames = await repo.regionNames([
          ...new Set(fresh.flatMap((s) => s.subscription.regionCodes)),
        ]);
        const emailSections = fresh.map((section) => toEmailSection(section, regionNames, unsubscribeLink));
        await mailer.send(recipient.email, renderDigestEmail(emailSections, recipient, publicUrl));
      }
      await repo.markDigested(
        subscriptions.map((subscription) => subscription.id),
        now,
      );
      return fresh.length > 0;
    });
    if (sent) emailed += 1;
  }
  return { emailed };
}

function toEmailSection(
  { subscription, needs, lots }: DigestSection,
  regionNames: Map<string, { nameRu: string; nameEn: string }>,
  unsubscribeLink: (subscriptionId: string) => string,
): DigestEmailSection {
  return {
    criteria: {
      okpd2Prefixes: subscription.okpd2Prefixes,
      regions: subscription.regionCodes.map(
        (code) => regionNames.get(code) ?? { nameRu: code, nameEn: code },
      ),
      districts: subscription.districts,
      words: subscription.words,
    },
    // Open needs carry these fields (needs_complete_unless_draft); the fallbacks only satisfy types.
    needs: needs.map((need) => ({
      id: need.id,
      title: need.title,
      okpd2: need.okpd2 ?? '',
      quantity: need.quantity ?? '',
      unit: need.unit ?? '',
      regionNameRu: need.regionNameRu ?? '',
      regionNameEn: need.regionNameEn ?? '',
      neededBy: need.neededBy ?? '',
    })),
    lots,
    unsubscribeLink: unsubscribeLink(subscription.id),
  };
}

export const subscriptionJobHandlers = (deps: Deps) => [
  handle(sendDigestsJob, () => sendDigests(deps, new Date())),
];
