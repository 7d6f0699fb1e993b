import { Alert } from '@terugkeer/ui';

export interface WordingWarningProps {
  /** The words the service flagged, each with the field it stands in. */
  warnings: ReadonlyArray<{ field: string; term: string }>;
  title: string;
  intro: string;
}

/** The service's warning that a text reads like health information, with the words that made it say so. */
export function WordingWarning({ warnings, title, intro }: WordingWarningProps) {
  if (warnings.length === 0) return null;
  return (
    <Alert tone="warning" title={title} data-testid="wording-warning">
      <p>{intro}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.field}-${warning.term}`}>{warning.term}</li>
        ))}
      </ul>
    </Alert>
  );
}
