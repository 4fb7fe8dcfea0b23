// A live countdown to an instant (e.g. a round's closing), ticking each second near the end.
import { useEffect, useState } from 'react';
import { countdownText, formatDateTime } from './format';

export function Countdown({ until, now = () => Date.now() }: { until: string; now?: () => number }) {
  const target = new Date(until).getTime();
  const [left, setLeft] = useState(() => target - now());
  useEffect(() => {
    setLeft(target - now());
    const id = setInterval(() => setLeft(target - now()), 1000);
    return () => clearInterval(id);
  }, [target, now]);
  return (
    <time className="countdown" dateTime={until} title={formatDateTime(until, 'Asia/Tokyo')}>
      {left <= 0 ? 'closed' : `closes in ${countdownText(left)}`}
    </time>
  );
}
