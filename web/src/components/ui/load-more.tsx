import { Button } from './button';
import './ui.css';

type LoadMoreProps = {
  /** "Shown: 20", announced politely when more rows arrive. */
  status: string;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  label: string;
  loadingLabel: string;
};

/** Cursor pagination: the rows already shown stay, the next page is appended below them. */
export function LoadMore({ status, hasMore, loading, onLoadMore, label, loadingLabel }: LoadMoreProps) {
  return (
    <div className="load-more">
      <p className="muted" role="status">
        {status}
      </p>
      {hasMore ? (
        <Button variant="secondary" busy={loading} onClick={onLoadMore}>
          {loading ? loadingLabel : label}
        </Button>
      ) : null}
    </div>
  );
}
