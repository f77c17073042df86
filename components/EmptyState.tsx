import type { ComponentChildren } from 'preact';

/** A calm explanation when there is nothing to compare, with what the reader can do. */
export function EmptyState({ kind, title, body, children }: { kind: string; title: string; body?: string; children?: ComponentChildren }) {
  return (
    <section class="tb-empty" data-testid="empty-state" data-kind={kind} role="status">
      <h2>{title}</h2>
      {body && <p>{body}</p>}
      {children}
    </section>
  );
}
