// Something done as asked (saved, backed up, restored): a teal panel with dark text, announced politely.
// Beside Notice (something to look at) and the red alerts (something went wrong).
import { Alert, type AlertProps } from '@mantine/core';

export function Done(props: AlertProps & { 'data-testid'?: string }) {
  return <Alert color="teal" variant="light" c="dark.8" role="status" {...props} />;
}
