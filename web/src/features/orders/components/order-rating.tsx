import type { OrderDetail } from '@zamena/shared/orders/orders.schemas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextareaField } from '../../../components/ui/textarea-field';
import { useRateOrder } from '../api/orders-api';
import { orderProblemMessage } from '../utils/order-problem';
import { RatingScaleField } from './rating-scale-field';

const ASPECTS = ['onTime', 'quality', 'communication'] as const;
type Aspect = (typeof ASPECTS)[number];

/** After completion: the buyer's rating of the supplier once given, or the form to give it. */
export function OrderRating({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const rate = useRateOrder(order.id);
  const [scores, setScores] = useState<Record<Aspect, number | null>>({
    onTime: null,
    quality: null,
    communication: null,
  });
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);

  if (!order.rating && !order.can.rate) return null;

  if (order.rating) {
    const { rating } = order;
    return (
      <section className="card" aria-labelledby="order-rating-heading">
        <h2 id="order-rating-heading">{t('orders.rating.heading')}</h2>
        <dl className="details">
          {ASPECTS.map((aspect) => (
            <div key={aspect}>
              <dt>{t(`orders.rating.aspects.${aspect}`)}</dt>
              <dd data-testid={`rating-${aspect}`}>
                {t('orders.rating.outOfFive', { score: rating[aspect] })}
              </dd>
            </div>
          ))}
          {rating.comment ? (
            <div>
              <dt>{t('orders.rating.comment')}</dt>
              <dd className="delivery-note">{rating.comment}</dd>
            </div>
          ) : null}
        </dl>
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const { onTime, quality, communication } = scores;
    if (onTime === null || quality === null || communication === null) return;
    rate.mutate({ onTime, quality, communication, comment });
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="order-rating-heading">
      <h2 id="order-rating-heading">{t('orders.rating.rateHeading')}</h2>
      <p className="muted">{t('orders.rating.lead', { name: order.supplier.name })}</p>
      {ASPECTS.map((aspect) => (
        <RatingScaleField
          key={aspect}
          name={`rating-${aspect}`}
          legend={t(`orders.rating.aspects.${aspect}`)}
          value={scores[aspect]}
          error={tried && scores[aspect] === null ? t('orders.rating.required') : undefined}
          onChange={(score) => setScores({ ...scores, [aspect]: score })}
        />
      ))}
      <TextareaField
        id="rating-comment"
        label={t('orders.rating.comment')}
        hint={t('orders.rating.commentHint')}
        rows={3}
        maxLength={2000}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      {rate.isError ? <Alert tone="error">{orderProblemMessage(t, rate.error)}</Alert> : null}
      <div className="form-actions">
        <Button type="submit" busy={rate.isPending}>
          {t('orders.rating.submit')}
        </Button>
      </div>
    </form>
  );
}
