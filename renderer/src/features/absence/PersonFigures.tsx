// One person's absence figures over the rolling 52 weeks, said in words beside the numbers: sickness
// spells and days, the Bradford score and how it is made, the absence rate, and the review point reached,
// worded as the support it asks for.
import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { PersonAbsence } from '../../../../shared/contract/absence';
import { formatUkDate } from '../../../../shared/domain/dates';
import { daysNumber, daysText, listWords, rateText, reviewPointWords, spellsText } from './words';

export function PersonFigures({ person }: { person: PersonAbsence }) {
  const f = person.figures;
  const ownPoints = person.adjustment.reviewPoints !== null;
  // The check-in for the point reached: the latest one for it (check-ins come latest first).
  const checkin = f.reachedPoint === null ? undefined : person.checkins.find((c) => c.reviewPoint === f.reachedPoint);
  const facts: [string, string][] = [
    ['Sickness', f.spells === 0 ? 'None' : `${spellsText(f.spells)}, ${daysText(f.days)}`],
    ['Bradford score', f.spells === 0 ? '0' : `${f.bradford} (${f.spells} × ${f.spells} × ${daysNumber(f.days)})`],
    ['Absence rate', f.absenceRate === null ? 'No rota to compare with' : `${rateText(f.absenceRate)}: ${daysText(f.daysLostAllKinds)} lost of ${daysText(f.daysScheduled)} due`],
    ['Review point', reviewPointWords(f, checkin)],
  ];
  if (f.disabilitySpells > 0 || person.adjustment.leaveOutDisabilityRelated) {
    const counted = person.adjustment.leaveOutDisabilityRelated ? 'left out of the score, as agreed' : 'counted in the score';
    facts.push(['Disability-related sickness', `${f.disabilitySpells === 0 ? 'None' : `${spellsText(f.disabilitySpells)}, ${daysText(f.disabilityDays)}`}: ${counted}`]);
  }
  return (
    <Stack gap="xs">
      <Text size="sm">Over the 52 weeks from {formatUkDate(f.from)} to {formatUkDate(f.to)}.</Text>
      <SimpleGrid cols={{ base: 2, md: facts.length }} component="dl" m={0} spacing="sm" data-testid="absence-figures">
        {facts.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="sm" c="gray.7">{label}</Text>
            <Text component="dd" m={0} size="sm" fw={500}>{value}</Text>
          </div>
        ))}
      </SimpleGrid>
      <Text size="sm" c="gray.7">
        The Bradford score (spells × spells × days of sickness) weighs short, frequent absences. Reaching a review point
        ({ownPoints ? 'their own' : 'the office’s'}: {listWords(f.reviewPoints)}) is a prompt to offer a wellbeing check-in: a conversation about how they are and what would help.
      </Text>
    </Stack>
  );
}
