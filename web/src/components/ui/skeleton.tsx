import './toast.css';

type SkeletonProps = {
  /** Lines of placeholder text. */
  lines?: number;
  /** What is loading, for screen readers (the bars themselves are hidden from them). */
  label: string;
};

/** Grey bars in the shape of the content to come, so the page does not jump when it arrives. */
export function Skeleton({ lines = 3, label }: SkeletonProps) {
  return (
    <div role="status" aria-busy="true">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: lines }, (_, index) => (
        <span
          key={index}
          className="skeleton"
          aria-hidden="true"
          style={{ width: `${index === lines - 1 ? 60 : 100 - index * 8}%` }}
        />
      ))}
    </div>
  );
}
