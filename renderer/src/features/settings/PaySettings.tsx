// Settings, "Pay and rates": the dated figures the law changes (minimum wage, permitted-work limits,
// Statutory Sick Pay, holiday, mileage), the pay schedule, and the pay elements with their payroll codes.
import { DatedRatesEditor } from './DatedRatesEditor';
import { PayElementsEditor } from './PayElementsEditor';
import { PayScheduleEditor } from './PayScheduleEditor';
import { SettingsSection } from './SettingsSection';

export function PaySettings() {
  return (
    <SettingsSection title="Pay and rates">
      <DatedRatesEditor kind="minimum-wage" />
      <DatedRatesEditor kind="permitted-work" />
      <DatedRatesEditor kind="ssp" />
      <DatedRatesEditor kind="holiday" />
      <DatedRatesEditor kind="mileage" />
      <PayScheduleEditor />
      <PayElementsEditor />
    </SettingsSection>
  );
}
