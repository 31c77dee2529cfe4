import { useRef } from 'react';
import { registerSchema } from '@zamena/shared/auth/auth.schemas';
import { useTranslation } from 'react-i18next';
import { RegionSelect } from '../../../components/ui/region-select';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { TextField } from '../../../components/ui/text-field';
import { currentLanguage } from '../../../i18n/i18n';
import { useValidatedForm } from '../../../lib/use-validated-form';
import { useRegister } from '../api/register';
import { AuthForm } from './auth-form';
import { EmailField } from './email-field';
import { OrganizationKindField, type RegistrableKind } from './organization-kind-field';
import { PasswordField } from './password-field';

const INITIAL = {
  kind: 'enterprise',
  name: '',
  inn: '',
  ogrn: '',
  regionCode: '',
  fullName: '',
  email: '',
  password: '',
};
type Values = typeof INITIAL;

const PATHS: Record<keyof Values, string> = {
  kind: 'organization.kind',
  name: 'organization.name',
  inn: 'organization.inn',
  ogrn: 'organization.ogrn',
  regionCode: 'organization.regionCode',
  fullName: 'fullName',
  email: 'email',
  password: 'password',
};

const toInput = ({ kind, name, inn, ogrn, regionCode, fullName, email, password }: Values) => ({
  email,
  password,
  fullName,
  language: currentLanguage(),
  organization: { kind: kind as RegistrableKind, name, inn, ogrn, regionCode },
});

const digits = { inputMode: 'numeric', autoComplete: 'off', spellCheck: false } as const;

export function RegisterForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const register = useRegister();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useValidatedForm({ schema: registerSchema, initial: INITIAL, paths: PATHS, toInput, formRef });

  const submit = form.handleSubmit((input) => {
    register.mutate(input, {
      onSuccess: () => void navigate('/', { replace: true }),
      onError: (error) => form.showServerErrors(error),
    });
  });

  return (
    <AuthForm
      formRef={formRef}
      onSubmit={submit}
      mutation={register}
      // With field errors on show, the one alert asks to fix them rather than repeat the server's refusal.
      showProblem={!form.hasErrors}
      submitLabel={t('register.submit')}
      pendingLabel={t('register.submitting')}
    >
      {form.hasErrors ? <Alert tone="error">{t('register.fixErrors')}</Alert> : null}

      <fieldset className="form-section">
        <legend>{t('register.organizationSection')}</legend>
        <OrganizationKindField
          value={form.values.kind}
          onChange={(kind) => form.setValue('kind', kind)}
          error={form.error('kind')}
        />
        <TextField
          {...form.field('name')}
          label={t('register.name')}
          hint={t('register.nameHint')}
          autoComplete="organization"
          required
        />
        <div className="form-row">
          <TextField
            {...form.field('inn')}
            {...digits}
            label={t('register.inn')}
            hint={t('register.innHint')}
            maxLength={12}
            required
          />
          <TextField
            {...form.field('ogrn')}
            {...digits}
            label={t('register.ogrn')}
            hint={t('register.ogrnHint')}
            maxLength={15}
            required
          />
        </div>
        <RegionSelect
          {...form.field('regionCode')}
          label={t('register.region')}
          placeholder={t('register.regionPlaceholder')}
          required
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('register.ownerSection')}</legend>
        <TextField {...form.field('fullName')} label={t('register.fullName')} autoComplete="name" required />
        <EmailField
          {...form.field('email')}
          label={t('register.email')}
          hint={t('register.emailHint')}
          autoComplete="email"
          required
        />
        <PasswordField
          {...form.field('password')}
          label={t('register.password')}
          hint={t('register.passwordHint')}
          autoComplete="new-password"
          required
        />
      </fieldset>
    </AuthForm>
  );
}
