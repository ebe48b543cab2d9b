// Settings, "Pay and rates": the dated figures the law changes (minimum wage, permitted-work limits), the
// pay schedule, and the pay elements with their payroll codes.
import { DatedRatesEditor } from './DatedRatesEditor';
import { PayElementsEditor } from './PayElementsEditor';
import { PayScheduleEditor } from './PayScheduleEditor';
import { SettingsSection } from './SettingsSection';

export function PaySettings() {
  return (
    <SettingsSection title="Pay and rates">
      <DatedRatesEditor kind="minimum-wage" description="The National Minimum and Living Wage an hour, by age. Pay rates below them are flagged on staff records. Add a row when the rates change (usually 1 April)." />
      <DatedRatesEditor kind="permitted-work" description="The weekly limits for people doing permitted work alongside their benefits. Add a row when they change (usually April)." />
      <PayScheduleEditor />
      <PayElementsEditor />
    </SettingsSection>
  );
}
