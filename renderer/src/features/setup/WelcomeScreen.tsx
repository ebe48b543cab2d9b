// First run: create the office's own encrypted database, or explore a demo office full of made-up people.
import { Button, Container, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { CreateOfficeForm } from './CreateOfficeForm';
import { DemoOfficeForm } from './DemoOfficeForm';

export function WelcomeScreen() {
  const [choice, setChoice] = useState<'create' | 'demo' | null>(null);
  if (choice === 'create') return <CreateOfficeForm onBack={() => setChoice(null)} />;
  if (choice === 'demo') return <DemoOfficeForm onBack={() => setChoice(null)} />;
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <div>
          <Title order={1}>Welcome to Peer Office</Title>
          <Text size="lg" mt="xs">
            The back office for your peer-support charity: members, peer supporters, sessions and pay, kept private on this PC.
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Paper withBorder p="lg" radius="md">
            <Stack justify="space-between" h="100%">
              <div>
                <Title order={2} size="h3">Create a new office database</Title>
                <Text mt="xs">
                  Start your real records. Everything is encrypted with a passphrase you choose, and you get a recovery key in case you forget it.
                </Text>
              </div>
              <Button size="md" onClick={() => setChoice('create')}>Create a new office database</Button>
            </Stack>
          </Paper>
          <Paper withBorder p="lg" radius="md">
            <Stack justify="space-between" h="100%">
              <div>
                <Title order={2} size="h3">Explore a demo office</Title>
                <Text mt="xs">
                  Try Peer Office with about 300 made-up members. Nothing in it is about real people, and it is kept apart from your real records.
                </Text>
              </div>
              <Button size="md" variant="light" onClick={() => setChoice('demo')}>Explore a demo office</Button>
            </Stack>
          </Paper>
        </SimpleGrid>
      </Stack>
    </Container>
  );
}
