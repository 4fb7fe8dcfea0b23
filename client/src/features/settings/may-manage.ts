// Who manages an organization's integrations (the server checks it again on every call).
export const canManageSettings = (role: string | undefined) => role === 'NPO_ADMIN' || role === 'SECRETARIAT';
