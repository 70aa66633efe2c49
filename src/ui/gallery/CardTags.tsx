// A row of small tags on a gallery card (modules, concepts). A tag with a description shows it on
// hover and carries it as hidden text, so screen readers and keyboard users get it too.

export interface CardTagsProps {
  readonly label: string;
  readonly items: readonly string[];
  readonly className: string;
  /** A longer name for a tag, e.g. a module's title; undefined for none. */
  readonly describe?: (item: string) => string | undefined;
}

export function CardTags({ label, items, className, describe }: CardTagsProps) {
  return (
    <ul className={className} aria-label={label}>
      {items.map((item) => {
        const description = describe?.(item);
        return (
          <li key={item} title={description === undefined ? undefined : `${item} ${description}`}>
            {item}
            {description !== undefined && <span className="visually-hidden">: {description}</span>}
          </li>
        );
      })}
    </ul>
  );
}
