import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Spinner } from '../../../components/ui/spinner';
import { problemMessage } from '../../../i18n/problem-message';
import { isRefusedLink, useAnswerByLink, useFeedbackSubject } from '../api/match-feedback-api';
import { FeedbackForm } from './feedback-form';
import { FeedbackMessage } from './feedback-message';
import '../match-feedback.css';

/**
 * The page an alert e-mail's "not our product" link opens (`/feedback/matches/:matchId?token=…`). The
 * token stands in for signing in, so the page is public; without a working token it says how to answer
 * after signing in instead.
 */
export function MatchFeedbackPage() {
  const { t } = useTranslation();
  const { matchId = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const subject = useFeedbackSubject(matchId, token);
  const answer = useAnswerByLink(matchId, token);
  const toExchange = (
    <Link className="button button-secondary" to="/">
      {t('matchFeedback.toExchange')}
    </Link>
  );

  let content;
  if (!token || isRefusedLink(subject.error) || isRefusedLink(answer.error)) {
    content = (
      <FeedbackMessage
        tone="error"
        heading={t('matchFeedback.invalidHeading')}
        takeFocus={answer.isError}
        actions={
          // Signed in already, the sign-in page sends the user straight on to the capabilities.
          <Link className="button button-primary" to="/sign-in" state={{ from: '/capabilities' }}>
            {t('matchFeedback.signIn')}
          </Link>
        }
      >
        <p>{t('matchFeedback.invalidBody')}</p>
      </FeedbackMessage>
    );
  } else if (subject.isError) {
    content = (
      <>
        <h1 tabIndex={-1}>{t('matchFeedback.title')}</h1>
        <Alert
          tone="error"
          action={
            <Button variant="secondary" onClick={() => void subject.refetch()}>
              {t('matchFeedback.retry')}
            </Button>
          }
        >
          {problemMessage(t, subject.error)}
        </Alert>
      </>
    );
  } else if (!subject.data) {
    content = <Spinner label={t('app.loading')} />;
  } else if (answer.isSuccess) {
    content = (
      <FeedbackMessage tone="done" heading={t('matchFeedback.doneHeading')} takeFocus actions={toExchange}>
        <p>
          {t('matchFeedback.doneBody', {
            need: subject.data.needTitle,
            capability: subject.data.capabilityTitle,
          })}
        </p>
      </FeedbackMessage>
    );
  } else if (subject.data.supplierVerdict) {
    content = (
      <FeedbackMessage tone="info" heading={t('matchFeedback.answeredHeading')} actions={toExchange}>
        <p>
          {t('matchFeedback.answeredBody', {
            need: subject.data.needTitle,
            manufacturer: subject.data.manufacturerName,
          })}
        </p>
      </FeedbackMessage>
    );
  } else {
    content = (
      <FeedbackForm
        subject={subject.data}
        busy={answer.isPending}
        error={answer.error}
        onConfirm={(note) => answer.mutate(note)}
      />
    );
  }

  return (
    <div className="feedback-page">
      <title>{`${t('matchFeedback.title')} — ${t('app.name')}`}</title>
      {content}
    </div>
  );
}
