import type { InvestmentCase } from '@zamena/shared/investment-case/investment-case.schemas';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { DataTable } from '../../../components/ui/data-table';
import { formatDate, formatMoney, formatQuantity } from '../../../components/ui/format';
import { PageHeader } from '../../../components/ui/page-header';
import { saveFile } from '../../../components/ui/save-file';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { useInvestmentCase, useInvestmentCaseExport } from '../api/investment-case-api';
import { CaseFacts } from './case-facts';
import { CaseMeasures } from './case-measures';
import { CaseSites } from './case-sites';
import '../investment-case.css';

type Region = InvestmentCase['demandByRegion'][number];

/** A lot offered to investors: pooled demand by region, prices, coverage, measures and nearby sites. */
export function InvestmentCasePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ru';
  const query = useInvestmentCase(id);
  const exporter = useInvestmentCaseExport(id);
  const download = (format: 'xlsx' | 'pdf') =>
    exporter.mutate(format, {
      onSuccess: ({ blob, filename }) => saveFile(blob, filename ?? `investment-case.${format}`),
    });
  const back = <Link to={`/lots/${id}`}>{t('investmentCase.back')}</Link>;

  if (query.isPending) return <Spinner label={t('app.loading')} />;
  if (query.isError) {
    return (
      <div className="page">
        <PageHeader title={t('investmentCase.title')} eyebrow={back} />
        <Alert tone="error">{problemMessage(t, query.error)}</Alert>
      </div>
    );
  }
  const investmentCase = query.data;
  const { lot } = investmentCase;
  const kind = `${lot.okpd2Kind} ${lot.okpd2KindName ?? ''}`.trim();

  return (
    <div className="page">
      <title>{`${t('investmentCase.title')}: ${kind} — ${t('app.name')}`}</title>
      <PageHeader
        title={t('investmentCase.title')}
        eyebrow={back}
        lead={kind}
        actions={
          <div className="case-exports">
            <Button variant="secondary" busy={exporter.isPending} onClick={() => download('xlsx')}>
              {t('investmentCase.exportXlsx')}
            </Button>
            <Button variant="secondary" busy={exporter.isPending} onClick={() => download('pdf')}>
              {t('investmentCase.exportPdf')}
            </Button>
          </div>
        }
      />
      {exporter.isError ? <Alert tone="error">{problemMessage(t, exporter.error)}</Alert> : null}
      <CaseFacts investmentCase={investmentCase} />
      <section className="case-section" aria-labelledby="case-regions-heading">
        <h2 id="case-regions-heading">{t('investmentCase.regionsHeading')}</h2>
        <DataTable<Region>
          caption={t('investmentCase.regionsHeading')}
          rows={investmentCase.demandByRegion}
          rowKey={(region) => region.regionCode}
          columns={[
            {
              key: 'region',
              header: t('investmentCase.region'),
              label: t('investmentCase.region'),
              cell: (region) => (language === 'en' ? region.nameEn : region.nameRu),
            },
            {
              key: 'needs',
              header: t('investmentCase.needs'),
              label: t('investmentCase.needs'),
              cell: (region) => region.needsCount,
              className: 'numeric',
            },
            {
              key: 'quantity',
              header: t('investmentCase.quantity'),
              label: t('investmentCase.quantity'),
              cell: (region) => formatQuantity(region.quantity, lot.unit, language),
              className: 'numeric',
            },
            {
              key: 'value',
              header: t('investmentCase.value'),
              label: t('investmentCase.value'),
              cell: (region) => formatMoney(region.value, language),
              className: 'numeric',
            },
            {
              key: 'neededBy',
              header: t('investmentCase.neededBy'),
              label: t('investmentCase.neededBy'),
              cell: (region) => formatDate(region.earliestNeededBy, language),
            },
          ]}
        />
      </section>
      <CaseMeasures measures={investmentCase.supportMeasures} />
      <CaseSites sites={investmentCase.sites} />
    </div>
  );
}
