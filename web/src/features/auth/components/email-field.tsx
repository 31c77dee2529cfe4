import type { ComponentProps } from 'react';
import { TextField } from '../../../components/ui/text-field';

type EmailFieldProps = Omit<ComponentProps<typeof TextField>, 'type' | 'inputMode'>;

/** An e-mail address input: phones show the e-mail keyboard, and nothing "corrects" or capitalises the address. */
export function EmailField(props: EmailFieldProps) {
  return <TextField {...props} type="email" inputMode="email" spellCheck={false} autoCapitalize="off" />;
}
