// The session token lives in localStorage so a reload keeps the user signed in.
const KEY = 'bcn.token';

export const getToken = (): string | null => localStorage.getItem(KEY);
export const setToken = (token: string | null): void => {
  if (token) localStorage.setItem(KEY, token);
  else localStorage.removeItem(KEY);
};
