// The shelf of last reports in session storage (see SHELVED_REPORTS_KEY): written by the
// report cache, read by the panel. Session storage is the browser's, so the panel reads it
// without waking the service worker, and it is gone when the browser closes.
import { storage } from 'wxt/utils/storage';
import { SHELVED_REPORTS_KEY, type ShelvedReports } from '../messaging/protocol';
import type { ReportShelf } from './report-cache';

const shelved = storage.defineItem<ShelvedReports>(`session:${SHELVED_REPORTS_KEY}`);

export function sessionReportShelf(): ReportShelf {
  return {
    put: (reports) => shelved.setValue(reports),
    clear: () => shelved.removeValue(),
  };
}
