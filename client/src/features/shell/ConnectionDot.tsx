// Whether live updates are connected, shown twice: a dot in the top bar, and — while the link is
// down — a text banner everyone notices, saying what happens to changes made meanwhile.
import { useSyncExternalStore } from 'react';
import { connectionState, onConnectionState } from '../../apollo/socket';

const useConnection = () => useSyncExternalStore(onConnectionState, connectionState, connectionState);

export function ConnectionDot() {
  const state = useConnection();
  const up = state !== 'reconnecting' && state !== 'offline';
  return (
    <span title={up ? 'Live updates connected' : 'Live updates reconnecting…'} aria-label={up ? 'Live' : 'Reconnecting'} role="img">
      <span className={`live-dot${up ? '' : ' off'}`} />
    </span>
  );
}

export function ConnectionBanner() {
  const state = useConnection();
  if (state !== 'reconnecting' && state !== 'offline') return null;
  return (
    <div className={`connection-banner${state === 'offline' ? ' offline' : ''}`} role="status" aria-live="polite" data-testid="connection-banner">
      {state === 'offline'
        ? 'You are offline. Live updates are paused; what others change meanwhile will appear when you are back online.'
        : 'Connection lost — reconnecting… What others change meanwhile will appear as soon as the connection is back.'}
    </div>
  );
}
