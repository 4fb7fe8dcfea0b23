// Shows whether live updates are connected (the WebSocket), so people know when to trust the screen.
import { useEffect, useState } from 'react';
import { wsClient } from '../../apollo/client';

export function ConnectionDot() {
  const [up, setUp] = useState(true);
  useEffect(() => {
    const offs = [
      wsClient.on('connected', () => setUp(true)),
      wsClient.on('closed', () => setUp(false)),
    ];
    return () => offs.forEach((off) => off());
  }, []);
  return (
    <span title={up ? 'Live updates connected' : 'Live updates reconnecting…'} aria-label={up ? 'Live' : 'Reconnecting'} role="img">
      <span className={`live-dot${up ? '' : ' off'}`} />
    </span>
  );
}
