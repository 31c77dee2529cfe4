type ChosenListProps = {
  items: { value: string; label: string }[];
  onRemove: (value: string) => void;
  removeLabel: (label: string) => string;
};

/** What a subscription follows of one kind, each with its own remove button. */
export function ChosenList({ items, onRemove, removeLabel }: ChosenListProps) {
  if (items.length === 0) return null;
  return (
    <ul className="tags">
      {items.map((item) => (
        <li key={item.value} className="tag">
          <span className="tag-text">{item.label}</span>
          <button
            type="button"
            className="tag-remove"
            aria-label={removeLabel(item.label)}
            onClick={() => onRemove(item.value)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
