import { BID_STATUSES, type BidStatus } from '@zamena/shared/bids/bids.schemas';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PagedList } from '../../../components/paged-list';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { SelectField } from '../../../components/ui/select-field';
import { useCurrentSession } from '../../../lib/auth';
import { useMyBids } from '../api/bids-api';
import { bidProblemMessage } from '../utils/bid-problem';
import { isAnalyst } from '../utils/bid-permissions';
import { MyBidsTable } from './my-bids-table';
import '../bids.css';

const isStatus = (value: string | null): value is BidStatus => BID_STATUSES.includes(value as BidStatus);

/** "My bids": an enterprise's offers with their statuses; analysts see every bid. */
export function MyBidsPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const requested = params.get('status');
  const status = isStatus(requested) ? requested : undefined;
  const analyst = isAnalyst(session);
  const bidsAtAll = analyst || session.organization.kind === 'enterprise';
  const list = useMyBids({ mine: analyst ? undefined : '1', status });
  const title = analyst ? t('bids.list.allTitle') : t('bids.list.title');

  return (
    <div className="page">
      <title>{`${title} — ${t('app.name')}`}</title>
      <PageHeader title={title} lead={analyst ? t('bids.list.allLead') : t('bids.list.lead')} />
      {!bidsAtAll ? (
        <Alert tone="info">{t('bids.list.notForCenters')}</Alert>
      ) : (
        <>
          <div className="filters">
            <div className="filters-grid">
              <SelectField
                id="bids-status"
                label={t('bids.list.status')}
                value={status ?? ''}
                onChange={(event) => setParams(event.target.value ? { status: event.target.value } : {})}
              >
                <option value="">{t('bids.list.anyStatus')}</option>
                {BID_STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {t(`bids.status.${value}`)}
                  </option>
                ))}
              </SelectField>
            </div>
          </div>
          <PagedList
            query={list}
            errorMessage={bidProblemMessage}
            empty={{
              heading: status ? t('bids.list.emptyFiltered') : t('bids.list.emptyHeading'),
              body: t('bids.list.emptyBody'),
              actions: (
                <Link className="button button-secondary" to="/needs">
                  {t('bids.list.findNeeds')}
                </Link>
              ),
            }}
            shown={(n) => t('bids.list.shown', { n })}
            loadMoreLabel={t('bids.list.loadMore')}
            retryLabel={t('bids.retry')}
          >
            {(bids) => <MyBidsTable bids={bids} showBidder={analyst} />}
          </PagedList>
        </>
      )}
    </div>
  );
}
