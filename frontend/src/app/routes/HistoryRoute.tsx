import { HistoryPage } from '../../features/history/components/HistoryPage';
import { useDocumentTitle } from '../../lib/useDocumentTitle';

export default function HistoryRoute() {
  useDocumentTitle('History');
  return <HistoryPage />;
}
