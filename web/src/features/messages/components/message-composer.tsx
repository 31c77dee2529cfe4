import type { AttachmentRef } from '@zamena/shared/attachments/attachments.schemas';
import { postMessageSchema } from '@zamena/shared/messages/messages.schemas';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { problemMessage } from '../../../i18n/problem-message';
import { usePostMessage } from '../api/messages-api';

type MessageComposerProps = {
  needId: string;
  /** The buyer side names the supplier whose thread it writes in; a supplier writes in its own. */
  supplierOrganizationId?: string;
  label: string;
  /** Files of the conversation's need, bid or order the message may point to (attachmentIds). */
  files?: AttachmentRef[];
};

/** Writes into a need's conversation; Ctrl+Enter (⌘+Enter) sends. */
export function MessageComposer({ needId, supplierOrganizationId, label, files = [] }: MessageComposerProps) {
  const { t } = useTranslation();
  const id = useId();
  const post = usePostMessage(needId);
  const [body, setBody] = useState('');
  const [tried, setTried] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const attachmentIds = chosen.filter((fileId) => files.some((file) => file.id === fileId));
  const parsed = postMessageSchema.safeParse({
    body,
    supplierOrganizationId,
    attachmentIds: attachmentIds.length > 0 ? attachmentIds : undefined,
  });

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    setTried(true);
    if (!parsed.success || post.isPending) return;
    post.mutate(parsed.data, {
      onSuccess: () => {
        setBody('');
        setTried(false);
        setChosen([]);
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
      {files.length > 0 ? (
        <fieldset className="message-attach">
          <legend>{t('attachments.attachLabel')}</legend>
          {files.map((file) => (
            <CheckboxField
              key={file.id}
              id={`message-${id}-file-${file.id}`}
              label={file.name}
              checked={chosen.includes(file.id)}
              onChange={(event) =>
                setChosen((now) =>
                  event.target.checked ? [...now, file.id] : now.filter((fileId) => fileId !== file.id),
                )
              }
            />
          ))}
        </fieldset>
      ) : null}
      <Button type="submit" busy={post.isPending}>
        {post.isPending ? t('messages.composer.sending') : t('messages.composer.send')}
      </Button>
    </form>
  );
}
