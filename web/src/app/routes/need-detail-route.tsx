import { usePrefetchQuery, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { attachmentsQuery } from '../../features/attachments/api/attachments-api';
import { AttachmentsPanel } from '../../features/attachments/components/attachments-panel';
import { ObjectHistorySection } from '../../features/audit/components/object-history-section';
import { needBidsQuery } from '../../features/bids/api/bids-api';
import { NeedBidsSection } from '../../features/bids/components/need-bids-section';
import { needMatchesQuery } from '../../features/matches/api/matches-api';
import { NeedMatchesSection } from '../../features/matches/components/need-matches-section';
import { needThreadsQuery } from '../../features/messages/api/messages-api';
import { NeedMessagesSection } from '../../features/messages/components/need-messages-section';
import { NeedDetailPage } from '../../features/needs/components/need-detail-page';
import { ApplicableMeasuresSection } from '../../features/support-measures/components/applicable-measures-section';
import { NeedBidFiles } from './need-bid-files';
import './detail-routes.css';

/**
 * The need page, composed here because features never import each other: the needs feature shows the
 * need, and matches, bids and messages add their sections below it. Their queries start together with
 * the need's own (no waterfall); a section the viewer may not see simply stays empty.
 */
export function NeedDetailRoute() {
  const { id = '' } = useParams();
  usePrefetchQuery(needMatchesQuery(id));
  usePrefetchQuery(needBidsQuery(id));
  usePrefetchQuery(needThreadsQuery(id));
  const drawings = useQuery(attachmentsQuery('need', id));
  return (
    <NeedDetailPage
      renderSections={(need) => (
        <>
          <AttachmentsPanel ownerKind="need" ownerId={need.id} />
          <NeedMatchesSection need={need} />
          <NeedBidsSection need={need} />
          <NeedBidFiles need={need} />
          <NeedMessagesSection need={need} files={drawings.data?.items} />
          {need.okpd2 ? (
            <ApplicableMeasuresSection okpd2={need.okpd2} regionCode={need.deliveryRegionCode ?? undefined} />
          ) : null}
          <ObjectHistorySection
            objectType="need"
            objectId={need.id}
            ownerOrganizationIds={[need.buyerOrganizationId, need.postedByOrganizationId]}
          />
        </>
      )}
    />
  );
}
