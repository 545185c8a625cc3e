import { Spinner } from '../../components/ui/Spinner';

export function PageFallback({ label = 'Loading…' }: { label?: string }) {
  return (
    <div style={{ flex: 1, display: 'grid', placeItems: 'center', padding: 'var(--space-16) 0' }}>
      <Spinner size="lg" label={label} />
    </div>
  );
}
