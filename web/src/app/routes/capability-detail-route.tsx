import { AttachmentsPanel } from '../../features/attachments/components/attachments-panel';
import { ObjectHistorySection } from '../../features/audit/components/object-history-section';
import { CapabilityMatchesSection } from '../../features/matches/components/capability-matches-section';
import { CapabilityDetailPage } from '../../features/capabilities/components/capability-detail-page';
import './detail-routes.css';

/** The capability page with the needs that fit it, composed here (features never import each other). */
export function CapabilityDetailRoute() {
  return (
    <CapabilityDetailPage
      renderSections={(capability) => (
        <>
          <AttachmentsPanel ownerKind="capability" ownerId={capability.id} />
          <CapabilityMatchesSection capability={capability} />
          <ObjectHistorySection
            objectType="capability"
            objectId={capability.id}
            ownerOrganizationIds={[capability.manufacturerOrganizationId]}
          />
        </>
      )}
    />
  );
}
