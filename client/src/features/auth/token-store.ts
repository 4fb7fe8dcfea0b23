// The browser's session is an HttpOnly cookie that the server sets at sign-in and clears at
// sign-out (server/src/http/session-cookie.ts): script never holds it, so one XSS cannot carry
// it away, and HTTP requests and the WebSocket handshake send it by themselves. Nothing is kept
// here any more. getToken/setToken keep their shape so that callers need not change: there is no
// token to read, and a token left in localStorage by an older version is forgotten.
const LEGACY_KEY = 'bcn.token';

export const getToken = (): string | null => null;

export const setToken = (_token: string | null): void => {
  localStorage.removeItem(LEGACY_KEY);
};

localStorage.removeItem(LEGACY_KEY);
