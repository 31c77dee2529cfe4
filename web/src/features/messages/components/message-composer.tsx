import { postMessageSchema } from '@zamena/shared/messages/messages.schemas';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextareaField } from '../../../components/ui/textarea-field';
import { problemMessage } from '../../../i18n/problem-message';
import { usePostMessage } from '../api/messages-api';

type MessageComposerProps = {
  needId: string;
  /** The buyer side names the supplier whose thread it writes in; a supplier writes in its own. */
  supplierOrganizationId?: string;
  label: string;
};

/** Writes into a need's conversation; Ctrl+Enter (⌘+Enter) sends. */
export function MessageComposer({ needId, supplierOrganizationId, label }: MessageComposerProps) {
  const { t } = useTranslation();
  const id = useId();
  const post = usePostMessage(needId);
  const [body, setBody] = useState('');
  const [tried, setTried] = useState(false);
  const parsed = postMessageSchema.safeParse({ body, supplierOrganizationId });

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    setTried(true);
    if (!parsed.success || post.isPending) return;
    post.mutate(parsed.data, {
      onSuccess: () => {
        setBody('');
        setTried(false);
      },
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) send();
  };

  return (
    <form className="message-composer" onSubmit={send} noValidate>
      {post.isError ? <Alert tone="error">{problemMessage(t, post.error)}</Alert> : null}
      <TextareaField
        id={`message-${id}`}
        label={label}
        hint={t('messages.composer.hint')}
        rows={3}
        maxLength={5000}
        value={body}
        error={tried && !parsed.success ? t('messages.composer.empty') : undefined}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <Button type="submit" busy={post.isPending}>
        {post.isPending ? t('messages.composer.sending') : t('messages.composer.send')}
      </Button>
    </form>
  );
}
