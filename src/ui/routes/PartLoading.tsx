// What shows while a part of the app is loading or starting: a sentence saying what is coming, in
// a polite status region for screen readers, with a spinner that stands still under reduced
// motion.

export interface PartLoadingProps {
  /** What is coming, e.g. "the player". */
  readonly what: string;
  /** What is happening to it; "Loading" unless said. */
  readonly doing?: string;
}

export function PartLoading({ what, doing = 'Loading' }: PartLoadingProps) {
  return (
    <div className="part-loading" role="status" data-testid="part-loading">
      <span className="part-loading-spinner" aria-hidden="true" />
      {doing} {what}…
    </div>
  );
}
