import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';

interface State {
  error: Error | null;
}

/** Catches render errors and failed lazy chunks (e.g. after a redeploy) so the shell survives. */
export class RouteErrorBoundary extends Component<
  { children: ReactNode; resetKey: string },
  State
> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error)
      this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div
        style={{ maxWidth: '32rem', margin: 'var(--space-16) auto', padding: '0 var(--space-4)' }}
      >
        <Alert
          tone="error"
          title="This page failed to load"
          action={
            <Button size="sm" variant="secondary" onClick={() => window.location.reload()}>
              Reload
            </Button>
          }
        >
          <p>
            Check your connection, then reload. If it keeps happening, Huddle may have just been
            updated.
          </p>
        </Alert>
      </div>
    );
  }
}
