// Something to look at, not an error: a yellow panel with dark text (yellow text on yellow fails contrast).
import { Alert, type AlertProps } from '@mantine/core';

export function Notice(props: AlertProps & { 'data-testid'?: string }) {
  return <Alert color="yellow" variant="light" c="dark.8" {...props} />;
}
