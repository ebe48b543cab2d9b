// The print pages. The app shows them on their own at /print/... (the paper: a print window, or a browser
// tab's Print), and inside its frame at /preview/... (PrintPreview.tsx): the same components, on routes
// relative to either.
import { Route, Routes } from 'react-router';
import { OfficeMonthPrint } from './OfficeMonthPrint';
import { PrintMessage } from './PrintDocument';
import { ProbationSchedulePrint } from './ProbationSchedulePrint';
import { SupervisorMonthPrint } from './SupervisorMonthPrint';
import { SupportYearPrint } from './SupportYearPrint';

export function PrintRoutes() {
  return (
    <Routes>
      <Route path="probation/:staffId" element={<ProbationSchedulePrint />} />
      <Route path="supervisor/:staffId" element={<SupervisorMonthPrint />} />
      <Route path="supervisions" element={<OfficeMonthPrint />} />
      <Route path="support" element={<SupportYearPrint />} />
      <Route path="*" element={<PrintMessage alert>There is no such page to print. Go back and choose Print on the page you want on paper.</PrintMessage>} />
    </Routes>
  );
}

/** The bare print page, outside the app's frame: what a print window loads. */
export function PrintStandalone() {
  return (
    <main className="print-standalone">
      <Routes>
        <Route path="/print/*" element={<PrintRoutes />} />
      </Routes>
    </main>
  );
}
