import { Alert } from '../../../../components/ui/Alert';
import { describeMediaIssue, type MediaIssue, type MediaKind } from '../../utils/media';

export interface MediaIssuesProps {
  issues: Partial<Record<MediaKind, MediaIssue>>;
  className?: string;
}

export function MediaIssues({ issues, className }: MediaIssuesProps) {
  const entries = (['video', 'audio'] as const).flatMap((kind) => {
    const issue = issues[kind];
    return issue ? [{ kind, text: describeMediaIssue(kind, issue) }] : [];
  });
  if (entries.length === 0) return null;
  const both = entries.length === 2;
  return (
    <Alert
      tone="warning"
      className={className}
      title={both ? 'Camera and microphone unavailable' : undefined}
      data-testid="media-issue"
    >
      {entries.map(({ kind, text }) => (
        <p key={kind}>{text}</p>
      ))}
    </Alert>
  );
}
