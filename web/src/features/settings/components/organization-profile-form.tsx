import { CLUSTER_TYPES, type Organization } from '@zamena/shared/organizations/organizations.schemas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldMessagesFromProblem, formatFieldMessage } from '../../../i18n/field-messages';
import { problemMessage } from '../../../i18n/problem-message';
import { isApiError } from '../../../lib/api-client';
import { useUpdateOrganization } from '../api/settings-api';

type ClusterType = (typeof CLUSTER_TYPES)[number];

/** Name, contacts, cluster / technopark / SEZ membership and open-data consent (owners). */
export function OrganizationProfileForm({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const update = useUpdateOrganization(organization.id);
  const [name, setName] = useState(organization.name);
  const [email, setEmail] = useState(organization.contacts?.email ?? '');
  const [phone, setPhone] = useState(organization.contacts?.phone ?? '');
  const [website, setWebsite] = useState(organization.contacts?.website ?? '');
  const [clusterType, setClusterType] = useState<ClusterType | ''>(organization.cluster?.type ?? '');
  const [clusterName, setClusterName] = useState(organization.cluster?.name ?? '');
  const [consent, setConsent] = useState(organization.openDataConsent);

  const messages = isApiError(update.error) ? fieldMessagesFromProblem(update.error) : {};
  const error = (path: string) => formatFieldMessage(t, messages[path]);
  const fieldErrors = Object.keys(messages).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({
      name,
      contacts: { email: email.trim() || undefined, phone, website },
      cluster: clusterType ? { type: clusterType, name: clusterName } : null,
      openDataConsent: consent,
    });
  };

  return (
    <form className="form card" onSubmit={submit} aria-labelledby="org-profile-heading" noValidate>
      <h2 id="org-profile-heading">{t('settings.profile.title')}</h2>
      <TextField
        id="name"
        label={t('settings.profile.name')}
        value={name}
        error={error('name')}
        onChange={(event) => setName(event.target.value)}
      />
      <div className="form-row">
        <TextField
          id="contacts-email"
          type="email"
          label={t('settings.profile.email')}
          value={email}
          error={error('contacts.email')}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          id="contacts-phone"
          type="tel"
          label={t('settings.profile.phone')}
          value={phone}
          error={error('contacts.phone')}
          onChange={(event) => setPhone(event.target.value)}
        />
      </div>
      <TextField
        id="contacts-website"
        label={t('settings.profile.website')}
        value={website}
        error={error('contacts.website')}
        onChange={(event) => setWebsite(event.target.value)}
      />
      <p className="muted">{t('settings.profile.contactsHint')}</p>
      <div className="form-row">
        <SelectField
          id="cluster-type"
          label={t('settings.profile.clusterType')}
          value={clusterType}
          onChange={(event) => setClusterType(event.target.value as ClusterType | '')}
        >
          <option value="">{t('settings.profile.noCluster')}</option>
          {CLUSTER_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`organizationProfile.clusterType.${type}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="cluster-name"
          label={t('settings.profile.clusterName')}
          value={clusterName}
          disabled={!clusterType}
          error={error('cluster.name')}
          onChange={(event) => setClusterName(event.target.value)}
        />
      </div>
      <CheckboxField
        id="open-data-consent"
        label={t('settings.profile.consent')}
        hint={t('settings.profile.consentHint')}
        checked={consent}
        onChange={(event) => setConsent(event.target.checked)}
      />
      {update.isError && !fieldErrors ? <Alert tone="error">{problemMessage(t, update.error)}</Alert> : null}
      {update.isSuccess ? <Alert tone="info">{t('settings.saved')}</Alert> : null}
      <div className="form-actions">
        <Button type="submit" busy={update.isPending}>
          {t('settings.profile.save')}
        </Button>
      </div>
    </form>
  );
}
